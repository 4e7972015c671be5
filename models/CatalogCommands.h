#pragma once

#include "catalog/Catalog.h"

#include <QUndoCommand>

#include <memory>

class QUndoStack;

namespace reportdesk {

// Undoable edits of the catalog tree. Every tree edit in the app (create, rename, move, delete,
// duplicate, enable/disable, bulk operations) goes through these, so Undo/Redo covers it.
//
// A command is applied once by CatalogCommands::run(): if applying fails, nothing is pushed and
// the error is returned (the catalog is unchanged); if it succeeds the command is pushed, and
// QUndoStack's first redo() is a no-op. undo()/redo() re-apply through the catalog; if that
// fails later (e.g. a name was taken meanwhile) the command records the error and the stack
// emits nothing special: callers check CatalogCommand::lastError().
class CatalogCommand : public QUndoCommand {
public:
    explicit CatalogCommand(Catalog *catalog, const QString &text);
    void redo() final;
    void undo() final;
    QString lastError() const { return m_lastError; }

    Status applyFirst(); // used by run()

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Catalog *catalog() const { return m_catalog; }

private:
    Catalog *m_catalog;
    bool m_applied = false;
    QString m_lastError;
};

namespace CatalogCommands {

// Applies the command; on success pushes it onto the stack (stack may be null: then the command
// is applied and dropped). Returns the failure unchanged on error.
Status run(QUndoStack *stack, std::unique_ptr<CatalogCommand> command);

std::unique_ptr<CatalogCommand> createFolder(Catalog *c, qint64 parentId, const QString &name);
std::unique_ptr<CatalogCommand> createReport(Catalog *c, const Report &report);
std::unique_ptr<CatalogCommand> renameFolder(Catalog *c, qint64 folderId, const QString &name);
std::unique_ptr<CatalogCommand> renameReport(Catalog *c, const QUuid &id, const QString &name);
std::unique_ptr<CatalogCommand> moveReports(Catalog *c, const QList<QUuid> &ids, qint64 toFolder);
std::unique_ptr<CatalogCommand> moveFolder(Catalog *c, qint64 folderId, qint64 toParent);
// Moves a mixed selection in one undo step.
std::unique_ptr<CatalogCommand> moveItems(Catalog *c, const QList<qint64> &folderIds,
                                          const QList<QUuid> &reportIds, qint64 toFolder);
// Deletes folders (with everything in them) and reports in one undo step; undo restores all,
// with the same ids.
std::unique_ptr<CatalogCommand> deleteItems(Catalog *c, const QList<qint64> &folderIds,
                                            const QList<QUuid> &reportIds);
std::unique_ptr<CatalogCommand> duplicateReports(Catalog *c, const QList<QUuid> &ids);
std::unique_ptr<CatalogCommand> setEnabled(Catalog *c, const QList<QUuid> &ids, bool enabled);
// Saving an edited report (content, layout, ...): undo restores the previous version.
std::unique_ptr<CatalogCommand> saveReport(Catalog *c, const Report &edited);

} // namespace CatalogCommands

} // namespace reportdesk
