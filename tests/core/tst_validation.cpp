// Tests for Validation: the checks every entry point (editors, catalog, CLI) shares.
#include "TestCatalog.h"
#include "domain/BrandingProfile.h"
#include "domain/DataSource.h"
#include "domain/Validation.h"

#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace reportdesk;

namespace {

const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

// The message for one field, or an empty string when that field has no error.
QString errorFor(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

QString fields(const FieldErrors &errors)
{
    QStringList keys;
    for (const FieldError &e : errors)
        keys.append(e.field + QStringLiteral(": ") + e.message);
    return keys.join(QStringLiteral(" | "));
}

BrandingProfile validBranding()
{
    BrandingProfile p;
    p.name = QStringLiteral("Brand");
    p.logo = kPng;
    p.footerLink = QStringLiteral("https://example.com/reports?x=1");
    return p;
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void validReportHasNoErrors();
    void reportFieldErrorsAreKeyedByField_data();
    void reportFieldErrorsAreKeyedByField();
    void severalErrorsAreAllReported();
    void aliasZonesAreKnown();
    void logo();
    void branding_data();
    void branding();
    void dataSource();
    void joined();
};

void TestValidation::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // empty = valid
    QTest::newRow("plain") << "Weekly traffic"
                           << "";
    QTest::newRow("unicode") << "Übersicht 中文"
                             << "";
    QTest::newRow("empty") << ""
                           << "must not be empty";
    QTest::newRow("blank") << "  "
                           << "must not be empty";
    QTest::newRow("slash") << "a/b"
                           << "must not contain \"/\"";
    QTest::newRow("leading space") << " a"
                                   << "spaces";
    QTest::newRow("trailing space") << "a "
                                    << "spaces";
    QTest::newRow("control") << "a\tb"
                             << "control characters";
    QTest::newRow("newline") << "a\nb"
                             << "control characters";
    QTest::newRow("too long") << QString(201, QLatin1Char('x')) << "longer than 200";
    QTest::newRow("200 is fine") << QString(200, QLatin1Char('x')) << "";
}

void TestValidation::names()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString e = Validation::checkName(name, QStringLiteral("report"));
    if (expected.isEmpty()) {
        QCOMPARE(e, QString());
    } else {
        QVERIFY2(e.contains(expected), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("report")), qPrintable(e));
    }
}

void TestValidation::validReportHasNoErrors()
{
    const Report r = test::fullyPopulatedReport(1);
    QCOMPARE(fields(Validation::checkReport(r)), QString());
    Report defaults;
    defaults.folderId = 1;
    defaults.name = QStringLiteral("Defaults");
    QCOMPARE(fields(Validation::checkReport(defaults)), QString());
}

// Aliases in the time-zone database are zones too, though Qt does not list them.
void TestValidation::aliasZonesAreKnown()
{
    Report r = test::fullyPopulatedReport(1);
    for (const char *zone : {"Etc/UTC", "US/Eastern", "Asia/Calcutta", "UTC", "Europe/Berlin"}) {
        r.timeZone = QString::fromLatin1(zone);
        QVERIFY2(Validation::checkReport(r).isEmpty(), zone);
    }
}

void TestValidation::reportFieldErrorsAreKeyedByField_data()
{
    using Edit = std::function<void(Report &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name empty") << Edit([](Report &r) { r.name.clear(); }) << "name"
                                << "must not be empty";
    QTest::newRow("name slash") << Edit([](Report &r) { r.name = QStringLiteral("a/b"); }) << "name"
                                << "\"/\"";
    QTest::newRow("no folder") << Edit([](Report &r) { r.folderId = 0; }) << "folder"
                               << "folder";
    QTest::newRow("from malformed")
        << Edit([](Report &r) { r.timeRange.from = QStringLiteral("now-3q"); }) << "timeRange.from"
        << "now-3q";
    QTest::newRow("to malformed") << Edit([](Report &r) {
        r.timeRange.to = QStringLiteral("tomorrow");
    }) << "timeRange.to"
                                  << "tomorrow";
    QTest::newRow("from after to") << Edit([](Report &r) {
        r.timeRange = {QStringLiteral("now"), QStringLiteral("now-1d")};
    }) << "timeRange.to"
                                   << "before its end";
    QTest::newRow("time zone") << Edit([](Report &r) {
        r.timeZone = QStringLiteral("Europe/Atlantis");
    }) << "timeZone"
                               << "\"Europe/Atlantis\" is not a known IANA time zone";
    QTest::newRow("time zone empty") << Edit([](Report &r) { r.timeZone.clear(); }) << "timeZone"
                                     << "time zone";
    // Qt alone would take any word as a POSIX rule meaning UTC.
    QTest::newRow("time zone word")
        << Edit([](Report &r) { r.timeZone = QStringLiteral("xyz"); }) << "timeZone"
        << "\"xyz\" is not a known IANA time zone";
    QTest::newRow("schedule zone") << Edit([](Report &r) {
        r.schedule.insert(QStringLiteral("timeZone"), QStringLiteral("berlin"));
    }) << "schedule.timeZone"
                                   << "\"berlin\"";
    QTest::newRow("schedule weekly without days")
        << Edit([](Report &r) { r.schedule.remove(QStringLiteral("weekdays")); })
        << "schedule.weekdays"
        << "weekday";
    QTest::newRow("schedule cron") << Edit([](Report &r) {
        r.schedule = QJsonObject{{QStringLiteral("frequency"), QStringLiteral("cron")},
                                 {QStringLiteral("cron"), QStringLiteral("0 25 * * *")},
                                 {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
    }) << "schedule.cron"
                                   << "hour";
    QTest::newRow("page size") << Edit([](Report &r) { r.page.size = QStringLiteral("B7"); })
                               << "page.size"
                               << "B7";
    QTest::newRow("margins") << Edit([](Report &r) { r.page.marginsMm.setLeft(-1); })
                             << "page.margins"
                             << "between 0 and 100";
    QTest::newRow("no formats") << Edit([](Report &r) { r.formats.clear(); }) << "formats"
                                << "at least one";
    QTest::newRow("unknown format")
        << Edit([](Report &r) { r.formats.append(QStringLiteral("docx")); }) << "formats"
        << "docx";
    QTest::newRow("variable name")
        << Edit([](Report &r) { r.variables[1].name = QStringLiteral("1st"); }) << "variables[1]"
        << "\"1st\"";
    QTest::newRow("variable reserved")
        << Edit([](Report &r) { r.variables[1].name = QStringLiteral("from"); }) << "variables[1]"
        << "reserved";
    QTest::newRow("variable twice")
        << Edit([](Report &r) { r.variables[1].name = QStringLiteral("team"); }) << "variables[1]"
        << "defined twice";
    QTest::newRow("section query")
        << Edit([](Report &r) { r.sections[1].query = QStringLiteral(" "); }) << "sections[1].query"
        << "Section 2";
    QTest::newRow("section data source")
        << Edit([](Report &r) { r.sections[2].dataSource.clear(); }) << "sections[2].dataSource"
        << "data source";
    QTest::newRow("section image")
        << Edit([](Report &r) { r.sections[3].imageData.clear(); }) << "sections[3].image"
        << "image";
    QTest::newRow("section width")
        << Edit([](Report &r) { r.sections[0].widthFraction = 0; }) << "sections[0].width"
        << "width";
    QTest::newRow("section width over 1")
        << Edit([](Report &r) { r.sections[4].widthFraction = 1.5; }) << "sections[4].width"
        << "width";
}

void TestValidation::reportFieldErrorsAreKeyedByField()
{
    using Edit = std::function<void(Report &)>;
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Report r = test::fullyPopulatedReport(1);
    edit(r);
    const FieldErrors errors = Validation::checkReport(r);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(expected), qPrintable(errors.first().message));
}

void TestValidation::severalErrorsAreAllReported()
{
    Report r = test::fullyPopulatedReport(1);
    r.name.clear();
    r.timeZone = QStringLiteral("Nowhere/Town");
    r.sections[1].query.clear();
    const FieldErrors errors = Validation::checkReport(r);
    QVERIFY(!errorFor(errors, QStringLiteral("name")).isEmpty());
    QVERIFY(!errorFor(errors, QStringLiteral("timeZone")).isEmpty());
    QVERIFY(!errorFor(errors, QStringLiteral("sections[1].query")).isEmpty());
    QCOMPARE(errors.size(), 3);
}

void TestValidation::logo()
{
    QCOMPARE(Validation::checkLogo(kPng), QString());
    QCOMPARE(Validation::checkLogo(QByteArray()), QString()); // no logo is fine
    QCOMPARE(Validation::checkLogo(QByteArray("\xff\xd8\xff\xe0"
                                              "JFIF")),
             QString());
    QCOMPARE(Validation::checkLogo(QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"x\"/>")),
             QString());

    const QString text = Validation::checkLogo(QByteArray("just some text, no picture"));
    QVERIFY2(text.contains(QLatin1String("not an image")), qPrintable(text));
    QVERIFY(!Validation::checkLogo(QByteArray("BMW drives a long way on the autobahn")).isEmpty());
    QVERIFY(!Validation::checkLogo(QByteArray("I drew an <svg> once")).isEmpty());
    // A real (tiny) BMP: 14-byte file header + 40-byte BITMAPINFOHEADER.
    QByteArray bmp("BM", 2);
    bmp.append(QByteArray(12, '\0'));
    bmp.append(char(40));
    bmp.append(QByteArray(39, '\0'));
    QCOMPARE(Validation::checkLogo(bmp), QString());
    QVERIFY(!Validation::checkLogo(QByteArray("%PDF-1.7\n")).isEmpty());

    QByteArray big = kPng;
    big.append(QByteArray(BrandingProfile::kMaxLogoBytes, 'x'));
    const QString tooBig = Validation::checkLogo(big);
    QVERIFY2(tooBig.contains(QLatin1String("2 MB")), qPrintable(tooBig));
    QVERIFY2(tooBig.contains(QLatin1String("2.0 MB")), qPrintable(tooBig));
    QByteArray atLimit = kPng;
    atLimit.append(QByteArray(BrandingProfile::kMaxLogoBytes - kPng.size(), 'x'));
    QCOMPARE(Validation::checkLogo(atLimit), QString());

    BrandingProfile p = validBranding();
    p.logo = QByteArray("GIF8 but not really");
    QVERIFY2(errorFor(Validation::checkBranding(p), QStringLiteral("logo"))
                 .contains(QLatin1String("not an image")),
             qPrintable(fields(Validation::checkBranding(p))));
}

void TestValidation::branding_data()
{
    using Edit = std::function<void(BrandingProfile &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("field"); // empty = valid
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << Edit([](BrandingProfile &) {}) << ""
                           << "";
    QTest::newRow("name") << Edit([](BrandingProfile &p) { p.name.clear(); }) << "name"
                          << "empty";
    QTest::newRow("colour short") << Edit([](BrandingProfile &p) {
        p.accentColor = QStringLiteral("#12345");
    }) << "accentColor"
                                  << "#1f6feb";
    QTest::newRow("colour name") << Edit([](BrandingProfile &p) {
        p.accentColor = QStringLiteral("blue");
    }) << "accentColor"
                                 << "#1f6feb";
    QTest::newRow("colour upper ok")
        << Edit([](BrandingProfile &p) { p.accentColor = QStringLiteral("#ABCDEF"); }) << ""
        << "";
    QTest::newRow("link without scheme")
        << Edit([](BrandingProfile &p) { p.footerLink = QStringLiteral("example.com"); })
        << "footerLink"
        << "https://example.com";
    QTest::newRow("link javascript")
        << Edit([](BrandingProfile &p) { p.footerLink = QStringLiteral("javascript:alert(1)"); })
        << "footerLink"
        << "full URL";
    QTest::newRow("link with spaces")
        << Edit([](BrandingProfile &p) { p.footerLink = QStringLiteral("https://exa mple.com"); })
        << "footerLink"
        << "full URL";
    QTest::newRow("link empty ok") << Edit([](BrandingProfile &p) { p.footerLink.clear(); }) << ""
                                   << "";
    QTest::newRow("page format without {page}")
        << Edit([](BrandingProfile &p) { p.pageNumberFormat = QStringLiteral("of {pages}"); })
        << "pageNumberFormat"
        << "{page}";
    QTest::newRow("page format custom ok")
        << Edit([](BrandingProfile &p) { p.pageNumberFormat = QStringLiteral("{page}/{pages}"); })
        << ""
        << "";
}

void TestValidation::branding()
{
    using Edit = std::function<void(BrandingProfile &)>;
    QFETCH(Edit, edit);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    BrandingProfile p = validBranding();
    edit(p);
    const FieldErrors errors = Validation::checkBranding(p);
    if (field.isEmpty()) {
        QCOMPARE(fields(errors), QString());
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(expected), qPrintable(errors.first().message));
}

void TestValidation::dataSource()
{
    DataSource s;
    s.name = QStringLiteral("Logs");
    s.databaseName = QStringLiteral("/data/logs.sqlite");
    QCOMPARE(fields(Validation::checkDataSource(s)), QString());
    s.databaseName.clear();
    QVERIFY(errorFor(Validation::checkDataSource(s), QStringLiteral("databaseName"))
                .contains(QLatin1String("file")));
    s.driver = QStringLiteral("QPSQL");
    s.databaseName = QStringLiteral("logs");
    QVERIFY(!errorFor(Validation::checkDataSource(s), QStringLiteral("host")).isEmpty());
    s.host = QStringLiteral("db");
    s.port = 70000;
    QVERIFY(errorFor(Validation::checkDataSource(s), QStringLiteral("port"))
                .contains(QLatin1String("65535")));
    s.port = 5432;
    s.name = QStringLiteral("a/b");
    QVERIFY(!errorFor(Validation::checkDataSource(s), QStringLiteral("name")).isEmpty());
}

void TestValidation::joined()
{
    const FieldErrors errors{{QStringLiteral("a"), QStringLiteral("First.")},
                             {QStringLiteral("b"), QStringLiteral("Second.")}};
    QCOMPARE(Validation::joined(errors), QStringLiteral("First.\nSecond."));
    QCOMPARE(Validation::joined({}), QString());
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
