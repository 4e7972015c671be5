#pragma once

#include "Result.h"
#include "Validation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace reportdesk {

// What to do with the runs a schedule missed while ReportDesk was not running.
struct CatchUpPolicy {
    enum class Mode {
        Skip,    // forget them
        RunOnce, // run the latest one
        RunEach, // run each, but at most `limit` (the latest ones, oldest first)
    };
    Mode mode = Mode::RunOnce;
    int limit = 10;

    friend bool operator==(const CatchUpPolicy &, const CatchUpPolicy &) = default;
};

// When a report runs (DESIGN.md section 2). A value: ScheduleCalculator turns it into instants,
// ScheduleMapping into the schedule JSON of Grafana, OpenObserve and Kibana.
//
// Every wall-clock field is read in `timeZone` (an IANA id). `start` and `end` are instants
// (QDateTime compares instants, so any time spec will do); in JSON they are written with the
// zone's offset. Only the fields of the chosen frequency matter; toJson() writes only those.
//
//   once            runs at `start`
//   hourly          every hour at `time`'s minute and second (counted like the clock: see
//                   ScheduleCalculator.h for DST)
//   daily           every day at `time`
//   weekly          on `weekdays` at `time`
//   monthly         on `dayOfMonth` at `time`; in months without that day, `shortMonths` says
//                   whether the month is skipped or runs on its last day
//   lastDayOfMonth  on the last day of each month at `time`
//   interval        every `intervalAmount` `intervalUnit`s counted from `start` (minutes and
//                   hours in absolute time; days, weeks and months keep start's wall-clock time,
//                   months follow `shortMonths` like monthly)
//   cron            `cron` (see CronExpression.h), read on the zone's wall clock
//
// `start` (optional except for once and interval) is the earliest instant a run may have;
// `end` (optional) the latest, inclusive. `workdaysOnly` drops runs that fall on a Saturday or
// Sunday in the zone (filters, never moves a run).
struct Schedule {
    enum class Frequency { Once, Hourly, Daily, Weekly, Monthly, LastDayOfMonth, Interval, Cron };
    enum class IntervalUnit { Minutes, Hours, Days, Weeks, Months };
    enum class ShortMonths { Skip, LastDay };

    Frequency frequency = Frequency::Daily;
    QTime time{0, 0};
    QList<int> weekdays; // 1 = Monday ... 7 = Sunday (Qt::DayOfWeek)
    int dayOfMonth = 1;  // 1-31
    ShortMonths shortMonths = ShortMonths::Skip;
    int intervalAmount = 1;
    IntervalUnit intervalUnit = IntervalUnit::Hours;
    QString cron;
    QDateTime start;
    QDateTime end;
    bool workdaysOnly = false;
    QString timeZone = QStringLiteral("UTC");
    CatchUpPolicy catchUp;

    friend bool operator==(const Schedule &, const Schedule &) = default;

    // ReportDesk's own JSON, as stored in Report::schedule. An empty object means "not
    // scheduled": fromJson() gives std::nullopt for it. fromJson() fails only on malformed
    // JSON (wrong types, unknown names), naming the field; a well-formed schedule with bad
    // values (an unknown zone, a bad cron) loads, and validate() says what is wrong.
    QJsonObject toJson() const;
    static Result<std::optional<Schedule>> fromJson(const QJsonObject &json);

    // Errors keyed by field for the editor ("schedule.timeZone", "schedule.cron",
    // "schedule.interval.amount", "schedule.weekdays", "schedule.dayOfMonth", "schedule.start",
    // "schedule.end", "schedule.catchUp.limit", and "schedule" for a schedule that never runs).
    // With a valid `now`, a schedule whose runs are all before `now` is an error too ("will
    // never run again"); without one, only a schedule that can never run at all is.
    FieldErrors validate(const QDateTime &now = {}) const;
    // Explanations that are not errors, keyed like validate(): what happens in months without
    // the chosen day, weekend days dropped by workdaysOnly, cron's either-day rule.
    FieldErrors notes() const;
    // The schedule in plain language, e.g. "Every weekday at 08:00, Europe/Berlin".
    // Translated in context "reportdesk::Schedule".
    QString summary() const;

    static QString frequencyName(Frequency frequency); // as in JSON: "lastDayOfMonth"
    static std::optional<Frequency> frequencyFromName(const QString &name);
    static QString unitName(IntervalUnit unit); // "minutes" ... "months"
    static std::optional<IntervalUnit> unitFromName(const QString &name);
};

} // namespace reportdesk
