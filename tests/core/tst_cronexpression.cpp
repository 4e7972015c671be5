// Tests for CronExpression: the 5/6/7-field forms, names, steps, the Vixie day rule, errors that
// name the field, and next() on a zone's wall clock across DST.
//
// Expected instants were checked by hand with python3 zoneinfo, e.g.
//   datetime(2026,3,29,3,0,tzinfo=ZoneInfo("Europe/Berlin")).astimezone(timezone.utc)
// and weekdays with `date -d 2026-01-02 +%A`.
#include "scheduling/CronExpression.h"

#include <QElapsedTimer>
#include <QTest>

using namespace reportdesk;
using Field = CronExpression::Field;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

CronExpression parsed(const QString &text)
{
    const auto r = CronExpression::parse(text);
    if (!r)
        qFatal("unexpected parse error for %s: %s", qPrintable(text), qPrintable(r.error()));
    return r.value();
}

QList<QDateTime> runs(const CronExpression &cron, QDateTime after, const QTimeZone &z, int n)
{
    QList<QDateTime> out;
    for (int i = 0; i < n; ++i) {
        after = cron.next(after, z);
        if (!after.isValid())
            break;
        out.append(after);
    }
    return out;
}

} // namespace

class TestCronExpression : public QObject {
    Q_OBJECT

private slots:
    void parsesFields_data();
    void parsesFields();
    void badInputNamesFieldAndToken_data();
    void badInputNamesFieldAndToken();
    void wildcardAndRestriction();
    void sundayIsOneNumbering();
    void nextInUtc_data();
    void nextInUtc();
    void domAndDowEitherMatches();
    void domWildcardStepMeansBoth();
    void leapDayYearly();
    void impossibleDateNeverFires();
    void yearFieldEnds();
    void fixedHourInSpringGapRunsAfterTheGap();
    void fixedHourInFallBackRunsOnce();
    void gapTimesCoalesceIntoOneRun();
    void wildcardHourFollowsTheClock();
    void newYorkTransitions();
    void afterIsStrict();
    void agreesWithMinuteByMinuteScan_data();
    void agreesWithMinuteByMinuteScan();
    void allowedWeekdays();
};

void TestCronExpression::parsesFields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("field");
    QTest::addColumn<QList<int>>("values");

    QTest::newRow("step") << "*/15 * * * *" << int(Field::Minute) << QList<int>{0, 15, 30, 45};
    QTest::newRow("range step") << "1-30/7 * * * *" << int(Field::Minute)
                                << QList<int>{1, 8, 15, 22, 29};
    QTest::newRow("start/step to the end")
        << "5/15 * * * *" << int(Field::Minute) << QList<int>{5, 20, 35, 50};
    QTest::newRow("list") << "0 8,12,17 * * *" << int(Field::Hour) << QList<int>{8, 12, 17};
    QTest::newRow("list of ranges")
        << "0 0 1-3,10-11 * *" << int(Field::DayOfMonth) << QList<int>{1, 2, 3, 10, 11};
    QTest::newRow("month names any case")
        << "0 0 1 jan,Jul,DEC *" << int(Field::Month) << QList<int>{1, 7, 12};
    QTest::newRow("month name range")
        << "0 0 1 MAR-MAY *" << int(Field::Month) << QList<int>{3, 4, 5};
    QTest::newRow("weekday names")
        << "0 8 * * mon-FRI" << int(Field::DayOfWeek) << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("long weekday name")
        << "0 8 * * Sunday" << int(Field::DayOfWeek) << QList<int>{0};
    QTest::newRow("7 is Sunday") << "0 0 * * 7" << int(Field::DayOfWeek) << QList<int>{0};
    QTest::newRow("5-7 is Fri-Sun")
        << "0 0 * * 5-7" << int(Field::DayOfWeek) << QList<int>{0, 5, 6};
    QTest::newRow("weekday step") << "0 0 * * */2" << int(Field::DayOfWeek)
                                  << QList<int>{0, 2, 4, 6};
    QTest::newRow("question mark")
        << "0 0 ? * MON" << int(Field::DayOfMonth)
        << QList<int>{1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16,
                      17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31};
    QTest::newRow("5 fields: second is 0") << "* * * * *" << int(Field::Second) << QList<int>{0};
    QTest::newRow("6 fields: seconds first")
        << "*/20 0 8 * * *" << int(Field::Second) << QList<int>{0, 20, 40};
    QTest::newRow("6 fields: minute second")
        << "*/20 5 8 * * *" << int(Field::Minute) << QList<int>{5};
    QTest::newRow("7 fields: year")
        << "0 0 12 29 2 * 2028,2032" << int(Field::Year) << QList<int>{2028, 2032};
    QTest::newRow("leading zeros and spaces")
        << "  00   08 * * *  " << int(Field::Hour) << QList<int>{8};
    QTest::newRow("@daily") << "@daily" << int(Field::Hour) << QList<int>{0};
    QTest::newRow("@weekly is Sunday") << "@weekly" << int(Field::DayOfWeek) << QList<int>{0};
}

void TestCronExpression::parsesFields()
{
    QFETCH(QString, text);
    QFETCH(int, field);
    QFETCH(QList<int>, values);
    const auto r = CronExpression::parse(text);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->values(Field(field)), values);
}

void TestCronExpression::badInputNamesFieldAndToken_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("minute 61") << "61 * * * *"
                               << "minute field: 61 is out of range 0-59.";
    QTest::newRow("hour 24") << "0 24 * * *"
                             << "hour field: 24 is out of range 0-23.";
    QTest::newRow("day 0") << "0 0 0 * *"
                           << "day-of-month field: 0 is out of range 1-31.";
    QTest::newRow("day 32") << "0 0 32 * *"
                            << "day-of-month field: 32 is out of range 1-31.";
    QTest::newRow("month 13") << "0 0 1 13 *"
                              << "month field: 13 is out of range 1-12.";
    QTest::newRow("weekday 8") << "0 0 * * 8"
                               << "day-of-week field: 8 is out of range 0-7.";
    QTest::newRow("second 60") << "60 * * * * *"
                               << "second field: 60 is out of range 0-59.";
    QTest::newRow("year 1969") << "0 0 0 1 1 * 1969"
                               << "year field: 1969 is out of range 1970-2099.";
    QTest::newRow("month name") << "0 0 1 FOO *"
                                << "month field: \"FOO\" is not a month (1-12 or JAN-DEC).";
    QTest::newRow("weekday name") << "0 0 * * FUN"
                                  << "day-of-week field: \"FUN\" is not a weekday (0-7 or "
                                     "SUN-SAT).";
    QTest::newRow("letters in minute") << "a * * * *"
                                       << "minute field: \"a\" is not a number.";
    QTest::newRow("name in hour") << "0 MON * * *"
                                  << "hour field: \"MON\" is not a number.";
    QTest::newRow("negative") << "-5 * * * *"
                              << "minute field: \"-5\" is not a number.";
    QTest::newRow("step 0") << "*/0 * * * *"
                            << "minute field: step 0 in \"*/0\" is out of range 1-60.";
    QTest::newRow("step too large") << "0 */25 * * *"
                                    << "hour field: step 25 in \"*/25\" is out of range 1-24.";
    QTest::newRow("step not a number") << "*/x * * * *"
                                       << "minute field: step \"x\" in \"*/x\" is not a number.";
    QTest::newRow("double step") << "*/5/2 * * * *"
                                 << "minute field: step \"5/2\" in \"*/5/2\" is not a number.";
    QTest::newRow("backwards range") << "30-10 * * * *"
                                     << "minute field: range \"30-10\" runs backwards; write the "
                                        "smaller value first.";
    QTest::newRow("backwards weekday range")
        << "0 0 * * FRI-MON"
        << "day-of-week field: range \"FRI-MON\" runs backwards; write the smaller value first.";
    QTest::newRow("empty list item") << "1,,2 * * * *"
                                     << "minute field: empty list item in \"1,,2\".";
    QTest::newRow("trailing comma") << "0 8, * * *"
                                    << "hour field: empty list item in \"8,\".";
    QTest::newRow("question mark in minute")
        << "? * * * *"
        << "minute field: \"?\" is only allowed in the day-of-month and day-of-week fields.";
    QTest::newRow("Quartz L") << "0 0 L * *"
                              << "day-of-month field: \"L\": Quartz's L, W and # are not "
                                 "supported.";
    QTest::newRow("Quartz #") << "0 0 * * 5#3"
                              << "day-of-week field: \"5#3\": Quartz's L, W and # are not "
                                 "supported.";
    QTest::newRow("Quartz W") << "0 0 15W * *"
                              << "day-of-month field: \"15W\": Quartz's L, W and # are not "
                                 "supported.";
    QTest::newRow("four fields") << "* * * *"
                                 << "A cron expression has 5 fields (minute hour day-of-month "
                                    "month day-of-week), or 6 or 7 with seconds first and an "
                                    "optional year last; \"* * * *\" has 4.";
    QTest::newRow("eight fields") << "0 0 0 1 1 * 2030 x"
                                  << "A cron expression has 5 fields (minute hour day-of-month "
                                     "month day-of-week), or 6 or 7 with seconds first and an "
                                     "optional year last; \"0 0 0 1 1 * 2030 x\" has 8.";
    QTest::newRow("empty") << "   "
                           << "The cron expression is empty.";
    QTest::newRow("unknown macro") << "@reboot"
                                   << "Unknown cron macro \"@reboot\"; use @yearly, @monthly, "
                                      "@weekly, @daily or @hourly.";
}

void TestCronExpression::badInputNamesFieldAndToken()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = CronExpression::parse(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), message);
}

void TestCronExpression::wildcardAndRestriction()
{
    const CronExpression a = parsed(QStringLiteral("0 8 */2 * MON"));
    QVERIFY(a.isWildcard(Field::DayOfMonth));
    QVERIFY(!a.matchesEvery(Field::DayOfMonth));
    QVERIFY(!a.isWildcard(Field::DayOfWeek));
    QVERIFY(!a.countsEveryHour());

    const CronExpression b = parsed(QStringLiteral("15 */2 1-31 * *"));
    QVERIFY(!b.isWildcard(Field::DayOfMonth));
    QVERIFY(b.matchesEvery(Field::DayOfMonth));
    QVERIFY(b.countsEveryHour());
    QCOMPARE(b.fieldCount(), 5);
    QVERIFY(!b.hasSeconds());
    QCOMPARE(b.fieldText(Field::Second), QStringLiteral("0"));
    QCOMPARE(b.fieldText(Field::Year), QStringLiteral("*"));
    QCOMPARE(parsed(QStringLiteral("  0   8  * * * ")).text(), QStringLiteral("0 8 * * *"));
}

void TestCronExpression::sundayIsOneNumbering()
{
    // The `cron` crate behind OpenObserve: 1 = Sunday ... 7 = Saturday.
    const auto r =
        CronExpression::parse(u"0 0 8 * * 2-6", CronExpression::WeekdayNumbering::SundayIsOne);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->values(Field::DayOfWeek), (QList<int>{1, 2, 3, 4, 5}));
    const auto names =
        CronExpression::parse(u"0 0 8 * * SUN,SAT", CronExpression::WeekdayNumbering::SundayIsOne);
    QCOMPARE(names->values(Field::DayOfWeek), (QList<int>{0, 6}));
    const auto zero =
        CronExpression::parse(u"0 0 8 * * 0", CronExpression::WeekdayNumbering::SundayIsOne);
    QCOMPARE(zero.error(), QStringLiteral("day-of-week field: 0 is out of range 1-7."));
}

void TestCronExpression::nextInUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QList<QDateTime>>("expected");

    QTest::newRow("every 15 minutes")
        << "*/15 * * * *" << utc(2026, 1, 1, 0, 7)
        << QList<QDateTime>{utc(2026, 1, 1, 0, 15), utc(2026, 1, 1, 0, 30)};
    QTest::newRow("end of hour rolls over")
        << "50 * * * *" << utc(2026, 12, 31, 23, 55)
        << QList<QDateTime>{utc(2027, 1, 1, 0, 50), utc(2027, 1, 1, 1, 50)};
    // 2026-01-02 is a Friday; the next weekday 08:00 is Monday 2026-01-05.
    QTest::newRow("weekdays") << "0 8 * * 1-5" << utc(2026, 1, 2, 9)
                              << QList<QDateTime>{utc(2026, 1, 5, 8), utc(2026, 1, 6, 8)};
    QTest::newRow("seconds") << "*/20 * * * * *" << utc(2026, 1, 1, 0, 0, 5)
                             << QList<QDateTime>{utc(2026, 1, 1, 0, 0, 20),
                                                 utc(2026, 1, 1, 0, 0, 40),
                                                 utc(2026, 1, 1, 0, 1, 0)};
    QTest::newRow("months") << "0 6 1 */3 *" << utc(2026, 2, 1)
                            << QList<QDateTime>{utc(2026, 4, 1, 6), utc(2026, 7, 1, 6),
                                                utc(2026, 10, 1, 6), utc(2027, 1, 1, 6)};
    QTest::newRow("31st skips short months")
        << "0 0 31 * *" << utc(2026, 1, 31)
        << QList<QDateTime>{utc(2026, 3, 31), utc(2026, 5, 31), utc(2026, 7, 31)};
}

void TestCronExpression::nextInUtc()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, after);
    QFETCH(QList<QDateTime>, expected);
    QCOMPARE(runs(parsed(text), after, QTimeZone::utc(), int(expected.size())), expected);
}

void TestCronExpression::domAndDowEitherMatches()
{
    // Both restricted: the 13th or any Friday. January 2026: Fri 2, Fri 9, Tue 13, Fri 16.
    const auto r =
        runs(parsed(QStringLiteral("0 0 13 * FRI")), utc(2026, 1, 1), QTimeZone::utc(), 4);
    QCOMPARE(r, (QList<QDateTime>{utc(2026, 1, 2), utc(2026, 1, 9), utc(2026, 1, 13),
                                  utc(2026, 1, 16)}));
}

void TestCronExpression::domWildcardStepMeansBoth()
{
    // dom "*/2" starts with '*': Vixie requires both, so odd days that are Fridays.
    // Fridays in 2026: Jan 2 (even), 9 (odd), 16, 23 (odd), 30, Feb 6, 13 (odd).
    const auto r =
        runs(parsed(QStringLiteral("0 0 */2 * FRI")), utc(2026, 1, 1), QTimeZone::utc(), 3);
    QCOMPARE(r, (QList<QDateTime>{utc(2026, 1, 9), utc(2026, 1, 23), utc(2026, 2, 13)}));
}

void TestCronExpression::leapDayYearly()
{
    const auto r =
        runs(parsed(QStringLiteral("0 12 29 FEB *")), utc(2026, 1, 1), zone("Europe/Berlin"), 3);
    // 12:00 CET = 11:00 UTC; leap years 2028, 2032, 2036.
    QCOMPARE(r,
             (QList<QDateTime>{utc(2028, 2, 29, 11), utc(2032, 2, 29, 11), utc(2036, 2, 29, 11)}));
    // 2100 is not a leap year: after 2096-02-29 comes 2104-02-29.
    QCOMPARE(parsed(QStringLiteral("0 0 29 2 *")).next(utc(2096, 3, 1), QTimeZone::utc()),
             utc(2104, 2, 29));
}

void TestCronExpression::impossibleDateNeverFires()
{
    QVERIFY(
        !parsed(QStringLiteral("0 0 30 2 *")).next(utc(2026, 1, 1), QTimeZone::utc()).isValid());
    QVERIFY(!parsed(QStringLiteral("0 0 31 4,6,9,11 *"))
                 .next(utc(2026, 1, 1), QTimeZone::utc())
                 .isValid());
}

void TestCronExpression::yearFieldEnds()
{
    const CronExpression cron = parsed(QStringLiteral("0 0 12 1 1 * 2027"));
    QCOMPARE(cron.next(utc(2026, 5, 1), QTimeZone::utc()), utc(2027, 1, 1, 12));
    QVERIFY(!cron.next(utc(2027, 1, 1, 12), QTimeZone::utc()).isValid());
}

void TestCronExpression::fixedHourInSpringGapRunsAfterTheGap()
{
    // Berlin 2026-03-29: 02:00 CET -> 03:00 CEST. 02:30 does not exist: run at 03:00 CEST
    // (01:00Z); the days around keep 02:30 (01:30Z in CET, 00:30Z in CEST).
    const auto r =
        runs(parsed(QStringLiteral("30 2 * * *")), utc(2026, 3, 28), zone("Europe/Berlin"), 3);
    QCOMPARE(r, (QList<QDateTime>{utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1),
                                  utc(2026, 3, 30, 0, 30)}));
}

void TestCronExpression::fixedHourInFallBackRunsOnce()
{
    // Berlin 2026-10-25: 03:00 CEST -> 02:00 CET; 02:30 happens at 00:30Z and 01:30Z: once,
    // at the first.
    const auto r =
        runs(parsed(QStringLiteral("30 2 * * *")), utc(2026, 10, 24), zone("Europe/Berlin"), 3);
    QCOMPARE(r, (QList<QDateTime>{utc(2026, 10, 24, 0, 30), utc(2026, 10, 25, 0, 30),
                                  utc(2026, 10, 26, 1, 30)}));
    // Asked from inside the repeated hour (second pass), the day's run is already behind.
    QCOMPARE(
        parsed(QStringLiteral("30 2 * * *")).next(utc(2026, 10, 25, 1, 10), zone("Europe/Berlin")),
        utc(2026, 10, 26, 1, 30));
}

void TestCronExpression::gapTimesCoalesceIntoOneRun()
{
    // 02:00, 02:20 and 02:40 all fall into the gap: one run at 03:00 CEST, then the next day.
    const auto r = runs(parsed(QStringLiteral("*/20 2 * * *")), utc(2026, 3, 28, 12),
                        zone("Europe/Berlin"), 2);
    QCOMPARE(r, (QList<QDateTime>{utc(2026, 3, 29, 1), utc(2026, 3, 30, 0)}));
}

void TestCronExpression::wildcardHourFollowsTheClock()
{
    const CronExpression cron = parsed(QStringLiteral("30 * * * *"));
    // Fall back: 02:30 CEST (00:30Z) and 02:30 CET (01:30Z) both run.
    QCOMPARE(runs(cron, utc(2026, 10, 25, 0), zone("Europe/Berlin"), 3),
             (QList<QDateTime>{utc(2026, 10, 25, 0, 30), utc(2026, 10, 25, 1, 30),
                               utc(2026, 10, 25, 2, 30)}));
    // Spring forward: 01:30 CET (00:30Z), then 03:30 CEST (01:30Z); no 02:30.
    QCOMPARE(runs(cron, utc(2026, 3, 29, 0), zone("Europe/Berlin"), 2),
             (QList<QDateTime>{utc(2026, 3, 29, 0, 30), utc(2026, 3, 29, 1, 30)}));
}

void TestCronExpression::newYorkTransitions()
{
    const QTimeZone ny = zone("America/New_York");
    // 2026-03-08 02:00 EST -> 03:00 EDT: 02:30 runs at 03:00 EDT = 07:00Z.
    QCOMPARE(runs(parsed(QStringLiteral("30 2 * * *")), utc(2026, 3, 7, 12), ny, 2),
             (QList<QDateTime>{utc(2026, 3, 8, 7), utc(2026, 3, 9, 6, 30)}));
    // 2026-11-01 02:00 EDT -> 01:00 EST: 01:30 EDT (05:30Z) runs, 01:30 EST (06:30Z) does not.
    QCOMPARE(runs(parsed(QStringLiteral("30 1 * * *")), utc(2026, 10, 31, 12), ny, 2),
             (QList<QDateTime>{utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)}));
}

void TestCronExpression::afterIsStrict()
{
    const CronExpression cron = parsed(QStringLiteral("0 8 * * *"));
    QCOMPARE(cron.next(utc(2026, 1, 1, 8), QTimeZone::utc()), utc(2026, 1, 2, 8));
    QCOMPARE(cron.next(utc(2026, 1, 1, 7, 59, 59).addMSecs(999), QTimeZone::utc()),
             utc(2026, 1, 1, 8));
    QVERIFY(!cron.next(QDateTime(), QTimeZone::utc()).isValid());
    QVERIFY(!cron.next(utc(2026, 1, 1), QTimeZone()).isValid());
}

void TestCronExpression::agreesWithMinuteByMinuteScan_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text :
         {"0 0 13 * FRI", "0 0 */2 * FRI", "*/7 3,15 1-10 * MON-WED", "0 12 29 2 *", "30 6 31 * *",
          "0 9 * JAN,MAR,MAY SUN", "59 23 28-31 * *", "0 */5 * * 6,7", "15 8 1,15 * 1-5",
          "0 0 ? * SAT"}) {
        if (CronExpression::parse(QString::fromLatin1(text)))
            QTest::newRow(text) << QString::fromLatin1(text);
    }
}

void TestCronExpression::agreesWithMinuteByMinuteScan()
{
    // nextLocal() jumps month by month and uses a day mask; matches() checks one reading with
    // the plain Vixie rule. Both must agree on every minute of four months around a leap day.
    QFETCH(QString, text);
    const CronExpression cron = parsed(text);
    const qint64 from = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2028, 5, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QList<qint64> scanned;
    for (qint64 t = from; t < to; t += 60) {
        const QDateTime d = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        if (cron.matches(d.date().year(), d.date().month(), d.date().day(),
                         d.time().msecsSinceStartOfDay() / 1000))
            scanned.append(t);
    }
    QList<qint64> stepped;
    for (std::optional<qint64> t = cron.nextLocal(from); t && *t < to; t = cron.nextLocal(*t + 1))
        stepped.append(*t);
    QCOMPARE(stepped, scanned);
}

void TestCronExpression::allowedWeekdays()
{
    // Mondays to Fridays only (bits 1-5 from Sunday): the 13th or Fridays, on workdays.
    const CronExpression cron = parsed(QStringLiteral("0 0 13 * FRI,SUN"));
    const qint64 jan1 = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const auto next = cron.nextLocal(jan1 + 3 * 86400, 0x3e); // from Sunday 2026-01-04
    QCOMPARE(QDateTime::fromSecsSinceEpoch(*next, Qt::UTC), utc(2026, 1, 9));
    // Sundays only, on workdays only: never, and quickly.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!parsed(QStringLiteral("0 8 * * SUN")).nextLocal(jan1, 0x3e));
    QVERIFY2(timer.elapsed() < 500, "an impossible expression must be given up month by month");
}

QTEST_GUILESS_MAIN(TestCronExpression)
#include "tst_cronexpression.moc"
