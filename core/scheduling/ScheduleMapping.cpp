#include "ScheduleMapping.h"

#include "CronExpression.h"
#include "ScheduleCalculator.h"
#include "ZoneClock.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace reportdesk::ScheduleMapping {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::ScheduleMapping", text);
}

using Frequency = Schedule::Frequency;
using Unit = Schedule::IntervalUnit;
using Field = CronExpression::Field;

constexpr const char *kCronDays[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
constexpr const char *kRruleDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}; // Qt order

// rrule.js Frequency numbers [protocols.md §2.5, numeric mapping U].
enum RruleFreq { Yearly = 0, Monthly = 1, Weekly = 2, Daily = 3, Hourly = 4, Minutely = 5 };

// --- wall clock helpers -------------------------------------------------------------------

struct Wall {
    QDate date;
    QTime time;
};

Wall reading(const ZoneClock &clock, const QDateTime &instant)
{
    const qint64 local = clock.toLocal(LocalTime::floorDiv(instant.toMSecsSinceEpoch(), 1000));
    const qint64 days = LocalTime::floorDiv(local, LocalTime::kDay);
    return {QDate::fromJulianDay(days + 2440588),
            QTime::fromMSecsSinceStartOfDay(int(local - days * LocalTime::kDay) * 1000)};
}

QDateTime instantOf(const ZoneClock &clock, const QDate &date, const QTime &time)
{
    const qint64 local =
        (date.toJulianDay() - 2440588) * LocalTime::kDay + time.msecsSinceStartOfDay() / 1000;
    return QDateTime::fromSecsSinceEpoch(clock.fromLocal(local).utc, Qt::UTC);
}

QString isoWithOffset(const ZoneClock &clock, const QDateTime &instant)
{
    return instant.toTimeZone(clock.zone()).toString(Qt::ISODate);
}

// ISO-8601 with an offset or Z; without one, a wall-clock time in the schedule's zone.
QDateTime parseInstant(const QString &text, const ZoneClock *clock)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        return clock ? instantOf(*clock, t.date(), t.time()) : QDateTime();
    return t.toUTC();
}

QString firstProblem(const Schedule &s)
{
    const FieldErrors errors = s.validate();
    return errors.isEmpty() ? QString() : errors.first().message;
}

// The weekdays a weekly schedule really runs on (workdaysOnly drops Saturday and Sunday).
QList<int> effectiveWeekdays(const Schedule &s)
{
    QList<int> days;
    for (int d = 1; d <= 7; ++d) {
        if (s.weekdays.contains(d) && !(s.workdaysOnly && d >= 6))
            days.append(d);
    }
    return days;
}

// The first run at or after `reference` whose wall-clock time was not moved by a gap, so it
// carries the schedule's time of day (Grafana reads the time from startDate).
QDateTime firstUnshiftedRun(const Schedule &s, const QDateTime &reference)
{
    QDateTime at = reference.addMSecs(-1);
    for (int i = 0; i < 16; ++i) {
        at = ScheduleCalculator::next(s, at);
        if (!at.isValid() || !ScheduleCalculator::shiftedByDst(s, at))
            return at;
    }
    return {};
}

// "MON-FRI", "MON,WED,FRI" from Qt weekdays (1 = Monday).
QString cronWeekdays(QList<int> days)
{
    // Cron order starts on Sunday; a run of three or more becomes a range.
    QList<int> sundayBased;
    for (const int d : days)
        sundayBased.append(d % 7);
    std::sort(sundayBased.begin(), sundayBased.end());
    QStringList parts;
    for (qsizetype i = 0; i < sundayBased.size();) {
        qsizetype j = i;
        while (j + 1 < sundayBased.size() && sundayBased[j + 1] == sundayBased[j] + 1)
            ++j;
        if (j - i >= 2) {
            parts.append(QLatin1String(kCronDays[sundayBased[i]]) + QLatin1Char('-') +
                         QLatin1String(kCronDays[sundayBased[j]]));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts.append(QLatin1String(kCronDays[sundayBased[k]]));
        }
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

QList<int> qtWeekdays(const CronExpression &cron)
{
    QList<int> days;
    for (const int d : cron.values(Field::DayOfWeek))
        days.append(d == 0 ? 7 : d);
    std::sort(days.begin(), days.end());
    return days;
}

QString numberList(const QList<int> &values)
{
    QStringList parts;
    for (const int v : values)
        parts.append(QString::number(v));
    return parts.join(QLatin1Char(','));
}

// --- Grafana ------------------------------------------------------------------------------

QString intervalUnitForGrafana(Unit unit)
{
    return Schedule::unitName(unit); // hours, days, weeks, months
}

std::optional<Unit> unitFromLooseName(QString name)
{
    name = name.trimmed().toLower();
    if (!name.endsWith(QLatin1Char('s')))
        name += QLatin1Char('s'); // "hour" and "hours" both seen in the wild [U]
    return Schedule::unitFromName(name);
}

std::optional<int> integerValue(const QJsonValue &v)
{
    if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()))
        return int(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// --- OpenObserve --------------------------------------------------------------------------

QString openObserveCron(const CronExpression &cron, QString *error)
{
    const bool eitherDay =
        !cron.isWildcard(Field::DayOfMonth) && !cron.isWildcard(Field::DayOfWeek);
    const bool everyDom = cron.matchesEvery(Field::DayOfMonth);
    const bool everyDow = cron.matchesEvery(Field::DayOfWeek);
    QString dom = cron.fieldText(Field::DayOfMonth);
    QString dow;
    if (eitherDay && (everyDom || everyDow)) {
        dom = QStringLiteral("*"); // either matches every day
        dow = QStringLiteral("*");
    } else if (eitherDay) {
        *error = tr("OpenObserve's cron runs only on days that match both the day of month and "
                    "the day of week; \"%1\" runs on days that match either.")
                     .arg(cron.text());
        return {};
    } else {
        if (everyDom)
            dom = QStringLiteral("*");
        dow = everyDow ? QStringLiteral("*") : cronWeekdays(qtWeekdays(cron));
    }
    QStringList fields{cron.fieldText(Field::Second), cron.fieldText(Field::Minute),
                       cron.fieldText(Field::Hour),   dom,
                       cron.fieldText(Field::Month),  dow};
    if (cron.hasYear())
        fields.append(cron.fieldText(Field::Year));
    return fields.join(QLatin1Char(' '));
}

// A cron read from OpenObserve becomes the friendliest frequency that runs at the same
// instants: hourly, daily, weekly, monthly, or else a classic cron with weekday names.
Schedule scheduleFromCron(const CronExpression &cron)
{
    Schedule s;
    const auto single = [&](Field f) {
        return cron.values(f).size() == 1;
    };
    const bool plainDays = cron.matchesEvery(Field::Month) && !cron.hasYear();
    const bool simpleTime = single(Field::Second) && single(Field::Minute);
    const QTime time(single(Field::Hour) ? cron.values(Field::Hour).first() : 0,
                     cron.values(Field::Minute).value(0), cron.values(Field::Second).value(0));
    const bool everyDom = cron.matchesEvery(Field::DayOfMonth);
    const bool everyDow = cron.matchesEvery(Field::DayOfWeek);
    if (plainDays && simpleTime && cron.fieldText(Field::Hour) == QLatin1String("*") && everyDom &&
        everyDow) {
        s.frequency = Frequency::Hourly;
        s.time = time;
        return s;
    }
    if (plainDays && simpleTime && single(Field::Hour) && everyDom) {
        s.frequency = everyDow ? Frequency::Daily : Frequency::Weekly;
        s.time = time;
        if (!everyDow)
            s.weekdays = qtWeekdays(cron);
        return s;
    }
    if (plainDays && simpleTime && single(Field::Hour) && everyDow && single(Field::DayOfMonth)) {
        s.frequency = Frequency::Monthly;
        s.time = time;
        s.dayOfMonth = cron.values(Field::DayOfMonth).first();
        return s;
    }
    s.frequency = Frequency::Cron;
    QStringList fields;
    if (cron.fieldText(Field::Second) != QLatin1String("0") || cron.hasYear())
        fields.append(cron.fieldText(Field::Second));
    fields << cron.fieldText(Field::Minute) << cron.fieldText(Field::Hour)
           << (everyDom ? QStringLiteral("*") : cron.fieldText(Field::DayOfMonth))
           << cron.fieldText(Field::Month)
           << (everyDow ? QStringLiteral("*") : cronWeekdays(qtWeekdays(cron)));
    if (cron.hasYear())
        fields.append(cron.fieldText(Field::Year));
    s.cron = fields.join(QLatin1Char(' '));
    return s;
}

// --- Kibana -------------------------------------------------------------------------------

QJsonArray intArray(std::initializer_list<int> values)
{
    QJsonArray a;
    for (const int v : values)
        a.append(v);
    return a;
}

QJsonArray rruleWeekdays(const QList<int> &days)
{
    QJsonArray a;
    for (const int d : days)
        a.append(QLatin1String(kRruleDays[d - 1]));
    return a;
}

std::optional<QList<int>> readIntList(const QJsonValue &v)
{
    QList<int> out;
    if (v.isUndefined() || v.isNull())
        return out;
    if (const auto single = integerValue(v)) { // a bare number instead of a one-item list [U]
        out.append(*single);
        return out;
    }
    if (!v.isArray())
        return std::nullopt;
    for (const QJsonValue &item : v.toArray()) {
        const auto n = integerValue(item);
        if (!n)
            return std::nullopt;
        out.append(*n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

// ================================ Grafana ================================================

Result<QJsonObject> toGrafana(const Schedule &s, const QDateTime &now)
{
    using R = Result<QJsonObject>;
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    const auto clock = ZoneClock::forId(s.timeZone);
    QString frequency;
    QString intervalFrequency;
    int intervalAmount = 0;
    QString dayOfMonth;
    bool workdays = false;
    QDateTime startDate;
    const QDateTime reference = s.start.isValid() ? s.start : now;
    const auto workdaysNotSupported = [&]() {
        return R::failure(tr("Grafana applies \"workdays only\" to hourly and daily schedules "
                             "only."));
    };
    switch (s.frequency) {
    case Frequency::Once:
        frequency = QStringLiteral("once");
        startDate = s.start;
        break;
    case Frequency::Hourly:
    case Frequency::Daily:
        frequency =
            s.frequency == Frequency::Hourly ? QStringLiteral("hourly") : QStringLiteral("daily");
        workdays = s.workdaysOnly;
        break;
    case Frequency::Weekly:
        if (const QList<int> days = effectiveWeekdays(s); days.size() != 1)
            return R::failure(tr("Grafana runs a weekly report on one weekday (the weekday of its "
                                 "start date); this schedule runs on %1 weekdays.")
                                  .arg(days.size()));
        frequency = QStringLiteral("weekly");
        break;
    case Frequency::Monthly:
        if (s.dayOfMonth > 28)
            return R::failure(tr("Grafana does not say what a monthly report on day %1 does in "
                                 "months without that day; choose a day up to 28 or \"last day "
                                 "of the month\".")
                                  .arg(s.dayOfMonth));
        if (s.workdaysOnly)
            return workdaysNotSupported();
        frequency = QStringLiteral("monthly");
        dayOfMonth = QString::number(s.dayOfMonth);
        break;
    case Frequency::LastDayOfMonth:
        if (s.workdaysOnly)
            return workdaysNotSupported();
        frequency = QStringLiteral("last");
        break;
    case Frequency::Interval:
        if (s.intervalUnit == Unit::Minutes)
            return R::failure(tr("Grafana cannot repeat every %1 minutes; its custom intervals "
                                 "count hours, days, weeks or months.")
                                  .arg(s.intervalAmount));
        if (s.intervalUnit == Unit::Months && reading(*clock, s.start).date.day() > 28)
            return R::failure(tr("Grafana does not say what an interval in months that starts on "
                                 "day %1 does in shorter months; start on a day up to 28.")
                                  .arg(reading(*clock, s.start).date.day()));
        if (s.workdaysOnly)
            return workdaysNotSupported();
        frequency = QStringLiteral("custom");
        intervalFrequency = intervalUnitForGrafana(s.intervalUnit);
        intervalAmount = s.intervalAmount;
        startDate = s.start;
        break;
    case Frequency::Cron:
        return R::failure(tr("Grafana cannot run on a cron expression; choose hourly, daily, "
                             "weekly, monthly or an interval."));
    }
    if (!startDate.isValid()) {
        startDate = firstUnshiftedRun(s, reference);
        if (!startDate.isValid())
            return R::failure(tr("This schedule has no run left to take Grafana's start date "
                                 "from."));
    }
    QJsonObject o;
    o.insert(QStringLiteral("startDate"), isoWithOffset(*clock, startDate));
    o.insert(QStringLiteral("endDate"),
             s.end.isValid() ? QJsonValue(isoWithOffset(*clock, s.end)) : QJsonValue());
    o.insert(QStringLiteral("frequency"), frequency);
    o.insert(QStringLiteral("intervalFrequency"), intervalFrequency);
    o.insert(QStringLiteral("intervalAmount"), intervalAmount);
    o.insert(QStringLiteral("workdaysOnly"), workdays);
    o.insert(QStringLiteral("dayOfMonth"), dayOfMonth);
    o.insert(QStringLiteral("timeZone"), s.timeZone);
    return o;
}

Result<Schedule> fromGrafana(const QJsonObject &o)
{
    using R = Result<Schedule>;
    Schedule s;
    const QString zone = o.value(QStringLiteral("timeZone")).toString();
    s.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone;
    const auto clock = ZoneClock::forId(s.timeZone);
    if (!clock)
        return R::failure(tr("The Grafana schedule's time zone \"%1\" is not one this system "
                             "knows.")
                              .arg(s.timeZone));
    const QString startText = o.value(QStringLiteral("startDate")).toString();
    const QDateTime startDate = parseInstant(startText, clock.get());
    if (!startDate.isValid())
        return R::failure(startText.isEmpty()
                              ? tr("The Grafana schedule has no startDate.")
                              : tr("The Grafana schedule's startDate \"%1\" is not an ISO-8601 "
                                   "date and time.")
                                    .arg(startText));
    s.start = startDate;
    const QJsonValue endValue = o.value(QStringLiteral("endDate"));
    if (endValue.isString() && !endValue.toString().isEmpty()) {
        s.end = parseInstant(endValue.toString(), clock.get());
        if (!s.end.isValid())
            return R::failure(tr("The Grafana schedule's endDate \"%1\" is not an ISO-8601 date "
                                 "and time.")
                                  .arg(endValue.toString()));
    }
    const Wall local = reading(*clock, startDate);
    const QString frequency = o.value(QStringLiteral("frequency")).toString().toLower();
    const bool workdays = o.value(QStringLiteral("workdaysOnly")).toBool();
    s.time = local.time;
    if (frequency == QLatin1String("once")) {
        s.frequency = Frequency::Once;
        s.time = QTime(0, 0);
    } else if (frequency == QLatin1String("hourly")) {
        s.frequency = Frequency::Hourly;
        s.time = QTime(0, local.time.minute(), local.time.second());
        s.workdaysOnly = workdays;
    } else if (frequency == QLatin1String("daily")) {
        s.frequency = Frequency::Daily;
        s.workdaysOnly = workdays;
    } else if (frequency == QLatin1String("weekly")) {
        s.frequency = Frequency::Weekly;
        s.weekdays = {local.date.dayOfWeek()};
    } else if (frequency == QLatin1String("monthly")) {
        const QJsonValue day = o.value(QStringLiteral("dayOfMonth"));
        if (day.toString().compare(QLatin1String("last"), Qt::CaseInsensitive) == 0) {
            s.frequency = Frequency::LastDayOfMonth; // [U] a plausible second form of "last"
        } else {
            s.frequency = Frequency::Monthly;
            const auto n = integerValue(day);
            s.dayOfMonth = n ? *n : local.date.day(); // empty: the start date's day
        }
    } else if (frequency == QLatin1String("last")) {
        s.frequency = Frequency::LastDayOfMonth;
    } else if (frequency == QLatin1String("custom")) {
        s.frequency = Frequency::Interval;
        s.time = QTime(0, 0);
        const QString unitText = o.value(QStringLiteral("intervalFrequency")).toString();
        const auto unit = unitFromLooseName(unitText);
        if (!unit)
            return R::failure(tr("The Grafana schedule's intervalFrequency \"%1\" is not one of "
                                 "hours, days, weeks, months.")
                                  .arg(unitText));
        s.intervalUnit = *unit;
        const auto amount = integerValue(o.value(QStringLiteral("intervalAmount")));
        s.intervalAmount = amount ? *amount : 0;
    } else {
        return R::failure(tr("The Grafana schedule's frequency \"%1\" is not one of once, hourly, "
                             "daily, weekly, monthly, last, custom.")
                              .arg(frequency));
    }
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    return s;
}

// ================================ OpenObserve ============================================

Result<QJsonObject> toOpenObserve(const Schedule &s, const QDateTime &now)
{
    using R = Result<QJsonObject>;
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    const auto clock = ZoneClock::forId(s.timeZone);
    if (s.end.isValid())
        return R::failure(tr("OpenObserve cannot stop a schedule at an end date."));
    if (s.workdaysOnly && s.frequency != Frequency::Weekly)
        return R::failure(tr("OpenObserve cannot run on workdays only; choose weekly on Monday to "
                             "Friday instead."));
    QString type = QStringLiteral("cron");
    int interval = 1;
    QString cron;
    const auto cronTime = [&](const QString &hour) {
        return QStringLiteral("%1 %2 %3")
            .arg(s.time.second())
            .arg(s.time.minute())
            .arg(hour.isEmpty() ? QString::number(s.time.hour()) : hour);
    };
    switch (s.frequency) {
    case Frequency::Once:
        type = QStringLiteral("once");
        break;
    case Frequency::Hourly:
        cron = cronTime(QStringLiteral("*")) + QStringLiteral(" * * *");
        break;
    case Frequency::Daily:
        cron = cronTime({}) + QStringLiteral(" * * *");
        break;
    case Frequency::Weekly:
        cron = cronTime({}) + QStringLiteral(" * * ") + cronWeekdays(effectiveWeekdays(s));
        break;
    case Frequency::Monthly:
        if (s.dayOfMonth > 28 && s.shortMonths == Schedule::ShortMonths::LastDay)
            return R::failure(tr("OpenObserve cannot fall back to the last day of months without "
                                 "a day %1 (its cron has no \"L\"); choose to skip those months.")
                                  .arg(s.dayOfMonth));
        cron = cronTime({}) + QStringLiteral(" %1 * *").arg(s.dayOfMonth);
        break;
    case Frequency::LastDayOfMonth:
        return R::failure(tr("OpenObserve cannot run on the last day of the month (its cron has "
                             "no \"L\"); choose a day of the month up to 28."));
    case Frequency::Interval:
        switch (s.intervalUnit) {
        case Unit::Minutes:
            return R::failure(tr("OpenObserve cannot repeat every %1 minutes; use a cron "
                                 "expression such as \"*/15 * * * *\" instead.")
                                  .arg(s.intervalAmount));
        case Unit::Hours:
            type = QStringLiteral("hours");
            break;
        case Unit::Days:
            type = QStringLiteral("days");
            break;
        case Unit::Weeks:
            type = QStringLiteral("weeks");
            break;
        case Unit::Months:
            if (reading(*clock, s.start).date.day() > 28)
                return R::failure(tr("OpenObserve does not say what an interval in months that "
                                     "starts on day %1 does in shorter months; start on a day "
                                     "up to 28.")
                                      .arg(reading(*clock, s.start).date.day()));
            type = QStringLiteral("months");
            break;
        }
        interval = s.intervalAmount;
        break;
    case Frequency::Cron: {
        const auto parsed = CronExpression::parse(s.cron);
        QString error;
        cron = openObserveCron(parsed.value(), &error);
        if (!error.isEmpty())
            return R::failure(error);
        break;
    }
    }
    const QDateTime offsetAt = s.start.isValid() ? s.start : now;
    QJsonObject frequency{{QStringLiteral("type"), type},
                          {QStringLiteral("interval"), interval},
                          {QStringLiteral("cron"), cron},
                          // align_time's meaning is not documented [U]; false keeps our start.
                          {QStringLiteral("align_time"), false}};
    QJsonObject o;
    o.insert(QStringLiteral("frequency"), frequency);
    o.insert(QStringLiteral("start"),
             s.start.isValid() ? double(s.start.toMSecsSinceEpoch()) * 1000.0 : 0.0);
    o.insert(QStringLiteral("timezone"), s.timeZone);
    o.insert(QStringLiteral("timezoneOffset"),
             offsetAt.isValid() ? clock->offsetAt(offsetAt.toSecsSinceEpoch()) / 60 : 0);
    return o;
}

Result<Schedule> fromOpenObserve(const QJsonObject &report)
{
    using R = Result<Schedule>;
    Schedule s;
    // Zone: the IANA id, else a fixed offset (minutes east of UTC), else UTC.
    const QString zone = report.value(QStringLiteral("timezone")).toString().trimmed();
    const int offsetMinutes = report.value(QStringLiteral("timezoneOffset")).toInt();
    if (!zone.isEmpty())
        s.timeZone = zone;
    else if (offsetMinutes != 0)
        s.timeZone = QStringLiteral("UTC%1%2:%3")
                         .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                         .arg(std::abs(offsetMinutes) / 60, 2, 10, QLatin1Char('0'))
                         .arg(std::abs(offsetMinutes) % 60, 2, 10, QLatin1Char('0'));
    const auto clock = ZoneClock::forId(s.timeZone);
    if (!clock)
        return R::failure(tr("The OpenObserve report's timezone \"%1\" is not one this system "
                             "knows.")
                              .arg(s.timeZone));
    const QJsonValue startValue = report.value(QStringLiteral("start"));
    const double startMicros = startValue.toDouble(0);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(startMicros / 1000.0)),
                                                           Qt::UTC); // microseconds [C]

    // Absent frequency: the server's default {interval 1, type weeks} [C OO-M].
    const QJsonObject frequency = report.value(QStringLiteral("frequency")).toObject();
    const QString type = frequency.value(QStringLiteral("type")).toString(QStringLiteral("weeks"));
    const int interval = std::max(1, frequency.value(QStringLiteral("interval")).toInt(1));
    if (type.compare(QLatin1String("once"), Qt::CaseInsensitive) == 0) {
        s.frequency = Frequency::Once;
        s.start = start;
    } else if (type.compare(QLatin1String("cron"), Qt::CaseInsensitive) == 0) {
        const QString text = frequency.value(QStringLiteral("cron")).toString();
        const auto parsed =
            CronExpression::parse(text, CronExpression::WeekdayNumbering::SundayIsOne);
        if (!parsed)
            return R::failure(
                tr("The OpenObserve cron \"%1\" is not valid: %2").arg(text, parsed.error()));
        if (!parsed->matchesEvery(Field::DayOfMonth) && !parsed->matchesEvery(Field::DayOfWeek))
            return R::failure(tr("The OpenObserve cron \"%1\" runs only on days that match both "
                                 "its day of month and its day of week; ReportDesk's cron runs "
                                 "when either matches and cannot express this.")
                                  .arg(text));
        const QString keptZone = s.timeZone;
        s = scheduleFromCron(parsed.value());
        s.timeZone = keptZone;
        if (startMicros > 0)
            s.start = start;
    } else {
        const auto unit = unitFromLooseName(type);
        if (!unit || *unit == Unit::Minutes)
            return R::failure(tr("The OpenObserve frequency type \"%1\" is not one of once, hours, "
                                 "days, weeks, months, cron.")
                                  .arg(type));
        s.frequency = Frequency::Interval;
        s.intervalUnit = *unit;
        s.intervalAmount = interval;
        s.start = start;
    }
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    return s;
}

// ================================ Kibana =================================================

Result<QJsonObject> toKibana(const Schedule &s)
{
    using R = Result<QJsonObject>;
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    const auto clock = ZoneClock::forId(s.timeZone);
    if (s.end.isValid())
        return R::failure(tr("Kibana cannot stop a schedule at an end date."));
    QJsonObject rrule;
    QTime time = s.time;
    if (s.frequency == Frequency::Interval)
        time = reading(*clock, s.start).time;
    if (time.second() != 0 && s.frequency != Frequency::Cron && s.frequency != Frequency::Once)
        return R::failure(tr("Kibana runs on whole minutes; remove the seconds from %1.")
                              .arg(time.toString(QStringLiteral("HH:mm:ss"))));
    const auto workdaysNotSupported = [&]() {
        return R::failure(tr("Kibana cannot limit this schedule to workdays; only daily and "
                             "weekly schedules can run on workdays only."));
    };
    int freq = Daily;
    int interval = 1;
    switch (s.frequency) {
    case Frequency::Once:
        return R::failure(tr("Kibana's scheduled reports repeat; it cannot run a report once."));
    case Frequency::Hourly:
        if (s.workdaysOnly)
            return R::failure(tr("Kibana cannot limit an hourly schedule to workdays (it allows "
                                 "no weekdays with hourly)."));
        freq = Hourly;
        rrule.insert(QStringLiteral("byminute"), intArray({time.minute()}));
        break;
    case Frequency::Daily:
        if (s.workdaysOnly) {
            freq = Weekly;
            rrule.insert(QStringLiteral("byweekday"), rruleWeekdays({1, 2, 3, 4, 5}));
        }
        rrule.insert(QStringLiteral("byhour"), intArray({time.hour()}));
        rrule.insert(QStringLiteral("byminute"), intArray({time.minute()}));
        break;
    case Frequency::Weekly:
        freq = Weekly;
        rrule.insert(QStringLiteral("byweekday"), rruleWeekdays(effectiveWeekdays(s)));
        rrule.insert(QStringLiteral("byhour"), intArray({time.hour()}));
        rrule.insert(QStringLiteral("byminute"), intArray({time.minute()}));
        break;
    case Frequency::Monthly:
        if (s.workdaysOnly)
            return workdaysNotSupported();
        if (s.dayOfMonth > 28 && s.shortMonths == Schedule::ShortMonths::LastDay)
            return R::failure(tr("Kibana cannot fall back to the last day of months without a "
                                 "day %1 (its bymonthday takes 1 to 31); choose to skip those "
                                 "months.")
                                  .arg(s.dayOfMonth));
        freq = Monthly;
        rrule.insert(QStringLiteral("bymonthday"), intArray({s.dayOfMonth}));
        rrule.insert(QStringLiteral("byhour"), intArray({time.hour()}));
        rrule.insert(QStringLiteral("byminute"), intArray({time.minute()}));
        break;
    case Frequency::LastDayOfMonth:
        return R::failure(tr("Kibana cannot run on the last day of the month (its bymonthday "
                             "takes 1 to 31)."));
    case Frequency::Interval: {
        if (s.workdaysOnly)
            return workdaysNotSupported();
        interval = s.intervalAmount;
        const Wall start = reading(*clock, s.start);
        switch (s.intervalUnit) {
        case Unit::Minutes:
            return R::failure(tr("Kibana cannot repeat every %1 minutes; its schedules repeat "
                                 "hourly at most.")
                                  .arg(s.intervalAmount));
        case Unit::Hours:
            freq = Hourly;
            break;
        case Unit::Days:
            freq = Daily;
            break;
        case Unit::Weeks:
            freq = Weekly;
            rrule.insert(QStringLiteral("byweekday"), rruleWeekdays({start.date.dayOfWeek()}));
            break;
        case Unit::Months:
            if (start.date.day() > 28 && s.shortMonths == Schedule::ShortMonths::LastDay)
                return R::failure(tr("Kibana cannot fall back to the last day of months without a "
                                     "day %1; choose to skip those months.")
                                      .arg(start.date.day()));
            freq = Monthly;
            rrule.insert(QStringLiteral("bymonthday"), intArray({start.date.day()}));
            break;
        }
        if (freq != Hourly)
            rrule.insert(QStringLiteral("byhour"), intArray({time.hour()}));
        rrule.insert(QStringLiteral("byminute"), intArray({time.minute()}));
        break;
    }
    case Frequency::Cron:
        return R::failure(
            tr("Kibana cannot run on a cron expression; choose hourly, daily, weekly, "
               "monthly or an interval."));
    }
    if (s.workdaysOnly && s.frequency == Frequency::Hourly)
        return workdaysNotSupported();
    rrule.insert(QStringLiteral("freq"), freq);
    rrule.insert(QStringLiteral("interval"), interval);
    rrule.insert(QStringLiteral("tzid"), s.timeZone);
    if (s.start.isValid())
        rrule.insert(QStringLiteral("dtstart"), s.start.toUTC().toString(Qt::ISODateWithMs));
    return QJsonObject{{QStringLiteral("rrule"), rrule}};
}

Result<Schedule> fromKibana(const QJsonObject &schedule)
{
    using R = Result<Schedule>;
    const QJsonObject rrule = schedule.contains(QStringLiteral("rrule"))
                                  ? schedule.value(QStringLiteral("rrule")).toObject()
                                  : schedule;
    Schedule s;
    const QString zone = rrule.value(QStringLiteral("tzid")).toString();
    s.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone; // rrule default [C KB-RR]
    const auto clock = ZoneClock::forId(s.timeZone);
    if (!clock)
        return R::failure(
            tr("The Kibana schedule's tzid \"%1\" is not one this system knows.").arg(s.timeZone));

    // freq: an rrule.js number, or its name [U].
    const QJsonValue freqValue = rrule.value(QStringLiteral("freq"));
    int freq = -1;
    if (const auto n = integerValue(freqValue); n && freqValue.isDouble()) {
        freq = *n;
    } else {
        static const char *const names[] = {"YEARLY", "MONTHLY",  "WEEKLY",  "DAILY",
                                            "HOURLY", "MINUTELY", "SECONDLY"};
        QString name = freqValue.toString().trimmed().toUpper();
        name.remove(QLatin1String("RRULE."));
        for (int i = 0; i < 7; ++i) {
            if (name == QLatin1String(names[i]))
                freq = i;
        }
    }
    if (freq < Monthly || freq > Minutely)
        return R::failure(tr("The Kibana schedule's freq %1 is not monthly, weekly, daily, hourly "
                             "or minutely.")
                              .arg(freqValue.isDouble() ? QString::number(freqValue.toDouble())
                                   : freqValue.isString()
                                       ? QLatin1Char('"') + freqValue.toString() + QLatin1Char('"')
                                       : tr("(missing)")));
    const auto interval = integerValue(rrule.value(QStringLiteral("interval")));
    const int every = interval ? *interval : 1;
    if (every < 1)
        return R::failure(
            tr("The Kibana schedule's interval must be at least 1; it is %1.").arg(every));

    const auto hours = readIntList(rrule.value(QStringLiteral("byhour")));
    const auto minutes = readIntList(rrule.value(QStringLiteral("byminute")));
    const auto monthDays = readIntList(rrule.value(QStringLiteral("bymonthday")));
    if (!hours || !minutes || !monthDays)
        return R::failure(tr("The Kibana schedule's byhour, byminute and bymonthday must be lists "
                             "of numbers."));
    QList<int> weekdays;
    const QJsonValue weekdayValue = rrule.value(QStringLiteral("byweekday"));
    for (const QJsonValue &d : weekdayValue.toArray()) {
        int day = 0;
        if (d.isDouble()) {
            day = d.toInt() + 1; // rrule.js weekday numbers: MO = 0 [U]
        } else {
            const QString text = d.toString().trimmed().toUpper();
            for (int k = 0; k < 7; ++k) {
                if (text == QLatin1String(kRruleDays[k]))
                    day = k + 1;
            }
            if (day == 0 && !text.isEmpty())
                return R::failure(tr("ReportDesk cannot express the Kibana weekday \"%1\" (a "
                                     "weekday counted within the month).")
                                      .arg(text));
        }
        if (day < 1 || day > 7)
            return R::failure(tr("The Kibana schedule's byweekday has an unknown day."));
        if (!weekdays.contains(day))
            weekdays.append(day);
    }
    std::sort(weekdays.begin(), weekdays.end());

    QDateTime dtstart;
    if (const QString text = rrule.value(QStringLiteral("dtstart")).toString(); !text.isEmpty()) {
        dtstart = parseInstant(text, clock.get());
        if (!dtstart.isValid())
            return R::failure(tr("The Kibana schedule's dtstart \"%1\" is not an ISO-8601 date "
                                 "and time.")
                                  .arg(text));
    }
    const std::optional<Wall> startWall =
        dtstart.isValid() ? std::optional<Wall>(reading(*clock, dtstart)) : std::nullopt;
    // rrule takes what BYxxx leaves open from dtstart.
    const auto orFromStart = [&](const QList<int> &values, int fromStart) {
        return values.isEmpty() && startWall ? QList<int>{fromStart} : values;
    };
    const QList<int> hourList = orFromStart(*hours, startWall ? startWall->time.hour() : 0);
    const QList<int> minuteList = orFromStart(*minutes, startWall ? startWall->time.minute() : 0);
    if ((freq != Hourly && freq != Minutely && hourList.isEmpty()) || minuteList.isEmpty())
        return R::failure(tr("The Kibana schedule names no hour or minute and has no dtstart to "
                             "take them from."));
    const bool oneTime = hourList.size() <= 1 && minuteList.size() == 1;
    const QTime time(hourList.value(0), minuteList.value(0));

    if (every > 1 || freq == Minutely) {
        if (!startWall)
            return R::failure(tr("A Kibana schedule that repeats every %1 periods needs a dtstart "
                                 "to count from.")
                                  .arg(every));
        if (!oneTime)
            return R::failure(tr("ReportDesk cannot express a Kibana interval schedule with "
                                 "several hours or minutes."));
        s.frequency = Frequency::Interval;
        s.intervalAmount = every;
        s.start = dtstart;
        QDateTime first;
        switch (freq) {
        case Minutely:
            s.intervalUnit = Unit::Minutes;
            first = dtstart;
            break;
        case Hourly: {
            s.intervalUnit = Unit::Hours;
            first = instantOf(*clock, startWall->date,
                              QTime(startWall->time.hour(), minuteList.first()));
            if (first < dtstart)
                first = first.addSecs(qint64(every) * 3600);
            break;
        }
        case Daily:
            s.intervalUnit = Unit::Days;
            first = instantOf(*clock, startWall->date, time);
            if (first < dtstart)
                first = instantOf(*clock, startWall->date.addDays(every), time);
            break;
        case Weekly: {
            s.intervalUnit = Unit::Weeks;
            if (weekdays.size() > 1)
                return R::failure(tr("ReportDesk cannot express a Kibana schedule every %1 weeks "
                                     "on several weekdays.")
                                      .arg(every));
            const int weekday = weekdays.isEmpty() ? startWall->date.dayOfWeek() : weekdays.first();
            const QDate monday = startWall->date.addDays(1 - startWall->date.dayOfWeek());
            first = instantOf(*clock, monday.addDays(weekday - 1), time);
            if (first < dtstart)
                first = instantOf(*clock, monday.addDays(weekday - 1 + 7 * every), time);
            break;
        }
        case Monthly: {
            s.intervalUnit = Unit::Months;
            if (monthDays->size() > 1 || !weekdays.isEmpty())
                return R::failure(tr("ReportDesk cannot express a Kibana schedule every %1 months "
                                     "on several days.")
                                      .arg(every));
            const int day = monthDays->isEmpty() ? startWall->date.day() : monthDays->first();
            const QDate firstOfMonth(startWall->date.year(), startWall->date.month(), 1);
            for (int k = 0; k < 48 && !first.isValid(); ++k) {
                const QDate month = firstOfMonth.addMonths(k * every);
                if (day > month.daysInMonth())
                    continue; // rrule skips months without the day
                const QDateTime candidate = instantOf(*clock, month.addDays(day - 1), time);
                if (candidate >= dtstart)
                    first = candidate;
            }
            break;
        }
        }
        if (!first.isValid())
            return R::failure(tr("The Kibana schedule never runs."));
        s.start = first;
    } else if (freq == Hourly) {
        if (!hours->isEmpty())
            return R::failure(tr("An hourly Kibana schedule takes only byminute."));
        if (minuteList.size() == 1) {
            s.frequency = Frequency::Hourly;
            s.time = QTime(0, minuteList.first());
        } else {
            s.frequency = Frequency::Cron;
            s.cron = QStringLiteral("%1 * * * *").arg(numberList(minuteList));
        }
        s.start = dtstart;
    } else {
        const bool restrictedDays = !monthDays->isEmpty();
        QList<int> days = weekdays;
        if (freq == Weekly && days.isEmpty()) {
            if (!startWall)
                return R::failure(tr("The weekly Kibana schedule names no weekday and has no "
                                     "dtstart to take it from."));
            days = {startWall->date.dayOfWeek()};
        }
        if (restrictedDays && !days.isEmpty())
            return R::failure(tr("The Kibana schedule runs on days that match both bymonthday and "
                                 "byweekday; ReportDesk's cron runs when either matches and "
                                 "cannot express this."));
        QList<int> monthDayList = *monthDays;
        if (freq == Monthly && monthDayList.isEmpty() && days.isEmpty()) {
            if (!startWall)
                return R::failure(tr("The monthly Kibana schedule names no day and has no dtstart "
                                     "to take it from."));
            monthDayList = {startWall->date.day()};
        }
        if (oneTime && monthDayList.size() <= 1) {
            if (monthDayList.size() == 1) {
                s.frequency = Frequency::Monthly;
                s.dayOfMonth = monthDayList.first();
            } else if (!days.isEmpty()) {
                s.frequency = Frequency::Weekly;
                s.weekdays = days;
            } else {
                s.frequency = Frequency::Daily;
            }
            s.time = time;
        } else {
            s.frequency = Frequency::Cron;
            s.cron =
                QStringLiteral("%1 %2 %3 * %4")
                    .arg(numberList(minuteList), numberList(hourList),
                         monthDayList.isEmpty() ? QStringLiteral("*") : numberList(monthDayList),
                         days.isEmpty() ? QStringLiteral("*") : cronWeekdays(days));
        }
        s.start = dtstart;
    }
    if (const QString problem = firstProblem(s); !problem.isEmpty())
        return R::failure(problem);
    return s;
}

} // namespace reportdesk::ScheduleMapping
