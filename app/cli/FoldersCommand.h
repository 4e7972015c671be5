#pragma once

#include "Command.h"

namespace reportdesk::cli {

// `folders list [--json]` and `folders create PATH`.
class FoldersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(FoldersCommand)

public:
    explicit FoldersCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("folders"); }
    QString description() const override;

private:
    int list(const QStringList &arguments);
    int create(const QStringList &arguments);
};

} // namespace reportdesk::cli
