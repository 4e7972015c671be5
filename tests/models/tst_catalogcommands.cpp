#include "CatalogCommands.h"
#include "CatalogTreeModel.h"
#include "ModelSnapshot.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

namespace {

// Everything the catalog holds, full reports included, in a comparable form.
struct CatalogState {
    QList<Folder> folders;
    QList<Report> reports;
    friend bool operator==(const CatalogState &, const CatalogState &) = default;
};

CatalogState stateOf(const Catalog &c)
{
    CatalogState s;
    s.folders = c.folders();
    std::sort(s.folders.begin(), s.folders.end(),
              [](const Folder &a, const Folder &b) { return a.id < b.id; });
    for (const ReportSummary &r : c.reportSummaries())
        s.reports.append(*c.report(r.id));
    std::sort(s.reports.begin(), s.reports.end(),
              [](const Report &a, const Report &b) { return a.id < b.id; });
    return s;
}

// The same, ignoring `updated` on reports (bulk moves and enable/disable touch it) and folder
// positions (a move appends at the end of the new parent).
CatalogState looseStateOf(const Catalog &c)
{
    CatalogState s = stateOf(c);
    for (Report &r : s.reports)
        r.updated = QDateTime();
    for (Folder &f : s.folders)
        f.position = 0;
    return s;
}

} // namespace

class tst_CatalogCommands : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createFolder();
    void createReport();
    void renameFolder();
    void renameReport();
    void renameFailureIsNotPushed();
    void moveReports();
    void moveFolder();
    void moveItemsMixed();
    void moveIntoDescendantFails();
    void deleteNonEmptyFolderAndUndo();
    void deleteMixedSelection();
    void duplicateReports();
    void setEnabled();
    void saveReport();
    void runWithoutStack();
    void undoFailureIsRecorded();

private:
    // Runs the command, checks do / undo (exact state back) / redo (state as after do).
    // exactAfterRedo: false when redo legitimately touches `updated` or folder positions.
    // positionsMayChange: undoing a folder move appends it to its old parent again.
    void checkDoUndoRedo(std::unique_ptr<CatalogCommand> command, const QString &text,
                         bool exactAfterRedo = true, bool positionsMayChange = false);

    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<CatalogTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Folder m_samples, m_weekly, m_archive;
    Report m_full, m_traffic, m_old;
};

void tst_CatalogCommands::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_stack = std::make_unique<QUndoStack>();
    m_samples = m_catalog->addFolder(QStringLiteral("Samples"));
    m_weekly = m_catalog->addFolder(QStringLiteral("Weekly"), m_samples.id);
    m_archive = m_catalog->addFolder(QStringLiteral("Archive"));
    const auto full = (*m_catalog)->saveReport(test::fullyPopulatedReport(m_weekly.id));
    QVERIFY2(full, qPrintable(full.error()));
    m_full = full.value();
    m_traffic = m_catalog->addReport(m_weekly.id, QStringLiteral("Traffic"));
    m_old = m_catalog->addReport(m_archive.id, QStringLiteral("Old"));
    // A live model on top: every command must keep it consistent.
    m_model = std::make_unique<CatalogTreeModel>(m_catalog->get(), m_stack.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CatalogCommands::cleanup()
{
    if (m_model)
        QCOMPARE(test::modelRows(*m_model), test::catalogRows(**m_catalog));
    m_tester.reset();
    m_model.reset();
    m_stack.reset();
    m_catalog.reset();
}

void tst_CatalogCommands::checkDoUndoRedo(std::unique_ptr<CatalogCommand> command,
                                          const QString &text, bool exactAfterRedo,
                                          bool positionsMayChange)
{
    Catalog &c = **m_catalog;
    const CatalogState before = stateOf(c);
    const Status s = CatalogCommands::run(m_stack.get(), std::move(command));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), text);
    const CatalogState after = stateOf(c);
    QVERIFY(!(after == before));
    QCOMPARE(test::modelRows(*m_model), test::catalogRows(c));

    m_stack->undo();
    const auto *cmd = static_cast<const CatalogCommand *>(m_stack->command(0));
    QVERIFY2(cmd->lastError().isEmpty(), qPrintable(cmd->lastError()));
    CatalogState undone = stateOf(c);
    CatalogState expectedUndone = before;
    if (positionsMayChange) {
        for (Folder &f : undone.folders)
            f.position = 0;
        for (Folder &f : expectedUndone.folders)
            f.position = 0;
    }
    QCOMPARE(undone.folders, expectedUndone.folders);
    QCOMPARE(undone.reports, before.reports);
    QCOMPARE(test::modelRows(*m_model), test::catalogRows(c));

    m_stack->redo();
    QVERIFY2(cmd->lastError().isEmpty(), qPrintable(cmd->lastError()));
    if (exactAfterRedo) {
        const CatalogState redone = stateOf(c);
        QCOMPARE(redone.folders, after.folders);
        QCOMPARE(redone.reports, after.reports);
    } else {
        const CatalogState redone = looseStateOf(c);
        CatalogState expected = after;
        for (Report &r : expected.reports)
            r.updated = QDateTime();
        for (Folder &f : expected.folders)
            f.position = 0;
        QCOMPARE(redone.folders, expected.folders);
        QCOMPARE(redone.reports, expected.reports);
    }
    QCOMPARE(test::modelRows(*m_model), test::catalogRows(c));

    // And once more round the loop.
    m_stack->undo();
    QCOMPARE(stateOf(c).reports, before.reports);
    m_stack->redo();
}

void tst_CatalogCommands::createFolder()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    checkDoUndoRedo(
        CatalogCommands::createFolder(m_catalog->get(), m_samples.id, QStringLiteral("Monthly")),
        QStringLiteral("New folder “Monthly”"));
    const auto id = (*m_catalog)->folderIdByPath(QStringLiteral("Samples/Monthly"));
    QVERIFY(id);
    QVERIFY(m_model->indexForFolder(*id).isValid());
    QCOMPARE(inserted.count(), 3); // do, redo, redo
}

void tst_CatalogCommands::createReport()
{
    Report r = test::fullyPopulatedReport(m_archive.id);
    r.name = QStringLiteral("Fresh");
    checkDoUndoRedo(CatalogCommands::createReport(m_catalog->get(), r),
                    QStringLiteral("New report “Fresh”"));
    const auto id = (*m_catalog)->reportIdByName(m_archive.id, QStringLiteral("Fresh"));
    QVERIFY(id);
    QCOMPARE((*m_catalog)->report(*id)->tags, r.tags);
    // Duplicate name: fails, nothing pushed.
    const Status s =
        CatalogCommands::run(m_stack.get(), CatalogCommands::createReport(m_catalog->get(), r));
    QVERIFY(!s);
    QCOMPARE(m_stack->count(), 1);
}

void tst_CatalogCommands::renameFolder()
{
    checkDoUndoRedo(
        CatalogCommands::renameFolder(m_catalog->get(), m_weekly.id, QStringLiteral("Per week")),
        QStringLiteral("Rename “Weekly”"));
    QCOMPARE((*m_catalog)->folder(m_weekly.id)->name, QStringLiteral("Per week"));
}

void tst_CatalogCommands::renameReport()
{
    checkDoUndoRedo(CatalogCommands::renameReport(m_catalog->get(), m_full.id,
                                                  QStringLiteral("Everything, renamed")),
                    QStringLiteral("Rename “Everything”"), false);
    QCOMPARE((*m_catalog)->report(m_full.id)->name, QStringLiteral("Everything, renamed"));
}

void tst_CatalogCommands::renameFailureIsNotPushed()
{
    const CatalogState before = stateOf(**m_catalog);
    Status s = CatalogCommands::run(m_stack.get(),
                                    CatalogCommands::renameReport(m_catalog->get(), m_traffic.id,
                                                                  QStringLiteral("Everything")));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("already")), qPrintable(s.error()));
    s = CatalogCommands::run(
        m_stack.get(),
        CatalogCommands::renameFolder(m_catalog->get(), m_weekly.id, QStringLiteral("a/b")));
    QVERIFY(!s);
    s = CatalogCommands::run(
        m_stack.get(), CatalogCommands::renameFolder(m_catalog->get(), 4242, QStringLiteral("x")));
    QVERIFY(!s);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(stateOf(**m_catalog) == before);
}

void tst_CatalogCommands::moveReports()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    checkDoUndoRedo(
        CatalogCommands::moveReports(m_catalog->get(), {m_full.id, m_traffic.id}, m_archive.id),
        QStringLiteral("Move 2 items to “Archive”"), false);
    QCOMPARE((*m_catalog)->report(m_full.id)->folderId, m_archive.id);
    QCOMPARE(moved.count(), 2 * 5); // do, undo, redo, undo, redo
}

void tst_CatalogCommands::moveFolder()
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    checkDoUndoRedo(CatalogCommands::moveFolder(m_catalog->get(), m_weekly.id, 0),
                    QStringLiteral("Move “Weekly” to “Top level”"), false, true);
    QCOMPARE((*m_catalog)->folder(m_weekly.id)->parentId, 0);
    QCOMPARE(moved.count(), 5);
}

void tst_CatalogCommands::moveItemsMixed()
{
    checkDoUndoRedo(CatalogCommands::moveItems(m_catalog->get(), {m_weekly.id},
                                               {m_old.id, m_traffic.id}, m_archive.id),
                    QStringLiteral("Move 3 items to “Archive”"), false, true);
    QCOMPARE((*m_catalog)->folder(m_weekly.id)->parentId, m_archive.id);
    // Traffic travelled inside Weekly; Old was already there.
    QCOMPARE((*m_catalog)->report(m_traffic.id)->folderId, m_weekly.id);
    QCOMPARE((*m_catalog)->report(m_old.id)->folderId, m_archive.id);
}

void tst_CatalogCommands::moveIntoDescendantFails()
{
    const CatalogState before = stateOf(**m_catalog);
    const Status s = CatalogCommands::run(
        m_stack.get(), CatalogCommands::moveFolder(m_catalog->get(), m_samples.id, m_weekly.id));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("itself")), qPrintable(s.error()));
    // A later failure undoes the earlier folder moves of the same command.
    const Folder clash = m_catalog->addFolder(QStringLiteral("Weekly"), m_archive.id);
    const CatalogState withClash = stateOf(**m_catalog);
    const Status s2 = CatalogCommands::run(
        m_stack.get(), CatalogCommands::moveItems(m_catalog->get(), {m_samples.id, m_weekly.id}, {},
                                                  m_archive.id));
    QVERIFY(s2); // Weekly travels inside Samples, so no clash
    m_stack->undo();
    QVERIFY(looseStateOf(**m_catalog) == [&] {
        CatalogState s = withClash;
        for (Folder &f : s.folders)
            f.position = 0;
        for (Report &r : s.reports)
            r.updated = QDateTime();
        return s;
    }());
    const Folder other = m_catalog->addFolder(QStringLiteral("Other"));
    const Status s3 = CatalogCommands::run(
        m_stack.get(),
        CatalogCommands::moveItems(m_catalog->get(), {other.id, m_weekly.id}, {}, m_archive.id));
    QVERIFY(!s3);
    QCOMPARE((*m_catalog)->folder(other.id)->parentId, 0);
    QCOMPARE((*m_catalog)->folder(m_weekly.id)->parentId, m_samples.id);
    QCOMPARE(m_stack->count(), 1);
    Q_UNUSED(before);
    Q_UNUSED(clash);
}

void tst_CatalogCommands::deleteNonEmptyFolderAndUndo()
{
    const Folder deep = m_catalog->addFolder(QStringLiteral("Deep"), m_weekly.id);
    m_catalog->addReport(deep.id, QStringLiteral("Deep report"));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    checkDoUndoRedo(CatalogCommands::deleteItems(m_catalog->get(), {m_samples.id}, {}),
                    QStringLiteral("Delete “Samples”"));
    QVERIFY(!(*m_catalog)->folder(m_samples.id));
    QVERIFY(!(*m_catalog)->report(m_full.id));
    QVERIFY(removed.count() > 0);
    m_stack->undo();
    // Every field of the fully populated report is back, same id, same timestamps.
    QCOMPARE(*(*m_catalog)->report(m_full.id), m_full);
    QVERIFY(m_model->indexForReport(m_full.id).isValid());
    QCOMPARE(m_model->indexForFolder(deep.id).parent(), m_model->indexForFolder(m_weekly.id));
}

void tst_CatalogCommands::deleteMixedSelection()
{
    checkDoUndoRedo(CatalogCommands::deleteItems(m_catalog->get(), {m_weekly.id, m_samples.id},
                                                 {m_old.id, m_traffic.id}),
                    QStringLiteral("Delete 4 items"));
    QVERIFY((*m_catalog)->folder(m_archive.id));
    QVERIFY(!(*m_catalog)->report(m_old.id));
    QCOMPARE((*m_catalog)->folders().size(), 1);
}

void tst_CatalogCommands::duplicateReports()
{
    checkDoUndoRedo(CatalogCommands::duplicateReports(m_catalog->get(), {m_full.id, m_old.id}),
                    QStringLiteral("Duplicate 2 reports"));
    const auto copy =
        (*m_catalog)->reportIdByName(m_weekly.id, QStringLiteral("Everything (copy)"));
    QVERIFY(copy);
    QCOMPARE((*m_catalog)->report(*copy)->sections, m_full.sections);
}

void tst_CatalogCommands::setEnabled()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    // m_full is disabled already: only the two others change, undo restores them exactly.
    checkDoUndoRedo(
        CatalogCommands::setEnabled(m_catalog->get(), {m_full.id, m_traffic.id, m_old.id}, false),
        QStringLiteral("Disable 3 reports"), false);
    QVERIFY(changed.count() >= 2);
    QCOMPARE((*m_catalog)->report(m_traffic.id)->enabled, false);
    QCOMPARE((*m_catalog)->report(m_full.id)->enabled, false);
    m_stack->undo();
    QCOMPARE((*m_catalog)->report(m_traffic.id)->enabled, true);
    QCOMPARE((*m_catalog)->report(m_full.id)->enabled, false);
    QCOMPARE(m_model->indexForReport(m_traffic.id).data(CatalogTreeModel::EnabledRole).toBool(),
             true);
}

void tst_CatalogCommands::saveReport()
{
    Report edited = m_full;
    edited.title = QStringLiteral("A new title");
    edited.sections.removeLast();
    edited.tags.append(QStringLiteral("gamma"));
    checkDoUndoRedo(CatalogCommands::saveReport(m_catalog->get(), edited),
                    QStringLiteral("Edit “Everything”"));
    QCOMPARE((*m_catalog)->report(m_full.id)->title, QStringLiteral("A new title"));
    m_stack->undo();
    QCOMPARE(*(*m_catalog)->report(m_full.id), m_full);
    // An invalid edit is refused and nothing is pushed.
    edited.name = QString();
    QVERIFY(!CatalogCommands::run(m_stack.get(),
                                  CatalogCommands::saveReport(m_catalog->get(), edited)));
    QCOMPARE(*(*m_catalog)->report(m_full.id), m_full);
}

void tst_CatalogCommands::runWithoutStack()
{
    QVERIFY(CatalogCommands::run(
        nullptr, CatalogCommands::createFolder(m_catalog->get(), 0, QStringLiteral("Loose"))));
    QVERIFY((*m_catalog)->folderIdByPath(QStringLiteral("Loose")));
    QVERIFY(!CatalogCommands::run(nullptr, nullptr));
}

void tst_CatalogCommands::undoFailureIsRecorded()
{
    QVERIFY(CatalogCommands::run(
        m_stack.get(),
        CatalogCommands::renameFolder(m_catalog->get(), m_weekly.id, QStringLiteral("Per week"))));
    // Someone else takes the old name meanwhile (outside the stack).
    m_catalog->addFolder(QStringLiteral("Weekly"), m_samples.id);
    m_stack->undo();
    const auto *cmd = static_cast<const CatalogCommand *>(m_stack->command(0));
    QVERIFY2(cmd->lastError().contains(QStringLiteral("already exists")),
             qPrintable(cmd->lastError()));
    QCOMPARE((*m_catalog)->folder(m_weekly.id)->name, QStringLiteral("Per week"));
}

QTEST_MAIN(tst_CatalogCommands)
#include "tst_catalogcommands.moc"
