// Tests for SampleData, the generated database behind the demo reports.
#include "data/SampleData.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace reportdesk;

namespace {

struct Summary {
    int rows = 0;
    QByteArray checksum;
    QString first;
    QString last;
};

Summary summarize(const QString &path)
{
    Summary s;
    const QString name = QStringLiteral("tst-sample-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return s;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (q.exec(QStringLiteral("SELECT * FROM web_access_log ORDER BY rowid"))) {
            const int columns = q.record().count();
            while (q.next()) {
                ++s.rows;
                for (int c = 0; c < columns; ++c) {
                    hash.addData(q.value(c).toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
            }
        }
        s.checksum = hash.result().toHex();
        if (q.exec(QStringLiteral("SELECT MIN(ts), MAX(ts) FROM web_access_log")) && q.next()) {
            s.first = q.value(0).toString();
            s.last = q.value(1).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

bool execOn(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("tst-exec");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        ok = db.open() && q.exec(sql);
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestSampleData : public QObject {
    Q_OBJECT

private slots:
    void sameAnchorSameRowsInTheSixtyDaysBefore();
    void secondCallDoesNotRegenerate();
    void incompleteTableIsRebuilt();
    void unwritableLocationGivesAMessage();

private:
    QTemporaryDir m_dir;
};

void TestSampleData::sameAnchorSameRowsInTheSixtyDaysBefore()
{
    const QDate anchor(2026, 3, 15);
    const QString a = m_dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = m_dir.filePath(QStringLiteral("b.sqlite"));
    QVERIFY(SampleData::ensureDatabase(a, anchor));
    QVERIFY(SampleData::ensureDatabase(b, anchor));
    const Summary sa = summarize(a);
    const Summary sb = summarize(b);
    QCOMPARE(sa.rows, 50000);
    QCOMPARE(sa.rows, SampleData::kRowCount);
    QCOMPARE(sb.rows, sa.rows);
    QCOMPARE(sb.checksum, sa.checksum);

    const QDateTime end(anchor, QTime(0, 0), QTimeZone::utc());
    const QDateTime start = end.addDays(-SampleData::kDays);
    const QDateTime first = QDateTime::fromString(sa.first, Qt::ISODate);
    const QDateTime last = QDateTime::fromString(sa.last, Qt::ISODate);
    QVERIFY2(first >= start, qPrintable(sa.first));
    QVERIFY2(first < start.addDays(1), qPrintable(sa.first));
    QVERIFY2(last < end, qPrintable(sa.last));
    QVERIFY2(last >= end.addDays(-1), qPrintable(sa.last));

    // A different anchor shifts the data.
    const QString c = m_dir.filePath(QStringLiteral("c.sqlite"));
    QVERIFY(SampleData::ensureDatabase(c, anchor.addDays(1)));
    const Summary sc = summarize(c);
    QCOMPARE(sc.rows, sa.rows);
    QVERIFY(sc.checksum != sa.checksum);
    QVERIFY(sc.last > sa.last);
}

void TestSampleData::secondCallDoesNotRegenerate()
{
    const QString path = m_dir.filePath(QStringLiteral("twice.sqlite"));
    QVERIFY(SampleData::ensureDatabase(path, QDate(2026, 1, 10)));
    // Mark one row; a regeneration would lose the mark.
    QVERIFY(execOn(path, QStringLiteral("UPDATE web_access_log SET message = 'marker'"
                                        " WHERE rowid = 1")));
    const Summary before = summarize(path);
    QVERIFY(SampleData::ensureDatabase(path, QDate(2026, 1, 10)));
    const Summary after = summarize(path);
    QCOMPARE(after.checksum, before.checksum);
    QCOMPARE(after.rows, SampleData::kRowCount);
}

void TestSampleData::incompleteTableIsRebuilt()
{
    const QString path = m_dir.filePath(QStringLiteral("partial.sqlite"));
    QVERIFY(SampleData::ensureDatabase(path, QDate(2026, 1, 10)));
    const Summary complete = summarize(path);
    QVERIFY(execOn(path, QStringLiteral("DELETE FROM web_access_log WHERE rowid > 100")));
    QCOMPARE(summarize(path).rows, 100);
    QVERIFY(SampleData::ensureDatabase(path, QDate(2026, 1, 10)));
    const Summary rebuilt = summarize(path);
    QCOMPARE(rebuilt.rows, SampleData::kRowCount);
    QCOMPARE(rebuilt.checksum, complete.checksum);
}

void TestSampleData::unwritableLocationGivesAMessage()
{
    const QString path = m_dir.filePath(QStringLiteral("a-file/inside-a-file.sqlite"));
    {
        QFile f(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const Status s = SampleData::ensureDatabase(path, QDate(2026, 1, 10));
    QVERIFY(!s);
    QVERIFY2(s.error().contains(path), qPrintable(s.error()));
    QCOMPARE(SampleData::defaultFileName(), QStringLiteral("sample-weblogs.sqlite"));
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
