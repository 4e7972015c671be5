#pragma once

#include "secrets/SecretStore.h"

namespace reportdesk {

// Secrets in the OS keychain through QtKeychain (on Linux the Secret Service on D-Bus, e.g.
// gnome-keyring or KeePassXC). This is the only file that includes QtKeychain. QtKeychain's
// insecure fallback (plaintext QSettings) is switched off on every job: when the keychain fails,
// the operation fails with a message and nothing is written elsewhere.
//
// Entries live under `serviceName` with the SecretStore key as the account name, so another
// process with the same service name (a second ReportDesk, reportdesk-cli) sees the same entries.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QString serviceName = SecretStore::defaultServiceName(),
                                 QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    Kind kind() const override { return Kind::Keychain; }
    QString description() const override;
    QString serviceName() const { return m_serviceName; }

    // Asks whether a keychain answers at all by looking up a key that does not exist: "not
    // found" (or found) means it answers, so `done` gets success; otherwise the failure's text
    // is the reason (no D-Bus session, no Secret Service, access denied, ...). No timeout here:
    // SecretStores::open bounds it.
    void probe(const QObject *context, StatusCallback done);

protected:
    void startRead(const QString &key, ReadCallback done) override;
    void startWrite(const QString &key, const QString &secret, StatusCallback done) override;
    void startRemove(const QString &key, StatusCallback done) override;

private:
    QString m_serviceName;
};

} // namespace reportdesk
