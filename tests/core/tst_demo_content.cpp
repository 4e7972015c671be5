// Tests for DemoContent: the first-start catalog must be complete, valid and runnable.
#include "TestCatalog.h"
#include "catalog/DemoContent.h"
#include "data/QueryRunner.h"
#include "data/SampleData.h"
#include "domain/Schedule.h"
#include "domain/Validation.h"
#include "scheduling/ScheduleCalculator.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

class TestDemoContent : public QObject {
    Q_OBJECT

private slots:
    void seedsAnEmptyCatalog();
    void everyDemoQueryRuns();
    void nonEmptyCatalogIsLeftAlone();
    void scheduledDemoReportsHaveUsableSchedules();

private:
    QString samplePath(const TestCatalog &c) const
    {
        return c.dir() + QStringLiteral("/") + SampleData::defaultFileName();
    }
};

void TestDemoContent::seedsAnEmptyCatalog()
{
    TestCatalog c;
    const QDate anchor = QDate::currentDate();
    const Status s = DemoContent::seed(*c, samplePath(c), anchor);
    QVERIFY2(s, qPrintable(s.error()));
    c.reopen(); // everything is stored, not only in memory

    const auto samples = c->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder));
    QVERIFY(samples);
    const QList<ReportSummary> reports = c->reportSummaries(*samples);
    QVERIFY2(reports.size() >= 3, qPrintable(QString::number(reports.size())));

    const auto brand = c->defaultBranding();
    QVERIFY(brand);
    QCOMPARE(brand->name, QLatin1String(DemoContent::kBrandingName));
    QVERIFY(brand->isDefault);
    QVERIFY(!brand->logo.isEmpty());
    QCOMPARE(Validation::checkLogo(brand->logo), QString());
    QVERIFY(Validation::checkBranding(*brand).isEmpty());

    const auto source = c->dataSource(QLatin1String(DemoContent::kDataSourceName));
    QVERIFY(source);
    QCOMPARE(source->driver, QStringLiteral("QSQLITE"));
    QCOMPARE(source->databaseName, samplePath(c));
    QVERIFY(QueryRunner::testConnection(*source, {}));

    for (const ReportSummary &summary : reports) {
        const Report r = c->report(summary.id).value();
        QVERIFY2(Validation::checkReport(r).isEmpty(),
                 qPrintable(r.name + QStringLiteral(": ") +
                            Validation::joined(Validation::checkReport(r))));
        QVERIFY(!r.sections.isEmpty());
        QVERIFY(!r.title.isEmpty());
    }
}

void TestDemoContent::everyDemoQueryRuns()
{
    TestCatalog c;
    // Late on the seeding day, when "the last 24 hours" lies almost entirely within it.
    const QDate day(2026, 11, 23);
    const QDateTime now(day, QTime(23, 30), QTimeZone::utc());
    QVERIFY(DemoContent::seed(*c, samplePath(c), day));
    int queries = 0;
    int withRows = 0;
    for (const ReportSummary &summary : c->reportSummaries()) {
        const Report r = c->report(summary.id).value();
        const QTimeZone zone(r.timeZone.toUtf8());
        QVERIFY(zone.isValid());
        QString error;
        const QDateTime from = TimeRange::resolve(r.timeRange.from, now, zone, &error);
        QVERIFY2(from.isValid(), qPrintable(error));
        const QDateTime to = TimeRange::resolve(r.timeRange.to, now, zone, &error);
        QVERIFY2(to.isValid(), qPrintable(error));
        QVariantMap bindings{{QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("to"), to.toUTC().toString(Qt::ISODate)}};
        for (const Variable &v : r.variables)
            bindings.insert(v.name, v.value);
        for (qsizetype i = 0; i < r.sections.size(); ++i) {
            const Section &s = r.sections.at(i);
            if (s.kind != Section::Kind::Table && s.kind != Section::Kind::Chart)
                continue;
            ++queries;
            const auto source = c->dataSource(s.dataSource);
            QVERIFY2(source, qPrintable(s.dataSource));
            const auto result = QueryRunner::preview(*source, {}, s.query, bindings);
            QVERIFY2(result, qPrintable(QStringLiteral("%1, section %2: %3")
                                            .arg(r.name)
                                            .arg(i + 1)
                                            .arg(result.error())));
            // The columns the section formats or charts exist in the result.
            for (const ColumnFormat &col : s.columns)
                QVERIFY2(result->columns.contains(col.column), qPrintable(col.column));
            if (s.kind == Section::Kind::Chart) {
                QVERIFY2(result->columns.contains(s.categoryColumn), qPrintable(s.categoryColumn));
                for (const QString &series : s.seriesColumns)
                    QVERIFY2(result->columns.contains(series), qPrintable(series));
            }
            if (!result->rows.isEmpty())
                ++withRows;
        }
    }
    QVERIFY(queries >= 5);
    // The sample data runs through the end of the seeding day: every demo section, the
    // "last 24 hours" error digest included, shows data on first start.
    QVERIFY2(withRows == queries,
             qPrintable(QStringLiteral("%1 of %2").arg(withRows).arg(queries)));
}

void TestDemoContent::nonEmptyCatalogIsLeftAlone()
{
    TestCatalog c;
    const Folder mine = c.addFolder(QStringLiteral("Mine"));
    c.addReport(mine.id, QStringLiteral("My report"));
    QSignalSpy inserted(c.get(), &Catalog::folderInserted);
    QSignalSpy reports(c.get(), &Catalog::reportInserted);
    QSignalSpy sources(c.get(), &Catalog::dataSourcesChanged);
    QSignalSpy branding(c.get(), &Catalog::brandingChanged);
    const Status s = DemoContent::seed(*c, samplePath(c));
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(inserted.count() + reports.count() + sources.count() + branding.count(), 0);
    QCOMPARE(c->folders().size(), 1);
    QCOMPARE(c->reportSummaries().size(), 1);
    QVERIFY(c->dataSources().isEmpty());
    QVERIFY(c->brandingProfiles().isEmpty());
    QVERIFY(!QFileInfo::exists(samplePath(c))); // no sample database was generated either

    // Seeding twice does not duplicate anything either.
    TestCatalog fresh;
    QVERIFY(DemoContent::seed(*fresh, samplePath(fresh)));
    const int folders = fresh->folders().size();
    const int all = fresh->reportSummaries().size();
    QVERIFY(DemoContent::seed(*fresh, samplePath(fresh)));
    QCOMPARE(fresh->folders().size(), folders);
    QCOMPARE(fresh->reportSummaries().size(), all);
}

// The demo shows scheduling: Weekly traffic on Mondays at 08:00 and the SLA summary on the
// first of the month, both in Berlin time; their next runs fall on those instants.
void TestDemoContent::scheduledDemoReportsHaveUsableSchedules()
{
    TestCatalog c;
    QVERIFY(DemoContent::seed(*c, samplePath(c), QDate(2026, 3, 4)));
    const QHash<QUuid, QJsonObject> schedules = c->schedules();
    QCOMPARE(schedules.size(), 2);
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime after(QDate(2026, 3, 4), QTime(12, 0), QTimeZone::utc()); // a Wednesday
    QStringList seen;
    for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
        const auto parsed = Schedule::fromJson(it.value());
        QVERIFY(parsed && parsed.value());
        const Schedule schedule = **parsed;
        QVERIFY(schedule.validate().isEmpty());
        const QDateTime next = ScheduleCalculator::next(schedule, after).toTimeZone(berlin);
        const QString name = c->report(it.key())->name;
        seen.append(name);
        if (name == QLatin1String("Weekly traffic"))
            QCOMPARE(next, QDateTime(QDate(2026, 3, 9), QTime(8, 0), berlin));
        else
            QCOMPARE(next, QDateTime(QDate(2026, 4, 1), QTime(9, 0), berlin));
    }
    seen.sort();
    QCOMPARE(seen, (QStringList{QStringLiteral("SLA summary"), QStringLiteral("Weekly traffic")}));
}

QTEST_GUILESS_MAIN(TestDemoContent)
#include "tst_demo_content.moc"
