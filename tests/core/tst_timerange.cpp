// Tests for TimeRange: relative and absolute expressions, rounding, time zones and DST.
#include "domain/TimeRange.h"

#include <QSet>
#include <QTest>

using namespace reportdesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

} // namespace

class TestTimeRange : public QObject {
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void roundingKeepsTheZonesOffset();
    void fallBackHourRoundsToTheEarlierInstant();
    void malformedInputsGiveMessages_data();
    void malformedInputsGiveMessages();
    void presetsAreValid();
    void validateOrder();
};

void TestTimeRange::resolve_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime now = utc(2026, 2, 18, 14, 37, 21, 500); // a Wednesday
    QTest::newRow("now") << "now" << now << QByteArray("UTC") << now;
    QTest::newRow("now with spaces") << "  now " << now << QByteArray("UTC") << now;
    QTest::newRow("now-7d") << "now-7d" << now << QByteArray("UTC") << now.addDays(-7);
    QTest::newRow("now-24h") << "now-24h" << now << QByteArray("UTC") << now.addSecs(-86400);
    QTest::newRow("now+90m") << "now+90m" << now << QByteArray("UTC") << now.addSecs(5400);
    QTest::newRow("now-1d-2h") << "now-1d-2h" << now << QByteArray("UTC")
                               << now.addDays(-1).addSecs(-7200);
    QTest::newRow("now/d") << "now/d" << now << QByteArray("UTC") << utc(2026, 2, 18);
    QTest::newRow("now/h") << "now/h" << now << QByteArray("UTC") << utc(2026, 2, 18, 14);
    QTest::newRow("now/m") << "now/m" << now << QByteArray("UTC") << utc(2026, 2, 18, 14, 37);
    QTest::newRow("now/s") << "now/s" << now << QByteArray("UTC") << utc(2026, 2, 18, 14, 37, 21);
    QTest::newRow("now/w (ISO week starts Monday)")
        << "now/w" << now << QByteArray("UTC") << utc(2026, 2, 16);
    QTest::newRow("now/w on a Sunday")
        << "now/w" << utc(2026, 2, 22, 23, 59) << QByteArray("UTC") << utc(2026, 2, 16);
    QTest::newRow("now/w on a Monday")
        << "now/w" << utc(2026, 2, 16, 0, 0, 1) << QByteArray("UTC") << utc(2026, 2, 16);
    QTest::newRow("now-1w/w") << "now-1w/w" << now << QByteArray("UTC") << utc(2026, 2, 9);
    QTest::newRow("now/M") << "now/M" << now << QByteArray("UTC") << utc(2026, 2, 1);
    QTest::newRow("now-1M/M") << "now-1M/M" << now << QByteArray("UTC") << utc(2026, 1, 1);
    QTest::newRow("now-1M/M in January")
        << "now-1M/M" << utc(2026, 1, 10) << QByteArray("UTC") << utc(2025, 12, 1);
    QTest::newRow("now-1M on 31 March")
        << "now-1M" << utc(2026, 3, 31, 10) << QByteArray("UTC") << utc(2026, 2, 28, 10);
    QTest::newRow("now/y") << "now/y" << now << QByteArray("UTC") << utc(2026, 1, 1);

    // Berlin: CET (+01:00) in winter, CEST (+02:00) from 2026-03-29 02:00 local.
    QTest::newRow("Berlin now/d winter")
        << "now/d" << now << QByteArray("Europe/Berlin") << utc(2026, 2, 17, 23);
    QTest::newRow("Berlin now/d late evening UTC is already tomorrow")
        << "now/d" << utc(2026, 2, 18, 23, 30) << QByteArray("Europe/Berlin")
        << utc(2026, 2, 18, 23);
    QTest::newRow("Berlin now/d on the DST day gives 00:00+01:00")
        << "now/d" << utc(2026, 3, 29, 12) << QByteArray("Europe/Berlin") << utc(2026, 3, 28, 23);
    QTest::newRow("Berlin now/d the day after DST gives 00:00+02:00")
        << "now/d" << utc(2026, 3, 30, 12) << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 22);
    QTest::newRow("Berlin now-1d keeps the wall time across DST")
        << "now-1d" << utc(2026, 3, 30, 10) << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 10);
    QTest::newRow("Berlin now-1d into the DST gap gives the first instant after it")
        << "now-1d" << utc(2026, 3, 30, 0, 30) << QByteArray("Europe/Berlin")
        << utc(2026, 3, 29, 1);
    QTest::newRow("Berlin now/w across DST")
        << "now/w" << utc(2026, 3, 31, 8) << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 22);
    QTest::newRow("Berlin now-1M/M")
        << "now-1M/M" << utc(2026, 4, 15) << QByteArray("Europe/Berlin") << utc(2026, 2, 28, 23);
    QTest::newRow("Berlin now/y") << "now/y" << utc(2026, 7, 1) << QByteArray("Europe/Berlin")
                                  << utc(2025, 12, 31, 23);
    // Santiago skips midnight on 2023-09-03 (00:00 -> 01:00): the day starts at 01:00-03:00.
    QTest::newRow("Santiago now/d when midnight does not exist")
        << "now/d" << utc(2023, 9, 3, 18) << QByteArray("America/Santiago") << utc(2023, 9, 3, 4);
    // India is +05:30: hours start at :30 UTC.
    QTest::newRow("Kolkata now/h") << "now/h" << utc(2026, 2, 18, 14, 10)
                                   << QByteArray("Asia/Kolkata") << utc(2026, 2, 18, 13, 30);

    // Absolute instants.
    QTest::newRow("ISO Z") << "2026-01-31T08:00:00Z" << now << QByteArray("Europe/Berlin")
                           << utc(2026, 1, 31, 8);
    QTest::newRow("ISO with ms") << "2026-01-31T08:00:00.250Z" << now << QByteArray("Europe/Berlin")
                                 << utc(2026, 1, 31, 8, 0, 0, 250);
    QTest::newRow("ISO with offset")
        << "2026-01-31T08:00:00+02:00" << now << QByteArray("Europe/Berlin") << utc(2026, 1, 31, 6);
    QTest::newRow("ISO without offset is Berlin wall time (winter)")
        << "2026-01-31T08:00:00" << now << QByteArray("Europe/Berlin") << utc(2026, 1, 31, 7);
    QTest::newRow("ISO without offset is Berlin wall time (summer)")
        << "2026-07-01T08:00:00" << now << QByteArray("Europe/Berlin") << utc(2026, 7, 1, 6);
    QTest::newRow("ISO without offset in Tokyo")
        << "2026-07-01T08:00" << now << QByteArray("Asia/Tokyo") << utc(2026, 6, 30, 23);
    QTest::newRow("ISO date only is the start of that day in the zone")
        << "2026-01-31" << now << QByteArray("Europe/Berlin") << utc(2026, 1, 30, 23);
    QTest::newRow("ISO date only where midnight does not exist")
        << "2023-09-03" << now << QByteArray("America/Santiago") << utc(2023, 9, 3, 4);
    QTest::newRow("ISO wall time in the DST gap gives the first instant after it")
        << "2026-03-29T02:30:00" << now << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 1);
    QTest::newRow("ISO wall time that occurs twice gives the first occurrence")
        << "2026-10-25T02:30:00" << now << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 0, 30);
}

void TestTimeRange::resolve()
{
    QFETCH(QString, expression);
    QFETCH(QDateTime, now);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QString error = QStringLiteral("untouched");
    const QDateTime got = TimeRange::resolve(expression, now, tz, &error);
    QVERIFY2(got.isValid(), qPrintable(error));
    QCOMPARE(got.toUTC(), expected);
    QCOMPARE(TimeRange::validateExpression(expression), QString());
}

void TestTimeRange::roundingKeepsTheZonesOffset()
{
    const QDateTime got =
        TimeRange::resolve(QStringLiteral("now/d"), utc(2026, 3, 29, 12), zone("Europe/Berlin"));
    QCOMPARE(got.offsetFromUtc(), 3600);
    QCOMPARE(got.time(), QTime(0, 0));
    QCOMPARE(got.date(), QDate(2026, 3, 29));
    QCOMPARE(got.toString(Qt::ISODate), QStringLiteral("2026-03-29T00:00:00+01:00"));
}

void TestTimeRange::fallBackHourRoundsToTheEarlierInstant()
{
    // 2026-10-25 in Berlin: 02:00-03:00 happens twice (CEST, then CET).
    const QTimeZone berlin = zone("Europe/Berlin");
    const QDateTime firstPass = utc(2026, 10, 25, 0, 45);  // 02:45 CEST
    const QDateTime secondPass = utc(2026, 10, 25, 1, 45); // 02:45 CET
    const QDateTime a = TimeRange::resolve(QStringLiteral("now/h"), firstPass, berlin);
    const QDateTime b = TimeRange::resolve(QStringLiteral("now/h"), secondPass, berlin);
    QVERIFY(a <= firstPass); // rounding down never moves forward
    QCOMPARE(a.toUTC(), utc(2026, 10, 25, 0));
    QCOMPARE(b.toUTC(), utc(2026, 10, 25, 1));
    QCOMPARE(TimeRange::resolve(QStringLiteral("now/m"), firstPass, berlin).toUTC(), firstPass);
}

void TestTimeRange::malformedInputsGiveMessages_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("unknown unit") << "now-7x"
                                  << "\"now-7x\" is not a relative time";
    QTest::newRow("dangling sign") << "now-"
                                   << "\"now-\" is not a relative time";
    QTest::newRow("unknown rounding") << "now/q"
                                      << "\"now/q\" is not a relative time";
    QTest::newRow("spaces inside") << "now - 7d"
                                   << "is not a relative time";
    QTest::newRow("two roundings") << "now/d/M"
                                   << "is not a relative time";
    QTest::newRow("out of range") << "now-9999999d"
                                  << "out of range";
    QTest::newRow("words") << "yesterday"
                           << "\"yesterday\" is neither";
    QTest::newRow("bad month") << "2026-13-01"
                               << "\"2026-13-01\" is neither";
    QTest::newRow("bad time") << "2026-01-01T25:00:00Z"
                              << "is neither";
    QTest::newRow("trailing junk") << "2026-01-01T10:00:00Zjunk"
                                   << "is neither";
}

void TestTimeRange::malformedInputsGiveMessages()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    QString error;
    const QDateTime got =
        TimeRange::resolve(expression, utc(2026, 2, 18, 12), zone("Europe/Berlin"), &error);
    QVERIFY(!got.isValid());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(TimeRange::validateExpression(expression), error);
}

void TestTimeRange::presetsAreValid()
{
    QVERIFY(TimeRange::presets().size() >= 5);
    QSet<QString> ids;
    for (const TimeRange::Preset &p : TimeRange::presets()) {
        const QString id = QString::fromLatin1(p.id);
        QVERIFY2(!ids.contains(id), p.id);
        ids.insert(id);
        QVERIFY(qstrlen(p.label) > 0);
        const TimeRange range{QString::fromLatin1(p.from), QString::fromLatin1(p.to)};
        QVERIFY2(range.validate().isEmpty(), qPrintable(id + QLatin1Char(' ') + range.validate()));
        // From is before to in every zone and on DST days.
        for (const char *z : {"UTC", "Europe/Berlin", "America/Santiago", "Pacific/Chatham"}) {
            for (const QDateTime &now : {utc(2026, 3, 29, 1, 30), utc(2026, 10, 25, 0, 45),
                                         utc(2023, 9, 3, 4, 30), utc(2026, 1, 1, 0, 0, 1)}) {
                const QDateTime from = TimeRange::resolve(range.from, now, zone(z));
                const QDateTime to = TimeRange::resolve(range.to, now, zone(z));
                QVERIFY2(from.isValid() && to.isValid() && from < to && to <= now,
                         qPrintable(QStringLiteral("%1 in %2 at %3")
                                        .arg(id, QLatin1String(z), now.toString(Qt::ISODate))));
            }
        }
    }
    QVERIFY(ids.contains(QStringLiteral("last7d")));
}

void TestTimeRange::validateOrder()
{
    QCOMPARE(TimeRange{}.validate(), QString());
    const QString reversed = TimeRange{QStringLiteral("now"), QStringLiteral("now-1d")}.validate();
    QVERIFY2(reversed.contains(QLatin1String("before its end")), qPrintable(reversed));
    const QString equal = TimeRange{QStringLiteral("now/d"), QStringLiteral("now/d")}.validate();
    QVERIFY(!equal.isEmpty());
    const QString badStart = TimeRange{QStringLiteral("then"), QStringLiteral("now")}.validate();
    QVERIFY2(badStart.startsWith(QLatin1String("Start:")), qPrintable(badStart));
    const QString badEnd = TimeRange{QStringLiteral("now-1d"), QStringLiteral("later")}.validate();
    QVERIFY2(badEnd.startsWith(QLatin1String("End:")), qPrintable(badEnd));
    const TimeRange absolute{QStringLiteral("2026-01-01T00:00:00Z"), QStringLiteral("2026-02-01")};
    QCOMPARE(absolute.validate(), QString());
}

QTEST_GUILESS_MAIN(TestTimeRange)
#include "tst_timerange.moc"
