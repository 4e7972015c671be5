// Rison, the encoding of Kibana's jobParams: what rison-node writes (sorted keys, bare ids,
// quoted strings with ! escapes, JavaScript numbers), what it reads, and the position and
// reason of every malformed input.
#include "remote/kibana/Rison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using reportdesk::remote::Rison;

namespace {

QJsonValue json(const char *text)
{
    // Wrapped so scalars parse too.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + QByteArray("]"));
    return doc.array().first();
}

// The illustrative jobParams of protocols.md 2.7, as Kibana writes it.
const QString kProtocolsExample = QStringLiteral(
    "(browserTimezone:UTC,layout:(dimensions:(height:1200,width:1950),id:preserve_layout),"
    "locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'<uuid>',timeRange:(from:now-"
    "7d,to:now)),version:'9.1.0')),objectType:dashboard,title:'Ops weekly',version:'9.1.0')");

} // namespace

class TestRison : public QObject {
    Q_OBJECT

private slots:
    void encodeValues_data();
    void encodeValues();
    void numbersAsJavaScriptPrintsThem_data();
    void numbersAsJavaScriptPrintsThem();
    void objectKeysAreSortedAndQuotedWhenNeeded();
    void decodesTheProtocolsExample();
    void kibanaJobParamsRoundTripExactly_data();
    void kibanaJobParamsRoundTripExactly();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void decodesNumberForms_data();
    void decodesNumberForms();
    void malformedInputNamesThePosition_data();
    void malformedInputNamesThePosition();
    void errorTextShowsWhere();
    void deepNestingIsRefused();
};

void TestRison::encodeValues_data()
{
    QTest::addColumn<QString>("jsonText");
    QTest::addColumn<QString>("rison");
    QTest::newRow("null") << "null"
                          << "!n";
    QTest::newRow("true") << "true"
                          << "!t";
    QTest::newRow("false") << "false"
                           << "!f";
    QTest::newRow("empty string") << "\"\""
                                  << "''";
    QTest::newRow("id") << "\"preserve_layout\""
                        << "preserve_layout";
    QTest::newRow("relative time") << "\"now-7d\""
                                   << "now-7d";
    QTest::newRow("zone with slash") << "\"Europe/Berlin\""
                                     << "Europe/Berlin";
    QTest::newRow("non-ASCII id") << "\"Zürich\""
                                  << "Zürich";
    QTest::newRow("space") << "\"Ops weekly\""
                           << "'Ops weekly'";
    QTest::newRow("starts with digit") << "\"9.1.0\""
                                       << "'9.1.0'";
    QTest::newRow("starts with minus") << "\"-x\""
                                       << "'-x'";
    QTest::newRow("colon") << "\"a:b\""
                           << "'a:b'";
    QTest::newRow("brackets and space") << "\"[Flights] Overview\""
                                        << "'[Flights] Overview'";
    QTest::newRow("quote and bang escaped") << "\"it's!\""
                                            << "'it!'s!!'";
    QTest::newRow("reserved chars") << "\"a*b@c$d\""
                                    << "'a*b@c$d'";
    QTest::newRow("the word true stays a string") << "\"true\""
                                                  << "true";
    QTest::newRow("empty object") << "{}"
                                  << "()";
    QTest::newRow("empty array") << "[]"
                                 << "!()";
    QTest::newRow("array") << "[1,\"a b\",true,null,[]]"
                           << "!(1,'a b',!t,!n,!())";
    QTest::newRow("nested") << "{\"a\":{\"b\":[{\"c\":null}]}}"
                            << "(a:(b:!((c:!n))))";
}

void TestRison::encodeValues()
{
    QFETCH(QString, jsonText);
    QFETCH(QString, rison);
    const QJsonValue value = json(jsonText.toUtf8().constData());
    QCOMPARE(Rison::encode(value), rison);
    const auto back = Rison::decode(rison);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(*back, value);
}

void TestRison::numbersAsJavaScriptPrintsThem_data()
{
    // Expected texts are what node prints with String(x) (and rison drops the exponent's '+').
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("integer") << 1200.0 << "1200";
    QTest::newRow("negative fraction") << -3.5 << "-3.5";
    QTest::newRow("float dimension") << 1611.2000732421875 << "1611.2000732421875";
    QTest::newRow("a tenth") << 0.1 << "0.1";
    QTest::newRow("micro") << 0.000001 << "0.000001";
    QTest::newRow("below micro") << 1e-7 << "1e-7";
    QTest::newRow("2^53") << 9007199254740992.0 << "9007199254740992";
    QTest::newRow("big plain") << 123456789012345680000.0 << "123456789012345680000";
    QTest::newRow("exponent") << 1e21 << "1e21";
    QTest::newRow("exponent with digits") << 1.5e300 << "1.5e300";
    QTest::newRow("tiny") << -2.5e-10 << "-2.5e-10";
}

void TestRison::numbersAsJavaScriptPrintsThem()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(Rison::numberText(value), text);
    QCOMPARE(Rison::encode(QJsonValue(value)), text);
    const auto back = Rison::decode(text);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->toDouble(), value);
}

void TestRison::objectKeysAreSortedAndQuotedWhenNeeded()
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), QStringLiteral("x"));
    o.insert(QStringLiteral("1st"), 1);
    o.insert(QStringLiteral("browserTimezone"), QStringLiteral("UTC"));
    o.insert(QStringLiteral("a key"), true);
    QCOMPARE(Rison::encode(o), QStringLiteral("('1st':1,'a key':!t,browserTimezone:UTC,title:x)"));
}

void TestRison::decodesTheProtocolsExample()
{
    const auto value = Rison::decode(kProtocolsExample);
    QVERIFY2(value, qPrintable(value.error()));
    const QJsonObject params = value->toObject();
    QCOMPARE(params.value(QLatin1String("browserTimezone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(params.value(QLatin1String("title")).toString(), QStringLiteral("Ops weekly"));
    QCOMPARE(params.value(QLatin1String("version")).toString(), QStringLiteral("9.1.0"));
    const QJsonObject layout = params.value(QLatin1String("layout")).toObject();
    QCOMPARE(layout.value(QLatin1String("id")).toString(), QStringLiteral("preserve_layout"));
    QCOMPARE(layout.value(QLatin1String("dimensions"))
                 .toObject()
                 .value(QLatin1String("width"))
                 .toDouble(),
             1950.0);
    const QJsonArray locators = params.value(QLatin1String("locatorParams")).toArray();
    QCOMPARE(locators.size(), 1);
    const QJsonObject locator = locators.first().toObject();
    QCOMPARE(locator.value(QLatin1String("id")).toString(),
             QStringLiteral("DASHBOARD_APP_LOCATOR"));
    const QJsonObject range = locator.value(QLatin1String("params"))
                                  .toObject()
                                  .value(QLatin1String("timeRange"))
                                  .toObject();
    QCOMPARE(range.value(QLatin1String("from")).toString(), QStringLiteral("now-7d"));
    QCOMPARE(range.value(QLatin1String("to")).toString(), QStringLiteral("now"));
    // rison-node writes the placeholder bare ('<' may be part of an id); the document quotes it.
    QCOMPARE(
        Rison::encode(*value),
        QString(kProtocolsExample).replace(QLatin1String("'<uuid>'"), QLatin1String("<uuid>")));
}

void TestRison::kibanaJobParamsRoundTripExactly_data()
{
    // Shaped like what Kibana's share menu writes (rison-node output): sorted keys, ids bare,
    // uuids that start with a digit quoted, float dimensions, null and empty objects in panel
    // state, several canvas locators, absolute ISO time ranges.
    QTest::addColumn<QString>("rison");
    QTest::newRow("protocols.md 2.7, with a dashboard id")
        << QString(kProtocolsExample)
               .replace(QLatin1String("<uuid>"),
                        QLatin1String("0f4c1d2e-77aa-4b1e-9c3d-2a5b6c7d8e9f"));
    QTest::newRow("dashboard with panels") << QStringLiteral(
        "(browserTimezone:America/Phoenix,layout:(dimensions:(height:1492,width:1611."
        "2000732421875),id:preserve_layout),locatorParams:!((id:DASHBOARD_APP_LOCATOR,"
        "params:(dashboardId:'5d3410c0-1e3b-11ee-9a3c-0f6fd1c0e2ab',filters:!(),options:"
        "(hidePanelTitles:!f,useMargins:!t),panels:!((embeddableConfig:(enhancements:()),"
        "gridData:(h:15,i:'1a2b',w:24,x:0,y:0),panelIndex:'1a2b',type:lens),("
        "embeddableConfig:(enhancements:(),vis:!n),gridData:(h:12,i:a9f0-77,w:16,x:0,y:15),"
        "panelIndex:a9f0-77,type:visualization)),preserveSavedFilters:!t,query:(language:"
        "kuery,query:''),timeRange:(from:'2024-03-01T00:00:00.000Z',to:'2024-03-08T00:00:"
        "00.000Z'),useHash:!f,viewMode:view),version:'8.14.1')),objectType:dashboard,title:"
        "'[Ops] Error budget, week 10',version:'8.14.1')");
    QTest::newRow("canvas, two pages") << QStringLiteral(
        "(browserTimezone:Europe/Berlin,layout:(dimensions:(height:720,width:1280),id:"
        "canvas),locatorParams:!((id:CANVAS_APP_LOCATOR,params:(id:workpad-7c1e2f,page:1,"
        "view:workpadPDF),version:'9.0.2'),(id:CANVAS_APP_LOCATOR,params:(id:workpad-"
        "7c1e2f,page:2,view:workpadPDF),version:'9.0.2')),objectType:'canvas workpad',title:"
        "'Board!'s view',version:'9.0.2')");
    QTest::newRow("csv v2") << QStringLiteral(
        "(browserTimezone:UTC,columns:!('@timestamp',message),locatorParams:!((id:"
        "DISCOVER_APP_LOCATOR,params:(dataViewId:logs-star,timeRange:(from:now-24h,mode:"
        "relative,to:now)),version:'9.1.0')),objectType:search,title:'Errors, last day',"
        "version:'9.1.0')");
}

void TestRison::kibanaJobParamsRoundTripExactly()
{
    QFETCH(QString, rison);
    const auto value = Rison::decode(rison);
    QVERIFY2(value, qPrintable(value.error()));
    QVERIFY(value->isObject());
    QCOMPARE(Rison::encode(*value), rison);
}

void TestRison::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("jsonText");
    QTest::newRow("mixed") << R"js({"a":[1,2.5,-3e-9,"x y",{"":""}],"b":{"c!":"'!'"},"d":null})js";
    QTest::newRow("unicode") << R"js({"t":"Übersicht – Woche (KW 10)","z":"日本"})js";
    QTest::newRow("array top level") << R"js([[],[[]],{},"",0])js";
    QTest::newRow("keys that need quotes") << R"js({"-1":1,"a b":2,"x:y":3,"(p)":4,"9":5})js";
}

void TestRison::jsonRoundTrip()
{
    QFETCH(QString, jsonText);
    const QJsonValue value = json(jsonText.toUtf8().constData());
    QVERIFY(!value.isUndefined());
    const QString rison = Rison::encode(value);
    const auto back = Rison::decode(rison);
    QVERIFY2(back, qPrintable(back.error() + QStringLiteral(" in ") + rison));
    QCOMPARE(*back, value);
}

void TestRison::decodesNumberForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("exponent E") << "1E3" << 1000.0;
    QTest::newRow("negative exponent") << "-0.5e-3" << -0.0005;
    QTest::newRow("leading zeros") << "007" << 7.0;
    QTest::newRow("as key") << "(12:x)" << 0.0; // checked below: the key is the string "12"
}

void TestRison::decodesNumberForms()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    const auto decoded = Rison::decode(text);
    QVERIFY2(decoded, qPrintable(decoded.error()));
    if (decoded->isObject())
        QCOMPARE(decoded->toObject().value(QLatin1String("12")).toString(), QStringLiteral("x"));
    else
        QCOMPARE(decoded->toDouble(), value);
}

void TestRison::malformedInputNamesThePosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position"); // 1-based, as the message says
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "" << 1 << "empty";
    QTest::newRow("object not closed") << "(a:1" << 1 << "not closed";
    QTest::newRow("missing colon") << "(a 1)" << 3 << "expected “:” after the key “a”";
    QTest::newRow("trailing comma in object") << "(a:1,)" << 6 << "a key is missing";
    QTest::newRow("leading comma in object") << "(,a:1)" << 2 << "cannot start with “,”";
    QTest::newRow("missing comma in object") << "(a:1b:2)" << 5 << "expected “,” or “)”";
    QTest::newRow("value missing") << "(a:)" << 4 << "“)” cannot start a value";
    QTest::newRow("double comma in list") << "!(1,,2)" << 5 << "“,” cannot start a value";
    QTest::newRow("trailing comma in list") << "!(1,)" << 5 << "a value is missing";
    QTest::newRow("missing comma in list") << "!(1 2)" << 4 << "expected “,” or “)”";
    QTest::newRow("list not closed") << "!(1,2" << 1 << "not closed";
    QTest::newRow("quote not closed") << "(t:'abc" << 4 << "not closed";
    QTest::newRow("bad escape") << "'a!b'" << 3 << "“!b” is not an escape";
    QTest::newRow("unknown bang") << "!x" << 1 << "“!x” is not a rison value";
    QTest::newRow("bang at end") << "(a:!" << 4 << "“!” at the end";
    QTest::newRow("lone minus") << "-" << 1 << "needs digits";
    QTest::newRow("dot without digits") << "1." << 3 << "after the decimal point";
    QTest::newRow("empty exponent") << "1e" << 3 << "exponent";
    QTest::newRow("plus in exponent") << "1e+5" << 3 << "exponent";
    QTest::newRow("trailing text") << "(a:1)x" << 6 << "after the end";
    QTest::newRow("duplicate key") << "(a:1,a:2)" << 6 << "appears twice";
    QTest::newRow("object as key") << "((a:1):2)" << 2 << "a key must be a string";
    QTest::newRow("space outside quotes") << " (a:1)" << 1 << "“ ” cannot start a value";
    QTest::newRow("space inside object") << "(a:1, b:2)" << 6 << "“ ” cannot start a value";
    // '{' may start an id in rison, so JSON fails where the id ends.
    QTest::newRow("JSON is not rison") << "{\"a\":1}" << 5 << "after the end";
}

void TestRison::malformedInputNamesThePosition()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, reason);
    Rison::Error error;
    const auto decoded = Rison::decode(text, &error);
    QVERIFY(!decoded);
    QCOMPARE(error.position + 1, position);
    QVERIFY2(error.message.contains(reason) || decoded.error().contains(reason),
             qPrintable(decoded.error()));
    QVERIFY2(decoded.error().startsWith(
                 QStringLiteral("malformed rison at position %1: ").arg(position)),
             qPrintable(decoded.error()));
}

void TestRison::errorTextShowsWhere()
{
    const QString text = QStringLiteral("(browserTimezone:UTC,title'Ops weekly')");
    const auto decoded = Rison::decode(text);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error(),
             QStringLiteral("malformed rison at position 27: expected “:” after the key “title” "
                            "(near “…:UTC,title'Ops weekl…”)"));
}

void TestRison::deepNestingIsRefused()
{
    QString deep;
    for (int i = 0; i < 1000; ++i)
        deep += QStringLiteral("(a:");
    Rison::Error error;
    const auto decoded = Rison::decode(deep, &error);
    QVERIFY(!decoded);
    QVERIFY2(error.message.contains(QLatin1String("nested deeper")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestRison)
#include "tst_rison.moc"
