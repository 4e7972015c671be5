#pragma once

#include "Command.h"

namespace reportdesk::cli {

// `servers add|list|test|remove`: the remote server profiles of the catalog (Kibana, Grafana,
// OpenObserve, Zscaler UVM). A profile's secret (password, token, API key or client secret) is
// read from standard input with --password-stdin, never from the command line, and kept in the
// system keychain under the profile's id; the catalog never holds it. Without a keychain the
// secret lives only as long as this command, and the command says so.
class ServersCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ServersCommand)

public:
    explicit ServersCommand(const CommandIo &io);
    QString name() const override { return QStringLiteral("servers"); }
    QString description() const override;

private:
    int add(const QStringList &arguments);
    int list(const QStringList &arguments);
    int test(const QStringList &arguments);
    int remove(const QStringList &arguments);
};

} // namespace reportdesk::cli
