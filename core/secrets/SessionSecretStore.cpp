#include "SessionSecretStore.h"

namespace reportdesk {

SessionSecretStore::SessionSecretStore(QString reason, QObject *parent)
    : SecretStore(parent)
    , m_reason(std::move(reason))
{}

QString SessionSecretStore::description() const
{
    return tr("Session only: no keychain answered (%1). Secrets are kept in memory until "
              "ReportDesk quits.")
        .arg(m_reason);
}

void SessionSecretStore::startRead(const QString &key, ReadCallback done)
{
    // Answer from the state at call time, as a keychain lookup started now would.
    std::optional<QString> secret;
    const auto it = m_secrets.constFind(key);
    if (it != m_secrets.constEnd())
        secret = *it;
    qCDebug(lcSecrets).noquote() << "session store: read" << key
                                 << (secret ? "found" : "not found");
    post([done = std::move(done), secret = std::move(secret)] { done(ReadResult(secret)); });
}

void SessionSecretStore::startWrite(const QString &key, const QString &secret, StatusCallback done)
{
    m_secrets.insert(key, secret);
    qCDebug(lcSecrets).noquote() << "session store: stored" << key;
    post([done = std::move(done)] { done(Status()); });
}

void SessionSecretStore::startRemove(const QString &key, StatusCallback done)
{
    const bool existed = m_secrets.remove(key) > 0;
    qCDebug(lcSecrets).noquote() << "session store: removed" << key
                                 << (existed ? "" : "(nothing stored)");
    post([done = std::move(done)] { done(Status()); });
}

} // namespace reportdesk
