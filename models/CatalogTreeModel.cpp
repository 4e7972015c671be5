#include "CatalogTreeModel.h"

#include "CatalogCommands.h"
#include "catalog/Catalog.h"
#include "domain/Validation.h"

#include <QDataStream>
#include <QGuiApplication>
#include <QIODevice>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPalette>
#include <QUndoStack>

#include <algorithm>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcCatalogTree, "reportdesk.models.tree")

namespace reportdesk {

namespace {

const QString kMimeType = QStringLiteral("application/x-reportdesk-items");

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

// One row of the tree. Children are kept as [folders..., reports...], each part in insertion
// order; CatalogFilterModel sorts for display. `row` is cached so parent() is O(1).
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
    else
        m_reports.remove(node->reportId);
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
    return {kMimeType};
}

QMimeData *CatalogTreeModel::mimeData(const QModelIndexList &indexes) const
{
    DragPayload payload;
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        const Node *node = nodeFor(index);
        if (node->isFolder()) {
            if (!payload.folderIds.contains(node->folderId))
                payload.folderIds.append(node->folderId);
        } else if (!payload.reportIds.contains(node->reportId)) {
            payload.reportIds.append(node->reportId);
        }
    }
    if (payload.folderIds.isEmpty() && payload.reportIds.isEmpty())
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
    if (action != Qt::MoveAction || !editable())
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

} // namespace reportdesk
