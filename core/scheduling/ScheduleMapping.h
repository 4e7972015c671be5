#pragma once

#include "domain/Result.h"
#include "domain/Schedule.h"

#include <QDateTime>
#include <QJsonObject>

namespace reportdesk {

// Converts a Schedule to and from the schedule JSON of the remote servers, field by field as
// ../shared/protocols.md describes them. A schedule a server cannot express is refused with a
// message that says what the server cannot do ("OpenObserve cannot run on workdays only ...");
// nothing is silently changed. Where protocols.md marks a form unconfirmed [U], the readers
// accept both plausible forms. The catch-up policy is ReportDesk's own (servers run their
// schedules themselves): it is not written, and imported schedules get the default.
//
// Grafana (ReportSchedule, §3.3/3.4): frequency once|hourly|daily|weekly|monthly|last|custom;
// the time of day, weekday (weekly) and minute (hourly) come from startDate in timeZone;
// custom = intervalAmount x intervalFrequency (hours|days|weeks|months); workdaysOnly applies
// to hourly and daily only. Grafana cannot express: several weekdays, minutes, cron, monthly
// on days 29-31 (its handling of shorter months is not documented), workdays only for other
// frequencies.
//
// OpenObserve (report keys frequency {type, interval, cron, align_time}, start in
// microseconds, timezone, timezoneOffset in minutes, §1.4): type once|hours|days|weeks|months
// maps to once / interval; hourly, daily, weekly and monthly are written as seconds-first cron
// expressions with weekday names (the `cron` crate the server validates with counts weekdays
// from Sunday = 1, so numbers would shift a day), and read back to those frequencies. The
// server's cron matches day of month AND day of week, so an expression that restricts both is
// refused either way. OpenObserve has no end date, no workdays only, no last day of month and
// no interval in minutes.
//
// Kibana (schedule.rrule, §2.8): freq (rrule.js numbers MONTHLY=1 WEEKLY=2 DAILY=3 HOURLY=4;
// the names are accepted on reading) with interval, tzid, byhour, byminute, byweekday,
// bymonthday and dtstart. Kibana has no one-off runs, end dates, seconds, minutes intervals,
// cron, or last-day-of-month, and byweekday is not allowed with hourly.
namespace ScheduleMapping {

// The `schedule` object of a Grafana report. `now` anchors a schedule without a start (Grafana
// needs a startDate to carry the time of day): its first run after `now` becomes startDate.
Result<QJsonObject> toGrafana(const Schedule &schedule, const QDateTime &now);
Result<Schedule> fromGrafana(const QJsonObject &schedule);

// The top-level keys of an OpenObserve report that hold its schedule: "frequency", "start",
// "timezone", "timezoneOffset". Merge them into the report object (read-modify-write).
// timezoneOffset is the zone's offset at the start, or at `now` for a schedule without one.
Result<QJsonObject> toOpenObserve(const Schedule &schedule, const QDateTime &now);
// Reads those keys from an OpenObserve report object.
Result<Schedule> fromOpenObserve(const QJsonObject &report);

// Kibana's `schedule` object: {"rrule": {...}}.
Result<QJsonObject> toKibana(const Schedule &schedule);
// Accepts {"rrule": {...}} or the rrule object itself.
Result<Schedule> fromKibana(const QJsonObject &schedule);

} // namespace ScheduleMapping

} // namespace reportdesk
