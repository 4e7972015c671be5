// Tests for Schedule: its JSON (what Report::schedule holds), validate() for every bad input,
// notes() and the plain-language summary().
#include "domain/Schedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reportdesk;
using Frequency = Schedule::Frequency;
using Unit = Schedule::IntervalUnit;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QString errorFor(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString all(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QStringLiteral(": ") + e.message);
    return out.join(QStringLiteral(" | "));
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

Schedule make(Frequency f, const char *zone = "Europe/Berlin")
{
    Schedule s;
    s.frequency = f;
    s.timeZone = QString::fromLatin1(zone);
    s.time = QTime(8, 0);
    return s;
}

} // namespace

Q_DECLARE_METATYPE(Schedule)

class TestSchedule : public QObject {
    Q_OBJECT

private slots:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void jsonForm();
    void emptyObjectIsNotScheduled();
    void startWithoutOffsetIsWallTime();
    void malformedJsonNamesTheField_data();
    void malformedJsonNamesTheField();
    void validateBadInput_data();
    void validateBadInput();
    void neverRunsAgain();
    void validSchedulesHaveNoErrors();
    void notesExplainShortMonths();
    void summary_data();
    void summary();
};

void TestSchedule::jsonRoundTrip_data()
{
    QTest::addColumn<Schedule>("schedule");

    Schedule once = make(Frequency::Once);
    once.time = QTime(0, 0);
    once.start = utc(2026, 6, 1, 10, 30);
    QTest::newRow("once") << once;
    Schedule hourly = make(Frequency::Hourly);
    hourly.time = QTime(0, 15, 30);
    hourly.workdaysOnly = true;
    QTest::newRow("hourly") << hourly;
    QTest::newRow("daily") << make(Frequency::Daily);
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1, 3, 7};
    weekly.end = utc(2027, 1, 1);
    QTest::newRow("weekly") << weekly;
    Schedule monthly = make(Frequency::Monthly);
    monthly.dayOfMonth = 31;
    monthly.shortMonths = Schedule::ShortMonths::LastDay;
    monthly.catchUp = {CatchUpPolicy::Mode::RunEach, 4};
    QTest::newRow("monthly") << monthly;
    QTest::newRow("last day") << make(Frequency::LastDayOfMonth, "America/New_York");
    Schedule interval = make(Frequency::Interval);
    interval.time = QTime(0, 0);
    interval.intervalAmount = 90;
    interval.intervalUnit = Unit::Minutes;
    interval.start = utc(2025, 12, 31, 23);
    QTest::newRow("interval") << interval;
    Schedule months = interval;
    months.intervalUnit = Unit::Months;
    months.intervalAmount = 2;
    months.shortMonths = Schedule::ShortMonths::LastDay;
    QTest::newRow("interval months") << months;
    Schedule cron = make(Frequency::Cron, "UTC");
    cron.time = QTime(0, 0);
    cron.cron = QStringLiteral("*/5 9-17 * * MON-FRI");
    cron.catchUp = {CatchUpPolicy::Mode::Skip, 10};
    QTest::newRow("cron") << cron;
}

void TestSchedule::jsonRoundTrip()
{
    QFETCH(Schedule, schedule);
    const QJsonObject o = schedule.toJson();
    const auto back = Schedule::fromJson(o);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY(back.value().has_value());
    QCOMPARE(back.value()->toJson(), o);
    QVERIFY2(*back.value() == schedule, QJsonDocument(o).toJson().constData());
}

void TestSchedule::jsonForm()
{
    Schedule s = make(Frequency::Weekly);
    s.weekdays = {5, 1};
    s.start = utc(2026, 7, 1, 6);
    s.workdaysOnly = true;
    const QJsonObject o = s.toJson();
    QCOMPARE(o.value(QStringLiteral("frequency")).toString(), QStringLiteral("weekly"));
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("08:00"));
    QCOMPARE(o.value(QStringLiteral("weekdays")).toArray(),
             (QJsonArray{QStringLiteral("mon"), QStringLiteral("fri")}));
    // Written with the zone's offset at that instant (CEST in July).
    QCOMPARE(o.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-07-01T08:00:00+02:00"));
    QCOMPARE(o.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(o.value(QStringLiteral("workdaysOnly")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("catchUp")).toObject(),
             (QJsonObject{{QStringLiteral("policy"), QStringLiteral("runOnce")}}));
    QVERIFY(!o.contains(QStringLiteral("cron")));
    QVERIFY(!o.contains(QStringLiteral("dayOfMonth")));
    QVERIFY(!o.contains(QStringLiteral("end")));
}

void TestSchedule::emptyObjectIsNotScheduled()
{
    const auto r = Schedule::fromJson(QJsonObject());
    QVERIFY(r.ok());
    QVERIFY(!r.value().has_value());
}

void TestSchedule::startWithoutOffsetIsWallTime()
{
    const auto r = Schedule::fromJson(json(R"({"frequency":"once","timeZone":"Europe/Berlin",
                                              "start":"2026-03-29T02:30:00",
                                              "end":"2026-10-25T02:30:00"})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    // 02:30 did not exist: the first instant after the gap; 02:30 twice: the first.
    QCOMPARE((*r.value()).start, utc(2026, 3, 29, 1));
    QCOMPARE((*r.value()).end, utc(2026, 10, 25, 0, 30));
    const auto z =
        Schedule::fromJson(json(R"({"frequency":"once","start":"2026-01-01T08:00:00Z"})"));
    QCOMPARE((*z.value()).start, utc(2026, 1, 1, 8));
    QCOMPARE((*z.value()).timeZone, QStringLiteral("UTC"));
}

void TestSchedule::malformedJsonNamesTheField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("no frequency") << R"({"time":"08:00"})"
                                  << "Field \"schedule.frequency\": required but missing.";
    QTest::newRow("unknown frequency")
        << R"({"frequency":"fortnightly"})"
        << "Field \"schedule.frequency\": \"fortnightly\" is not one of once, hourly, daily, "
           "weekly, monthly, lastDayOfMonth, interval, cron.";
    QTest::newRow("time") << R"({"frequency":"daily","time":"25:00"})"
                          << "Field \"schedule.time\": \"25:00\" is not a time of day (HH:mm).";
    QTest::newRow("weekday") << R"({"frequency":"weekly","weekdays":["mon","funday"]})"
                             << "Field \"schedule.weekdays[1]\": must be one of mon, tue, wed, "
                                "thu, fri, sat, sun.";
    QTest::newRow("weekdays type") << R"({"frequency":"weekly","weekdays":"mon"})"
                                   << "Field \"schedule.weekdays\": must be an array.";
    QTest::newRow("day type") << R"({"frequency":"monthly","dayOfMonth":"31"})"
                              << "Field \"schedule.dayOfMonth\": must be a whole number.";
    QTest::newRow("unit") << R"({"frequency":"interval","intervalUnit":"fortnights"})"
                          << "Field \"schedule.intervalUnit\": \"fortnights\" is not one of "
                             "minutes, hours, days, weeks, months.";
    QTest::newRow("start") << R"({"frequency":"once","start":"yesterday"})"
                           << "Field \"schedule.start\": \"yesterday\" is not an ISO-8601 date "
                              "and time.";
    QTest::newRow("workdays") << R"({"frequency":"daily","workdaysOnly":"yes"})"
                              << "Field \"schedule.workdaysOnly\": must be true or false.";
    QTest::newRow("catch-up policy")
        << R"({"frequency":"daily","catchUp":{"policy":"always"}})"
        << "Field \"schedule.catchUp.policy\": \"always\" is not one of skip, runOnce, runEach.";
}

void TestSchedule::malformedJsonNamesTheField()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = Schedule::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), message);
}

void TestSchedule::validateBadInput_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    Schedule zone = make(Frequency::Daily, "Mars/Olympus_Mons");
    QTest::newRow("unknown zone") << zone << "schedule.timeZone"
                                  << "\"Mars/Olympus_Mons\" is not a time zone this system knows; "
                                     "choose an IANA zone such as Europe/Berlin.";
    QTest::newRow("no zone") << make(Frequency::Daily, "") << "schedule.timeZone"
                             << "Choose a time zone.";
    Schedule ends = make(Frequency::Daily);
    ends.start = utc(2026, 5, 1, 6);
    ends.end = utc(2026, 4, 1, 6);
    QTest::newRow("end before start") << ends << "schedule.end"
                                      << "The end (2026-04-01 08:00) is before the start "
                                         "(2026-05-01 08:00).";
    Schedule zero = make(Frequency::Interval);
    zero.intervalAmount = 0;
    zero.start = utc(2026, 1, 1);
    QTest::newRow("interval 0") << zero << "schedule.interval.amount"
                                << "The interval must be at least 1; it is 0.";
    Schedule negative = zero;
    negative.intervalAmount = -15;
    QTest::newRow("interval negative") << negative << "schedule.interval.amount"
                                       << "The interval must be at least 1; it is -15.";
    Schedule noStart = make(Frequency::Interval);
    QTest::newRow("interval without start")
        << noStart << "schedule.start"
        << "An interval is counted from its start; choose a start date and time.";
    QTest::newRow("once without start") << make(Frequency::Once) << "schedule.start"
                                        << "A one-off run needs a date and time.";
    QTest::newRow("no weekday") << make(Frequency::Weekly) << "schedule.weekdays"
                                << "Choose at least one weekday.";
    Schedule badDay = make(Frequency::Weekly);
    badDay.weekdays = {8};
    QTest::newRow("weekday 8") << badDay << "schedule.weekdays"
                               << "8 is not a weekday (1 = Monday ... 7 = Sunday).";
    Schedule day = make(Frequency::Monthly);
    day.dayOfMonth = 32;
    QTest::newRow("day 32") << day << "schedule.dayOfMonth"
                            << "The day of the month must be between 1 and 31; it is 32.";
    Schedule cron = make(Frequency::Cron);
    cron.cron = QStringLiteral("61 8 * * *");
    QTest::newRow("bad cron minute") << cron << "schedule.cron"
                                     << "minute field: 61 is out of range 0-59.";
    cron.cron = QStringLiteral("0 8 * * MON-FUN");
    QTest::newRow("bad cron weekday") << cron << "schedule.cron"
                                      << "day-of-week field: \"FUN\" is not a weekday (0-7 or "
                                         "SUN-SAT).";
    cron.cron = QStringLiteral("0 8 * *");
    QTest::newRow("cron fields") << cron << "schedule.cron"
                                 << "A cron expression has 5 fields (minute hour day-of-month "
                                    "month day-of-week), or 6 or 7 with seconds first and an "
                                    "optional year last; \"0 8 * *\" has 4.";
    Schedule catchUp = make(Frequency::Daily);
    catchUp.catchUp = {CatchUpPolicy::Mode::RunEach, 0};
    QTest::newRow("catch-up limit") << catchUp << "schedule.catchUp.limit"
                                    << "Run at least 1 missed run, or choose to skip them; the "
                                       "limit is 0.";
    Schedule never = make(Frequency::Cron);
    never.cron = QStringLiteral("0 8 30 2 *");
    QTest::newRow("30 February") << never << "schedule"
                                 << "This schedule never runs: no date matches it (for example 30 "
                                    "February, or only Saturdays and Sundays with \"workdays "
                                    "only\").";
    Schedule weekend = make(Frequency::Weekly);
    weekend.weekdays = {6, 7};
    weekend.workdaysOnly = true;
    QTest::newRow("weekend on workdays") << weekend << "schedule"
                                         << "This schedule never runs: no date matches it (for "
                                            "example 30 February, or only Saturdays and Sundays "
                                            "with \"workdays only\").";
    Schedule tooShort = make(Frequency::Daily);
    tooShort.start = utc(2026, 5, 1, 9);
    tooShort.end = utc(2026, 5, 2, 5);
    QTest::newRow("ends before its first run")
        << tooShort << "schedule.end"
        << "The schedule ends at 2026-05-02 07:00, before its first run at 2026-05-02 08:00; it "
           "would never run.";
}

void TestSchedule::validateBadInput()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const FieldErrors errors = schedule.validate();
    QVERIFY2(!errors.isEmpty(), "expected an error");
    QCOMPARE(errorFor(errors, field), message);
}

void TestSchedule::neverRunsAgain()
{
    const QDateTime now = utc(2026, 6, 1, 12);
    Schedule once = make(Frequency::Once);
    once.start = utc(2026, 5, 1, 6);
    QVERIFY(once.validate().isEmpty()); // fine as a record of what ran
    QCOMPARE(errorFor(once.validate(now), QStringLiteral("schedule.start")),
             QStringLiteral("The one-off run at 2026-05-01 08:00 has passed; this schedule will "
                            "never run again."));
    Schedule ended = make(Frequency::Daily);
    ended.end = utc(2026, 5, 31, 12);
    QCOMPARE(errorFor(ended.validate(now), QStringLiteral("schedule.end")),
             QStringLiteral("The schedule ends at 2026-05-31 14:00, before its next run at "
                            "2026-06-02 08:00; it will never run again."));
    Schedule running = make(Frequency::Daily);
    running.end = utc(2026, 12, 31);
    QVERIFY2(running.validate(now).isEmpty(), qPrintable(all(running.validate(now))));
}

void TestSchedule::validSchedulesHaveNoErrors()
{
    QList<Schedule> valid;
    valid << make(Frequency::Daily) << make(Frequency::LastDayOfMonth) << make(Frequency::Hourly);
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1};
    Schedule monthly = make(Frequency::Monthly);
    monthly.dayOfMonth = 31;
    Schedule cron = make(Frequency::Cron);
    cron.cron = QStringLiteral("0 0 8 * * MON-FRI 2030");
    Schedule utcOffset = make(Frequency::Daily, "UTC+05:30");
    valid << weekly << monthly << cron << utcOffset;
    for (const Schedule &s : valid)
        QVERIFY2(s.validate().isEmpty(), qPrintable(all(s.validate())));
}

void TestSchedule::notesExplainShortMonths()
{
    Schedule s = make(Frequency::Monthly);
    s.dayOfMonth = 31;
    QCOMPARE(all(s.notes()),
             QStringLiteral("schedule.dayOfMonth: Months without a 31st are skipped: February, "
                            "April, June, September and November."));
    s.shortMonths = Schedule::ShortMonths::LastDay;
    QCOMPARE(all(s.notes()),
             QStringLiteral("schedule.dayOfMonth: In months without a 31st it runs on the last "
                            "day of the month: February, April, June, September and November."));
    s.dayOfMonth = 29;
    s.shortMonths = Schedule::ShortMonths::Skip;
    QCOMPARE(all(s.notes()), QStringLiteral("schedule.dayOfMonth: Months without a 29th are "
                                            "skipped: February in common years."));
    s.dayOfMonth = 28;
    QVERIFY(s.notes().isEmpty());
    QVERIFY(s.validate().isEmpty()); // a note, not an error

    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {5, 6};
    weekly.workdaysOnly = true;
    QCOMPARE(all(weekly.notes()), QStringLiteral("schedule.weekdays: Saturday and Sunday are left "
                                                 "out because the schedule runs on workdays "
                                                 "only."));
    Schedule cron = make(Frequency::Cron);
    cron.cron = QStringLiteral("0 8 13 * FRI");
    QCOMPARE(all(cron.notes()), QStringLiteral("schedule.cron: Day of month and day of week are "
                                               "both set: it runs on days that match either "
                                               "(classic cron)."));
}

void TestSchedule::summary_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("text");

    Schedule weekdays = make(Frequency::Daily);
    weekdays.workdaysOnly = true;
    QTest::newRow("workdays") << weekdays << "Every weekday at 08:00, Europe/Berlin";
    QTest::newRow("daily") << make(Frequency::Daily, "UTC") << "Every day at 08:00, UTC";
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1, 2, 3, 4, 5};
    QTest::newRow("weekly Mon-Fri") << weekly << "Every weekday at 08:00, Europe/Berlin";
    weekly.weekdays = {1, 3, 5};
    QTest::newRow("weekly") << weekly
                            << "Every Monday, Wednesday and Friday at 08:00, "
                               "Europe/Berlin";
    Schedule m31 = make(Frequency::Monthly);
    m31.dayOfMonth = 31;
    m31.time = QTime(6, 0);
    QTest::newRow("31st skip") << m31
                               << "On the 31st of each month at 06:00, Europe/Berlin "
                                  "(skips months without a 31st)";
    m31.shortMonths = Schedule::ShortMonths::LastDay;
    QTest::newRow("31st last day") << m31
                                   << "On the 31st of each month at 06:00, Europe/Berlin "
                                      "(on the last day of shorter months)";
    Schedule second = make(Frequency::Monthly, "UTC");
    second.dayOfMonth = 2;
    QTest::newRow("2nd") << second << "On the 2nd of each month at 08:00, UTC";
    Schedule every15 = make(Frequency::Interval, "UTC");
    every15.intervalAmount = 15;
    every15.intervalUnit = Unit::Minutes;
    every15.start = utc(2026, 1, 1);
    QTest::newRow("every 15 minutes") << every15 << "Every 15 minutes from 2026-01-01 00:00, UTC";
    Schedule everyDay = every15;
    everyDay.intervalAmount = 1;
    everyDay.intervalUnit = Unit::Days;
    QTest::newRow("every day") << everyDay << "Every day from 2026-01-01 00:00, UTC";
    Schedule hourly = make(Frequency::Hourly, "Australia/Lord_Howe");
    hourly.time = QTime(0, 15);
    QTest::newRow("hourly") << hourly << "Every hour at :15, Australia/Lord_Howe";
    Schedule last = make(Frequency::LastDayOfMonth, "UTC");
    last.end = utc(2026, 12, 31, 23, 59);
    QTest::newRow("last day with end") << last
                                       << "On the last day of each month at 08:00, UTC, "
                                          "until 2026-12-31 23:59";
    Schedule once = make(Frequency::Once);
    once.start = utc(2026, 3, 1, 7);
    QTest::newRow("once") << once << "Once, on 2026-03-01 at 08:00, Europe/Berlin";
    Schedule cron = make(Frequency::Cron, "UTC");
    cron.cron = QStringLiteral("0 9 * * 1-5");
    cron.start = utc(2026, 2, 1);
    QTest::newRow("cron") << cron
                          << "On the cron schedule \"0 9 * * 1-5\", UTC, from "
                             "2026-02-01 00:00";
}

void TestSchedule::summary()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, text);
    QCOMPARE(schedule.summary(), text);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
