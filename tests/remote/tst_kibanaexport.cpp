// A Kibana export made from a pasted POST URL: its parts (origin, base path, space, export
// type), the jobParams fields a user edits, the exact URL it encodes back to, every field it
// does not model kept, and the message for each kind of bad input.
#include "remote/kibana/KibanaExport.h"
#include "remote/kibana/Rison.h"

#include <QJsonArray>
#include <QTest>

using reportdesk::TimeRange;
using reportdesk::remote::KibanaExport;
using reportdesk::remote::Rison;

namespace {

QString encoded(const QString &rison)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(rison));
}

// protocols.md 2.7's example (with a real dashboard id).
const QString kRison = QStringLiteral(
    "(browserTimezone:UTC,layout:(dimensions:(height:1200,width:1950),id:preserve_layout),"
    "locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'0f4c1d2e-77aa-4b1e-9c3d-"
    "2a5b6c7d8e9f',timeRange:(from:now-"
    "7d,to:now)),version:'9.1.0')),objectType:dashboard,title:'Ops weekly',version:'9.1.0')");

const QString kPanelsRison = QStringLiteral(
    "(browserTimezone:America/Phoenix,layout:(dimensions:(height:1492,width:1611.2000732421875),"
    "id:preserve_layout),locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'5d3410c0-"
    "1e3b-11ee-9a3c-0f6fd1c0e2ab',filters:!((meta:(key:org,value:acme),query:(match_phrase:(org:"
    "acme)))),panels:!((embeddableConfig:(enhancements:(),vis:!n),gridData:(h:15,i:'1a2b',w:24,x:0,"
    "y:0),panelIndex:'1a2b',type:lens)),preserveSavedFilters:!t,query:(language:kuery,query:''),"
    "timeRange:(from:'2024-03-01T00:00:00.000Z',mode:absolute,to:'2024-03-08T00:00:00.000Z'),"
    "useHash:!f,viewMode:view),version:'8.14.1')),objectType:dashboard,title:'[Ops] Error "
    "budget',version:'8.14.1')");

QString url(const QString &prefix, const QString &rison)
{
    return prefix + QStringLiteral("?jobParams=") + encoded(rison);
}

} // namespace

class TestKibanaExport : public QObject {
    Q_OBJECT

private slots:
    void parsesThePostUrl();
    void parsesSpaceAndBasePath();
    void exactUrlRoundTrip_data();
    void exactUrlRoundTrip();
    void acceptsLooselyEncodedUrls();
    void plusInTheQueryIsASpace();
    void editsKeepEveryOtherField();
    void setTimeRangeKeepsOtherRangeKeys();
    void settersRefuseWhatKibanaRefuses();
    void problemsListWhatIsWrong();
    void badInputGetsAClearError_data();
    void badInputGetsAClearError();
    void fromParts();
    void exportTypesGiveFileKinds_data();
    void exportTypesGiveFileKinds();
};

void TestKibanaExport::parsesThePostUrl()
{
    const auto e = KibanaExport::fromUrl(
        url(QStringLiteral("http://kibana.example.com:5601/api/reporting/generate/printablePdfV2"),
            kRison));
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->origin(), QUrl(QStringLiteral("http://kibana.example.com:5601")));
    QCOMPARE(e->basePath(), QString());
    QCOMPARE(e->spaceId(), QString());
    QCOMPARE(e->exportType(), QStringLiteral("printablePdfV2"));
    QCOMPARE(e->title(), QStringLiteral("Ops weekly"));
    QCOMPARE(e->objectType(), QStringLiteral("dashboard"));
    QCOMPARE(e->browserTimezone(), QStringLiteral("UTC"));
    QCOMPARE(e->layoutId(), QStringLiteral("preserve_layout"));
    QCOMPARE(e->layoutWidth(), 1950.0);
    QCOMPARE(e->layoutHeight(), 1200.0);
    QCOMPARE(e->kibanaVersion(), QStringLiteral("9.1.0"));
    QVERIFY(e->timeRange());
    QCOMPARE(e->timeRange()->from, QStringLiteral("now-7d"));
    QCOMPARE(e->timeRange()->to, QStringLiteral("now"));
    QCOMPARE(e->jobParamsRison(), kRison);
    QCOMPARE(e->generatePath(), QStringLiteral("/api/reporting/generate/printablePdfV2"));
    QCOMPARE(e->fileExtension(), QStringLiteral("pdf"));
    QVERIFY(e->problems().isEmpty());
}

void TestKibanaExport::parsesSpaceAndBasePath()
{
    const auto e = KibanaExport::fromUrl(
        url(QStringLiteral("https://Kb.Example.com/tools/kibana/s/sales-emea/api/reporting/"
                           "generate/pngV2"),
            kRison));
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->origin().toString(), QStringLiteral("https://kb.example.com"));
    QCOMPARE(e->basePath(), QStringLiteral("/tools/kibana"));
    QCOMPARE(e->spaceId(), QStringLiteral("sales-emea"));
    QCOMPARE(e->exportType(), QStringLiteral("pngV2"));
    QCOMPARE(e->fileExtension(), QStringLiteral("png"));
    QCOMPARE(e->generatePath(),
             QStringLiteral("/tools/kibana/s/sales-emea/api/reporting/generate/pngV2"));
    QCOMPARE(e->generatePath(QStringLiteral("/other/")),
             QStringLiteral("/other/s/sales-emea/api/reporting/generate/pngV2"));
}

void TestKibanaExport::exactUrlRoundTrip_data()
{
    QTest::addColumn<QString>("postUrl");
    QTest::newRow("protocols.md example") << url(
        QStringLiteral("http://localhost:5601/api/reporting/generate/printablePdfV2"), kRison);
    QTest::newRow("panels, filters, nulls, float width")
        << url(QStringLiteral("https://kb.example.com:9243/s/ops/api/reporting/generate/"
                              "printablePdfV2"),
               kPanelsRison);
    QTest::newRow("canvas in a base path")
        << url(QStringLiteral("http://10.0.0.5:5601/kibana/api/reporting/generate/printablePdfV2"),
               QStringLiteral("(browserTimezone:UTC,layout:(dimensions:(height:720,width:1280),"
                              "id:canvas),locatorParams:!((id:CANVAS_APP_LOCATOR,params:(id:"
                              "workpad-7c1e2f,page:1,view:workpadPDF),version:'9.0.2')),"
                              "objectType:'canvas workpad',title:'[Flights] Board',version:"
                              "'9.0.2')"));
    // The exact bytes Kibana's share menu produces for a small export (query-string's strict
    // encoding: ( ) ! ' are percent-encoded too).
    QTest::newRow("literal") << QStringLiteral(
        "http://localhost:5601/api/reporting/generate/printablePdfV2?jobParams="
        "%28browserTimezone%3AEurope%2FBerlin%2Clayout%3A%28dimensions%3A%28"
        "height%3A900%2Cwidth%3A1600%29%2Cid%3Aprint%29%2ClocatorParams%3A%21"
        "%28%28id%3ADASHBOARD_APP_LOCATOR%2Cparams%3A%28dashboardId%3A%2701f0"
        "%27%2CtimeRange%3A%28from%3Anow-30d%2Cto%3Anow%29%29%2Cversion%3A%27"
        "9.1.0%27%29%29%2CobjectType%3Adashboard%2Ctitle%3A%27Monthly%20SLA%27"
        "%2Cversion%3A%279.1.0%27%29");
}

void TestKibanaExport::exactUrlRoundTrip()
{
    QFETCH(QString, postUrl);
    const auto e = KibanaExport::fromUrl(postUrl);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->toUrlString(), postUrl);
    QCOMPARE(QString::fromLatin1(e->toUrl().toEncoded()), postUrl);
    // And once more through the parsed form.
    const auto again = KibanaExport::fromUrl(e->toUrlString());
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(*again == *e);
}

void TestKibanaExport::acceptsLooselyEncodedUrls()
{
    // encodeURIComponent leaves ( ) ! ' alone; a browser's address bar may leave more.
    const QString loose =
        QStringLiteral("http://localhost:5601/api/reporting/generate/printablePdfV2?jobParams=") +
        QString::fromLatin1(QUrl::toPercentEncoding(kRison, "()!'*"));
    QVERIFY(loose.contains(QLatin1String("(browserTimezone")));
    const auto e = KibanaExport::fromUrl(loose);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->title(), QStringLiteral("Ops weekly"));
    QCOMPARE(
        e->toUrlString(),
        url(QStringLiteral("http://localhost:5601/api/reporting/generate/printablePdfV2"), kRison));
    // Pasted with surrounding whitespace and another query item before jobParams.
    const auto padded = KibanaExport::fromUrl(
        QStringLiteral("  http://localhost:5601/api/reporting/generate/printablePdfV2?x=1&"
                       "jobParams=") +
        encoded(kRison) + QStringLiteral("\n"));
    QVERIFY2(padded, qPrintable(padded.error()));
    QCOMPARE(padded->title(), QStringLiteral("Ops weekly"));
}

void TestKibanaExport::plusInTheQueryIsASpace()
{
    const auto e = KibanaExport::fromUrl(QStringLiteral(
        "http://h:5601/api/reporting/generate/csv_v2?jobParams=(objectType:search,title:'Top+"
        "errors',version:'9.1.0')"));
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->title(), QStringLiteral("Top errors"));
    QVERIFY(e->toUrlString().endsWith(QLatin1String("title%3A%27Top%20errors%27%2C"
                                                    "version%3A%279.1.0%27%29")));
}

void TestKibanaExport::editsKeepEveryOtherField()
{
    auto parsed = KibanaExport::fromUrl(
        url(QStringLiteral("https://kb.example.com/s/ops/api/reporting/generate/printablePdfV2"),
            kPanelsRison));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    KibanaExport *e = &parsed.value();
    const QJsonObject before = e->jobParams();
    QVERIFY(e->setTitle(QStringLiteral("Ops – weekly (PDF)")));
    QVERIFY(e->setBrowserTimezone(QStringLiteral("Europe/Berlin")));
    QVERIFY(e->setLayoutId(QStringLiteral("print")));
    QVERIFY(e->setLayoutDimensions(1280, 2400.5));
    QVERIFY(e->setObjectType(QStringLiteral("dashboard")));
    QVERIFY(e->setTimeRange(TimeRange{QStringLiteral("now-30d"), QStringLiteral("now")}));

    // Back through the URL, as it would be stored and sent.
    const auto back = KibanaExport::fromUrl(e->toUrlString());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->title(), QStringLiteral("Ops – weekly (PDF)"));
    QCOMPARE(back->browserTimezone(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(back->layoutId(), QStringLiteral("print"));
    QCOMPARE(back->layoutWidth(), 1280.0);
    QCOMPARE(back->layoutHeight(), 2400.5);
    QCOMPARE(back->timeRange()->from, QStringLiteral("now-30d"));
    QCOMPARE(back->spaceId(), QStringLiteral("ops"));

    // Everything else is as it came: version, locator id and version, filters, panels, query.
    const QJsonObject after = back->jobParams();
    QCOMPARE(after.value(QLatin1String("version")), before.value(QLatin1String("version")));
    const QJsonObject locBefore =
        before.value(QLatin1String("locatorParams")).toArray().first().toObject();
    const QJsonObject locAfter =
        after.value(QLatin1String("locatorParams")).toArray().first().toObject();
    QCOMPARE(locAfter.value(QLatin1String("id")), locBefore.value(QLatin1String("id")));
    QCOMPARE(locAfter.value(QLatin1String("version")), locBefore.value(QLatin1String("version")));
    QJsonObject paramsBefore = locBefore.value(QLatin1String("params")).toObject();
    QJsonObject paramsAfter = locAfter.value(QLatin1String("params")).toObject();
    paramsBefore.remove(QStringLiteral("timeRange"));
    paramsAfter.remove(QStringLiteral("timeRange"));
    QCOMPARE(paramsAfter, paramsBefore);
    QVERIFY(paramsAfter.value(QLatin1String("panels"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("embeddableConfig"))
                .toObject()
                .value(QLatin1String("vis"))
                .isNull());
    QCOMPARE(after.value(QLatin1String("layout")).toObject().size(), 2); // id, dimensions
}

void TestKibanaExport::setTimeRangeKeepsOtherRangeKeys()
{
    auto parsed = KibanaExport::fromUrl(
        url(QStringLiteral("http://h/api/reporting/generate/printablePdfV2"), kPanelsRison));
    QVERIFY(parsed);
    KibanaExport *e = &parsed.value();
    QCOMPARE(e->timeRange()->from, QStringLiteral("2024-03-01T00:00:00.000Z"));
    QVERIFY(e->setTimeRange(
        TimeRange{QStringLiteral("2024-04-01T00:00:00Z"), QStringLiteral("2024-04-08T00:00:00Z")}));
    const QJsonObject range = e->jobParams()
                                  .value(QLatin1String("locatorParams"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("params"))
                                  .toObject()
                                  .value(QLatin1String("timeRange"))
                                  .toObject();
    QCOMPARE(range.value(QLatin1String("mode")).toString(), QStringLiteral("absolute"));
    QCOMPARE(range.value(QLatin1String("to")).toString(), QStringLiteral("2024-04-08T00:00:00Z"));
}

void TestKibanaExport::settersRefuseWhatKibanaRefuses()
{
    auto parsed = KibanaExport::fromUrl(
        url(QStringLiteral("http://h/api/reporting/generate/printablePdfV2"), kRison));
    QVERIFY(parsed);
    KibanaExport *e = &parsed.value();
    const QJsonObject before = e->jobParams();

    auto tz = e->setBrowserTimezone(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!tz);
    QVERIFY2(tz.error().contains(QStringLiteral("“Mars/Olympus_Mons” is not a time zone")),
             qPrintable(tz.error()));
    auto layout = e->setLayoutId(QStringLiteral("landscape"));
    QVERIFY(!layout);
    QVERIFY2(layout.error().contains(QLatin1String("preserve_layout, print, canvas")),
             qPrintable(layout.error()));
    QVERIFY(!e->setLayoutDimensions(0, 100));
    auto big = e->setLayoutDimensions(1000, 20000);
    QVERIFY(!big);
    QVERIFY2(big.error().contains(QLatin1String("14400")), qPrintable(big.error()));
    QVERIFY(!e->setTitle(QStringLiteral("   ")));
    QVERIFY(!e->setTitle(QString(2049, QLatin1Char('x'))));
    QVERIFY(!e->setObjectType(QString()));
    auto range = e->setTimeRange(TimeRange{QStringLiteral("now-7x"), QStringLiteral("now")});
    QVERIFY(!range);
    QVERIFY2(range.error().contains(QLatin1String("now-7x")), qPrintable(range.error()));
    QCOMPARE(e->jobParams(), before); // nothing changed

    auto parsedCsv = KibanaExport::fromUrl(QStringLiteral(
        "http://h/api/reporting/generate/csv_searchsource?jobParams=(columns:!(a),objectType:"
        "search,searchSource:(index:x),title:t)"));
    QVERIFY2(parsedCsv, qPrintable(parsedCsv.error()));
    KibanaExport *csv = &parsedCsv.value();
    QVERIFY(!csv->setLayoutId(QStringLiteral("print")));
    auto noLocator = csv->setTimeRange(TimeRange{});
    QVERIFY(!noLocator);
    QVERIFY2(noLocator.error().contains(QLatin1String("no locator parameters")),
             qPrintable(noLocator.error()));
    QVERIFY(!csv->timeRange());
}

void TestKibanaExport::problemsListWhatIsWrong()
{
    auto e = KibanaExport::fromParts(
        QUrl(QStringLiteral("http://h:5601")), QString(), QString(), QStringLiteral("pngV2"),
        QStringLiteral("(browserTimezone:Nowhere/City,layout:(dimensions:(height:0,width:10),id:"
                       "wide),title:'')"));
    QVERIFY2(e, qPrintable(e.error()));
    const QStringList problems = e->problems();
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("Nowhere/City")));
    QVERIFY(
        problems.join(QLatin1Char(' ')).contains(QStringLiteral("“wide” is not a Kibana layout")));
    QVERIFY(problems.join(QLatin1Char(' ')).contains(QLatin1String("title is empty")));
}

void TestKibanaExport::badInputGetsAClearError_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("message");
    const QString gen = QStringLiteral("http://h:5601/api/reporting/generate/printablePdfV2");
    QTest::newRow("empty") << QString() << "No URL given";
    QTest::newRow("not a URL") << "Ops weekly report"
                               << "is not a Kibana URL";
    QTest::newRow("other scheme") << "ftp://h/api/reporting/generate/printablePdfV2?jobParams=()"
                                  << "must start with http:// or https://";
    QTest::newRow("dashboard link, not a POST URL")
        << "http://h:5601/app/dashboards#/view/abc?_g=(time:(from:now-7d))"
        << "is not a report generate path";
    QTest::newRow("download path") << "http://h:5601/api/reporting/jobs/download/abc"
                                   << "is not a report generate path";
    QTest::newRow("unknown export type")
        << "http://h:5601/api/reporting/generate/docx?jobParams=(title:x)"
        << "export type “docx”, which Kibana does not know";
    QTest::newRow("missing jobParams") << gen << "has no jobParams";
    QTest::newRow("empty jobParams") << gen + QStringLiteral("?jobParams=") << "has no jobParams";
    QTest::newRow("malformed rison")
        << gen + QStringLiteral("?jobParams=") +
               encoded(QStringLiteral("(title:'Ops weekly',layout:(id:print)"))
        << "malformed rison at position 1: the object that starts here is not closed";
    QTest::newRow("rison, bad escape")
        << gen + QStringLiteral("?jobParams=") + encoded(QStringLiteral("(title:'Ops!x')"))
        << "malformed rison at position 12: “!x” is not an escape";
    QTest::newRow("not an object")
        << gen + QStringLiteral("?jobParams=printable") << "must be a rison object";
    QTest::newRow("empty space") << "http://h:5601/s//api/reporting/generate/pngV2?jobParams=()"
                                 << "empty space id";
}

void TestKibanaExport::badInputGetsAClearError()
{
    QFETCH(QString, input);
    QFETCH(QString, message);
    const auto e = KibanaExport::fromUrl(input);
    QVERIFY(!e);
    QVERIFY2(e.error().contains(message), qPrintable(e.error()));
}

void TestKibanaExport::fromParts()
{
    const auto e = KibanaExport::fromParts(
        QUrl(QStringLiteral("https://u:p@kb.example.com:9243/x?y")), QStringLiteral("kibana/"),
        QStringLiteral("ops"), QStringLiteral("printablePdfV2"), kRison);
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->toUrlString(),
             url(QStringLiteral("https://kb.example.com:9243/kibana/s/ops/api/reporting/generate/"
                                "printablePdfV2"),
                 kRison));
    QVERIFY(!KibanaExport::fromParts(QUrl(QStringLiteral("http://h")), {}, {},
                                     QStringLiteral("pdf"), kRison));
    const auto bad = KibanaExport::fromParts(QUrl(QStringLiteral("http://h")), {}, {},
                                             QStringLiteral("pngV2"), QStringLiteral("(a:"));
    QVERIFY(!bad);
    QVERIFY2(bad.error().contains(QLatin1String("malformed rison at position")),
             qPrintable(bad.error()));
}

void TestKibanaExport::exportTypesGiveFileKinds_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("pdf v2") << "printablePdfV2"
                            << "pdf" << QByteArray("application/pdf");
    QTest::newRow("pdf legacy") << "printablePdf"
                                << "pdf" << QByteArray("application/pdf");
    QTest::newRow("png v2") << "pngV2"
                            << "png" << QByteArray("image/png");
    QTest::newRow("csv v2") << "csv_v2"
                            << "csv" << QByteArray("text/csv");
    QTest::newRow("csv searchsource") << "csv_searchsource"
                                      << "csv" << QByteArray("text/csv");
}

void TestKibanaExport::exportTypesGiveFileKinds()
{
    QFETCH(QString, type);
    QFETCH(QString, extension);
    QFETCH(QByteArray, contentType);
    const auto e = KibanaExport::fromUrl(
        QStringLiteral("http://h/api/reporting/generate/%1?jobParams=(title:t)").arg(type));
    QVERIFY2(e, qPrintable(e.error()));
    QCOMPARE(e->fileExtension(), extension);
    QCOMPARE(e->contentType(), contentType);
}

QTEST_GUILESS_MAIN(TestKibanaExport)
#include "tst_kibanaexport.moc"
