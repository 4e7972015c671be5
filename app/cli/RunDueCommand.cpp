#include "RunDueCommand.h"

#include "RunText.h"
#include "catalog/Catalog.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "settings/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGuiApplication>
#include <QSet>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace reportdesk::cli {

namespace {

constexpr int kDefaultGraceSeconds = 60;
constexpr int kMaxGraceSeconds = 24 * 3600;
// After the grace period, cancelled runs get this long to stop. A render notices a cancel
// between sections and every 512 rows; a database still computing its first row does not.
constexpr int kCancelWaitMs = 15000;
// Changes to the catalog file come in bursts (the pages of a transaction, a checkpoint): look
// once per burst.
constexpr int kSettleMs = 50;

// run-due --now: the scheduler sees this instant as the wall clock.
class FixedClock : public Clock {
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

// SIGTERM and SIGINT through a self-pipe: the handler only write()s the signal number into a
// pipe (async-signal-safe, no Qt), and a QSocketNotifier on the other end hands it to the event
// loop. The previous handlers are restored when this goes out of scope.
class StopSignals {
public:
    StopSignals()
    {
        if (::pipe2(m_fds, O_CLOEXEC | O_NONBLOCK) != 0) {
            m_fds[0] = m_fds[1] = -1;
            return;
        }
        s_writeFd = m_fds[1];
        struct sigaction action = {};
        action.sa_handler = &StopSignals::onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (int i = 0; i < 2; ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
    }
    ~StopSignals()
    {
        if (!isValid())
            return;
        for (int i = 0; i < 2; ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
        s_writeFd = -1;
        ::close(m_fds[0]);
        ::close(m_fds[1]);
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    bool isValid() const { return m_fds[0] >= 0; }
    int readFd() const { return m_fds[0]; }
    // The signals received since the last call, in order.
    QList<int> take()
    {
        QList<int> received;
        char buffer[16];
        ssize_t n = 0;
        while ((n = ::read(m_fds[0], buffer, sizeof buffer)) > 0) {
            for (ssize_t i = 0; i < n; ++i)
                received.append(buffer[i]);
        }
        return received;
    }
    static QString name(int signo)
    {
        return signo == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
    }

private:
    static void onSignal(int signo)
    {
        const int savedErrno = errno;
        const char byte = char(signo);
        if (const int fd = s_writeFd; fd >= 0 && ::write(fd, &byte, 1) < 0) {
            // A full pipe already holds a stop request; nothing else is safe to do here.
        }
        errno = savedErrno;
    }

    static constexpr int kSignals[2] = {SIGTERM, SIGINT};
    static inline std::atomic<int> s_writeFd{-1};
    int m_fds[2] = {-1, -1};
    struct sigaction m_previous[2] = {};
};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 3 : 1);
}

} // namespace

RunDueCommand::RunDueCommand(const CommandIo &io, Mode mode)
    : Command(io)
    , m_mode(mode)
{}

QString RunDueCommand::name() const
{
    return m_mode == Mode::RunDue ? QStringLiteral("run-due") : QStringLiteral("daemon");
}

QString RunDueCommand::description() const
{
    return m_mode == Mode::RunDue ? tr("Run the scheduled reports that are due, then exit.")
                                  : tr("Run scheduled reports until stopped (SIGTERM, SIGINT).");
}

int RunDueCommand::execute(const QStringList &arguments)
{
    return m_mode == Mode::RunDue ? runDue(arguments) : daemon(arguments);
}

void RunDueCommand::log(const QString &message)
{
    err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << message << '\n';
    err().flush();
}

QString RunDueCommand::archiveRoot(Catalog &catalog, const QString &option)
{
    QString warning;
    const QString root = Archive::resolveRoot(catalog, option, &warning);
    if (!warning.isEmpty())
        qCWarning(lcCli).noquote() << warning;
    return root;
}

int RunDueCommand::runDue(const QStringList &arguments)
{
    const QString path = name();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run what is due once and exit: recover runs a killed process left behind, catch up "
           "what was missed since the last check (per each report's catch-up policy), start "
           "what is due now, and wait for every run to finish.\n"
           "Prints one line per run, fields separated by tabs: report, scheduled-for, state, "
           "then the files written or the error.\n"
           "Exit code 0 when every run succeeded (or nothing was due), 1 when any did not."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        tr("Act as if the clock showed this instant (ISO 8601 with a time zone), to replay or "
           "test a schedule."),
        tr("INSTANT"));
    const QCommandLineOption archiveOption(
        QStringLiteral("archive"),
        tr("The archive folder the files go to; remembered in the catalog for later runs."),
        tr("DIR"));
    parser.addOptions({nowOption, archiveOption});
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;
    std::optional<FixedClock> clock;
    if (parser.isSet(nowOption)) {
        const QDateTime now = RunText::parseInstant(parser.value(nowOption));
        if (!now.isValid())
            return usageError(
                path, {}, RunText::badInstant(QStringLiteral("--now"), parser.value(nowOption)));
        clock.emplace(now);
    }
    if (parser.isSet(archiveOption) && parser.value(archiveOption).trimmed().isEmpty())
        return usageError(path, {}, tr("--archive needs a folder."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Cannot render: this program was started without Qt Gui."));

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    if (catalog->isReadOnly())
        return fail(tr("The catalog %1 is read-only; runs are recorded in it.")
                        .arg(QDir::toNativeSeparators(catalog->path())));
    SchedulerOptions options;
    options.archiveRoot = archiveRoot(*catalog, parser.value(archiveOption));
    options.fileNameTemplate = Archive::rememberedTemplate(*catalog);
    RunExecutor executor;
    Scheduler scheduler(catalog.get(), &executor, options, clock ? &*clock : nullptr);
    RunText text(*catalog);

    // The last state of each run: a run recovered from a killed process finishes twice
    // (interrupted, then its retry).
    QHash<qint64, Run::State> states;
    QObject::connect(&scheduler, &Scheduler::runStarted, &scheduler, [&](const Run &run) {
        states.insert(run.id, run.state);
        qCInfo(lcCli) << "run" << run.id << "started:" << text.reportRef(run)
                      << text.scheduledFor(run);
    });
    QObject::connect(&scheduler, &Scheduler::runFinished, &scheduler, [&](const Run &run) {
        states.insert(run.id, run.state);
        out() << text.line(run) << '\n';
        out().flush();
    });
    scheduler.start();
    scheduler.runDue();
    scheduler.stop(); // nothing new starts while we wait
    if (!scheduler.activeRuns().isEmpty()) {
        QEventLoop loop;
        QObject::connect(&scheduler, &Scheduler::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }

    if (states.isEmpty() && errIsTerminal()) {
        const QDateTime next = scheduler.nextRun();
        if (next.isValid()) {
            const QUuid id = scheduler.nextReport();
            err() << tr("Nothing was due. Next: %1 at %2.")
                         .arg(text.reportRef(id), RunText::iso(next, text.zone(id)))
                  << '\n';
        } else {
            err() << tr("Nothing was due, and no report is scheduled.") << '\n';
        }
        err().flush();
    }
    const bool allSucceeded = std::all_of(states.cbegin(), states.cend(),
                                          [](Run::State s) { return s == Run::State::Succeeded; });
    return allSucceeded ? Success : Failure;
}

int RunDueCommand::daemon(const QStringList &arguments)
{
    const QString path = name();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Run the scheduler until SIGTERM or SIGINT, logging each run to standard error.\n"
           "On the signal nothing new starts; running runs get the grace period to finish and "
           "are then cancelled (a second signal cancels them at once). Exits 0.\n"
           "Schedules changed by other programs (the app, reports import) are picked up while "
           "it runs."));
    const QCommandLineOption archiveOption(
        QStringLiteral("archive"),
        tr("The archive folder the files go to; remembered in the catalog for later runs."),
        tr("DIR"));
    const QCommandLineOption graceOption(
        QStringLiteral("grace"),
        tr("How long running runs may take to finish once stopped (default %1).")
            .arg(kDefaultGraceSeconds),
        tr("SECONDS"));
    parser.addOptions({archiveOption, graceOption});
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;
    int graceSeconds = kDefaultGraceSeconds;
    if (parser.isSet(graceOption)) {
        bool ok = false;
        graceSeconds = parser.value(graceOption).toInt(&ok);
        if (!ok || graceSeconds < 0 || graceSeconds > kMaxGraceSeconds)
            return usageError(path, {},
                              tr("Bad --grace \"%1\": give a whole number of seconds from 0 to %2.")
                                  .arg(parser.value(graceOption))
                                  .arg(kMaxGraceSeconds));
    }
    if (parser.isSet(archiveOption) && parser.value(archiveOption).trimmed().isEmpty())
        return usageError(path, {}, tr("--archive needs a folder."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Cannot render: this program was started without Qt Gui."));

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    if (catalog->isReadOnly())
        return fail(tr("The catalog %1 is read-only; runs are recorded in it.")
                        .arg(QDir::toNativeSeparators(catalog->path())));
    StopSignals stopSignals;
    if (!stopSignals.isValid())
        return fail(tr("Cannot watch for SIGTERM and SIGINT: %1").arg(qt_error_string(errno)));
    SchedulerOptions options;
    options.archiveRoot = archiveRoot(*catalog, parser.value(archiveOption));
    options.fileNameTemplate = Archive::rememberedTemplate(*catalog);
    RunExecutor executor;
    Scheduler scheduler(catalog.get(), &executor, options);
    RunText text(*catalog);
    QEventLoop loop;

    enum class Phase { Running, Draining, Cancelling };
    Phase phase = Phase::Running;
    QString stopSignal;
    QSet<qint64> cancelledByStop;

    QObject::connect(&scheduler, &Scheduler::runStarted, &loop, [&](const Run &run) {
        log(tr("run %1 started: %2, scheduled for %3 (%4, attempt %5, %6 s after its time)")
                .arg(run.id)
                .arg(text.reportRef(run), text.scheduledFor(run), Run::triggerName(run.trigger))
                .arg(run.attempt)
                .arg(seconds(run.scheduledFor.msecsTo(run.startedAt))));
    });
    QObject::connect(&scheduler, &Scheduler::runFinished, &loop, [&](Run run) {
        if (run.state == Run::State::Cancelled && cancelledByStop.contains(run.id)) {
            run.error = tr("Cancelled: the daemon was stopped (%1) and the run did not finish "
                           "within the grace period of %2 s.")
                            .arg(stopSignal)
                            .arg(graceSeconds);
            if (const Status s = catalog->updateRun(run); !s)
                log(s.error());
        }
        QStringList files;
        for (const RunArtifact &a : std::as_const(run.artifacts))
            files.append(a.path);
        const QString took =
            run.startedAt.isValid() && run.finishedAt.isValid()
                ? tr(" in %1 s").arg(seconds(run.startedAt.msecsTo(run.finishedAt)))
                : QString();
        log(tr("run %1 %2%3: %4: %5")
                .arg(run.id)
                .arg(Run::stateName(run.state), took, text.reportRef(run),
                     run.state == Run::State::Succeeded ? files.join(QStringLiteral(", "))
                                                        : run.error));
    });
    QObject::connect(&scheduler, &Scheduler::nextRunChanged, &loop, [&](const QDateTime &when) {
        if (!when.isValid()) {
            log(tr("no run is scheduled"));
            return;
        }
        const QUuid id = scheduler.nextReport();
        log(tr("next run: %1 at %2").arg(text.reportRef(id), RunText::iso(when, text.zone(id))));
    });

    // Stopping: nothing new starts, running runs get the grace period, then are cancelled; a
    // run that does not react to the cancel is recorded as interrupted and left behind.
    QTimer grace;
    grace.setSingleShot(true);
    QTimer cancelWait;
    cancelWait.setSingleShot(true);
    auto cancelRest = [&] {
        phase = Phase::Cancelling;
        const QList<qint64> active = scheduler.activeRuns();
        log(tr("cancelling %n run(s)", nullptr, int(active.size())));
        for (const qint64 id : active) {
            cancelledByStop.insert(id);
            scheduler.cancel(id);
        }
        cancelWait.start(kCancelWaitMs);
    };
    QObject::connect(&grace, &QTimer::timeout, &loop, cancelRest);
    QObject::connect(&cancelWait, &QTimer::timeout, &loop, [&] {
        for (const qint64 id : scheduler.activeRuns()) {
            auto run = catalog->run(id);
            if (!run)
                continue;
            run->state = Run::State::Interrupted;
            run->finishedAt = QDateTime::currentDateTimeUtc();
            run->error = tr("The daemon was stopped (%1) and the run did not react to being "
                            "cancelled within %2 s.")
                             .arg(stopSignal)
                             .arg(kCancelWaitMs / 1000);
            catalog->updateRun(*run);
            log(tr("run %1 interrupted: %2: %3")
                    .arg(run->id)
                    .arg(text.reportRef(*run), run->error));
        }
        log(tr("stopped, leaving the runs that did not stop behind"));
        out().flush();
        // The render threads are still busy: returning would destroy the Qt Gui objects they
        // paint with (and ~RunExecutor would wait for them). The catalog has recorded
        // everything, so leave at once.
        std::_Exit(Success);
    });
    QObject::connect(&scheduler, &Scheduler::idle, &loop, [&] {
        if (phase != Phase::Running)
            loop.quit();
    });
    auto stop = [&](int signo) {
        if (phase == Phase::Running) {
            phase = Phase::Draining;
            stopSignal = StopSignals::name(signo);
            scheduler.stop();
            const int active = int(scheduler.activeRuns().size());
            if (active == 0) {
                log(tr("%1: stopping").arg(stopSignal));
                loop.quit();
                return;
            }
            log(tr("%1: stopping; waiting up to %2 s for %n running run(s) (send %1 again to "
                   "cancel them now)",
                   nullptr, active)
                    .arg(stopSignal)
                    .arg(graceSeconds));
            grace.start(std::chrono::seconds(graceSeconds));
        } else if (phase == Phase::Draining) {
            grace.stop();
            cancelRest();
        }
    };
    QSocketNotifier signalNotifier(stopSignals.readFd(), QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &loop, [&] {
        for (const int signo : stopSignals.take())
            stop(signo);
    });

    // The scheduler hears of edits made through its own Catalog object only. Other processes
    // (the app, `reports import`) write to the same file: watch it, and have the scheduler
    // re-read each report whose schedule (or enabled state) differs; it then computes that
    // report's next run from now, exactly as after an edit in the app.
    QFileSystemWatcher watcher;
    const QString catalogFile = QFileInfo(catalog->path()).absoluteFilePath();
    const QString walFile = catalogFile + QStringLiteral("-wal"); // SQLite's write-ahead log
    auto watch = [&] {
        const QStringList files = watcher.files();
        if (!watcher.directories().contains(QFileInfo(catalogFile).absolutePath()))
            watcher.addPath(QFileInfo(catalogFile).absolutePath()); // the log comes and goes
        for (const QString &file : {catalogFile, walFile}) {
            if (!files.contains(file) && QFileInfo::exists(file))
                watcher.addPath(file);
        }
    };
    QHash<QUuid, QJsonObject> schedules = catalog->schedules();
    QTimer settle;
    settle.setSingleShot(true);
    settle.setInterval(kSettleMs);
    QObject::connect(&watcher, &QFileSystemWatcher::fileChanged, &settle,
                     qOverload<>(&QTimer::start));
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &settle,
                     qOverload<>(&QTimer::start));
    QObject::connect(&settle, &QTimer::timeout, &loop, [&] {
        watch();
        if (phase != Phase::Running)
            return;
        const QHash<QUuid, QJsonObject> current = catalog->schedules();
        if (current == schedules)
            return;
        QSet<QUuid> changed;
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (schedules.value(it.key()) != it.value())
                changed.insert(it.key());
        }
        for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
            if (!current.contains(it.key()))
                changed.insert(it.key());
        }
        schedules = current;
        text.forgetReports(); // names and zones may have changed too
        for (const QUuid &id : std::as_const(changed)) {
            log(schedules.contains(id) ? tr("the schedule of %1 changed").arg(text.reportRef(id))
                                       : tr("%1 is no longer scheduled").arg(text.reportRef(id)));
            scheduler.refresh(id);
        }
    });
    watch();

    log(tr("daemon started: pid %1, catalog %2, archive %3, %n scheduled report(s)", nullptr,
           int(schedules.size()))
            .arg(QString::number(::getpid()), QDir::toNativeSeparators(catalogFile),
                 QDir::toNativeSeparators(options.archiveRoot)));
    if (!QFileInfo(options.archiveRoot).isDir())
        log(tr("warning: the archive folder %1 does not exist; runs fail until it does")
                .arg(QDir::toNativeSeparators(options.archiveRoot)));
    scheduler.start();
    loop.exec();
    log(tr("stopped"));
    return Success;
}

} // namespace reportdesk::cli
