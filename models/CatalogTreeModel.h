#pragma once

#include "domain/Folder.h"
#include "domain/RemoteServer.h"
#include "domain/Report.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QUuid>

#include <optional>

class QUndoStack;

namespace reportdesk {

class Catalog;

namespace remote {
class RemoteClient;
class RemoteSession;
struct RemoteFolder;
struct RemoteItem;
} // namespace remote

// The catalog as a tree: folders (nested) and the reports in them, one column.
// A thin adapter: it mirrors Catalog's change signals and never writes to the catalog itself
// except through the undo stack (inline rename, drag-and-drop move), so every tree edit can be
// undone. Reports are loaded as summaries only; a tree of 100,000 reports stays light.
//
// Rows keep insertion order (folders before reports); CatalogFilterModel sorts for display.
// Drag and drop moves only (Qt::MoveAction, mime type "application/x-reportdesk-items"): drop
// onto a folder, between rows inside a folder (the row is ignored), or, for folders only, onto
// the top level. Drops onto a report are refused rather than redirected to its folder, and so
// is moving a folder into itself or a descendant. removeRows() is not implemented, so a view's
// "remove the source after a move" step is a no-op: the catalog signals already moved the rows.
class CatalogTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum class NodeType {
        Folder,
        Report,
        Server,       // a remote server profile (top level)
        RemoteFolder, // a folder on a server
        RemoteItem,   // a report, job or schedule on a server
        Placeholder,  // "Loading…" or an error row inside a server or remote folder
    };
    enum class LoadState { NotLoaded, Loading, Loaded, Failed };
    enum Role {
        NodeTypeRole = Qt::UserRole + 1, // int(NodeType)
        FolderIdRole,                    // qint64: the folder, or the report's folder
        ReportIdRole,                    // QUuid (reports only)
        EnabledRole,                     // bool (reports; folders are always true)
        TagsRole,                        // QStringList (reports)
        TitleRole,                       // QString (reports)
        PathRole,                        // "Samples/Weekly traffic"
        // Case-folded "name\ntitle\ntag..." (reports) or the case-folded name (folders),
        // precomputed so that filtering 100,000 rows stays cheap.
        SearchTextRole,
        ServerIdRole,  // QUuid (remote nodes)
        RemoteIdRole,  // QString: the server's id of a remote folder or item
        LoadStateRole, // int(LoadState) (servers and remote folders)
        LoadErrorRole, // QString: the error of the last load (servers, remote folders, error rows)
        RemoteEnabledRole, // bool, or invalid when the server gives the item no enabled state
    };

    // undoStack may be null: then the tree is read-only for editing and drops.
    CatalogTreeModel(Catalog *catalog, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    // Shows the catalog's remote servers through this session (null: none are shown). The
    // session must outlive the model.
    void setRemoteSession(remote::RemoteSession *session);
    remote::RemoteSession *remoteSession() const { return m_session; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QModelIndex indexForFolder(qint64 folderId) const;
    QModelIndex indexForReport(const QUuid &reportId) const;
    NodeType nodeType(const QModelIndex &index) const;
    qint64 folderId(const QModelIndex &index) const; // folder's id, or the report's folder
    QUuid reportId(const QModelIndex &index) const;  // null for folders
    // The SearchTextRole and EnabledRole values without a QVariant round trip, for filtering
    // 100,000 rows per keystroke.
    const QString &searchText(const QModelIndex &index) const;
    bool isEnabled(const QModelIndex &index) const;

    // Remote nodes. Lookups give an invalid index for what is not (yet) loaded.
    bool isRemote(const QModelIndex &index) const;
    QModelIndex indexForServer(const QUuid &serverId) const;
    QModelIndex indexForRemoteFolder(const QUuid &serverId, const QString &folderId) const;
    QModelIndex indexForRemoteItem(const QUuid &serverId, const QString &itemId) const;
    QUuid serverId(const QModelIndex &index) const;   // null for local nodes
    QString remoteId(const QModelIndex &index) const; // a remote folder's or item's id
    // The remote folder an item lies in, or the folder itself ("" at the server's top).
    QString remoteFolderId(const QModelIndex &index) const;
    // The item as the server sent it (remote items only; null otherwise).
    const remote::RemoteItem *remoteItem(const QModelIndex &index) const;
    // The profile behind a server node, for any node under it.
    std::optional<RemoteServer> serverProfile(const QModelIndex &index) const;
    // The folders of a server as loaded (empty before the server was expanded).
    QList<remote::RemoteFolder> remoteFolders(const QUuid &serverId) const;
    // Servers and remote folders; NotLoaded for everything else.
    LoadState loadState(const QModelIndex &index) const;
    QString loadError(const QModelIndex &index) const;
    // Loads a server or remote folder again (an item or placeholder: its container). Does
    // nothing without a session.
    void refresh(const QModelIndex &index);

    // The last error from an edit made through the model (rename, drop); empty when it worked.
    QString lastError() const { return m_lastError; }

    // Reloads everything from the catalog (after an import or on Refresh).
    void reload();

signals:
    // An edit made through the model failed; the message names the problem.
    void editFailed(const QString &message);
    // Remote items were dropped onto another folder of their server; moving them is the
    // receiver's job (the model reloads when told to).
    void remoteMoveRequested(const QUuid &serverId, const QStringList &itemIds,
                             const QString &folderId);
    // A server or remote folder finished loading; `error` is empty when it worked.
    void remoteLoadFinished(const QModelIndex &container, const QString &error);

private:
    struct Node;
    struct RemoteData;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    // (implementation details belong to the .cpp)
    void clear();
    void insertChild(Node *parent, Node *child); // with beginInsertRows/endInsertRows
    void removeNode(Node *node);                 // with its subtree
    void moveNode(Node *node, Node *newParent);  // with beginMoveRows/endMoveRows
    void forgetSubtree(Node *node);              // drops the hash entries below node
    QString pathOf(const Node *node) const;
    int reportCountBelow(const Node *node) const;
    bool editable() const;
    void fail(const QString &message);

    void onFolderInserted(const reportdesk::Folder &folder);
    void onFolderChanged(const reportdesk::Folder &before, const reportdesk::Folder &after);
    void onFolderRemoved(const reportdesk::Folder &folder);
    void onReportInserted(const reportdesk::ReportSummary &report);
    void onReportChanged(const reportdesk::ReportSummary &before,
                         const reportdesk::ReportSummary &after);
    void onReportRemoved(const reportdesk::ReportSummary &report);

    // Remote servers
    Node *newServerNode(const RemoteServer &server) const;
    void addServerNodes(Node *root); // without signals (reload)
    void onServerInserted(const reportdesk::RemoteServer &server);
    void onServerChanged(const reportdesk::RemoteServer &before,
                         const reportdesk::RemoteServer &after);
    void onServerRemoved(const reportdesk::RemoteServer &server);
    void onClientReset(const QUuid &serverId);
    bool isRemoteContainer(const Node *node) const;
    Node *remoteContainerFor(const QModelIndex &index) const;
    Node *findRemoteChild(const Node *parent, NodeType type, const QString &remoteId) const;
    Node *pendingContainer(const QUuid &serverId, const std::optional<QString> &folderId,
                           quint64 generation) const;
    void load(Node *container);
    void loadWithClient(Node *container, remote::RemoteClient *client);
    void finishLoad(Node *container, const QString &error);
    void setPlaceholder(Node *container, const QString &error); // "" = Loading…
    void removePlaceholder(Node *container);
    void mergeRemoteChildren(Node *container, const QList<remote::RemoteFolder> &folders,
                             const QList<remote::RemoteItem> &items);
    void insertRemoteChildren(Node *parent, int row, std::vector<std::unique_ptr<Node>> nodes);
    void emitChanged(const Node *node);
    remote::RemoteClient *clientFor(const Node *node) const;
    QVariant remoteData(const Node *node, int role) const;
    Qt::ItemFlags remoteFlags(const Node *node) const;
    QIcon serverIcon(RemoteServer::Kind kind, bool failed) const;

    Catalog *m_catalog;
    QUndoStack *m_undoStack;
    Node *m_root;
    QHash<qint64, Node *> m_folders;
    QHash<QUuid, Node *> m_reports;
    QHash<QUuid, Node *> m_servers;
    remote::RemoteSession *m_session = nullptr;
    quint64 m_loadCounter = 0; // generations of remote loads, unique for the model's lifetime
    QString m_lastError;
    QIcon m_folderIcon;
    QIcon m_reportIcon;
    QIcon m_disabledReportIcon;
    QIcon m_loadingIcon;
    QIcon m_errorIcon;
    mutable QHash<int, QIcon> m_serverIcons; // int(kind) * 2 + failed
};

} // namespace reportdesk
