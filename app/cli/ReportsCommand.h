#pragma once

#include "Command.h"

namespace reportdesk {
class Catalog;
struct Report;
} // namespace reportdesk

namespace reportdesk::cli {

// `reports list|show|import|export`. A report reference (REF) is a UUID or a folder path plus
// the report name ("Samples/Weekly traffic"). Import and export use the ReportJson document,
// and importing an exported document then exporting it again gives the same bytes.
class ReportsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportsCommand)

public:
    explicit ReportsCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("reports"); }
    QString description() const override;

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int importReport(const QStringList &arguments);
    int exportReport(const QStringList &arguments);

    void printSummary(const Catalog &catalog, const Report &report);
};

} // namespace reportdesk::cli
