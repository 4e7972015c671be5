#pragma once

#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace reportdesk {

// Calendar arithmetic on "local seconds": a wall-clock reading counted in seconds from
// 1970-01-01 00:00 as if the wall clock were UTC. Pure integer arithmetic (proleptic Gregorian),
// so the schedule calculations need no QDate/QDateTime objects in their loops.
namespace LocalTime {
constexpr qint64 kDay = 86400;

struct Civil {
    int year = 1970;
    int month = 1; // 1-12
    int day = 1;   // 1-31
    int secondOfDay = 0;
};

qint64 daysFromCivil(int year, int month, int day);
Civil civilFromDays(qint64 days);
qint64 fromCivil(int year, int month, int day, int secondOfDay);
Civil split(qint64 localSecs);
int daysInMonth(int year, int month);
// 1 = Monday ... 7 = Sunday (as Qt::DayOfWeek), for a day count since 1970-01-01.
int dayOfWeek(qint64 days);
inline bool isWeekend(qint64 days)
{
    return dayOfWeek(days) >= 6;
}
qint64 floorDiv(qint64 a, qint64 b);
} // namespace LocalTime

// The wall clock of one IANA time zone, fast enough to evaluate 100,000 schedules in a few
// milliseconds: QTimeZone answers each offset question in about a microsecond, so the zone's
// transitions from 1900 to 2200 are read once into a table and looked up by binary search
// (outside that range QTimeZone is asked directly). Instances are shared and immutable;
// forId() caches one per zone id for the life of the process and is thread-safe.
//
// fromLocal() turns a wall-clock reading into an instant with ReportDesk's DST rules
// (DESIGN.md section 2): a reading that does not exist (spring forward, or a skipped day as in
// Pacific/Apia on 2011-12-30) becomes the first valid instant after the gap, i.e. the
// transition itself; a reading that occurs twice (fall back) becomes its first occurrence.
class ZoneClock {
public:
    // nullptr when the id is not a known zone (see isKnownZone).
    static std::shared_ptr<const ZoneClock> forId(const QString &ianaId);
    // Whether the id names a zone of the system's time-zone database: an IANA id Qt lists, or an
    // alias with a file in the zoneinfo folder (Etc/UTC, US/Eastern). Qt alone would also take
    // any word ("xyz") as a POSIX TZ rule meaning UTC, which hides a typo for ever.
    static bool isKnownZone(const QString &ianaId);

    enum class Reading { Unique, InGap, Repeated };
    struct Instant {
        qint64 utc = 0;
        Reading reading = Reading::Unique;
    };

    int offsetAt(qint64 utcSecs) const;
    qint64 toLocal(qint64 utcSecs) const { return utcSecs + offsetAt(utcSecs); }
    Instant fromLocal(qint64 localSecs) const;
    // The first offset change strictly after utcSecs; past the last change before 2200, the
    // table's end (a boundary at which nothing changes); INT64_MAX when there is none at all.
    qint64 nextTransition(qint64 utcSecs) const;
    // True when the offset changes at exactly utcSecs and grows (a spring-forward gap ends here).
    bool isGapEnd(qint64 utcSecs) const;

    const QTimeZone &zone() const { return m_zone; }

    // The two ways a schedule meets the clock. Both return UTC seconds, or nullopt.
    //
    // Wall-clock semantics (daily, weekly, monthly, fixed-hour cron): nextNominal(from) gives
    // the smallest intended reading >= from; each is resolved by fromLocal() (gap -> the first
    // instant after it, repeated -> the first occurrence). Returns the first resolved instant
    // at or after lowerUtc. Resolution is monotonic, so readings are tried in order.
    template <typename NextNominal>
    std::optional<qint64> firstWallClockRun(qint64 lowerUtc, NextNominal &&nextNominal) const
    {
        // A reading inside a gap that ends exactly at lowerUtc resolves to lowerUtc itself.
        qint64 from = isGapEnd(lowerUtc) ? lowerUtc + offsetAt(lowerUtc - 1) : toLocal(lowerUtc);
        for (int guard = 0; guard < 200000; ++guard) {
            const std::optional<qint64> nominal = nextNominal(from);
            if (!nominal)
                return std::nullopt;
            const qint64 at = fromLocal(*nominal).utc;
            if (at >= lowerUtc)
                return at;
            from = *nominal + 1; // the first pass of a repeated hour is already behind us
        }
        return std::nullopt;
    }

    // Clock-match semantics (hourly, cron with a wildcard hour): the first instant at or after
    // lowerUtc at which the clock shows a reading that nextMatch accepts. Readings in a gap
    // never show; readings in a repeated hour show twice. Walks offset segment by segment.
    template <typename NextMatch>
    std::optional<qint64> firstClockMatch(qint64 lowerUtc, NextMatch &&nextMatch) const
    {
        qint64 at = lowerUtc;
        for (int guard = 0; guard < 20000; ++guard) {
            const int offset = offsetAt(at);
            const std::optional<qint64> reading = nextMatch(at + offset);
            if (!reading)
                return std::nullopt;
            const qint64 candidate = *reading - offset;
            const qint64 segmentEnd = nextTransition(at);
            if (candidate < segmentEnd)
                return candidate;
            at = segmentEnd;
        }
        return std::nullopt;
    }

    explicit ZoneClock(const QTimeZone &zone);

private:
    int slowOffsetAt(qint64 utcSecs) const;

    QTimeZone m_zone;
    std::vector<qint64> m_at;   // transition instants (UTC seconds), ascending
    std::vector<int> m_offsets; // offset in force from m_at[i] on
    int m_offsetBefore = 0;     // offset before the first transition
    qint64 m_tableFrom = 0;     // the table answers for [m_tableFrom, m_tableUntil)
    qint64 m_tableUntil = 0;
};

} // namespace reportdesk
