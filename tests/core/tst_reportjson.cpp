// Tests for ReportJson, ReportDesk's exchange format for one report.
#include "TestCatalog.h"
#include "domain/ReportJson.h"

#include <QJsonArray>
#include <functional>
#include <QJsonDocument>
#include <QTest>

using namespace reportdesk;

namespace {

Report exportable()
{
    Report r = test::fullyPopulatedReport(0); // the folder is not part of the document
    r.id = QUuid(QStringLiteral("{6f1c1f6e-3a52-4d7e-9d0a-2b7f4f3c9a11}"));
    r.created = QDateTime(QDate(2025, 3, 1), QTime(8, 0, 0, 125), QTimeZone::utc());
    r.updated = QDateTime(QDate(2025, 3, 2), QTime(9, 30, 15, 0), QTimeZone::utc());
    Section remote;
    remote.kind = Section::Kind::RemoteSnapshot;
    remote.title = QStringLiteral("Grafana panel");
    remote.remoteRef = QStringLiteral("grafana:dash/abc?panel=4");
    remote.widthFraction = 0.25;
    r.sections.append(remote);
    return r;
}

QByteArray documentWith(const std::function<void(QJsonObject &report)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(ReportJson::toDocument(exportable())).object();
    QJsonObject report = root.value(QLatin1String("report")).toObject();
    edit(report);
    root.insert(QStringLiteral("report"), report);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestReportJson : public QObject {
    Q_OBJECT

private slots:
    void roundTripEquals();
    void importThenExportIsByteIdentical();
    void documentShape();
    void malformedJsonNamesTheOffset();
    void unknownVersionIsRejected_data();
    void unknownVersionIsRejected();
    void notAReportDocument();
    void badFieldsAreNamed_data();
    void badFieldsAreNamed();
};

void TestReportJson::roundTripEquals()
{
    const Report original = exportable();
    Report parsed;
    QString error;
    QVERIFY2(ReportJson::fromDocument(ReportJson::toDocument(original), &parsed, &error),
             qPrintable(error));
    QCOMPARE(parsed.sections.size(), original.sections.size());
    for (qsizetype i = 0; i < original.sections.size(); ++i)
        QVERIFY2(parsed.sections.at(i) == original.sections.at(i), qPrintable(QString::number(i)));
    QVERIFY(parsed.variables == original.variables);
    QCOMPARE(parsed.schedule, original.schedule);
    QCOMPARE(parsed.delivery, original.delivery);
    QCOMPARE(parsed.created, original.created);
    QCOMPARE(parsed.updated, original.updated);
    QVERIFY(parsed == original);

    // A minimal report round-trips too, with its defaults.
    Report minimal;
    minimal.name = QStringLiteral("Minimal");
    Report parsedMinimal;
    QVERIFY2(ReportJson::fromDocument(ReportJson::toDocument(minimal), &parsedMinimal, &error),
             qPrintable(error));
    QVERIFY(parsedMinimal == minimal);
}

void TestReportJson::importThenExportIsByteIdentical()
{
    const QByteArray exported = ReportJson::toDocument(exportable());
    Report imported;
    QString error;
    QVERIFY2(ReportJson::fromDocument(exported, &imported, &error), qPrintable(error));
    const QByteArray again = ReportJson::toDocument(imported);
    QCOMPARE(again, exported);

    // The same from a document a person wrote (compact, keys in another order).
    const QByteArray handWritten =
        QJsonDocument(QJsonDocument::fromJson(exported).object()).toJson(QJsonDocument::Compact);
    Report fromHand;
    QVERIFY2(ReportJson::fromDocument(handWritten, &fromHand, &error), qPrintable(error));
    QCOMPARE(ReportJson::toDocument(fromHand), exported);
}

void TestReportJson::documentShape()
{
    const QJsonObject root = QJsonDocument::fromJson(ReportJson::toDocument(exportable())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("reportdesk.report"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), ReportJson::kVersion);
    const QJsonObject report = root.value(QLatin1String("report")).toObject();
    QCOMPARE(report.value(QLatin1String("id")).toString(),
             QStringLiteral("6f1c1f6e-3a52-4d7e-9d0a-2b7f4f3c9a11"));
    QCOMPARE(report.value(QLatin1String("name")).toString(), QStringLiteral("Everything"));
    QVERIFY(!report.contains(QLatin1String("folderId")));
    const QJsonArray vars = report.value(QLatin1String("variables")).toArray();
    QCOMPARE(vars.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("team"));
    QCOMPARE(vars.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("limit"));
}

void TestReportJson::malformedJsonNamesTheOffset()
{
    Report r;
    r.name = QStringLiteral("untouched");
    QString error;
    const QByteArray bytes = "{\"format\": \"reportdesk.report\", \"version\": 1,, }";
    QVERIFY(!ReportJson::fromDocument(bytes, &r, &error));
    QVERIFY2(error.contains(QLatin1String("offset")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("45")) || error.contains(QLatin1String("46")),
             qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("untouched"));

    QVERIFY(!ReportJson::fromDocument(QByteArray(), &r, &error));
    QVERIFY(!error.isEmpty());
}

void TestReportJson::unknownVersionIsRejected_data()
{
    QTest::addColumn<QJsonValue>("version");
    QTest::newRow("2") << QJsonValue(2);
    QTest::newRow("0") << QJsonValue(0);
    QTest::newRow("1.5") << QJsonValue(1.5);
    QTest::newRow("string") << QJsonValue(QStringLiteral("1"));
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
}

void TestReportJson::unknownVersionIsRejected()
{
    QFETCH(QJsonValue, version);
    QJsonObject root = QJsonDocument::fromJson(ReportJson::toDocument(exportable())).object();
    if (version.isUndefined())
        root.remove(QStringLiteral("version"));
    else
        root.insert(QStringLiteral("version"), version);
    Report r;
    QString error;
    QVERIFY(!ReportJson::fromDocument(QJsonDocument(root).toJson(), &r, &error));
    QVERIFY2(error.contains(QLatin1String("version")), qPrintable(error));
}

void TestReportJson::notAReportDocument()
{
    Report r;
    QString error;
    QVERIFY(!ReportJson::fromDocument("[1, 2]", &r, &error));
    QVERIFY2(error.contains(QLatin1String("not a JSON object")), qPrintable(error));
    QVERIFY(!ReportJson::fromDocument("{\"format\": \"grafana.dashboard\", \"version\": 1}", &r,
                                      &error));
    QVERIFY2(error.contains(QLatin1String("reportdesk.report")), qPrintable(error));
    QVERIFY(!ReportJson::fromDocument("{\"format\": \"reportdesk.report\", \"version\": 1}", &r,
                                      &error));
    QVERIFY2(error.contains(QLatin1String("\"report\"")), qPrintable(error));
}

void TestReportJson::badFieldsAreNamed_data()
{
    using Edit = std::function<void(QJsonObject &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");
    auto section0 = [](QJsonObject &r, const char *key, const QJsonValue &v) {
        QJsonArray sections = r.value(QLatin1String("sections")).toArray();
        QJsonObject s = sections.at(0).toObject();
        if (v.isUndefined())
            s.remove(QLatin1String(key));
        else
            s.insert(QLatin1String(key), v);
        sections.replace(0, s);
        r.insert(QStringLiteral("sections"), sections);
    };
    QTest::newRow("missing name") << Edit([](QJsonObject &r) { r.remove(QStringLiteral("name")); })
                                  << QStringLiteral("\"name\"");
    QTest::newRow("name not a string")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("name"), 3); })
        << QStringLiteral("\"name\"");
    QTest::newRow("bad id") << Edit([](QJsonObject &r) {
        r.insert(QStringLiteral("id"), QStringLiteral("nope"));
    }) << QStringLiteral("\"id\"");
    QTest::newRow("enabled not bool")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("enabled"), QStringLiteral("yes")); })
        << QStringLiteral("\"enabled\"");
    QTest::newRow("tags not strings")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("tags"), QJsonArray{1}); })
        << QStringLiteral("tags[0]");
    QTest::newRow("sections not an array")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("sections"), 1); })
        << QStringLiteral("\"sections\"");
    QTest::newRow("section not an object")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("sections"), QJsonArray{1}); })
        << QStringLiteral("sections[0]");
    QTest::newRow("section kind wrong type")
        << Edit([=](QJsonObject &r) { section0(r, "kind", 5); })
        << QStringLiteral("sections[0].kind");
    QTest::newRow("section kind missing")
        << Edit([=](QJsonObject &r) { section0(r, "kind", QJsonValue::Undefined); })
        << QStringLiteral("sections[0].kind");
    QTest::newRow("unknown section kind")
        << Edit([=](QJsonObject &r) { section0(r, "kind", QStringLiteral("video")); })
        << QStringLiteral("sections[0].kind\": unknown section kind \"video\"");
    QTest::newRow("section title wrong type")
        << Edit([=](QJsonObject &r) { section0(r, "title", QJsonArray{}); })
        << QStringLiteral("sections[0].title");
    QTest::newRow("width wrong type")
        << Edit([=](QJsonObject &r) { section0(r, "width", QStringLiteral("half")); })
        << QStringLiteral("sections[0].width");
    QTest::newRow("unknown chart type") << Edit([](QJsonObject &r) {
        QJsonArray sections = r.value(QLatin1String("sections")).toArray();
        QJsonObject s = sections.at(2).toObject();
        s.insert(QStringLiteral("chartType"), QStringLiteral("radar"));
        sections.replace(2, s);
        r.insert(QStringLiteral("sections"), sections);
    }) << QStringLiteral("sections[2].chartType");
    QTest::newRow("column not an object") << Edit([](QJsonObject &r) {
        QJsonArray sections = r.value(QLatin1String("sections")).toArray();
        QJsonObject s = sections.at(1).toObject();
        s.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("host")});
        sections.replace(1, s);
        r.insert(QStringLiteral("sections"), sections);
    }) << QStringLiteral("sections[1].columns[0]");
    QTest::newRow("image not base64") << Edit([](QJsonObject &r) {
        QJsonArray sections = r.value(QLatin1String("sections")).toArray();
        QJsonObject s = sections.at(3).toObject();
        s.insert(QStringLiteral("imageData"), QStringLiteral("not base64!"));
        sections.replace(3, s);
        r.insert(QStringLiteral("sections"), sections);
    }) << QStringLiteral("sections[3].imageData");
    QTest::newRow("bad orientation") << Edit([](QJsonObject &r) {
        QJsonObject page = r.value(QLatin1String("page")).toObject();
        page.insert(QStringLiteral("orientation"), QStringLiteral("diagonal"));
        r.insert(QStringLiteral("page"), page);
    }) << QStringLiteral("page.orientation");
    QTest::newRow("margins not numbers") << Edit([](QJsonObject &r) {
        QJsonObject page = r.value(QLatin1String("page")).toObject();
        page.insert(QStringLiteral("margins"), QJsonArray{1, 2, QStringLiteral("x"), 4});
        r.insert(QStringLiteral("page"), page);
    }) << QStringLiteral("page.margins");
    QTest::newRow("timeRange.from wrong type") << Edit([](QJsonObject &r) {
        r.insert(QStringLiteral("timeRange"), QJsonObject{{QStringLiteral("from"), 7}});
    }) << QStringLiteral("timeRange.from");
    QTest::newRow("variable without name") << Edit([](QJsonObject &r) {
        r.insert(QStringLiteral("variables"),
                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}},
                            QJsonObject{{QStringLiteral("value"), QStringLiteral("b")}}});
    }) << QStringLiteral("variables[1].name");
    QTest::newRow("schedule not an object")
        << Edit([](QJsonObject &r) { r.insert(QStringLiteral("schedule"), QJsonArray{}); })
        << QStringLiteral("\"schedule\"");
}

void TestReportJson::badFieldsAreNamed()
{
    using Edit = std::function<void(QJsonObject &)>;
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    Report r;
    r.name = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ReportJson::fromDocument(documentWith(edit), &r, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(r.name, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TestReportJson)
#include "tst_reportjson.moc"
