// Tests for QueryRunner against a real SQLite sample database.
#include "data/QueryRunner.h"
#include "data/SampleData.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;

class TestQueryRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void placeholders_data();
    void placeholders();
    void previewReturnsFirstRowsAndColumns();
    void previewBindsParameters();
    void boundValuesAreNeverSpliced();
    void databaseErrorIsReturned();
    void missingVariablesAreListed();
    void missingDatabaseFile();
    void testConnection();

private:
    DataSource m_source;
    QTemporaryDir m_dir;
};

void TestQueryRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_source.name = QStringLiteral("Sample web logs");
    m_source.databaseName = m_dir.filePath(QStringLiteral("sample.sqlite"));
    const Status s = SampleData::ensureDatabase(m_source.databaseName, QDate(2026, 3, 1));
    QVERIFY2(s, qPrintable(s.error()));
}

void TestQueryRunner::placeholders_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << "SELECT 1" << QStringList();
    QTest::newRow("order of first use, distinct")
        << "SELECT * FROM t WHERE ts >= :from AND ts < :to AND a = :from"
        << QStringList{QStringLiteral("from"), QStringLiteral("to")};
    QTest::newRow("at start and end")
        << ":a + :b_2" << QStringList{QStringLiteral("a"), QStringLiteral("b_2")};
    QTest::newRow("string literal skipped")
        << "SELECT ':not_me', \"col:umn\", :yes FROM t" << QStringList{QStringLiteral("yes")};
    QTest::newRow("escaped quote in literal")
        << "SELECT 'it''s :not_me' AS x WHERE y = :yes" << QStringList{QStringLiteral("yes")};
    QTest::newRow("postgres cast skipped")
        << "SELECT ts::date, :limit::int FROM t" << QStringList{QStringLiteral("limit")};
    QTest::newRow("time literal") << "SELECT '12:30' WHERE h = :hour"
                                  << QStringList{QStringLiteral("hour")};
    QTest::newRow("digit after colon is no name")
        << "SELECT a FROM t WHERE x = :1" << QStringList();
}

void TestQueryRunner::placeholders()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(QueryRunner::placeholders(query), expected);
}

void TestQueryRunner::previewReturnsFirstRowsAndColumns()
{
    const auto all = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT ts, host, status FROM web_access_log ORDER BY ts"),
        {});
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->columns,
             (QStringList{QStringLiteral("ts"), QStringLiteral("host"), QStringLiteral("status")}));
    QCOMPARE(all->rows.size(), 100);
    QVERIFY(all->truncated);
    QCOMPARE(all->rows.first().size(), 3);
    QVERIFY(all->rows.first().at(0).toString() <= all->rows.last().at(0).toString());

    const auto few = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT host FROM web_access_log LIMIT 5"), {});
    QVERIFY2(few, qPrintable(few.error()));
    QCOMPARE(few->rows.size(), 5);
    QVERIFY(!few->truncated);

    const auto exact = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT host FROM web_access_log LIMIT 100"), {});
    QVERIFY(exact);
    QCOMPARE(exact->rows.size(), 100);
    QVERIFY(!exact->truncated);

    const auto small = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT host FROM web_access_log"), {}, 10);
    QVERIFY(small);
    QCOMPARE(small->rows.size(), 10);
    QVERIFY(small->truncated);

    const auto none = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT host AS h FROM web_access_log WHERE 0"), {});
    QVERIFY(none);
    QCOMPARE(none->columns, QStringList{QStringLiteral("h")});
    QVERIFY(none->rows.isEmpty());
    QVERIFY(!none->truncated);
}

void TestQueryRunner::previewBindsParameters()
{
    const QVariantMap bindings{{QStringLiteral("from"), QStringLiteral("2026-02-27T00:00:00Z")},
                               {QStringLiteral("to"), QStringLiteral("2026-02-28T00:00:00Z")},
                               {QStringLiteral("min_status"), QStringLiteral("500")}};
    const auto r = QueryRunner::preview(
        m_source, {},
        QStringLiteral("SELECT COUNT(*) AS n, MIN(ts), MAX(ts), MIN(status) FROM web_access_log"
                       " WHERE ts >= :from AND ts < :to AND status >= :min_status"),
        bindings);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->rows.size(), 1);
    const QVariantList row = r->rows.first();
    QVERIFY(row.at(0).toInt() > 0);
    QVERIFY(row.at(1).toString() >= QLatin1String("2026-02-27"));
    QVERIFY(row.at(2).toString() < QLatin1String("2026-02-28"));
    QVERIFY(row.at(3).toInt() >= 500);
}

void TestQueryRunner::boundValuesAreNeverSpliced()
{
    const QString query = QStringLiteral("SELECT host FROM web_access_log WHERE host = :host");
    const auto injected = QueryRunner::preview(
        m_source, {}, query, {{QStringLiteral("host"), QStringLiteral("x' OR 1=1 --")}});
    QVERIFY2(injected, qPrintable(injected.error()));
    QCOMPARE(injected->rows.size(), 0);
    const auto real = QueryRunner::preview(m_source, {}, query,
                                           {{QStringLiteral("host"), QStringLiteral("web-01")}});
    QVERIFY(real);
    QCOMPARE(real->rows.size(), 100);
}

void TestQueryRunner::databaseErrorIsReturned()
{
    const auto r =
        QueryRunner::preview(m_source, {}, QStringLiteral("SELECT * FROM no_such_thing"), {});
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("no such table")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("no_such_thing")), qPrintable(r.error()));

    const auto syntax = QueryRunner::preview(m_source, {}, QStringLiteral("SELEKT 1"), {});
    QVERIFY(!syntax);
    QVERIFY2(syntax.error().contains(QLatin1String("syntax error")), qPrintable(syntax.error()));

    // The preview connection is read-only: a query cannot change the data.
    const auto write =
        QueryRunner::preview(m_source, {}, QStringLiteral("DELETE FROM web_access_log"), {});
    QVERIFY(!write);
    QVERIFY2(write.error().contains(QLatin1String("readonly")), qPrintable(write.error()));
    const auto count = QueryRunner::preview(
        m_source, {}, QStringLiteral("SELECT COUNT(*) FROM web_access_log"), {});
    QCOMPARE(count->rows.first().first().toInt(), SampleData::kRowCount);
}

void TestQueryRunner::missingVariablesAreListed()
{
    const auto r = QueryRunner::preview(
        m_source, {},
        QStringLiteral("SELECT * FROM web_access_log WHERE ts >= :from AND host = :site AND"
                       " status = :code"),
        {{QStringLiteral("from"), QStringLiteral("2026-01-01")}});
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String(":site, :code")), qPrintable(r.error()));
    QVERIFY2(!r.error().contains(QLatin1String(":from")), qPrintable(r.error()));
}

void TestQueryRunner::missingDatabaseFile()
{
    DataSource missing = m_source;
    missing.name = QStringLiteral("Gone");
    missing.databaseName = m_dir.filePath(QStringLiteral("typo.sqlite"));
    const auto r = QueryRunner::preview(missing, {}, QStringLiteral("SELECT 1"), {});
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("does not exist")), qPrintable(r.error()));
    QVERIFY2(r.error().contains(QLatin1String("Gone")), qPrintable(r.error()));
    QVERIFY(!QFileInfo::exists(missing.databaseName)); // no empty database was created

    DataSource noDriver = m_source;
    noDriver.driver = QStringLiteral("QNOSUCHDRIVER");
    const Status s = QueryRunner::testConnection(noDriver, {});
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("QNOSUCHDRIVER")), qPrintable(s.error()));
}

void TestQueryRunner::testConnection()
{
    QVERIFY(QueryRunner::testConnection(m_source, {}));
    DataSource missing = m_source;
    missing.databaseName = m_dir.filePath(QStringLiteral("nope.sqlite"));
    QVERIFY(!QueryRunner::testConnection(missing, {}));
}

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
