#include "TimeRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::TimeRange", text);
}

// now[(+|-)N unit]...[/unit]
const QRegularExpression &relativePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^now((?:[+-]\\d+[smhdwMy])*)(?:/([smhdwMy]))?$"));
    return re;
}

// A wall-clock time in `zone` as an instant. Qt 6.4 returns an invalid QDateTime for a time in a
// spring-forward gap and picks the second of two fall-back occurrences; the design says: the
// first valid instant after a gap, and the first occurrence of a repeated time.
QDateTime wallTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, QTimeZone::utc()); // the wall clock read as if it were UTC
    const QDateTime dt(date, time, zone);
    if (!dt.isValid()) {
        const QTimeZone::OffsetData gap = zone.nextTransition(naive.addDays(-1));
        return gap.atUtc.isValid() ? gap.atUtc.toTimeZone(zone) : dt;
    }
    const QTimeZone::OffsetData last = zone.previousTransition(dt);
    if (last.atUtc.isValid()) {
        const int offsetBefore = zone.offsetFromUtc(last.atUtc.addSecs(-1));
        if (offsetBefore > last.offsetFromUtc) {
            const QDateTime earlier = naive.addSecs(-offsetBefore);
            if (earlier < last.atUtc)
                return earlier.toTimeZone(zone);
        }
    }
    return dt;
}

QDateTime applyOffset(const QDateTime &t, char sign, qint64 amount, QChar unit,
                      const QTimeZone &zone)
{
    const qint64 n = sign == '-' ? -amount : amount;
    // Calendar units keep the wall-clock time, so "now-1d" across DST is the same local time.
    switch (unit.unicode()) {
    case 's':
        return t.addSecs(n);
    case 'm':
        return t.addSecs(n * 60);
    case 'h':
        return t.addSecs(n * 3600);
    case 'd':
        return wallTime(t.date().addDays(n), t.time(), zone);
    case 'w':
        return wallTime(t.date().addDays(n * 7), t.time(), zone);
    case 'M':
        return wallTime(t.date().addMonths(int(n)), t.time(), zone);
    case 'y':
        return wallTime(t.date().addYears(int(n)), t.time(), zone);
    }
    return t;
}

QDateTime roundDown(const QDateTime &t, QChar unit, const QTimeZone &zone)
{
    const QDate d = t.date();
    const QTime tm = t.time();
    // Sub-day units subtract from the instant: rebuilding the wall time could land on the later
    // of two fall-back occurrences, which would round "down" to after now.
    switch (unit.unicode()) {
    case 's':
        return t.addMSecs(-tm.msec());
    case 'm':
        return t.addMSecs(-(tm.second() * 1000 + tm.msec()));
    case 'h':
        return t.addMSecs(-((tm.minute() * 60 + tm.second()) * 1000 + tm.msec()));
    case 'd':
        return wallTime(d, QTime(0, 0), zone);
    case 'w':
        return wallTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone); // ISO week
    case 'M':
        return wallTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone);
    case 'y':
        return wallTime(QDate(d.year(), 1, 1), QTime(0, 0), zone);
    }
    return t;
}

} // namespace

const QList<TimeRange::Preset> &TimeRange::presets()
{
    static const QList<Preset> list{
        {"last24h", QT_TRANSLATE_NOOP("TimeRange", "Last 24 hours"), "now-24h", "now"},
        {"last7d", QT_TRANSLATE_NOOP("TimeRange", "Last 7 days"), "now-7d", "now"},
        {"last30d", QT_TRANSLATE_NOOP("TimeRange", "Last 30 days"), "now-30d", "now"},
        {"today", QT_TRANSLATE_NOOP("TimeRange", "Today so far"), "now/d", "now"},
        {"yesterday", QT_TRANSLATE_NOOP("TimeRange", "Yesterday"), "now-1d/d", "now/d"},
        {"lastWeek", QT_TRANSLATE_NOOP("TimeRange", "Previous week"), "now-1w/w", "now/w"},
        {"mtd", QT_TRANSLATE_NOOP("TimeRange", "Month to date"), "now/M", "now"},
        {"lastMonth", QT_TRANSLATE_NOOP("TimeRange", "Previous month"), "now-1M/M", "now/M"},
        {"ytd", QT_TRANSLATE_NOOP("TimeRange", "Year to date"), "now/y", "now"},
    };
    return list;
}

QString TimeRange::validateExpression(const QString &expression)
{
    QString error;
    resolve(expression, QDateTime(QDate(2020, 6, 15), QTime(12, 0), QTimeZone::utc()),
            QTimeZone::utc(), &error);
    return error;
}

QString TimeRange::validate() const
{
    if (const QString e = validateExpression(from); !e.isEmpty())
        return tr("Start: %1").arg(e);
    if (const QString e = validateExpression(to); !e.isEmpty())
        return tr("End: %1").arg(e);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (resolve(from, now, QTimeZone::utc()) >= resolve(to, now, QTimeZone::utc()))
        return tr("The start of the time range must be before its end.");
    return {};
}

QDateTime TimeRange::resolve(const QString &expression, const QDateTime &now, const QTimeZone &zone,
                             QString *error)
{
    const QString text = expression.trimmed();
    if (text.isEmpty()) {
        if (error)
            *error = tr("The time is empty; use \"now\", a relative time like \"now-7d\" or an "
                        "ISO-8601 date and time.");
        return {};
    }
    if (text.startsWith(QLatin1String("now"))) {
        const auto match = relativePattern().match(text);
        if (!match.hasMatch()) {
            if (error)
                *error = tr("\"%1\" is not a relative time. Use forms like \"now-7d\", \"now/d\" "
                            "or \"now-1M/M\" (units s m h d w M y).")
                             .arg(text);
            return {};
        }
        QDateTime t = now.toTimeZone(zone);
        static const QRegularExpression part(QStringLiteral("([+-])(\\d+)([smhdwMy])"));
        auto it = part.globalMatch(match.captured(1));
        while (it.hasNext()) {
            const auto m = it.next();
            bool ok = false;
            const qint64 amount = m.captured(2).toLongLong(&ok);
            if (!ok || amount > 100000) {
                if (error)
                    *error = tr("\"%1\" is out of range.").arg(m.captured(0));
                return {};
            }
            t = applyOffset(t, m.captured(1).at(0).toLatin1(), amount, m.captured(3).at(0), zone);
        }
        if (!match.captured(2).isEmpty())
            t = roundDown(t, match.captured(2).at(0), zone);
        return t;
    }
    QDateTime absolute;
    if (text.size() == 10) {
        // A date alone is the start of that day in the report's zone. (QDate::fromString would
        // also accept a longer string and drop a malformed time, so only exact dates get here.)
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            absolute = date.startOfDay(zone);
    } else {
        absolute = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!absolute.isValid()) {
        if (error)
            *error = tr("\"%1\" is neither a relative time (\"now-7d\") nor an ISO-8601 date and "
                        "time (\"2026-01-31T08:00:00Z\").")
                         .arg(text);
        return {};
    }
    // A date and time without an offset is a wall-clock time in the report's zone.
    if (absolute.timeSpec() == Qt::LocalTime)
        absolute = wallTime(absolute.date(), absolute.time(), zone);
    return absolute;
}

} // namespace reportdesk
