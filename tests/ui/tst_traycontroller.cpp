// The tray's logic with a fake tray surface over a real catalog and a real Scheduler (injected
// clock; a scripted executor that writes real files into the archive, and once the real
// RunExecutor): tooltips for next/running/paused/nothing, Run Due Now, a pause that survives a
// restart, Recent Exports opening the right file, failure and success notifications, the
// one-time tray hint and the quit prompt.
#include "FakeClock.h"
#include "TestCatalog.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "settings/Settings.h"
#include "tray/SystemTraySurface.h"
#include "tray/TrayController.h"
#include "WidgetLookup.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;
using reportdesk::test::FakeClock;
using reportdesk::test::findNamed;
using reportdesk::test::TestCatalog;

namespace {

struct Message {
    QString title;
    QString text;
    TraySurface::Severity severity;
};

class FakeSurface : public TraySurface {
public:
    bool available = true;
    bool visible = false;
    bool paused = false;
    QMenu *menu = nullptr;
    QStringList toolTips;
    QList<Message> messages;

    bool isAvailable() const override { return available; }
    void setVisible(bool v) override { visible = v; }
    void setToolTip(const QString &text) override { toolTips.append(text); }
    void setContextMenu(QMenu *m) override { menu = m; }
    void setPaused(bool p) override { paused = p; }
    void showMessage(const QString &title, const QString &text, Severity severity,
                     int msecs) override
    {
        QVERIFY(msecs > 0);
        messages.append({title, text, severity});
    }
    void click() { emit activated(); }
    void clickMessage() { emit messageClicked(); }
};

// Records the runs it is asked for; the test decides how each ends. A successful run writes
// its files where the archive said, so the artifacts are real files.
class ScriptedExecutor : public RunExecutor {
public:
    QList<RunRequest> started;
    void start(RunRequest request) override { started.append(std::move(request)); }
    void cancel(qint64) override {}
    void finish(qint64 runId, bool ok, const QString &error = QStringLiteral("boom"))
    {
        RunOutcome o;
        o.runId = runId;
        o.ok = ok;
        if (ok) {
            const auto it = std::find_if(started.rbegin(), started.rend(),
                                         [runId](const RunRequest &r) { return r.runId == runId; });
            QVERIFY(it != started.rend());
            for (const auto &[format, path] : std::as_const(it->outputs)) {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write("export of run " + QByteArray::number(runId));
                f.close();
                o.artifacts.append(Archive::describe(path, format).value());
            }
        } else {
            o.error = error;
        }
        emit finished(o);
    }
    qint64 lastId() const { return started.isEmpty() ? 0 : started.last().runId; }
};

const QDateTime kStart(QDate(2026, 3, 2), QTime(7, 59, 30), QTimeZone::utc()); // a Monday

Schedule dailyAt(int hour)
{
    Schedule s;
    s.frequency = Schedule::Frequency::Daily;
    s.time = QTime(hour, 0);
    s.timeZone = QStringLiteral("UTC");
    return s;
}

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions) {
        if (!a->isSeparator())
            out.append(a->text());
    }
    return out;
}

} // namespace

class TestTrayController : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void setsUpTheSurfaceAndOpensTheWindow();
    void toolTipFollowsTheScheduler();
    void toolTipDatesFarRuns();
    void runDueNowStartsTheDueRun();
    void pausePersistsAndStopsTimedRuns();
    void recentExportsOpenTheRealFiles();
    void recentExportsOfARealRender();
    void failuresAlwaysNotifyOnceRetriesAreUsedUp();
    void successNotifiesOnlyWhenEnabled();
    void trayHintIsShownOnce();
    void quitAsksOnlyWhileRunsAreActive();
    void systemSurfaceOffscreen();

private:
    Report scheduledReport(const QString &name, const Schedule &schedule,
                           const QStringList &formats = {QStringLiteral("pdf")});
    SchedulerOptions options(int retries = 0) const;

    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString m_archive;
    FakeClock m_clock;
};

void TestTrayController::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_archive = m_dir->filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(m_archive));
    m_clock.wall = kStart;
}

void TestTrayController::cleanup()
{
    m_settings.reset();
    m_catalog.reset();
    m_dir.reset();
}

SchedulerOptions TestTrayController::options(int retries) const
{
    SchedulerOptions o;
    o.archiveRoot = m_archive;
    o.retries = retries;
    return o;
}

Report TestTrayController::scheduledReport(const QString &name, const Schedule &schedule,
                                           const QStringList &formats)
{
    const auto folder = (*m_catalog)->folderIdByPath(QStringLiteral("Ops"));
    Report r = m_catalog->addReport(
        folder ? *folder : m_catalog->addFolder(QStringLiteral("Ops")).id, name);
    r.schedule = schedule.toJson();
    r.formats = formats;
    const auto saved = (*m_catalog)->saveReport(r);
    if (!saved)
        qFatal("cannot save %s: %s", qPrintable(name), qPrintable(saved.error()));
    return saved.value();
}

void TestTrayController::setsUpTheSurfaceAndOpensTheWindow()
{
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QCOMPARE(surface.menu, tray.menu());
    QVERIFY(surface.visible);
    QVERIFY(!surface.paused);
    QCOMPARE(texts(tray.menu()->actions()),
             (QStringList{QStringLiteral("&Open ReportDesk"), QStringLiteral("&Run Due Now"),
                          QStringLiteral("&Pause Scheduling"), QStringLiteral("Recent &Exports"),
                          QStringLiteral("&Quit")}));

    QSignalSpy show(&tray, &TrayController::showWindowRequested);
    surface.click();
    QCOMPARE(show.size(), 1);
    findNamed<QAction>(tray.menu(), "trayOpen")->trigger();
    QCOMPARE(show.size(), 2);

    // No tray on this desktop: the icon stays hidden and closing the window means quitting.
    FakeSurface none;
    none.available = false;
    TrayController without(m_catalog->get(), &scheduler, m_settings.get(), &none, &m_clock);
    QVERIFY(!none.visible);
    QVERIFY(!without.keepsRunningInTray());
    QVERIFY(tray.keepsRunningInTray());
}

void TestTrayController::toolTipFollowsTheScheduler()
{
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — nothing scheduled"));

    const Report weekly = scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    const Report sales = scheduledReport(QStringLiteral("Daily sales"), dailyAt(9));
    scheduler.start();
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — next: Weekly traffic, Mon 08:00"));

    // 08:00: the scheduler starts the weekly run, and a manual run of the other joins it.
    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — running: Weekly traffic"));
    const qint64 weeklyRun = executor.lastId();
    QVERIFY(scheduler.runNow(sales.id));
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — running: Weekly traffic (1 of 2)"));
    executor.finish(weeklyRun, true);
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — running: Daily sales"));
    executor.finish(executor.lastId(), true);
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — next: Daily sales, Mon 09:00"));

    // Renaming the next report renames it in the tooltip.
    QVERIFY((*m_catalog)->renameReport(sales.id, QStringLiteral("Sales & returns")));
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — next: Sales & returns, Mon 09:00"));

    findNamed<QAction>(tray.menu(), "trayPause")->trigger();
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — scheduling paused"));
    findNamed<QAction>(tray.menu(), "trayPause")->trigger();
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — next: Sales & returns, Mon 09:00"));

    // Nothing enabled any more.
    QVERIFY((*m_catalog)->setReportsEnabled({weekly.id, sales.id}, false));
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — nothing scheduled"));
    QCOMPARE(tray.toolTip(), surface.toolTips.last());
}

void TestTrayController::toolTipDatesFarRuns()
{
    // Within a week the weekday says when; further away it needs the date.
    Schedule once;
    once.frequency = Schedule::Frequency::Once;
    once.timeZone = QStringLiteral("UTC");
    once.start = QDateTime(QDate(2026, 3, 20), QTime(10, 0), QTimeZone::utc());
    scheduledReport(QStringLiteral("Quarterly"), once);
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    scheduler.start();
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — next: Quarterly, Fri 20 Mar 10:00"));
}

void TestTrayController::runDueNowStartsTheDueRun()
{
    const Report weekly = scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QSignalSpy status(&tray, &TrayController::statusMessage);
    scheduler.start();
    QAction *runDue = findNamed<QAction>(tray.menu(), "trayRunDue");

    runDue->trigger(); // 07:59:30: not yet
    QVERIFY(executor.started.isEmpty());
    QCOMPARE(surface.messages.last().text, QStringLiteral("Nothing is due."));
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("Nothing is due."));

    m_clock.advance(30000);
    runDue->trigger();
    QCOMPARE(executor.started.size(), 1);
    QCOMPARE(executor.started.first().job.report.id, weekly.id);
    const Run run = (*m_catalog)->run(executor.lastId()).value();
    QCOMPARE(run.state, Run::State::Running);
    QCOMPARE(run.scheduledFor, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(surface.messages.last().text, QStringLiteral("Started 1 run."));
    QCOMPARE(surface.messages.last().severity, TraySurface::Severity::Information);
    runDue->trigger(); // the same occurrence never starts twice
    QCOMPARE(executor.started.size(), 1);
    QCOMPARE(surface.messages.last().text, QStringLiteral("Nothing is due."));

    // While paused, Run Due Now still runs what is due (the user asked), and stays paused.
    executor.finish(executor.lastId(), true);
    scheduledReport(QStringLiteral("Daily sales"), dailyAt(9));
    findNamed<QAction>(tray.menu(), "trayPause")->trigger();
    m_clock.advance(3600 * 1000); // 09:00: the sales report is due
    QCOMPARE(tray.runDueNow(), 1);
    QCOMPARE(executor.started.size(), 2);
    QCOMPARE(executor.started.last().job.report.name, QStringLiteral("Daily sales"));
    QVERIFY(scheduler.isPaused());
    QCOMPARE(surface.messages.last().text, QStringLiteral("Started 1 run."));
}

void TestTrayController::pausePersistsAndStopsTimedRuns()
{
    scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    const QString iniFile = m_settings->fileName();
    {
        ScriptedExecutor executor;
        Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
        FakeSurface surface;
        TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
        scheduler.start();
        QCOMPARE(scheduler.nextWakeUp(), kStart.addSecs(30)); // armed for 08:00
        QAction *pause = findNamed<QAction>(tray.menu(), "trayPause");
        pause->trigger();
        QVERIFY(scheduler.isPaused());
        QCOMPARE(scheduler.nextWakeUp(), kStart.addSecs(60)); // only the capped sleep
        QVERIFY(surface.paused);
        QCOMPARE(pause->text(), QStringLiteral("Re&sume Scheduling"));
        QCOMPARE(Settings(iniFile).value(Settings::Key::SchedulerPaused).toBool(), true);

        // 08:00 passes: what the timer calls starts nothing.
        m_clock.advance(30000);
        QCOMPARE(scheduler.runDue(), 0);
        QVERIFY(executor.started.isEmpty());
    }

    // A restart: the next scheduler starts paused, and the menu offers Resume.
    m_settings = std::make_unique<Settings>(iniFile);
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QVERIFY(scheduler.isPaused());
    QVERIFY(surface.paused);
    scheduler.start();
    QCOMPARE(findNamed<QAction>(tray.menu(), "trayPause")->text(),
             QStringLiteral("Re&sume Scheduling"));
    m_clock.advance(24 * 3600 * 1000);
    QCOMPARE(scheduler.runDue(), 0);

    findNamed<QAction>(tray.menu(), "trayPause")->trigger();
    QVERIFY(!scheduler.isPaused());
    QVERIFY(!surface.paused);
    QCOMPARE(Settings(iniFile).value(Settings::Key::SchedulerPaused).toBool(), false);
    QCOMPARE(findNamed<QAction>(tray.menu(), "trayPause")->text(),
             QStringLiteral("&Pause Scheduling"));
}

void TestTrayController::recentExportsOpenTheRealFiles()
{
    const Report weekly = scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8),
                                          {QStringLiteral("pdf"), QStringLiteral("csv")});
    const Report rnd = m_catalog->addReport(weekly.folderId, QStringLiteral("R&D")); // manual
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QList<QUrl> opened;
    bool openerSucceeds = true;
    tray.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return openerSucceeds;
    });
    QMenu *recent = findNamed<QMenu>(tray.menu(), "trayRecentExports");
    QCOMPARE(texts(recent->actions()), QStringList{QStringLiteral("No exports yet")});
    QVERIFY(!recent->actions().first()->isEnabled());

    scheduler.start();
    // Ten days of the weekly report (the last one fails) and one R&D run.
    for (int day = 0; day < 10; ++day) {
        m_clock.advance(30000);
        QCOMPARE(scheduler.runDue(), 1);
        executor.finish(executor.lastId(), day != 9);
        m_clock.advance(24 * 3600 * 1000 - 30000);
    }
    QVERIFY(scheduler.runNow(rnd.id));
    executor.finish(executor.lastId(), true);

    // Refreshed on runFinished already; and when the menu is about to show.
    emit recent->aboutToShow();
    // The newest 8 succeeded runs, newest first, one entry per file ('&' doubled for the menu):
    // R&D on 12 Mar, then the weekly runs of 10 Mar back to 4 Mar (11 Mar failed).
    QStringList expected{QStringLiteral("R&&D — 12 Mar 07:59 (PDF)")};
    for (int day = 10; day >= 4; --day)
        expected << QStringLiteral("Weekly traffic — %1 Mar 08:00 (PDF)").arg(day)
                 << QStringLiteral("Weekly traffic — %1 Mar 08:00 (CSV)").arg(day);
    QCOMPARE(texts(recent->actions()), expected);

    // Clicking opens that very file.
    const Run newestWeekly = (*m_catalog)->runs({weekly.id, Run::State::Succeeded, 1}).first();
    QAction *csv = recent->actions().at(2);
    const QString csvPath = newestWeekly.artifacts.at(1).path;
    QVERIFY(csvPath.endsWith(QStringLiteral(".csv")));
    QVERIFY(QFile::exists(csvPath));
    csv->trigger();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(csvPath)});

    // A file deleted since shows, disabled; an opener that fails is reported.
    QVERIFY(QFile::remove(csvPath));
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().at(2)->text(),
             QStringLiteral("Weekly traffic — 10 Mar 08:00 (CSV, file missing)"));
    QVERIFY(!recent->actions().at(2)->isEnabled());
    openerSucceeds = false;
    recent->actions().at(1)->trigger();
    QCOMPARE(opened.size(), 2);
    QCOMPARE(surface.messages.last().severity, TraySurface::Severity::Warning);
    QVERIFY2(surface.messages.last().text.contains(newestWeekly.artifacts.at(0).path),
             qPrintable(surface.messages.last().text));
}

void TestTrayController::recentExportsOfARealRender()
{
    // The real RunExecutor renders into the archive; the menu offers what it wrote.
    const Report weekly = scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    RunExecutor executor(1);
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QList<QUrl> opened;
    tray.setUrlOpener([&](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.start();
    m_clock.advance(30000);
    QCOMPARE(tray.runDueNow(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const Run run = finished.first().at(0).value<Run>();
    QCOMPARE(run.state, Run::State::Succeeded);

    QMenu *recent = findNamed<QMenu>(tray.menu(), "trayRecentExports");
    QCOMPARE(texts(recent->actions()),
             QStringList{QStringLiteral("Weekly traffic — 2 Mar 08:00 (PDF)")});
    recent->actions().first()->trigger();
    QCOMPARE(opened.size(), 1);
    const QString path = opened.first().toLocalFile();
    QCOMPARE(path, run.artifacts.first().path);
    QVERIFY(path.startsWith(m_archive));
    QVERIFY(test::readFile(path).startsWith("%PDF-"));
    Q_UNUSED(weekly);
}

void TestTrayController::failuresAlwaysNotifyOnceRetriesAreUsedUp()
{
    QVERIFY(!m_settings->value(Settings::Key::NotifyOnSuccess).toBool());
    scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(1), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QSignalSpy showRun(&tray, &TrayController::showRunRequested);
    scheduler.start();
    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    const qint64 id = executor.lastId();

    // The first attempt fails: a retry is queued, so that is not news yet.
    executor.finish(id, false, QStringLiteral("no such table: hits\nin section \"Top pages\""));
    QCoreApplication::sendPostedEvents(&tray, QEvent::MetaCall);
    QVERIFY(surface.messages.isEmpty());
    QCOMPARE((*m_catalog)->run(id)->state, Run::State::Queued);

    // The retry fails too: now the user hears of it, with the first line of the error.
    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    executor.finish(id, false, QStringLiteral("no such table: hits\nin section \"Top pages\""));
    QTRY_COMPARE(surface.messages.size(), 1);
    QCOMPARE(surface.messages.first().title, QStringLiteral("Run failed"));
    QCOMPARE(surface.messages.first().text,
             QStringLiteral("Weekly traffic failed after 2 attempts: no such table: hits"));
    QCOMPARE(surface.messages.first().severity, TraySurface::Severity::Critical);

    surface.clickMessage();
    QCOMPARE(showRun.size(), 1);
    QCOMPARE(showRun.first().at(0).toLongLong(), id);
}

void TestTrayController::successNotifiesOnlyWhenEnabled()
{
    scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QSignalSpy showRun(&tray, &TrayController::showRunRequested);
    QSignalSpy showWindow(&tray, &TrayController::showWindowRequested);
    scheduler.start();
    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    executor.finish(executor.lastId(), true);
    QCoreApplication::sendPostedEvents(&tray, QEvent::MetaCall);
    QVERIFY(surface.messages.isEmpty());

    m_settings->setValue(Settings::Key::NotifyOnSuccess, true);
    m_clock.advance(24 * 3600 * 1000);
    QCOMPARE(scheduler.runDue(), 1);
    const qint64 id = executor.lastId();
    executor.finish(id, true);
    QCOMPARE(surface.messages.size(), 1);
    QCOMPARE(surface.messages.first().text, QStringLiteral("Weekly traffic is ready."));
    QCOMPARE(surface.messages.first().severity, TraySurface::Severity::Information);
    surface.clickMessage();
    QCOMPARE(showRun.size(), 1);
    QCOMPARE(showRun.first().at(0).toLongLong(), id);

    // A message that is not about a run opens the window.
    tray.runDueNow();
    surface.clickMessage();
    QCOMPARE(showRun.size(), 1);
    QCOMPARE(showWindow.size(), 1);
}

void TestTrayController::trayHintIsShownOnce()
{
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    {
        FakeSurface surface;
        TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
        tray.windowHiddenToTray();
        QCOMPARE(surface.messages.size(), 1);
        QCOMPARE(surface.messages.first().text, TrayController::trayHint());
        QVERIFY(surface.messages.first().text.contains(QStringLiteral("keeps running")));
        tray.windowHiddenToTray();
        QCOMPARE(surface.messages.size(), 1);
    }
    // Also not after a restart.
    Settings reread(m_settings->fileName());
    QVERIFY(reread.value(Settings::Key::TrayHintShown).toBool());
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, &reread, &surface, &m_clock);
    tray.windowHiddenToTray();
    QVERIFY(surface.messages.isEmpty());
}

void TestTrayController::quitAsksOnlyWhileRunsAreActive()
{
    const Report weekly = scheduledReport(QStringLiteral("Weekly traffic"), dailyAt(8));
    const Report sales = scheduledReport(QStringLiteral("Daily sales"), dailyAt(9));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    FakeSurface surface;
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    QStringList questions;
    TrayController::QuitDecision answer = TrayController::QuitDecision::Stay;
    tray.setQuitPrompt([&](QWidget *, const QString &question) {
        questions.append(question);
        return answer;
    });
    scheduler.start();

    // Nothing running: no question.
    QVERIFY(tray.confirmQuit(nullptr));
    findNamed<QAction>(tray.menu(), "trayQuit")->trigger();
    QCOMPARE(quit.size(), 1);
    QVERIFY(questions.isEmpty());

    QVERIFY(scheduler.runNow(weekly.id));
    QVERIFY(scheduler.runNow(sales.id));
    QVERIFY(!tray.confirmQuit(nullptr)); // Stay
    QCOMPARE(questions,
             QStringList{QStringLiteral("2 runs are still running. Quit anyway? They will be "
                                        "marked interrupted and retried at the next start.")});
    findNamed<QAction>(tray.menu(), "trayQuit")->trigger();
    QCOMPARE(quit.size(), 1);
    QCOMPARE(questions.size(), 2);

    answer = TrayController::QuitDecision::QuitNow;
    QVERIFY(tray.confirmQuit(nullptr));
    QCOMPARE(questions.size(), 3);

    // Quit when finished: nothing new starts, and the last run to finish quits.
    answer = TrayController::QuitDecision::QuitWhenFinished;
    QVERIFY(!tray.confirmQuit(nullptr));
    QVERIFY(tray.isQuitPending());
    QVERIFY(!scheduler.isStarted());
    QCOMPARE(surface.toolTips.last(), QStringLiteral("ReportDesk — quitting when 2 runs finish"));
    executor.finish(executor.started.at(0).runId, true);
    QCOMPARE(quit.size(), 1);
    QCOMPARE(surface.toolTips.last(),
             QStringLiteral("ReportDesk — quitting when the run finishes"));
    executor.finish(executor.started.at(1).runId, true);
    QCOMPARE(quit.size(), 2);

    // One run: the question says so.
    QVERIFY(scheduler.runNow(weekly.id));
    answer = TrayController::QuitDecision::Stay;
    QVERIFY(!tray.confirmQuit(nullptr));
    QCOMPARE(questions.last(), QStringLiteral("1 run is still running. Quit anyway? It will be "
                                              "marked interrupted and retried at the next start."));
}

void TestTrayController::systemSurfaceOffscreen()
{
    // The offscreen platform has no tray: the real surface says so, and the controller over it
    // keeps the app from hiding into nowhere.
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    SystemTraySurface surface;
    QVERIFY(!surface.isAvailable());
    TrayController tray(m_catalog->get(), &scheduler, m_settings.get(), &surface, &m_clock);
    QVERIFY(!tray.keepsRunningInTray());
    tray.setPaused(true);
    const QIcon paused =
        SystemTraySurface::pausedIcon(QIcon(QStringLiteral(":/reportdesk/icons/reportdesk.svg")));
    QVERIFY(!paused.isNull());
    QVERIFY(paused.availableSizes().contains(QSize(22, 22)));
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
