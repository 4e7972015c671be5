#include "SecretStore.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSecrets, "reportdesk.core.secrets")

namespace reportdesk {

namespace {

// Drops the answer when the caller's context object is gone, and tolerates a null callback.
template <typename Arg>
std::function<void(Arg)> guarded(const QObject *context, std::function<void(Arg)> done)
{
    if (!done)
        return [](Arg) {
        };
    if (!context)
        return done;
    return [guard = QPointer<const QObject>(context), done = std::move(done)](Arg answer) {
        if (guard)
            done(std::move(answer));
    };
}

// Runs one asynchronous operation to its end in a local event loop. `start` gets the loop as
// the context object, so an answer that arrives after a timeout is dropped, not delivered to
// a finished stack frame.
template <typename R, typename Start>
std::optional<R> runBlocking(Start start, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    std::optional<R> result;
    start(&loop, [&result, &loop](R answer) {
        result = std::move(answer);
        loop.quit();
    });
    if (!result) {
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeout);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
}

QString seconds(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / 1000.0, 'g', 3);
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, ReadCallback done)
{
    read(key, nullptr, std::move(done));
}

void SecretStore::read(const QString &key, const QObject *context, ReadCallback done)
{
    ReadCallback callback = guarded(context, std::move(done));
    if (key.isEmpty()) {
        post([this, callback] {
            callback(ReadResult::failure(tr("Cannot read a secret without a key.")));
        });
        return;
    }
    startRead(key, std::move(callback));
}

void SecretStore::write(const QString &key, const QString &secret, StatusCallback done)
{
    write(key, secret, nullptr, std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, const QObject *context,
                        StatusCallback done)
{
    StatusCallback callback = guarded(context, std::move(done));
    if (key.isEmpty()) {
        post([this, callback] {
            callback(Status::failure(tr("Cannot store a secret without a key.")));
        });
        return;
    }
    startWrite(key, secret, std::move(callback));
}

void SecretStore::remove(const QString &key, StatusCallback done)
{
    remove(key, nullptr, std::move(done));
}

void SecretStore::remove(const QString &key, const QObject *context, StatusCallback done)
{
    StatusCallback callback = guarded(context, std::move(done));
    if (key.isEmpty()) {
        post([this, callback] {
            callback(Status::failure(tr("Cannot remove a secret without a key.")));
        });
        return;
    }
    startRemove(key, std::move(callback));
}

SecretStore::ReadResult SecretStore::readNow(const QString &key, std::chrono::milliseconds timeout)
{
    auto result = runBlocking<ReadResult>(
        [&](const QObject *context, ReadCallback done) { read(key, context, std::move(done)); },
        timeout);
    if (result)
        return *result;
    qCWarning(lcSecrets).noquote() << "no answer within" << timeout.count() << "ms reading" << key;
    return ReadResult::failure(tr("The secret store did not answer within %1 s while reading %2.")
                                   .arg(seconds(timeout), purpose(key)));
}

Status SecretStore::writeNow(const QString &key, const QString &secret,
                             std::chrono::milliseconds timeout)
{
    auto result = runBlocking<Status>(
        [&](const QObject *context, StatusCallback done) {
            write(key, secret, context, std::move(done));
        },
        timeout);
    if (result)
        return *result;
    qCWarning(lcSecrets).noquote() << "no answer within" << timeout.count() << "ms writing" << key;
    return Status::failure(tr("The secret store did not answer within %1 s while storing %2.")
                               .arg(seconds(timeout), purpose(key)));
}

Status SecretStore::removeNow(const QString &key, std::chrono::milliseconds timeout)
{
    auto result = runBlocking<Status>(
        [&](const QObject *context, StatusCallback done) { remove(key, context, std::move(done)); },
        timeout);
    if (result)
        return *result;
    qCWarning(lcSecrets).noquote() << "no answer within" << timeout.count() << "ms removing" << key;
    return Status::failure(tr("The secret store did not answer within %1 s while removing %2.")
                               .arg(seconds(timeout), purpose(key)));
}

QString SecretStore::serverKey(const QUuid &serverId)
{
    return QStringLiteral("server/") + serverId.toString(QUuid::WithoutBraces);
}

QString SecretStore::dataSourceKey(const QString &dataSourceName)
{
    return QStringLiteral("datasource/") + dataSourceName;
}

QString SecretStore::purpose(const QString &key)
{
    const QString server = QStringLiteral("server/");
    const QString dataSource = QStringLiteral("datasource/");
    if (key.startsWith(server))
        return tr("the credentials of remote server %1").arg(key.mid(server.size()));
    if (key.startsWith(dataSource))
        return tr("the password of data source \"%1\"").arg(key.mid(dataSource.size()));
    return tr("the secret \"%1\"").arg(key);
}

QString SecretStore::defaultServiceName()
{
    return QStringLiteral("ReportDesk");
}

void SecretStore::post(std::function<void()> fn)
{
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

} // namespace reportdesk
