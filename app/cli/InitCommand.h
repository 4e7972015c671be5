#pragma once

#include "Command.h"

namespace reportdesk::cli {

// `init [--demo]`: creates (or migrates) the catalog and optionally seeds the demo content.
// Idempotent: running it again reports the existing catalog and changes nothing.
class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    explicit InitCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("init"); }
    QString description() const override;
    int execute(const QStringList &arguments) override;
};

} // namespace reportdesk::cli
