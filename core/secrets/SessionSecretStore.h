#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace reportdesk {

// Keeps secrets in this process's memory only, for as long as the store lives. Used when no
// keychain answers (SecretStores::open), so the user can still work with remote servers and
// data sources in this session; nothing is written anywhere. Same asynchronous contract as the
// keychain store.
class SessionSecretStore : public SecretStore {
    Q_OBJECT
public:
    // `reason` says why no keychain is used ("no answer within 3 s", the D-Bus error, ...).
    explicit SessionSecretStore(QString reason, QObject *parent = nullptr);

    Kind kind() const override { return Kind::SessionOnly; }
    QString description() const override;
    QString reason() const { return m_reason; }

protected:
    void startRead(const QString &key, ReadCallback done) override;
    void startWrite(const QString &key, const QString &secret, StatusCallback done) override;
    void startRemove(const QString &key, StatusCallback done) override;

private:
    QString m_reason;
    QHash<QString, QString> m_secrets;
};

} // namespace reportdesk
