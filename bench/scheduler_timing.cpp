// scheduler_timing: how the real Scheduler spends an idle hour and how late its runs start.
//
// Runs the real Scheduler with a real RunExecutor on a fresh SQLite catalog, in real time, no
// injected clock, in two phases:
//
// 1. Idle: 200 enabled reports whose next runs are all more than an hour away (daily, weekly,
//    monthly, cron). For --idle-seconds (default 180) nothing is due. Every timer event the
//    process receives is counted by an application-wide event filter (so polling anywhere, not
//    just in the scheduler, shows up), together with the CPU time the process used. The figures
//    are extrapolated to one hour. Target: one armed timer, no periodic polling beyond the capped
//    sleep (60 s -> 60 wake-ups per idle hour).
// 2. Start delay: --reports (default 3) reports with a 6-field cron "*/5 * * * * *" (every five
//    seconds) and a one-paragraph text section, for --delay-seconds (default 60). For every run:
//    start delay = startedAt - the occurrence's instant; file delay = the PDF's mtime - the
//    instant. Target: start delay under 1 s.
//
// Usage: scheduler_timing [--idle-seconds N] [--delay-seconds N] [--reports N]

#include "catalog/Catalog.h"
#include "domain/Schedule.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

using namespace reportdesk;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Counts every timer event delivered in the process, by receiver class, except the benchmark's
// own phase timer (named "bench").
class TimerCounter : public QObject {
public:
    QHash<QString, int> byClass;
    int total = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer && watched->objectName() != QLatin1String("bench")) {
            ++total;
            const QString parent =
                watched->parent()
                    ? QString::fromLatin1(watched->parent()->metaObject()->className())
                    : QStringLiteral("-");
            ++byClass[QString::fromLatin1(watched->metaObject()->className()) +
                      QStringLiteral(" (in ") + parent + QLatin1Char(')')];
        }
        return false;
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

Report makeReport(Catalog &catalog, qint64 folder, const QString &name, const Schedule &schedule)
{
    Report r;
    r.folderId = folder;
    r.name = name;
    r.title = name;
    Section text;
    text.kind = Section::Kind::Text;
    text.text = QStringLiteral("A short report for the scheduler benchmark.");
    r.sections = {text};
    r.schedule = schedule.toJson();
    const auto saved = catalog.saveReport(r);
    if (!saved)
        qFatal("cannot save report: %s", qPrintable(saved.error()));
    return saved.value();
}

void spin(int seconds)
{
    QEventLoop loop;
    QTimer phase;
    phase.setObjectName(QStringLiteral("bench"));
    phase.setSingleShot(true);
    QObject::connect(&phase, &QTimer::timeout, &loop, &QEventLoop::quit);
    phase.start(std::chrono::seconds(seconds));
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // renders need fonts
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption idleOption(QStringLiteral("idle-seconds"),
                                        QStringLiteral("Idle phase length."), QStringLiteral("n"),
                                        QStringLiteral("180"));
    const QCommandLineOption delayOption(QStringLiteral("delay-seconds"),
                                         QStringLiteral("Start-delay phase length."),
                                         QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption reportsOption(QStringLiteral("reports"),
                                           QStringLiteral("Reports due every 5 s."),
                                           QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({idleOption, delayOption, reportsOption});
    parser.process(app);
    const int idleSeconds = parser.value(idleOption).toInt();
    const int delaySeconds = parser.value(delayOption).toInt();
    const int reports = parser.value(reportsOption).toInt();

    QTemporaryDir dir;
    QString error;
    auto catalog = Catalog::openSqlite(dir.filePath(QStringLiteral("catalog.sqlite")), &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    const QString archive = dir.filePath(QStringLiteral("archive"));
    QDir().mkpath(archive);
    const qint64 folder = catalog->createFolder(0, QStringLiteral("Bench"))->id;

    // Phase 1: 200 schedules, none due within the next hour.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QTime later = now.addSecs(2 * 3600).time();
    QList<QUuid> idleReports;
    for (int i = 0; i < 200; ++i) {
        Schedule s;
        s.timeZone = QStringLiteral("UTC");
        s.time = QTime(later.hour(), (later.minute() + i) % 60);
        switch (i % 4) {
        case 0:
            s.frequency = Schedule::Frequency::Daily;
            break;
        case 1:
            s.frequency = Schedule::Frequency::Weekly;
            s.weekdays = {now.addSecs(2 * 3600).date().dayOfWeek()};
            break;
        case 2:
            s.frequency = Schedule::Frequency::Monthly;
            s.dayOfMonth = now.addSecs(2 * 3600).date().day();
            break;
        default:
            s.frequency = Schedule::Frequency::Cron;
            s.cron = QStringLiteral("%1 %2 * * *").arg(s.time.minute()).arg(s.time.hour());
        }
        idleReports.append(makeReport(*catalog, folder, QStringLiteral("Idle %1").arg(i), s).id);
    }

    SchedulerOptions options;
    options.archiveRoot = archive;
    RunExecutor executor;
    Scheduler scheduler(catalog.get(), &executor, options);
    TimerCounter counter;
    scheduler.start();
    out() << "scheduler_timing: " << idleReports.size() << " schedules, next run "
          << scheduler.nextRun().toString(Qt::ISODate) << " (now " << now.toString(Qt::ISODate)
          << ")\n";
    out().flush();

    app.installEventFilter(&counter);
    const double cpuBefore = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    spin(idleSeconds);
    const double idleElapsed = double(idle.elapsed()) / 1000.0;
    const double cpuIdle = cpuSeconds() - cpuBefore;
    app.removeEventFilter(&counter);
    const double perHour = 3600.0 / idleElapsed;
    out() << "\n1. Idle (nothing due for an hour), measured for "
          << QString::number(idleElapsed, 'f', 1) << " s:\n";
    out() << "   timer events in the process: " << counter.total << " -> "
          << QString::number(counter.total * perHour, 'f', 0) << " per idle hour\n";
    for (auto it = counter.byClass.cbegin(); it != counter.byClass.cend(); ++it)
        out() << "     " << it.key() << ": " << it.value() << '\n';
    out() << "   CPU time: " << QString::number(cpuIdle * 1000, 'f', 1) << " ms -> "
          << QString::number(cpuIdle * perHour * 1000, 'f', 0) << " ms per idle hour\n";
    out() << "   scheduler runs started: " << catalog->runs().size() << "\n";
    out().flush();

    // Phase 2: reports due every five seconds.
    QList<QUuid> fast;
    for (int i = 0; i < reports; ++i) {
        Schedule s;
        s.frequency = Schedule::Frequency::Cron;
        s.cron = QStringLiteral("*/5 * * * * *");
        s.timeZone = QStringLiteral("UTC");
        s.catchUp.mode = CatchUpPolicy::Mode::Skip;
        fast.append(
            makeReport(*catalog, folder, QStringLiteral("Every five seconds %1").arg(i), s).id);
    }
    spin(delaySeconds);
    scheduler.stop();
    executor.waitForDone(30000);
    QCoreApplication::processEvents();

    std::vector<double> startDelays;
    std::vector<double> fileDelays;
    int failed = 0;
    for (const Run &run : catalog->runs()) {
        if (!fast.contains(run.reportId))
            continue;
        if (run.state != Run::State::Succeeded) {
            ++failed;
            continue;
        }
        startDelays.push_back(double(run.scheduledFor.msecsTo(run.startedAt)));
        for (const RunArtifact &a : run.artifacts)
            fileDelays.push_back(
                double(run.scheduledFor.msecsTo(QFileInfo(a.path).lastModified().toUTC())));
    }
    out() << "\n2. Start delay, " << reports << " reports every 5 s for " << delaySeconds
          << " s: " << startDelays.size() << " runs succeeded, " << failed << " not\n";
    out() << "   start delay (startedAt - occurrence): median "
          << QString::number(percentile(startDelays, 0.5), 'f', 0) << " ms, p95 "
          << QString::number(percentile(startDelays, 0.95), 'f', 0) << " ms, max "
          << QString::number(percentile(startDelays, 1.0), 'f', 0) << " ms\n";
    out() << "   file written (mtime - occurrence):    median "
          << QString::number(percentile(fileDelays, 0.5), 'f', 0) << " ms, p95 "
          << QString::number(percentile(fileDelays, 0.95), 'f', 0) << " ms, max "
          << QString::number(percentile(fileDelays, 1.0), 'f', 0) << " ms\n";
    out().flush();
    return 0;
}
