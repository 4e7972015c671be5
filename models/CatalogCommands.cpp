#include "CatalogCommands.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

#include <utility>

namespace reportdesk {

namespace {

// lupdate finds these under the "CatalogCommands" context.
QString translated(const char *text, int n = -1)
{
    return QCoreApplication::translate("CatalogCommands", text, nullptr, n);
}

QString folderName(Catalog *c, qint64 id)
{
    if (id <= 0)
        return QCoreApplication::translate("CatalogCommands", "Top level");
    const auto f = c->folder(id);
    return f ? f->name : QString();
}

QString reportName(Catalog *c, const QUuid &id)
{
    const auto r = c->report(id);
    return r ? r->name : QString();
}

// "Delete “Weekly”" for one item, "Delete 3 items" for several.
QString itemsText(Catalog *c, const QList<qint64> &folderIds, const QList<QUuid> &reportIds,
                  const char *one, const char *many)
{
    const int n = int(folderIds.size() + reportIds.size());
    if (n == 1) {
        const QString name = folderIds.isEmpty() ? reportName(c, reportIds.first())
                                                 : folderName(c, folderIds.first());
        return translated(one).arg(name);
    }
    return translated(many, n);
}

// Restores a full report exactly as it was (timestamps included).
Status restoreReport(Catalog *c, const Report &report)
{
    const Result<Report> saved = c->saveReport(report, Catalog::Timestamps::Keep);
    return saved ? Status() : Status::failure(saved.error());
}

Status restoreReports(Catalog *c, const QList<Report> &reports)
{
    Status result;
    for (const Report &r : reports) {
        if (const Status s = restoreReport(c, r); !s && result)
            result = s; // keep going: put back as much as possible
    }
    return result;
}

QList<Report> fullReports(Catalog *c, const QList<QUuid> &ids, QString *missing)
{
    QList<Report> out;
    for (const QUuid &id : ids) {
        if (auto r = c->report(id))
            out.append(*r);
        else if (missing && missing->isEmpty())
            *missing = QCoreApplication::translate("CatalogCommands", "A report no longer exists.");
    }
    return out;
}

// ------------------------------------------------------------------------------ commands

class CreateFolderCommand final : public CatalogCommand {
public:
    CreateFolderCommand(Catalog *c, qint64 parentId, const QString &name)
        : CatalogCommand(
              c, QCoreApplication::translate("CatalogCommands", "New folder “%1”").arg(name))
        , m_parentId(parentId)
        , m_name(name)
    {}

protected:
    Status apply() override
    {
        if (m_created.id > 0) // redo: the same folder, same id
            return catalog()->restore({{m_created}, {}});
        const Result<Folder> f = catalog()->createFolder(m_parentId, m_name);
        if (!f)
            return Status::failure(f.error());
        m_created = f.value();
        return {};
    }
    Status revert() override { return catalog()->deleteFolder(m_created.id); }

private:
    qint64 m_parentId;
    QString m_name;
    Folder m_created;
};

class CreateReportCommand final : public CatalogCommand {
public:
    CreateReportCommand(Catalog *c, const Report &report)
        : CatalogCommand(
              c, QCoreApplication::translate("CatalogCommands", "New report “%1”").arg(report.name))
        , m_report(report)
    {}

protected:
    Status apply() override
    {
        if (m_created)
            return catalog()->restore({{}, {m_report}});
        if (!m_report.id.isNull() && catalog()->report(m_report.id))
            return Status::failure(QCoreApplication::translate(
                "CatalogCommands", "A report with this id already exists."));
        const Result<Report> saved = catalog()->saveReport(m_report);
        if (!saved)
            return Status::failure(saved.error());
        m_report = saved.value();
        m_created = true;
        return {};
    }
    Status revert() override { return catalog()->deleteReports({m_report.id}); }

private:
    Report m_report;
    bool m_created = false;
};

class RenameFolderCommand final : public CatalogCommand {
public:
    RenameFolderCommand(Catalog *c, qint64 id, const QString &oldName, const QString &name)
        : CatalogCommand(c,
                         QCoreApplication::translate("CatalogCommands", "Rename “%1”").arg(oldName))
        , m_id(id)
        , m_oldName(oldName)
        , m_name(name)
    {}

protected:
    Status apply() override
    {
        if (m_oldName.isNull())
            return Status::failure(
                QCoreApplication::translate("CatalogCommands", "The folder no longer exists."));
        return catalog()->renameFolder(m_id, m_name);
    }
    Status revert() override { return catalog()->renameFolder(m_id, m_oldName); }

private:
    qint64 m_id;
    QString m_oldName;
    QString m_name;
};

// Report edits keep the full previous version, so undo puts back every field, timestamps too.
class RenameReportCommand final : public CatalogCommand {
public:
    RenameReportCommand(Catalog *c, const QUuid &id, const QString &name)
        : CatalogCommand(
              c,
              QCoreApplication::translate("CatalogCommands", "Rename “%1”").arg(reportName(c, id)))
        , m_id(id)
        , m_name(name)
    {}

protected:
    Status apply() override
    {
        if (!m_before) {
            m_before = catalog()->report(m_id);
            if (!m_before)
                return Status::failure(
                    QCoreApplication::translate("CatalogCommands", "The report no longer exists."));
        }
        return catalog()->renameReport(m_id, m_name);
    }
    Status revert() override { return restoreReport(catalog(), *m_before); }

private:
    QUuid m_id;
    QString m_name;
    std::optional<Report> m_before;
};

class MoveItemsCommand final : public CatalogCommand {
public:
    MoveItemsCommand(Catalog *c, const QString &text, const QList<qint64> &folderIds,
                     const QList<QUuid> &reportIds, qint64 toFolder)
        : CatalogCommand(c, text)
        , m_folderIds(folderIds)
        , m_reportIds(reportIds)
        , m_to(toFolder)
    {}

protected:
    Status apply() override
    {
        if (!m_recorded) {
            if (const Status s = record(); !s)
                return s;
        }
        // Folders one by one (each is its own transaction); on failure put back the ones moved.
        QList<QPair<qint64, qint64>> done;
        for (const auto &[id, from] : std::as_const(m_folders)) {
            if (const Status s = catalog()->moveFolder(id, m_to); !s) {
                for (auto it = done.crbegin(); it != done.crend(); ++it)
                    catalog()->moveFolder(it->first, it->second);
                return s;
            }
            done.append({id, from});
        }
        QList<QUuid> ids;
        for (const Report &r : std::as_const(m_reports))
            ids.append(r.id);
        if (!ids.isEmpty()) {
            if (const Status s = catalog()->moveReports(ids, m_to); !s) {
                for (auto it = done.crbegin(); it != done.crend(); ++it)
                    catalog()->moveFolder(it->first, it->second);
                return s;
            }
        }
        return {};
    }

    Status revert() override
    {
        Status result = restoreReports(catalog(), m_reports);
        for (auto it = m_folders.crbegin(); it != m_folders.crend(); ++it) {
            if (const Status s = catalog()->moveFolder(it->first, it->second); !s && result)
                result = s;
        }
        return result;
    }

private:
    // Keeps what actually moves: an item inside a selected folder travels with its folder, and
    // an item already in the target stays where it is.
    Status record()
    {
        Catalog *c = catalog();
        QList<qint64> selected;
        for (const qint64 id : std::as_const(m_folderIds)) {
            if (!selected.contains(id))
                selected.append(id);
        }
        auto insideSelected = [&](qint64 folderId, qint64 self) {
            for (const qint64 other : std::as_const(selected)) {
                if (other != self && c->isDescendant(folderId, other))
                    return true;
            }
            return false;
        };
        for (const qint64 id : std::as_const(selected)) {
            const auto f = c->folder(id);
            if (!f)
                return Status::failure(QCoreApplication::translate(
                    "CatalogCommands", "A folder to move no longer exists."));
            if (m_to > 0 && c->isDescendant(m_to, id))
                return Status::failure(
                    QCoreApplication::translate(
                        "CatalogCommands",
                        "Cannot move the folder “%1” into itself or one of its subfolders.")
                        .arg(f->name));
            if (f->parentId == m_to || insideSelected(id, id))
                continue;
            m_folders.append({id, f->parentId});
        }
        QSet<QUuid> seen;
        for (const QUuid &id : std::as_const(m_reportIds)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const auto r = c->report(id);
            if (!r)
                return Status::failure(QCoreApplication::translate(
                    "CatalogCommands", "A report to move no longer exists."));
            if (r->folderId == m_to || insideSelected(r->folderId, 0))
                continue;
            m_reports.append(*r);
        }
        if (m_folders.isEmpty() && m_reports.isEmpty())
            return Status::failure(QCoreApplication::translate(
                "CatalogCommands", "Nothing to move: the items are already there."));
        m_recorded = true;
        return {};
    }

    QList<qint64> m_folderIds;
    QList<QUuid> m_reportIds;
    qint64 m_to;
    bool m_recorded = false;
    QList<QPair<qint64, qint64>> m_folders; // id, original parent
    QList<Report> m_reports;                // as they were before the move
};

class DeleteItemsCommand final : public CatalogCommand {
public:
    DeleteItemsCommand(Catalog *c, const QList<qint64> &folderIds, const QList<QUuid> &reportIds)
        : CatalogCommand(c, itemsText(c, folderIds, reportIds,
                                      QT_TRANSLATE_NOOP("CatalogCommands", "Delete “%1”"),
                                      QT_TRANSLATE_NOOP("CatalogCommands", "Delete %n items")))
        , m_folderIds(folderIds)
        , m_reportIds(reportIds)
    {}

protected:
    Status apply() override
    {
        Catalog *c = catalog();
        if (!m_recorded) {
            // Snapshots of the outermost selected folders (a selected subfolder is inside one),
            // and the full reports that are not inside them.
            QList<qint64> roots;
            for (const qint64 id : std::as_const(m_folderIds)) {
                bool inside = false;
                for (const qint64 other : std::as_const(m_folderIds))
                    inside = inside || (other != id && c->isDescendant(id, other));
                if (!inside && !roots.contains(id))
                    roots.append(id);
            }
            QSet<qint64> deletedFolders;
            for (const qint64 id : std::as_const(roots)) {
                const CatalogSnapshot s = c->snapshotFolder(id);
                if (s.folders.isEmpty())
                    return Status::failure(QCoreApplication::translate(
                        "CatalogCommands", "A folder to delete no longer exists."));
                m_snapshot.folders.append(s.folders);
                m_snapshot.reports.append(s.reports);
                m_rootFolders.append(id);
                for (const Folder &f : s.folders)
                    deletedFolders.insert(f.id);
            }
            QSet<QUuid> seen;
            for (const QUuid &id : std::as_const(m_reportIds)) {
                const auto r = c->report(id);
                if (!r)
                    return Status::failure(QCoreApplication::translate(
                        "CatalogCommands", "A report to delete no longer exists."));
                if (deletedFolders.contains(r->folderId) || seen.contains(id))
                    continue;
                seen.insert(id);
                m_snapshot.reports.append(*r);
                m_looseReports.append(id);
            }
            m_recorded = true;
        }
        if (!m_looseReports.isEmpty()) {
            if (const Status s = c->deleteReports(m_looseReports); !s)
                return s;
        }
        for (qsizetype i = 0; i < m_rootFolders.size(); ++i) {
            if (const Status s = c->deleteFolder(m_rootFolders.at(i)); !s) {
                revertPartially(i);
                return s;
            }
        }
        return {};
    }

    Status revert() override { return catalog()->restore(m_snapshot); }

private:
    // Puts back what was deleted before a failure, so a failed apply changes nothing.
    void revertPartially(qsizetype foldersDeleted)
    {
        QSet<qint64> deleted;
        CatalogSnapshot partial;
        // Folders of the first `foldersDeleted` roots and every loose report.
        QSet<qint64> rootsDone(m_rootFolders.cbegin(), m_rootFolders.cbegin() + foldersDeleted);
        qint64 currentRoot = 0;
        for (const Folder &f : std::as_const(m_snapshot.folders)) {
            if (m_rootFolders.contains(f.id))
                currentRoot = f.id;
            if (rootsDone.contains(currentRoot)) {
                partial.folders.append(f);
                deleted.insert(f.id);
            }
        }
        for (const Report &r : std::as_const(m_snapshot.reports)) {
            if (deleted.contains(r.folderId) || m_looseReports.contains(r.id))
                partial.reports.append(r);
        }
        catalog()->restore(partial);
    }

    QList<qint64> m_folderIds;
    QList<QUuid> m_reportIds;
    bool m_recorded = false;
    QList<qint64> m_rootFolders;
    QList<QUuid> m_looseReports;
    CatalogSnapshot m_snapshot;
};

class DuplicateReportsCommand final : public CatalogCommand {
public:
    DuplicateReportsCommand(Catalog *c, const QList<QUuid> &ids)
        : CatalogCommand(c, itemsText(c, {}, ids,
                                      QT_TRANSLATE_NOOP("CatalogCommands", "Duplicate “%1”"),
                                      QT_TRANSLATE_NOOP("CatalogCommands", "Duplicate %n reports")))
        , m_ids(ids)
    {}

protected:
    Status apply() override
    {
        if (m_done)
            return catalog()->restore({{}, m_copies});
        for (const QUuid &id : std::as_const(m_ids)) {
            const Result<Report> copy = catalog()->duplicateReport(id);
            if (!copy) {
                revert();
                m_copies.clear();
                return Status::failure(copy.error());
            }
            m_copies.append(copy.value());
        }
        m_done = true;
        return {};
    }

    Status revert() override
    {
        QList<QUuid> ids;
        for (const Report &r : std::as_const(m_copies))
            ids.append(r.id);
        return catalog()->deleteReports(ids);
    }

private:
    QList<QUuid> m_ids;
    QList<Report> m_copies;
    bool m_done = false;
};

class SetEnabledCommand final : public CatalogCommand {
public:
    SetEnabledCommand(Catalog *c, const QList<QUuid> &ids, bool enabled)
        : CatalogCommand(
              c, enabled
                     ? itemsText(c, {}, ids, QT_TRANSLATE_NOOP("CatalogCommands", "Enable “%1”"),
                                 QT_TRANSLATE_NOOP("CatalogCommands", "Enable %n reports"))
                     : itemsText(c, {}, ids, QT_TRANSLATE_NOOP("CatalogCommands", "Disable “%1”"),
                                 QT_TRANSLATE_NOOP("CatalogCommands", "Disable %n reports")))
        , m_ids(ids)
        , m_enabled(enabled)
    {}

protected:
    Status apply() override
    {
        if (!m_recorded) {
            QString missing;
            const QList<Report> all = fullReports(catalog(), m_ids, &missing);
            if (!missing.isEmpty())
                return Status::failure(missing);
            for (const Report &r : all) {
                if (r.enabled != m_enabled)
                    m_before.append(r);
            }
            m_recorded = true;
        }
        return catalog()->setReportsEnabled(m_ids, m_enabled);
    }
    Status revert() override { return restoreReports(catalog(), m_before); }

private:
    QList<QUuid> m_ids;
    bool m_enabled;
    bool m_recorded = false;
    QList<Report> m_before; // only the reports this command changes
};

class SaveReportCommand final : public CatalogCommand {
public:
    SaveReportCommand(Catalog *c, const Report &edited)
        : CatalogCommand(
              c, QCoreApplication::translate("CatalogCommands", "Edit “%1”").arg(edited.name))
        , m_edited(edited)
    {}

protected:
    Status apply() override
    {
        if (m_saved) // redo: exactly the version saved the first time
            return restoreReport(catalog(), *m_saved);
        m_before = catalog()->report(m_edited.id);
        if (!m_before)
            return Status::failure(
                QCoreApplication::translate("CatalogCommands", "The report no longer exists."));
        const Result<Report> saved = catalog()->saveReport(m_edited);
        if (!saved)
            return Status::failure(saved.error());
        m_saved = saved.value();
        return {};
    }
    Status revert() override { return restoreReport(catalog(), *m_before); }

private:
    Report m_edited;
    std::optional<Report> m_before;
    std::optional<Report> m_saved;
};

} // namespace

// ------------------------------------------------------------------------------ base

CatalogCommand::CatalogCommand(Catalog *catalog, const QString &text)
    : QUndoCommand(text)
    , m_catalog(catalog)
{}

Status CatalogCommand::applyFirst()
{
    const Status s = apply();
    m_lastError = s.error();
    m_applied = s.ok();
    return s;
}

void CatalogCommand::redo()
{
    if (m_applied) {
        // QUndoStack::push() calls redo() right after run() applied the command.
        m_applied = false;
        return;
    }
    m_lastError = apply().error();
}

void CatalogCommand::undo()
{
    m_applied = false;
    m_lastError = revert().error();
}

namespace CatalogCommands {

Status run(QUndoStack *stack, std::unique_ptr<CatalogCommand> command)
{
    if (!command)
        return Status::failure(QCoreApplication::translate("CatalogCommands", "Nothing to do."));
    const Status s = command->applyFirst();
    if (!s)
        return s;
    if (stack)
        stack->push(command.release());
    return s;
}

std::unique_ptr<CatalogCommand> createFolder(Catalog *c, qint64 parentId, const QString &name)
{
    return std::make_unique<CreateFolderCommand>(c, parentId, name);
}

std::unique_ptr<CatalogCommand> createReport(Catalog *c, const Report &report)
{
    return std::make_unique<CreateReportCommand>(c, report);
}

std::unique_ptr<CatalogCommand> renameFolder(Catalog *c, qint64 folderId, const QString &name)
{
    const auto f = c->folder(folderId);
    return std::make_unique<RenameFolderCommand>(c, folderId, f ? f->name : QString(), name);
}

std::unique_ptr<CatalogCommand> renameReport(Catalog *c, const QUuid &id, const QString &name)
{
    return std::make_unique<RenameReportCommand>(c, id, name);
}

std::unique_ptr<CatalogCommand> moveReports(Catalog *c, const QList<QUuid> &ids, qint64 toFolder)
{
    return moveItems(c, {}, ids, toFolder);
}

std::unique_ptr<CatalogCommand> moveFolder(Catalog *c, qint64 folderId, qint64 toParent)
{
    return moveItems(c, {folderId}, {}, toParent);
}

std::unique_ptr<CatalogCommand> moveItems(Catalog *c, const QList<qint64> &folderIds,
                                          const QList<QUuid> &reportIds, qint64 toFolder)
{
    const QString target = folderName(c, toFolder);
    const int n = int(folderIds.size() + reportIds.size());
    QString text;
    if (n == 1) {
        const QString name = folderIds.isEmpty() ? reportName(c, reportIds.first())
                                                 : folderName(c, folderIds.first());
        text =
            QCoreApplication::translate("CatalogCommands", "Move “%1” to “%2”").arg(name, target);
    } else {
        text = QCoreApplication::translate("CatalogCommands", "Move %n items to “%1”", nullptr, n)
                   .arg(target);
    }
    return std::make_unique<MoveItemsCommand>(c, text, folderIds, reportIds, toFolder);
}

std::unique_ptr<CatalogCommand> deleteItems(Catalog *c, const QList<qint64> &folderIds,
                                            const QList<QUuid> &reportIds)
{
    return std::make_unique<DeleteItemsCommand>(c, folderIds, reportIds);
}

std::unique_ptr<CatalogCommand> duplicateReports(Catalog *c, const QList<QUuid> &ids)
{
    return std::make_unique<DuplicateReportsCommand>(c, ids);
}

std::unique_ptr<CatalogCommand> setEnabled(Catalog *c, const QList<QUuid> &ids, bool enabled)
{
    return std::make_unique<SetEnabledCommand>(c, ids, enabled);
}

std::unique_ptr<CatalogCommand> saveReport(Catalog *c, const Report &edited)
{
    if (edited.id.isNull() || !c->report(edited.id))
        return createReport(c, edited);
    return std::make_unique<SaveReportCommand>(c, edited);
}

} // namespace CatalogCommands

} // namespace reportdesk
