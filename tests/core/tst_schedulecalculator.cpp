// Tests for ScheduleCalculator against hand-checked instants.
//
// Every expected UTC instant below was computed by hand and checked with python3 zoneinfo, e.g.
//   datetime(2026,3,29,2,30,tzinfo=ZoneInfo("Europe/Berlin"), fold=0).astimezone(timezone.utc)
// (fold=0 is the first of two occurrences), gaps by listing the zone's transitions minute by
// minute, and weekdays with `date -d 2026-05-31 +%a`. The transitions used:
//   Europe/Berlin       2026-03-29 02:00 CET -> 03:00 CEST (01:00Z); 2026-10-25 03:00 -> 02:00
//                       (01:00Z)
//   America/New_York    2026-03-08 02:00 EST -> 03:00 EDT (07:00Z); 2026-11-01 02:00 -> 01:00
//                       (06:00Z)
//   Australia/Lord_Howe 2026-04-05 02:00 +11 -> 01:30 +10:30 (2026-04-04 15:00Z);
//                       2026-10-04 02:00 +10:30 -> 02:30 +11 (2026-10-03 15:30Z)
//   Pacific/Apia        2011-12-29 24:00 -10 -> 2011-12-31 00:00 +14 (2011-12-30 10:00Z):
//                       30 December 2011 did not exist
//   Europe/Moscow       2011-03-27 02:00 +3 -> 03:00 +4 (23:00Z); 2014-10-26 02:00 +4 -> 01:00 +3
//                       (2014-10-25 22:00Z)
#include "scheduling/ScheduleCalculator.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace reportdesk;
using Frequency = Schedule::Frequency;
using Unit = Schedule::IntervalUnit;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

Schedule daily(const char *zone, QTime time)
{
    Schedule s;
    s.frequency = Frequency::Daily;
    s.timeZone = QString::fromLatin1(zone);
    s.time = time;
    return s;
}

Schedule hourly(const char *zone, int minute)
{
    Schedule s;
    s.frequency = Frequency::Hourly;
    s.timeZone = QString::fromLatin1(zone);
    s.time = QTime(0, minute);
    return s;
}

Schedule monthly(int day, Schedule::ShortMonths shortMonths, QTime time = QTime(6, 0))
{
    Schedule s;
    s.frequency = Frequency::Monthly;
    s.dayOfMonth = day;
    s.shortMonths = shortMonths;
    s.time = time;
    return s;
}

Schedule interval(int amount, Unit unit, const QDateTime &start, const char *zone = "UTC")
{
    Schedule s;
    s.frequency = Frequency::Interval;
    s.intervalAmount = amount;
    s.intervalUnit = unit;
    s.start = start;
    s.timeZone = QString::fromLatin1(zone);
    return s;
}

// Runs whose local date in `zone` is `day`.
int runsOnLocalDay(const Schedule &s, const QDate &day)
{
    const QTimeZone zone(s.timeZone.toUtf8());
    const QDateTime from = day.startOfDay(zone).addDays(-1);
    int count = 0;
    for (const QDateTime &t : ScheduleCalculator::nextN(s, from, 100)) {
        if (t.toTimeZone(zone).date() == day)
            ++count;
    }
    return count;
}

} // namespace

class TestScheduleCalculator : public QObject {
    Q_OBJECT

private slots:
    void dailyKeepsWallClockAcrossDst();
    void springForwardGapRunsAfterTheGap_data();
    void springForwardGapRunsAfterTheGap();
    void fallBackRunsOnceAtTheFirstOccurrence_data();
    void fallBackRunsOnceAtTheFirstOccurrence();
    void hourlyCountsElapsedHours_data();
    void hourlyCountsElapsedHours();
    void hourlyInLordHoweKeepsTheMinute();
    void lordHoweDailyInTheHalfHourGap();
    void apiaSkippedDay();
    void moscowOffsetChanges();
    void intervalMinutesIsAbsoluteAcrossDst();
    void intervalDaysKeepsWallClock();
    void intervalMonthsShortMonths();
    void weeklyOnChosenDays();
    void monthlyLeapDay();
    void monthly31stSkipOrLastDay();
    void lastDayOfMonth();
    void workdaysOnly();
    void startAndEndBounds();
    void once();
    void cronSchedule();
    void afterIsStrictAndMillisecondsRound();
    void invalidSchedulesHaveNoRuns();
    void missedPerPolicy();
    void missedAfterLongDowntimeIsQuick();
    void shiftedByDst();
};

void TestScheduleCalculator::dailyKeepsWallClockAcrossDst()
{
    // 08:00 Berlin is 07:00Z in CET and 06:00Z in CEST.
    const auto runs =
        ScheduleCalculator::nextN(daily("Europe/Berlin", QTime(8, 0)), utc(2026, 3, 26, 12), 4);
    QCOMPARE(runs, (QList<QDateTime>{utc(2026, 3, 27, 7), utc(2026, 3, 28, 7), utc(2026, 3, 29, 6),
                                     utc(2026, 3, 30, 6)}));
    for (const QDateTime &t : runs)
        QVERIFY(t.timeSpec() == Qt::UTC);
}

void TestScheduleCalculator::springForwardGapRunsAfterTheGap_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QList<QDateTime>>("expected");

    // 02:30 does not exist on 2026-03-29: it runs at 03:00 CEST (01:00Z).
    QTest::newRow("Berlin 02:30") << "Europe/Berlin" << QTime(2, 30) << utc(2026, 3, 27, 12)
                                  << QList<QDateTime>{utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1),
                                                      utc(2026, 3, 30, 0, 30)};
    QTest::newRow("Berlin 02:00 (the gap's first minute)")
        << "Europe/Berlin" << QTime(2, 0) << utc(2026, 3, 28, 12)
        << QList<QDateTime>{utc(2026, 3, 29, 1), utc(2026, 3, 30, 0)};
    // Asked from the instant before the gap ends, the gap run is still ahead.
    QTest::newRow("Berlin from just before the gap")
        << "Europe/Berlin" << QTime(2, 30) << utc(2026, 3, 29, 0, 59, 59)
        << QList<QDateTime>{utc(2026, 3, 29, 1), utc(2026, 3, 30, 0, 30)};
    // New York 2026-03-08: 02:30 runs at 03:00 EDT (07:00Z).
    QTest::newRow("New York 02:30")
        << "America/New_York" << QTime(2, 30) << utc(2026, 3, 7, 0)
        << QList<QDateTime>{utc(2026, 3, 7, 7, 30), utc(2026, 3, 8, 7), utc(2026, 3, 9, 6, 30)};
}

void TestScheduleCalculator::springForwardGapRunsAfterTheGap()
{
    QFETCH(QString, zone);
    QFETCH(QTime, time);
    QFETCH(QDateTime, after);
    QFETCH(QList<QDateTime>, expected);
    Schedule s = daily("UTC", time);
    s.timeZone = zone;
    QCOMPARE(ScheduleCalculator::nextN(s, after, int(expected.size())), expected);
}

void TestScheduleCalculator::fallBackRunsOnceAtTheFirstOccurrence_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QList<QDateTime>>("expected");

    // 02:30 happens at 00:30Z (CEST) and 01:30Z (CET) on 2026-10-25: only the first.
    QTest::newRow("Berlin 02:30") << "Europe/Berlin" << QTime(2, 30) << utc(2026, 10, 23, 12)
                                  << QList<QDateTime>{utc(2026, 10, 24, 0, 30),
                                                      utc(2026, 10, 25, 0, 30),
                                                      utc(2026, 10, 26, 1, 30)};
    QTest::newRow("Berlin from between the two occurrences")
        << "Europe/Berlin" << QTime(2, 30) << utc(2026, 10, 25, 0, 45)
        << QList<QDateTime>{utc(2026, 10, 26, 1, 30)};
    // New York 01:30 on 2026-11-01: 05:30Z (EDT), not 06:30Z (EST).
    QTest::newRow("New York 01:30")
        << "America/New_York" << QTime(1, 30) << utc(2026, 10, 31, 0)
        << QList<QDateTime>{utc(2026, 10, 31, 5, 30), utc(2026, 11, 1, 5, 30),
                            utc(2026, 11, 2, 6, 30)};
}

void TestScheduleCalculator::fallBackRunsOnceAtTheFirstOccurrence()
{
    QFETCH(QString, zone);
    QFETCH(QTime, time);
    QFETCH(QDateTime, after);
    QFETCH(QList<QDateTime>, expected);
    Schedule s = daily("UTC", time);
    s.timeZone = zone;
    QCOMPARE(ScheduleCalculator::nextN(s, after, int(expected.size())), expected);
}

void TestScheduleCalculator::hourlyCountsElapsedHours_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("minute");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("count");

    QTest::newRow("Berlin normal day") << "Europe/Berlin" << 15 << QDate(2026, 3, 28) << 24;
    QTest::newRow("Berlin spring forward") << "Europe/Berlin" << 15 << QDate(2026, 3, 29) << 23;
    QTest::newRow("Berlin fall back") << "Europe/Berlin" << 15 << QDate(2026, 10, 25) << 25;
    QTest::newRow("New York spring forward") << "America/New_York" << 15 << QDate(2026, 3, 8) << 23;
    QTest::newRow("New York fall back") << "America/New_York" << 15 << QDate(2026, 11, 1) << 25;
    // Lord Howe's 30-minute shift: the clock shows :15 23 times on the 23.5-hour day and 24
    // times on the 24.5-hour day; :45 falls in the repeated half hour and shows 25 times.
    QTest::newRow("Lord Howe spring :15")
        << "Australia/Lord_Howe" << 15 << QDate(2026, 10, 4) << 23;
    QTest::newRow("Lord Howe fall :15") << "Australia/Lord_Howe" << 15 << QDate(2026, 4, 5) << 24;
    QTest::newRow("Lord Howe fall :45") << "Australia/Lord_Howe" << 45 << QDate(2026, 4, 5) << 25;
}

void TestScheduleCalculator::hourlyCountsElapsedHours()
{
    QFETCH(QString, zone);
    QFETCH(int, minute);
    QFETCH(QDate, day);
    QFETCH(int, count);
    Schedule s = hourly("UTC", minute);
    s.timeZone = zone;
    QCOMPARE(runsOnLocalDay(s, day), count);
}

void TestScheduleCalculator::hourlyInLordHoweKeepsTheMinute()
{
    // Spring: 01:15 +10:30 (14:45Z), then 03:15 +11 (16:15Z): 02:15 never shows.
    QCOMPARE(ScheduleCalculator::nextN(hourly("Australia/Lord_Howe", 15), utc(2026, 10, 3, 14), 2),
             (QList<QDateTime>{utc(2026, 10, 3, 14, 45), utc(2026, 10, 3, 16, 15)}));
    // Fall: 01:15 +11 (14:15Z), then 02:15 +10:30 (15:45Z).
    QCOMPARE(ScheduleCalculator::nextN(hourly("Australia/Lord_Howe", 15), utc(2026, 4, 4, 14), 2),
             (QList<QDateTime>{utc(2026, 4, 4, 14, 15), utc(2026, 4, 4, 15, 45)}));
    // :45 in the repeated half hour: 01:45 +11 (14:45Z) and 01:45 +10:30 (15:15Z).
    QCOMPARE(ScheduleCalculator::nextN(hourly("Australia/Lord_Howe", 45), utc(2026, 4, 4, 14), 3),
             (QList<QDateTime>{utc(2026, 4, 4, 14, 45), utc(2026, 4, 4, 15, 15),
                               utc(2026, 4, 4, 16, 15)}));
}

void TestScheduleCalculator::lordHoweDailyInTheHalfHourGap()
{
    // 02:15 does not exist on 2026-10-04: it runs at 02:30 +11 (15:30Z on the 3rd).
    const Schedule s = daily("Australia/Lord_Howe", QTime(2, 15));
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 10, 2, 12), 3),
             (QList<QDateTime>{utc(2026, 10, 2, 15, 45), utc(2026, 10, 3, 15, 30),
                               utc(2026, 10, 4, 15, 15)}));
    // 01:45 occurs twice on 2026-04-05: the first, +11 (14:45Z on the 4th).
    const Schedule back = daily("Australia/Lord_Howe", QTime(1, 45));
    QCOMPARE(ScheduleCalculator::nextN(back, utc(2026, 4, 3, 12), 3),
             (QList<QDateTime>{utc(2026, 4, 3, 14, 45), utc(2026, 4, 4, 14, 45),
                               utc(2026, 4, 5, 15, 15)}));
}

void TestScheduleCalculator::apiaSkippedDay()
{
    // Samoa skipped 30 December 2011. 08:00 on the 29th is 18:00Z (-10); the 30th's 08:00 runs
    // at the first instant after the gap, 2011-12-31 00:00 +14 (10:00Z on the 30th); the 31st's
    // 08:00 +14 is 18:00Z on the 30th.
    const Schedule s = daily("Pacific/Apia", QTime(8, 0));
    const auto runs = ScheduleCalculator::nextN(s, utc(2011, 12, 29, 12), 3);
    QCOMPARE(runs, (QList<QDateTime>{utc(2011, 12, 29, 18), utc(2011, 12, 30, 10),
                                     utc(2011, 12, 30, 18)}));
    QVERIFY(ScheduleCalculator::shiftedByDst(s, runs.at(1)));
    QVERIFY(!ScheduleCalculator::shiftedByDst(s, runs.at(2)));
    // Hourly runs simply do not happen on the missing day: from 23:15 -10 (09:15Z) to
    // 00:15 +14 (10:15Z).
    QCOMPARE(ScheduleCalculator::nextN(hourly("Pacific/Apia", 15), utc(2011, 12, 30, 9), 2),
             (QList<QDateTime>{utc(2011, 12, 30, 9, 15), utc(2011, 12, 30, 10, 15)}));
}

void TestScheduleCalculator::moscowOffsetChanges()
{
    // 2011-03-27: 02:30 did not exist (02:00 +3 -> 03:00 +4): runs at 03:00 +4 = 23:00Z on the
    // 26th; the days around at 02:30 +3 (23:30Z) and 02:30 +4 (22:30Z).
    QCOMPARE(ScheduleCalculator::nextN(daily("Europe/Moscow", QTime(2, 30)), utc(2011, 3, 25), 3),
             (QList<QDateTime>{utc(2011, 3, 25, 23, 30), utc(2011, 3, 26, 23),
                               utc(2011, 3, 27, 22, 30)}));
    // 2014-10-26: back to +3 for good; 01:30 happened twice (21:30Z and 22:30Z): the first.
    QCOMPARE(
        ScheduleCalculator::nextN(daily("Europe/Moscow", QTime(1, 30)), utc(2014, 10, 25, 12), 2),
        (QList<QDateTime>{utc(2014, 10, 25, 21, 30), utc(2014, 10, 26, 22, 30)}));
}

void TestScheduleCalculator::intervalMinutesIsAbsoluteAcrossDst()
{
    // Every 90 minutes from 00:00 CET on the spring-forward day: 5400 s apart, so the clock
    // reads 00:00, 01:30, 04:00 CEST, 05:30.
    const Schedule spring = interval(90, Unit::Minutes, utc(2026, 3, 28, 23), "Europe/Berlin");
    QCOMPARE(ScheduleCalculator::nextN(spring, utc(2026, 3, 28, 22), 4),
             (QList<QDateTime>{utc(2026, 3, 28, 23), utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 2),
                               utc(2026, 3, 29, 3, 30)}));
    // Fall back: from 00:00 CEST, reading 00:00, 01:30 CEST, 02:00 CET, 03:30 CET.
    const Schedule fall = interval(90, Unit::Minutes, utc(2026, 10, 24, 22), "Europe/Berlin");
    QCOMPARE(
        ScheduleCalculator::nextN(fall, utc(2026, 10, 25, 0), 3),
        (QList<QDateTime>{utc(2026, 10, 25, 1), utc(2026, 10, 25, 2, 30), utc(2026, 10, 25, 4)}));
    // Every 3 hours counts hours, not clock readings.
    const Schedule hours = interval(3, Unit::Hours, utc(2026, 3, 28, 23), "Europe/Berlin");
    QCOMPARE(ScheduleCalculator::nextN(hours, utc(2026, 3, 29, 0), 2),
             (QList<QDateTime>{utc(2026, 3, 29, 2), utc(2026, 3, 29, 5)}));
}

void TestScheduleCalculator::intervalDaysKeepsWallClock()
{
    // Every 2 days from Friday 2026-03-27 08:00 Berlin: the 29th is already CEST.
    const Schedule s = interval(2, Unit::Days, utc(2026, 3, 27, 7), "Europe/Berlin");
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 3, 27, 6), 3),
             (QList<QDateTime>{utc(2026, 3, 27, 7), utc(2026, 3, 29, 6), utc(2026, 3, 31, 6)}));
    const Schedule weeks = interval(2, Unit::Weeks, utc(2026, 3, 20, 7), "Europe/Berlin");
    QCOMPARE(ScheduleCalculator::nextN(weeks, utc(2026, 3, 21), 2),
             (QList<QDateTime>{utc(2026, 4, 3, 6), utc(2026, 4, 17, 6)}));
}

void TestScheduleCalculator::intervalMonthsShortMonths()
{
    Schedule s = interval(1, Unit::Months, utc(2026, 1, 31, 10));
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 4),
             (QList<QDateTime>{utc(2026, 1, 31, 10), utc(2026, 3, 31, 10), utc(2026, 5, 31, 10),
                               utc(2026, 7, 31, 10)}));
    s.shortMonths = Schedule::ShortMonths::LastDay;
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 4),
             (QList<QDateTime>{utc(2026, 1, 31, 10), utc(2026, 2, 28, 10), utc(2026, 3, 31, 10),
                               utc(2026, 4, 30, 10)}));
    // Every 3 months counts from the start, not from the previous (shortened) run.
    Schedule quarterly = interval(3, Unit::Months, utc(2025, 11, 30, 10));
    quarterly.shortMonths = Schedule::ShortMonths::LastDay;
    QCOMPARE(ScheduleCalculator::nextN(quarterly, utc(2026, 1, 1), 3),
             (QList<QDateTime>{utc(2026, 2, 28, 10), utc(2026, 5, 30, 10), utc(2026, 8, 30, 10)}));
}

void TestScheduleCalculator::weeklyOnChosenDays()
{
    Schedule s;
    s.frequency = Frequency::Weekly;
    s.weekdays = {1, 3, 5};
    s.time = QTime(9, 30);
    // From Thursday 2026-01-01: Fri 2, Mon 5, Wed 7, Fri 9.
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 4),
             (QList<QDateTime>{utc(2026, 1, 2, 9, 30), utc(2026, 1, 5, 9, 30),
                               utc(2026, 1, 7, 9, 30), utc(2026, 1, 9, 9, 30)}));
}

void TestScheduleCalculator::monthlyLeapDay()
{
    const Schedule skip = monthly(29, Schedule::ShortMonths::Skip);
    // 2027 is a common year: February is skipped; 2028 is a leap year.
    QCOMPARE(ScheduleCalculator::nextN(skip, utc(2027, 1, 30), 2),
             (QList<QDateTime>{utc(2027, 3, 29, 6), utc(2027, 4, 29, 6)}));
    QCOMPARE(ScheduleCalculator::next(skip, utc(2028, 1, 30)), utc(2028, 2, 29, 6));
    const Schedule last = monthly(29, Schedule::ShortMonths::LastDay);
    QCOMPARE(ScheduleCalculator::next(last, utc(2027, 1, 30)), utc(2027, 2, 28, 6));
    QCOMPARE(ScheduleCalculator::next(last, utc(2028, 1, 30)), utc(2028, 2, 29, 6));
}

void TestScheduleCalculator::monthly31stSkipOrLastDay()
{
    const auto skip =
        ScheduleCalculator::nextN(monthly(31, Schedule::ShortMonths::Skip), utc(2026, 1, 1), 7);
    QCOMPARE(skip, (QList<QDateTime>{utc(2026, 1, 31, 6), utc(2026, 3, 31, 6), utc(2026, 5, 31, 6),
                                     utc(2026, 7, 31, 6), utc(2026, 8, 31, 6), utc(2026, 10, 31, 6),
                                     utc(2026, 12, 31, 6)}));
    const auto last =
        ScheduleCalculator::nextN(monthly(31, Schedule::ShortMonths::LastDay), utc(2026, 1, 1), 6);
    QCOMPARE(last,
             (QList<QDateTime>{utc(2026, 1, 31, 6), utc(2026, 2, 28, 6), utc(2026, 3, 31, 6),
                               utc(2026, 4, 30, 6), utc(2026, 5, 31, 6), utc(2026, 6, 30, 6)}));
}

void TestScheduleCalculator::lastDayOfMonth()
{
    Schedule s;
    s.frequency = Frequency::LastDayOfMonth;
    s.time = QTime(23, 0);
    s.timeZone = QStringLiteral("Europe/Berlin");
    // 23:00 Berlin: 22:00Z in CET, 21:00Z in CEST (March 31 is after the change).
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2028, 1, 15), 4),
             (QList<QDateTime>{utc(2028, 1, 31, 22), utc(2028, 2, 29, 22), utc(2028, 3, 31, 21),
                               utc(2028, 4, 30, 21)}));
}

void TestScheduleCalculator::workdaysOnly()
{
    Schedule d = daily("UTC", QTime(8, 0));
    d.workdaysOnly = true;
    // Friday 2026-01-02 09:00 -> Monday 2026-01-05.
    QCOMPARE(ScheduleCalculator::next(d, utc(2026, 1, 2, 9)), utc(2026, 1, 5, 8));

    Schedule h = hourly("UTC", 0);
    h.workdaysOnly = true;
    QCOMPARE(ScheduleCalculator::nextN(h, utc(2026, 1, 2, 22, 30), 2),
             (QList<QDateTime>{utc(2026, 1, 2, 23), utc(2026, 1, 5, 0)}));

    // The workday is the zone's: Monday 00:30 in Berlin is Sunday 23:30Z.
    Schedule b = hourly("Europe/Berlin", 30);
    b.workdaysOnly = true;
    QCOMPARE(ScheduleCalculator::next(b, utc(2026, 1, 2, 22, 45)), utc(2026, 1, 4, 23, 30));

    // Every 90 minutes, workdays only: the Saturday runs are dropped, the grid stays.
    Schedule i = interval(90, Unit::Minutes, utc(2026, 1, 2, 21));
    i.workdaysOnly = true;
    QCOMPARE(
        ScheduleCalculator::nextN(i, utc(2026, 1, 2, 21), 3),
        (QList<QDateTime>{utc(2026, 1, 2, 22, 30), utc(2026, 1, 5, 0), utc(2026, 1, 5, 1, 30)}));

    // Monthly on the 31st with workdays only: Jan 31 2026 is a Saturday, May 31 a Sunday.
    Schedule m = monthly(31, Schedule::ShortMonths::Skip);
    m.workdaysOnly = true;
    QCOMPARE(ScheduleCalculator::nextN(m, utc(2026, 1, 1), 3),
             (QList<QDateTime>{utc(2026, 3, 31, 6), utc(2026, 7, 31, 6), utc(2026, 8, 31, 6)}));

    // Weekly on Saturday with workdays only never runs.
    Schedule w;
    w.frequency = Frequency::Weekly;
    w.weekdays = {6};
    w.workdaysOnly = true;
    QVERIFY(!ScheduleCalculator::next(w, utc(2026, 1, 1)).isValid());

    // A cron on Sundays with workdays only never runs either, and says so quickly.
    Schedule sundays;
    sundays.frequency = Frequency::Cron;
    sundays.cron = QStringLiteral("15 10 * JAN-MAR SUN");
    sundays.workdaysOnly = true;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ScheduleCalculator::next(sundays, utc(2026, 1, 1)).isValid());
    QVERIFY2(timer.elapsed() < 500, "an impossible schedule must be given up month by month");
}

void TestScheduleCalculator::startAndEndBounds()
{
    Schedule s = daily("UTC", QTime(8, 0));
    s.start = utc(2026, 2, 10, 8, 0, 1);
    s.end = utc(2026, 2, 13, 8); // inclusive
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 10),
             (QList<QDateTime>{utc(2026, 2, 11, 8), utc(2026, 2, 12, 8), utc(2026, 2, 13, 8)}));
    QVERIFY(!ScheduleCalculator::next(s, utc(2026, 2, 13, 8)).isValid());
    // A start exactly on a run includes it.
    s.start = utc(2026, 2, 10, 8);
    QCOMPARE(ScheduleCalculator::next(s, utc(2026, 1, 1)), utc(2026, 2, 10, 8));
    // An end before the start: nothing.
    s.end = utc(2026, 2, 1);
    QVERIFY(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 5).isEmpty());
}

void TestScheduleCalculator::once()
{
    Schedule s;
    s.frequency = Frequency::Once;
    s.start = utc(2026, 6, 1, 12, 30);
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 1), 3), QList<QDateTime>{s.start});
    QVERIFY(!ScheduleCalculator::next(s, s.start).isValid());
}

void TestScheduleCalculator::cronSchedule()
{
    Schedule s;
    s.frequency = Frequency::Cron;
    s.cron = QStringLiteral("0 9 * * *");
    s.timeZone = QStringLiteral("America/New_York");
    s.workdaysOnly = true;
    // Friday 2026-01-02 09:00 EST = 14:00Z; then Monday the 5th.
    QCOMPARE(ScheduleCalculator::nextN(s, utc(2026, 1, 2), 2),
             (QList<QDateTime>{utc(2026, 1, 2, 14), utc(2026, 1, 5, 14)}));
}

void TestScheduleCalculator::afterIsStrictAndMillisecondsRound()
{
    const Schedule s = daily("UTC", QTime(8, 0));
    QCOMPARE(ScheduleCalculator::next(s, utc(2026, 1, 1, 8)), utc(2026, 1, 2, 8));
    QCOMPARE(ScheduleCalculator::next(s, utc(2026, 1, 1, 7, 59, 59).addMSecs(999)),
             utc(2026, 1, 1, 8));
    QCOMPARE(ScheduleCalculator::next(s, utc(2026, 1, 1, 8).addMSecs(1)), utc(2026, 1, 2, 8));
    // Any time spec: a Berlin QDateTime is the same instant.
    const QDateTime berlin = utc(2026, 1, 1, 8).toTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(ScheduleCalculator::next(s, berlin), utc(2026, 1, 2, 8));
}

void TestScheduleCalculator::invalidSchedulesHaveNoRuns()
{
    Schedule badZone = daily("Mars/Olympus_Mons", QTime(8, 0));
    QVERIFY(!ScheduleCalculator::next(badZone, utc(2026, 1, 1)).isValid());
    Schedule badCron;
    badCron.frequency = Frequency::Cron;
    badCron.cron = QStringLiteral("61 * * * *");
    QVERIFY(ScheduleCalculator::nextN(badCron, utc(2026, 1, 1), 3).isEmpty());
    QVERIFY(!ScheduleCalculator::next(interval(0, Unit::Hours, utc(2026, 1, 1)), utc(2026, 1, 1))
                 .isValid());
    Schedule noDays;
    noDays.frequency = Frequency::Weekly;
    QVERIFY(!ScheduleCalculator::next(noDays, utc(2026, 1, 1)).isValid());
    QVERIFY(!ScheduleCalculator::next(daily("UTC", QTime(8, 0)), QDateTime()).isValid());
}

void TestScheduleCalculator::missedPerPolicy()
{
    const Schedule s = daily("UTC", QTime(8, 0));
    const QDateTime lastCheck = utc(2026, 1, 1, 8); // the Jan 1 run was handled
    const QDateTime now = utc(2026, 1, 20, 8);      // the Jan 20 run is due now
    using Mode = CatchUpPolicy::Mode;

    QVERIFY(ScheduleCalculator::missed(s, lastCheck, now, {Mode::Skip, 10}).isEmpty());
    QCOMPARE(ScheduleCalculator::missed(s, lastCheck, now, {Mode::RunOnce, 10}),
             QList<QDateTime>{utc(2026, 1, 20, 8)});
    QList<QDateTime> lastTen;
    for (int d = 11; d <= 20; ++d)
        lastTen.append(utc(2026, 1, d, 8));
    QCOMPARE(ScheduleCalculator::missed(s, lastCheck, now, {Mode::RunEach, 10}), lastTen);
    const auto all = ScheduleCalculator::missed(s, lastCheck, now, {Mode::RunEach, 50});
    QCOMPARE(all.size(), 19);
    QCOMPARE(all.first(), utc(2026, 1, 2, 8));
    QCOMPARE(all.last(), utc(2026, 1, 20, 8));
    // The schedule's own policy is the default.
    Schedule withPolicy = s;
    withPolicy.catchUp = {Mode::RunEach, 3};
    QCOMPARE(ScheduleCalculator::missed(withPolicy, lastCheck, now),
             (QList<QDateTime>{utc(2026, 1, 18, 8), utc(2026, 1, 19, 8), utc(2026, 1, 20, 8)}));
    // Nothing checked before, or a clock that went backwards: nothing to make up.
    QVERIFY(ScheduleCalculator::missed(s, QDateTime(), now, {Mode::RunEach, 10}).isEmpty());
    QVERIFY(ScheduleCalculator::missed(s, now, lastCheck, {Mode::RunEach, 10}).isEmpty());
    // End bound applies.
    Schedule ended = s;
    ended.end = utc(2026, 1, 5, 8);
    QCOMPARE(ScheduleCalculator::missed(ended, lastCheck, now, {Mode::RunOnce, 1}),
             QList<QDateTime>{utc(2026, 1, 5, 8)});
}

void TestScheduleCalculator::missedAfterLongDowntimeIsQuick()
{
    Schedule s;
    s.frequency = Frequency::Cron;
    s.cron = QStringLiteral("* * * * *");
    QElapsedTimer timer;
    timer.start();
    const auto runs = ScheduleCalculator::missed(s, utc(2025, 1, 1), utc(2026, 1, 1, 12),
                                                 {CatchUpPolicy::Mode::RunEach, 5});
    QCOMPARE(runs, (QList<QDateTime>{utc(2026, 1, 1, 11, 56), utc(2026, 1, 1, 11, 57),
                                     utc(2026, 1, 1, 11, 58), utc(2026, 1, 1, 11, 59),
                                     utc(2026, 1, 1, 12)}));
    QVERIFY2(timer.elapsed() < 1000, "a year of per-minute runs must not be enumerated");
}

void TestScheduleCalculator::shiftedByDst()
{
    const Schedule s = daily("Europe/Berlin", QTime(2, 30));
    QVERIFY(ScheduleCalculator::shiftedByDst(s, utc(2026, 3, 29, 1)));
    QVERIFY(!ScheduleCalculator::shiftedByDst(s, utc(2026, 3, 28, 1, 30)));
    QVERIFY(!ScheduleCalculator::shiftedByDst(s, utc(2026, 3, 30, 0, 30)));
    QVERIFY(!ScheduleCalculator::shiftedByDst(s, utc(2026, 10, 25, 0, 30))); // first occurrence
    // 03:00 is a genuine 03:00 run, not a moved one.
    QVERIFY(!ScheduleCalculator::shiftedByDst(daily("Europe/Berlin", QTime(3, 0)),
                                              utc(2026, 3, 29, 1)));
    // Not a run of the schedule at all.
    QVERIFY(!ScheduleCalculator::shiftedByDst(daily("Europe/Berlin", QTime(8, 0)),
                                              utc(2026, 3, 29, 1)));
    // Absolute and clock-following frequencies are never "moved".
    QVERIFY(!ScheduleCalculator::shiftedByDst(hourly("Europe/Berlin", 0), utc(2026, 3, 29, 1)));
    QVERIFY(!ScheduleCalculator::shiftedByDst(
        interval(30, Unit::Minutes, utc(2026, 3, 29, 0), "Europe/Berlin"), utc(2026, 3, 29, 1)));
    Schedule cron;
    cron.frequency = Frequency::Cron;
    cron.cron = QStringLiteral("30 2 * * *");
    cron.timeZone = QStringLiteral("America/New_York");
    QVERIFY(ScheduleCalculator::shiftedByDst(cron, utc(2026, 3, 8, 7)));
}

QTEST_GUILESS_MAIN(TestScheduleCalculator)
#include "tst_schedulecalculator.moc"
