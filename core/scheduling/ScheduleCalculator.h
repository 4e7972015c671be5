#pragma once

#include "domain/Schedule.h"

#include <QDateTime>
#include <QList>

namespace reportdesk {

// Pure functions from a Schedule and an instant to the instants it runs at: no timers, no
// clock, no state (a process-wide cache of zone transition tables is the only memory, see
// ZoneClock.h). The Scheduler arms its one timer with next(); the schedule editor lists
// nextN() and marks shiftedByDst() runs; startup and resume call missed().
//
// All results are UTC QDateTimes on whole seconds, strictly after `after`, at or after
// `start`, at or before `end`, never on a Saturday or Sunday (in the schedule's zone) when
// workdaysOnly is set. An invalid schedule (see Schedule::validate) has no runs.
//
// DST and other offset changes, as DESIGN.md section 2 fixes them:
// - daily, weekly, monthly, last day of month, interval in days/weeks/months, and cron
//   expressions with fixed hours keep the wall-clock time. A time that does not exist
//   (spring forward; also a day a zone skipped, as Pacific/Apia 2011-12-30) runs at the first
//   valid instant after the gap, and shiftedByDst() is true for it. A time that occurs twice
//   (fall back) runs once, at the first occurrence.
// - interval in minutes or hours is counted in absolute time from `start`: every 90 minutes
//   is 5400 s apart whatever the clock does.
// - hourly (and cron with a wildcard hour such as "15 * * * *") runs whenever the clock shows
//   the chosen minute, so it follows elapsed hours: hourly at :15 in Europe/Berlin runs 24
//   times on a normal day, 23 on the spring-forward day (02:15 does not exist) and 25 on the
//   fall-back day (02:15 CEST and 02:15 CET). In zones with a 30-minute shift
//   (Australia/Lord_Howe) it stays at :15 on the clock; the runs around the change are then
//   90 minutes apart rather than drifting to :45 for half a year.
namespace ScheduleCalculator {

// The first run strictly after `after`; invalid when there is none.
QDateTime next(const Schedule &schedule, const QDateTime &after);
// Up to n runs strictly after `after`, ascending.
QList<QDateTime> nextN(const Schedule &schedule, const QDateTime &after, int n);
// The runs in (lastCheck, now] to make up for after downtime, oldest first, per `policy`:
// Skip -> none; RunOnce -> the latest; RunEach -> the latest policy.limit ones. Empty when
// lastCheck is invalid (nothing was ever checked) or not before now.
QList<QDateTime> missed(const Schedule &schedule, const QDateTime &lastCheck, const QDateTime &now,
                        const CatchUpPolicy &policy);
inline QList<QDateTime> missed(const Schedule &schedule, const QDateTime &lastCheck,
                               const QDateTime &now)
{
    return missed(schedule, lastCheck, now, schedule.catchUp);
}
// True when `instant` is a run of the schedule that a clock change moved off its wall-clock
// time (the first valid instant after a gap), for the editor's "moved by a DST change" mark.
bool shiftedByDst(const Schedule &schedule, const QDateTime &instant);

} // namespace ScheduleCalculator

} // namespace reportdesk
