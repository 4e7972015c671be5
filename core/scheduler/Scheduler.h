#pragma once

#include "domain/Run.h"
#include "domain/Schedule.h"
#include "scheduler/Archive.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUuid>

#include <chrono>

namespace reportdesk {

class Catalog;
class RunExecutor;
struct RunOutcome;
struct ReportSummary;

// The wall clock and a monotonic clock, injectable so tests move time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
    virtual qint64 monotonicMs() const;
};

struct SchedulerOptions {
    QString archiveRoot;
    QString fileNameTemplate = Archive::defaultTemplate();
    std::chrono::milliseconds runTimeout{std::chrono::minutes(10)};
    int retries = 2;                                                  // after the first attempt
    std::chrono::milliseconds retryBackoff{std::chrono::seconds(30)}; // doubles per attempt
    std::chrono::milliseconds maxSleep{std::chrono::minutes(1)};      // a missed wake-up costs this
    QString instanceId; // "host:pid"; empty = this process
};

// Runs the catalog's scheduled reports. One QTimer is armed for the earliest due run (or retry)
// and never sleeps longer than maxSleep, so a suspend or a wall-clock jump (detected by
// comparing the wall and the monotonic clock on each wake-up) costs at most that long. A run is
// claimed by inserting (report, occurrence) into the catalog's runs table: with several
// processes on one catalog, each occurrence runs once. Occurrences missed while nothing ran
// follow the report's catch-up policy; runs a killed process left "running" are marked
// interrupted at start and retried. Renders happen on the RunExecutor's worker threads; every
// state change is written to the catalog on this object's thread.
class Scheduler : public QObject {
    Q_OBJECT

public:
    Scheduler(Catalog *catalog, RunExecutor *executor, SchedulerOptions options,
              const Clock *clock = nullptr, QObject *parent = nullptr);
    ~Scheduler() override;

    // Recovers interrupted runs, catches up what was missed since the last check, arms.
    void start();
    void stop();
    // Quitting the app with runs still going: stops, cancels them and forgets them without
    // recording an end, so they stay "running" under this process's id and the next start
    // (another pid) marks them interrupted and retries them by policy, like after a crash.
    // Queued retries stay queued for the next start, too.
    void shutdown();
    bool isStarted() const { return m_started; }
    // Archive folder, template, timeout, retries: take effect for runs started from now on.
    void setOptions(SchedulerOptions options);
    const SchedulerOptions &options() const { return m_options; }
    void setPaused(bool paused); // paused: nothing starts on its own; Run now still works
    bool isPaused() const { return m_paused; }

    // Claims and starts every occurrence due up to now (the timer calls this). Returns how many
    // runs it started.
    int runDue();
    // A manual run of any report, now.
    Result<Run> runNow(const QUuid &reportId);
    Status cancel(qint64 runId);

    // Re-reads one report's schedule (edits through this Catalog object arrive by signal; a
    // daemon calls this for edits another process made to the file).
    void refresh(const QUuid &id);

    QDateTime nextRun() const; // the earliest upcoming occurrence of an enabled report
    QUuid nextReport() const;
    QList<qint64> activeRuns() const { return m_active.keys(); }
    QDateTime nextWakeUp() const { return m_nextWake; } // when the timer fires next (tests)
    static QString defaultInstanceId();

signals:
    void runStarted(const reportdesk::Run &run);
    void runFinished(const reportdesk::Run &run);
    void nextRunChanged(const QDateTime &when);
    void pausedChanged(bool paused);
    void idle(); // the last active run finished

private:
    struct Entry {
        Schedule schedule;
        QDateTime next;
    };
    struct Retry {
        qint64 runId;
        QDateTime due;
    };

    void reload();
    void rearm();
    void onTimer();
    void onFinished(const RunOutcome &outcome);
    void recoverInterrupted();
    void catchUp(const QDateTime &since, const QDateTime &now);
    bool startRun(Run run);
    void fail(Run run, const QString &error);
    QDateTime lastCheck() const;
    void setLastCheck(const QDateTime &when);

    Catalog *m_catalog;
    RunExecutor *m_executor;
    SchedulerOptions m_options;
    Clock m_ownClock;
    const Clock *m_clock;
    QTimer m_timer;
    bool m_started = false;
    bool m_paused = false;
    QHash<QUuid, Entry> m_entries; // enabled reports with a valid schedule
    QHash<qint64, Run> m_active;   // claimed by us and executing
    QList<Retry> m_retries;
    QDateTime m_nextWake;
    QDateTime m_lastWall;
    qint64 m_lastMonotonic = 0;
    QDateTime m_lastNext;
};

} // namespace reportdesk
