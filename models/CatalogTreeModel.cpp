#include "CatalogTreeModel.h"

#include "CatalogCommands.h"
#include "catalog/Catalog.h"
#include "domain/Validation.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteSession.h"

#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcCatalogTree, "reportdesk.models.tree")

namespace reportdesk {

namespace {

const QString kMimeType = QStringLiteral("application/x-reportdesk-items");
// Remote items of one server: the server's id and the items' ids. Only ever dropped onto a
// folder of the same server.
const QString kRemoteMimeType = QStringLiteral("application/x-reportdesk-remote-items");

struct RemotePayload {
    QUuid serverId;
    QStringList itemIds;
};

std::optional<RemotePayload> decodeRemotePayload(const QMimeData *data)
{
    if (!data || !data->hasFormat(kRemoteMimeType))
        return std::nullopt;
    QByteArray bytes = data->data(kRemoteMimeType);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    RemotePayload payload;
    in >> payload.serverId >> payload.itemIds;
    if (in.status() != QDataStream::Ok || payload.serverId.isNull() || payload.itemIds.isEmpty())
        return std::nullopt;
    return payload;
}

// What a drag carries: the catalog it comes from (a drop into another window's catalog is
// refused) and the ids of the dragged folders and reports.
struct DragPayload {
    QString catalogPath;
    QList<qint64> folderIds;
    QList<QUuid> reportIds;
};

std::optional<DragPayload> decodePayload(const QMimeData *data)
{
    if (!data || !data->hasFormat(kMimeType))
        return std::nullopt;
    QByteArray bytes = data->data(kMimeType);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    DragPayload payload;
    in >> payload.catalogPath >> payload.folderIds >> payload.reportIds;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return payload;
}

QString searchTextFor(const QString &name, const QString &title, const QStringList &tags)
{
    QString text = name.toCaseFolded();
    if (!title.isEmpty()) {
        text += QLatin1Char('\n');
        text += title.toCaseFolded();
    }
    for (const QString &tag : tags) {
        text += QLatin1Char('\n');
        text += tag.toCaseFolded();
    }
    return text;
}

} // namespace

// What a remote node knows beyond its name. Kept apart so that 100,000 local reports pay one
// pointer for it.
struct CatalogTreeModel::RemoteData {
    QUuid serverId;
    QString remoteId;                           // a remote folder's or item's id on the server
    RemoteServer server;                        // server nodes
    remote::RemoteItem item;                    // remote items
    LoadState loadState = LoadState::NotLoaded; // servers and remote folders
    quint64 generation = 0;                     // of the load under way
    QString error; // containers: the last load's error; placeholders: theirs ("" = loading)
};

// One row of the tree. Children are kept as [folders..., reports...], each part in insertion
// order; CatalogFilterModel sorts for display. `row` is cached so parent() is O(1). The root's
// children are the local folders followed by the remote servers; a remote container's are
// [placeholder] [folders...] [items...].
struct CatalogTreeModel::Node {
    NodeType type = NodeType::Folder;
    Node *parent = nullptr;
    int row = 0;
    int folderCount = 0; // children [0, folderCount) are folders
    std::vector<std::unique_ptr<Node>> children;

    qint64 folderId = 0; // the folder itself, or the report's folder
    QUuid reportId;
    QString name;
    QString title;
    QStringList tags;
    bool enabled = true;
    QString searchText;
    std::unique_ptr<RemoteData> remote; // remote nodes only

    bool isFolder() const { return type == NodeType::Folder; }

    void renumberFrom(size_t first)
    {
        for (size_t i = first; i < children.size(); ++i)
            children[i]->row = int(i);
    }

    void setReport(const ReportSummary &s)
    {
        type = NodeType::Report;
        folderId = s.folderId;
        reportId = s.id;
        name = s.name;
        title = s.title;
        tags = s.tags;
        enabled = s.enabled;
        searchText = searchTextFor(name, title, tags);
    }

    void setFolder(const Folder &f)
    {
        type = NodeType::Folder;
        folderId = f.id;
        name = f.name;
        searchText = name.toCaseFolded();
    }
};

CatalogTreeModel::CatalogTreeModel(Catalog *catalog, QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_catalog(catalog)
    , m_undoStack(undoStack)
    , m_root(new Node)
    , m_folderIcon(QStringLiteral(":/reportdesk/icons/folder.svg"))
    , m_reportIcon(QStringLiteral(":/reportdesk/icons/report.svg"))
    , m_disabledReportIcon(QStringLiteral(":/reportdesk/icons/report-disabled.svg"))
    , m_loadingIcon(QStringLiteral(":/reportdesk/icons/loading.svg"))
    , m_errorIcon(QStringLiteral(":/reportdesk/icons/error.svg"))
{
    Q_ASSERT(catalog);
    connect(catalog, &Catalog::folderInserted, this, &CatalogTreeModel::onFolderInserted);
    connect(catalog, &Catalog::folderChanged, this, &CatalogTreeModel::onFolderChanged);
    connect(catalog, &Catalog::folderRemoved, this, &CatalogTreeModel::onFolderRemoved);
    connect(catalog, &Catalog::reportInserted, this, &CatalogTreeModel::onReportInserted);
    connect(catalog, &Catalog::reportChanged, this, &CatalogTreeModel::onReportChanged);
    connect(catalog, &Catalog::reportRemoved, this, &CatalogTreeModel::onReportRemoved);
    reload();
}

CatalogTreeModel::~CatalogTreeModel()
{
    delete m_root;
}

void CatalogTreeModel::clear()
{
    m_root->children.clear();
    m_root->folderCount = 0;
    m_folders.clear();
    m_reports.clear();
    m_servers.clear();
}

void CatalogTreeModel::reload()
{
    // Two queries for the whole tree; everything else is hash lookups in memory.
    const QList<Folder> folders = m_catalog->folders();
    const QList<ReportSummary> reports = m_catalog->reportSummaries();

    beginResetModel();
    clear();
    m_folders.reserve(folders.size());
    m_reports.reserve(reports.size());

    std::vector<std::unique_ptr<Node>> folderNodes;
    folderNodes.reserve(size_t(folders.size()));
    for (const Folder &f : folders) {
        auto node = std::make_unique<Node>();
        node->setFolder(f);
        m_folders.insert(f.id, node.get());
        folderNodes.push_back(std::move(node));
    }
    // Attach in the catalog's order (parent, position, name); a parent may be listed after its
    // child, hence the second pass.
    for (size_t i = 0; i < folderNodes.size(); ++i) {
        const qint64 parentId = folders.at(qsizetype(i)).parentId;
        Node *parent = parentId > 0 ? m_folders.value(parentId, nullptr) : m_root;
        if (!parent) {
            qCWarning(lcCatalogTree)
                << "folder" << folders.at(qsizetype(i)).id << "has a missing parent" << parentId
                << "; shown at the top level";
            parent = m_root;
        }
        Node *node = folderNodes[i].get();
        node->parent = parent;
        node->row = int(parent->children.size());
        parent->children.push_back(std::move(folderNodes[i]));
        ++parent->folderCount;
    }
    for (const ReportSummary &s : reports) {
        Node *parent = m_folders.value(s.folderId, nullptr);
        if (!parent) {
            qCWarning(lcCatalogTree) << "report" << s.id << "is in a missing folder" << s.folderId;
            continue;
        }
        auto node = std::make_unique<Node>();
        node->setReport(s);
        node->parent = parent;
        node->row = int(parent->children.size());
        m_reports.insert(s.id, node.get());
        parent->children.push_back(std::move(node));
    }
    addServerNodes(m_root);
    endResetModel();
    qCDebug(lcCatalogTree) << "loaded" << m_folders.size() << "folders and" << m_reports.size()
                           << "reports";
}

// ------------------------------------------------------------------------------ structure

CatalogTreeModel::Node *CatalogTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root;
    Q_ASSERT(index.model() == this);
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex CatalogTreeModel::indexFor(const Node *node) const
{
    if (!node || node == m_root)
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (size_t(row) >= p->children.size())
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Name");
    return {};
}

QString CatalogTreeModel::pathOf(const Node *node) const
{
    QStringList parts;
    for (const Node *n = node; n && n != m_root; n = n->parent)
        parts.prepend(n->name);
    return parts.join(QLatin1Char('/'));
}

int CatalogTreeModel::reportCountBelow(const Node *node) const
{
    int count = int(node->children.size()) - node->folderCount;
    for (int i = 0; i < node->folderCount; ++i)
        count += reportCountBelow(node->children[size_t(i)].get());
    return count;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (node->remote)
        return remoteData(node, role);
    const bool folder = node->isFolder();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::DecorationRole:
        if (folder)
            return m_folderIcon;
        return node->enabled ? m_reportIcon : m_disabledReportIcon;
    case Qt::ToolTipRole: {
        const QString path = pathOf(node);
        if (folder) {
            const int n = reportCountBelow(node);
            return n == 1 ? tr("%1\n1 report").arg(path)
                          : tr("%1\n%n reports", nullptr, n).arg(path);
        }
        QStringList lines{node->title.isEmpty() ? node->name : node->title, path};
        if (!node->tags.isEmpty())
            lines.append(tr("Tags: %1").arg(node->tags.join(QStringLiteral(", "))));
        if (!node->enabled)
            lines.append(tr("(disabled)"));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (!folder && !node->enabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case NodeTypeRole:
        return int(node->type);
    case FolderIdRole:
        return node->folderId;
    case ReportIdRole:
        return folder ? QVariant() : QVariant::fromValue(node->reportId);
    case EnabledRole:
        return folder || node->enabled;
    case TagsRole:
        return folder ? QVariant() : QVariant(node->tags);
    case TitleRole:
        return folder ? QVariant() : QVariant(node->title);
    case PathRole:
        return pathOf(node);
    case SearchTextRole:
        return node->searchText;
    default:
        return {};
    }
}

bool CatalogTreeModel::editable() const
{
    return m_undoStack && !m_catalog->isReadOnly();
}

Qt::ItemFlags CatalogTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return editable() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // folders move to the top
    if (const Node *node = nodeFor(index); node->remote)
        return remoteFlags(node);
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable())
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (nodeFor(index)->isFolder()) {
        if (editable())
            f |= Qt::ItemIsDropEnabled;
    } else {
        f |= Qt::ItemNeverHasChildren;
    }
    return f;
}

void CatalogTreeModel::fail(const QString &message)
{
    m_lastError = message;
    qCDebug(lcCatalogTree) << "edit failed:" << message;
    emit editFailed(message);
}

bool CatalogTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !editable())
        return false;
    const Node *node = nodeFor(index);
    if (node->remote)
        return false; // remote items are renamed on their server
    const QString name = value.toString();
    m_lastError.clear();
    if (name == node->name)
        return true;
    const bool folder = node->isFolder();
    if (const QString e = Validation::checkName(name, folder ? tr("folder") : tr("report"));
        !e.isEmpty()) {
        fail(e);
        return false;
    }
    const Status s = CatalogCommands::run(
        m_undoStack, folder ? CatalogCommands::renameFolder(m_catalog, node->folderId, name)
                            : CatalogCommands::renameReport(m_catalog, node->reportId, name));
    if (!s) {
        fail(s.error());
        return false;
    }
    return true; // the catalog's change signal has updated the row
}

// ------------------------------------------------------------------------------ lookups

QModelIndex CatalogTreeModel::indexForFolder(qint64 folderId) const
{
    return indexFor(m_folders.value(folderId, nullptr));
}

QModelIndex CatalogTreeModel::indexForReport(const QUuid &reportId) const
{
    return indexFor(m_reports.value(reportId, nullptr));
}

CatalogTreeModel::NodeType CatalogTreeModel::nodeType(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->type : NodeType::Folder;
}

qint64 CatalogTreeModel::folderId(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->folderId : 0;
}

QUuid CatalogTreeModel::reportId(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->reportId : QUuid();
}

const QString &CatalogTreeModel::searchText(const QModelIndex &index) const
{
    return nodeFor(index)->searchText;
}

bool CatalogTreeModel::isEnabled(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    return node->isFolder() || node->enabled;
}

// ------------------------------------------------------------------------------ mutations

void CatalogTreeModel::insertChild(Node *parent, Node *child)
{
    const int row = child->isFolder() ? parent->folderCount : int(parent->children.size());
    beginInsertRows(indexFor(parent), row, row);
    child->parent = parent;
    parent->children.insert(parent->children.begin() + row, std::unique_ptr<Node>(child));
    parent->renumberFrom(size_t(row));
    if (child->isFolder()) {
        ++parent->folderCount;
        m_folders.insert(child->folderId, child);
    } else {
        m_reports.insert(child->reportId, child);
    }
    endInsertRows();
}

void CatalogTreeModel::forgetSubtree(Node *node)
{
    if (node->isFolder())
        m_folders.remove(node->folderId);
    else if (node->type == NodeType::Report)
        m_reports.remove(node->reportId);
    else if (node->type == NodeType::Server)
        m_servers.remove(node->remote->serverId);
    for (const auto &child : node->children)
        forgetSubtree(child.get());
}

void CatalogTreeModel::removeNode(Node *node)
{
    Node *parent = node->parent;
    const int row = node->row;
    beginRemoveRows(indexFor(parent), row, row);
    forgetSubtree(node);
    if (node->isFolder())
        --parent->folderCount;
    parent->children.erase(parent->children.begin() + row); // deletes node and its subtree
    parent->renumberFrom(size_t(row));
    endRemoveRows();
}

void CatalogTreeModel::moveNode(Node *node, Node *newParent)
{
    Node *oldParent = node->parent;
    if (newParent == oldParent)
        return;
    for (const Node *n = newParent; n; n = n->parent) {
        if (n == node) {
            qCWarning(lcCatalogTree) << "ignoring a move of" << node->name << "into itself";
            return;
        }
    }
    const bool folder = node->isFolder();
    const int from = node->row;
    const int to = folder ? newParent->folderCount : int(newParent->children.size());
    if (!beginMoveRows(indexFor(oldParent), from, from, indexFor(newParent), to)) {
        qCWarning(lcCatalogTree) << "invalid move of" << node->name;
        return;
    }
    std::unique_ptr<Node> owned = std::move(oldParent->children[size_t(from)]);
    oldParent->children.erase(oldParent->children.begin() + from);
    oldParent->renumberFrom(size_t(from));
    newParent->children.insert(newParent->children.begin() + to, std::move(owned));
    newParent->renumberFrom(size_t(to));
    node->parent = newParent;
    if (folder) {
        --oldParent->folderCount;
        ++newParent->folderCount;
    }
    endMoveRows();
}

void CatalogTreeModel::onFolderInserted(const Folder &folder)
{
    if (m_folders.contains(folder.id))
        return;
    Node *parent = folder.parentId > 0 ? m_folders.value(folder.parentId, nullptr) : m_root;
    if (!parent) {
        qCWarning(lcCatalogTree) << "inserted folder" << folder.id << "has an unknown parent"
                                 << folder.parentId;
        return;
    }
    auto *node = new Node;
    node->setFolder(folder);
    insertChild(parent, node);
}

void CatalogTreeModel::onFolderChanged(const Folder &before, const Folder &after)
{
    Node *node = m_folders.value(after.id, nullptr);
    if (!node) {
        qCWarning(lcCatalogTree) << "changed folder" << after.id << "is not in the tree";
        return;
    }
    if (before.parentId != after.parentId) {
        Node *newParent = after.parentId > 0 ? m_folders.value(after.parentId, nullptr) : m_root;
        if (newParent)
            moveNode(node, newParent);
        else
            qCWarning(lcCatalogTree) << "folder" << after.id << "moved to an unknown parent";
    }
    if (node->name != after.name) {
        node->setFolder(after);
        const QModelIndex idx = indexFor(node);
        emit dataChanged(idx, idx);
    }
}

void CatalogTreeModel::onFolderRemoved(const Folder &folder)
{
    if (Node *node = m_folders.value(folder.id, nullptr))
        removeNode(node);
}

void CatalogTreeModel::onReportInserted(const ReportSummary &report)
{
    if (m_reports.contains(report.id))
        return;
    Node *parent = m_folders.value(report.folderId, nullptr);
    if (!parent) {
        qCWarning(lcCatalogTree) << "inserted report" << report.id << "is in an unknown folder"
                                 << report.folderId;
        return;
    }
    auto *node = new Node;
    node->setReport(report);
    insertChild(parent, node);
}

void CatalogTreeModel::onReportChanged(const ReportSummary &, const ReportSummary &after)
{
    Node *node = m_reports.value(after.id, nullptr);
    if (!node) {
        onReportInserted(after);
        return;
    }
    if (node->folderId != after.folderId) {
        Node *newParent = m_folders.value(after.folderId, nullptr);
        if (!newParent) {
            qCWarning(lcCatalogTree) << "report" << after.id << "moved to an unknown folder";
            removeNode(node);
            return;
        }
        moveNode(node, newParent);
    }
    node->setReport(after);
    const QModelIndex idx = indexFor(node);
    emit dataChanged(idx, idx);
}

void CatalogTreeModel::onReportRemoved(const ReportSummary &report)
{
    if (Node *node = m_reports.value(report.id, nullptr))
        removeNode(node);
}

// ------------------------------------------------------------------------------ drag and drop

Qt::DropActions CatalogTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CatalogTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CatalogTreeModel::mimeTypes() const
{
    if (m_session)
        return {kMimeType, kRemoteMimeType};
    return {kMimeType};
}

QMimeData *CatalogTreeModel::mimeData(const QModelIndexList &indexes) const
{
    DragPayload payload;
    RemotePayload remotePayload;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const Node *node = nodeFor(index);
        if (node->remote) {
            // Remote items of one server only; anything else remote does not drag.
            if (node->type != NodeType::RemoteItem ||
                (!remotePayload.serverId.isNull() &&
                 remotePayload.serverId != node->remote->serverId))
                return nullptr;
            remotePayload.serverId = node->remote->serverId;
            if (!remotePayload.itemIds.contains(node->remote->remoteId))
                remotePayload.itemIds.append(node->remote->remoteId);
            continue;
        }
        if (node->isFolder()) {
            if (!payload.folderIds.contains(node->folderId))
                payload.folderIds.append(node->folderId);
        } else if (!payload.reportIds.contains(node->reportId)) {
            payload.reportIds.append(node->reportId);
        }
    }
    const bool local = !payload.folderIds.isEmpty() || !payload.reportIds.isEmpty();
    if (local && !remotePayload.itemIds.isEmpty())
        return nullptr; // a local and a remote drag at once cannot land anywhere
    if (!remotePayload.itemIds.isEmpty()) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << remotePayload.serverId << remotePayload.itemIds;
        auto *data = new QMimeData;
        data->setData(kRemoteMimeType, bytes);
        return data;
    }
    if (!local)
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_catalog->path() << payload.folderIds << payload.reportIds;
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    return data;
}

// Drops go onto a folder (or between rows inside it: the row is ignored, the tree is sorted)
// or, for folders only, onto the top level. A drop onto a report is refused rather than
// guessed, so the cursor tells the user where things will land.
bool CatalogTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    if (action != Qt::MoveAction)
        return false;
    if (const auto remote = decodeRemotePayload(data)) {
        // Onto another folder of the same server, where the server moves reports.
        const Node *target = nodeFor(parent);
        if (target->type != NodeType::RemoteFolder || target->remote->serverId != remote->serverId)
            return false;
        const remote::RemoteClient *client = clientFor(target);
        if (!client || !client->supports(remote::Capability::Move))
            return false;
        const Node *server = m_servers.value(remote->serverId, nullptr);
        if (!server)
            return false;
        for (const QString &id : remote->itemIds) {
            const QModelIndex item = indexForRemoteItem(remote->serverId, id);
            if (item.isValid() && nodeFor(item)->remote->item.folderId != target->remote->remoteId)
                return true;
        }
        return false;
    }
    if (!editable())
        return false;
    const auto payload = decodePayload(data);
    if (!payload || payload->catalogPath != m_catalog->path())
        return false;
    const Node *target = nodeFor(parent);
    if (!target->isFolder())
        return false;
    if (target == m_root && !payload->reportIds.isEmpty())
        return false; // reports live in folders
    const qint64 targetId = target == m_root ? 0 : target->folderId;
    bool movesSomething = false;
    for (const qint64 id : payload->folderIds) {
        const Node *folder = m_folders.value(id, nullptr);
        if (!folder)
            return false;
        for (const Node *n = target; n; n = n->parent) {
            if (n == folder)
                return false; // into itself or a descendant
        }
        if (folder->parent != target)
            movesSomething = true;
    }
    for (const QUuid &id : payload->reportIds) {
        const Node *report = m_reports.value(id, nullptr);
        if (!report)
            return false;
        if (report->folderId != targetId)
            movesSomething = true;
    }
    return movesSomething;
}

bool CatalogTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    if (const auto remote = decodeRemotePayload(data)) {
        const Node *target = nodeFor(parent);
        QStringList moving;
        for (const QString &id : remote->itemIds) {
            const QModelIndex item = indexForRemoteItem(remote->serverId, id);
            if (item.isValid() && nodeFor(item)->remote->item.folderId != target->remote->remoteId)
                moving.append(id);
        }
        emit remoteMoveRequested(remote->serverId, moving, target->remote->remoteId);
        return true;
    }
    const auto payload = decodePayload(data);
    const qint64 targetId = parent.isValid() ? nodeFor(parent)->folderId : 0;
    m_lastError.clear();
    const Status s =
        CatalogCommands::run(m_undoStack, CatalogCommands::moveItems(m_catalog, payload->folderIds,
                                                                     payload->reportIds, targetId));
    if (!s) {
        fail(s.error());
        return false;
    }
    // The catalog's signals have moved the rows. Returning true with MoveAction makes some views
    // call removeRows() on the source; this model does not implement it, so that is a no-op.
    return true;
}

// ------------------------------------------------------------------------------ remote servers

void CatalogTreeModel::setRemoteSession(remote::RemoteSession *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        disconnect(m_catalog, &Catalog::serverInserted, this, nullptr);
        disconnect(m_catalog, &Catalog::serverChanged, this, nullptr);
        disconnect(m_catalog, &Catalog::serverRemoved, this, nullptr);
    }
    // Rows come and go without a reset, so the view keeps its selection and expansion.
    const QList<Node *> servers = m_servers.values();
    for (Node *server : servers)
        removeNode(server);
    m_session = session;
    if (!session)
        return;
    connect(m_catalog, &Catalog::serverInserted, this, &CatalogTreeModel::onServerInserted);
    connect(m_catalog, &Catalog::serverChanged, this, &CatalogTreeModel::onServerChanged);
    connect(m_catalog, &Catalog::serverRemoved, this, &CatalogTreeModel::onServerRemoved);
    connect(session, &remote::RemoteSession::clientReset, this, &CatalogTreeModel::onClientReset);
    const QList<RemoteServer> profiles = m_catalog->servers();
    if (profiles.isEmpty())
        return;
    const int first = int(m_root->children.size());
    beginInsertRows({}, first, first + int(profiles.size()) - 1);
    addServerNodes(m_root);
    endInsertRows();
}

CatalogTreeModel::Node *CatalogTreeModel::newServerNode(const RemoteServer &server) const
{
    auto *node = new Node;
    node->type = NodeType::Server;
    node->name = server.name;
    node->searchText = server.name.toCaseFolded();
    node->remote = std::make_unique<RemoteData>();
    node->remote->serverId = server.id;
    node->remote->server = server;
    return node;
}

void CatalogTreeModel::addServerNodes(Node *root)
{
    if (!m_session)
        return;
    for (const RemoteServer &server : m_catalog->servers()) {
        Node *node = newServerNode(server);
        node->parent = root;
        node->row = int(root->children.size());
        root->children.emplace_back(node);
        m_servers.insert(server.id, node);
    }
}

void CatalogTreeModel::onServerInserted(const RemoteServer &server)
{
    if (m_servers.contains(server.id))
        return;
    Node *node = newServerNode(server);
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    node->parent = m_root;
    node->row = row;
    m_root->children.emplace_back(node);
    m_servers.insert(server.id, node);
    endInsertRows();
}

void CatalogTreeModel::onServerChanged(const RemoteServer &, const RemoteServer &after)
{
    Node *node = m_servers.value(after.id, nullptr);
    if (!node) {
        onServerInserted(after);
        return;
    }
    node->name = after.name;
    node->searchText = after.name.toCaseFolded();
    node->remote->server = after;
    emitChanged(node);
    // The session drops the client of a changed profile and says so (onClientReset), which
    // loads what is shown again.
}

void CatalogTreeModel::onServerRemoved(const RemoteServer &server)
{
    if (Node *node = m_servers.value(server.id, nullptr))
        removeNode(node);
}

void CatalogTreeModel::onClientReset(const QUuid &serverId)
{
    Node *node = m_servers.value(serverId, nullptr);
    if (node && node->remote->loadState != LoadState::NotLoaded)
        load(node);
}

bool CatalogTreeModel::isRemoteContainer(const Node *node) const
{
    return node->type == NodeType::Server || node->type == NodeType::RemoteFolder;
}

CatalogTreeModel::Node *CatalogTreeModel::remoteContainerFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    Node *node = nodeFor(index);
    if (!node->remote)
        return nullptr;
    return isRemoteContainer(node) ? node : node->parent;
}

CatalogTreeModel::Node *CatalogTreeModel::findRemoteChild(const Node *parent, NodeType type,
                                                          const QString &remoteId) const
{
    for (const auto &child : parent->children) {
        if (child->type == type && child->remote->remoteId == remoteId)
            return child.get();
    }
    return nullptr;
}

remote::RemoteClient *CatalogTreeModel::clientFor(const Node *node) const
{
    return m_session && node && node->remote ? m_session->existingClient(node->remote->serverId)
                                             : nullptr;
}

void CatalogTreeModel::emitChanged(const Node *node)
{
    const QModelIndex index = indexFor(node);
    if (index.isValid())
        emit dataChanged(index, index);
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->children.empty())
        return true;
    // A server or remote folder not loaded yet may have something: show the expander.
    return m_session && node->remote && isRemoteContainer(node) &&
           (node->remote->loadState == LoadState::NotLoaded ||
            node->remote->loadState == LoadState::Loading);
}

bool CatalogTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!m_session || !parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    return node->remote && isRemoteContainer(node) &&
           node->remote->loadState == LoadState::NotLoaded;
}

void CatalogTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Rows change a moment later, not inside fetchMore(): a view (or QAbstractItemModelTester)
    // may ask while another change of this model is under way. Until then the container counts
    // as loading, so it is not fetched twice.
    Node *node = nodeFor(parent);
    node->remote->loadState = LoadState::Loading;
    const quint64 generation = node->remote->generation = ++m_loadCounter;
    const QUuid serverId = node->remote->serverId;
    const std::optional<QString> folderId = node->type == NodeType::Server
                                                ? std::nullopt
                                                : std::optional<QString>(node->remote->remoteId);
    QMetaObject::invokeMethod(
        this,
        [this, serverId, folderId, generation] {
            if (Node *container = pendingContainer(serverId, folderId, generation))
                load(container);
        },
        Qt::QueuedConnection);
}

void CatalogTreeModel::refresh(const QModelIndex &index)
{
    if (!m_session)
        return;
    if (Node *container = remoteContainerFor(index); container && isRemoteContainer(container))
        load(container);
}

void CatalogTreeModel::load(Node *container)
{
    RemoteData &r = *container->remote;
    r.loadState = LoadState::Loading;
    r.error.clear();
    r.generation = ++m_loadCounter; // an answer to an earlier load no longer counts
    setPlaceholder(container, QString());
    emitChanged(container);

    const QUuid serverId = r.serverId;
    const std::optional<QString> folderId =
        container->type == NodeType::Server ? std::nullopt : std::optional<QString>(r.remoteId);
    const quint64 generation = r.generation;
    qCDebug(lcCatalogTree) << "loading" << pathOf(container);
    m_session->client(serverId, this,
                      [this, serverId, folderId,
                       generation](const remote::RemoteResult<remote::RemoteClient *> &client) {
                          Node *node = pendingContainer(serverId, folderId, generation);
                          if (!node)
                              return;
                          if (!client)
                              finishLoad(node, client.error().text());
                          else
                              loadWithClient(node, client.value());
                      });
}

CatalogTreeModel::Node *CatalogTreeModel::pendingContainer(const QUuid &serverId,
                                                           const std::optional<QString> &folderId,
                                                           quint64 generation) const
{
    Node *node = m_servers.value(serverId, nullptr);
    if (node && folderId)
        node = findRemoteChild(node, NodeType::RemoteFolder, *folderId);
    if (!node || node->remote->generation != generation ||
        node->remote->loadState != LoadState::Loading)
        return nullptr; // gone, or loading again since
    return node;
}

void CatalogTreeModel::loadWithClient(Node *container, remote::RemoteClient *client)
{
    const QUuid serverId = container->remote->serverId;
    const quint64 generation = container->remote->generation;
    // Clients answer without a context object: the model may be gone by then.
    const QPointer<CatalogTreeModel> self(this);
    if (container->type == NodeType::Server && client->supports(remote::Capability::Folders)) {
        client->listFolders([self, serverId, generation](
                                const remote::RemoteResult<QList<remote::RemoteFolder>> &folders) {
            if (!self)
                return;
            Node *node = self->pendingContainer(serverId, std::nullopt, generation);
            if (!node)
                return;
            if (!folders) {
                self->finishLoad(node, folders.error().text());
                return;
            }
            self->mergeRemoteChildren(node, folders.value(), {});
            self->finishLoad(node, QString());
            // Folders that were open show their current content too.
            std::vector<Node *> reopen;
            for (const auto &child : node->children) {
                if (child->type == NodeType::RemoteFolder &&
                    child->remote->loadState != LoadState::NotLoaded)
                    reopen.push_back(child.get());
            }
            for (Node *folder : reopen)
                self->load(folder);
        });
        return;
    }
    const std::optional<QString> folderId =
        container->type == NodeType::Server ? std::nullopt
                                            : std::optional<QString>(container->remote->remoteId);
    client->listItems(folderId.value_or(QString()),
                      [self, serverId, folderId,
                       generation](const remote::RemoteResult<QList<remote::RemoteItem>> &items) {
                          if (!self)
                              return;
                          Node *node = self->pendingContainer(serverId, folderId, generation);
                          if (!node)
                              return;
                          if (!items) {
                              self->finishLoad(node, items.error().text());
                              return;
                          }
                          self->mergeRemoteChildren(node, {}, items.value());
                          self->finishLoad(node, QString());
                      });
}

void CatalogTreeModel::finishLoad(Node *container, const QString &error)
{
    RemoteData &r = *container->remote;
    r.loadState = error.isEmpty() ? LoadState::Loaded : LoadState::Failed;
    r.error = error;
    if (error.isEmpty()) {
        removePlaceholder(container);
        qCDebug(lcCatalogTree) << "loaded" << pathOf(container);
    } else {
        setPlaceholder(container, error);
        qCDebug(lcCatalogTree).noquote() << "loading" << pathOf(container) << "failed:" << error;
    }
    emitChanged(container);
    emit remoteLoadFinished(indexFor(container), error);
}

void CatalogTreeModel::setPlaceholder(Node *container, const QString &error)
{
    const QString text = error.isEmpty() ? tr("Loading…") : error;
    if (!container->children.empty() &&
        container->children.front()->type == NodeType::Placeholder) {
        Node *placeholder = container->children.front().get();
        placeholder->remote->error = error;
        placeholder->name = text;
        emitChanged(placeholder);
        return;
    }
    auto node = std::make_unique<Node>();
    node->type = NodeType::Placeholder;
    node->name = text;
    node->remote = std::make_unique<RemoteData>();
    node->remote->serverId = container->remote->serverId;
    node->remote->error = error;
    std::vector<std::unique_ptr<Node>> nodes;
    nodes.push_back(std::move(node));
    insertRemoteChildren(container, 0, std::move(nodes));
}

void CatalogTreeModel::removePlaceholder(Node *container)
{
    if (!container->children.empty() && container->children.front()->type == NodeType::Placeholder)
        removeNode(container->children.front().get());
}

void CatalogTreeModel::insertRemoteChildren(Node *parent, int row,
                                            std::vector<std::unique_ptr<Node>> nodes)
{
    if (nodes.empty())
        return;
    beginInsertRows(indexFor(parent), row, row + int(nodes.size()) - 1);
    for (size_t i = 0; i < nodes.size(); ++i) {
        nodes[i]->parent = parent;
        parent->children.insert(parent->children.begin() + row + qsizetype(i), std::move(nodes[i]));
    }
    parent->renumberFrom(size_t(row));
    endInsertRows();
}

// Keeps the rows that are still on the server (updated in place, so selections and expanded
// folders survive a refresh), removes the others and appends the new ones.
void CatalogTreeModel::mergeRemoteChildren(Node *container,
                                           const QList<remote::RemoteFolder> &folders,
                                           const QList<remote::RemoteItem> &items)
{
    QHash<QString, const remote::RemoteFolder *> freshFolders;
    for (const remote::RemoteFolder &f : folders)
        freshFolders.insert(f.id, &f);
    QHash<QString, const remote::RemoteItem *> freshItems;
    for (const remote::RemoteItem &i : items) {
        if (!freshItems.contains(i.id))
            freshItems.insert(i.id, &i);
    }
    // Remove from the end, so the rows before stay where they are.
    for (size_t row = container->children.size(); row-- > 0;) {
        Node *child = container->children[row].get();
        const bool keep =
            (child->type == NodeType::RemoteFolder &&
             freshFolders.contains(child->remote->remoteId)) ||
            (child->type == NodeType::RemoteItem && freshItems.contains(child->remote->remoteId)) ||
            child->type == NodeType::Placeholder;
        if (!keep)
            removeNode(child);
    }
    QSet<QString> present;
    int lastFolderRow = -1;
    for (const auto &child : container->children) {
        Node *node = child.get();
        if (node->type == NodeType::RemoteFolder) {
            lastFolderRow = node->row;
            const remote::RemoteFolder *f = freshFolders.value(node->remote->remoteId);
            present.insert(QStringLiteral("f:") + f->id);
            if (node->name != f->name) {
                node->name = f->name;
                node->searchText = f->name.toCaseFolded();
                emitChanged(node);
            }
        } else if (node->type == NodeType::RemoteItem) {
            const remote::RemoteItem *i = freshItems.value(node->remote->remoteId);
            present.insert(QStringLiteral("i:") + i->id);
            node->name = i->name;
            node->enabled = i->enabled.value_or(true);
            node->searchText = searchTextFor(i->name, i->description, {i->type});
            node->remote->item = *i;
            emitChanged(node);
        }
    }
    const QUuid serverId = container->remote->serverId;
    std::vector<std::unique_ptr<Node>> newFolders;
    for (const remote::RemoteFolder &f : folders) {
        if (present.contains(QStringLiteral("f:") + f.id))
            continue;
        present.insert(QStringLiteral("f:") + f.id);
        auto node = std::make_unique<Node>();
        node->type = NodeType::RemoteFolder;
        node->name = f.name;
        node->searchText = f.name.toCaseFolded();
        node->remote = std::make_unique<RemoteData>();
        node->remote->serverId = serverId;
        node->remote->remoteId = f.id;
        newFolders.push_back(std::move(node));
    }
    if (!newFolders.empty()) {
        int row = lastFolderRow + 1;
        if (row == 0 && !container->children.empty() &&
            container->children.front()->type == NodeType::Placeholder)
            row = 1;
        insertRemoteChildren(container, row, std::move(newFolders));
    }
    std::vector<std::unique_ptr<Node>> newItems;
    for (const remote::RemoteItem &i : items) {
        if (present.contains(QStringLiteral("i:") + i.id))
            continue;
        present.insert(QStringLiteral("i:") + i.id);
        auto node = std::make_unique<Node>();
        node->type = NodeType::RemoteItem;
        node->name = i.name;
        node->enabled = i.enabled.value_or(true);
        node->searchText = searchTextFor(i.name, i.description, {i.type});
        node->remote = std::make_unique<RemoteData>();
        node->remote->serverId = serverId;
        node->remote->remoteId = i.id;
        node->remote->item = i;
        newItems.push_back(std::move(node));
    }
    insertRemoteChildren(container, int(container->children.size()), std::move(newItems));
}

QIcon CatalogTreeModel::serverIcon(RemoteServer::Kind kind, bool failed) const
{
    const int key = int(kind) * 2 + (failed ? 1 : 0);
    if (const auto it = m_serverIcons.constFind(key); it != m_serverIcons.cend())
        return *it;
    const QIcon base(
        QStringLiteral(":/reportdesk/icons/server-%1.svg").arg(RemoteServer::kindName(kind)));
    QIcon icon = base;
    if (failed) {
        // The kind's icon with the error badge in its lower right corner.
        icon = QIcon();
        for (const int size : {16, 22, 24, 32, 48}) {
            QPixmap pixmap = base.pixmap(size, size);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const int badge = size * 5 / 8;
            m_errorIcon.paint(&painter, QRect(size - badge, size - badge, badge, badge));
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    m_serverIcons.insert(key, icon);
    return icon;
}

QVariant CatalogTreeModel::remoteData(const Node *node, int role) const
{
    const RemoteData &r = *node->remote;
    const Node *serverNode = m_servers.value(r.serverId, nullptr);
    const QString serverTitle =
        serverNode ? tr("%1 “%2”").arg(RemoteServer::kindTitle(serverNode->remote->server.kind),
                                       serverNode->remote->server.name)
                   : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return node->name;
    case Qt::DecorationRole:
        switch (node->type) {
        case NodeType::Server:
            return serverIcon(r.server.kind, r.loadState == LoadState::Failed);
        case NodeType::RemoteFolder:
            return m_folderIcon;
        case NodeType::RemoteItem:
            return node->enabled ? m_reportIcon : m_disabledReportIcon;
        case NodeType::Placeholder:
            return r.error.isEmpty() ? m_loadingIcon : m_errorIcon;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        switch (node->type) {
        case NodeType::Server:
            lines = {serverTitle, r.server.baseUrl.toDisplayString()};
            if (!r.server.organisation.isEmpty())
                lines.append(tr("Organisation: %1").arg(r.server.organisation));
            break;
        case NodeType::RemoteFolder:
            lines = {node->name, tr("Folder on %1").arg(serverTitle)};
            break;
        case NodeType::RemoteItem: {
            const remote::RemoteItem &item = r.item;
            lines = {item.name, tr("%1 on %2").arg(item.type, serverTitle)};
            if (item.enabled)
                lines.append(*item.enabled ? tr("Enabled") : tr("Disabled"));
            if (!item.scheduleText.isEmpty())
                lines.append(tr("Schedule: %1").arg(item.scheduleText));
            if (!item.status.isEmpty())
                lines.append(tr("Status: %1").arg(item.status));
            if (item.updated.isValid())
                lines.append(
                    tr("Updated: %1")
                        .arg(QLocale().toString(item.updated.toLocalTime(), QLocale::ShortFormat)));
            if (!item.description.isEmpty())
                lines.append(item.description);
            break;
        }
        case NodeType::Placeholder:
            return r.error.isEmpty() ? tr("Waiting for %1…").arg(serverTitle) : r.error;
        default:
            break;
        }
        if (isRemoteContainer(node) && r.loadState == LoadState::Failed)
            lines.append(r.error);
        else if (isRemoteContainer(node) && r.loadState == LoadState::Loading)
            lines.append(tr("Loading…"));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (node->type == NodeType::RemoteItem && !node->enabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (node->type == NodeType::Placeholder)
            return r.error.isEmpty() ? QGuiApplication::palette().brush(QPalette::PlaceholderText)
                                     : QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case NodeTypeRole:
        return int(node->type);
    case FolderIdRole:
        return qint64(0);
    case EnabledRole:
        return node->type != NodeType::RemoteItem || node->enabled;
    case TitleRole:
        return node->type == NodeType::RemoteItem ? QVariant(node->name) : QVariant();
    case PathRole:
        return pathOf(node);
    case SearchTextRole:
        return node->searchText;
    case ServerIdRole:
        return QVariant::fromValue(r.serverId);
    case RemoteIdRole:
        return r.remoteId;
    case LoadStateRole:
        return int(r.loadState);
    case LoadErrorRole:
        return r.error;
    case RemoteEnabledRole:
        return node->type == NodeType::RemoteItem && r.item.enabled ? QVariant(*r.item.enabled)
                                                                    : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags CatalogTreeModel::remoteFlags(const Node *node) const
{
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const remote::RemoteClient *client = clientFor(node);
    const bool moves = client && client->supports(remote::Capability::Move);
    switch (node->type) {
    case NodeType::RemoteFolder:
        if (moves)
            f |= Qt::ItemIsDropEnabled;
        break;
    case NodeType::RemoteItem:
        f |= Qt::ItemNeverHasChildren;
        if (moves)
            f |= Qt::ItemIsDragEnabled;
        break;
    case NodeType::Placeholder:
        f |= Qt::ItemNeverHasChildren;
        break;
    default:
        break;
    }
    return f;
}

bool CatalogTreeModel::isRemote(const QModelIndex &index) const
{
    return index.isValid() && nodeFor(index)->remote;
}

QModelIndex CatalogTreeModel::indexForServer(const QUuid &serverId) const
{
    return indexFor(m_servers.value(serverId, nullptr));
}

QModelIndex CatalogTreeModel::indexForRemoteFolder(const QUuid &serverId,
                                                   const QString &folderId) const
{
    const Node *server = m_servers.value(serverId, nullptr);
    return server ? indexFor(findRemoteChild(server, NodeType::RemoteFolder, folderId))
                  : QModelIndex();
}

QModelIndex CatalogTreeModel::indexForRemoteItem(const QUuid &serverId, const QString &itemId) const
{
    const Node *server = m_servers.value(serverId, nullptr);
    if (!server)
        return {};
    if (const Node *item = findRemoteChild(server, NodeType::RemoteItem, itemId))
        return indexFor(item);
    for (const auto &child : server->children) {
        if (child->type != NodeType::RemoteFolder)
            continue;
        if (const Node *item = findRemoteChild(child.get(), NodeType::RemoteItem, itemId))
            return indexFor(item);
    }
    return {};
}

QUuid CatalogTreeModel::serverId(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    return node && node->remote ? node->remote->serverId : QUuid();
}

QString CatalogTreeModel::remoteId(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    return node && node->remote ? node->remote->remoteId : QString();
}

QString CatalogTreeModel::remoteFolderId(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    if (!node || !node->remote)
        return {};
    if (node->type == NodeType::RemoteFolder)
        return node->remote->remoteId;
    if (node->type == NodeType::RemoteItem)
        return node->remote->item.folderId;
    return node->parent && node->parent->type == NodeType::RemoteFolder
               ? node->parent->remote->remoteId
               : QString();
}

const remote::RemoteItem *CatalogTreeModel::remoteItem(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    return node && node->type == NodeType::RemoteItem ? &node->remote->item : nullptr;
}

std::optional<RemoteServer> CatalogTreeModel::serverProfile(const QModelIndex &index) const
{
    const Node *server = m_servers.value(serverId(index), nullptr);
    if (!server)
        return std::nullopt;
    return server->remote->server;
}

QList<remote::RemoteFolder> CatalogTreeModel::remoteFolders(const QUuid &serverId) const
{
    QList<remote::RemoteFolder> folders;
    if (const Node *server = m_servers.value(serverId, nullptr)) {
        for (const auto &child : server->children) {
            if (child->type == NodeType::RemoteFolder)
                folders.append({child->remote->remoteId, child->name});
        }
    }
    return folders;
}

CatalogTreeModel::LoadState CatalogTreeModel::loadState(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    return node && node->remote && isRemoteContainer(node) ? node->remote->loadState
                                                           : LoadState::NotLoaded;
}

QString CatalogTreeModel::loadError(const QModelIndex &index) const
{
    const Node *node = index.isValid() ? nodeFor(index) : nullptr;
    return node && node->remote ? node->remote->error : QString();
}

} // namespace reportdesk
