#pragma once

#include "domain/RemoteServer.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QObject;

namespace reportdesk::remote {

class RemoteClient;

// Builds the client for a server profile's kind (KibanaClient, GrafanaClient,
// OpenObserveClient, UvmClient), so the tree, the CLI and "Test connection" only ever see the
// RemoteClient interface. The secret (password, token, API key or client secret) is read from
// the SecretStore by the caller; the network manager is injected and must outlive the client.
class RemoteClients {
    Q_DECLARE_TR_FUNCTIONS(RemoteClients)
public:
    // nullptr when this build has no client for the profile's kind; *error then says so.
    static std::unique_ptr<RemoteClient> create(const RemoteServer &server, const QString &secret,
                                                QNetworkAccessManager *network,
                                                QObject *parent = nullptr,
                                                QString *error = nullptr);
};

} // namespace reportdesk::remote
