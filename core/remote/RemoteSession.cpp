#include "RemoteSession.h"

#include "catalog/Catalog.h"
#include "remote/RemoteClient.h"
#include "secrets/SecretStore.h"

#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcRemoteSession, "reportdesk.remote.session")

namespace reportdesk::remote {

RemoteSession::RemoteSession(Catalog *catalog, SecretStore *secrets, Factory factory,
                             QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_secrets(secrets)
    , m_factory(std::move(factory))
{
    Q_ASSERT(catalog);
    connect(catalog, &Catalog::serverChanged, this,
            [this](const RemoteServer &, const RemoteServer &after) {
                const auto it = m_entries.constFind(after.id);
                if (it != m_entries.cend() && it->client && it->profile != after)
                    dropClient(after.id, true);
            });
    connect(catalog, &Catalog::serverRemoved, this, [this](const RemoteServer &server) {
        dropClient(server.id, true);
        // Whoever still waits for this server learns that it is gone.
        answer(server.id,
               configurationError(server, tr("The server “%1” was removed.").arg(server.name)));
        m_entries.remove(server.id);
    });
}

RemoteSession::~RemoteSession() = default;

void RemoteSession::setSecretStore(SecretStore *secrets)
{
    if (m_secrets == secrets)
        return;
    m_secrets = secrets;
    // Clients keep the secret they were built with; only the waiting requests start now.
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        it->generation++; // a read from the previous store no longer counts
    startWaiting();
}

QString RemoteSession::missingSecretMessage(const RemoteServer &server)
{
    switch (server.auth) {
    case RemoteServer::Auth::Bearer:
        return tr("No token is stored for “%1”; edit the server to enter it.").arg(server.name);
    case RemoteServer::Auth::ApiKey:
        return tr("No API key is stored for “%1”; edit the server to enter it.").arg(server.name);
    case RemoteServer::Auth::ClientCredentials:
        return tr("No client secret is stored for “%1”; edit the server to enter it.")
            .arg(server.name);
    case RemoteServer::Auth::None:
    case RemoteServer::Auth::Basic:
        break;
    }
    return tr("No password is stored for “%1”; edit the server to enter it.").arg(server.name);
}

RemoteError RemoteSession::configurationError(const RemoteServer &server, const QString &text) const
{
    Q_UNUSED(server)
    RemoteError error(RemoteError::Kind::Configuration, QString(), QString());
    error.setDetail(text);
    return error;
}

RemoteClient *RemoteSession::existingClient(const QUuid &serverId) const
{
    const auto it = m_entries.constFind(serverId);
    if (it == m_entries.cend() || !it->client)
        return nullptr;
    const std::optional<RemoteServer> current = m_catalog->server(serverId);
    return current && *current == it->profile ? it->client : nullptr;
}

void RemoteSession::client(const QUuid &serverId, QObject *context, ClientCallback done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    const std::optional<RemoteServer> profile = m_catalog->server(serverId);
    if (!profile) {
        RemoteError error(RemoteError::Kind::Configuration, QString(), QString());
        error.setDetail(tr("The remote server no longer exists."));
        QMetaObject::invokeMethod(
            this,
            [waiter, error] {
                if (!waiter.hasContext || waiter.context)
                    waiter.done(error);
            },
            Qt::QueuedConnection);
        return;
    }
    Entry &entry = m_entries[serverId];
    if (entry.client && entry.profile != *profile)
        dropClient(serverId, false); // changed behind the catalog signal's back: rebuild
    if (entry.client) {
        QMetaObject::invokeMethod(
            this,
            [this, waiter, serverId] {
                if (waiter.hasContext && !waiter.context)
                    return;
                // Dropped meanwhile: ask again, which builds a new one.
                if (RemoteClient *c = existingClient(serverId))
                    waiter.done(c);
                else
                    client(serverId, waiter.context, waiter.done);
            },
            Qt::QueuedConnection);
        return;
    }
    entry.waiting.append(std::move(waiter));
    if (!entry.reading && entry.writes == 0 && m_secrets)
        startRead(serverId);
    else if (!m_secrets)
        qCDebug(lcRemoteSession) << "waiting for the secret store for" << profile->name;
}

void RemoteSession::startWaiting()
{
    if (!m_secrets)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (!it->waiting.isEmpty() && it->writes == 0)
            startRead(it.key());
    }
}

void RemoteSession::startRead(const QUuid &serverId)
{
    Entry &entry = m_entries[serverId];
    entry.reading = true;
    const quint64 generation = ++entry.generation;
    const std::optional<RemoteServer> profile = m_catalog->server(serverId);
    if (profile && profile->auth == RemoteServer::Auth::None) {
        // Nothing to read; still answer from the event loop.
        QMetaObject::invokeMethod(
            this,
            [this, serverId, generation] {
                onSecretRead(serverId, generation, std::optional<QString>(QString()));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->read(SecretStore::serverKey(serverId), this,
                    [this, serverId, generation](const SecretStore::ReadResult &secret) {
                        onSecretRead(serverId, generation, secret);
                    });
}

void RemoteSession::onSecretRead(const QUuid &serverId, quint64 generation,
                                 const Result<std::optional<QString>> &secret)
{
    const auto it = m_entries.find(serverId);
    if (it == m_entries.end() || it->generation != generation)
        return; // superseded: a new secret was stored or the store changed
    it->reading = false;
    const std::optional<RemoteServer> profile = m_catalog->server(serverId);
    if (!profile) {
        RemoteError error(RemoteError::Kind::Configuration, QString(), QString());
        error.setDetail(tr("The remote server no longer exists."));
        answer(serverId, error);
        return;
    }
    if (!secret) {
        RemoteError error(RemoteError::Kind::Configuration,
                          tr("%1 “%2”").arg(RemoteServer::kindTitle(profile->kind), profile->name),
                          tr("read the credentials"));
        error.setDetail(secret.error());
        answer(serverId, error);
        return;
    }
    if (!secret.value() && profile->auth != RemoteServer::Auth::None) {
        QString text = missingSecretMessage(*profile);
        if (m_secrets && m_secrets->kind() == SecretStore::Kind::SessionOnly)
            text += QLatin1Char(' ') +
                    tr("Secrets are kept for this session only, because no keychain answered.");
        answer(serverId, configurationError(*profile, text));
        return;
    }
    QString error;
    std::unique_ptr<RemoteClient> created =
        m_factory ? m_factory(*profile, secret.value().value_or(QString()), &error) : nullptr;
    if (!created) {
        answer(serverId,
               configurationError(*profile,
                                  error.isEmpty()
                                      ? tr("ReportDesk cannot connect to “%1”.").arg(profile->name)
                                      : error));
        return;
    }
    created->setParent(this);
    it->client = created.release();
    it->profile = *profile;
    qCDebug(lcRemoteSession) << "client ready for" << profile->name;
    answer(serverId, it->client);
}

void RemoteSession::answer(const QUuid &serverId, const RemoteResult<RemoteClient *> &result)
{
    const auto it = m_entries.find(serverId);
    if (it == m_entries.end())
        return;
    const QList<Waiter> waiting = std::exchange(it->waiting, {});
    for (const Waiter &waiter : waiting) {
        if (waiter.hasContext && !waiter.context)
            continue;
        if (waiter.done)
            waiter.done(result);
    }
}

void RemoteSession::dropClient(const QUuid &serverId, bool notify)
{
    const auto it = m_entries.find(serverId);
    if (it == m_entries.end() || !it->client)
        return;
    // Later, not now: the caller may be inside one of the client's own callbacks.
    it->client->deleteLater();
    it->client = nullptr;
    qCDebug(lcRemoteSession) << "dropped the client of" << it->profile.name;
    if (notify)
        emit clientReset(serverId);
}

void RemoteSession::reset(const QUuid &serverId)
{
    const auto it = m_entries.find(serverId);
    if (it != m_entries.end() && it->client) {
        dropClient(serverId, true);
        return;
    }
    emit clientReset(serverId);
}

void RemoteSession::hasSecret(const QUuid &serverId, QObject *context,
                              std::function<void(const Result<bool> &)> done)
{
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            context ? context : this,
            [done] { done(Result<bool>::failure(tr("The keychain has not answered yet."))); },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->read(SecretStore::serverKey(serverId), context,
                    [done](const SecretStore::ReadResult &secret) {
                        if (!secret)
                            done(Result<bool>::failure(secret.error()));
                        else
                            done(secret.value().has_value());
                    });
}

void RemoteSession::storeSecret(const QUuid &serverId, const QString &secret, QObject *context,
                                StatusCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto reply = [guard, hasContext, done](const Status &status) {
        if ((!hasContext || guard) && done)
            done(status);
    };
    if (!m_secrets) {
        QMetaObject::invokeMethod(
            this,
            [reply] {
                reply(Status::failure(
                    tr("The secret was not stored: the keychain has not answered yet.")));
            },
            Qt::QueuedConnection);
        return;
    }
    Entry &entry = m_entries[serverId];
    entry.writes++;
    entry.generation++; // a read in flight would give the old secret
    entry.reading = false;
    m_secrets->write(SecretStore::serverKey(serverId), secret, this,
                     [this, serverId, reply](const Status &status) {
                         Entry &e = m_entries[serverId];
                         e.writes--;
                         if (e.client)
                             dropClient(serverId, true);
                         else
                             emit clientReset(serverId);
                         if (e.writes == 0 && !e.waiting.isEmpty())
                             startRead(serverId);
                         reply(status);
                     });
}

void RemoteSession::removeServer(const QUuid &serverId, QObject *context, StatusCallback done)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto reply = [guard, hasContext, done](const Status &status) {
        if ((!hasContext || guard) && done)
            done(status);
    };
    const std::optional<RemoteServer> profile = m_catalog->server(serverId);
    if (!profile || !m_secrets) {
        const QString message =
            !profile ? tr("The remote server no longer exists.")
                     : tr("The server was not removed: the keychain has not answered yet, and "
                          "its secret must go with it. Try again in a moment.");
        QMetaObject::invokeMethod(
            this, [reply, message] { reply(Status::failure(message)); }, Qt::QueuedConnection);
        return;
    }
    // The secret first: a profile that stays can be removed again, a secret left behind
    // without its profile could not be found any more.
    m_secrets->remove(
        SecretStore::serverKey(serverId), this,
        [this, serverId, reply, name = profile->name](const Status &removed) {
            if (!removed) {
                reply(Status::failure(
                    tr("The server “%1” was not removed: %2").arg(name, removed.error())));
                return;
            }
            reply(m_catalog->deleteServer(serverId));
        });
}

} // namespace reportdesk::remote
