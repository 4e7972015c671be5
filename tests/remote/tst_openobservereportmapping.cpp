// OpenObserveReportMapping: an OpenObserve report (protocols.md 1.4) to a ReportDesk Report and
// back, read-modify-write (unchanged values go back byte for byte, unknown fields survive), the
// casing quirk (camelCase top level, snake_case nested), and every refusal naming what
// OpenObserve cannot express.
#include "domain/Schedule.h"
#include "remote/openobserve/OpenObserveReportMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace reportdesk;
using namespace reportdesk::remote;
namespace M = reportdesk::remote::OpenObserveReportMapping;

namespace {

QJsonObject dashboard(const QString &id, const QString &tab, const QJsonArray &variables,
                      const QJsonObject &timerange)
{
    return QJsonObject{
        {QStringLiteral("dashboard"), id},
        {QStringLiteral("folder"), QStringLiteral("f1")},
        {QStringLiteral("tabs"), QJsonArray{tab}},
        {QStringLiteral("variables"), variables},
        {QStringLiteral("timerange"), timerange},
        {QStringLiteral("report_type"), QStringLiteral("pdf")},
        {QStringLiteral("email_attachment_type"), QStringLiteral("standard")},
        {QStringLiteral("attachment_dimensions"),
         QJsonObject{{QStringLiteral("width"), 1024}, {QStringLiteral("height"), 768}}}};
}

QJsonObject relative(const QString &period)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("relative")},
                       {QStringLiteral("period"), period},
                       {QStringLiteral("from"), 0},
                       {QStringLiteral("to"), 0}};
}

// A report as GET returns it, with fields ReportDesk does not model and one a later server
// version might add.
QJsonObject serverReport()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("weekly-errors")},
        {QStringLiteral("title"), QStringLiteral("Weekly errors")},
        {QStringLiteral("orgId"), QStringLiteral("prod")},
        {QStringLiteral("frequency"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")},
                     {QStringLiteral("cron"), QStringLiteral("0 30 8 * * MON,FRI")},
                     {QStringLiteral("interval"), 1},
                     {QStringLiteral("align_time"), true}}},
        {QStringLiteral("start"), qint64(1767225600000000)},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("timezoneOffset"), 60},
        {QStringLiteral("dashboards"),
         QJsonArray{
             dashboard(QStringLiteral("d1"), QStringLiteral("t1"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                              {QStringLiteral("value"), QStringLiteral("prod")},
                                              {QStringLiteral("id"), QStringLiteral("v1")}}},
                       relative(QStringLiteral("1w"))),
             dashboard(QStringLiteral("d2"), QStringLiteral("t9"),
                       QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                              {QStringLiteral("value"), QStringLiteral("prod")}},
                                  QJsonObject{{QStringLiteral("key"), QStringLiteral("region")},
                                              {QStringLiteral("value"), QStringLiteral("eu")}}},
                       relative(QStringLiteral("1w")))}},
        {QStringLiteral("destinations"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}},
                    QJsonObject{{QStringLiteral("slack"), QStringLiteral("#ops")}}}},
        {QStringLiteral("description"), QStringLiteral("Errors of the last week")},
        {QStringLiteral("message"), QStringLiteral("Hello team")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("imagePreview"), true},
        {QStringLiteral("createdAt"), QStringLiteral("2026-01-05T10:00:00.123+01:00")},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-02-01T09:00:00+00:00")},
        {QStringLiteral("owner"), QStringLiteral("root@example.com")},
        {QStringLiteral("lastEditedBy"), QStringLiteral("analyst@example.com")},
        {QStringLiteral("futureField"), QJsonObject{{QStringLiteral("x"), 1}}},
    };
}

Report read(const QJsonObject &json, QStringList *warnings = nullptr)
{
    auto r = M::toReport(json, QStringLiteral("2abcKSUID"), warnings);
    if (!r)
        qWarning("%s", qPrintable(r.error()));
    return r ? *r : Report();
}

QJsonObject write(const Report &report, const QJsonObject &base, QString *error = nullptr,
                  QStringList *warnings = nullptr)
{
    const auto out =
        M::fromReport(report, base, QStringLiteral("prod"),
                      QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()), warnings);
    if (error)
        *error = out ? QString() : out.error();
    return out ? *out : QJsonObject();
}

// The keys that differ between two objects (top level).
QStringList changedKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys;
    for (const QString &k : a.keys() + b.keys()) {
        if (a.value(k) != b.value(k) && !keys.contains(k))
            keys << k;
    }
    keys.sort();
    return keys;
}

Report newReport()
{
    Report r;
    r.name = QStringLiteral("capacity");
    r.timeZone = QStringLiteral("UTC");
    Section s;
    s.kind = Section::Kind::RemoteSnapshot;
    s.remoteRef = QStringLiteral("f1/d1/t1");
    r.sections = {s};
    Schedule schedule;
    schedule.frequency = Schedule::Frequency::Daily;
    schedule.time = QTime(6, 0);
    r.schedule = schedule.toJson();
    return r;
}

} // namespace

class TestOpenObserveReportMapping : public QObject {
    Q_OBJECT

private slots:
    void readsEveryField();
    void unchangedReportGoesBackAsReceived();
    void changesOnlyWhatChanged();
    void casingOfWhatIsWritten();
    void scheduleWrittenInMicrosecondsWithZoneAndOffset();
    void unreadableScheduleIsKept();
    void timeRanges_data();
    void timeRanges();
    void variablesKeepTheirIds();
    void formats();
    void dashboardsFromSections();
    void recipientsAndDestinations();
    void dashboardRefs_data();
    void dashboardRefs();
    void names_data();
    void names();
    void refusals_data();
    void refusals();
};

void TestOpenObserveReportMapping::readsEveryField()
{
    QStringList warnings;
    const Report r = read(serverReport(), &warnings);
    QCOMPARE(r.name, QStringLiteral("weekly-errors"));
    QCOMPARE(r.title, QStringLiteral("Weekly errors"));
    QCOMPARE(r.description, QStringLiteral("Errors of the last week"));
    QCOMPARE(r.message, QStringLiteral("Hello team"));
    QCOMPARE(r.owner, QStringLiteral("root@example.com"));
    QCOMPARE(r.enabled, true);
    QCOMPARE(r.remoteId, QStringLiteral("2abcKSUID"));
    QCOMPARE(r.created, QDateTime(QDate(2026, 1, 5), QTime(9, 0, 0, 123), QTimeZone::utc()));
    QCOMPARE(r.updated, QDateTime(QDate(2026, 2, 1), QTime(9, 0), QTimeZone::utc()));
    QCOMPARE(r.timeZone, QStringLiteral("Europe/Berlin"));
    const auto schedule = Schedule::fromJson(r.schedule);
    QVERIFY(schedule && schedule->has_value());
    const Schedule &s = **schedule;
    QCOMPARE(s.frequency, Schedule::Frequency::Weekly);
    QCOMPARE(s.weekdays, (QList<int>{1, 5}));
    QCOMPARE(s.time, QTime(8, 30));
    QCOMPARE(s.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(s.start, QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QCOMPARE(r.timeRange, (TimeRange{QStringLiteral("now-1w"), QStringLiteral("now")}));
    QCOMPARE(r.variables, (QList<Variable>{{QStringLiteral("env"), QStringLiteral("prod")},
                                           {QStringLiteral("region"), QStringLiteral("eu")}}));
    QCOMPARE(r.formats, QStringList{QStringLiteral("pdf")});
    QCOMPARE(r.sections.size(), 2);
    QCOMPARE(r.sections.at(0).kind, Section::Kind::RemoteSnapshot);
    QCOMPARE(r.sections.at(0).remoteRef, QStringLiteral("f1/d1/t1"));
    QCOMPARE(r.sections.at(1).remoteRef, QStringLiteral("f1/d2/t9"));
    QCOMPARE(r.delivery.value(QStringLiteral("recipients")).toString(),
             QStringLiteral("ops@example.com"));
    QCOMPARE(warnings.size(), 1); // the slack destination
    QVERIFY2(warnings.first().contains(QLatin1String("1 destination other than an email address")),
             qPrintable(warnings.first()));
}

void TestOpenObserveReportMapping::unchangedReportGoesBackAsReceived()
{
    const QJsonObject base = serverReport();
    QString error;
    const QJsonObject out = write(read(base), base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out, base);
}

void TestOpenObserveReportMapping::changesOnlyWhatChanged()
{
    const QJsonObject base = serverReport();
    Report r = read(base);
    r.title = QStringLiteral("Errors, weekly");
    r.enabled = false;
    QString error;
    QJsonObject out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changedKeys(base, out),
             (QStringList{QStringLiteral("enabled"), QStringLiteral("title")}));

    // A new schedule rewrites exactly the four schedule keys.
    r = read(base);
    Schedule s = *Schedule::fromJson(r.schedule).value();
    s.time = QTime(9, 0);
    r.schedule = s.toJson();
    out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changedKeys(base, out), (QStringList{QStringLiteral("frequency")}));
    QCOMPARE(
        out.value(QStringLiteral("frequency")).toObject().value(QStringLiteral("cron")).toString(),
        QStringLiteral("0 0 9 * * MON,FRI"));
}

void TestOpenObserveReportMapping::casingOfWhatIsWritten()
{
    Report r = newReport();
    r.variables = {{QStringLiteral("env"), QStringLiteral("prod")}};
    r.delivery.insert(QStringLiteral("recipients"), QStringLiteral("a@example.com"));
    QString error;
    const QJsonObject out = write(r, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList expectedTop{QStringLiteral("dashboards"),     QStringLiteral("description"),
                                  QStringLiteral("destinations"),   QStringLiteral("enabled"),
                                  QStringLiteral("frequency"),      QStringLiteral("message"),
                                  QStringLiteral("name"),           QStringLiteral("orgId"),
                                  QStringLiteral("start"),          QStringLiteral("timezone"),
                                  QStringLiteral("timezoneOffset"), QStringLiteral("title")};
    QCOMPARE(out.keys(), expectedTop);
    QCOMPARE(out.value(QStringLiteral("frequency")).toObject().keys(),
             (QStringList{QStringLiteral("align_time"), QStringLiteral("cron"),
                          QStringLiteral("interval"), QStringLiteral("type")}));
    const QJsonObject d = out.value(QStringLiteral("dashboards")).toArray().first().toObject();
    QCOMPARE(d.keys(), (QStringList{QStringLiteral("dashboard"), QStringLiteral("folder"),
                                    QStringLiteral("report_type"), QStringLiteral("tabs"),
                                    QStringLiteral("timerange"), QStringLiteral("variables")}));
    QCOMPARE(d.value(QStringLiteral("variables")).toArray().first().toObject().keys(),
             (QStringList{QStringLiteral("key"), QStringLiteral("value")}));
    QCOMPARE(out.value(QStringLiteral("destinations")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}}}));
}

void TestOpenObserveReportMapping::scheduleWrittenInMicrosecondsWithZoneAndOffset()
{
    Report r = newReport();
    r.timeZone = QStringLiteral("America/New_York");
    Schedule s;
    s.frequency = Schedule::Frequency::Interval;
    s.intervalUnit = Schedule::IntervalUnit::Days;
    s.intervalAmount = 2;
    s.timeZone = r.timeZone;
    s.start = QDateTime(QDate(2026, 7, 4), QTime(6, 0), QTimeZone("America/New_York"));
    r.schedule = s.toJson();
    QString error;
    const QJsonObject out = write(r, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(
        out.value(QStringLiteral("frequency")).toObject().value(QStringLiteral("type")).toString(),
        QStringLiteral("days"));
    QCOMPARE(
        out.value(QStringLiteral("frequency")).toObject().value(QStringLiteral("interval")).toInt(),
        2);
    QCOMPARE(out.value(QStringLiteral("start")).toInteger(), s.start.toMSecsSinceEpoch() * 1000);
    QCOMPARE(out.value(QStringLiteral("timezone")).toString(), QStringLiteral("America/New_York"));
    QCOMPARE(out.value(QStringLiteral("timezoneOffset")).toInt(), -240); // EDT
    // And it reads back as the same schedule.
    QCOMPARE(read(out).schedule, r.schedule);
}

void TestOpenObserveReportMapping::unreadableScheduleIsKept()
{
    QJsonObject base = serverReport();
    // Day of month AND day of week: OpenObserve's cron needs both, ReportDesk's either.
    base.insert(QStringLiteral("frequency"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")},
                            {QStringLiteral("cron"), QStringLiteral("0 0 8 1 * MON")},
                            {QStringLiteral("interval"), 1},
                            {QStringLiteral("align_time"), true}});
    QStringList warnings;
    Report r = read(base, &warnings);
    QVERIFY(r.schedule.isEmpty());
    QCOMPARE(r.timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(), [](const QString &w) {
        return w.contains(QLatin1String("stays as it is on the server"));
    }));
    r.title = QStringLiteral("still editable");
    QString error;
    const QJsonObject out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(out.value(QStringLiteral("frequency")), base.value(QStringLiteral("frequency")));
    QCOMPARE(changedKeys(base, out), QStringList{QStringLiteral("title")});
}

void TestOpenObserveReportMapping::timeRanges_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("minutes") << QStringLiteral("now-15m") << QStringLiteral("now")
                             << relative(QStringLiteral("15m"));
    QTest::newRow("months") << QStringLiteral("now-4M") << QStringLiteral("now")
                            << relative(QStringLiteral("4M"));
    QTest::newRow("years become months")
        << QStringLiteral("now-1y") << QStringLiteral("now") << relative(QStringLiteral("12M"));
    QTest::newRow("absolute") << QStringLiteral("2026-01-01T00:00:00Z")
                              << QStringLiteral("2026-01-02T00:00:00.5Z")
                              << QJsonObject{{QStringLiteral("type"), QStringLiteral("absolute")},
                                             {QStringLiteral("period"), QString()},
                                             {QStringLiteral("from"), qint64(1767225600000000)},
                                             {QStringLiteral("to"), qint64(1767312000500000)}};
}

void TestOpenObserveReportMapping::timeRanges()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QJsonObject, expected);
    const auto out = M::timerangeFromTimeRange({from, to});
    QVERIFY2(out, qPrintable(out.error()));
    QCOMPARE(*out, expected);
    // Reading gives an equivalent range (years come back as months).
    const TimeRange back = M::timeRangeFromTimerange(*out);
    QCOMPARE(M::timerangeFromTimeRange(back).value(), expected);
}

void TestOpenObserveReportMapping::variablesKeepTheirIds()
{
    const QJsonObject base = serverReport();
    Report r = read(base);
    r.variables = {{QStringLiteral("env"), QStringLiteral("staging")},
                   {QStringLiteral("team"), QStringLiteral("sre")}};
    QString error;
    const QJsonObject out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray dashboards = out.value(QStringLiteral("dashboards")).toArray();
    QCOMPARE(dashboards.first().toObject().value(QStringLiteral("variables")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                     {QStringLiteral("value"), QStringLiteral("staging")},
                                     {QStringLiteral("id"), QStringLiteral("v1")}},
                         QJsonObject{{QStringLiteral("key"), QStringLiteral("team")},
                                     {QStringLiteral("value"), QStringLiteral("sre")}}}));
    // Every dashboard gets the report's variables; `region` was removed.
    QCOMPARE(dashboards.at(1).toObject().value(QStringLiteral("variables")).toArray().size(), 2);
    // What the variables did not touch stays.
    QCOMPARE(dashboards.first().toObject().value(QStringLiteral("attachment_dimensions")),
             base.value(QStringLiteral("dashboards"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("attachment_dimensions")));
}

void TestOpenObserveReportMapping::formats()
{
    const QJsonObject base = serverReport();
    Report r = read(base);
    r.formats = {QStringLiteral("png")};
    QString error;
    const QJsonObject out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QJsonValue &d : out.value(QStringLiteral("dashboards")).toArray())
        QCOMPARE(d.toObject().value(QStringLiteral("report_type")).toString(),
                 QStringLiteral("png"));
    r.formats = {QStringLiteral("pdf"), QStringLiteral("csv")};
    write(r, base, &error);
    QCOMPARE(error, QStringLiteral("OpenObserve sends one format per report; choose one of pdf, "
                                   "png and csv (the report has pdf, csv)."));
}

void TestOpenObserveReportMapping::dashboardsFromSections()
{
    const QJsonObject base = serverReport();
    Report r = read(base);
    // Reorder, drop d2, add a new one, and a local text section that cannot go to the server.
    Section added;
    added.kind = Section::Kind::RemoteSnapshot;
    added.remoteRef = QStringLiteral("f2/d3/overview");
    Section text;
    text.title = QStringLiteral("Intro");
    r.sections = {added, r.sections.at(0), text};
    QString error;
    QStringList warnings;
    const QJsonObject out = write(r, base, &error, &warnings);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray dashboards = out.value(QStringLiteral("dashboards")).toArray();
    QCOMPARE(dashboards.size(), 2);
    const QJsonObject first = dashboards.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("dashboard")).toString(), QStringLiteral("d3"));
    QCOMPARE(first.value(QStringLiteral("folder")).toString(), QStringLiteral("f2"));
    QCOMPARE(first.value(QStringLiteral("tabs")).toArray(), QJsonArray{QStringLiteral("overview")});
    QCOMPARE(first.value(QStringLiteral("timerange")).toObject(), relative(QStringLiteral("1w")));
    QCOMPARE(first.value(QStringLiteral("variables")).toArray().size(), 2);
    QCOMPARE(first.value(QStringLiteral("report_type")).toString(), QStringLiteral("pdf"));
    // The kept dashboard is the server's object, untouched.
    QCOMPARE(dashboards.at(1).toObject(),
             base.value(QStringLiteral("dashboards")).toArray().first().toObject());
    QCOMPARE(warnings, QStringList{QStringLiteral("The section “Intro” is not an OpenObserve "
                                                  "dashboard and is not sent to the server.")});
}

void TestOpenObserveReportMapping::recipientsAndDestinations()
{
    const QJsonObject base = serverReport();
    Report r = read(base);
    r.delivery.insert(QStringLiteral("recipients"),
                      QJsonArray{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")});
    QString error;
    const QJsonObject out = write(r, base, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The slack destination the app does not model stays; the emails are the new list.
    QCOMPARE(out.value(QStringLiteral("destinations")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("slack"), QStringLiteral("#ops")}},
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}},
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("b@example.com")}}}));
    QCOMPARE(M::recipients(QJsonObject{
                 {QStringLiteral("recipients"), QStringLiteral(" a@x.org;b@y.org,  c@z.org ")}}),
             (QStringList{QStringLiteral("a@x.org"), QStringLiteral("b@y.org"),
                          QStringLiteral("c@z.org")}));
    r.delivery.insert(QStringLiteral("recipients"), QStringLiteral("not-an-address"));
    write(r, base, &error);
    QCOMPARE(error, QStringLiteral("“not-an-address” is not an email address."));
    // A report without recipients sends an empty list (destination-less "cache" report).
    Report plain = newReport();
    QCOMPARE(write(plain, {}).value(QStringLiteral("destinations")).toArray(), QJsonArray());
}

void TestOpenObserveReportMapping::dashboardRefs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("default/7263/tab-1") << true;
    QTest::newRow("several tabs") << QStringLiteral("default/7263/a,b") << true;
    QTest::newRow("encoded") << QStringLiteral("my%20folder/d%2F1/t%2C1") << true;
    QTest::newRow("no tab") << QStringLiteral("default/7263/") << false;
    QTest::newRow("too few parts") << QStringLiteral("7263") << false;
}

void TestOpenObserveReportMapping::dashboardRefs()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto ref = M::parseDashboardRef(text);
    QCOMPARE(ref.has_value(), valid);
    if (valid)
        QCOMPARE(M::formatDashboardRef(*ref), text);
    const M::DashboardRef odd{QStringLiteral("my folder"),
                              QStringLiteral("d/1"),
                              {QStringLiteral("t,1"), QStringLiteral("t2")}};
    QCOMPARE(M::parseDashboardRef(M::formatDashboardRef(odd)), std::optional(odd));
}

void TestOpenObserveReportMapping::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QStringLiteral("weekly-errors_v2.1") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("An OpenObserve report needs a name.");
    QTest::newRow("slash") << QStringLiteral("a/b")
                           << QStringLiteral("OpenObserve report names cannot contain '/': “a/b”.");
    QTest::newRow("space") << QStringLiteral("a b")
                           << QStringLiteral("OpenObserve report names cannot contain spaces (nor "
                                             "':', '#', '?', '&', '%', quotes or spaces): “a b”.");
    QTest::newRow("ampersand") << QStringLiteral("a&b")
                               << QStringLiteral("OpenObserve report names cannot contain '&' "
                                                 "(nor ':', '#', '?', '&', '%', quotes or "
                                                 "spaces): “a&b”.");
}

void TestOpenObserveReportMapping::names()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    QCOMPARE(M::nameProblem(name), problem);
}

void TestOpenObserveReportMapping::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no schedule")
        << QStringLiteral("noSchedule")
        << QStringLiteral("OpenObserve reports always have a schedule; choose one (and disable "
                          "the report if it should not run).");
    QTest::newRow("no dashboards")
        << QStringLiteral("noDashboards")
        << QStringLiteral("An OpenObserve report needs at least one dashboard: add a remote "
                          "snapshot section naming it as “folder/dashboard/tab”.");
    QTest::newRow("bad reference")
        << QStringLiteral("badRef")
        << QStringLiteral("The section “Board” does not name an OpenObserve dashboard as "
                          "“folder/dashboard/tab”: “just-an-id”.");
    QTest::newRow("zones differ")
        << QStringLiteral("zones")
        << QStringLiteral("OpenObserve has one time zone for the schedule and the time range: the "
                          "report's (Asia/Tokyo) and the schedule's (UTC) differ.");
    QTest::newRow("minutes interval")
        << QStringLiteral("minutes")
        << QStringLiteral("OpenObserve cannot repeat every 15 minutes; use a cron expression such "
                          "as \"*/15 * * * *\" instead.");
    QTest::newRow("relative to start of day")
        << QStringLiteral("range")
        << QStringLiteral("OpenObserve shows either a period up to now (like now-7d … now) or a "
                          "fixed period between two dates; “now-1d/d … now/d” is neither.");
    QTest::newRow("unknown format") << QStringLiteral("format")
                                    << QStringLiteral("OpenObserve cannot send the format “docx”; "
                                                      "it sends pdf, png or csv.");
}

void TestOpenObserveReportMapping::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Report r = newReport();
    if (change == QLatin1String("noSchedule"))
        r.schedule = {};
    if (change == QLatin1String("noDashboards"))
        r.sections.clear();
    if (change == QLatin1String("badRef")) {
        r.sections.first().title = QStringLiteral("Board");
        r.sections.first().remoteRef = QStringLiteral("just-an-id");
    }
    if (change == QLatin1String("zones"))
        r.timeZone = QStringLiteral("Asia/Tokyo");
    if (change == QLatin1String("minutes")) {
        Schedule s;
        s.frequency = Schedule::Frequency::Interval;
        s.intervalUnit = Schedule::IntervalUnit::Minutes;
        s.intervalAmount = 15;
        s.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        r.schedule = s.toJson();
    }
    if (change == QLatin1String("range"))
        r.timeRange = {QStringLiteral("now-1d/d"), QStringLiteral("now/d")};
    if (change == QLatin1String("format"))
        r.formats = {QStringLiteral("docx")};
    QString error;
    const QJsonObject out = write(r, {}, &error);
    QVERIFY(out.isEmpty());
    QCOMPARE(error, expected);
}

QTEST_GUILESS_MAIN(TestOpenObserveReportMapping)
#include "tst_openobservereportmapping.moc"
