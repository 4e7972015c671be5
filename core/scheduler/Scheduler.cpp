#include "Scheduler.h"

#include "catalog/Catalog.h"
#include "rendering/RenderJob.h"
#include "scheduler/RunExecutor.h"
#include "scheduling/ScheduleCalculator.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QLoggingCategory>

#include <csignal>
#include <cerrno>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcScheduler, "reportdesk.core.scheduler")

namespace reportdesk {

namespace {

const char kLastCheckKey[] = "scheduler.lastCheck";

// A wake-up this much later than planned, or a wall clock that moved this much more (or less)
// than the monotonic clock, counts as a resume or a clock change.
constexpr qint64 kJumpMs = 5000;

} // namespace

qint64 Clock::monotonicMs() const
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QString Scheduler::defaultInstanceId()
{
    return QHostInfo::localHostName() + QLatin1Char(':') + QString::number(::getpid());
}

Scheduler::Scheduler(Catalog *catalog, RunExecutor *executor, SchedulerOptions options,
                     const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_executor(executor)
    , m_options(std::move(options))
    , m_clock(clock ? clock : &m_ownClock)
{
    if (m_options.instanceId.isEmpty())
        m_options.instanceId = defaultInstanceId();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::onTimer);
    connect(m_executor, &RunExecutor::finished, this, &Scheduler::onFinished);
    // Any change to a report may change when it runs next.
    connect(m_catalog, &Catalog::reportInserted, this,
            [this](const ReportSummary &r) { refresh(r.id); });
    connect(m_catalog, &Catalog::reportChanged, this,
            [this](const ReportSummary &, const ReportSummary &r) { refresh(r.id); });
    connect(m_catalog, &Catalog::reportRemoved, this, [this](const ReportSummary &r) {
        m_entries.remove(r.id);
        rearm();
    });
}

Scheduler::~Scheduler() = default;

QDateTime Scheduler::lastCheck() const
{
    return QDateTime::fromString(m_catalog->metaValue(QLatin1String(kLastCheckKey)),
                                 Qt::ISODateWithMs);
}

void Scheduler::setLastCheck(const QDateTime &when)
{
    if (!m_catalog->isReadOnly())
        m_catalog->setMetaValue(QLatin1String(kLastCheckKey),
                                when.toUTC().toString(Qt::ISODateWithMs));
}

void Scheduler::start()
{
    if (m_started)
        return;
    m_started = true;
    const QDateTime now = m_clock->now();
    m_lastWall = now;
    m_lastMonotonic = m_clock->monotonicMs();
    reload();
    recoverInterrupted();
    // Paused (a choice remembered from the last session): what was missed waits for Resume,
    // which catches up from the last check like after downtime.
    if (!m_paused) {
        const QDateTime since = lastCheck();
        if (since.isValid() && since < now)
            catchUp(since, now);
        setLastCheck(now);
    }
    rearm();
}

void Scheduler::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextWake = {};
}

void Scheduler::shutdown()
{
    stop();
    const QList<qint64> active = m_active.keys();
    m_active.clear(); // onFinished ignores them from now on
    m_retries.clear();
    for (const qint64 id : active)
        m_executor->cancel(id);
}

void Scheduler::setOptions(SchedulerOptions options)
{
    if (options.instanceId.isEmpty())
        options.instanceId = m_options.instanceId;
    m_options = std::move(options);
    rearm(); // maxSleep may have changed
}

void Scheduler::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    emit pausedChanged(paused);
    if (!paused && m_started) {
        // What fell due while paused follows the catch-up policy, like downtime.
        const QDateTime now = m_clock->now();
        catchUp(lastCheck(), now);
        setLastCheck(now);
    }
    rearm();
}

void Scheduler::reload()
{
    m_entries.clear();
    const QHash<QUuid, QJsonObject> schedules = m_catalog->schedules();
    for (auto it = schedules.begin(); it != schedules.end(); ++it) {
        const auto parsed = Schedule::fromJson(it.value());
        if (!parsed || !parsed.value() || !parsed.value()->validate().isEmpty()) {
            qCWarning(lcScheduler) << "report" << it.key() << "has an unusable schedule";
            continue;
        }
        m_entries.insert(it.key(), Entry{**parsed, {}});
    }
    const QDateTime now = m_clock->now();
    const QHash<QUuid, QDateTime> claimed = m_catalog->lastScheduledFor(); // one query
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const QDateTime last = claimed.value(it.key());
        it->next =
            ScheduleCalculator::next(it->schedule, last.isValid() && last > now ? last : now);
    }
}

void Scheduler::refresh(const QUuid &id)
{
    if (!m_started)
        return;
    m_entries.remove(id);
    const auto report = m_catalog->report(id);
    if (report && report->enabled && !report->schedule.isEmpty()) {
        const auto parsed = Schedule::fromJson(report->schedule);
        if (parsed && parsed.value() && parsed.value()->validate().isEmpty()) {
            Entry e{**parsed, {}};
            e.next = ScheduleCalculator::next(e.schedule, m_clock->now());
            m_entries.insert(id, e);
        }
    }
    rearm();
}

QDateTime Scheduler::nextRun() const
{
    QDateTime best;
    for (const Entry &e : m_entries) {
        if (e.next.isValid() && (!best.isValid() || e.next < best))
            best = e.next;
    }
    return best;
}

QUuid Scheduler::nextReport() const
{
    QUuid id;
    QDateTime best;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->next.isValid() && (!best.isValid() || it->next < best)) {
            best = it->next;
            id = it.key();
        }
    }
    return id;
}

void Scheduler::rearm()
{
    const QDateTime next = nextRun();
    if (next != m_lastNext) {
        m_lastNext = next;
        emit nextRunChanged(next);
    }
    if (!m_started) {
        m_timer.stop();
        return;
    }
    const QDateTime now = m_clock->now();
    QDateTime due = m_paused ? QDateTime() : next;
    for (const Retry &r : std::as_const(m_retries)) {
        if (!due.isValid() || r.due < due)
            due = r.due;
    }
    // Never sleep longer than maxSleep: a suspend or a clock change costs at most that.
    qint64 ms = m_options.maxSleep.count();
    if (due.isValid())
        ms = std::clamp<qint64>(now.msecsTo(due), 0, ms);
    m_nextWake = now.addMSecs(ms);
    m_timer.start(std::chrono::milliseconds(ms));
}

void Scheduler::onTimer()
{
    const QDateTime now = m_clock->now();
    const qint64 monotonic = m_clock->monotonicMs();
    const qint64 wallDelta = m_lastWall.msecsTo(now);
    const qint64 monoDelta = monotonic - m_lastMonotonic;
    const bool jumped = std::abs(wallDelta - monoDelta) > kJumpMs ||
                        (m_nextWake.isValid() && m_nextWake.msecsTo(now) > kJumpMs);
    m_lastWall = now;
    m_lastMonotonic = monotonic;
    if (jumped) {
        // Resume from sleep or a clock change: recompute every next run from the new now, and
        // treat what was skipped over as missed.
        qCInfo(lcScheduler) << "clock jumped or the machine resumed: wall" << wallDelta
                            << "ms, monotonic" << monoDelta << "ms";
        const QDateTime since = lastCheck();
        reload();
        if (since.isValid() && since < now && !m_paused)
            catchUp(since, now);
    }
    runDue();
    rearm();
}

int Scheduler::runDue()
{
    const QDateTime now = m_clock->now();
    int started = 0;
    // Retries whose backoff is over.
    for (qsizetype i = m_retries.size() - 1; i >= 0; --i) {
        if (m_retries.at(i).due > now)
            continue;
        const qint64 id = m_retries.takeAt(i).runId;
        if (auto run = m_catalog->run(id); run && startRun(*run))
            ++started;
    }
    if (m_paused)
        return started;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        while (it->next.isValid() && it->next <= now) {
            const QDateTime occurrence = it->next;
            it->next = ScheduleCalculator::next(it->schedule, occurrence);
            // Late by more than a sleep: that is a missed run, not this one.
            const bool late = occurrence.msecsTo(now) > m_options.maxSleep.count() + kJumpMs;
            if (late && it->schedule.catchUp.mode == CatchUpPolicy::Mode::Skip)
                continue;
            const auto claim = m_catalog->claimRun(
                it.key(), occurrence, late ? Run::Trigger::CatchUp : Run::Trigger::Schedule,
                m_options.instanceId);
            if (!claim) {
                qCWarning(lcScheduler) << claim.error();
                continue;
            }
            if (claim->claimed && startRun(claim->run))
                ++started;
        }
    }
    setLastCheck(now);
    rearm();
    return started;
}

void Scheduler::catchUp(const QDateTime &since, const QDateTime &now)
{
    // Occurrences within one capped sleep of now are simply due (a regular run, whatever the
    // catch-up policy); only older ones were missed and follow the policy.
    const QDateTime recent = now.addMSecs(-(m_options.maxSleep.count() + kJumpMs));
    const CatchUpPolicy every{CatchUpPolicy::Mode::RunEach, 1000};
    const QHash<QUuid, QDateTime> claimed = m_catalog->lastScheduledFor();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const QDateTime last = claimed.value(it.key());
        const QDateTime from = last.isValid() && last > since ? last : since;
        QList<QPair<QDateTime, Run::Trigger>> runs;
        if (from < recent) {
            for (const QDateTime &at :
                 ScheduleCalculator::missed(it->schedule, from, recent, it->schedule.catchUp))
                runs.append({at, Run::Trigger::CatchUp});
        }
        for (const QDateTime &at :
             ScheduleCalculator::missed(it->schedule, std::max(from, recent), now, every))
            runs.append({at, Run::Trigger::Schedule});
        for (const auto &[occurrence, trigger] : std::as_const(runs)) {
            const auto claim =
                m_catalog->claimRun(it.key(), occurrence, trigger, m_options.instanceId);
            if (claim && claim->claimed)
                startRun(claim->run);
        }
        it->next = ScheduleCalculator::next(it->schedule, now);
    }
}

namespace {

// Whether a process of this machine still exists (a zombie, not yet reaped, does not count).
bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = status.readAll();
        if (text.contains("\nState:\tZ"))
            return false;
    }
    return true;
}

} // namespace

void Scheduler::recoverInterrupted()
{
    const QString host = m_options.instanceId.section(QLatin1Char(':'), 0, -2);
    for (const Run::State state : {Run::State::Running, Run::State::Queued}) {
        RunFilter filter;
        filter.state = state;
        for (Run run : m_catalog->runs(filter)) {
            // Only runs of a process on this machine that no longer exists: another machine's
            // runs (a shared PostgreSQL catalog) are that machine's to recover.
            const QString owner = run.claimedBy;
            if (owner.section(QLatin1Char(':'), 0, -2) != host)
                continue;
            const qint64 pid = owner.section(QLatin1Char(':'), -1).toLongLong();
            if (owner == m_options.instanceId || processAlive(pid))
                continue;
            if (run.state == Run::State::Queued) {
                // A retry its process was waiting to start: nothing was cut short, so it keeps
                // its attempt number and the reason of the previous failure, and starts now.
                run.claimedBy = m_options.instanceId;
                startRun(run);
                continue;
            }
            run.state = Run::State::Interrupted;
            run.finishedAt = m_clock->now();
            run.error = tr("The process running this (%1) ended before it finished.").arg(owner);
            m_catalog->updateRun(run);
            emit runFinished(run);
            if (run.attempt <= m_options.retries) {
                run.attempt += 1;
                run.claimedBy = m_options.instanceId;
                run.error.clear();
                startRun(run);
            }
        }
    }
}

bool Scheduler::startRun(Run run)
{
    const auto report = m_catalog->report(run.reportId);
    if (!report) {
        fail(run, tr("The report no longer exists."));
        return false;
    }
    RenderOptions options;
    options.runInstant = run.scheduledFor; // ranges resolve at the occurrence, also on retry
    auto job = RenderJob::fromCatalog(*m_catalog, run.reportId, options);
    if (!job) {
        fail(run, job.error());
        return false;
    }
    RunRequest request;
    request.runId = run.id;
    request.job = *std::move(job);
    request.timeout = m_options.runTimeout;
    const Archive archive(m_options.archiveRoot, m_options.fileNameTemplate);
    for (const QString &format : report->formats) {
        const auto path = archive.prepare(*report, run.scheduledFor, format);
        if (!path) {
            fail(run, path.error());
            return false;
        }
        request.outputs.append({format, *path});
    }
    run.state = Run::State::Running;
    run.claimedBy = m_options.instanceId;
    run.startedAt = m_clock->now();
    run.finishedAt = {};
    if (const Status s = m_catalog->updateRun(run); !s) {
        qCWarning(lcScheduler) << s.error();
        return false;
    }
    m_active.insert(run.id, run);
    emit runStarted(run);
    m_executor->start(std::move(request));
    return true;
}

void Scheduler::fail(Run run, const QString &error)
{
    run.state = Run::State::Failed;
    run.error = error;
    if (!run.startedAt.isValid())
        run.startedAt = m_clock->now();
    run.finishedAt = m_clock->now();
    m_catalog->updateRun(run);
    emit runFinished(run);
}

void Scheduler::onFinished(const RunOutcome &outcome)
{
    if (!m_active.contains(outcome.runId))
        return;
    Run run = m_active.take(outcome.runId);
    run.finishedAt = m_clock->now();
    run.artifacts = outcome.artifacts;
    run.error = outcome.error;
    if (outcome.ok)
        run.state = Run::State::Succeeded;
    else if (outcome.cancelled && !outcome.timedOut)
        run.state = Run::State::Cancelled;
    else
        run.state = Run::State::Failed;
    m_catalog->updateRun(run);
    emit runFinished(run);
    // Failures and timeouts are retried with exponential backoff; a cancel is the user's word.
    if (run.state == Run::State::Failed && run.attempt <= m_options.retries) {
        Run retry = run;
        retry.attempt += 1;
        retry.state = Run::State::Queued;
        retry.startedAt = {};
        retry.finishedAt = {};
        retry.artifacts.clear();
        retry.error = tr("Attempt %1 failed: %2").arg(run.attempt).arg(run.error);
        m_catalog->updateRun(retry);
        const qint64 backoff = m_options.retryBackoff.count() << (run.attempt - 1);
        m_retries.append({retry.id, m_clock->now().addMSecs(backoff)});
        rearm();
    }
    if (m_active.isEmpty())
        emit idle();
}

Result<Run> Scheduler::runNow(const QUuid &reportId)
{
    // A manual run is its own occurrence: the request instant, to the millisecond (moved on by
    // a millisecond when a scheduled run holds exactly that instant).
    QDateTime at = m_clock->now();
    std::optional<Run> claimed;
    for (int i = 0; i < 10 && !claimed; ++i, at = at.addMSecs(1)) {
        const auto claim =
            m_catalog->claimRun(reportId, at, Run::Trigger::Manual, m_options.instanceId);
        if (!claim)
            return Result<Run>::failure(claim.error());
        if (claim->claimed)
            claimed = claim->run;
    }
    if (!claimed)
        return Result<Run>::failure(tr("A run of this report was started at this very moment."));
    Run run = *claimed;
    if (!startRun(run))
        return Result<Run>::failure(m_catalog->run(run.id).value_or(run).error);
    return m_active.value(run.id, run);
}

Status Scheduler::cancel(qint64 runId)
{
    if (m_active.contains(runId)) {
        m_executor->cancel(runId);
        return {};
    }
    for (qsizetype i = 0; i < m_retries.size(); ++i) {
        if (m_retries.at(i).runId != runId)
            continue;
        m_retries.removeAt(i);
        if (auto run = m_catalog->run(runId)) {
            run->state = Run::State::Cancelled;
            run->finishedAt = m_clock->now();
            m_catalog->updateRun(*run);
            emit runFinished(*run);
        }
        rearm();
        return {};
    }
    return Status::failure(tr("The run %1 is not running in this ReportDesk.").arg(runId));
}

} // namespace reportdesk
