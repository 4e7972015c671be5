#include "KeychainSecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::KeychainSecretStore", text);
}

// QtKeychain's error code and text as a reason a user can act on. The backend's own text
// (a D-Bus or libsecret message) is kept: it is what names the actual fault. Neither ever
// contains the secret.
QString reasonText(const QKeychain::Job &job)
{
    const QString detail = job.errorString().trimmed();
    const auto withDetail = [&detail](const QString &what) {
        return detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, detail);
    };
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        return withDetail(tr("no keychain service is available"));
    case QKeychain::AccessDeniedByUser:
        return withDetail(tr("access to the keychain was denied by the user"));
    case QKeychain::AccessDenied:
        return withDetail(tr("access to the keychain was denied (is it locked?)"));
    case QKeychain::CouldNotDeleteEntry:
        return withDetail(tr("the keychain could not delete the entry"));
    case QKeychain::NotImplemented:
        return withDetail(tr("the keychain does not support this operation"));
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    return detail.isEmpty() ? tr("unknown keychain error") : detail;
}

// Every job is created the same way: no parent, because QtKeychain's backends (libsecret's
// GLib callbacks) still point at a running job, so a job must never be deleted before it has
// finished; it deletes itself afterwards. And never a plaintext fallback.
template <typename Job> Job *newJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName))
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::description() const
{
#if defined(Q_OS_MACOS)
    return tr("System keychain (macOS Keychain)");
#elif defined(Q_OS_WIN)
    return tr("System keychain (Windows Credential Manager)");
#else
    return tr("System keychain (Secret Service)");
#endif
}

void KeychainSecretStore::startRead(const QString &key, ReadCallback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    // The connection's context is this store: when the store goes, the answer is dropped.
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (finished->error()) {
        case QKeychain::NoError:
            qCDebug(lcSecrets).noquote() << "keychain: read" << key << "found";
            done(ReadResult(std::optional<QString>(readJob->textData())));
            return;
        case QKeychain::EntryNotFound:
            qCDebug(lcSecrets).noquote() << "keychain: read" << key << "not found";
            done(ReadResult(std::optional<QString>()));
            return;
        default:
            break;
        }
        const QString reason = reasonText(*finished);
        qCWarning(lcSecrets).noquote() << "keychain: read" << key << "failed:" << reason;
        done(ReadResult::failure(tr("Could not read %1 from the system keychain: %2.")
                                     .arg(SecretStore::purpose(key), reason)));
    });
    job->start();
}

void KeychainSecretStore::startWrite(const QString &key, const QString &secret, StatusCallback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            qCDebug(lcSecrets).noquote() << "keychain: stored" << key;
            done(Status());
            return;
        }
        const QString reason = reasonText(*finished);
        qCWarning(lcSecrets).noquote() << "keychain: storing" << key << "failed:" << reason;
        done(Status::failure(tr("Could not store %1 in the system keychain: %2.")
                                 .arg(SecretStore::purpose(key), reason)));
    });
    job->start();
}

void KeychainSecretStore::startRemove(const QString &key, StatusCallback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job *finished) {
        // Removing what is not there leaves the wanted state: nothing stored under the key.
        if (finished->error() == QKeychain::NoError ||
            finished->error() == QKeychain::EntryNotFound) {
            qCDebug(lcSecrets).noquote() << "keychain: removed" << key;
            done(Status());
            return;
        }
        const QString reason = reasonText(*finished);
        qCWarning(lcSecrets).noquote() << "keychain: removing" << key << "failed:" << reason;
        done(Status::failure(tr("Could not remove %1 from the system keychain: %2.")
                                 .arg(SecretStore::purpose(key), reason)));
    });
    job->start();
}

void KeychainSecretStore::probe(const QObject *context, StatusCallback done)
{
    // A key no entry can have: the probe must not read (or unlock for) a real secret.
    const QString key =
        QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto *job = newJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [guard, hasContext, done](QKeychain::Job *finished) {
                if (hasContext && !guard)
                    return;
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
                    qCDebug(lcSecrets).noquote() << "keychain: probe answered";
                    done(Status());
                    return;
                }
                const QString reason = reasonText(*finished);
                qCInfo(lcSecrets).noquote() << "keychain: probe failed:" << reason;
                done(Status::failure(reason));
            });
    job->start();
}

} // namespace reportdesk
