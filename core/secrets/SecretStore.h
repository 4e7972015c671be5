#pragma once

#include "domain/Result.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QUuid;

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

namespace reportdesk {

// Where ReportDesk keeps secrets: remote server credentials and data source passwords. Two
// implementations: KeychainSecretStore (the OS keychain through QtKeychain) and
// SessionSecretStore (this process's memory, used only when no keychain answers; see
// SecretStores::open). There is no plaintext fallback: a secret is never written to a file by
// ReportDesk itself.
//
// Every operation is asynchronous because keychain jobs are (a keychain may even ask the user
// to unlock it): the callback runs later on the store's thread, never before the call returns,
// exactly once, unless the store, or the optional context object, was destroyed first. Errors
// name the secret's purpose ("the credentials of remote server ...") and never its value.
//
// readNow/writeNow/removeNow block in a local event loop and exist for the CLI, tests and
// start-up code before any window exists. The GUI must not use them once it is running: the
// local loop would re-enter the GUI's event handling while a keychain prompt may be open.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Kind { Keychain, SessionOnly };

    using ReadResult = Result<std::optional<QString>>; // nullopt: nothing stored under the key
    using ReadCallback = std::function<void(ReadResult)>;
    using StatusCallback = std::function<void(Status)>;

    static constexpr std::chrono::milliseconds DefaultBlockingTimeout{10000};

    ~SecretStore() override;

    virtual Kind kind() const = 0;
    // One line for the UI and the CLI: "System keychain (Secret Service)", or "Session only: ..."
    // with the reason no keychain answered.
    virtual QString description() const = 0;

    void read(const QString &key, ReadCallback done);
    void read(const QString &key, const QObject *context, ReadCallback done);
    // Stores or replaces the secret under `key`.
    void write(const QString &key, const QString &secret, StatusCallback done);
    void write(const QString &key, const QString &secret, const QObject *context,
               StatusCallback done);
    // Removing a key that holds nothing succeeds.
    void remove(const QString &key, StatusCallback done);
    void remove(const QString &key, const QObject *context, StatusCallback done);

    // Blocking forms (see the class comment: not for the running GUI). A store that does not
    // answer within `timeout` gives an error that says so.
    ReadResult readNow(const QString &key,
                       std::chrono::milliseconds timeout = DefaultBlockingTimeout);
    Status writeNow(const QString &key, const QString &secret,
                    std::chrono::milliseconds timeout = DefaultBlockingTimeout);
    Status removeNow(const QString &key,
                     std::chrono::milliseconds timeout = DefaultBlockingTimeout);

    // Key names, so every caller spells them the same way.
    static QString serverKey(const QUuid &serverId);             // "server/<uuid>"
    static QString dataSourceKey(const QString &dataSourceName); // "datasource/<name>"
    // What a key is for, in words for messages: "the credentials of remote server ...".
    static QString purpose(const QString &key);
    // The keychain service ReportDesk's entries live under. Tests use their own.
    static QString defaultServiceName();

protected:
    explicit SecretStore(QObject *parent = nullptr);

    // Implementations start the operation and call `done` exactly once, later from the event
    // loop (never before returning). The key is never empty; the base class checked it.
    virtual void startRead(const QString &key, ReadCallback done) = 0;
    virtual void startWrite(const QString &key, const QString &secret, StatusCallback done) = 0;
    virtual void startRemove(const QString &key, StatusCallback done) = 0;

    // Calls `fn` from the event loop, unless this store is destroyed first.
    void post(std::function<void()> fn);
};

} // namespace reportdesk
