#pragma once

#include "Command.h"

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace reportdesk {
struct RemoteServer;
namespace remote {
class RemoteClient;
class RemoteError;
} // namespace remote
} // namespace reportdesk

namespace reportdesk::cli {

// `remote list|show|trigger|enable|disable|delete|move|generate|settings`: the reports on a
// server profile (`servers add`), through the same RemoteClient interface the tree uses. ID and
// FOLDER are the server's ids as `remote list` shows them. The secret comes from the keychain,
// or from standard input with --password-stdin.
class RemoteCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(RemoteCommand)

public:
    explicit RemoteCommand(const CommandIo &io);
    ~RemoteCommand() override;
    QString name() const override { return QStringLiteral("remote"); }
    QString description() const override;

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int simple(const QString &sub, const QStringList &arguments);
    int move(const QStringList &arguments);
    int generate(const QStringList &arguments);
    int settings(const QStringList &arguments);

    // Opens the catalog, finds the server NAME, reads its secret and builds the client.
    // nullptr after printing why.
    std::unique_ptr<remote::RemoteClient> connect(const QString &serverName, bool secretFromStdin,
                                                  const QString &path);
    // Runs the event loop until `start` has called its completion (or the guard expires).
    // Returns false after printing a timeout.
    bool wait(const std::function<void(std::function<void()> finished)> &start);
    int failRemote(const remote::RemoteError &error);

    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_guardSeconds = 120;
    QString m_serverTitle; // `Grafana “ops”`, for the timeout message
};

} // namespace reportdesk::cli
