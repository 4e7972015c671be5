#include "RemoteClient.h"

namespace reportdesk::remote {

RemoteClient::RemoteClient(RemoteServer server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
{}

RemoteClient::~RemoteClient() = default;

QString RemoteClient::displayName() const
{
    return tr("%1 “%2”").arg(RemoteServer::kindTitle(m_server.kind), m_server.name);
}

QString RemoteClient::unsupportedReason(Capability capability) const
{
    const QString kind = RemoteServer::kindTitle(m_server.kind);
    switch (capability) {
    case Capability::Folders:
    case Capability::CreateFolder:
        return tr("%1 has no report folders.").arg(kind);
    case Capability::Enable:
        return tr("%1 reports cannot be enabled or disabled.").arg(kind);
    case Capability::Trigger:
        return tr("%1 cannot run a report on request.").arg(kind);
    case Capability::Delete:
        return tr("%1 does not offer deleting this.").arg(kind);
    case Capability::Move:
        return tr("%1 has no folders to move reports between.").arg(kind);
    case Capability::Generate:
        return tr("%1 cannot render this into a file.").arg(kind);
    }
    return {};
}

RemoteError RemoteClient::unsupportedError(Capability capability, const QString &operation) const
{
    RemoteError error(RemoteError::Kind::Unsupported, displayName(), operation);
    error.setDetail(unsupportedReason(capability));
    return error;
}

void RemoteClient::listFolders(Callback<QList<RemoteFolder>> done)
{
    unsupported(Capability::Folders, tr("list folders"), std::move(done));
}

void RemoteClient::createFolder(const QString &, Callback<RemoteFolder> done)
{
    unsupported(Capability::CreateFolder, tr("create a folder"), std::move(done));
}

void RemoteClient::renameFolder(const QString &, const QString &, Done done)
{
    unsupported(Capability::CreateFolder, tr("rename a folder"), std::move(done));
}

void RemoteClient::deleteFolder(const QString &, Done done)
{
    unsupported(Capability::CreateFolder, tr("delete a folder"), std::move(done));
}

void RemoteClient::setEnabled(const QString &, bool enabled, Done done)
{
    unsupported(Capability::Enable, enabled ? tr("enable") : tr("disable"), std::move(done));
}

void RemoteClient::trigger(const QString &, Done done)
{
    unsupported(Capability::Trigger, tr("run now"), std::move(done));
}

void RemoteClient::remove(const QStringList &, Done done)
{
    unsupported(Capability::Delete, tr("delete"), std::move(done));
}

void RemoteClient::move(const QStringList &, const QString &, Done done)
{
    unsupported(Capability::Move, tr("move"), std::move(done));
}

void RemoteClient::generate(const QString &, const QString &, Callback<QString> done)
{
    unsupported(Capability::Generate, tr("generate"), std::move(done));
}

} // namespace reportdesk::remote
