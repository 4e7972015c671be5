#include "RemoteClients.h"

#include "remote/RemoteClient.h"
#include "remote/grafana/GrafanaClient.h"
#include "remote/kibana/KibanaClient.h"
#include "remote/openobserve/OpenObserveClient.h"
#include "remote/uvm/UvmClient.h"

namespace reportdesk::remote {

namespace {

// Builds the client of one kind, or nullptr when this build has none for it (a kind added to
// RemoteServer before its client).
std::unique_ptr<RemoteClient> build(const RemoteServer &server, const QString &secret,
                                    QNetworkAccessManager *network, QObject *parent)
{
    switch (server.kind) {
    case RemoteServer::Kind::Kibana:
        return std::make_unique<KibanaClient>(server, secret, network, parent);
    case RemoteServer::Kind::Grafana:
        return std::make_unique<GrafanaClient>(server, secret, network, parent);
    case RemoteServer::Kind::OpenObserve:
        return std::make_unique<OpenObserveClient>(server, secret, network, parent);
    case RemoteServer::Kind::Uvm:
        return std::make_unique<UvmClient>(server, secret, network, parent);
    }
    return nullptr;
}

} // namespace

std::unique_ptr<RemoteClient> RemoteClients::create(const RemoteServer &server,
                                                    const QString &secret,
                                                    QNetworkAccessManager *network, QObject *parent,
                                                    QString *error)
{
    std::unique_ptr<RemoteClient> client = build(server, secret, network, parent);
    if (!client && error) {
        *error = tr("This version of ReportDesk cannot connect to %1 servers yet (server "
                    "\"%2\").")
                     .arg(RemoteServer::kindTitle(server.kind), server.name);
    }
    return client;
}

} // namespace reportdesk::remote
