#pragma once

#include "Command.h"

namespace reportdesk::cli {

// The headless scheduler, in two modes sharing the archive and catalog setup:
//
// `run-due [--now INSTANT] [--archive DIR]` starts a Scheduler once (which recovers runs a
// killed process left behind and catches up what was missed since the last check, per each
// report's policy), runs what is due, waits for those runs, prints one line per run and exits:
// 0 when every run succeeded, 1 when any did not. For cron and systemd timers.
//
// `daemon [--archive DIR] [--grace SECONDS]` runs the Scheduler until SIGTERM or SIGINT, logging
// each run to standard error; then it starts nothing new, lets running runs finish within the
// grace period, cancels the rest, and exits 0.
//
// The archive root is --archive (remembered in the catalog as "archive.root"), else the
// remembered one, else <AppDataLocation>/archive.
class RunDueCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RunDueCommand)

public:
    enum class Mode { RunDue, Daemon };
    RunDueCommand(const CommandIo &io, Mode mode);
    QString name() const override;
    QString description() const override;
    int execute(const QStringList &arguments) override;

private:
    int runDue(const QStringList &arguments);
    int daemon(const QStringList &arguments);
    // The archive root for this run; remembers `option` in the catalog when given.
    QString archiveRoot(Catalog &catalog, const QString &option);
    // A line on standard error, after the current time (the daemon's log).
    void log(const QString &message);

    Mode m_mode;
};

} // namespace reportdesk::cli
