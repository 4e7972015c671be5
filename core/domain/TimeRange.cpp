#include "TimeRange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace reportdesk {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("TimeRange", text); }

// now[(+|-)N unit]...[/unit]
const QRegularExpression &relativePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^now((?:[+-]\\d+[smhdwMy])*)(?:/([smhdwMy]))?$"));
    return re;
}

QDateTime applyOffset(const QDateTime &t, char sign, qint64 amount, QChar unit)
{
    const qint64 n = sign == '-' ? -amount : amount;
    switch (unit.unicode()) {
    case 's': return t.addSecs(n);
    case 'm': return t.addSecs(n * 60);
    case 'h': return t.addSecs(n * 3600);
    case 'd': return t.addDays(n);
    case 'w': return t.addDays(n * 7);
    case 'M': return t.addMonths(int(n));
    case 'y': return t.addYears(int(n));
    }
    return t;
}

QDateTime roundDown(const QDateTime &t, QChar unit)
{
    const QDate d = t.date();
    const QTime tm = t.time();
    const QTimeZone zone = t.timeZone();
    switch (unit.unicode()) {
    case 's': return QDateTime(d, QTime(tm.hour(), tm.minute(), tm.second()), zone);
    case 'm': return QDateTime(d, QTime(tm.hour(), tm.minute()), zone);
    case 'h': return QDateTime(d, QTime(tm.hour(), 0), zone);
    case 'd': return QDateTime(d, QTime(0, 0), zone);
    case 'w': return QDateTime(d.addDays(1 - d.dayOfWeek()), QTime(0, 0), zone); // ISO week
    case 'M': return QDateTime(QDate(d.year(), d.month(), 1), QTime(0, 0), zone);
    case 'y': return QDateTime(QDate(d.year(), 1, 1), QTime(0, 0), zone);
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

QDateTime TimeRange::resolve(const QString &expression, const QDateTime &now,
                             const QTimeZone &zone, QString *error)
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
            t = applyOffset(t, m.captured(1).at(0).toLatin1(), amount, m.captured(3).at(0));
        }
        if (!match.captured(2).isEmpty())
            t = roundDown(t, match.captured(2).at(0));
        return t;
    }
    QDateTime absolute = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!absolute.isValid())
        absolute = QDateTime::fromString(text, Qt::ISODate);
    if (!absolute.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            absolute = QDateTime(date, QTime(0, 0), zone);
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
        absolute = QDateTime(absolute.date(), absolute.time(), zone);
    return absolute;
}

} // namespace reportdesk
