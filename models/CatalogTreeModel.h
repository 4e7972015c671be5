#pragma once

#include "domain/Folder.h"
#include "domain/Report.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QUuid>

class QUndoStack;

namespace reportdesk {

class Catalog;

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
    enum class NodeType { Folder, Report };
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
    };

    // undoStack may be null: then the tree is read-only for editing and drops.
    CatalogTreeModel(Catalog *catalog, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CatalogTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

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

    // The last error from an edit made through the model (rename, drop); empty when it worked.
    QString lastError() const { return m_lastError; }

    // Reloads everything from the catalog (after an import or on Refresh).
    void reload();

signals:
    // An edit made through the model failed; the message names the problem.
    void editFailed(const QString &message);

private:
    struct Node;
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

    Catalog *m_catalog;
    QUndoStack *m_undoStack;
    Node *m_root;
    QHash<qint64, Node *> m_folders;
    QHash<QUuid, Node *> m_reports;
    QString m_lastError;
    QIcon m_folderIcon;
    QIcon m_reportIcon;
    QIcon m_disabledReportIcon;
};

} // namespace reportdesk
