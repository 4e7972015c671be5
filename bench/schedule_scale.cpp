// schedule_scale: the next run of 100,000 schedules of mixed kinds.
//
// Builds 100,000 schedules with a fixed seed: hourly, daily (some on workdays), weekly,
// monthly (days 1-31, both short-month choices), last day of month, intervals in every unit,
// cron expressions (5 and 6 fields, fixed and wildcard hours) and one-off runs, spread over
// twelve zones that include DST in both hemispheres, half-hour offsets and Lord Howe's
// 30-minute shift, with starts and ends on some. Then measures:
//
// 1. next(): ScheduleCalculator::next for every schedule from one instant (what the scheduler
//    does on start and after a catalog reload). The first pass includes reading each zone's
//    transition table; the figure is the median of the passes after it. Target: < 200 ms.
// 2. the same with Schedule::fromJson first (the scheduler reads Report::schedule JSON);
// 3. nextN(10) for every schedule (the editor's "next 10 runs" list, 100,000 times).
//
// Usage: schedule_scale [passes]   (default 5)

#include "domain/Schedule.h"
#include "scheduling/ScheduleCalculator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace reportdesk;

namespace {

constexpr int kSchedules = 100'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QList<Schedule> makeSchedules()
{
    static const char *const zones[] = {
        "UTC",          "Europe/Berlin", "America/New_York",    "Asia/Kolkata",
        "Asia/Tokyo",   "Europe/London", "America/Los_Angeles", "Australia/Sydney",
        "Pacific/Apia", "Europe/Moscow", "Australia/Lord_Howe", "America/Sao_Paulo",
    };
    static const char *const crons[] = {
        "0 8 * * 1-5", "*/15 * * * *", "30 2 * * *",          "0 9,17 * * MON-FRI",
        "0 0 1 * *",   "0 6 13 * FRI", "0 */2 * * *",         "0 0 8 * * *",
        "0 12 29 2 *", "*/20 2 * * *", "15 10 * JAN-MAR SUN", "0 30 7 1,15 * *",
    };
    QRandomGenerator rng(20260101);
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QList<Schedule> list;
    list.reserve(kSchedules);
    for (int i = 0; i < kSchedules; ++i) {
        Schedule s;
        s.timeZone = QString::fromLatin1(zones[rng.bounded(12)]);
        s.time = QTime(rng.bounded(24), rng.bounded(12) * 5);
        const int kind = rng.bounded(100);
        if (kind < 10) {
            s.frequency = Schedule::Frequency::Hourly;
            s.time = QTime(0, rng.bounded(60));
        } else if (kind < 35) {
            s.frequency = Schedule::Frequency::Daily;
        } else if (kind < 55) {
            s.frequency = Schedule::Frequency::Weekly;
            for (int d = 1; d <= 7; ++d) {
                if (rng.bounded(3) == 0)
                    s.weekdays.append(d);
            }
            if (s.weekdays.isEmpty())
                s.weekdays = {1};
        } else if (kind < 68) {
            s.frequency = Schedule::Frequency::Monthly;
            s.dayOfMonth = 1 + rng.bounded(31);
            s.shortMonths =
                rng.bounded(2) ? Schedule::ShortMonths::Skip : Schedule::ShortMonths::LastDay;
        } else if (kind < 73) {
            s.frequency = Schedule::Frequency::LastDayOfMonth;
        } else if (kind < 85) {
            s.frequency = Schedule::Frequency::Interval;
            s.intervalUnit = Schedule::IntervalUnit(rng.bounded(5));
            s.intervalAmount =
                1 + rng.bounded(s.intervalUnit == Schedule::IntervalUnit::Minutes ? 120 : 6);
            s.start = base.addSecs(-qint64(rng.bounded(400)) * 86400 - rng.bounded(86400));
        } else if (kind < 97) {
            s.frequency = Schedule::Frequency::Cron;
            s.cron = QString::fromLatin1(crons[rng.bounded(12)]);
        } else {
            s.frequency = Schedule::Frequency::Once;
            s.start = base.addSecs(qint64(rng.bounded(200)) * 86400);
        }
        if (s.frequency != Schedule::Frequency::Once && rng.bounded(5) == 0)
            s.workdaysOnly = true;
        if (!s.start.isValid() && rng.bounded(4) == 0)
            s.start = base.addDays(rng.bounded(60));
        if (rng.bounded(10) == 0)
            s.end = base.addDays(30 + rng.bounded(700));
        list.append(s);
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int passes = std::max(2, argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5);
    const QList<Schedule> schedules = makeSchedules();
    QList<QJsonObject> stored;
    stored.reserve(schedules.size());
    for (const Schedule &s : schedules)
        stored.append(s.toJson());
    const QDateTime after(QDate(2026, 3, 28), QTime(23, 30), Qt::UTC); // Europe changes tonight

    // 1. next() for every schedule.
    std::vector<double> times;
    qint64 found = 0;
    double first = 0;
    for (int pass = 0; pass < passes + 1; ++pass) {
        QElapsedTimer t;
        t.start();
        found = 0;
        for (const Schedule &s : schedules)
            found += ScheduleCalculator::next(s, after).isValid() ? 1 : 0;
        if (pass == 0)
            first = ms(t);
        else
            times.push_back(ms(t));
    }
    out() << "schedules: " << schedules.size() << " (" << found << " with a next run)\n";
    out() << "next(), first pass (reads 12 zone tables): " << QString::number(first, 'f', 1)
          << " ms\n";
    out() << "next(), median of " << passes << " passes: " << QString::number(median(times), 'f', 1)
          << " ms  (" << QString::number(median(times) * 1000.0 / schedules.size(), 'f', 2)
          << " us per schedule; target < 200 ms)\n";

    // 2. fromJson + next().
    times.clear();
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer t;
        t.start();
        for (const QJsonObject &o : stored) {
            const auto parsed = Schedule::fromJson(o);
            if (parsed.ok() && parsed.value())
                ScheduleCalculator::next(*parsed.value(), after);
        }
        times.push_back(ms(t));
    }
    out() << "Schedule::fromJson + next(), median: " << QString::number(median(times), 'f', 1)
          << " ms\n";

    // 3. nextN(10).
    times.clear();
    qint64 runs = 0;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer t;
        t.start();
        runs = 0;
        for (const Schedule &s : schedules)
            runs += ScheduleCalculator::nextN(s, after, 10).size();
        times.push_back(ms(t));
    }
    out() << "nextN(10), median: " << QString::number(median(times), 'f', 1) << " ms (" << runs
          << " runs)\n";
    return 0;
}
