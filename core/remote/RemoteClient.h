#pragma once

#include "domain/RemoteServer.h"
#include "remote/RemoteError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace reportdesk::remote {

// A folder on a server (OpenObserve report folders; the other kinds have one implicit folder,
// id "", and do not offer Capability::Folders).
struct RemoteFolder {
    QString id;
    QString name;

    friend bool operator==(const RemoteFolder &, const RemoteFolder &) = default;
};

// One thing the tree shows under a server: a Grafana or OpenObserve report, a Kibana export
// job or scheduled report, a UVM report. `raw` is the server's JSON exactly as received: updates
// are read-modify-write on it, so fields the app does not model survive.
struct RemoteItem {
    QString id;       // the server's id, as `remote show` takes it
    QString folderId; // "" when the server has no folders
    QString name;
    QString type;        // "report", "export job", "scheduled report", ...
    QString description; // one line for the tree's tooltip
    std::optional<bool> enabled;
    QString scheduleText; // the server's schedule in words ("Every Monday at 08:00, UTC")
    QString status;       // jobs: "pending", "processing", "completed", "failed"
    QDateTime updated;    // UTC, when known
    QJsonObject raw;
};

struct ServerInfo {
    QString product; // "Grafana", "Kibana", ...
    QString version; // as the server reports it; empty when it does not say
    QString detail;  // for example the organisation or user the credentials belong to
};

enum class Capability {
    Folders,      // listFolders
    CreateFolder, // createFolder, renameFolder, deleteFolder
    Enable,       // setEnabled (Grafana: pause/resume the schedule)
    Trigger,      // trigger (send / run now on the server)
    Delete,       // remove (one or more ids; bulk where the server has it)
    Move,         // move between folders
    Generate,     // generate: render on the server and download the file
};

// The operations the one tree and `reportdesk-cli remote` need, the same for the four kinds.
// Each kind's client (KibanaClient, GrafanaClient, OpenObserveClient, UvmClient) implements
// what its server offers and adds its own operations beside these. Answers always arrive
// later from the event loop, never inside the call, and not at all once the client is
// destroyed. What a server does not offer answers RemoteError::Kind::Unsupported, and
// unsupportedReason() says why in words for a greyed-out action's tooltip.
class RemoteClient : public QObject {
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const RemoteResult<T> &)>;
    using Done = Callback<bool>; // true on success

    explicit RemoteClient(RemoteServer server, QObject *parent = nullptr);
    ~RemoteClient() override;

    const RemoteServer &server() const { return m_server; }
    QString displayName() const; // `Grafana “ops”`

    virtual bool supports(Capability capability) const = 0;
    virtual QString unsupportedReason(Capability capability) const;

    // Signs in and reads something cheap; names what failed (DNS, TCP, TLS, 401, 403, wrong
    // path, not that kind of server).
    virtual void testConnection(Callback<ServerInfo> done) = 0;
    virtual void listFolders(Callback<QList<RemoteFolder>> done);
    virtual void createFolder(const QString &name, Callback<RemoteFolder> done);
    virtual void renameFolder(const QString &folderId, const QString &name, Done done);
    virtual void deleteFolder(const QString &folderId, Done done);
    // folderId "" = everything (servers without folders) or the default folder.
    virtual void listItems(const QString &folderId, Callback<QList<RemoteItem>> done) = 0;
    virtual void getItem(const QString &id, Callback<RemoteItem> done) = 0;
    virtual void setEnabled(const QString &id, bool enabled, Done done);
    virtual void trigger(const QString &id, Done done);
    virtual void remove(const QStringList &ids, Done done);
    virtual void move(const QStringList &ids, const QString &folderId, Done done);
    // Renders the item on the server and writes the file to outputPath (atomically: a
    // temporary file renamed at the end; nothing is left on failure). Gives the path.
    virtual void generate(const QString &id, const QString &outputPath, Callback<QString> done);

protected:
    // Answers `done` with Unsupported (and the reason) from the event loop.
    template <typename T>
    void unsupported(Capability capability, const QString &operation, Callback<T> done)
    {
        postError<T>(unsupportedError(capability, operation), std::move(done));
    }
    template <typename T> void postError(RemoteError error, Callback<T> done)
    {
        QMetaObject::invokeMethod(
            this, [error = std::move(error), done = std::move(done)] { done(error); },
            Qt::QueuedConnection);
    }
    RemoteError unsupportedError(Capability capability, const QString &operation) const;

private:
    RemoteServer m_server;
};

} // namespace reportdesk::remote
