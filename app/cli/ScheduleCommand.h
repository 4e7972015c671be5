#pragma once

#include "Command.h"

#include <QDateTime>

class QCommandLineOption;

namespace reportdesk {
struct Schedule;
} // namespace reportdesk

namespace reportdesk::cli {

// `schedule next REF` and `schedule check (--cron EXPR | --spec JSON)`: when a report's
// schedule, or a schedule without a report, runs next, as ISO 8601 instants with the offset of
// the schedule's zone (one per line, or a JSON array). Pure calculation through
// ScheduleCalculator: nothing runs and the catalog is only read.
class ScheduleCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    explicit ScheduleCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("schedule"); }
    QString description() const override;

private:
    int next(const QStringList &arguments);
    int check(const QStringList &arguments);

    // The options both subcommands share: -n, --after, --json.
    struct Listing {
        int count = 10;
        QDateTime after;
        bool json = false;
    };
    // Reads -n and --after; returns the usage error's exit code when one is bad.
    std::optional<int> readListing(const QCommandLineParser &parser, const QString &path,
                                   const QString &syntax, Listing *listing);
    void print(const Schedule &schedule, const Listing &listing);
};

} // namespace reportdesk::cli
