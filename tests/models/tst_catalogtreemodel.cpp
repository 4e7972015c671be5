#include "CatalogCommands.h"
#include "CatalogTreeModel.h"
#include "ModelSnapshot.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QMimeData>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

class tst_CatalogTreeModel : public QObject {
    Q_OBJECT

private slots:
    void loadsFoldersAndReports();
    void dataRoles();
    void mirrorsCatalogChanges();
    void renameThroughSetData();
    void renameRejectsBadNames_data();
    void renameRejectsBadNames();
    void withoutUndoStackIsReadOnly();
    void mimeDataCarriesSeveralItems();
    void dropMovesItemsAndIsUndoable();
    void refusesDropsIntoItselfOrDescendants();
    void reloadKeepsModelConsistent();

private:
    struct Fixture {
        TestCatalog catalog;
        QUndoStack stack;
        std::unique_ptr<CatalogTreeModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
        Folder samples, weekly, archive;
        Report traffic, errors, old;

        Fixture()
        {
            samples = catalog.addFolder(QStringLiteral("Samples"));
            weekly = catalog.addFolder(QStringLiteral("Weekly"), samples.id);
            archive = catalog.addFolder(QStringLiteral("Archive"));
            traffic = catalog.addReport(weekly.id, QStringLiteral("Traffic"));
            errors = catalog.addReport(weekly.id, QStringLiteral("Errors"));
            old = catalog.addReport(archive.id, QStringLiteral("Old"));
            model = std::make_unique<CatalogTreeModel>(catalog.get(), &stack);
            tester = std::make_unique<QAbstractItemModelTester>(
                model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
    };
};

void tst_CatalogTreeModel::loadsFoldersAndReports()
{
    Fixture f;
    QCOMPARE(f.model->rowCount(), 2); // Samples, Archive
    QCOMPARE(f.model->columnCount(), 1);
    const QModelIndex samples = f.model->indexForFolder(f.samples.id);
    QVERIFY(samples.isValid());
    QCOMPARE(samples.data().toString(), QStringLiteral("Samples"));
    QCOMPARE(f.model->rowCount(samples), 1);
    const QModelIndex weekly = f.model->indexForFolder(f.weekly.id);
    QCOMPARE(weekly.parent(), samples);
    QCOMPARE(f.model->rowCount(weekly), 2);
    const QModelIndex traffic = f.model->indexForReport(f.traffic.id);
    QCOMPARE(traffic.parent(), weekly);
    QCOMPARE(f.model->nodeType(traffic), CatalogTreeModel::NodeType::Report);
    QCOMPARE(f.model->folderId(traffic), f.weekly.id);
    QCOMPARE(f.model->reportId(traffic), f.traffic.id);
    QVERIFY(f.model->reportId(weekly).isNull());
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(*f.catalog));
    QVERIFY(!f.model->indexForFolder(999).isValid());
    QVERIFY(!f.model->indexForReport(QUuid::createUuid()).isValid());
}

void tst_CatalogTreeModel::dataRoles()
{
    Fixture f;
    Report r = f.traffic;
    r.title = QStringLiteral("Weekly traffic overview");
    r.tags = {QStringLiteral("web"), QStringLiteral("Ops")};
    r.enabled = false;
    QVERIFY(f.catalog->saveReport(r));

    const QModelIndex report = f.model->indexForReport(r.id);
    QCOMPARE(report.data(CatalogTreeModel::TitleRole).toString(), r.title);
    QCOMPARE(report.data(CatalogTreeModel::TagsRole).toStringList(), r.tags);
    QCOMPARE(report.data(CatalogTreeModel::EnabledRole).toBool(), false);
    QCOMPARE(report.data(CatalogTreeModel::PathRole).toString(),
             QStringLiteral("Samples/Weekly/Traffic"));
    QCOMPARE(report.data(CatalogTreeModel::SearchTextRole).toString(),
             QStringLiteral("traffic\nweekly traffic overview\nweb\nops"));
    QCOMPARE(report.data(CatalogTreeModel::ReportIdRole).toUuid(), r.id);
    QCOMPARE(report.data(CatalogTreeModel::FolderIdRole).toLongLong(), f.weekly.id);

    const QString tip = report.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(r.title), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Samples/Weekly/Traffic")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("web, Ops")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("(disabled)")), qPrintable(tip));
    QCOMPARE(report.data(Qt::ForegroundRole).value<QBrush>(),
             QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    QVERIFY(!f.model->indexForReport(f.errors.id).data(Qt::ForegroundRole).isValid());
    QVERIFY(!f.model->indexForReport(f.errors.id)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("(disabled)")));

    const QModelIndex samples = f.model->indexForFolder(f.samples.id);
    const QString folderTip = samples.data(Qt::ToolTipRole).toString();
    QVERIFY2(folderTip.contains(QStringLiteral("Samples")), qPrintable(folderTip));
    QVERIFY2(folderTip.contains(QStringLiteral("2 report")), qPrintable(folderTip));
    QCOMPARE(samples.data(CatalogTreeModel::EnabledRole).toBool(), true);
    QCOMPARE(samples.data(CatalogTreeModel::NodeTypeRole).toInt(),
             int(CatalogTreeModel::NodeType::Folder));

    // The icons come from the resources and render (needs the SVG image plugin).
    for (const QModelIndex &index : {samples, report, f.model->indexForReport(f.errors.id)}) {
        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        QVERIFY2(!icon.pixmap(16, 16).isNull(), "SVG icon does not render");
    }
    QCOMPARE(f.model->headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Name"));
}

void tst_CatalogTreeModel::mirrorsCatalogChanges()
{
    Fixture f;
    QSignalSpy inserted(f.model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(f.model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(f.model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    Catalog &c = *f.catalog;

    // Create
    const Folder monthly = f.catalog.addFolder(QStringLiteral("Monthly"), f.samples.id);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), f.model->indexForFolder(f.samples.id));
    const Report budget = f.catalog.addReport(monthly.id, QStringLiteral("Budget"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(0).value<QModelIndex>(), f.model->indexForFolder(monthly.id));
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));

    // Rename
    QVERIFY(c.renameFolder(monthly.id, QStringLiteral("Per month")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), f.model->indexForFolder(monthly.id));
    QVERIFY(c.renameReport(budget.id, QStringLiteral("Budget 2024")));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(f.model->indexForReport(budget.id).data().toString(), QStringLiteral("Budget 2024"));
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));

    // Move a folder and a report
    QPersistentModelIndex persistent(f.model->indexForReport(budget.id));
    QVERIFY(c.moveFolder(monthly.id, f.archive.id));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(f.model->indexForFolder(monthly.id).parent(), f.model->indexForFolder(f.archive.id));
    QCOMPARE(QModelIndex(persistent), f.model->indexForReport(budget.id));
    QVERIFY(c.moveFolder(monthly.id, 0));
    QCOMPARE(moved.count(), 2);
    QVERIFY(!f.model->indexForFolder(monthly.id).parent().isValid());
    QVERIFY(c.moveReports({f.traffic.id, f.errors.id}, f.archive.id));
    QCOMPARE(moved.count(), 4);
    QCOMPARE(f.model->rowCount(f.model->indexForFolder(f.weekly.id)), 0);
    QCOMPARE(f.model->indexForReport(f.traffic.id).parent(), f.model->indexForFolder(f.archive.id));
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));

    // Enable / disable
    changed.clear();
    QVERIFY(c.setReportsEnabled({f.traffic.id, f.old.id}, false));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(f.model->indexForReport(f.old.id).data(CatalogTreeModel::EnabledRole).toBool(), false);
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));

    // Delete a subtree, then restore it
    const CatalogSnapshot snapshot = c.snapshotFolder(f.archive.id);
    removed.clear();
    QVERIFY(c.deleteFolder(f.archive.id));
    QVERIFY(removed.count() >= 1);
    QVERIFY(!f.model->indexForFolder(f.archive.id).isValid());
    QVERIFY(!f.model->indexForReport(f.old.id).isValid());
    QVERIFY(!persistent.isValid() || persistent.model() == f.model.get());
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));
    inserted.clear();
    QVERIFY(c.restore(snapshot));
    QCOMPARE(inserted.count(), snapshot.folders.size() + snapshot.reports.size());
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));
    QCOMPARE(f.model->indexForReport(f.traffic.id).parent(), f.model->indexForFolder(f.archive.id));

    // Delete reports, delete a nested folder with content
    QVERIFY(c.deleteReports({f.traffic.id}));
    QVERIFY(!f.model->indexForReport(f.traffic.id).isValid());
    QVERIFY(c.deleteFolder(f.samples.id));
    QVERIFY(!f.model->indexForFolder(f.weekly.id).isValid());
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(c));
}

void tst_CatalogTreeModel::renameThroughSetData()
{
    Fixture f;
    QSignalSpy failed(f.model.get(), &CatalogTreeModel::editFailed);
    const QModelIndex traffic = f.model->indexForReport(f.traffic.id);
    QVERIFY(f.model->flags(traffic) & Qt::ItemIsEditable);
    QVERIFY(f.model->setData(traffic, QStringLiteral("Traffic by host")));
    QCOMPARE(f.catalog->report(f.traffic.id)->name, QStringLiteral("Traffic by host"));
    QCOMPARE(traffic.data().toString(), QStringLiteral("Traffic by host"));
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.stack.undoText(), QStringLiteral("Rename “Traffic”"));

    const QModelIndex weekly = f.model->indexForFolder(f.weekly.id);
    QVERIFY(f.model->setData(weekly, QStringLiteral("Per week")));
    QCOMPARE(f.catalog->folder(f.weekly.id)->name, QStringLiteral("Per week"));
    QCOMPARE(f.stack.count(), 2);

    f.stack.undo();
    f.stack.undo();
    QCOMPARE(f.catalog->folder(f.weekly.id)->name, QStringLiteral("Weekly"));
    QCOMPARE(f.catalog->report(f.traffic.id)->name, QStringLiteral("Traffic"));
    QCOMPARE(traffic.data().toString(), QStringLiteral("Traffic"));
    QCOMPARE(weekly.data().toString(), QStringLiteral("Weekly"));

    // Same name: nothing to do, nothing pushed
    QVERIFY(f.model->setData(traffic, QStringLiteral("Traffic")));
    QCOMPARE(f.stack.index(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(f.model->lastError().isEmpty());
}

void tst_CatalogTreeModel::renameRejectsBadNames_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("duplicate report")
        << false << QStringLiteral("Errors") << QStringLiteral("already");
    QTest::newRow("duplicate folder")
        << true << QStringLiteral("Archive") << QStringLiteral("already exists");
    QTest::newRow("slash") << false << QStringLiteral("a/b") << QStringLiteral("/");
    QTest::newRow("empty") << true << QString() << QStringLiteral("empty");
}

void tst_CatalogTreeModel::renameRejectsBadNames()
{
    QFETCH(bool, folder);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    Fixture f;
    // "Archive" is a top-level sibling of Samples; rename Samples to clash with it.
    const QModelIndex index =
        folder ? f.model->indexForFolder(f.samples.id) : f.model->indexForReport(f.traffic.id);
    const QStringList before = test::catalogRows(*f.catalog);
    QSignalSpy failed(f.model.get(), &CatalogTreeModel::editFailed);
    QSignalSpy changed(f.model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!f.model->setData(index, name));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(f.model->lastError(), message);
    QCOMPARE(test::catalogRows(*f.catalog), before);
    QCOMPARE(test::modelRows(*f.model), before);
    QCOMPARE(f.stack.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void tst_CatalogTreeModel::withoutUndoStackIsReadOnly()
{
    TestCatalog catalog;
    const Folder folder = catalog.addFolder(QStringLiteral("A"));
    catalog.addReport(folder.id, QStringLiteral("R"));
    CatalogTreeModel model(catalog.get(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.indexForFolder(folder.id);
    QVERIFY(!(model.flags(index) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(index) & Qt::ItemIsDragEnabled));
    QVERIFY(!model.setData(index, QStringLiteral("B")));
    QCOMPARE(catalog->folder(folder.id)->name, QStringLiteral("A"));
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0, index)}));
    QVERIFY(mime);
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, {}));
}

void tst_CatalogTreeModel::mimeDataCarriesSeveralItems()
{
    Fixture f;
    QCOMPARE(f.model->mimeTypes(), QStringList{QStringLiteral("application/x-reportdesk-items")});
    QCOMPARE(f.model->supportedDropActions(), Qt::MoveAction);
    std::unique_ptr<QMimeData> mime(f.model->mimeData(
        {f.model->indexForReport(f.traffic.id), f.model->indexForReport(f.errors.id),
         f.model->indexForFolder(f.weekly.id), f.model->indexForReport(f.traffic.id)}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-reportdesk-items")));
    QVERIFY(!f.model->mimeData({}));
}

void tst_CatalogTreeModel::dropMovesItemsAndIsUndoable()
{
    Fixture f;
    QSignalSpy moved(f.model.get(), &QAbstractItemModel::rowsMoved);
    const QStringList before = test::catalogRows(*f.catalog);
    std::unique_ptr<QMimeData> mime(f.model->mimeData(
        {f.model->indexForReport(f.traffic.id), f.model->indexForFolder(f.weekly.id)}));
    const QModelIndex archive = f.model->indexForFolder(f.archive.id);
    // The report travels with its folder: only Weekly moves.
    QVERIFY(f.model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, archive));
    QVERIFY(!f.model->canDropMimeData(mime.get(), Qt::CopyAction, -1, 0, archive));
    QVERIFY(f.model->dropMimeData(mime.get(), Qt::MoveAction, -1, 0, archive));
    QCOMPARE(f.catalog->folder(f.weekly.id)->parentId, f.archive.id);
    QCOMPARE(f.catalog->report(f.traffic.id)->folderId, f.weekly.id);
    QCOMPARE(f.model->indexForFolder(f.weekly.id).parent(), f.model->indexForFolder(f.archive.id));
    QCOMPARE(moved.count(), 1);
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.stack.undoText(), QStringLiteral("Move 2 items to “Archive”"));

    // Reports from two folders into a third, one undo step.
    std::unique_ptr<QMimeData> reports(f.model->mimeData(
        {f.model->indexForReport(f.old.id), f.model->indexForReport(f.errors.id)}));
    const QModelIndex samples = f.model->indexForFolder(f.samples.id);
    QVERIFY(f.model->dropMimeData(reports.get(), Qt::MoveAction, 0, 0, samples));
    QCOMPARE(f.catalog->report(f.old.id)->folderId, f.samples.id);
    QCOMPARE(f.catalog->report(f.errors.id)->folderId, f.samples.id);
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(*f.catalog));

    f.stack.undo();
    f.stack.undo();
    QCOMPARE(test::catalogRows(*f.catalog), before);
    QCOMPARE(test::modelRows(*f.model), before);
    f.stack.redo();
    QCOMPARE(f.catalog->folder(f.weekly.id)->parentId, f.archive.id);
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(*f.catalog));
}

void tst_CatalogTreeModel::refusesDropsIntoItselfOrDescendants()
{
    Fixture f;
    std::unique_ptr<QMimeData> samples(f.model->mimeData({f.model->indexForFolder(f.samples.id)}));
    QVERIFY(!f.model->canDropMimeData(samples.get(), Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.samples.id)));
    QVERIFY(!f.model->canDropMimeData(samples.get(), Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.weekly.id)));
    QVERIFY(!f.model->dropMimeData(samples.get(), Qt::MoveAction, -1, 0,
                                   f.model->indexForFolder(f.weekly.id)));
    // Already at the top level: nothing to move.
    QVERIFY(!f.model->canDropMimeData(samples.get(), Qt::MoveAction, -1, 0, {}));
    QVERIFY(f.model->canDropMimeData(samples.get(), Qt::MoveAction, -1, 0,
                                     f.model->indexForFolder(f.archive.id)));

    // Drops onto a report are refused; reports cannot go to the top level.
    std::unique_ptr<QMimeData> report(f.model->mimeData({f.model->indexForReport(f.old.id)}));
    QVERIFY(!f.model->canDropMimeData(report.get(), Qt::MoveAction, -1, 0,
                                      f.model->indexForReport(f.traffic.id)));
    QVERIFY(!f.model->canDropMimeData(report.get(), Qt::MoveAction, -1, 0, {}));
    QVERIFY(!f.model->canDropMimeData(report.get(), Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.archive.id)));
    QVERIFY(f.model->canDropMimeData(report.get(), Qt::MoveAction, -1, 0,
                                     f.model->indexForFolder(f.weekly.id)));

    // Foreign or malformed payloads.
    QMimeData junk;
    junk.setData(QStringLiteral("application/x-reportdesk-items"), QByteArray("xx"));
    QVERIFY(!f.model->canDropMimeData(&junk, Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.weekly.id)));
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!f.model->canDropMimeData(&text, Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.weekly.id)));
    QCOMPARE(f.stack.count(), 0);
}

void tst_CatalogTreeModel::reloadKeepsModelConsistent()
{
    Fixture f;
    QSignalSpy reset(f.model.get(), &QAbstractItemModel::modelReset);
    f.model->reload();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(*f.catalog));
    // A folder whose parent id is larger than its own still nests correctly after a reload.
    const Folder late = f.catalog.addFolder(QStringLiteral("Late"));
    QVERIFY(f.catalog->moveFolder(f.samples.id, late.id));
    f.model->reload();
    QCOMPARE(f.model->indexForFolder(f.samples.id).parent(), f.model->indexForFolder(late.id));
    QCOMPARE(test::modelRows(*f.model), test::catalogRows(*f.catalog));
}

QTEST_MAIN(tst_CatalogTreeModel)
#include "tst_catalogtreemodel.moc"
