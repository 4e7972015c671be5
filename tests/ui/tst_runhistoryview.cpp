// RunHistoryView with real parts: a catalog file, a Scheduler and a RunExecutor rendering real
// reports into a temporary archive. The view is driven as a user would (keys, the state combo,
// the "Show all reports" box, double-click, links) and checked by what it shows: rows, the
// header, the empty state, the details, which actions are enabled. Files open through a
// recording opener and errors go to a recording prompt, so no desktop and no dialog is needed.
// With REPORTDESK_SHOTS_DIR set, screenshots() saves run-history.png there.
#include "PdfTools.h"
#include "RunHistoryModel.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "runs/RunHistoryView.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;
using Column = RunHistoryModel::Column;

namespace {

constexpr int kRenderTimeoutMs = 120000;

Section textSection(const QString &text)
{
    Section s;
    s.kind = Section::Kind::Text;
    s.title = QStringLiteral("Summary");
    s.text = text;
    return s;
}

Section tableSection(const QString &dataSource, const QString &query)
{
    Section s;
    s.kind = Section::Kind::Table;
    s.title = QStringLiteral("Rows");
    s.dataSource = dataSource;
    s.query = query;
    return s;
}

// Three million generated rows: a render that runs long enough to be cancelled.
const QString kBigQuery = QStringLiteral(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000)"
    " SELECT i AS number, 'row ' || i AS label, i * 7 % 1000 AS value FROM n");

} // namespace

class TestRunHistoryView : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyStates();
    void rowsScopeAndStateFilter();
    void liveRunAppearsAndSucceeds();
    void runAgainStartsANewManualRun();
    void cancelStopsARunningRun();
    void openOutputAndFolderUseTheOpener();
    void deletedReportAndMissingFileAreExplained();
    void actionsEnabledOnlyWhenTheyApply();
    void withoutSchedulerRunAgainAndCancelAreOff();
    void copyErrorAndShowReport();
    void f5RefreshesRunsOfOtherProcesses();
    void screenshots();

private:
    Report saveReport(const QString &name, const QList<Section> &sections);
    // Run now through the real scheduler, and wait until it has ended.
    Run runToEnd(const Report &report);
    Run startRun(const Report &report); // Run now; returns while it renders
    void showView();
    QStringList column(Column c) const;
    QString cell(int row, Column c) const
    {
        return m_view->model()->index(row, c).data().toString();
    }
    template <typename T> T *child(const char *name) const
    {
        return test::findNamed<T>(m_view.get(), name);
    }
    QAction *action(const char *name) const { return child<QAction>(name); }

    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_archive;
    std::unique_ptr<RunExecutor> m_executor;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<RunHistoryView> m_view;
    QList<QUrl> m_opened;
    bool m_openerResult = true;
    QStringList m_errors;
    Report m_traffic, m_broken, m_big;
};

void TestRunHistoryView::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_archive = std::make_unique<QTemporaryDir>();
    // A SQLite data source for the big query: an empty database file is enough for a CTE.
    const QString numbers = m_catalog->dir() + QStringLiteral("/numbers.sqlite");
    QVERIFY(QFile(numbers).open(QIODevice::WriteOnly));
    DataSource source;
    source.name = QStringLiteral("Numbers");
    source.databaseName = numbers;
    QVERIFY((*m_catalog)->saveDataSource(source));

    m_traffic = saveReport(QStringLiteral("Weekly traffic"),
                           {textSection(QStringLiteral("# Traffic\n\nAll quiet this week."))});
    m_broken = saveReport(QStringLiteral("Broken"),
                          {tableSection(QStringLiteral("Numbers"),
                                        QStringLiteral("SELECT hots FROM (SELECT 1 AS hosts)"))});
    m_big = saveReport(QStringLiteral("Everything"),
                       {tableSection(QStringLiteral("Numbers"), kBigQuery)});

    m_executor = std::make_unique<RunExecutor>(2);
    SchedulerOptions options;
    options.archiveRoot = m_archive->path();
    options.retries = 0;
    m_scheduler = std::make_unique<Scheduler>(m_catalog->get(), m_executor.get(), options);
    m_view = std::make_unique<RunHistoryView>(m_catalog->get(), m_scheduler.get());
    m_view->resize(1100, 520);
    m_opened.clear();
    m_openerResult = true;
    m_errors.clear();
    m_view->setOpener([this](const QUrl &url) {
        m_opened.append(url);
        return m_openerResult;
    });
    m_view->setErrorPrompt([this](const QString &message) { m_errors.append(message); });
}

void TestRunHistoryView::cleanup()
{
    m_view.reset();
    if (m_executor) {
        m_executor->cancelAll();
        m_executor->waitForDone(kRenderTimeoutMs);
    }
    m_scheduler.reset();
    m_executor.reset();
    m_catalog.reset();
    m_archive.reset();
}

Report TestRunHistoryView::saveReport(const QString &name, const QList<Section> &sections)
{
    const auto folder = (*m_catalog)->folderIdByPath(QStringLiteral("Ops"));
    Report r = m_catalog->addReport(
        folder ? *folder : m_catalog->addFolder(QStringLiteral("Ops")).id, name);
    r.sections = sections;
    const auto saved = (*m_catalog)->saveReport(r);
    if (!saved)
        qFatal("cannot save report: %s", qPrintable(saved.error()));
    return saved.value();
}

Run TestRunHistoryView::startRun(const Report &report)
{
    const auto run = m_scheduler->runNow(report.id);
    if (!run)
        qFatal("Run now failed: %s", qPrintable(run.error()));
    return run.value();
}

Run TestRunHistoryView::runToEnd(const Report &report)
{
    const qint64 id = startRun(report).id;
    QElapsedTimer timer;
    timer.start();
    // The scheduler writes the outcome to the catalog when the executor reports it.
    QSignalSpy finished(m_scheduler.get(), &Scheduler::runFinished);
    while ((*m_catalog)->run(id)->isFinished() == false && timer.elapsed() < kRenderTimeoutMs)
        finished.wait(1000);
    return (*m_catalog)->run(id).value();
}

void TestRunHistoryView::showView()
{
    m_view->show();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
}

QStringList TestRunHistoryView::column(Column c) const
{
    QStringList cells;
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        cells.append(cell(row, c));
    return cells;
}

void TestRunHistoryView::emptyStates()
{
    showView();
    auto *table = m_view->table();
    auto *label = child<QLabel>("runHistoryEmptyLabel");
    QVERIFY(!table->isVisible());
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No runs yet. Scheduled runs and Run now appear here."));
    QCOMPARE(child<QLabel>("runScopeLabel")->text(), QStringLiteral("All reports"));
    QVERIFY(!child<QCheckBox>("showAllReportsCheck")->isVisible());

    // A state with no runs says so.
    auto *combo = child<QComboBox>("runStateFilterCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("Failed")));
    QCOMPARE(m_view->stateFilter(), std::optional<Run::State>(Run::State::Failed));
    QCOMPARE(label->text(), QStringLiteral("No failed runs."));

    // A run appears: the table replaces the message (a failed one, so the filter keeps it).
    const Run failed = runToEnd(m_broken);
    QCOMPARE(failed.state, Run::State::Failed);
    QTRY_VERIFY(table->isVisible());
    QVERIFY(!label->isVisible());
    QCOMPARE(column(Column::ReportColumn), QStringList{QStringLiteral("Broken")});

    // Another report, with the failed filter: its own message.
    m_view->setReportScope(m_traffic.id, m_traffic.name);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No failed runs."));
    QCOMPARE(child<QLabel>("runScopeLabel")->text(), QStringLiteral("Runs of “Weekly traffic”"));
    m_view->setStateFilter(std::nullopt);
    QCOMPARE(combo->currentText(), QStringLiteral("All states"));
    QCOMPARE(label->text(), QStringLiteral("“Weekly traffic” has no runs yet. Its scheduled runs "
                                           "and Run now appear here."));
}

void TestRunHistoryView::rowsScopeAndStateFilter()
{
    const Run trafficOk = runToEnd(m_traffic);
    const Run brokenRun = runToEnd(m_broken);
    const Run trafficAgain = runToEnd(m_traffic);
    QCOMPARE(trafficOk.state, Run::State::Succeeded);
    QCOMPARE(brokenRun.state, Run::State::Failed);
    showView();

    // Newest first, as the catalog lists them.
    QCOMPARE(column(Column::ReportColumn),
             (QStringList{QStringLiteral("Weekly traffic"), QStringLiteral("Broken"),
                          QStringLiteral("Weekly traffic")}));
    QCOMPARE(column(Column::StateColumn),
             (QStringList{QStringLiteral("Succeeded"), QStringLiteral("Failed"),
                          QStringLiteral("Succeeded")}));
    QCOMPARE(column(Column::TriggerColumn), QStringList(3, QStringLiteral("Manual")));
    QCOMPARE(m_view->model()->runAt(0).id, trafficAgain.id);
    QVERIFY2(cell(1, Column::ErrorColumn).contains(QStringLiteral("hots")),
             qPrintable(cell(1, Column::ErrorColumn)));
    QVERIFY(cell(0, Column::OutputColumn).startsWith(QStringLiteral("1 file, ")));
    QVERIFY(!m_view->table()->isSortingEnabled());

    // One report's runs.
    m_view->setReportScope(m_traffic.id, m_traffic.name);
    QCOMPARE(child<QLabel>("runScopeLabel")->text(), QStringLiteral("Runs of “Weekly traffic”"));
    QCOMPARE(column(Column::ReportColumn), QStringList(2, QStringLiteral("Weekly traffic")));
    auto *showAll = child<QCheckBox>("showAllReportsCheck");
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton, {}, QPoint(8, showAll->height() / 2));
    QVERIFY(showAll->isChecked());
    QCOMPARE(child<QLabel>("runScopeLabel")->text(), QStringLiteral("All reports"));
    QCOMPARE(m_view->model()->rowCount(), 3);
    showAll->setChecked(false);
    QCOMPARE(m_view->model()->rowCount(), 2);

    // The state filter, from the combo box.
    auto *combo = child<QComboBox>("runStateFilterCombo");
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items, (QStringList{QStringLiteral("All states"), QStringLiteral("Queued"),
                                 QStringLiteral("Running"), QStringLiteral("Succeeded"),
                                 QStringLiteral("Failed"), QStringLiteral("Cancelled"),
                                 QStringLiteral("Skipped"), QStringLiteral("Interrupted")}));
    m_view->setReportScope({}, {});
    QVERIFY(!showAll->isVisible());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down); // Queued
    QTest::keyClick(combo, Qt::Key_Down); // Running
    QTest::keyClick(combo, Qt::Key_Down); // Succeeded
    QTest::keyClick(combo, Qt::Key_Down); // Failed
    QCOMPARE(combo->currentText(), QStringLiteral("Failed"));
    QCOMPARE(column(Column::ReportColumn), QStringList{QStringLiteral("Broken")});
}

void TestRunHistoryView::liveRunAppearsAndSucceeds()
{
    showView();
    QVERIFY(!m_view->table()->isVisible());
    // "Run now" elsewhere in the window: the row comes in while it runs.
    QSignalSpy finished(m_scheduler.get(), &Scheduler::runFinished);
    const Run run = startRun(m_traffic);
    QTRY_VERIFY(m_view->table()->isVisible());
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Running"));
    QVERIFY(m_view->selectRun(run.id));
    QVERIFY2(child<QLabel>("runDetailsTitle")->text().contains(QStringLiteral("Running")),
             qPrintable(child<QLabel>("runDetailsTitle")->text()));

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRenderTimeoutMs);
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Succeeded"));
    const Run done = m_view->currentRun().value(); // still selected, now finished
    QCOMPARE(done.id, run.id);
    QCOMPARE(done.artifacts.size(), 1);
    QVERIFY(QFileInfo(done.artifacts.first().path).isFile());
    // The details name the file, its format, size and checksum.
    const QString files = child<QLabel>("runDetailsFiles")->text();
    QVERIFY2(files.contains(QFileInfo(done.artifacts.first().path).fileName().toHtmlEscaped()),
             qPrintable(files));
    QVERIFY(files.contains(QStringLiteral("PDF")));
    QVERIFY(files.contains(done.artifacts.first().sha256.left(12)));
    QVERIFY(child<QLabel>("runDetailsTitle")->text().contains(QStringLiteral("Succeeded")));
    QVERIFY(action("actionRunOpenOutput")->isEnabled());
}

void TestRunHistoryView::runAgainStartsANewManualRun()
{
    const Run first = runToEnd(m_traffic);
    showView();
    QVERIFY(m_view->selectRun(first.id));
    m_view->table()->setFocus();
    QSignalSpy finished(m_scheduler.get(), &Scheduler::runFinished);

    QTest::keyClick(m_view->table(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QCOMPARE(m_view->model()->rowCount(), 2);
    const Run again = m_view->currentRun().value(); // the new run is selected
    QVERIFY(again.id != first.id);
    QCOMPARE(again.reportId, m_traffic.id);
    QCOMPARE(again.trigger, Run::Trigger::Manual);
    QCOMPARE(m_view->model()->rowOfRun(again.id), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRenderTimeoutMs);
    const Run stored = (*m_catalog)->run(again.id).value();
    QCOMPARE(stored.state, Run::State::Succeeded);
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Succeeded"));
    QCOMPARE(stored.artifacts.size(), 1);
    const QString pdf = stored.artifacts.first().path;
    QVERIFY2(QFileInfo(pdf).isFile(), qPrintable(pdf));
    QVERIFY(pdf != first.artifacts.first().path); // its own file, the first one stays
    QVERIFY(QFileInfo(first.artifacts.first().path).isFile());
    QCOMPARE(test::pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
    QVERIFY2(test::pdfText(pdf).contains(QStringLiteral("All quiet this week.")),
             qPrintable(test::pdfText(pdf)));
}

void TestRunHistoryView::cancelStopsARunningRun()
{
    showView();
    const Run big = startRun(m_big);
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QVERIFY(m_view->selectRun(big.id));
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Running"));
    QAction *cancel = action("actionRunCancel");
    QVERIFY(cancel->isEnabled());
    QVERIFY(!action("actionRunOpenOutput")->isEnabled());

    m_view->table()->setFocus();
    QTest::keyClick(m_view->table(), Qt::Key_Period, Qt::ControlModifier);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, Column::StateColumn), QStringLiteral("Cancelled"),
                              kRenderTimeoutMs);
    QCOMPARE((*m_catalog)->run(big.id)->state, Run::State::Cancelled);
    QVERIFY(!cancel->isEnabled()); // over: nothing left to cancel
    QCOMPARE(cell(0, Column::OutputColumn), QString());
    QVERIFY(QDir(m_archive->filePath(QStringLiteral("Everything")))
                .entryList(QDir::Files | QDir::Hidden)
                .isEmpty());
    QVERIFY(action("actionRunAgain")->isEnabled());
}

void TestRunHistoryView::openOutputAndFolderUseTheOpener()
{
    const Run run = runToEnd(m_traffic);
    QCOMPARE(run.state, Run::State::Succeeded);
    const QString pdf = run.artifacts.first().path;
    showView();
    QVERIFY(m_view->selectRun(run.id));
    m_view->table()->setFocus();

    QTest::keyClick(m_view->table(), Qt::Key_Return);
    QCOMPARE(m_opened, QList<QUrl>{QUrl::fromLocalFile(pdf)});

    // Double-click on a row opens it too.
    const QRect rect = m_view->table()->visualRect(m_view->model()->index(0, Column::StateColumn));
    QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_opened.size(), 2);
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(pdf));

    action("actionRunOpenFolder")->trigger();
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(QFileInfo(pdf).absolutePath()));

    // The file's link in the details.
    auto *files = child<QLabel>("runDetailsFiles");
    emit files->linkActivated(QUrl::fromLocalFile(pdf).toString(QUrl::FullyEncoded));
    QCOMPARE(m_opened.size(), 4);
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(pdf));
    QVERIFY(m_errors.isEmpty());

    // No application for it: the user is told.
    m_openerResult = false;
    action("actionRunOpenOutput")->trigger();
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.first().contains(QDir::toNativeSeparators(pdf)),
             qPrintable(m_errors.first()));
}

void TestRunHistoryView::deletedReportAndMissingFileAreExplained()
{
    const Run run = runToEnd(m_traffic);
    showView();
    QVERIFY(m_view->selectRun(run.id));

    // The file was deleted since: said so, and nothing is asked to open it.
    const QString pdf = run.artifacts.first().path;
    QVERIFY(QFile::remove(pdf));
    action("actionRunOpenOutput")->trigger();
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(m_errors.size(), 1);
    QVERIFY2(m_errors.last().contains(
                 QStringLiteral("The file “%1” is gone").arg(QDir::toNativeSeparators(pdf))),
             qPrintable(m_errors.last()));

    // The report was deleted since: its history stays, Run Again explains.
    m_view->setReportScope(m_traffic.id, m_traffic.name);
    QVERIFY((*m_catalog)->deleteReports({m_traffic.id}));
    QCOMPARE(child<QLabel>("runScopeLabel")->text(),
             QStringLiteral("Runs of “Weekly traffic” (deleted)"));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QVERIFY(m_view->selectRun(run.id));
    const int runsBefore = int((*m_catalog)->runs().size());
    action("actionRunAgain")->trigger();
    QCOMPARE(m_errors.size(), 2);
    QCOMPARE(m_errors.last(), QStringLiteral("The report “Weekly traffic” no longer exists."));
    QCOMPARE(int((*m_catalog)->runs().size()), runsBefore); // no run was started
    QSignalSpy activated(m_view.get(), &RunHistoryView::reportActivated);
    action("actionRunShowReport")->trigger();
    QCOMPARE(m_errors.size(), 3);
    QCOMPARE(m_errors.last(), QStringLiteral("The report “Weekly traffic” no longer exists."));
    QVERIFY(activated.isEmpty());
}

void TestRunHistoryView::actionsEnabledOnlyWhenTheyApply()
{
    const Run ok = runToEnd(m_traffic);
    const Run failed = runToEnd(m_broken);
    // A run another process executes: not ours to cancel.
    const auto claim = (*m_catalog)
                           ->claimRun(m_traffic.id, ok.scheduledFor.addSecs(-3600),
                                      Run::Trigger::Schedule, QStringLiteral("elsewhere:42"));
    QVERIFY(claim && claim->claimed);
    Run foreign = claim->run;
    foreign.state = Run::State::Running;
    foreign.startedAt = foreign.scheduledFor;
    QVERIFY((*m_catalog)->updateRun(foreign));
    showView();

    auto enabled = [this] {
        QStringList names;
        for (const char *name :
             {"actionRunOpenOutput", "actionRunOpenFolder", "actionRunAgain", "actionRunCancel",
              "actionRunCopyError", "actionRunShowReport", "actionRunRefresh"}) {
            if (action(name)->isEnabled())
                names.append(QLatin1String(name).mid(9)); // without "actionRun"
        }
        return names.join(u' ');
    };
    QVERIFY(!m_view->currentRun());
    QCOMPARE(enabled(), QStringLiteral("Refresh"));
    QCOMPARE(child<QLabel>("runDetailsTitle")->text(),
             QStringLiteral("Select a run to see its details."));

    QVERIFY(m_view->selectRun(ok.id));
    QCOMPARE(enabled(), QStringLiteral("OpenOutput OpenFolder Again ShowReport Refresh"));
    QVERIFY(m_view->selectRun(failed.id));
    QCOMPARE(enabled(), QStringLiteral("Again CopyError ShowReport Refresh"));
    QVERIFY(child<QLabel>("runDetailsError")->isVisibleTo(m_view.get()));
    QVERIFY2(child<QLabel>("runDetailsError")->text().contains(QStringLiteral("hots")),
             qPrintable(child<QLabel>("runDetailsError")->text()));
    QVERIFY(child<QLabel>("runDetailsError")->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(m_view->selectRun(foreign.id));
    QCOMPARE(enabled(), QStringLiteral("Again ShowReport Refresh"));

    // Our own running run can be cancelled, and only while it runs.
    const Run big = startRun(m_big);
    QTRY_VERIFY(m_view->selectRun(big.id));
    QCOMPARE(enabled(), QStringLiteral("Again Cancel ShowReport Refresh"));
    QVERIFY(m_scheduler->cancel(big.id));
    QTRY_COMPARE_WITH_TIMEOUT(m_view->currentRun()->state, Run::State::Cancelled, kRenderTimeoutMs);
    QCOMPARE(enabled(), QStringLiteral("Again CopyError ShowReport Refresh"));

    // The context menu offers the same actions.
    QVERIFY(m_view->table()->actions().contains(action("actionRunCancel")));
}

void TestRunHistoryView::withoutSchedulerRunAgainAndCancelAreOff()
{
    const Run ok = runToEnd(m_traffic);
    RunHistoryView view(m_catalog->get(), nullptr);
    QVERIFY(view.selectRun(ok.id));
    QVERIFY(test::findNamed<QAction>(&view, "actionRunOpenOutput")->isEnabled());
    QVERIFY(!test::findNamed<QAction>(&view, "actionRunAgain")->isEnabled());
    QVERIFY(!test::findNamed<QAction>(&view, "actionRunCancel")->isEnabled());
}

void TestRunHistoryView::copyErrorAndShowReport()
{
    const Run failed = runToEnd(m_broken);
    showView();
    QVERIFY(m_view->selectRun(failed.id));
    m_view->table()->setFocus();
    QApplication::clipboard()->clear();
    QTest::keyClick(m_view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), failed.error);
    QVERIFY(!failed.error.isEmpty());

    QSignalSpy activated(m_view.get(), &RunHistoryView::reportActivated);
    action("actionRunShowReport")->trigger();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toUuid(), m_broken.id);
}

void TestRunHistoryView::f5RefreshesRunsOfOtherProcesses()
{
    // The view inside a window whose own F5 (the preview's Refresh) works window-wide: with the
    // focus in the history, F5 is the history's.
    QMainWindow window;
    auto *windowRefresh = new QAction(QStringLiteral("Refresh Preview"), &window);
    windowRefresh->setShortcut(Qt::Key_F5);
    window.addAction(windowRefresh);
    QSignalSpy windowRefreshed(windowRefresh, &QAction::triggered);
    auto *central = new QWidget(&window);
    auto *editor = new QLineEdit(central); // another pane of the window
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(editor);
    RunHistoryView *view = m_view.release();
    layout->addWidget(view);
    window.setCentralWidget(central);
    window.resize(1000, 560);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    const Run ours = runToEnd(m_traffic);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(view->selectRun(ours.id));
    // A daemon on the same catalog file runs a report: this process hears nothing of it.
    QString error;
    auto other = Catalog::openSqlite(m_catalog->path(), &error);
    QVERIFY2(other, qPrintable(error));
    const auto claim = other->claimRun(m_broken.id, ours.scheduledFor.addSecs(60),
                                       Run::Trigger::Schedule, QStringLiteral("daemon:7"));
    QVERIFY(claim && claim->claimed);
    QCOMPARE(view->model()->rowCount(), 1);

    view->table()->setFocus();
    QVERIFY(view->table()->hasFocus());
    QTest::keyClick(view->table(), Qt::Key_F5);
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, Column::ReportColumn).data().toString(),
             QStringLiteral("Broken"));
    QCOMPARE(view->currentRun()->id, ours.id); // the selection stays on its run
    QVERIFY(windowRefreshed.isEmpty());

    // Elsewhere in the window, F5 is the window's again.
    editor->setFocus();
    QVERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_F5);
    QCOMPARE(windowRefreshed.size(), 1);
    view->setParent(nullptr);
    m_view.reset(view);
}

void TestRunHistoryView::screenshots()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to save run-history.png");
    QVERIFY(QDir().mkpath(dir));
    // One of each: succeeded, failed, running.
    const Run ok = runToEnd(m_traffic);
    const Run failed = runToEnd(m_broken);
    QCOMPARE(ok.state, Run::State::Succeeded);
    QCOMPARE(failed.state, Run::State::Failed);
    const Run running = startRun(m_big);
    m_view->resize(1100, 460);
    showView();
    QVERIFY(m_view->selectRun(failed.id));
    QTest::qWait(200); // let the layout settle before grabbing
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/run-history-failed.png")));
    QVERIFY(m_view->selectRun(ok.id));
    QTest::qWait(200);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/run-history.png")));
    m_view->resize(640, 420); // a narrow dock
    QTest::qWait(200);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/run-history-narrow.png")));
    m_view->resize(1100, 460);
    m_view->setReportScope(m_traffic.id, m_traffic.name);
    m_view->setStateFilter(Run::State::Cancelled);
    QTest::qWait(200);
    QVERIFY(m_view->grab().save(dir + QStringLiteral("/run-history-empty.png")));
    QVERIFY(m_scheduler->cancel(running.id));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestRunHistoryView t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_runhistoryview.moc"
