// Tests for ScheduleMapping: round trips for every frequency each server supports, the JSON
// each server gets (field names and forms as in ../shared/protocols.md), both forms where the
// protocol is unconfirmed, and a clear refusal for what a server cannot express.
#include "scheduling/ScheduleCalculator.h"
#include "scheduling/ScheduleMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reportdesk;
using Frequency = Schedule::Frequency;
using Unit = Schedule::IntervalUnit;

Q_DECLARE_METATYPE(Schedule)

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QString text(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Schedule make(Frequency f, const char *zone = "Europe/Berlin", QTime time = QTime(8, 0))
{
    Schedule s;
    s.frequency = f;
    s.timeZone = QString::fromLatin1(zone);
    s.time = time;
    return s;
}

Schedule interval(int amount, Unit unit, const QDateTime &start, const char *zone = "Europe/Berlin")
{
    Schedule s = make(Frequency::Interval, zone, QTime(0, 0));
    s.intervalAmount = amount;
    s.intervalUnit = unit;
    s.start = start;
    return s;
}

const QDateTime kNow = utc(2026, 1, 1, 12);

} // namespace

class TestScheduleMapping : public QObject {
    Q_OBJECT

private slots:
    void grafanaRoundTrip_data();
    void grafanaRoundTrip();
    void grafanaForm();
    void grafanaStartDateAvoidsDstShiftedRun();
    void grafanaReadsBothForms();
    void grafanaRefuses_data();
    void grafanaRefuses();

    void openObserveRoundTrip_data();
    void openObserveRoundTrip();
    void openObserveForm();
    void openObserveReadsServerCron();
    void openObserveZoneFallbacks();
    void openObserveRefuses_data();
    void openObserveRefuses();

    void kibanaRoundTrip_data();
    void kibanaRoundTrip();
    void kibanaForm();
    void kibanaWorkdaysBecomeWeekdays();
    void kibanaReadsBothForms();
    void kibanaRefuses_data();
    void kibanaRefuses();
};

// ------------------------------------------------------------------ Grafana

void TestScheduleMapping::grafanaRoundTrip_data()
{
    QTest::addColumn<Schedule>("schedule");

    // Starts sit on a run: Grafana carries the time of day (and weekday) in startDate.
    Schedule once = make(Frequency::Once, "Europe/Berlin", QTime(0, 0));
    once.start = utc(2026, 3, 1, 9, 15);
    QTest::newRow("once") << once;
    Schedule hourly = make(Frequency::Hourly, "America/New_York", QTime(0, 20));
    hourly.start = utc(2026, 1, 5, 14, 20);
    hourly.workdaysOnly = true;
    QTest::newRow("hourly, workdays") << hourly;
    Schedule daily = make(Frequency::Daily);
    daily.start = utc(2026, 1, 5, 7);
    daily.end = utc(2026, 12, 31, 7);
    QTest::newRow("daily with end") << daily;
    daily.workdaysOnly = true;
    daily.end = QDateTime();
    QTest::newRow("daily, workdays") << daily;
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {3};
    weekly.start = utc(2026, 1, 7, 7); // a Wednesday
    QTest::newRow("weekly") << weekly;
    Schedule monthly = make(Frequency::Monthly, "UTC", QTime(6, 30));
    monthly.dayOfMonth = 15;
    monthly.start = utc(2026, 1, 15, 6, 30);
    QTest::newRow("monthly") << monthly;
    Schedule last = make(Frequency::LastDayOfMonth, "Australia/Lord_Howe", QTime(23, 0));
    last.start = utc(2026, 1, 31, 12); // 23:00 +11
    QTest::newRow("last day") << last;
    QTest::newRow("every 6 hours") << interval(6, Unit::Hours, utc(2026, 1, 1, 5));
    QTest::newRow("every 3 days") << interval(3, Unit::Days, utc(2026, 1, 1, 5));
    QTest::newRow("every 2 weeks") << interval(2, Unit::Weeks, utc(2026, 1, 1, 5));
    QTest::newRow("every 2 months") << interval(2, Unit::Months, utc(2026, 1, 28, 5));
}

void TestScheduleMapping::grafanaRoundTrip()
{
    QFETCH(Schedule, schedule);
    const auto out = ScheduleMapping::toGrafana(schedule, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    const auto back = ScheduleMapping::fromGrafana(out.value());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY2(back.value() == schedule,
             qPrintable(text(out.value()) + QStringLiteral(" -> ") + text(back.value().toJson())));
}

void TestScheduleMapping::grafanaForm()
{
    Schedule s = make(Frequency::Daily);
    s.start = utc(2026, 1, 5, 7);
    QCOMPARE(text(ScheduleMapping::toGrafana(s, kNow).value()),
             QStringLiteral("{\"dayOfMonth\":\"\",\"endDate\":null,\"frequency\":\"daily\","
                            "\"intervalAmount\":0,\"intervalFrequency\":\"\","
                            "\"startDate\":\"2026-01-05T08:00:00+01:00\","
                            "\"timeZone\":\"Europe/Berlin\",\"workdaysOnly\":false}"));
    Schedule monthly = make(Frequency::Monthly, "UTC");
    monthly.dayOfMonth = 5;
    // Without a start, the first run after now anchors startDate.
    const QJsonObject m = ScheduleMapping::toGrafana(monthly, kNow).value();
    QCOMPARE(m.value(QStringLiteral("startDate")).toString(),
             QStringLiteral("2026-01-05T08:00:00+00:00"));
    QCOMPARE(m.value(QStringLiteral("dayOfMonth")).toString(), QStringLiteral("5"));
    const QJsonObject custom =
        ScheduleMapping::toGrafana(interval(12, Unit::Hours, utc(2026, 2, 1, 6)), kNow).value();
    QCOMPARE(custom.value(QStringLiteral("frequency")).toString(), QStringLiteral("custom"));
    QCOMPARE(custom.value(QStringLiteral("intervalFrequency")).toString(), QStringLiteral("hours"));
    QCOMPARE(custom.value(QStringLiteral("intervalAmount")).toInt(), 12);
}

void TestScheduleMapping::grafanaStartDateAvoidsDstShiftedRun()
{
    // Daily 02:30 Berlin asked on the spring-forward night: the first run (03:00 CEST) was
    // moved by the gap, so startDate takes the next one, which shows 02:30.
    const Schedule s = make(Frequency::Daily, "Europe/Berlin", QTime(2, 30));
    const QJsonObject o = ScheduleMapping::toGrafana(s, utc(2026, 3, 29, 0)).value();
    QCOMPARE(o.value(QStringLiteral("startDate")).toString(),
             QStringLiteral("2026-03-30T02:30:00+02:00"));
}

void TestScheduleMapping::grafanaReadsBothForms()
{
    // dayOfMonth as a number or a string; "last" as a day; singular interval units; a startDate
    // without offset is wall time in timeZone.
    auto r = ScheduleMapping::fromGrafana(json(R"({"frequency":"monthly","dayOfMonth":20,
        "startDate":"2026-01-20T06:00:00","timeZone":"Europe/Berlin"})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->dayOfMonth, 20);
    QCOMPARE(r->time, QTime(6, 0));
    QCOMPARE(r->start, utc(2026, 1, 20, 5));
    r = ScheduleMapping::fromGrafana(json(R"({"frequency":"monthly","dayOfMonth":"",
        "startDate":"2026-01-12T06:00:00Z","timeZone":"UTC"})"));
    QCOMPARE(r->dayOfMonth, 12);
    r = ScheduleMapping::fromGrafana(json(R"({"frequency":"monthly","dayOfMonth":"last",
        "startDate":"2026-01-31T06:00:00Z","timeZone":"UTC"})"));
    QCOMPARE(r->frequency, Frequency::LastDayOfMonth);
    r = ScheduleMapping::fromGrafana(json(R"({"frequency":"custom","intervalFrequency":"day",
        "intervalAmount":"2","startDate":"2026-01-31T06:00:00Z","timeZone":"UTC",
        "endDate":""})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->intervalUnit, Unit::Days);
    QCOMPARE(r->intervalAmount, 2);
    QVERIFY(!r->end.isValid());
    // Grafana ignores workdaysOnly outside hourly and daily, and so do we.
    r = ScheduleMapping::fromGrafana(json(R"({"frequency":"weekly","workdaysOnly":true,
        "startDate":"2026-01-03T06:00:00Z","timeZone":"UTC"})"));
    QCOMPARE(r->weekdays, QList<int>{6});
    QVERIFY(!r->workdaysOnly);

    QCOMPARE(
        ScheduleMapping::fromGrafana(json(R"({"frequency":"daily","timeZone":"UTC"})")).error(),
        QStringLiteral("The Grafana schedule has no startDate."));
    QCOMPARE(ScheduleMapping::fromGrafana(json(R"({"frequency":"yearly",
        "startDate":"2026-01-03T06:00:00Z"})"))
                 .error(),
             QStringLiteral("The Grafana schedule's frequency \"yearly\" is not one of once, "
                            "hourly, daily, weekly, monthly, last, custom."));
    QCOMPARE(ScheduleMapping::fromGrafana(json(R"({"frequency":"daily","timeZone":"Mars/Base",
        "startDate":"2026-01-03T06:00:00Z"})"))
                 .error(),
             QStringLiteral("The Grafana schedule's time zone \"Mars/Base\" is not one this "
                            "system knows."));
    QCOMPARE(ScheduleMapping::fromGrafana(json(R"({"frequency":"custom","intervalAmount":0,
        "intervalFrequency":"hours","startDate":"2026-01-03T06:00:00Z"})"))
                 .error(),
             QStringLiteral("The interval must be at least 1; it is 0."));
}

void TestScheduleMapping::grafanaRefuses_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("message");

    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1, 4};
    QTest::newRow("two weekdays") << weekly
                                  << "Grafana runs a weekly report on one weekday (the weekday of "
                                     "its start date); this schedule runs on 2 weekdays.";
    Schedule m31 = make(Frequency::Monthly);
    m31.dayOfMonth = 31;
    QTest::newRow("monthly 31") << m31
                                << "Grafana does not say what a monthly report on day 31 does "
                                   "in months without that day; choose a day up to 28 or \"last "
                                   "day of the month\".";
    Schedule cron = make(Frequency::Cron);
    cron.cron = QStringLiteral("0 8 * * *");
    QTest::newRow("cron") << cron
                          << "Grafana cannot run on a cron expression; choose hourly, daily, "
                             "weekly, monthly or an interval.";
    QTest::newRow("minutes") << interval(15, Unit::Minutes, utc(2026, 1, 1))
                             << "Grafana cannot repeat every 15 minutes; its custom intervals "
                                "count hours, days, weeks or months.";
    QTest::newRow("months from the 31st")
        << interval(1, Unit::Months, utc(2026, 1, 31, 6), "UTC")
        << "Grafana does not say what an interval in months that starts on day 31 does in "
           "shorter months; start on a day up to 28.";
    Schedule last = make(Frequency::LastDayOfMonth);
    last.workdaysOnly = true;
    QTest::newRow("last day, workdays")
        << last << "Grafana applies \"workdays only\" to hourly and daily schedules only.";
    Schedule bad = make(Frequency::Daily, "Nowhere/Land");
    QTest::newRow("invalid schedule") << bad
                                      << "\"Nowhere/Land\" is not a time zone this system knows; "
                                         "choose an IANA zone such as Europe/Berlin.";
}

void TestScheduleMapping::grafanaRefuses()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, message);
    const auto r = ScheduleMapping::toGrafana(schedule, kNow);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), message);
}

// ------------------------------------------------------------------ OpenObserve

void TestScheduleMapping::openObserveRoundTrip_data()
{
    QTest::addColumn<Schedule>("schedule");

    Schedule once = make(Frequency::Once, "Europe/Berlin", QTime(0, 0));
    once.start = utc(2026, 6, 1, 10, 30);
    QTest::newRow("once") << once;
    QTest::newRow("hourly") << make(Frequency::Hourly, "Asia/Kolkata", QTime(0, 45));
    Schedule daily = make(Frequency::Daily, "America/New_York", QTime(7, 30, 15));
    daily.start = utc(2026, 2, 1);
    QTest::newRow("daily with seconds and start") << daily;
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1, 2, 3, 4, 5};
    QTest::newRow("weekly Mon-Fri") << weekly;
    weekly.weekdays = {1, 3, 7};
    QTest::newRow("weekly Mon, Wed, Sun") << weekly;
    Schedule monthly = make(Frequency::Monthly, "UTC", QTime(6, 0));
    monthly.dayOfMonth = 31; // cron skips months without a 31st, as Skip does
    QTest::newRow("monthly 31, skip") << monthly;
    QTest::newRow("every 4 hours") << interval(4, Unit::Hours, utc(2026, 1, 1, 3));
    QTest::newRow("every 2 days") << interval(2, Unit::Days, utc(2026, 1, 1, 3));
    QTest::newRow("every week") << interval(1, Unit::Weeks, utc(2026, 1, 1, 3));
    QTest::newRow("every 3 months") << interval(3, Unit::Months, utc(2026, 1, 10, 3));
    Schedule cron = make(Frequency::Cron, "UTC", QTime(0, 0));
    cron.cron = QStringLiteral("*/10 9-17 * * MON-FRI");
    QTest::newRow("cron") << cron;
    cron.cron = QStringLiteral("30 0 8 1,15 * *");
    QTest::newRow("cron with seconds") << cron;
    cron.cron = QStringLiteral("0 0 12 29 FEB * 2028-2040");
    QTest::newRow("cron with year") << cron;
}

void TestScheduleMapping::openObserveRoundTrip()
{
    QFETCH(Schedule, schedule);
    const auto out = ScheduleMapping::toOpenObserve(schedule, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    const auto back = ScheduleMapping::fromOpenObserve(out.value());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY2(back.value() == schedule,
             qPrintable(text(out.value()) + QStringLiteral(" -> ") + text(back.value().toJson())));
}

void TestScheduleMapping::openObserveForm()
{
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {1, 3};
    QCOMPARE(text(ScheduleMapping::toOpenObserve(weekly, kNow).value()),
             QStringLiteral("{\"frequency\":{\"align_time\":false,\"cron\":\"0 0 8 * * MON,WED\","
                            "\"interval\":1,\"type\":\"cron\"},\"start\":0,"
                            "\"timezone\":\"Europe/Berlin\",\"timezoneOffset\":60}"));
    Schedule once = make(Frequency::Once, "Europe/Berlin");
    once.start = utc(2026, 6, 1, 10, 30);
    const QJsonObject o = ScheduleMapping::toOpenObserve(once, kNow).value();
    QCOMPARE(o.value(QStringLiteral("start")).toDouble(), 1780309800000000.0); // microseconds
    QCOMPARE(o.value(QStringLiteral("timezoneOffset")).toInt(), 120);          // CEST at start
    QCOMPARE(o.value(QStringLiteral("frequency")).toObject().value(QStringLiteral("type")),
             QJsonValue(QStringLiteral("once")));
    const QJsonObject hours =
        ScheduleMapping::toOpenObserve(interval(6, Unit::Hours, utc(2026, 1, 1)), kNow).value();
    QCOMPARE(
        text(hours.value(QStringLiteral("frequency")).toObject()),
        QStringLiteral("{\"align_time\":false,\"cron\":\"\",\"interval\":6,\"type\":\"hours\"}"));
    // A cron whose day fields are "either" but one covers every day: every day.
    Schedule everyDay = make(Frequency::Cron);
    everyDay.cron = QStringLiteral("0 8 1-31 * MON");
    QCOMPARE(ScheduleMapping::toOpenObserve(everyDay, kNow)
                 ->value(QStringLiteral("frequency"))
                 .toObject()
                 .value(QStringLiteral("cron"))
                 .toString(),
             QStringLiteral("0 0 8 * * *"));
}

void TestScheduleMapping::openObserveReadsServerCron()
{
    // The server's cron crate counts weekdays from Sunday = 1: 2-6 is Monday to Friday.
    auto r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"cron",
        "cron":"0 0 8 * * 2-6","interval":0},"timezone":"Europe/Berlin","start":0})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->frequency, Frequency::Weekly);
    QCOMPARE(r->weekdays, (QList<int>{1, 2, 3, 4, 5}));
    QVERIFY(!r->start.isValid());
    // The server put a fixed second in place of a leading "*" (update_cron_expression).
    r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"cron",
        "cron":"37 */5 * * * *"},"timezone":"UTC"})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->frequency, Frequency::Cron);
    QCOMPARE(r->cron, QStringLiteral("37 */5 * * * *"));
    QCOMPARE(ScheduleCalculator::next(*r, utc(2026, 1, 1)), utc(2026, 1, 1, 0, 0, 37));
    // Numbered weekdays in a non-simple cron become names, so the classic reading agrees.
    r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"cron",
        "cron":"0 */30 9-17 * * 1,7"},"timezone":"UTC"})"));
    QCOMPARE(r->cron, QStringLiteral("*/30 9-17 * * SUN,SAT"));
    // Day of month AND day of week: ReportDesk's cron cannot say that.
    QCOMPARE(ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"cron",
        "cron":"0 0 8 13 * 6"},"timezone":"UTC"})"))
                 .error(),
             QStringLiteral("The OpenObserve cron \"0 0 8 13 * 6\" runs only on days that match "
                            "both its day of month and its day of week; ReportDesk's cron runs "
                            "when either matches and cannot express this."));
    QCOMPARE(ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"cron",
        "cron":"0 61 8 * * *"},"timezone":"UTC"})"))
                 .error(),
             QStringLiteral("The OpenObserve cron \"0 61 8 * * *\" is not valid: minute field: 61 "
                            "is out of range 0-59."));
    // No frequency at all: the server's default, weekly from start.
    r = ScheduleMapping::fromOpenObserve(
        json(R"({"start":1767225600000000,"timezone":"UTC"})")); // 2026-01-01T00:00Z
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->frequency, Frequency::Interval);
    QCOMPARE(r->intervalUnit, Unit::Weeks);
    QCOMPARE(r->start, utc(2026, 1, 1));
}

void TestScheduleMapping::openObserveZoneFallbacks()
{
    auto r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"days","interval":1},
        "start":1767225600000000,"timezone":"","timezoneOffset":330})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->timeZone, QStringLiteral("UTC+05:30"));
    r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"days","interval":1},
        "start":1767225600000000,"timezoneOffset":-210})"));
    QCOMPARE(r->timeZone, QStringLiteral("UTC-03:30"));
    r = ScheduleMapping::fromOpenObserve(json(R"({"frequency":{"type":"days","interval":1},
        "start":1767225600000000})"));
    QCOMPARE(r->timeZone, QStringLiteral("UTC"));
}

void TestScheduleMapping::openObserveRefuses_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("message");

    Schedule workdays = make(Frequency::Daily);
    workdays.workdaysOnly = true;
    QTest::newRow("workdays") << workdays
                              << "OpenObserve cannot run on workdays only; choose weekly on "
                                 "Monday to Friday instead.";
    Schedule ends = make(Frequency::Daily);
    ends.end = utc(2027, 1, 1);
    QTest::newRow("end") << ends << "OpenObserve cannot stop a schedule at an end date.";
    QTest::newRow("last day") << make(Frequency::LastDayOfMonth)
                              << "OpenObserve cannot run on the last day of the month (its cron "
                                 "has no \"L\"); choose a day of the month up to 28.";
    Schedule m31 = make(Frequency::Monthly);
    m31.dayOfMonth = 31;
    m31.shortMonths = Schedule::ShortMonths::LastDay;
    QTest::newRow("31st, last day") << m31
                                    << "OpenObserve cannot fall back to the last day of months "
                                       "without a day 31 (its cron has no \"L\"); choose to skip "
                                       "those months.";
    QTest::newRow("minutes") << interval(15, Unit::Minutes, utc(2026, 1, 1))
                             << "OpenObserve cannot repeat every 15 minutes; use a cron expression "
                                "such as \"*/15 * * * *\" instead.";
    Schedule either = make(Frequency::Cron);
    either.cron = QStringLiteral("0 8 13 * FRI");
    QTest::newRow("cron either day") << either
                                     << "OpenObserve's cron runs only on days that match both the "
                                        "day of month and the day of week; \"0 8 13 * FRI\" runs "
                                        "on days that match either.";
}

void TestScheduleMapping::openObserveRefuses()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, message);
    const auto r = ScheduleMapping::toOpenObserve(schedule, kNow);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), message);
}

// ------------------------------------------------------------------ Kibana

void TestScheduleMapping::kibanaRoundTrip_data()
{
    QTest::addColumn<Schedule>("schedule");

    QTest::newRow("hourly") << make(Frequency::Hourly, "UTC", QTime(0, 5));
    Schedule daily = make(Frequency::Daily, "America/New_York", QTime(6, 45));
    daily.start = utc(2026, 2, 1, 11, 45);
    QTest::newRow("daily with start") << daily;
    Schedule weekly = make(Frequency::Weekly);
    weekly.weekdays = {2, 4, 6};
    QTest::newRow("weekly") << weekly;
    Schedule monthly = make(Frequency::Monthly, "Australia/Lord_Howe", QTime(9, 0));
    monthly.dayOfMonth = 30; // rrule skips months without a 30th
    QTest::newRow("monthly 30") << monthly;
    QTest::newRow("every 2 hours") << interval(2, Unit::Hours, utc(2026, 1, 1, 3, 10));
    QTest::newRow("every 3 days") << interval(3, Unit::Days, utc(2026, 1, 1, 5));
    QTest::newRow("every 2 weeks") << interval(2, Unit::Weeks, utc(2026, 1, 7, 5));
    QTest::newRow("every 2 months") << interval(2, Unit::Months, utc(2026, 1, 31, 5));
}

void TestScheduleMapping::kibanaRoundTrip()
{
    QFETCH(Schedule, schedule);
    const auto out = ScheduleMapping::toKibana(schedule);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    const auto back = ScheduleMapping::fromKibana(out.value());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QVERIFY2(back.value() == schedule,
             qPrintable(text(out.value()) + QStringLiteral(" -> ") + text(back.value().toJson())));
}

void TestScheduleMapping::kibanaForm()
{
    QCOMPARE(text(ScheduleMapping::toKibana(make(Frequency::Daily, "Europe/Berlin", QTime(8, 30)))
                      .value()),
             QStringLiteral("{\"rrule\":{\"byhour\":[8],\"byminute\":[30],\"freq\":3,"
                            "\"interval\":1,\"tzid\":\"Europe/Berlin\"}}"));
    Schedule weekly = make(Frequency::Weekly, "UTC");
    weekly.weekdays = {1, 5};
    weekly.start = utc(2026, 1, 5, 8);
    QCOMPARE(text(ScheduleMapping::toKibana(weekly).value()),
             QStringLiteral("{\"rrule\":{\"byhour\":[8],\"byminute\":[0],\"byweekday\":[\"MO\","
                            "\"FR\"],\"dtstart\":\"2026-01-05T08:00:00.000Z\",\"freq\":2,"
                            "\"interval\":1,\"tzid\":\"UTC\"}}"));
    QCOMPARE(text(ScheduleMapping::toKibana(make(Frequency::Hourly, "UTC", QTime(0, 15))).value()),
             QStringLiteral("{\"rrule\":{\"byminute\":[15],\"freq\":4,\"interval\":1,"
                            "\"tzid\":\"UTC\"}}"));
}

void TestScheduleMapping::kibanaWorkdaysBecomeWeekdays()
{
    // Daily on workdays is WEEKLY MO-FR for Kibana and reads back as weekly Monday-Friday:
    // another frequency, the same runs.
    Schedule s = make(Frequency::Daily);
    s.workdaysOnly = true;
    const QJsonObject out = ScheduleMapping::toKibana(s).value();
    QCOMPARE(out.value(QStringLiteral("rrule")).toObject().value(QStringLiteral("byweekday")),
             QJsonValue(QJsonArray{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                                   QStringLiteral("TH"), QStringLiteral("FR")}));
    const Schedule back = ScheduleMapping::fromKibana(out).value();
    QCOMPARE(back.frequency, Frequency::Weekly);
    QCOMPARE(ScheduleCalculator::nextN(back, utc(2026, 3, 20), 20),
             ScheduleCalculator::nextN(s, utc(2026, 3, 20), 20));
}

void TestScheduleMapping::kibanaReadsBothForms()
{
    // freq as a name, the rrule without its wrapper, a bare number for byhour.
    auto r = ScheduleMapping::fromKibana(
        json(R"({"freq":"DAILY","interval":1,"tzid":"UTC","byhour":7,"byminute":[0]})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->frequency, Frequency::Daily);
    QCOMPARE(r->time, QTime(7, 0));
    // Several hours or minutes become a cron expression.
    r = ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":2,"interval":1,"tzid":"UTC",
        "byweekday":["MO","WE"],"byhour":[8,17],"byminute":[0,30]}})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->frequency, Frequency::Cron);
    QCOMPARE(r->cron, QStringLiteral("0,30 8,17 * * MON,WED"));
    // Missing byhour/byminute come from dtstart; dtstart without offset is wall time in tzid.
    r = ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":3,"interval":1,
        "tzid":"Europe/Berlin","dtstart":"2026-01-10T09:45:00"}})"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->time, QTime(9, 45));
    QCOMPARE(r->start, utc(2026, 1, 10, 8, 45));
    // tzid defaults to UTC.
    r = ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":4,"byminute":[5]}})"));
    QCOMPARE(r->timeZone, QStringLiteral("UTC"));
    QCOMPARE(r->frequency, Frequency::Hourly);

    QCOMPARE(ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":1,"byhour":[8],"byminute":[0],
        "byweekday":["+1MO"]}})"))
                 .error(),
             QStringLiteral("ReportDesk cannot express the Kibana weekday \"+1MO\" (a weekday "
                            "counted within the month)."));
    QCOMPARE(ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":3,"interval":2,"byhour":[8],
        "byminute":[0]}})"))
                 .error(),
             QStringLiteral("A Kibana schedule that repeats every 2 periods needs a dtstart to "
                            "count from."));
    QCOMPARE(ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":0,"byhour":[8]}})")).error(),
             QStringLiteral("The Kibana schedule's freq 0 is not monthly, weekly, daily, hourly or "
                            "minutely."));
    QCOMPARE(ScheduleMapping::fromKibana(json(R"({"rrule":{"freq":3,"tzid":"Atlantis/Capital",
        "byhour":[8],"byminute":[0]}})"))
                 .error(),
             QStringLiteral("The Kibana schedule's tzid \"Atlantis/Capital\" is not one this "
                            "system knows."));
}

void TestScheduleMapping::kibanaRefuses_data()
{
    QTest::addColumn<Schedule>("schedule");
    QTest::addColumn<QString>("message");

    Schedule once = make(Frequency::Once);
    once.start = utc(2026, 6, 1);
    QTest::newRow("once") << once
                          << "Kibana's scheduled reports repeat; it cannot run a report once.";
    Schedule ends = make(Frequency::Daily);
    ends.end = utc(2027, 1, 1);
    QTest::newRow("end") << ends << "Kibana cannot stop a schedule at an end date.";
    QTest::newRow("seconds") << make(Frequency::Daily, "UTC", QTime(8, 0, 30))
                             << "Kibana runs on whole minutes; remove the seconds from 08:00:30.";
    QTest::newRow("last day") << make(Frequency::LastDayOfMonth)
                              << "Kibana cannot run on the last day of the month (its bymonthday "
                                 "takes 1 to 31).";
    Schedule cron = make(Frequency::Cron);
    cron.cron = QStringLiteral("0 8 * * *");
    QTest::newRow("cron") << cron
                          << "Kibana cannot run on a cron expression; choose hourly, daily, "
                             "weekly, monthly or an interval.";
    QTest::newRow("minutes") << interval(30, Unit::Minutes, utc(2026, 1, 1))
                             << "Kibana cannot repeat every 30 minutes; its schedules repeat "
                                "hourly at most.";
    Schedule hourly = make(Frequency::Hourly, "UTC", QTime(0, 0));
    hourly.workdaysOnly = true;
    QTest::newRow("hourly, workdays") << hourly
                                      << "Kibana cannot limit an hourly schedule to workdays (it "
                                         "allows no weekdays with hourly).";
    Schedule m31 = make(Frequency::Monthly);
    m31.dayOfMonth = 31;
    m31.shortMonths = Schedule::ShortMonths::LastDay;
    QTest::newRow("31st, last day") << m31
                                    << "Kibana cannot fall back to the last day of months without "
                                       "a day 31 (its bymonthday takes 1 to 31); choose to skip "
                                       "those months.";
}

void TestScheduleMapping::kibanaRefuses()
{
    QFETCH(Schedule, schedule);
    QFETCH(QString, message);
    const auto r = ScheduleMapping::toKibana(schedule);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), message);
}

QTEST_GUILESS_MAIN(TestScheduleMapping)
#include "tst_schedulemapping.moc"
