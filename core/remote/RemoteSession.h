#pragma once

#include "domain/RemoteServer.h"
#include "domain/Result.h"
#include "remote/RemoteError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <memory>

namespace reportdesk {
class Catalog;
class SecretStore;
} // namespace reportdesk

namespace reportdesk::remote {

class RemoteClient;

// The GUI's remote clients: one RemoteClient per server profile of the catalog, created on
// first use and kept while the profile stays as it is. Creating one reads the profile's secret
// from the injected SecretStore (asynchronously, under SecretStore::serverKey(id)) and hands
// profile and secret to the injected factory (the application passes RemoteClients::create
// with its QNetworkAccessManager; tests pass fakes). A client is dropped when its profile
// changes or is removed in the catalog and when a new secret is stored, so the next use signs
// in with what is current; clientReset() tells the tree to load again.
//
// The secret store may arrive later (SecretStores::open is asynchronous): requests made before
// wait for it. Every answer arrives from the event loop, never inside the call, and not at all
// once the context object is destroyed.
class RemoteSession : public QObject {
    Q_OBJECT

public:
    // Builds the client for a profile and its secret ("" for sign-in without one); nullptr with
    // *error set when it cannot.
    using Factory = std::function<std::unique_ptr<RemoteClient>(
        const RemoteServer &server, const QString &secret, QString *error)>;
    using ClientCallback = std::function<void(const RemoteResult<RemoteClient *> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    RemoteSession(Catalog *catalog, SecretStore *secrets, Factory factory,
                  QObject *parent = nullptr);
    ~RemoteSession() override;

    // The store secrets are read from and written to; null until the application has one.
    // Requests waiting for it start now.
    void setSecretStore(SecretStore *secrets);
    SecretStore *secretStore() const { return m_secrets; }

    // The client of a server, created on first use. Errors: the profile is gone, no secret is
    // stored ("No password is stored for “ops”; edit the server to enter it."), the keychain
    // failed, or the factory refused the profile. The client stays owned by the session; do not
    // keep the pointer across clientReset().
    void client(const QUuid &serverId, QObject *context, ClientCallback done);
    // The client already created for the server's current profile, or nullptr (nothing is
    // created or read here). For enabling actions without a round trip.
    RemoteClient *existingClient(const QUuid &serverId) const;

    // Drops the server's client (if any) so that the next use builds a new one, and emits
    // clientReset().
    void reset(const QUuid &serverId);

    // Whether a secret is stored for the server (for the server dialog). Errors are the store's.
    void hasSecret(const QUuid &serverId, QObject *context,
                   std::function<void(const Result<bool> &)> done);
    // Stores the server's secret; the next use of the server signs in with it. Clients asked
    // for meanwhile wait until the secret is written.
    void storeSecret(const QUuid &serverId, const QString &secret, QObject *context,
                     StatusCallback done);
    // Removes the server's secret from the store, then its profile from the catalog. When the
    // secret cannot be removed the profile stays (so removing can be tried again).
    void removeServer(const QUuid &serverId, QObject *context, StatusCallback done);

    // The message for a profile without a stored secret, naming what it lacks.
    static QString missingSecretMessage(const RemoteServer &server);

signals:
    // The server's client was dropped (profile changed, removed, new secret, reset()): views
    // that show what it listed should load again.
    void clientReset(const QUuid &serverId);

private:
    struct Waiter {
        QPointer<QObject> context;
        bool hasContext = false;
        ClientCallback done;
    };
    struct Entry {
        RemoteClient *client = nullptr; // owned; built with `profile`
        RemoteServer profile;
        bool reading = false;
        quint64 generation = 0; // bumped whenever a read in flight must be ignored
        int writes = 0;         // secret writes in flight
        QList<Waiter> waiting;
    };

    void startRead(const QUuid &serverId);
    void onSecretRead(const QUuid &serverId, quint64 generation,
                      const Result<std::optional<QString>> &secret);
    void answer(const QUuid &serverId, const RemoteResult<RemoteClient *> &result);
    void dropClient(const QUuid &serverId, bool notify);
    void startWaiting(); // after the store arrived
    RemoteError configurationError(const RemoteServer &server, const QString &text) const;

    Catalog *m_catalog;
    SecretStore *m_secrets;
    Factory m_factory;
    QHash<QUuid, Entry> m_entries;
};

} // namespace reportdesk::remote
