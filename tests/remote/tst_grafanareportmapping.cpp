// GrafanaReportMapping: Grafana report JSON <-> ReportDesk Report, and branding settings <->
// BrandingProfile. Every modelled field both ways; an unchanged report writes back exactly the
// JSON it came from; a change touches only its own keys (every field the app does not model
// survives); what cannot be expressed is a note or a refusal that names it.
#include "GrafanaTestServer.h"
#include "domain/Schedule.h"
#include "remote/grafana/GrafanaReportMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace reportdesk;
using namespace reportdesk::remote;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// A report as Grafana 10 answers GET /api/reports/{id}, with fields ReportDesk does not model
// at every level (top level, options, schedule, dashboards and their time ranges).
QJsonObject serverReport()
{
    return parse(R"({
        "id": 7, "uid": "dc3f1a", "orgId": 1, "userId": 3,
        "name": "Weekly ops",
        "subject": "Ops status for {{ .Week }}",
        "recipients": "ops@example.com, lead@example.com",
        "replyTo": "noreply@example.com",
        "message": "Hi,\nthe weekly status.",
        "schedule": {
            "startDate": "2024-03-04T08:00:00+01:00", "endDate": null,
            "frequency": "weekly", "intervalFrequency": "", "intervalAmount": 0,
            "workdaysOnly": false, "dayOfMonth": "", "timeZone": "Europe/Berlin",
            "futureScheduleKey": {"nested": [1, 2, 3]}
        },
        "options": {"orientation": "landscape", "layout": "grid",
                    "pdfShowTemplateVariables": true, "pdfCombineOneFile": false},
        "enableDashboardUrl": true,
        "enableCsv": true,
        "scaleFactor": 2,
        "state": "scheduled",
        "formats": ["pdf", "csv"],
        "dashboards": [
            {"dashboard": {"id": 463, "uid": "7MeksYbmk", "name": "Service health"},
             "timeRange": {"from": "now-7d", "to": "now", "raw": {"from": "now-7d"}},
             "reportVariables": {"env": "prod", "region": ["eu-1", "eu-2"]},
             "panelFilter": "all"},
            {"dashboard": {"id": 464, "uid": "k8sNodes", "name": "Kubernetes nodes"},
             "timeRange": {"from": "now-7d", "to": "now"},
             "reportVariables": {"env": "prod"}}
        ],
        "created": "2024-02-28T10:15:00+01:00",
        "updated": "2024-03-01T12:00:00+01:00",
        "newerGrafanaField": {"keep": "me"}
    })");
}

Report imported(const QJsonObject &json)
{
    const auto r = GrafanaReportMapping::toReport(json);
    if (!r)
        qFatal("toReport failed: %s", qPrintable(r.error()));
    return r->report;
}

// base with `changed` keys (top-level, replaced whole) taken from `after`: what a write of
// exactly those fields must produce.
QJsonObject expectedWith(QJsonObject base, const QJsonObject &after, const QStringList &changed)
{
    for (const QString &key : changed)
        base.insert(key, after.value(key));
    return base;
}

QStringList changedKeys(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys;
    QStringList all = a.keys() + b.keys();
    all.removeDuplicates();
    for (const QString &k : all) {
        if (a.value(k) != b.value(k))
            keys << k;
    }
    keys.sort();
    return keys;
}

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestGrafanaReportMapping : public QObject {
    Q_OBJECT

private slots:
    void toReportMapsEveryModelledField();
    void toReportNotesWhatItCannotShow();
    void toReportRefusesWhatIsNotAReport();
    void unchangedReportWritesBackTheSameJson_data();
    void unchangedReportWritesBackTheSameJson();
    void oneChangeTouchesOnlyItsKeys_data();
    void oneChangeTouchesOnlyItsKeys();
    void timeRangeChangeSetsEveryDashboardAndKeepsExtraKeys();
    void variableChangesKeepTheirForm();
    void dashboardsAddedRemovedAndReordered();
    void legacySingleDashboardReport();
    void refusesWhatGrafanaCannotExpress_data();
    void refusesWhatGrafanaCannotExpress();
    void newReportBuildsTheWholeObject();
    void addresses();
    void ids();
    void brandingFromSettings();
    void brandingToSettingsChangesOnlyTheFooter();
    void brandingNotesWhatGrafanaHasNoPlaceFor();
};

void TestGrafanaReportMapping::toReportMapsEveryModelledField()
{
    const auto result = GrafanaReportMapping::toReport(serverReport());
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Report &r = result->report;
    QCOMPARE(r.remoteId, s("7"));
    QCOMPARE(r.name, s("Weekly ops"));
    QCOMPARE(r.message, s("Hi,\nthe weekly status."));
    QCOMPARE(r.delivery.value(GrafanaReportMapping::kRecipients).toArray(),
             QJsonArray({s("ops@example.com"), s("lead@example.com")}));
    QCOMPARE(r.delivery.value(GrafanaReportMapping::kReplyTo).toArray(),
             QJsonArray({s("noreply@example.com")}));
    QCOMPARE(r.delivery.value(GrafanaReportMapping::kDashboardLink).toBool(), true);
    QCOMPARE(r.formats, QStringList({s("pdf"), s("csv")}));
    QCOMPARE(r.page.orientation, PageOptions::Orientation::Landscape);
    QCOMPARE(r.page.layout, PageOptions::Layout::Grid);
    QVERIFY(r.enabled);
    QCOMPARE(r.timeZone, s("Europe/Berlin"));
    const auto schedule = Schedule::fromJson(r.schedule);
    QVERIFY(schedule.ok() && schedule->has_value());
    const Schedule &sch = **schedule;
    QCOMPARE(sch.frequency, Schedule::Frequency::Weekly);
    QCOMPARE(sch.weekdays, QList<int>{1}); // 2024-03-04 is a Monday
    QCOMPARE(sch.time, QTime(8, 0));
    QCOMPARE(sch.timeZone, s("Europe/Berlin"));
    QCOMPARE(r.sections.size(), 2);
    QCOMPARE(r.sections[0].kind, Section::Kind::RemoteSnapshot);
    QCOMPARE(r.sections[0].remoteRef, s("7MeksYbmk"));
    QCOMPARE(r.sections[0].title, s("Service health"));
    QCOMPARE(r.sections[1].remoteRef, s("k8sNodes"));
    QCOMPARE(r.sections[1].title, s("Kubernetes nodes"));
    QCOMPARE(r.timeRange, (TimeRange{s("now-7d"), s("now")}));
    QCOMPARE(r.variables, (QList<Variable>{{s("env"), s("prod")}, {s("region"), s("eu-1,eu-2")}}));
    QCOMPARE(r.created, QDateTime(QDate(2024, 2, 28), QTime(9, 15), QTimeZone::utc()));
    QCOMPARE(r.updated, QDateTime(QDate(2024, 3, 1), QTime(11, 0), QTimeZone::utc()));
    // Only the multi-value variable needs a word.
    QCOMPARE(result->notes.size(), 1);
    QVERIFY2(result->notes[0].contains(s("comma-separated")), qPrintable(result->notes[0]));

    QJsonObject paused = serverReport();
    paused.insert(s("state"), s("paused"));
    QVERIFY(!imported(paused).enabled);
    QJsonObject image = serverReport();
    image.insert(s("formats"), QJsonArray{s("image")});
    QCOMPARE(imported(image).formats, QStringList{s("png")});
    image.remove(s("formats"));
    QCOMPARE(imported(image).formats, QStringList{s("pdf")}); // Grafana's default
}

void TestGrafanaReportMapping::toReportNotesWhatItCannotShow()
{
    QJsonObject g = serverReport();
    g.insert(s("name"), s("ops/weekly"));
    g.insert(s("formats"), QJsonArray{s("pdf"), s("xlsx")});
    QJsonObject schedule = g.value(s("schedule")).toObject();
    schedule.insert(s("frequency"), s("never"));
    g.insert(s("schedule"), schedule);
    QJsonArray dashboards = g.value(s("dashboards")).toArray();
    QJsonObject second = dashboards[1].toObject();
    second.insert(s("timeRange"), QJsonObject{{s("from"), s("now-30d")}, {s("to"), s("now")}});
    second.insert(s("reportVariables"), QJsonObject{{s("env"), s("staging")}});
    dashboards.replace(1, second);
    g.insert(s("dashboards"), dashboards);

    const auto result = GrafanaReportMapping::toReport(g);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QString notes = result->notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(s("“ops/weekly” contains “/”")), qPrintable(notes));
    QVERIFY2(notes.contains(s("format “xlsx” is not one ReportDesk knows")), qPrintable(notes));
    QVERIFY2(notes.contains(s("schedule cannot be shown")) && notes.contains(s("never")),
             qPrintable(notes));
    QVERIFY2(notes.contains(s("different time ranges")), qPrintable(notes));
    QVERIFY2(notes.contains(s("different values to env")), qPrintable(notes));
    QCOMPARE(result->report.formats, QStringList{s("pdf")});
    QVERIFY(result->report.schedule.isEmpty());
    QCOMPARE(result->report.timeZone, s("Europe/Berlin")); // still the schedule's zone
    QCOMPARE(result->report.timeRange, (TimeRange{s("now-7d"), s("now")})); // the first's

    QJsonObject defaults = serverReport();
    dashboards = defaults.value(s("dashboards")).toArray();
    for (qsizetype i = 0; i < dashboards.size(); ++i) {
        QJsonObject d = dashboards[i].toObject();
        d.insert(s("timeRange"), QJsonObject{{s("from"), s("")}, {s("to"), s("")}});
        dashboards.replace(i, d);
    }
    defaults.insert(s("dashboards"), dashboards);
    const auto own = GrafanaReportMapping::toReport(defaults);
    QVERIFY(own.ok());
    QVERIFY2(own->notes.join(QLatin1Char(' ')).contains(s("own default time range")),
             qPrintable(own->notes.join(QLatin1Char(' '))));
}

void TestGrafanaReportMapping::toReportRefusesWhatIsNotAReport()
{
    QJsonObject noName = serverReport();
    noName.remove(s("name"));
    auto r = GrafanaReportMapping::toReport(noName);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), s("The Grafana report has no name."));

    QJsonObject badList = serverReport();
    badList.insert(s("dashboards"), s("7MeksYbmk"));
    r = GrafanaReportMapping::toReport(badList);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(s("dashboards are not a list")), qPrintable(r.error()));

    QJsonObject badEntry = serverReport();
    badEntry.insert(s("dashboards"), QJsonArray{QJsonObject{}, 3});
    r = GrafanaReportMapping::toReport(badEntry);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(s("Dashboard 2")), qPrintable(r.error()));
}

void TestGrafanaReportMapping::unchangedReportWritesBackTheSameJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("full report with unknown fields") << serverReport();
    QJsonObject sample = test::GrafanaTestServer::sampleReport(s("Sample"), s("abc"));
    QTest::newRow("test server sample") << sample;
    QJsonObject minimal = parse(R"({"id": 1, "name": "Bare", "dashboards": [
        {"dashboard": {"uid": "u1"}}]})");
    QTest::newRow("minimal") << minimal;
    QJsonObject odd = serverReport();
    odd.insert(s("recipients"), s("a@example.com;b@example.com"));
    odd.insert(s("formats"), QJsonArray{s("image"), s("xlsx")});
    odd.insert(s("state"), s("draft"));
    QJsonObject schedule = odd.value(s("schedule")).toObject();
    schedule.insert(s("frequency"), s("never"));
    odd.insert(s("schedule"), schedule);
    QTest::newRow("forms ReportDesk writes differently") << odd;
    QTest::newRow("legacy single dashboard") << parse(R"({"id": 2, "name": "Old",
        "dashboardId": 12, "dashboardUid": "old1", "dashboardName": "Legacy",
        "templateVars": {"host": "a"}, "timeRange": {"from": "now-1h", "to": "now"},
        "schedule": {"frequency": "daily", "startDate": "2021-01-01T06:00:00Z",
                     "timeZone": "UTC"}})");
}

void TestGrafanaReportMapping::unchangedReportWritesBackTheSameJson()
{
    QFETCH(QJsonObject, json);
    const Report report = imported(json);
    const auto out = GrafanaReportMapping::toGrafana(report, json, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(changedKeys(out->json, json), QStringList());
    QCOMPARE(out->json, json);
}

void TestGrafanaReportMapping::oneChangeTouchesOnlyItsKeys_data()
{
    QTest::addColumn<std::function<void(Report &)>>("edit");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QJsonObject>("expected"); // the new values of those keys

    const QJsonObject base = serverReport();
    const auto with = [&](const char *key, QJsonValue value) {
        return QJsonObject{{s(key), value}};
    };
    QTest::newRow("name") << std::function<void(Report &)>(
                                 [](Report &r) { r.name = s("Weekly ops (EU)"); })
                          << QStringList{s("name")} << with("name", s("Weekly ops (EU)"));
    QTest::newRow("message") << std::function<void(Report &)>(
                                    [](Report &r) { r.message = s("New text"); })
                             << QStringList{s("message")} << with("message", s("New text"));
    QTest::newRow("recipients") << std::function<void(Report &)>([](Report &r) {
        r.delivery.insert(GrafanaReportMapping::kRecipients,
                          QJsonArray{s("a@example.com"), s("b@example.com")});
    }) << QStringList{s("recipients")}
                                << with("recipients", s("a@example.com,b@example.com"));
    QTest::newRow("reply-to") << std::function<void(Report &)>([](Report &r) {
        r.delivery.insert(GrafanaReportMapping::kReplyTo, QJsonArray{});
    }) << QStringList{s("replyTo")}
                              << with("replyTo", s(""));
    QTest::newRow("dashboard link") << std::function<void(Report &)>([](Report &r) {
        r.delivery.insert(GrafanaReportMapping::kDashboardLink, false);
    }) << QStringList{s("enableDashboardUrl")}
                                    << with("enableDashboardUrl", false);
    QTest::newRow("formats (enableCsv follows)")
        << std::function<void(Report &)>([](Report &r) {
               r.formats = {s("pdf"), s("png")};
           })
        << QStringList{s("enableCsv"), s("formats")}
        << QJsonObject{{s("formats"), QJsonArray{s("pdf"), s("image")}}, {s("enableCsv"), false}};
    QJsonObject portrait = base.value(s("options")).toObject();
    portrait.insert(s("orientation"), s("portrait"));
    QTest::newRow("orientation") << std::function<void(Report &)>([](Report &r) {
        r.page.orientation = PageOptions::Orientation::Portrait;
    }) << QStringList{s("options")}
                                 << with("options", portrait);
    QJsonObject simple = base.value(s("options")).toObject();
    simple.insert(s("layout"), s("simple"));
    QTest::newRow("layout") << std::function<void(Report &)>(
                                   [](Report &r) { r.page.layout = PageOptions::Layout::Simple; })
                            << QStringList{s("options")} << with("options", simple);
    QTest::newRow("paused") << std::function<void(Report &)>([](Report &r) { r.enabled = false; })
                            << QStringList{s("state")} << with("state", s("paused"));
    // A daily schedule at 06:30 Berlin from 2024-03-05 on: Grafana's keys change, the key
    // Grafana has that ReportDesk does not know stays.
    QJsonObject daily = base.value(s("schedule")).toObject();
    daily.insert(s("frequency"), s("daily"));
    daily.insert(s("startDate"), s("2024-03-05T06:30:00+01:00"));
    QTest::newRow("schedule") << std::function<void(Report &)>([](Report &r) {
        Schedule sch;
        sch.frequency = Schedule::Frequency::Daily;
        sch.time = QTime(6, 30);
        sch.timeZone = s("Europe/Berlin");
        sch.start = QDateTime(QDate(2024, 3, 5), QTime(6, 30), QTimeZone("Europe/Berlin"));
        r.schedule = sch.toJson();
    }) << QStringList{s("schedule")}
                              << with("schedule", daily);
}

void TestGrafanaReportMapping::oneChangeTouchesOnlyItsKeys()
{
    QFETCH(std::function<void(Report &)>, edit);
    QFETCH(QStringList, keys);
    QFETCH(QJsonObject, expected);
    const QJsonObject base = serverReport();
    Report report = imported(base);
    edit(report);
    const auto out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    keys.sort();
    QCOMPARE(changedKeys(out->json, base), keys);
    QCOMPARE(out->json, expectedWith(base, expected, keys));
    // Fields ReportDesk does not model are still there, exactly.
    QCOMPARE(out->json.value(s("newerGrafanaField")), base.value(s("newerGrafanaField")));
    QCOMPARE(out->json.value(s("subject")), base.value(s("subject")));
    QCOMPARE(out->json.value(s("scaleFactor")), base.value(s("scaleFactor")));
}

void TestGrafanaReportMapping::timeRangeChangeSetsEveryDashboardAndKeepsExtraKeys()
{
    const QJsonObject base = serverReport();
    Report report = imported(base);
    report.timeRange = {s("now-30d"), s("now-1d")};
    const auto out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(changedKeys(out->json, base), QStringList{s("dashboards")});
    QJsonArray expected = base.value(s("dashboards")).toArray();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QJsonObject d = expected[i].toObject();
        QJsonObject range = d.value(s("timeRange")).toObject();
        range.insert(s("from"), s("now-30d"));
        range.insert(s("to"), s("now-1d"));
        d.insert(s("timeRange"), range); // "raw" stays
        expected.replace(i, d);
    }
    QCOMPARE(out->json.value(s("dashboards")).toArray(), expected);

    // A legacy global range in options follows too, so the two never contradict.
    QJsonObject withGlobal = base;
    QJsonObject options = withGlobal.value(s("options")).toObject();
    options.insert(s("timeRange"), QJsonObject{{s("from"), s("now-7d")}, {s("to"), s("now")}});
    withGlobal.insert(s("options"), options);
    const auto global = GrafanaReportMapping::toGrafana(report, withGlobal, kNow);
    QVERIFY(global.ok());
    QCOMPARE(global->json.value(s("options")).toObject().value(s("timeRange")).toObject(),
             (QJsonObject{{s("from"), s("now-30d")}, {s("to"), s("now-1d")}}));
}

void TestGrafanaReportMapping::variableChangesKeepTheirForm()
{
    const QJsonObject base = serverReport();
    Report report = imported(base);
    QCOMPARE(report.variables.size(), 2);
    report.variables[1].value = s("eu-1,us-1,ap-1"); // region: a multi-value variable
    report.variables.append({s("team"), s("sre")});
    auto out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QJsonArray dashboards = out->json.value(s("dashboards")).toArray();
    QCOMPARE(dashboards[0].toObject().value(s("reportVariables")).toObject(),
             (QJsonObject{{s("env"), s("prod")},
                          {s("region"), QJsonArray{s("eu-1"), s("us-1"), s("ap-1")}},
                          {s("team"), s("sre")}}));
    // Changed and new variables go to every dashboard; the second had no region before.
    QCOMPARE(dashboards[1].toObject().value(s("reportVariables")).toObject(),
             (QJsonObject{{s("env"), s("prod")},
                          {s("region"), s("eu-1,us-1,ap-1")},
                          {s("team"), s("sre")}}));
    QCOMPARE(dashboards[0].toObject().value(s("panelFilter")), QJsonValue(s("all")));

    // Removing a variable removes it everywhere; the others stay as they were.
    report = imported(base);
    report.variables.removeFirst(); // env
    out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY(out.ok());
    dashboards = out->json.value(s("dashboards")).toArray();
    QCOMPARE(dashboards[0].toObject().value(s("reportVariables")).toObject(),
             (QJsonObject{{s("region"), QJsonArray{s("eu-1"), s("eu-2")}}}));
    QCOMPARE(dashboards[1].toObject().value(s("reportVariables")).toObject(), QJsonObject());
}

void TestGrafanaReportMapping::dashboardsAddedRemovedAndReordered()
{
    const QJsonObject base = serverReport();
    const QJsonArray was = base.value(s("dashboards")).toArray();
    Report report = imported(base);
    std::swap(report.sections[0], report.sections[1]);
    Section added;
    added.kind = Section::Kind::RemoteSnapshot;
    added.remoteRef = s("newDash");
    added.title = s("New");
    report.sections.append(added);
    auto out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QJsonArray dashboards = out->json.value(s("dashboards")).toArray();
    QCOMPARE(dashboards.size(), 3);
    QCOMPARE(dashboards[0], was[1]); // kept whole, extra keys and all
    QCOMPARE(dashboards[1], was[0]);
    QCOMPARE(
        dashboards[2].toObject(),
        (QJsonObject{{s("dashboard"), QJsonObject{{s("uid"), s("newDash")}}},
                     {s("timeRange"), QJsonObject{{s("from"), s("now-7d")}, {s("to"), s("now")}}},
                     {s("reportVariables"),
                      QJsonObject{{s("env"), s("prod")}, {s("region"), s("eu-1,eu-2")}}}}));

    report = imported(base);
    report.sections.removeFirst();
    out = GrafanaReportMapping::toGrafana(report, base, kNow);
    QVERIFY(out.ok());
    QCOMPARE(out->json.value(s("dashboards")).toArray(), QJsonArray{was[1]});
    QCOMPARE(changedKeys(out->json, base), QStringList{s("dashboards")});
}

void TestGrafanaReportMapping::legacySingleDashboardReport()
{
    const QJsonObject legacy = parse(R"({"id": 2, "name": "Old", "dashboardId": 12,
        "dashboardUid": "old1", "dashboardName": "Legacy", "templateVars": {"host": "a"},
        "timeRange": {"from": "now-1h", "to": "now"}, "subject": "kept"})");
    Report report = imported(legacy);
    QCOMPARE(report.sections.size(), 1);
    QCOMPARE(report.sections[0].remoteRef, s("old1"));
    QCOMPARE(report.sections[0].title, s("Legacy"));
    QCOMPARE(report.timeRange, (TimeRange{s("now-1h"), s("now")}));
    QCOMPARE(report.variables, (QList<Variable>{{s("host"), s("a")}}));

    // A change to the dashboards is written in today's dashboards[] form.
    report.variables[0].value = s("b");
    Report withSchedule = report;
    Schedule once;
    once.frequency = Schedule::Frequency::Once;
    once.start = QDateTime(QDate(2024, 4, 1), QTime(9, 0), QTimeZone::utc());
    withSchedule.schedule = once.toJson();
    const auto out = GrafanaReportMapping::toGrafana(withSchedule, legacy, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QVERIFY(!out->json.contains(s("dashboardUid")));
    QVERIFY(!out->json.contains(s("templateVars")));
    QCOMPARE(out->json.value(s("subject")), QJsonValue(s("kept")));
    QCOMPARE(out->json.value(s("dashboards")).toArray(),
             (QJsonArray{QJsonObject{
                 {s("dashboard"), QJsonObject{{s("uid"), s("old1")}}},
                 {s("timeRange"), QJsonObject{{s("from"), s("now-1h")}, {s("to"), s("now")}}},
                 {s("reportVariables"), QJsonObject{{s("host"), s("b")}}}}}));
}

void TestGrafanaReportMapping::refusesWhatGrafanaCannotExpress_data()
{
    QTest::addColumn<std::function<void(Report &)>>("edit");
    QTest::addColumn<QString>("message");
    QTest::newRow("table section")
        << std::function<void(Report &)>([](Report &r) {
               Section table;
               table.kind = Section::Kind::Table;
               table.title = s("Top pages");
               r.sections.append(table);
           })
        << s("Grafana reports show dashboards only; the table section “Top pages” has no place "
             "there.");
    QTest::newRow("no dashboard") << std::function<void(Report &)>([](Report &r) {
        r.sections.clear();
    }) << s("A Grafana report needs at least one dashboard.");
    QTest::newRow("dashboard without uid")
        << std::function<void(Report &)>([](Report &r) { r.sections[0].remoteRef.clear(); })
        << s("The dashboard section “Service health” names no dashboard uid.");
    QTest::newRow("cron")
        << std::function<void(Report &)>([](Report &r) {
               Schedule sch;
               sch.frequency = Schedule::Frequency::Cron;
               sch.cron = s("0 8 * * 1-5");
               r.schedule = sch.toJson();
           })
        << s("Schedule: Grafana cannot run on a cron expression; choose hourly, daily, weekly, "
             "monthly or an interval.");
    QTest::newRow("unscheduled")
        << std::function<void(Report &)>([](Report &r) { r.schedule = {}; })
        << s("Grafana reports always have a schedule; give the report one (for example “once”) "
             "before sending it to Grafana.");
    QTest::newRow("no name") << std::function<void(Report &)>([](Report &r) { r.name = s(" "); })
                             << s("A Grafana report needs a name.");
    QTest::newRow("unknown format") << std::function<void(Report &)>([](Report &r) {
        r.formats = {s("pdf"), s("docx")};
    }) << s("Grafana cannot produce the format “docx”.");
}

void TestGrafanaReportMapping::refusesWhatGrafanaCannotExpress()
{
    QFETCH(std::function<void(Report &)>, edit);
    QFETCH(QString, message);
    Report report = imported(serverReport());
    edit(report);
    const auto out = GrafanaReportMapping::toGrafana(report, serverReport(), kNow);
    QVERIFY(!out.ok());
    QCOMPARE(out.error(), message);
    // The same for a new report.
    const auto fresh = GrafanaReportMapping::toGrafana(report, {}, kNow);
    QVERIFY(!fresh.ok());
}

void TestGrafanaReportMapping::newReportBuildsTheWholeObject()
{
    Report r;
    r.name = s("Nightly");
    r.title = s("Nightly overview");
    r.description = s("For the on-call team");
    r.message = s("See attached.");
    r.tags = {s("ops")};
    r.page.size = s("Letter");
    r.page.orientation = PageOptions::Orientation::Landscape;
    r.page.layout = PageOptions::Layout::Grid;
    r.formats = {s("pdf"), s("csv")};
    r.timeRange = {s("now-1d"), s("now")};
    r.variables = {{s("env"), s("prod")}};
    r.enabled = false;
    r.delivery = QJsonObject{{s("recipients"), QJsonArray{s("a@example.com"), s("b@example.com")}},
                             {s("replyTo"), QJsonArray{s("boss@example.com")}},
                             {s("dashboardLink"), true},
                             {s("archiveRule"), s("ReportDesk's own")}};
    Section d;
    d.kind = Section::Kind::RemoteSnapshot;
    d.remoteRef = s("uid-1");
    d.title = s("Dash");
    r.sections = {d};
    Schedule sch; // daily at 02:00 UTC, no start: Grafana's startDate is the first run
    sch.frequency = Schedule::Frequency::Daily;
    sch.time = QTime(2, 0);
    r.schedule = sch.toJson();

    const auto out = GrafanaReportMapping::toGrafana(r, {}, kNow);
    QVERIFY2(out.ok(), qPrintable(out.error()));
    const QJsonObject expected = parse(R"({
        "name": "Nightly", "message": "See attached.",
        "recipients": "a@example.com,b@example.com", "replyTo": "boss@example.com",
        "enableDashboardUrl": true, "formats": ["pdf", "csv"],
        "options": {"orientation": "landscape", "layout": "grid"},
        "schedule": {"startDate": "2024-03-02T02:00:00+00:00", "endDate": null,
                     "frequency": "daily", "intervalFrequency": "", "intervalAmount": 0,
                     "workdaysOnly": false, "dayOfMonth": "", "timeZone": "UTC"},
        "state": "paused",
        "dashboards": [{"dashboard": {"uid": "uid-1"},
                        "timeRange": {"from": "now-1d", "to": "now"},
                        "reportVariables": {"env": "prod"}}]
    })");
    QCOMPARE(changedKeys(out->json, expected).join(QLatin1Char(' ')), QString());
    QCOMPARE(out->json, expected);
    const QString notes = out->notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(s("no description")), qPrintable(notes));
    QVERIFY2(notes.contains(s("“Nightly overview” is not sent")), qPrintable(notes));
    QVERIFY2(notes.contains(s("Letter is not sent")), qPrintable(notes));
    QVERIFY2(notes.contains(s("no tags")), qPrintable(notes));
}

void TestGrafanaReportMapping::addresses()
{
    QCOMPARE(GrafanaReportMapping::splitAddresses(s(" a@x.org, b@y.org;c@z.org ,, ")),
             QStringList({s("a@x.org"), s("b@y.org"), s("c@z.org")}));
    QCOMPARE(GrafanaReportMapping::splitAddresses(s("")), QStringList());
    QCOMPARE(GrafanaReportMapping::joinAddresses({s(" a@x.org "), s(""), s("b@y.org")}),
             s("a@x.org,b@y.org"));
}

void TestGrafanaReportMapping::ids()
{
    QCOMPARE(GrafanaReportMapping::idText(QJsonValue(7)), s("7"));
    QCOMPARE(GrafanaReportMapping::idText(QJsonValue(s("12"))), s("12"));
    QCOMPARE(GrafanaReportMapping::idText(QJsonValue(1.5)), s(""));
    QCOMPARE(GrafanaReportMapping::idText(QJsonValue(s("x1"))), s(""));
    QCOMPARE(GrafanaReportMapping::idText(QJsonValue()), s(""));
}

void TestGrafanaReportMapping::brandingFromSettings()
{
    const QJsonObject settings = parse(R"({"id": 1, "orgId": 1, "userId": 1,
        "branding": {"reportLogoUrl": "https://cdn.example.com/logo.png",
                     "emailLogoUrl": "https://cdn.example.com/mail.png",
                     "emailFooterMode": "sent-by", "emailFooterText": "Ops Team",
                     "emailFooterLink": "https://ops.example.com/"},
        "pdfTheme": "dark", "embeddedImageTheme": "light"})");
    const GrafanaBrandingImport b = GrafanaReportMapping::toBranding(settings);
    QCOMPARE(b.profile.footerText, s("Ops Team"));
    QCOMPARE(b.profile.footerLink, s("https://ops.example.com/"));
    QCOMPARE(b.reportLogoUrl, s("https://cdn.example.com/logo.png"));
    QVERIFY(b.profile.logo.isEmpty());
    QCOMPARE(b.notes.size(), 1);
    QVERIFY2(b.notes[0].contains(s("e-mail logo (https://cdn.example.com/mail.png)")),
             qPrintable(b.notes[0]));

    QJsonObject none = settings;
    QJsonObject branding = none.value(s("branding")).toObject();
    branding.insert(s("emailFooterMode"), s("none"));
    branding.insert(s("emailLogoUrl"), s(""));
    none.insert(s("branding"), branding);
    const GrafanaBrandingImport off = GrafanaReportMapping::toBranding(none);
    QCOMPARE(off.profile.footerText, s(""));
    QCOMPARE(off.profile.footerLink, s(""));
    QCOMPARE(off.notes.size(), 1);
    QVERIFY2(off.notes[0].contains(s("switched off")), qPrintable(off.notes[0]));
}

void TestGrafanaReportMapping::brandingToSettingsChangesOnlyTheFooter()
{
    const QJsonObject settings = parse(R"({"id": 1, "orgId": 1, "userId": 1,
        "branding": {"reportLogoUrl": "https://cdn.example.com/logo.png",
                     "emailLogoUrl": "", "emailFooterMode": "sent-by",
                     "emailFooterText": "Ops Team", "emailFooterLink": "https://ops.example.com/",
                     "futureBrandingKey": 5},
        "pdfTheme": "dark", "embeddedImageTheme": "light"})");
    const QByteArray serverLogo("\x89PNG logo");
    BrandingProfile p = GrafanaReportMapping::toBranding(settings).profile;
    p.logo = serverLogo;
    auto out = GrafanaReportMapping::toGrafanaSettings(p, settings, serverLogo);
    QCOMPARE(out.json, settings); // unchanged: nothing to write
    QVERIFY(out.notes.isEmpty());

    p.footerText = s("Platform Team");
    p.footerLink = s("https://platform.example.com/");
    out = GrafanaReportMapping::toGrafanaSettings(p, settings, serverLogo);
    QJsonObject expected = settings;
    QJsonObject branding = expected.value(s("branding")).toObject();
    branding.insert(s("emailFooterText"), s("Platform Team"));
    branding.insert(s("emailFooterLink"), s("https://platform.example.com/"));
    expected.insert(s("branding"), branding);
    QCOMPARE(out.json, expected);

    p.footerText.clear();
    p.footerLink.clear();
    out = GrafanaReportMapping::toGrafanaSettings(p, settings, serverLogo);
    QCOMPARE(out.json.value(s("branding")).toObject().value(s("emailFooterMode")).toString(),
             s("none"));

    // Removing the logo clears Grafana's URL; a new image cannot be sent (Grafana takes URLs).
    p = GrafanaReportMapping::toBranding(settings).profile;
    p.logo.clear();
    out = GrafanaReportMapping::toGrafanaSettings(p, settings, serverLogo);
    QCOMPARE(out.json.value(s("branding")).toObject().value(s("reportLogoUrl")).toString(), s(""));
    p.logo = QByteArray("other image");
    out = GrafanaReportMapping::toGrafanaSettings(p, settings, serverLogo);
    QCOMPARE(out.json, settings);
    QCOMPARE(out.notes.size(), 1);
    QVERIFY2(out.notes[0].contains(s("logo as a URL")), qPrintable(out.notes[0]));
}

void TestGrafanaReportMapping::brandingNotesWhatGrafanaHasNoPlaceFor()
{
    BrandingProfile p;
    p.accentColor = s("#ff0000");
    p.watermarkText = s("DRAFT");
    const auto out = GrafanaReportMapping::toGrafanaSettings(p, QJsonObject(), {});
    QCOMPARE(out.notes.size(), 1);
    QCOMPARE(out.notes[0],
             s("Grafana's branding has no accent colour, watermark; that stays in ReportDesk."));
}

QTEST_GUILESS_MAIN(TestGrafanaReportMapping)
#include "tst_grafanareportmapping.moc"
