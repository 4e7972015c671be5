// The Scheduler service with an injected clock and a scripted executor: no sleeping, no renders.
// Due runs, two instances on one catalog file, catch-up policies, retries with backoff, timeouts,
// cancel, re-arming after an edit, interrupted runs of a dead process, and the capped sleep.
#include "FakeClock.h"
#include "TestCatalog.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;
using reportdesk::test::FakeClock;
using reportdesk::test::TestCatalog;

namespace {

// Records what it is asked to run; the test decides how each run ends.
class ScriptedExecutor : public RunExecutor {
public:
    QList<RunRequest> started;
    QList<qint64> cancelled;
    void start(RunRequest request) override { started.append(std::move(request)); }
    void cancel(qint64 runId) override { cancelled.append(runId); }
    void finish(qint64 runId, bool ok, bool timedOut = false, bool cancel = false)
    {
        RunOutcome o;
        o.runId = runId;
        o.ok = ok;
        o.timedOut = timedOut;
        o.cancelled = cancel || timedOut;
        o.error = ok ? QString() : timedOut ? QStringLiteral("time limit") : QStringLiteral("boom");
        if (ok)
            o.artifacts = {{QStringLiteral("/a/x.pdf"), QStringLiteral("pdf"), 10,
                            QString(64, QLatin1Char('0'))}};
        emit finished(o);
    }
};

const QDateTime kStart(QDate(2026, 3, 2), QTime(7, 59, 30), QTimeZone::utc()); // a Monday

Schedule dailyAt(int hour, CatchUpPolicy::Mode mode = CatchUpPolicy::Mode::RunOnce, int limit = 10)
{
    Schedule s;
    s.frequency = Schedule::Frequency::Daily;
    s.time = QTime(hour, 0);
    s.timeZone = QStringLiteral("UTC");
    s.catchUp.mode = mode;
    s.catchUp.limit = limit;
    return s;
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dueRunFiresAtItsInstant();
    void twoInstancesFireEachOccurrenceOnce();
    void catchUpPolicies_data();
    void catchUpPolicies();
    void failuresRetryWithBackoff();
    void timeoutFailsAndCancelDoesNotRetry();
    void rearmsAfterAnEdit();
    void interruptedRunsOfADeadProcessAreRetried();
    void sleepIsCappedAndJumpsAreNoticed();
    void pausedRunsNothingButRunNowWorks();
    void startJustAfterAnOccurrenceRunsItRegularly();
    void queuedRetryOfADeadProcessKeepsItsAttempt();
    void shutdownLeavesRunsForTheNextStart();
    void pausedAtStartCatchesUpOnResume();

private:
    Report scheduledReport(const QString &name, const Schedule &schedule);
    SchedulerOptions options() const;

    std::unique_ptr<TestCatalog> m_catalog;
    QTemporaryDir m_archive;
    FakeClock m_clock;
};

void TestScheduler::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_clock.wall = kStart;
}

void TestScheduler::cleanup()
{
    m_catalog.reset();
}

SchedulerOptions TestScheduler::options() const
{
    SchedulerOptions o;
    o.archiveRoot = m_archive.path();
    o.retries = 2;
    o.retryBackoff = std::chrono::seconds(30);
    return o;
}

Report TestScheduler::scheduledReport(const QString &name, const Schedule &schedule)
{
    const auto folder = (*m_catalog)->folderIdByPath(QStringLiteral("Ops"));
    Report r = m_catalog->addReport(
        folder ? *folder : m_catalog->addFolder(QStringLiteral("Ops")).id, name);
    r.schedule = schedule.toJson();
    const auto saved = (*m_catalog)->saveReport(r);
    return saved ? saved.value() : r;
}

void TestScheduler::dueRunFiresAtItsInstant()
{
    const Report r = scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    QSignalSpy started(&scheduler, &Scheduler::runStarted);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.start();
    const QDateTime eight(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(scheduler.nextRun(), eight);
    QCOMPARE(scheduler.nextReport(), r.id);
    QCOMPARE(scheduler.nextWakeUp(), eight); // 30 s away: within the capped sleep
    QCOMPARE(scheduler.runDue(), 0);         // not yet

    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    QCOMPARE(executor.started.size(), 1);
    const RunRequest &req = executor.started.first();
    QCOMPARE(req.job.report.id, r.id);
    QCOMPARE(req.job.options.runInstant, eight); // ranges resolve at the occurrence
    QCOMPARE(req.outputs.size(), 1);
    QVERIFY(req.outputs.first().second.startsWith(m_archive.path()));
    QCOMPARE(started.size(), 1);
    Run run = (*m_catalog)->run(req.runId).value();
    QCOMPARE(run.state, Run::State::Running);
    QCOMPARE(run.trigger, Run::Trigger::Schedule);
    QCOMPARE(run.scheduledFor, eight);
    QCOMPARE(scheduler.nextRun(), eight.addDays(1));
    QCOMPARE(scheduler.runDue(), 0); // the same occurrence never starts twice

    m_clock.advance(2000);
    executor.finish(req.runId, true);
    run = (*m_catalog)->run(req.runId).value();
    QCOMPARE(run.state, Run::State::Succeeded);
    QCOMPARE(run.artifacts.size(), 1);
    QCOMPARE(run.finishedAt, m_clock.wall);
    QCOMPARE(finished.size(), 1);
    QVERIFY(scheduler.activeRuns().isEmpty());
}

void TestScheduler::twoInstancesFireEachOccurrenceOnce()
{
    scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    QString error;
    auto second = Catalog::openSqlite(m_catalog->path(), &error);
    QVERIFY2(second, qPrintable(error));
    ScriptedExecutor a;
    ScriptedExecutor b;
    SchedulerOptions oa = options();
    oa.instanceId = QStringLiteral("host-a:1");
    SchedulerOptions ob = options();
    ob.instanceId = QStringLiteral("host-b:2");
    Scheduler sa(m_catalog->get(), &a, oa, &m_clock);
    Scheduler sb(second.get(), &b, ob, &m_clock);
    sa.start();
    sb.start();
    m_clock.advance(30000);
    for (int day = 0; day < 3; ++day) {
        // Both wake at the same instant, in either order.
        if (day % 2)
            sb.runDue(), sa.runDue();
        else
            sa.runDue(), sb.runDue();
        m_clock.advance(24 * 3600 * 1000);
    }
    QCOMPARE(a.started.size() + b.started.size(), 3);
    QCOMPARE((*m_catalog)->runs().size(), 3);
}

void TestScheduler::catchUpPolicies_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expected");
    QTest::newRow("skip") << int(CatchUpPolicy::Mode::Skip) << 10 << 0;
    QTest::newRow("run once") << int(CatchUpPolicy::Mode::RunOnce) << 10 << 1;
    QTest::newRow("run each") << int(CatchUpPolicy::Mode::RunEach) << 10 << 4;
    QTest::newRow("run each, bounded") << int(CatchUpPolicy::Mode::RunEach) << 2 << 2;
}

void TestScheduler::catchUpPolicies()
{
    QFETCH(int, mode);
    QFETCH(int, limit);
    QFETCH(int, expected);
    const Report r =
        scheduledReport(QStringLiteral("Daily"), dailyAt(6, CatchUpPolicy::Mode(mode), limit));
    // The last check was four days ago at 07:00: the 06:00 runs of four days were missed.
    (*m_catalog)
        ->setMetaValue(QStringLiteral("scheduler.lastCheck"),
                       kStart.addDays(-4).addSecs(-3600 + 30).toString(Qt::ISODateWithMs));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    scheduler.start();
    QCOMPARE(executor.started.size(), expected);
    const QList<Run> runs = (*m_catalog)->runs();
    QCOMPARE(runs.size(), expected);
    for (const Run &run : runs)
        QCOMPARE(run.trigger, Run::Trigger::CatchUp);
    if (expected > 0) // the latest missed one is always among them
        QCOMPARE(runs.first().scheduledFor,
                 QDateTime(QDate(2026, 3, 2), QTime(6, 0), QTimeZone::utc()));
    // And the next regular run is tomorrow's.
    QCOMPARE(scheduler.nextRun(), QDateTime(QDate(2026, 3, 3), QTime(6, 0), QTimeZone::utc()));
    Q_UNUSED(r);
}

void TestScheduler::failuresRetryWithBackoff()
{
    scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    scheduler.start();
    m_clock.advance(30000);
    QCOMPARE(scheduler.runDue(), 1);
    const qint64 id = executor.started.first().runId;

    executor.finish(id, false);
    Run run = (*m_catalog)->run(id).value();
    QCOMPARE(run.state, Run::State::Queued); // waiting for its retry
    QCOMPARE(run.attempt, 2);
    QVERIFY2(run.error.contains(QStringLiteral("Attempt 1 failed: boom")), qPrintable(run.error));
    QCOMPARE(scheduler.nextWakeUp(), m_clock.wall.addSecs(30)); // first backoff

    m_clock.advance(29000);
    QCOMPARE(scheduler.runDue(), 0);
    m_clock.advance(1000);
    QCOMPARE(scheduler.runDue(), 1);
    QCOMPARE(executor.started.size(), 2);
    QCOMPARE(executor.started.last().runId, id);
    executor.finish(id, false);
    QCOMPARE((*m_catalog)->run(id)->attempt, 3);
    QCOMPARE(scheduler.nextWakeUp(), m_clock.wall.addSecs(60)); // doubled

    m_clock.advance(60000);
    QCOMPARE(scheduler.runDue(), 1);
    executor.finish(id, false);
    run = (*m_catalog)->run(id).value();
    QCOMPARE(run.state, Run::State::Failed); // two retries used up
    QCOMPARE(run.attempt, 3);
    m_clock.advance(3600 * 1000);
    QCOMPARE(scheduler.runDue(), 0);
    QCOMPARE(executor.started.size(), 3);
}

void TestScheduler::timeoutFailsAndCancelDoesNotRetry()
{
    const Report r = scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    ScriptedExecutor executor;
    SchedulerOptions o = options();
    o.retries = 0;
    Scheduler scheduler(m_catalog->get(), &executor, o, &m_clock);
    scheduler.start();
    m_clock.advance(30000);
    scheduler.runDue();
    const qint64 first = executor.started.first().runId;
    executor.finish(first, false, true);
    QCOMPARE((*m_catalog)->run(first)->state, Run::State::Failed);
    QCOMPARE((*m_catalog)->run(first)->error, QStringLiteral("time limit"));

    const auto manual = scheduler.runNow(r.id);
    QVERIFY2(manual, qPrintable(manual.error()));
    QCOMPARE(manual->trigger, Run::Trigger::Manual);
    QVERIFY(scheduler.cancel(manual->id));
    QCOMPARE(executor.cancelled, QList<qint64>{manual->id});
    executor.finish(manual->id, false, false, true);
    QCOMPARE((*m_catalog)->run(manual->id)->state, Run::State::Cancelled);
    QVERIFY(!scheduler.cancel(manual->id)); // not running any more
}

void TestScheduler::rearmsAfterAnEdit()
{
    Report r = scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    QSignalSpy next(&scheduler, &Scheduler::nextRunChanged);
    scheduler.start();
    QCOMPARE(scheduler.nextRun(), QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));

    r = (*m_catalog)->report(r.id).value();
    r.schedule = dailyAt(10).toJson();
    QVERIFY((*m_catalog)->saveReport(r));
    QCOMPARE(scheduler.nextRun(), QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(next.last().at(0).toDateTime(), scheduler.nextRun());

    QVERIFY((*m_catalog)->setReportsEnabled({r.id}, false)); // disabled reports do not run
    QVERIFY(!scheduler.nextRun().isValid());
    QCOMPARE(scheduler.nextWakeUp(), m_clock.wall.addSecs(60)); // only the capped sleep
}

void TestScheduler::interruptedRunsOfADeadProcessAreRetried()
{
    const Report r = scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    const QString host = Scheduler::defaultInstanceId().section(QLatin1Char(':'), 0, -2);
    // A run claimed by a process of this machine that does not exist any more (pid 2^22+1 is
    // above Linux's pid_max default), and one of another machine, which is left alone.
    auto dead = (*m_catalog)
                    ->claimRun(r.id, kStart.addSecs(-3600), Run::Trigger::Schedule,
                               host + QStringLiteral(":4194305"));
    Run deadRun = dead->run;
    deadRun.state = Run::State::Running;
    QVERIFY((*m_catalog)->updateRun(deadRun));
    auto remote = (*m_catalog)
                      ->claimRun(r.id, kStart.addSecs(-7200), Run::Trigger::Schedule,
                                 QStringLiteral("elsewhere:42"));
    Run remoteRun = remote->run;
    remoteRun.state = Run::State::Running;
    QVERIFY((*m_catalog)->updateRun(remoteRun));

    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.start();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<Run>().state, Run::State::Interrupted);
    QCOMPARE(executor.started.size(), 1);
    QCOMPARE(executor.started.first().runId, deadRun.id);
    const Run retried = (*m_catalog)->run(deadRun.id).value();
    QCOMPARE(retried.state, Run::State::Running);
    QCOMPARE(retried.attempt, 2);
    QCOMPARE(retried.claimedBy, Scheduler::defaultInstanceId());
    QCOMPARE((*m_catalog)->run(remoteRun.id)->state, Run::State::Running);
}

void TestScheduler::sleepIsCappedAndJumpsAreNoticed()
{
    scheduledReport(QStringLiteral("Daily"), dailyAt(12));
    ScriptedExecutor executor;
    SchedulerOptions o = options();
    o.maxSleep = std::chrono::milliseconds(40); // real timer, so the test is quick
    Scheduler scheduler(m_catalog->get(), &executor, o, &m_clock);
    scheduler.start();
    QCOMPARE(scheduler.nextWakeUp(), m_clock.wall.addMSecs(40)); // noon is hours away

    // The machine sleeps through noon: the wall clock moves five hours, the monotonic clock
    // (suspended) does not. On its next wake-up the scheduler sees the jump and catches up.
    m_clock.wall = m_clock.wall.addSecs(5 * 3600);
    QTRY_COMPARE_WITH_TIMEOUT(executor.started.size(), 1, 5000);
    const Run run = (*m_catalog)->run(executor.started.first().runId).value();
    QCOMPARE(run.scheduledFor, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::utc()));
    QCOMPARE(run.trigger, Run::Trigger::CatchUp);
    QCOMPARE(scheduler.nextRun(), QDateTime(QDate(2026, 3, 3), QTime(12, 0), QTimeZone::utc()));
}

void TestScheduler::pausedRunsNothingButRunNowWorks()
{
    const Report r =
        scheduledReport(QStringLiteral("Daily"), dailyAt(8, CatchUpPolicy::Mode::Skip));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    scheduler.start();
    scheduler.setPaused(true);
    m_clock.advance(10 * 60000);
    QCOMPARE(scheduler.runDue(), 0);
    QVERIFY(scheduler.runNow(r.id));
    QCOMPARE(executor.started.size(), 1);
    scheduler.setPaused(false); // 08:00 passed ten minutes ago while paused: policy skip
    QCOMPARE(executor.started.size(), 1);
}

void TestScheduler::startJustAfterAnOccurrenceRunsItRegularly()
{
    // A headless `run-due` shortly after 08:00: that is the 08:00 run, not a missed one, so it
    // runs even with the "skip" catch-up policy, as a scheduled run.
    scheduledReport(QStringLiteral("Daily"), dailyAt(8, CatchUpPolicy::Mode::Skip));
    (*m_catalog)
        ->setMetaValue(QStringLiteral("scheduler.lastCheck"), kStart.toString(Qt::ISODateWithMs));
    m_clock.advance(40000); // 08:00:10
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    scheduler.start();
    QCOMPARE(executor.started.size(), 1);
    const Run run = (*m_catalog)->run(executor.started.first().runId).value();
    QCOMPARE(run.trigger, Run::Trigger::Schedule);
    QCOMPARE(run.scheduledFor, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));
}

void TestScheduler::queuedRetryOfADeadProcessKeepsItsAttempt()
{
    const Report r = scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    const QString host = Scheduler::defaultInstanceId().section(QLatin1Char(':'), 0, -2);
    auto claim = (*m_catalog)
                     ->claimRun(r.id, kStart.addSecs(-3600), Run::Trigger::Schedule,
                                host + QStringLiteral(":4194305"));
    Run waiting = claim->run;
    waiting.state = Run::State::Queued;
    waiting.attempt = 2;
    waiting.error = QStringLiteral("Attempt 1 failed: boom");
    QVERIFY((*m_catalog)->updateRun(waiting));
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    scheduler.start();
    QCOMPARE(finished.size(), 0); // nothing was interrupted
    QCOMPARE(executor.started.size(), 1);
    const Run run = (*m_catalog)->run(waiting.id).value();
    QCOMPARE(run.state, Run::State::Running);
    QCOMPARE(run.attempt, 2);
    QCOMPARE(run.error, QStringLiteral("Attempt 1 failed: boom"));
}

// Quitting the app mid-run: the run is cancelled in the executor but recorded as still running
// under the quitting process, so the next start (another process) marks it interrupted and runs
// it again; nothing is recorded as cancelled by the user.
void TestScheduler::shutdownLeavesRunsForTheNextStart()
{
    scheduledReport(QStringLiteral("Daily"), dailyAt(8));
    const QString host = Scheduler::defaultInstanceId().section(QLatin1Char(':'), 0, -2);
    SchedulerOptions quitting = options();
    quitting.instanceId = host + QStringLiteral(":4194305"); // a pid that cannot be alive later
    qint64 runId = 0;
    {
        ScriptedExecutor executor;
        Scheduler scheduler(m_catalog->get(), &executor, quitting, &m_clock);
        scheduler.start();
        m_clock.advance(30 * 1000);
        QCOMPARE(scheduler.runDue(), 1);
        runId = executor.started.first().runId;
        QSignalSpy finished(&scheduler, &Scheduler::runFinished);
        scheduler.shutdown();
        QCOMPARE(executor.cancelled, QList<qint64>{runId});
        executor.finish(runId, false, false, true); // the render reacts to the cancel
        QCOMPARE(finished.size(), 0);
        QVERIFY(!scheduler.isStarted());
        QCOMPARE((*m_catalog)->run(runId)->state, Run::State::Running);
    }
    ScriptedExecutor executor;
    Scheduler next(m_catalog->get(), &executor, options(), &m_clock);
    next.start();
    const Run again = (*m_catalog)->run(runId).value();
    QCOMPARE(again.state, Run::State::Running);
    QCOMPARE(again.attempt, 2);
    QCOMPARE(executor.started.size(), 1);
    QCOMPARE(executor.started.first().runId, runId);
}

// Paused in the last session (the tray's Pause is remembered): nothing missed starts with the
// app; Resume catches up by the report's policy.
void TestScheduler::pausedAtStartCatchesUpOnResume()
{
    scheduledReport(QStringLiteral("Daily"), dailyAt(8, CatchUpPolicy::Mode::RunOnce));
    (*m_catalog)
        ->setMetaValue(QStringLiteral("scheduler.lastCheck"), kStart.toString(Qt::ISODateWithMs));
    m_clock.advance(3600 * 1000); // 08:59:30: 08:00 was missed
    ScriptedExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options(), &m_clock);
    scheduler.setPaused(true);
    scheduler.start();
    QCOMPARE(executor.started.size(), 0);
    QCOMPARE(scheduler.runDue(), 0);
    scheduler.setPaused(false);
    QCOMPARE(executor.started.size(), 1);
    const Run run = (*m_catalog)->run(executor.started.first().runId).value();
    QCOMPARE(run.trigger, Run::Trigger::CatchUp);
    QCOMPARE(run.scheduledFor, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestScheduler t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_scheduler.moc"
