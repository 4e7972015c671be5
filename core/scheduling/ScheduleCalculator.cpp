#include "ScheduleCalculator.h"

#include "CronExpression.h"
#include "ZoneClock.h"

#include <algorithm>
#include <limits>

namespace reportdesk::ScheduleCalculator {

namespace {

using namespace LocalTime;
using Frequency = Schedule::Frequency;
using Unit = Schedule::IntervalUnit;

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

qint64 secsFloor(const QDateTime &t)
{
    return floorDiv(t.toMSecsSinceEpoch(), 1000);
}

qint64 secsCeil(const QDateTime &t)
{
    return ceilDiv(t.toMSecsSinceEpoch(), 1000);
}

// A schedule prepared for evaluation: the zone's table, the parsed cron, the bounds in seconds.
struct Plan {
    const Schedule *schedule = nullptr;
    std::shared_ptr<const ZoneClock> clock;
    std::optional<CronExpression> cron;
    Frequency frequency = Frequency::Daily;
    bool valid = false;
    bool workdays = false;
    qint64 lower = std::numeric_limits<qint64>::min(); // start, rounded up to a second
    qint64 upper = std::numeric_limits<qint64>::max(); // end, rounded down
    bool hasStart = false;
    int timeOfDay = 0;      // seconds since midnight
    quint8 weekdays = 0;    // bit d set for Qt::DayOfWeek d (1-7)
    qint64 anchorLocal = 0; // interval: start's wall-clock reading
    qint64 stepSecs = 0;    // interval in minutes or hours

    bool absoluteInterval() const { return frequency == Frequency::Interval && stepSecs > 0; }
    bool countsLikeTheClock() const
    {
        return frequency == Frequency::Hourly ||
               (frequency == Frequency::Cron && cron->countsEveryHour());
    }
};

Plan makePlan(const Schedule &s)
{
    Plan p;
    p.schedule = &s;
    p.frequency = s.frequency;
    p.workdays = s.workdaysOnly;
    p.clock = ZoneClock::forId(s.timeZone);
    if (!p.clock || !s.time.isValid())
        return p;
    p.timeOfDay = s.time.msecsSinceStartOfDay() / 1000;
    if (s.start.isValid()) {
        p.hasStart = true;
        p.lower = secsCeil(s.start);
    }
    if (s.end.isValid())
        p.upper = secsFloor(s.end);
    switch (s.frequency) {
    case Frequency::Once:
        if (!p.hasStart)
            return p;
        break;
    case Frequency::Weekly:
        for (const int d : s.weekdays) {
            if (d < 1 || d > 7)
                return p;
            p.weekdays |= quint8(1u << d);
        }
        if (!p.weekdays)
            return p;
        break;
    case Frequency::Monthly:
        if (s.dayOfMonth < 1 || s.dayOfMonth > 31)
            return p;
        break;
    case Frequency::Interval:
        if (!p.hasStart || s.intervalAmount < 1)
            return p;
        if (s.intervalUnit == Unit::Minutes)
            p.stepSecs = qint64(s.intervalAmount) * 60;
        else if (s.intervalUnit == Unit::Hours)
            p.stepSecs = qint64(s.intervalAmount) * 3600;
        p.anchorLocal = p.clock->toLocal(p.lower);
        break;
    case Frequency::Cron: {
        auto parsed = CronExpression::parse(s.cron);
        if (!parsed)
            return p;
        p.cron = parsed.value();
        break;
    }
    case Frequency::Hourly:
    case Frequency::Daily:
    case Frequency::LastDayOfMonth:
        break;
    }
    p.valid = true;
    return p;
}

constexpr quint8 kEveryWeekday = 0x7f; // bits 0-6 from Sunday, as CronExpression takes them
constexpr quint8 kMondayToFriday = 0x3e;

qint64 nextMonday(qint64 days)
{
    return days + (8 - dayOfWeek(days));
}

// The smallest intended wall-clock reading at or after `from` (wall-clock frequencies).
std::optional<qint64> nominalAtOrAfter(const Plan &p, qint64 from)
{
    const Schedule &s = *p.schedule;
    const qint64 fromDays = floorDiv(from, kDay);
    const int fromSod = int(from - fromDays * kDay);
    switch (p.frequency) {
    case Frequency::Daily: {
        qint64 days = fromSod > p.timeOfDay ? fromDays + 1 : fromDays;
        if (p.workdays && isWeekend(days))
            days = nextMonday(days);
        return days * kDay + p.timeOfDay;
    }
    case Frequency::Weekly: {
        const qint64 first = fromSod > p.timeOfDay ? fromDays + 1 : fromDays;
        for (qint64 days = first; days < first + 7; ++days) {
            if ((p.weekdays >> dayOfWeek(days) & 1) && !(p.workdays && isWeekend(days)))
                return days * kDay + p.timeOfDay;
        }
        return std::nullopt;
    }
    case Frequency::Monthly:
    case Frequency::LastDayOfMonth: {
        const Civil c = civilFromDays(fromDays);
        int year = c.year;
        int month = c.month;
        for (int i = 0; i < 1200; ++i) {
            const int length = daysInMonth(year, month);
            int day = p.frequency == Frequency::LastDayOfMonth ? length : s.dayOfMonth;
            bool skip = false;
            if (day > length) {
                if (s.shortMonths == Schedule::ShortMonths::Skip)
                    skip = true;
                else
                    day = length;
            }
            if (!skip) {
                const qint64 days = daysFromCivil(year, month, day);
                const qint64 candidate = days * kDay + p.timeOfDay;
                if (candidate >= from && !(p.workdays && isWeekend(days)))
                    return candidate;
            }
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        return std::nullopt;
    }
    case Frequency::Interval: {
        const qint64 anchorDays = floorDiv(p.anchorLocal, kDay);
        const int anchorSod = int(p.anchorLocal - anchorDays * kDay);
        if (s.intervalUnit == Unit::Days || s.intervalUnit == Unit::Weeks) {
            const qint64 step = qint64(s.intervalAmount) * (s.intervalUnit == Unit::Weeks ? 7 : 1);
            qint64 k = std::max<qint64>(0, ceilDiv(fromDays - anchorDays, step));
            for (int i = 0; i < 16; ++i, ++k) {
                const qint64 days = anchorDays + k * step;
                if (days * kDay + anchorSod < from || (p.workdays && isWeekend(days)))
                    continue;
                return days * kDay + anchorSod;
            }
            return std::nullopt;
        }
        // Months: the anchor's day of month, k * amount months on; shortMonths as monthly.
        const Civil anchor = civilFromDays(anchorDays);
        const Civil c = civilFromDays(fromDays);
        const qint64 monthsFromAnchor =
            qint64(c.year - anchor.year) * 12 + (c.month - anchor.month);
        qint64 k = std::max<qint64>(0, ceilDiv(monthsFromAnchor, s.intervalAmount));
        for (int i = 0; i < 1200; ++i, ++k) {
            const qint64 total = anchor.month - 1 + k * s.intervalAmount;
            const int year = int(anchor.year + total / 12);
            const int month = int(total % 12) + 1;
            const int length = daysInMonth(year, month);
            int day = anchor.day;
            if (day > length) {
                if (s.shortMonths == Schedule::ShortMonths::Skip)
                    continue;
                day = length;
            }
            const qint64 days = daysFromCivil(year, month, day);
            if (days * kDay + anchorSod < from || (p.workdays && isWeekend(days)))
                continue;
            return days * kDay + anchorSod;
        }
        return std::nullopt;
    }
    case Frequency::Cron:
        return p.cron->nextLocal(from, p.workdays ? kMondayToFriday : kEveryWeekday);
    case Frequency::Hourly: {
        const int minuteAndSecond = p.timeOfDay % 3600;
        qint64 at = floorDiv(from, 3600) * 3600 + minuteAndSecond;
        if (at < from)
            at += 3600;
        const qint64 days = floorDiv(at, kDay);
        if (p.workdays && isWeekend(days))
            at = nextMonday(days) * kDay + minuteAndSecond;
        return at;
    }
    case Frequency::Once:
        break;
    }
    return std::nullopt;
}

// The first run at or after `lower` (UTC seconds), within the schedule's bounds.
std::optional<qint64> firstRun(const Plan &p, qint64 lower)
{
    if (!p.valid)
        return std::nullopt;
    lower = std::max(lower, p.lower);
    if (lower > p.upper)
        return std::nullopt;
    std::optional<qint64> run;
    const ZoneClock &clock = *p.clock;
    const auto nominal = [&p](qint64 from) {
        return nominalAtOrAfter(p, from);
    };
    if (p.frequency == Frequency::Once) {
        const bool weekend = p.workdays && isWeekend(floorDiv(clock.toLocal(p.lower), kDay));
        if (lower <= p.lower && !weekend)
            run = p.lower;
    } else if (p.absoluteInterval()) {
        const qint64 start = p.lower;
        qint64 k = ceilDiv(lower - start, p.stepSecs);
        for (int i = 0; i < 64; ++i) {
            const qint64 candidate = start + k * p.stepSecs;
            const qint64 days = floorDiv(clock.toLocal(candidate), kDay);
            if (!p.workdays || !isWeekend(days)) {
                run = candidate;
                break;
            }
            // Jump to Monday 00:00 on the zone's clock.
            const qint64 monday = clock.fromLocal(nextMonday(days) * kDay).utc;
            k = std::max(k + 1, ceilDiv(monday - start, p.stepSecs));
        }
    } else if (p.countsLikeTheClock()) {
        run = clock.firstClockMatch(lower, nominal);
    } else {
        run = clock.firstWallClockRun(lower, nominal);
    }
    if (run && *run > p.upper)
        return std::nullopt;
    return run;
}

QDateTime toUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

} // namespace

QDateTime next(const Schedule &schedule, const QDateTime &after)
{
    if (!after.isValid())
        return {};
    const Plan plan = makePlan(schedule);
    const std::optional<qint64> run = firstRun(plan, secsFloor(after) + 1);
    return run ? toUtc(*run) : QDateTime();
}

QList<QDateTime> nextN(const Schedule &schedule, const QDateTime &after, int n)
{
    QList<QDateTime> out;
    if (!after.isValid() || n <= 0)
        return out;
    const Plan plan = makePlan(schedule);
    qint64 lower = secsFloor(after) + 1;
    out.reserve(n);
    while (out.size() < n) {
        const std::optional<qint64> run = firstRun(plan, lower);
        if (!run)
            break;
        out.append(toUtc(*run));
        lower = *run + 1;
    }
    return out;
}

QList<QDateTime> missed(const Schedule &schedule, const QDateTime &lastCheck, const QDateTime &now,
                        const CatchUpPolicy &policy)
{
    if (policy.mode == CatchUpPolicy::Mode::Skip || !lastCheck.isValid() || !now.isValid() ||
        lastCheck >= now)
        return {};
    const qsizetype limit =
        policy.mode == CatchUpPolicy::Mode::RunOnce ? 1 : std::max(1, policy.limit);
    const Plan plan = makePlan(schedule);
    if (!plan.valid)
        return {};
    const qint64 earliest = secsFloor(lastCheck) + 1;
    const qint64 latest = secsFloor(now);
    // Search backwards from now in growing windows, so a year of downtime with a per-minute
    // cron does not enumerate half a million runs to keep the last ten.
    QList<qint64> kept;
    for (qint64 window = 3600;; window *= 8) {
        const qint64 from = std::max(earliest, latest - window + 1);
        kept.clear();
        qint64 lower = from;
        while (true) {
            const std::optional<qint64> run = firstRun(plan, lower);
            if (!run || *run > latest)
                break;
            kept.append(*run);
            if (kept.size() > limit)
                kept.removeFirst();
            lower = *run + 1;
        }
        if (kept.size() >= limit || from == earliest)
            break;
    }
    QList<QDateTime> out;
    out.reserve(kept.size());
    for (const qint64 run : kept)
        out.append(toUtc(run));
    return out;
}

bool shiftedByDst(const Schedule &schedule, const QDateTime &instant)
{
    if (!instant.isValid() || instant.toMSecsSinceEpoch() % 1000 != 0)
        return false;
    const Plan plan = makePlan(schedule);
    if (!plan.valid || plan.frequency == Frequency::Once || plan.absoluteInterval() ||
        plan.countsLikeTheClock())
        return false;
    const qint64 at = secsFloor(instant);
    const ZoneClock &clock = *plan.clock;
    if (!clock.isGapEnd(at) || firstRun(plan, at) != at)
        return false;
    // The run sits at the end of a gap: was it meant for a reading inside the gap?
    const qint64 gapStart = at + clock.offsetAt(at - 1);
    const qint64 gapEnd = at + clock.offsetAt(at);
    const std::optional<qint64> nominal = nominalAtOrAfter(plan, gapStart);
    return nominal && *nominal < gapEnd;
}

} // namespace reportdesk::ScheduleCalculator
