#include "ZoneClock.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <algorithm>
#include <limits>

namespace reportdesk {

namespace LocalTime {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Civil civilFromDays(qint64 days)
{
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    Civil c;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
    return c;
}

qint64 fromCivil(int year, int month, int day, int secondOfDay)
{
    return daysFromCivil(year, month, day) * kDay + secondOfDay;
}

Civil split(qint64 localSecs)
{
    const qint64 days = floorDiv(localSecs, kDay);
    Civil c = civilFromDays(days);
    c.secondOfDay = int(localSecs - days * kDay);
    return c;
}

int daysInMonth(int year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return lengths[month - 1];
}

int dayOfWeek(qint64 days)
{
    // 1970-01-01 was a Thursday.
    return int(((days % 7) + 7 + 3) % 7) + 1;
}

} // namespace LocalTime

namespace {

using LocalTime::kDay;

constexpr qint64 kNoTransition = std::numeric_limits<qint64>::max();

QDateTime utcDateTime(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// QTimeZone::nextTransition with a workaround: Qt 6.4's tzfile backend answers nothing when
// asked from exactly the last transition of the file's table (2037 for most zones), although
// its POSIX rule continues; asking from a day later gets past it.
qint64 qtNextTransition(const QTimeZone &zone, qint64 afterSecs, int *offset)
{
    for (const qint64 probe : {afterSecs, afterSecs + kDay}) {
        const QTimeZone::OffsetData d = zone.nextTransition(utcDateTime(probe));
        if (d.atUtc.isValid()) {
            *offset = d.offsetFromUtc;
            return d.atUtc.toSecsSinceEpoch();
        }
    }
    return kNoTransition;
}

} // namespace

ZoneClock::ZoneClock(const QTimeZone &zone)
    : m_zone(zone)
{
    m_tableFrom = LocalTime::fromCivil(1900, 1, 1, 0);
    m_tableUntil = LocalTime::fromCivil(2200, 1, 1, 0);
    m_offsetBefore = slowOffsetAt(m_tableFrom);
    int current = m_offsetBefore;
    qint64 at = m_tableFrom;
    while (at < m_tableUntil) {
        int offset = 0;
        const qint64 next = qtNextTransition(m_zone, at, &offset);
        if (next == kNoTransition || next >= m_tableUntil || next <= at)
            break;
        // Qt reports some non-changes (the 2038-01-19 end of 32-bit tzfile data): skip them.
        if (offset != current) {
            m_at.push_back(next);
            m_offsets.push_back(offset);
            current = offset;
        }
        at = next;
    }
}

std::shared_ptr<const ZoneClock> ZoneClock::forId(const QString &ianaId)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const ZoneClock>> cache;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(ianaId);
        if (it != cache.constEnd())
            return *it;
    }
    if (!isKnownZone(ianaId))
        return nullptr;
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return nullptr; // not cached: a typo must not grow the cache forever
    auto clock = std::make_shared<const ZoneClock>(zone);
    QMutexLocker lock(&mutex);
    return *cache.insert(ianaId, std::move(clock));
}

bool ZoneClock::isKnownZone(const QString &ianaId)
{
    if (ianaId.trimmed().isEmpty() || ianaId != ianaId.trimmed())
        return false;
    if (QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8()))
        return true;
    // Aliases and Etc/ zones are in the database but not in Qt's list (zone.tab).
    static const QRegularExpression idShape(
        QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    if (!idShape.match(ianaId).hasMatch())
        return false;
    QString dir = qEnvironmentVariable("TZDIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/usr/share/zoneinfo");
    const QFileInfo file(dir + QLatin1Char('/') + ianaId);
    return file.isFile() && QTimeZone(ianaId.toUtf8()).isValid();
}

int ZoneClock::slowOffsetAt(qint64 utcSecs) const
{
    return m_zone.offsetFromUtc(utcDateTime(utcSecs));
}

int ZoneClock::offsetAt(qint64 utcSecs) const
{
    if (utcSecs < m_tableFrom || utcSecs >= m_tableUntil)
        return slowOffsetAt(utcSecs);
    const auto it = std::upper_bound(m_at.begin(), m_at.end(), utcSecs);
    return it == m_at.begin() ? m_offsetBefore : m_offsets[std::size_t(it - m_at.begin()) - 1];
}

qint64 ZoneClock::nextTransition(qint64 utcSecs) const
{
    if (utcSecs >= m_tableFrom && utcSecs < m_tableUntil) {
        const auto it = std::upper_bound(m_at.begin(), m_at.end(), utcSecs);
        // No change left in the table: report its end as a boundary (where the offset stays
        // the same), so zones without DST never fall through to the slow QTimeZone call.
        return it != m_at.end() ? *it : m_tableUntil;
    }
    int offset = 0;
    return qtNextTransition(m_zone, utcSecs, &offset);
}

bool ZoneClock::isGapEnd(qint64 utcSecs) const
{
    return offsetAt(utcSecs - 1) < offsetAt(utcSecs);
}

ZoneClock::Instant ZoneClock::fromLocal(qint64 localSecs) const
{
    // Offsets range from -12 h to +14 h and no gap is longer than a day (Apia skipped exactly
    // one), so every instant that can read localSecs lies within two days of it.
    const qint64 lo = localSecs - 2 * kDay;
    const qint64 hi = localSecs + 2 * kDay;
    int offset = offsetAt(lo);
    qint64 segmentStart = std::numeric_limits<qint64>::min();
    qint64 transition = nextTransition(lo);
    int matches = 0;
    qint64 first = 0;
    qint64 gapEnd = kNoTransition;
    for (;;) {
        const qint64 segmentEnd = transition <= hi ? transition : kNoTransition;
        const qint64 candidate = localSecs - offset;
        if (candidate >= segmentStart && candidate < segmentEnd) {
            if (matches++ == 0)
                first = candidate;
        }
        if (segmentEnd == kNoTransition)
            break;
        const int after = offsetAt(transition);
        // The clock jumps from transition+offset to transition+after: readings in between
        // never occur.
        if (localSecs >= transition + offset && localSecs < transition + after &&
            gapEnd == kNoTransition)
            gapEnd = transition;
        segmentStart = transition;
        offset = after;
        transition = nextTransition(transition);
    }
    if (matches > 0)
        return {first, matches > 1 ? Reading::Repeated : Reading::Unique};
    if (gapEnd != kNoTransition)
        return {gapEnd, Reading::InGap};
    return {localSecs - offset, Reading::Unique}; // unreachable for a consistent table
}

} // namespace reportdesk
