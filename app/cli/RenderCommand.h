#pragma once

#include "Command.h"

namespace reportdesk::cli {

// `render REF --out PATH [--format pdf|csv|png] [--var NAME=VALUE]... [--from TIME] [--to TIME]
// [--at INSTANT] [--pdfa] [--dpi N]`: renders a report through ReportExporter and prints the
// path of every file written, one per line. Every option is checked before the catalog is
// opened; a bad value is a usage error naming the option. Needs a QGuiApplication (fonts).
class RenderCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    explicit RenderCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("render"); }
    QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace reportdesk::cli
