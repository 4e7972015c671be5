// MainWindow against a real SQLite catalog, a real undo stack and a settings file in a temporary
// folder. Actions are triggered by objectName, as a user would through a menu or a shortcut;
// the window's questions (delete, unsaved changes) are answered through its Prompts hooks.
#include "CatalogFilterModel.h"
#include "CatalogTreeModel.h"
#include "FakeRemoteClient.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "editors/ReportEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RemoteItemPage.h"
#include "mainwindow/SelectionPage.h"
#include "PdfTools.h"
#include "RunHistoryModel.h"
#include "remote/RemoteSession.h"
#include "runs/RunHistoryView.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace reportdesk;
using reportdesk::remote::RemoteError;

namespace {

// Everything a MainWindow needs, real and local; the window goes first on destruction.
struct Fixture {
    Fixture()
        : settings(settingsDir.filePath(QStringLiteral("settings.ini")))
    {}

    MainWindow &open()
    {
        window = std::make_unique<MainWindow>(catalog.get(), &undoStack, &settings);
        MainWindow::Prompts prompts = window->prompts();
        prompts.confirm = [this](const QString &, const QString &text) {
            confirmations.append(text);
            return confirmAnswer;
        };
        prompts.unsavedChanges = [this](const QString &title) {
            unsavedQuestions.append(title);
            return unsavedAnswer;
        };
        prompts.error = [this](const QString &, const QString &message) {
            errors.append(message);
        };
        prompts.moveTarget = [this](const QList<qint64> &, bool) {
            return moveTarget;
        };
        window->setPrompts(prompts);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return *window;
    }

    QAction *action(const char *name) const { return test::findNamed<QAction>(window.get(), name); }

    template <typename T> T *widget(const char *name) const
    {
        return test::findNamed<T>(window.get(), name);
    }

    // The rows the tree shows below a proxy index, by display name.
    QStringList shownNames(const QModelIndex &parent = {}) const
    {
        QStringList names;
        const QAbstractItemModel *model = window->treeView()->model();
        for (int row = 0; row < model->rowCount(parent); ++row)
            names.append(model->index(row, 0, parent).data().toString());
        return names;
    }

    QModelIndex shownFolder(const QString &name) const
    {
        const QAbstractItemModel *model = window->treeView()->model();
        const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                                                   Qt::MatchExactly | Qt::MatchRecursive);
        return found.value(0);
    }

    void selectReports(const QList<QUuid> &ids)
    {
        QItemSelection selection;
        for (const QUuid &id : ids) {
            const QModelIndex proxy =
                window->filterModel()->mapFromSource(window->treeModel()->indexForReport(id));
            selection.select(proxy, proxy);
        }
        window->treeView()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    bool editorShows(const QUuid &id) const
    {
        return window->reportEditor()->isVisible() && window->reportEditor()->report().id == id;
    }

    QLineEdit *editorField(const char *name) const
    {
        return test::findNamed<QLineEdit>(window->reportEditor(), name);
    }

    // Types into a line edit as a user would (textEdited, not only textChanged).
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    test::TestCatalog catalog;
    QTemporaryDir settingsDir;
    Settings settings;
    QUndoStack undoStack;
    QStringList confirmations;
    QStringList unsavedQuestions;
    QStringList errors;
    bool confirmAnswer = true;
    MainWindow::UnsavedChoice unsavedAnswer = MainWindow::UnsavedChoice::Cancel;
    std::optional<qint64> moveTarget;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT

private slots:
    void actionsCreateFolderAndReport();
    void editTitleAndSave();
    void invalidEditorDisablesSave();
    void undoAndRedoCreate();
    void deleteFolderAsksAndUndoRestores();
    void enableDisableMultiSelection();
    void filterHidesNonMatchingReports();
    void settingsRestoreSelectionAndExpansion();
    void unsavedChangesCancelKeepsSelection();
    void unsavedChangesSaveAndDiscard();
    void moveToFolder();
    void duplicateSelectsCopies();
    void readOnlyCatalogDisablesEditing();
    void runNowRendersIntoTheArchive();
    void runNowSavesTheEditorFirst();
    void runHistoryFollowsTheSelection();
    void closingKeepsRunningInTheTray();
    void screenshots();
    void remoteServerNodeActions();
    void remoteActionsFollowTheServersCapabilities();
    void remoteRunNowTriggersOnTheServer();
    void remoteEnableDisable();
    void remoteDeleteAsksFirst();
    void remoteMoveToAndDrop();
    void remoteDetailsPage();
    void remoteErrorRowAndRefreshWithF5();
    void removeServerAsksAndTakesTheSecret();
    void remoteScreenshots();
};

void TstMainWindow::actionsCreateFolderAndReport()
{
    Fixture f;
    f.open();
    QVERIFY(f.catalog->isEmpty());
    QVERIFY(!f.action("actionNewReport")->isEnabled()); // a report needs a folder
    QCOMPARE(f.window->findChild<SelectionPage *>()->title(),
             QStringLiteral("The catalog is empty"));

    f.action("actionNewFolder")->trigger();
    const QList<Folder> folders = f.catalog->folders();
    QCOMPARE(folders.size(), 1);
    QCOMPARE(folders.first().name, QStringLiteral("New folder"));
    QCOMPARE(f.shownNames(), QStringList{QStringLiteral("New folder")});
    QVERIFY(f.action("actionNewReport")->isEnabled());
    // The new folder is selected, so the new report goes into it.
    f.action("actionNewReport")->trigger();
    const QList<ReportSummary> reports = f.catalog->reportSummaries();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().name, QStringLiteral("New report"));
    QCOMPARE(reports.first().folderId, folders.first().id);
    QCOMPARE(f.shownNames(f.shownFolder(QStringLiteral("New folder"))),
             QStringList{QStringLiteral("New report")});
    QVERIFY(f.editorShows(reports.first().id));

    // A second one gets a unique name.
    f.action("actionNewReport")->trigger();
    QCOMPARE(f.shownNames(f.shownFolder(QStringLiteral("New folder"))),
             (QStringList{QStringLiteral("New report"), QStringLiteral("New report 2")}));
    QCOMPARE(f.widget<QLabel>("reportCountLabel")->text(), QStringLiteral("2 reports"));
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::editTitleAndSave()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report report = f.catalog.addReport(folder.id, QStringLiteral("Traffic"));
    f.open();
    QVERIFY(f.window->selectReport(report.id));
    QVERIFY(f.editorShows(report.id));
    QAction *save = f.action("actionSave");
    QVERIFY(!save->isEnabled()); // unmodified

    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Traffic, week by week"));
    QVERIFY(f.window->reportEditor()->isModified());
    QVERIFY(save->isEnabled());
    QVERIFY(f.window->isWindowModified());
    save->trigger();
    QCOMPARE(f.catalog->report(report.id)->title, QStringLiteral("Traffic, week by week"));
    QVERIFY(!f.window->reportEditor()->isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(f.window->statusBar()->currentMessage().contains(
        QStringLiteral("Saved “Traffic, week by week”")));

    // The save is undoable like any tree edit.
    f.action("actionUndo")->trigger();
    QCOMPARE(f.catalog->report(report.id)->title, report.title);
    QCOMPARE(f.editorField("titleEdit")->text(), report.title); // the editor follows
}

void TstMainWindow::invalidEditorDisablesSave()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report report = f.catalog.addReport(folder.id, QStringLiteral("Traffic"));
    f.open();
    QVERIFY(f.window->selectReport(report.id));
    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Changed"));
    QVERIFY(f.action("actionSave")->isEnabled());
    Fixture::retype(f.editorField("nameEdit"), QString());
    QVERIFY(!f.window->reportEditor()->isValid());
    QVERIFY(!f.action("actionSave")->isEnabled());
    QVERIFY(f.action("actionRevert")->isEnabled());
    f.action("actionRevert")->trigger();
    QCOMPARE(f.editorField("nameEdit")->text(), QStringLiteral("Traffic"));
    QVERIFY(!f.action("actionSave")->isEnabled());
    QVERIFY(!f.action("actionRevert")->isEnabled());
}

void TstMainWindow::undoAndRedoCreate()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    f.open();
    QVERIFY(f.window->selectFolder(folder.id));
    f.action("actionNewReport")->trigger();
    QCOMPARE(f.catalog->reportSummaries().size(), 1);
    const QUuid id = f.catalog->reportSummaries().first().id;
    QVERIFY(f.action("actionUndo")->text().contains(QStringLiteral("New report")));

    f.action("actionUndo")->trigger();
    QVERIFY(!f.catalog->report(id));
    QVERIFY(f.shownNames(f.shownFolder(QStringLiteral("Weekly"))).isEmpty());
    QVERIFY(!f.window->reportEditor()->isVisible());

    f.action("actionRedo")->trigger();
    QVERIFY(f.catalog->report(id));
    QCOMPARE(f.shownNames(f.shownFolder(QStringLiteral("Weekly"))),
             QStringList{QStringLiteral("New report")});
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::deleteFolderAsksAndUndoRestores()
{
    Fixture f;
    const Folder top = f.catalog.addFolder(QStringLiteral("Ops"));
    const Folder sub = f.catalog.addFolder(QStringLiteral("Nightly"), top.id);
    const Folder other = f.catalog.addFolder(QStringLiteral("Other"));
    const Report a = f.catalog.addReport(top.id, QStringLiteral("Alpha"));
    const Report b = f.catalog.addReport(top.id, QStringLiteral("Beta"));
    const Report c = f.catalog.addReport(sub.id, QStringLiteral("Gamma"));
    const Report keep = f.catalog.addReport(other.id, QStringLiteral("Kept"));
    f.open();
    QVERIFY(f.window->selectFolder(top.id));

    // Declined: nothing happens.
    f.confirmAnswer = false;
    f.action("actionDelete")->trigger();
    QCOMPARE(f.confirmations.size(), 1);
    QCOMPARE(f.confirmations.first(),
             QStringLiteral("Delete the folder “Ops” and the 3 reports in it?"));
    QCOMPARE(f.catalog->folders().size(), 3);

    f.confirmAnswer = true;
    f.action("actionDelete")->trigger();
    QCOMPARE(f.catalog->folders().size(), 1);
    QCOMPARE(f.catalog->reportSummaries().size(), 1);
    QCOMPARE(f.shownNames(), QStringList{QStringLiteral("Other")});
    QCOMPARE(f.widget<QLabel>("reportCountLabel")->text(), QStringLiteral("1 report"));

    f.action("actionUndo")->trigger();
    QCOMPARE(f.catalog->folders().size(), 3);
    for (const Report &r : {a, b, c, keep})
        QCOMPARE(f.catalog->report(r.id)->name, r.name); // same ids
    QCOMPARE(f.shownNames(), (QStringList{QStringLiteral("Ops"), QStringLiteral("Other")}));
    QCOMPARE(
        f.shownNames(f.shownFolder(QStringLiteral("Ops"))),
        (QStringList{QStringLiteral("Nightly"), QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(f.widget<QLabel>("reportCountLabel")->text(), QStringLiteral("4 reports"));

    // A mixed selection names both parts.
    QItemSelection selection;
    const QModelIndex ops = f.shownFolder(QStringLiteral("Ops"));
    const QModelIndex kept =
        f.window->filterModel()->mapFromSource(f.window->treeModel()->indexForReport(keep.id));
    selection.select(ops, ops);
    selection.select(kept, kept);
    f.window->treeView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    f.action("actionDelete")->trigger();
    QCOMPARE(f.confirmations.last(),
             QStringLiteral("Delete 1 folder (with 3 reports in them) and 1 report?"));
    QVERIFY(f.catalog->reportSummaries().isEmpty());
    f.action("actionUndo")->trigger();
    QCOMPARE(f.catalog->reportSummaries().size(), 4);
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::enableDisableMultiSelection()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report a = f.catalog.addReport(folder.id, QStringLiteral("Alpha"));
    const Report b = f.catalog.addReport(folder.id, QStringLiteral("Beta"));
    const Report c = f.catalog.addReport(folder.id, QStringLiteral("Gamma"));
    f.open();

    f.selectReports({a.id, b.id});
    QCOMPARE(f.window->findChild<SelectionPage *>()->title(), QStringLiteral("2 items selected"));
    QVERIFY(f.action("actionDisable")->isEnabled());
    QVERIFY(!f.action("actionEnable")->isEnabled());
    f.action("actionDisable")->trigger();
    QVERIFY(!f.catalog->report(a.id)->enabled);
    QVERIFY(!f.catalog->report(b.id)->enabled);
    QVERIFY(f.catalog->report(c.id)->enabled);
    QVERIFY(f.action("actionEnable")->isEnabled());
    QVERIFY(!f.action("actionDisable")->isEnabled());

    // A folder stands for every report in it.
    QVERIFY(f.window->selectFolder(folder.id));
    QVERIFY(f.action("actionEnable")->isEnabled());
    QVERIFY(f.action("actionDisable")->isEnabled());
    f.action("actionEnable")->trigger();
    for (const Report &r : {a, b, c})
        QVERIFY(f.catalog->report(r.id)->enabled);

    f.action("actionUndo")->trigger();
    QVERIFY(!f.catalog->report(a.id)->enabled);
    QVERIFY(f.catalog->report(c.id)->enabled);
}

void TstMainWindow::filterHidesNonMatchingReports()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Samples"));
    const Folder other = f.catalog.addFolder(QStringLiteral("Other"));
    f.catalog.addReport(folder.id, QStringLiteral("Weekly traffic"));
    const Report errors = f.catalog.addReport(folder.id, QStringLiteral("Error digest"));
    f.catalog.addReport(other.id, QStringLiteral("Capacity"));
    f.open();
    auto *filter = f.widget<QLineEdit>("filterEdit");
    QVERIFY(filter->isClearButtonEnabled());

    f.action("actionFind")->trigger();
    QVERIFY(filter->hasFocus() || !QApplication::focusWidget()); // offscreen may not focus
    filter->setText(QStringLiteral("weekly"));
    QCOMPARE(f.shownNames(), QStringList{QStringLiteral("Samples")});
    const QModelIndex samples = f.shownFolder(QStringLiteral("Samples"));
    QCOMPARE(f.shownNames(samples), QStringList{QStringLiteral("Weekly traffic")});
    QVERIFY(f.window->treeView()->isExpanded(samples));
    QVERIFY(f.window->treeView()->isVisible());

    filter->setText(QStringLiteral("zzz"));
    auto *noMatches = f.widget<QLabel>("noMatchesLabel");
    QVERIFY(noMatches->isVisible());
    QCOMPARE(noMatches->text(), QStringLiteral("No reports match “zzz”"));

    filter->clear();
    QVERIFY(!noMatches->isVisible());
    QCOMPARE(f.shownNames(), (QStringList{QStringLiteral("Other"), QStringLiteral("Samples")}));

    // The state filter.
    QVERIFY(f.catalog->setReportsEnabled({errors.id}, false));
    auto *state = f.widget<QComboBox>("stateFilter");
    state->setCurrentIndex(state->findText(QStringLiteral("Disabled")));
    QCOMPARE(f.shownNames(), QStringList{QStringLiteral("Samples")});
    QCOMPARE(f.shownNames(f.shownFolder(QStringLiteral("Samples"))),
             QStringList{QStringLiteral("Error digest")});
    filter->setText(QStringLiteral("weekly"));
    QCOMPARE(noMatches->text(), QStringLiteral("No disabled reports match “weekly”"));
}

void TstMainWindow::settingsRestoreSelectionAndExpansion()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Samples"));
    const Folder sub = f.catalog.addFolder(QStringLiteral("Deep"), folder.id);
    const Report report = f.catalog.addReport(sub.id, QStringLiteral("Nested"));
    f.open();
    QVERIFY(f.window->selectReport(report.id)); // expands its parents
    f.window->treeView()->collapse(f.shownFolder(QStringLiteral("Samples")));
    QVERIFY(f.window->close());
    f.window.reset();
    QCOMPARE(f.settings.value(Settings::Key::LastSelection).toString(),
             QStringLiteral("report:") + report.id.toString(QUuid::WithoutBraces));

    f.open();
    QVERIFY(f.editorShows(report.id));
    QCOMPARE(f.window->treeView()->selectionModel()->selectedRows().size(), 1);
    // Deep stayed expanded; Samples was collapsed by the user, but the restored selection
    // opens the way to it.
    QVERIFY(f.window->treeView()->isExpanded(f.shownFolder(QStringLiteral("Deep"))));

    QVERIFY(f.window->selectFolder(sub.id));
    QVERIFY(f.window->close());
    f.window.reset();
    f.open();
    QVERIFY(!f.window->reportEditor()->isVisible());
    QCOMPARE(f.window->findChild<SelectionPage *>()->title(), QStringLiteral("Samples/Deep"));
    QCOMPARE(f.window->findChild<SelectionPage *>()->detail(), QStringLiteral("1 report"));
}

void TstMainWindow::unsavedChangesCancelKeepsSelection()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report a = f.catalog.addReport(folder.id, QStringLiteral("Alpha"));
    const Report b = f.catalog.addReport(folder.id, QStringLiteral("Beta"));
    f.open();
    QVERIFY(f.window->selectReport(a.id));
    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Edited"));

    f.unsavedAnswer = MainWindow::UnsavedChoice::Cancel;
    QVERIFY(!f.window->selectReport(b.id));
    QCOMPARE(f.unsavedQuestions, QStringList{QStringLiteral("Edited")});
    QVERIFY(f.editorShows(a.id));
    QCOMPARE(f.editorField("titleEdit")->text(), QStringLiteral("Edited"));
    const QModelIndexList rows = f.window->treeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data().toString(), QStringLiteral("Alpha"));

    // Closing asks too, and Cancel keeps the window open.
    QVERIFY(!f.window->close());
    QCOMPARE(f.unsavedQuestions.size(), 2);
    QVERIFY(f.window->isVisible());
}

void TstMainWindow::unsavedChangesSaveAndDiscard()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report a = f.catalog.addReport(folder.id, QStringLiteral("Alpha"));
    const Report b = f.catalog.addReport(folder.id, QStringLiteral("Beta"));
    f.open();
    QVERIFY(f.window->selectReport(a.id));
    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Discarded"));
    f.unsavedAnswer = MainWindow::UnsavedChoice::Discard;
    QVERIFY(f.window->selectReport(b.id));
    QVERIFY(f.editorShows(b.id));
    QCOMPARE(f.catalog->report(a.id)->title, a.title);

    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Kept"));
    f.unsavedAnswer = MainWindow::UnsavedChoice::Save;
    QVERIFY(f.window->selectReport(a.id));
    QCOMPARE(f.catalog->report(b.id)->title, QStringLiteral("Kept"));

    // A rename in the tree while the editor has changes survives the editor's save.
    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Alpha, edited"));
    const QModelIndex alpha = f.window->treeView()->selectionModel()->selectedRows().first();
    QVERIFY(f.window->treeView()->model()->setData(alpha, QStringLiteral("Alpha renamed")));
    f.action("actionSave")->trigger();
    QCOMPARE(f.catalog->report(a.id)->name, QStringLiteral("Alpha renamed"));
    QCOMPARE(f.catalog->report(a.id)->title, QStringLiteral("Alpha, edited"));
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::moveToFolder()
{
    Fixture f;
    const Folder from = f.catalog.addFolder(QStringLiteral("From"));
    const Folder to = f.catalog.addFolder(QStringLiteral("To"));
    const Report a = f.catalog.addReport(from.id, QStringLiteral("Alpha"));
    const Report b = f.catalog.addReport(from.id, QStringLiteral("Beta"));
    f.open();
    f.selectReports({a.id, b.id});
    f.moveTarget = std::nullopt; // cancelled
    f.action("actionMoveTo")->trigger();
    QCOMPARE(f.catalog->report(a.id)->folderId, from.id);

    f.moveTarget = to.id;
    f.action("actionMoveTo")->trigger();
    QCOMPARE(f.catalog->report(a.id)->folderId, to.id);
    QCOMPARE(f.catalog->report(b.id)->folderId, to.id);
    QCOMPARE(f.shownNames(f.shownFolder(QStringLiteral("To"))),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    f.action("actionUndo")->trigger();
    QCOMPARE(f.catalog->report(a.id)->folderId, from.id);
}

void TstMainWindow::duplicateSelectsCopies()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report a = f.catalog.addReport(folder.id, QStringLiteral("Alpha"));
    f.open();
    QVERIFY(f.window->selectReport(a.id));
    f.action("actionDuplicate")->trigger();
    QCOMPARE(f.catalog->reportSummaries().size(), 2);
    const QModelIndexList rows = f.window->treeView()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().data().toString() != QStringLiteral("Alpha"));
    QVERIFY(f.editorShows(rows.first().data(CatalogTreeModel::ReportIdRole).toUuid()));
}

void TstMainWindow::readOnlyCatalogDisablesEditing()
{
    Fixture f;
    const Folder folder = f.catalog.addFolder(QStringLiteral("Weekly"));
    const Report a = f.catalog.addReport(folder.id, QStringLiteral("Alpha"));
    QString error;
    std::unique_ptr<Catalog> readOnly = Catalog::openSqlite(f.catalog.path(), &error, true);
    QVERIFY2(readOnly, qPrintable(error));
    QVERIFY(readOnly->isReadOnly());

    MainWindow window(readOnly.get(), &f.undoStack, &f.settings);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->isVisibleTo(&window));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    QVERIFY(window.selectReport(a.id));
    for (const char *name :
         {"actionNewReport", "actionNewFolder", "actionDuplicate", "actionRename", "actionDelete",
          "actionDisable", "actionMoveTo", "actionSave"})
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
}

// Not a check: with REPORTDESK_SCREENSHOT_DIR set, saves pictures of the window's states for a
// person to look at (run under Xvfb with QT_QPA_PLATFORM=xcb for real rendering).
void TstMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SCREENSHOT_DIR to take screenshots");
    Fixture f;
    const Folder ops = f.catalog.addFolder(QStringLiteral("Operations"));
    const Folder nightly = f.catalog.addFolder(QStringLiteral("Nightly"), ops.id);
    const Report a = f.catalog.addReport(ops.id, QStringLiteral("Capacity"));
    const Report b = f.catalog.addReport(ops.id, QStringLiteral("Incidents"));
    f.catalog.addReport(nightly.id, QStringLiteral("Backups"));
    f.open();
    f.window->resize(1280, 800);
    auto grab = [&](const char *name) {
        QVERIFY(f.window->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };
    QVERIFY(f.window->selectFolder(ops.id));
    grab("folder.png");
    f.selectReports({a.id, b.id});
    grab("multi.png");
    f.widget<QLineEdit>("filterEdit")->setText(QStringLiteral("quarterly"));
    grab("nomatch.png");
    f.widget<QLineEdit>("filterEdit")->clear();
    QVERIFY(f.window->selectFolder(nightly.id));
    f.action("actionNewReport")->trigger();
    grab("newreport.png");
}

namespace {
// A report that renders without a data source: a title and one paragraph.
Report textReport(test::TestCatalog &catalog, const QString &name)
{
    const auto folder = catalog->folderIdByPath(QStringLiteral("Runs"));
    Report r =
        catalog.addReport(folder ? *folder : catalog.addFolder(QStringLiteral("Runs")).id, name);
    Section text;
    text.kind = Section::Kind::Text;
    text.text = QStringLiteral("Paragraph of %1.").arg(name);
    r.sections = {text};
    r.formats = {QStringLiteral("pdf")};
    return catalog->saveReport(r).value();
}

// A real scheduler over a temporary archive, as Application builds it.
struct Scheduling {
    explicit Scheduling(Catalog *catalog)
        : executor(1)
        , scheduler(catalog, &executor, [this] {
            SchedulerOptions o;
            o.archiveRoot = archive.path();
            return o;
        }())
    {}
    QTemporaryDir archive;
    RunExecutor executor;
    Scheduler scheduler;
};
} // namespace

void TstMainWindow::runNowRendersIntoTheArchive()
{
    Fixture f;
    const Report report = textReport(f.catalog, QStringLiteral("Ops digest"));
    Scheduling s(f.catalog.get());
    f.open();
    QVERIFY(!f.action("actionRunNow")->isVisible()); // no scheduler yet
    f.window->setScheduler(&s.scheduler);
    QAction *runNow = f.action("actionRunNow");
    QVERIFY(runNow->isVisible());
    QVERIFY(f.window->selectReport(report.id));
    QVERIFY(runNow->isEnabled());

    runNow->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(f.catalog->runs().value(0).state, Run::State::Succeeded, 20000);
    const Run run = f.catalog->runs().first();
    QCOMPARE(run.reportId, report.id);
    QCOMPARE(run.trigger, Run::Trigger::Manual);
    QCOMPARE(run.artifacts.size(), 1);
    QVERIFY(run.artifacts.first().path.startsWith(s.archive.path()));
    QVERIFY(test::pdfText(run.artifacts.first().path)
                .contains(QStringLiteral("Paragraph of Ops digest")));
    QVERIFY2(f.window->statusBar()->currentMessage().contains(QStringLiteral("is ready: 1 file")),
             qPrintable(f.window->statusBar()->currentMessage()));
    // The history shows it without a refresh.
    QTRY_COMPARE(f.window->runHistory()->model()->rowCount(), 1);

    // The status bar follows the scheduler: paused (from the tray), then nothing scheduled.
    auto *next = f.widget<QLabel>("nextRunLabel");
    QCOMPARE(next->text(), QStringLiteral("Nothing scheduled"));
    s.scheduler.setPaused(true);
    QCOMPARE(next->text(), QStringLiteral("Scheduling paused"));
    s.scheduler.setPaused(false);
    QCOMPARE(next->text(), QStringLiteral("Nothing scheduled"));

    // Nothing to run when a folder without reports is selected.
    const Folder empty = f.catalog.addFolder(QStringLiteral("Empty"));
    QVERIFY(f.window->selectFolder(empty.id));
    QVERIFY(!runNow->isEnabled());
    f.window.reset();
}

void TstMainWindow::runNowSavesTheEditorFirst()
{
    Fixture f;
    const Report report = textReport(f.catalog, QStringLiteral("Ops digest"));
    Scheduling s(f.catalog.get());
    f.open();
    f.window->setScheduler(&s.scheduler);
    QVERIFY(f.window->selectReport(report.id));
    Fixture::retype(f.editorField("titleEdit"), QStringLiteral("Edited just before the run"));

    // Cancel: nothing runs and the edit stays in the editor.
    f.unsavedAnswer = MainWindow::UnsavedChoice::Cancel;
    f.action("actionRunNow")->trigger();
    QCOMPARE(f.unsavedQuestions.size(), 1);
    QVERIFY(f.catalog->runs().isEmpty());
    QVERIFY(f.window->reportEditor()->isModified());

    // Save: the run renders what the user sees in the editor.
    f.unsavedAnswer = MainWindow::UnsavedChoice::Save;
    f.action("actionRunNow")->trigger();
    QCOMPARE(f.catalog->report(report.id)->title, QStringLiteral("Edited just before the run"));
    QTRY_COMPARE_WITH_TIMEOUT(f.catalog->runs().value(0).state, Run::State::Succeeded, 20000);
    QVERIFY(test::pdfText(f.catalog->runs().first().artifacts.first().path)
                .contains(QStringLiteral("Edited just before the run")));
    f.window.reset();
}

void TstMainWindow::runHistoryFollowsTheSelection()
{
    Fixture f;
    const Report a = textReport(f.catalog, QStringLiteral("Alpha"));
    const Report b = textReport(f.catalog, QStringLiteral("Beta"));
    Scheduling s(f.catalog.get());
    QVERIFY(s.scheduler.runNow(a.id));
    QVERIFY(s.scheduler.runNow(b.id));
    f.open();
    f.window->setScheduler(&s.scheduler);
    QAction *toggle = f.action("actionRunHistory");
    auto *dock = f.widget<QDockWidget>("runHistoryDock");
    QVERIFY(dock);
    QVERIFY(!dock->isVisible()); // hidden until asked for (Settings default)
    toggle->trigger();
    QVERIFY(dock->isVisible());

    QVERIFY(f.window->selectReport(a.id));
    QCOMPARE(f.window->runHistory()->reportScope(), a.id);
    QTRY_COMPARE(f.window->runHistory()->model()->rowCount(), 1);
    QVERIFY(f.window->runHistory()->scopeText().contains(QStringLiteral("Alpha")));
    QVERIFY(f.window->selectFolder(f.catalog->folderIdByPath(QStringLiteral("Runs")).value()));
    QVERIFY(f.window->runHistory()->reportScope().isNull());
    QTRY_COMPARE(f.window->runHistory()->model()->rowCount(), 2);

    // A notification's "show me" opens the history on that run, whatever the scope was.
    QVERIFY(f.window->selectReport(a.id));
    const qint64 bRun = f.catalog->runs(RunFilter{b.id, std::nullopt, 10}).first().id;
    f.window->showRun(bRun);
    QCOMPARE(f.window->runHistory()->currentRun().value().id, bRun);

    // The choice to show the dock survives a restart.
    f.window->saveWindowState();
    QVERIFY(f.settings.value(Settings::Key::RunHistoryVisible).toBool());
    f.window.reset();
    f.open();
    f.window->setScheduler(&s.scheduler);
    QVERIFY(f.widget<QDockWidget>("runHistoryDock")->isVisible());
    QTRY_VERIFY(s.executor.waitForDone(0));
    f.window.reset();
}

void TstMainWindow::closingKeepsRunningInTheTray()
{
    Fixture f;
    f.open();
    QSignalSpy hidden(f.window.get(), &MainWindow::hiddenToTray);
    f.window->setKeepRunningOnClose(true);
    QVERIFY(!f.window->close()); // the event is ignored: the app keeps running
    QVERIFY(!f.window->isVisible());
    QCOMPARE(hidden.size(), 1);
    f.window->showAndActivate();
    QVERIFY(f.window->isVisible());

    // Quitting asks the guard (runs under way); "stay" keeps everything as it is.
    int asked = 0;
    f.window->setQuitGuard([&] {
        ++asked;
        return false;
    });
    QVERIFY(!f.window->requestQuit());
    QCOMPARE(asked, 1);
    QVERIFY(f.window->isVisible());

    // Without a tray, closing the window is quitting: the guard is asked there too.
    f.window->setKeepRunningOnClose(false);
    QVERIFY(!f.window->close());
    QCOMPARE(asked, 2);
    QVERIFY(f.window->isVisible());
    f.window->setQuitGuard([] { return true; });
    QVERIFY(f.window->close());
}

namespace {

// Two servers beside the local catalog, as Application wires them: a RemoteSession over the
// real in-memory secret store, fake clients from the factory. "ops" is an OpenObserve server
// with folders that moves reports; "dash" a Grafana server without folders or moves.
struct Remote {
    explicit Remote(Fixture &fixture)
        : f(fixture)
    {
        o2.folders = {{QStringLiteral("f1"), QStringLiteral("Weekly")},
                      {QStringLiteral("f2"), QStringLiteral("Archive")}};
        o2.items = {
            test::fakeItem(QStringLiteral("r1"), QStringLiteral("Latency"), QStringLiteral("f1")),
            test::fakeItem(QStringLiteral("r2"), QStringLiteral("Errors"), QStringLiteral("f1"),
                           false),
            test::fakeItem(QStringLiteral("r3"), QStringLiteral("Old"), QStringLiteral("f2"))};
        grafana.capabilities = {remote::Capability::Enable, remote::Capability::Trigger,
                                remote::Capability::Delete};
        grafana.items = {
            test::fakeItem(QStringLiteral("7"), QStringLiteral("Daily KPIs")),
            test::fakeItem(QStringLiteral("8"), QStringLiteral("Render job"), {}, std::nullopt)};
        ops = add(QStringLiteral("ops"), RemoteServer::Kind::OpenObserve, &o2);
        dash = add(QStringLiteral("dash"), RemoteServer::Kind::Grafana, &grafana);
        session = std::make_unique<remote::RemoteSession>(
            f.catalog.get(), &secrets, [this](const RemoteServer &s, const QString &, QString *) {
                return std::unique_ptr<remote::RemoteClient>(
                    std::make_unique<test::FakeRemoteClient>(s, servers.value(s.name)));
            });
    }

    ~Remote() { f.window.reset(); } // the window goes before the session it shows

    RemoteServer add(const QString &name, RemoteServer::Kind kind, test::FakeServer *state)
    {
        RemoteServer s;
        s.kind = kind;
        s.name = name;
        s.baseUrl = QUrl(QStringLiteral("https://%1.example.com/").arg(name));
        s.organisation = QStringLiteral("default");
        s.auth = RemoteServer::authMethods(kind).constLast(); // a token or client secret
        s.userName = QStringLiteral("reportdesk");
        const Result<RemoteServer> stored = f.catalog->saveServer(s);
        if (!stored)
            qFatal("cannot save the server: %s", qPrintable(stored.error()));
        const RemoteServer saved = stored.value();
        if (!secrets.writeNow(SecretStore::serverKey(saved.id), QStringLiteral("token")))
            qFatal("cannot store the secret");
        servers.insert(name, state);
        return saved;
    }

    MainWindow &open()
    {
        f.open();
        f.window->setRemoteSession(session.get());
        f.window->setServerEditor([this](const QUuid &id) { edited.append(id); });
        MainWindow::Prompts prompts = f.window->prompts();
        prompts.confirmPermanent = [this](const QString &, const QString &text,
                                          const QString &action) {
            permanent.append(text);
            permanentActions.append(action);
            return permanentAnswer;
        };
        prompts.remoteMoveTarget = [this](const QString &server,
                                          const QList<remote::RemoteFolder> &folders,
                                          const QString &current) {
            moveServer = server;
            offered = folders;
            moveCurrent = current;
            return moveTarget;
        };
        f.window->setPrompts(prompts);
        return *f.window;
    }

    CatalogTreeModel *model() const { return f.window->treeModel(); }

    // Expands a server or remote folder in the view, as a click would, and waits for it.
    bool expand(const QModelIndex &source)
    {
        const QModelIndex proxy = f.window->filterModel()->mapFromSource(source);
        f.window->treeView()->expand(proxy);
        return QTest::qWaitFor(
            [&] { return model()->loadState(source) == CatalogTreeModel::LoadState::Loaded; },
            5000);
    }

    bool openOps()
    {
        return expand(model()->indexForServer(ops.id)) &&
               expand(model()->indexForRemoteFolder(ops.id, QStringLiteral("f1")));
    }

    bool selectItem(const RemoteServer &server, const QString &id)
    {
        return f.window->selectRemoteItem(server.id, id);
    }

    QString status() const { return f.window->statusBar()->currentMessage(); }

    Fixture &f;
    SessionSecretStore secrets{QStringLiteral("tests")};
    test::FakeServer o2;
    test::FakeServer grafana;
    QHash<QString, test::FakeServer *> servers;
    std::unique_ptr<remote::RemoteSession> session;
    RemoteServer ops;
    RemoteServer dash;
    QList<QUuid> edited;
    QStringList permanent;
    QStringList permanentActions;
    bool permanentAnswer = true;
    QString moveServer;
    QList<remote::RemoteFolder> offered;
    QString moveCurrent;
    std::optional<QString> moveTarget;
};

} // namespace

void TstMainWindow::remoteServerNodeActions()
{
    Fixture f;
    const Folder local = f.catalog.addFolder(QStringLiteral("Samples"));
    const Report report = f.catalog.addReport(local.id, QStringLiteral("Traffic"));
    Remote r(f);
    r.open();
    QCOMPARE(f.shownNames(), (QStringList{QStringLiteral("Samples"), QStringLiteral("dash"),
                                          QStringLiteral("ops")}));
    // Servers are no reports: the count stays the catalog's.
    QCOMPARE(f.widget<QLabel>("reportCountLabel")->text(), QStringLiteral("1 report"));

    QVERIFY(f.window->selectServer(r.ops.id));
    QCOMPARE(f.window->findChild<SelectionPage *>()->title(), QStringLiteral("OpenObserve “ops”"));
    QVERIFY(f.action("actionRefreshServer")->isEnabled());
    QVERIFY(f.action("actionEditServer")->isEnabled());
    QVERIFY(f.action("actionRemoveServer")->isEnabled());
    QVERIFY(f.action("actionNewServer")->isEnabled());
    // Local-only actions are off on a server, and say why.
    for (const char *name :
         {"actionNewReport", "actionNewFolder", "actionDuplicate", "actionRename"}) {
        QVERIFY2(!f.action(name)->isEnabled(), name);
        QCOMPARE(f.action(name)->toolTip(),
                 QStringLiteral("This works on local reports and folders only."));
    }
    for (const char *name :
         {"actionEnable", "actionDisable", "actionDelete", "actionMoveTo", "actionRunNow"})
        QVERIFY2(!f.action(name)->isEnabled(), name); // no items selected

    f.action("actionEditServer")->trigger();
    f.action("actionNewServer")->trigger();
    QCOMPARE(r.edited, (QList<QUuid>{r.ops.id, QUuid()}));

    // Back on a local report: everything as before, default tool tips included.
    QVERIFY(f.window->selectReport(report.id));
    QVERIFY(f.action("actionRename")->isEnabled());
    QCOMPARE(f.action("actionRename")->toolTip(), QStringLiteral("Rename the selected item"));
    QVERIFY(!f.action("actionRefreshServer")->isEnabled());
    QVERIFY(!f.action("actionEditServer")->isEnabled());
    QVERIFY(f.editorShows(report.id));
    // F5 is the preview's again there: the servers' Refresh does not take it away.
    QTRY_VERIFY(f.action("actionPreviewRefresh")->isEnabled());
    QSignalSpy previewRefresh(f.action("actionPreviewRefresh"), &QAction::triggered);
    QSignalSpy serverRefresh(f.action("actionRefreshServer"), &QAction::triggered);
    f.window->treeView()->setFocus();
    QTest::keyClick(f.window->treeView(), Qt::Key_F5);
    QCOMPARE(previewRefresh.size(), 1);
    QCOMPARE(serverRefresh.size(), 0);
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::remoteActionsFollowTheServersCapabilities()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.expand(r.model()->indexForServer(r.dash.id)));
    remote::RemoteClient *client = r.session->existingClient(r.dash.id);
    QVERIFY(client);

    // Grafana: no folders to move between; the reason is the client's own.
    QVERIFY(r.selectItem(r.dash, QStringLiteral("7")));
    QAction *moveTo = f.action("actionMoveTo");
    QVERIFY(!moveTo->isEnabled());
    QCOMPARE(moveTo->toolTip(), client->unsupportedReason(remote::Capability::Move));
    QVERIFY(f.action("actionDisable")->isEnabled());
    QVERIFY(!f.action("actionEnable")->isEnabled()); // it is enabled already
    QVERIFY(f.action("actionRunNow")->isEnabled());
    QVERIFY(f.action("actionRunNow")->isVisible()); // without a scheduler too
    QVERIFY2(f.action("actionRunNow")->toolTip().contains(QStringLiteral("Grafana “dash”")),
             qPrintable(f.action("actionRunNow")->toolTip()));
    QVERIFY(f.action("actionDelete")->isEnabled());

    // A render job has no enabled state: neither Enable nor Disable.
    QVERIFY(r.selectItem(r.dash, QStringLiteral("8")));
    QVERIFY(!f.action("actionEnable")->isEnabled());
    QVERIFY(!f.action("actionDisable")->isEnabled());

    // A server that cannot run reports on request or delete them.
    r.grafana.capabilities = {remote::Capability::Enable};
    QVERIFY(r.selectItem(r.dash, QStringLiteral("7")));
    QVERIFY(!f.action("actionRunNow")->isEnabled());
    QCOMPARE(f.action("actionRunNow")->toolTip(),
             client->unsupportedReason(remote::Capability::Trigger));
    QVERIFY(!f.action("actionDelete")->isEnabled());
    QCOMPARE(f.action("actionDelete")->toolTip(),
             client->unsupportedReason(remote::Capability::Delete));
    // The details page's buttons say the same.
    auto *runButton = f.widget<QPushButton>("actionRunNowRemoteButton");
    QVERIFY(!runButton->isEnabled());
    QCOMPARE(runButton->toolTip(), client->unsupportedReason(remote::Capability::Trigger));

    // Items of two servers together: nothing acts on both.
    QVERIFY(r.openOps());
    QItemSelection both;
    for (const QModelIndex &source :
         {r.model()->indexForRemoteItem(r.dash.id, QStringLiteral("7")),
          r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r1"))}) {
        const QModelIndex proxy = f.window->filterModel()->mapFromSource(source);
        both.select(proxy, proxy);
    }
    f.window->treeView()->selectionModel()->select(both, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    for (const char *name : {"actionEnable", "actionDisable", "actionDelete", "actionMoveTo",
                             "actionRunNow", "actionEditServer", "actionRemoveServer"})
        QVERIFY2(!f.action(name)->isEnabled(), name);
    QVERIFY(f.action("actionRefreshServer")->isEnabled());
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::remoteRunNowTriggersOnTheServer()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.expand(r.model()->indexForServer(r.dash.id)));
    QVERIFY(r.selectItem(r.dash, QStringLiteral("7")));
    r.grafana.hold = true;
    f.action("actionRunNow")->trigger();
    QCOMPARE(r.status(), QStringLiteral("Starting “Daily KPIs” on Grafana “dash”…"));
    QTRY_COMPARE(r.grafana.held.size(), 1);
    QCOMPARE(r.grafana.calls.last(), QStringLiteral("trigger 7"));
    r.grafana.hold = false;
    r.grafana.release();
    QTRY_COMPARE(r.status(), QStringLiteral("Started “Daily KPIs” on Grafana “dash”."));
    // The server is asked again afterwards (a run changes its status).
    QTRY_COMPARE(r.grafana.calls.last(), QStringLiteral("listItems"));

    // A refusal is the server's error, in the status bar and the error prompt.
    RemoteError busy(RemoteError::Kind::HttpServerError, QStringLiteral("Grafana “dash”"),
                     QStringLiteral("send the report"));
    busy.setHttpStatus(503);
    r.grafana.failures.insert(QStringLiteral("trigger"), busy);
    f.action("actionRunNow")->trigger();
    QTRY_COMPARE(f.errors.size(), 1);
    QCOMPARE(f.errors.first(), busy.text());
    QCOMPARE(r.status(), busy.text());
}

void TstMainWindow::remoteEnableDisable()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.openOps());
    QVERIFY(r.selectItem(r.ops, QStringLiteral("r2")));
    QVERIFY(f.action("actionEnable")->isEnabled());
    QVERIFY(!f.action("actionDisable")->isEnabled());
    f.action("actionEnable")->trigger();
    QTRY_COMPARE(r.status(), QStringLiteral("Enabled “Errors” on OpenObserve “ops”."));
    QVERIFY(r.o2.calls.contains(QStringLiteral("setEnabled r2 on")));
    // The tree shows what the server says now; the selection stays on the item.
    const QModelIndex errors = r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r2"));
    QTRY_VERIFY(errors.data(CatalogTreeModel::EnabledRole).toBool());
    QTRY_VERIFY(f.action("actionDisable")->isEnabled());
    QVERIFY(!f.action("actionEnable")->isEnabled());
    QCOMPARE(f.widget<QLabel>("remoteEnabledValue")->text(), QStringLiteral("Yes"));

    // Both items at once: only the one that changes is sent.
    QItemSelection selection;
    for (const QString &id : {QStringLiteral("r1"), QStringLiteral("r2")}) {
        const QModelIndex proxy =
            f.window->filterModel()->mapFromSource(r.model()->indexForRemoteItem(r.ops.id, id));
        selection.select(proxy, proxy);
    }
    QVERIFY(r.o2.item(QStringLiteral("r1"))->enabled.value());
    r.o2.item(QStringLiteral("r1"))->enabled = false;
    r.model()->refresh(r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f1")));
    QTRY_VERIFY(!r.model()
                     ->indexForRemoteItem(r.ops.id, QStringLiteral("r1"))
                     .data(CatalogTreeModel::EnabledRole)
                     .toBool());
    f.window->treeView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    QCOMPARE(f.window->findChild<SelectionPage *>()->title(), QStringLiteral("2 items selected"));
    r.o2.calls.clear();
    f.action("actionDisable")->trigger();
    QTRY_COMPARE(r.status(), QStringLiteral("Disabled “Errors” on OpenObserve “ops”."));
    QCOMPARE(r.o2.calls.first(), QStringLiteral("setEnabled r2 off"));
    QVERIFY(!r.o2.calls.contains(QStringLiteral("setEnabled r1 off")));
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::remoteDeleteAsksFirst()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.openOps());
    QVERIFY(r.selectItem(r.ops, QStringLiteral("r1")));

    r.permanentAnswer = false;
    f.action("actionDelete")->trigger();
    QCOMPARE(r.permanent.size(), 1);
    QCOMPARE(r.permanent.first(),
             QStringLiteral("Delete “Latency” from OpenObserve “ops”? It is deleted on the "
                            "server, for everyone."));
    QCOMPARE(r.permanentActions.first(), QStringLiteral("Delete"));
    QVERIFY(f.confirmations.isEmpty()); // not the undoable question
    QTest::qWait(20);
    QVERIFY(!r.o2.calls.join(QLatin1Char('|')).contains(QStringLiteral("remove")));

    r.permanentAnswer = true;
    f.action("actionDelete")->trigger();
    QTRY_COMPARE(r.status(), QStringLiteral("Deleted “Latency” from OpenObserve “ops”."));
    QVERIFY(r.o2.calls.contains(QStringLiteral("remove r1")));
    QTRY_VERIFY(!r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r1")).isValid());
    QCOMPARE(f.shownNames(f.window->filterModel()->mapFromSource(
                 r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f1")))),
             QStringList{QStringLiteral("Errors")});
    QCOMPARE(f.undoStack.count(), 0); // nothing to undo: it happened on the server
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::remoteMoveToAndDrop()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.openOps());
    QVERIFY(r.expand(r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f2"))));
    QVERIFY(r.selectItem(r.ops, QStringLiteral("r1")));
    QVERIFY(f.action("actionMoveTo")->isEnabled());

    // Cancelled: nothing moves.
    f.action("actionMoveTo")->trigger();
    QCOMPARE(r.moveServer, QStringLiteral("OpenObserve “ops”"));
    QCOMPARE(r.moveCurrent, QStringLiteral("f1"));
    QCOMPARE(r.offered.size(), 2);
    QTest::qWait(20);
    QVERIFY(!r.o2.calls.join(QLatin1Char('|')).contains(QStringLiteral("move")));

    r.moveTarget = QStringLiteral("f2");
    f.action("actionMoveTo")->trigger();
    QTRY_COMPARE(r.status(), QStringLiteral("Moved “Latency” to “Archive” on OpenObserve “ops”."));
    QVERIFY(r.o2.calls.contains(QStringLiteral("move r1 -> f2")));
    QTRY_COMPARE(r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r1")).parent(),
                 r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f2")));

    // Dragging back onto Weekly takes the same path.
    const QModelIndex latency = r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r1"));
    std::unique_ptr<QMimeData> data(r.model()->mimeData({latency}));
    QVERIFY(data);
    const QModelIndex weekly = f.window->filterModel()->mapFromSource(
        r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f1")));
    QVERIFY(f.window->filterModel()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, weekly));
    QTRY_COMPARE(r.status(), QStringLiteral("Moved “Latency” to “Weekly” on OpenObserve “ops”."));
    QVERIFY(r.o2.calls.contains(QStringLiteral("move r1 -> f1")));
    QTRY_COMPARE(r.model()->indexForRemoteItem(r.ops.id, QStringLiteral("r1")).parent(),
                 r.model()->indexForRemoteFolder(r.ops.id, QStringLiteral("f1")));
    QVERIFY(f.errors.isEmpty());
}

void TstMainWindow::remoteDetailsPage()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(r.openOps());
    QVERIFY(r.selectItem(r.ops, QStringLiteral("r2")));
    RemoteItemPage *page = f.window->remoteItemPage();
    QVERIFY(page->isVisible());
    QVERIFY(!f.window->reportEditor()->isVisible());
    QCOMPARE(page->item().id, QStringLiteral("r2"));
    QCOMPARE(f.widget<QLabel>("remoteNameLabel")->text(), QStringLiteral("Errors"));
    QCOMPARE(f.widget<QLabel>("remoteTypeValue")->text(), QStringLiteral("report"));
    QCOMPARE(f.widget<QLabel>("remoteServerValue")->text(), QStringLiteral("OpenObserve “ops”"));
    QCOMPARE(f.widget<QLabel>("remoteFolderValue")->text(), QStringLiteral("Weekly"));
    QCOMPARE(f.widget<QLabel>("remoteEnabledValue")->text(), QStringLiteral("No"));
    QCOMPARE(f.widget<QLabel>("remoteScheduleValue")->text(),
             QStringLiteral("Every Monday at 08:00, UTC"));
    QCOMPARE(f.widget<QLabel>("remoteStatusValue")->text(), QStringLiteral("ok"));
    QCOMPARE(f.widget<QLabel>("remoteDescriptionValue")->text(), QStringLiteral("About Errors"));
    QVERIFY(!f.widget<QLabel>("remoteUpdatedValue")->text().isEmpty());
    QVERIFY(f.widget<QLabel>("remoteUpdatedValue")->text() != QStringLiteral("—"));

    // The raw JSON as the server sent it, as a tree that folds away.
    auto *raw = f.widget<QTreeWidget>("remoteRawJson");
    QVERIFY(raw->isVisible());
    QStringList keys;
    for (int i = 0; i < raw->topLevelItemCount(); ++i)
        keys.append(raw->topLevelItem(i)->text(0));
    QCOMPARE(keys, (QStringList{QStringLiteral("destinations"), QStringLiteral("id"),
                                QStringLiteral("name")}));
    QTreeWidgetItem *destinations = raw->topLevelItem(0);
    QCOMPARE(destinations->child(0)->child(0)->text(0), QStringLiteral("email"));
    QCOMPARE(destinations->child(0)->child(0)->text(1), QStringLiteral("ops@example.com"));
    page->setRawJsonVisible(false);
    QVERIFY(!raw->isVisible());

    // A Grafana job without folder or state shows dashes, not stale values.
    QVERIFY(r.expand(r.model()->indexForServer(r.dash.id)));
    QVERIFY(r.selectItem(r.dash, QStringLiteral("8")));
    QCOMPARE(f.widget<QLabel>("remoteFolderValue")->text(), QStringLiteral("—"));
    QCOMPARE(f.widget<QLabel>("remoteEnabledValue")->text(), QStringLiteral("—"));
    QCOMPARE(f.widget<QLabel>("remoteServerValue")->text(), QStringLiteral("Grafana “dash”"));

    // Back to the server node: its page.
    QVERIFY(f.window->selectServer(r.dash.id));
    QVERIFY(!page->isVisible());
    QVERIFY(f.window->findChild<SelectionPage *>()->detail().contains(QStringLiteral("2 items")));
}

void TstMainWindow::remoteErrorRowAndRefreshWithF5()
{
    Fixture f;
    Remote r(f);
    RemoteError denied(RemoteError::Kind::Forbidden, QStringLiteral("Grafana “dash”"),
                       QStringLiteral("list reports"));
    denied.setHttpStatus(403);
    r.grafana.failures.insert(QStringLiteral("listItems"), denied);
    r.open();
    const QModelIndex dash = r.model()->indexForServer(r.dash.id);
    f.window->treeView()->expand(f.window->filterModel()->mapFromSource(dash));
    QTRY_COMPARE(r.model()->loadState(dash), CatalogTreeModel::LoadState::Failed);
    QCOMPARE(f.shownNames(f.window->filterModel()->mapFromSource(dash)),
             QStringList{QString(denied.text())});

    // The server's page says what failed and offers Refresh and Edit Server.
    QVERIFY(f.window->selectServer(r.dash.id));
    auto *page = f.window->findChild<SelectionPage *>();
    QVERIFY2(page->detail().contains(QStringLiteral("403 Forbidden")), qPrintable(page->detail()));
    QVERIFY(f.widget<QPushButton>("actionRefreshServerButton")->isEnabled());
    QVERIFY(f.widget<QPushButton>("actionEditServerButton")->isEnabled());

    // F5 in the tree loads it again; the status bar says how it went.
    r.grafana.failures.clear();
    f.window->treeView()->setFocus();
    QTest::keyClick(f.window->treeView(), Qt::Key_F5);
    QTRY_COMPARE(r.model()->loadState(dash), CatalogTreeModel::LoadState::Loaded);
    QTRY_COMPARE(r.status(), QStringLiteral("Loaded “dash”"));
    QCOMPARE(f.shownNames(f.window->filterModel()->mapFromSource(dash)),
             (QStringList{QStringLiteral("Daily KPIs"), QStringLiteral("Render job")}));
    QTRY_VERIFY(page->detail().contains(QStringLiteral("2 items")));
    QVERIFY(f.errors.isEmpty()); // a failed load is a row, not a dialog
}

void TstMainWindow::removeServerAsksAndTakesTheSecret()
{
    Fixture f;
    Remote r(f);
    r.open();
    QVERIFY(f.window->selectServer(r.dash.id));
    r.permanentAnswer = false;
    f.action("actionRemoveServer")->trigger();
    QCOMPARE(r.permanent.size(), 1);
    QVERIFY2(r.permanent.first().startsWith(QStringLiteral("Remove the server “dash”")),
             qPrintable(r.permanent.first()));
    QCOMPARE(r.permanentActions.first(), QStringLiteral("Remove"));
    QTest::qWait(20);
    QVERIFY(f.catalog->server(r.dash.id));

    r.permanentAnswer = true;
    f.action("actionRemoveServer")->trigger();
    QTRY_VERIFY(!f.catalog->server(r.dash.id));
    QTRY_COMPARE(r.status(), QStringLiteral("Removed the server “dash”."));
    QCOMPARE(f.shownNames(), QStringList{QStringLiteral("ops")});
    const SecretStore::ReadResult secret = r.secrets.readNow(SecretStore::serverKey(r.dash.id));
    QVERIFY(secret.ok());
    QVERIFY(!secret.value().has_value());

    // Where secrets are kept shows in the status bar when the application says so.
    f.window->setSecretsStatus(QStringLiteral("Secrets: session only — no keychain"));
    QCOMPARE(f.widget<QLabel>("secretsLabel")->text(),
             QStringLiteral("Secrets: session only — no keychain"));
    QVERIFY(f.errors.isEmpty());
}

// Not a check: with REPORTDESK_SHOTS_DIR set, saves the window with one server loaded, one
// loading and one failed, and the details page of a remote report, for a person to look at.
void TstMainWindow::remoteScreenshots()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to save the remote tree screenshots");
    Fixture f;
    const Folder local = f.catalog.addFolder(QStringLiteral("Operations"));
    f.catalog.addReport(local.id, QStringLiteral("Capacity"));
    Remote r(f);
    test::FakeServer kibana;
    kibana.capabilities = {remote::Capability::Delete, remote::Capability::Generate};
    const RemoteServer elastic =
        r.add(QStringLiteral("elastic"), RemoteServer::Kind::Kibana, &kibana);
    test::FakeServer uvm;
    uvm.capabilities = {remote::Capability::Generate};
    const RemoteServer zscaler = r.add(QStringLiteral("zscaler"), RemoteServer::Kind::Uvm, &uvm);
    RemoteError refused(RemoteError::Kind::ConnectionRefused,
                        QStringLiteral("Zscaler UVM “zscaler”"), QStringLiteral("list reports"));
    refused.setDetail(QStringLiteral("zscaler.example.com:443"));
    uvm.failures.insert(QStringLiteral("listItems"), refused);
    kibana.hold = true;
    r.o2.items.append(
        test::fakeItem(QStringLiteral("r4"), QStringLiteral("Saturation"), QStringLiteral("f1")));
    r.open();
    f.window->resize(1280, 800);
    QVERIFY(r.openOps());
    QVERIFY(r.expand(r.model()->indexForServer(r.dash.id)));
    f.window->treeView()->expand(
        f.window->filterModel()->mapFromSource(r.model()->indexForServer(elastic.id)));
    f.window->treeView()->expand(
        f.window->filterModel()->mapFromSource(r.model()->indexForServer(zscaler.id)));
    QTRY_COMPARE(r.model()->loadState(r.model()->indexForServer(zscaler.id)),
                 CatalogTreeModel::LoadState::Failed);
    f.window->setSecretsStatus(QStringLiteral("Secrets: session only — no keychain answered"));
    auto grab = [&](const char *name) {
        QTest::qWait(50); // let the status bar lay out its new label: a picture, not a check
        QVERIFY(f.window->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };
    QVERIFY(r.selectItem(r.ops, QStringLiteral("r2")));
    grab("remote-tree.png");
    QVERIFY(f.window->selectServer(zscaler.id));
    grab("remote-error.png");
    QVERIFY(r.selectItem(r.dash, QStringLiteral("7")));
    grab("remote-grafana.png");
    kibana.release();
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
