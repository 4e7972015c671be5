#pragma once

#include "Command.h"

namespace reportdesk::cli {

// `runs list [--report REF] [--state S] [--limit N] [--json]`: the run history of the catalog,
// newest occurrence first, as the scheduler (GUI, `daemon` or `run-due`) recorded it.
class RunsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)

public:
    explicit RunsCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("runs"); }
    QString description() const override;

private:
    int list(const QStringList &arguments);
};

} // namespace reportdesk::cli
