#include "Schedule.h"

#include "scheduling/CronExpression.h"
#include "scheduling/ScheduleCalculator.h"
#include "scheduling/ZoneClock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::Schedule", text);
}

QString trN(const char *text, int n)
{
    return QCoreApplication::translate("reportdesk::Schedule", text, nullptr, n);
}

constexpr const char *kWeekdayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
constexpr const char *kWeekdayNames[] = {
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Monday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Tuesday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Wednesday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Thursday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Friday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Saturday"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "Sunday"),
};
constexpr const char *kMonthNames[] = {
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "January"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "February"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "March"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "April"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "May"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "June"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "July"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "August"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "September"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "October"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "November"),
    QT_TRANSLATE_NOOP("reportdesk::Schedule", "December"),
};

const char *const kFrequencyNames[] = {"once",    "hourly",         "daily",    "weekly",
                                       "monthly", "lastDayOfMonth", "interval", "cron"};
const char *const kUnitNames[] = {"minutes", "hours", "days", "weeks", "months"};
const char *const kShortMonthNames[] = {"skip", "lastDay"};
const char *const kCatchUpNames[] = {"skip", "runOnce", "runEach"};

QString key(const char *field)
{
    return QStringLiteral("schedule.") + QLatin1String(field);
}

QTimeZone zoneOf(const Schedule &s)
{
    const auto clock = ZoneClock::forId(s.timeZone);
    return clock ? clock->zone() : QTimeZone::utc();
}

// An instant as ISO-8601 with the offset the schedule's zone has at that instant.
QString isoInZone(const QDateTime &t, const QTimeZone &zone)
{
    QDateTime local = t.toTimeZone(zone);
    // Qt prints a zone's QDateTime with its offset; a UTC one ends in Z.
    return local.toString(Qt::ISODate);
}

// Wall-clock text for the summary and messages: "2026-01-01 00:00".
QString wallText(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timeText(const QTime &t)
{
    return t.second() ? t.toString(QStringLiteral("HH:mm:ss"))
                      : t.toString(QStringLiteral("HH:mm"));
}

QString ordinal(int n)
{
    // English ordinals; other languages translate the pattern for each form.
    const int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return tr("%1th").arg(n);
    switch (n % 10) {
    case 1:
        return tr("%1st").arg(n);
    case 2:
        return tr("%1nd").arg(n);
    case 3:
        return tr("%1rd").arg(n);
    }
    return tr("%1th").arg(n);
}

QString joinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(tr(", ")), items.last());
}

QString monthsWithout(int day)
{
    QStringList months;
    for (int m = 1; m <= 12; ++m) {
        if (day > LocalTime::daysInMonth(2001, m)) // a common year
            months.append(tr(kMonthNames[m - 1]));
    }
    return joinedList(months);
}

// "HH:mm" or "HH:mm:ss"; invalid otherwise. By hand: QTime::fromString with a format goes
// through QDateTimeParser, which cost more than the rest of fromJson together.
QTime parseTime(QStringView text)
{
    if (text.size() != 5 && text.size() != 8)
        return {};
    const auto two = [&](qsizetype at) {
        const QChar a = text.at(at);
        const QChar b = text.at(at + 1);
        if (!a.isDigit() || !b.isDigit() || a.unicode() > '9' || b.unicode() > '9')
            return -1;
        return (a.unicode() - '0') * 10 + (b.unicode() - '0');
    };
    if (text.at(2) != QLatin1Char(':') || (text.size() == 8 && text.at(5) != QLatin1Char(':')))
        return {};
    const int h = two(0);
    const int m = two(3);
    const int sec = text.size() == 8 ? two(6) : 0;
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59)
        return {};
    return QTime(h, m, sec);
}

// Reads a schedule's fields with type checks; the first problem names its JSON path.
class Reader {
public:
    explicit Reader(const QJsonObject &o)
        : m_o(o)
    {}
    QString error;

    QJsonValue value(const char *field)
    {
        const QJsonValue v = m_o.value(QLatin1String(field));
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }
    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = tr("Field \"%1\": %2").arg(path, what);
    }
    QString string(const char *field, const QString &fallback = {})
    {
        const QJsonValue v = value(field);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            fail(key(field), tr("must be a string."));
            return fallback;
        }
        return v.toString();
    }
    int integer(const char *field, int fallback)
    {
        const QJsonValue v = value(field);
        if (v.isUndefined())
            return fallback;
        const double d = v.toDouble(0.5);
        if (!v.isDouble() || d != std::floor(d) || d < -1e9 || d > 1e9) {
            fail(key(field), tr("must be a whole number."));
            return fallback;
        }
        return int(d);
    }
    bool boolean(const char *field, bool fallback)
    {
        const QJsonValue v = value(field);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            fail(key(field), tr("must be true or false."));
            return fallback;
        }
        return v.toBool();
    }
    template <std::size_t N>
    int enumeration(const char *field, const char *const (&names)[N], int fallback)
    {
        const QJsonValue v = value(field);
        if (v.isUndefined())
            return fallback;
        const QString s = v.toString();
        for (std::size_t i = 0; i < N; ++i) {
            if (v.isString() && s == QLatin1String(names[i]))
                return int(i);
        }
        QStringList allowed;
        for (const char *n : names)
            allowed.append(QLatin1String(n));
        fail(key(field),
             tr("\"%1\" is not one of %2.")
                 .arg(v.isString() ? s : tr("this value"), allowed.join(QStringLiteral(", "))));
        return fallback;
    }

private:
    QJsonObject m_o;
};

QDateTime readInstant(Reader &rd, const char *field, const QString &zoneId)
{
    const QString text = rd.string(field);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        rd.fail(key(field), tr("\"%1\" is not an ISO-8601 date and time.").arg(text));
        return {};
    }
    if (t.timeSpec() == Qt::LocalTime) {
        // No offset: a wall-clock time in the schedule's zone, with the DST rules.
        const auto clock = ZoneClock::forId(zoneId);
        const qint64 reading = QDateTime(t.date(), t.time(), Qt::UTC).toSecsSinceEpoch();
        const qint64 utc = clock ? clock->fromLocal(reading).utc : reading;
        t = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).addMSecs(t.time().msec());
    }
    return t.toUTC();
}

} // namespace

QString Schedule::frequencyName(Frequency frequency)
{
    return QLatin1String(kFrequencyNames[int(frequency)]);
}

std::optional<Schedule::Frequency> Schedule::frequencyFromName(const QString &name)
{
    for (int i = 0; i < 8; ++i) {
        if (name == QLatin1String(kFrequencyNames[i]))
            return Frequency(i);
    }
    return std::nullopt;
}

QString Schedule::unitName(IntervalUnit unit)
{
    return QLatin1String(kUnitNames[int(unit)]);
}

std::optional<Schedule::IntervalUnit> Schedule::unitFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        if (name == QLatin1String(kUnitNames[i]))
            return IntervalUnit(i);
    }
    return std::nullopt;
}

QJsonObject Schedule::toJson() const
{
    const QTimeZone zone = zoneOf(*this);
    QJsonObject o;
    o.insert(QStringLiteral("frequency"), frequencyName(frequency));
    o.insert(QStringLiteral("timeZone"), timeZone);
    switch (frequency) {
    case Frequency::Hourly:
    case Frequency::Daily:
    case Frequency::LastDayOfMonth:
        o.insert(QStringLiteral("time"), timeText(time));
        break;
    case Frequency::Weekly: {
        o.insert(QStringLiteral("time"), timeText(time));
        QJsonArray days;
        QList<int> sorted = weekdays;
        std::sort(sorted.begin(), sorted.end());
        for (const int d : sorted)
            days.append(d >= 1 && d <= 7 ? QJsonValue(QLatin1String(kWeekdayKeys[d - 1]))
                                         : QJsonValue(d));
        o.insert(QStringLiteral("weekdays"), days);
        break;
    }
    case Frequency::Monthly:
        o.insert(QStringLiteral("time"), timeText(time));
        o.insert(QStringLiteral("dayOfMonth"), dayOfMonth);
        o.insert(QStringLiteral("shortMonths"), QLatin1String(kShortMonthNames[int(shortMonths)]));
        break;
    case Frequency::Interval:
        o.insert(QStringLiteral("intervalAmount"), intervalAmount);
        o.insert(QStringLiteral("intervalUnit"), unitName(intervalUnit));
        if (intervalUnit == IntervalUnit::Months)
            o.insert(QStringLiteral("shortMonths"),
                     QLatin1String(kShortMonthNames[int(shortMonths)]));
        break;
    case Frequency::Cron:
        o.insert(QStringLiteral("cron"), cron);
        break;
    case Frequency::Once:
        break;
    }
    if (start.isValid())
        o.insert(QStringLiteral("start"), isoInZone(start, zone));
    if (end.isValid())
        o.insert(QStringLiteral("end"), isoInZone(end, zone));
    if (workdaysOnly)
        o.insert(QStringLiteral("workdaysOnly"), true);
    QJsonObject catchUpObject{
        {QStringLiteral("policy"), QLatin1String(kCatchUpNames[int(catchUp.mode)])}};
    if (catchUp.mode == CatchUpPolicy::Mode::RunEach)
        catchUpObject.insert(QStringLiteral("limit"), catchUp.limit);
    o.insert(QStringLiteral("catchUp"), catchUpObject);
    return o;
}

Result<std::optional<Schedule>> Schedule::fromJson(const QJsonObject &json)
{
    using R = Result<std::optional<Schedule>>;
    if (json.isEmpty())
        return R(std::optional<Schedule>());
    Reader rd(json);
    Schedule s;
    const QString frequencyText = rd.string("frequency");
    if (frequencyText.isEmpty() && rd.error.isEmpty())
        rd.fail(key("frequency"), tr("required but missing."));
    if (rd.error.isEmpty()) {
        if (const auto f = frequencyFromName(frequencyText))
            s.frequency = *f;
        else
            rd.fail(key("frequency"),
                    tr("\"%1\" is not one of once, hourly, daily, weekly, monthly, "
                       "lastDayOfMonth, interval, cron.")
                        .arg(frequencyText));
    }
    s.timeZone = rd.string("timeZone", QStringLiteral("UTC"));
    const QString timeText = rd.string("time");
    if (!timeText.isEmpty()) {
        s.time = parseTime(timeText);
        if (!s.time.isValid())
            rd.fail(key("time"), tr("\"%1\" is not a time of day (HH:mm).").arg(timeText));
    }
    const QJsonValue days = rd.value("weekdays");
    if (!days.isUndefined()) {
        if (!days.isArray()) {
            rd.fail(key("weekdays"), tr("must be an array."));
        } else {
            const QJsonArray a = days.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                const QJsonValue d = a.at(i);
                int day = 0;
                for (int k = 0; k < 7; ++k) {
                    if (d.toString() == QLatin1String(kWeekdayKeys[k]))
                        day = k + 1;
                }
                if (d.isDouble() && d.toDouble() == std::floor(d.toDouble()))
                    day = d.toInt(); // range checked by validate()
                if (day == 0) {
                    rd.fail(QStringLiteral("schedule.weekdays[%1]").arg(i),
                            tr("must be one of mon, tue, wed, thu, fri, sat, sun."));
                    break;
                }
                if (!s.weekdays.contains(day))
                    s.weekdays.append(day);
            }
            std::sort(s.weekdays.begin(), s.weekdays.end());
        }
    }
    s.dayOfMonth = rd.integer("dayOfMonth", 1);
    s.shortMonths = ShortMonths(rd.enumeration("shortMonths", kShortMonthNames, 0));
    s.intervalAmount = rd.integer("intervalAmount", 1);
    s.intervalUnit = IntervalUnit(rd.enumeration("intervalUnit", kUnitNames, int(s.intervalUnit)));
    s.cron = rd.string("cron");
    s.start = readInstant(rd, "start", s.timeZone);
    s.end = readInstant(rd, "end", s.timeZone);
    s.workdaysOnly = rd.boolean("workdaysOnly", false);
    const QJsonValue catchUpValue = rd.value("catchUp");
    if (!catchUpValue.isUndefined()) {
        if (!catchUpValue.isObject()) {
            rd.fail(key("catchUp"), tr("must be an object."));
        } else {
            Reader inner(catchUpValue.toObject());
            s.catchUp.mode = CatchUpPolicy::Mode(inner.enumeration("policy", kCatchUpNames, 1));
            s.catchUp.limit = inner.integer("limit", 10);
            if (!inner.error.isEmpty() && rd.error.isEmpty())
                rd.error = inner.error.replace(QLatin1String("\"schedule."),
                                               QLatin1String("\"schedule.catchUp."));
        }
    }
    if (!rd.error.isEmpty())
        return R::failure(rd.error);
    return R(std::optional<Schedule>(std::move(s)));
}

FieldErrors Schedule::validate(const QDateTime &now) const
{
    FieldErrors errors;
    const auto clock = ZoneClock::forId(timeZone);
    if (!clock)
        errors.append({key("timeZone"),
                       timeZone.trimmed().isEmpty()
                           ? tr("Choose a time zone.")
                           : tr("\"%1\" is not a time zone this system knows; choose an IANA zone "
                                "such as Europe/Berlin.")
                                 .arg(timeZone)});
    const QTimeZone zone = clock ? clock->zone() : QTimeZone::utc();
    if (!time.isValid())
        errors.append({key("time"), tr("Choose a time of day.")});
    if (start.isValid() && end.isValid() && end < start)
        errors.append({key("end"), tr("The end (%1) is before the start (%2).")
                                       .arg(wallText(end, zone), wallText(start, zone))});
    switch (frequency) {
    case Frequency::Once:
        if (!start.isValid())
            errors.append({key("start"), tr("A one-off run needs a date and time.")});
        break;
    case Frequency::Weekly:
        if (weekdays.isEmpty())
            errors.append({key("weekdays"), tr("Choose at least one weekday.")});
        for (const int d : weekdays) {
            if (d < 1 || d > 7) {
                errors.append({key("weekdays"), tr("%1 is not a weekday (1 = Monday ... 7 = "
                                                   "Sunday).")
                                                    .arg(d)});
                break;
            }
        }
        break;
    case Frequency::Monthly:
        if (dayOfMonth < 1 || dayOfMonth > 31)
            errors.append(
                {key("dayOfMonth"),
                 tr("The day of the month must be between 1 and 31; it is %1.").arg(dayOfMonth)});
        break;
    case Frequency::Interval:
        if (intervalAmount < 1)
            errors.append({key("interval.amount"),
                           tr("The interval must be at least 1; it is %1.").arg(intervalAmount)});
        if (!start.isValid())
            errors.append(
                {key("start"), tr("An interval is counted from its start; choose a start date and "
                                  "time.")});
        break;
    case Frequency::Cron:
        if (const auto parsed = CronExpression::parse(cron); !parsed)
            errors.append({key("cron"), parsed.error()});
        break;
    case Frequency::Hourly:
    case Frequency::Daily:
    case Frequency::LastDayOfMonth:
        break;
    }
    if (catchUp.mode == CatchUpPolicy::Mode::RunEach && catchUp.limit < 1)
        errors.append({key("catchUp.limit"),
                       tr("Run at least 1 missed run, or choose to skip them; the limit is %1.")
                           .arg(catchUp.limit)});
    if (!errors.isEmpty())
        return errors;

    // Does it run (again)?
    const QDateTime from = now.isValid() ? now : QDateTime(QDate(1900, 1, 1), QTime(), Qt::UTC);
    if (ScheduleCalculator::next(*this, from).isValid())
        return errors;
    Schedule unbounded = *this;
    unbounded.end = QDateTime();
    if (frequency == Frequency::Once) {
        errors.append(
            {key("start"), tr("The one-off run at %1 has passed; this schedule will never "
                              "run again.")
                               .arg(wallText(start, zone))});
    } else if (const QDateTime wouldRun = ScheduleCalculator::next(unbounded, from);
               end.isValid() && wouldRun.isValid()) {
        errors.append(
            {key("end"), now.isValid()
                             ? tr("The schedule ends at %1, before its next run at %2; it will "
                                  "never run again.")
                                   .arg(wallText(end, zone), wallText(wouldRun, zone))
                             : tr("The schedule ends at %1, before its first run at %2; it would "
                                  "never run.")
                                   .arg(wallText(end, zone), wallText(wouldRun, zone))});
    } else {
        errors.append({QStringLiteral("schedule"),
                       tr("This schedule never runs: no date matches it (for example 30 February, "
                          "or only Saturdays and Sundays with \"workdays only\").")});
    }
    return errors;
}

FieldErrors Schedule::notes() const
{
    FieldErrors notes;
    const auto shortMonthNote = [&](int day, const QString &field) {
        if (day < 29 || day > 31)
            return;
        const QString months = day == 29 ? tr("February in common years") : monthsWithout(day);
        notes.append(
            {field, shortMonths == ShortMonths::Skip
                        ? tr("Months without a %1 are skipped: %2.").arg(ordinal(day), months)
                        : tr("In months without a %1 it runs on the last day of the "
                             "month: %2.")
                              .arg(ordinal(day), months)});
    };
    if (frequency == Frequency::Monthly)
        shortMonthNote(dayOfMonth, key("dayOfMonth"));
    if (frequency == Frequency::Interval && intervalUnit == IntervalUnit::Months && start.isValid())
        shortMonthNote(start.toTimeZone(zoneOf(*this)).date().day(), key("start"));
    if (frequency == Frequency::Weekly && workdaysOnly &&
        (weekdays.contains(6) || weekdays.contains(7)))
        notes.append({key("weekdays"),
                      tr("Saturday and Sunday are left out because the schedule runs on workdays "
                         "only.")});
    if (frequency == Frequency::Cron) {
        if (const auto parsed = CronExpression::parse(cron)) {
            using F = CronExpression::Field;
            if (!parsed->isWildcard(F::DayOfMonth) && !parsed->isWildcard(F::DayOfWeek))
                notes.append({key("cron"), tr("Day of month and day of week are both set: it "
                                              "runs on days that match either (classic cron).")});
        }
    }
    return notes;
}

QString Schedule::summary() const
{
    const QTimeZone zone = zoneOf(*this);
    const QString at = timeText(time);
    QString text;
    switch (frequency) {
    case Frequency::Once:
        text = start.isValid() ? tr("Once, on %1 at %2")
                                     .arg(start.toTimeZone(zone).date().toString(Qt::ISODate),
                                          timeText(start.toTimeZone(zone).time()))
                               : tr("Once (no date chosen)");
        break;
    case Frequency::Hourly: {
        const QString minute = time.second() ? time.toString(QStringLiteral(":mm:ss"))
                                             : time.toString(QStringLiteral(":mm"));
        text = workdaysOnly ? tr("Every hour at %1 on weekdays").arg(minute)
                            : tr("Every hour at %1").arg(minute);
        break;
    }
    case Frequency::Daily:
        text = workdaysOnly ? tr("Every weekday at %1").arg(at) : tr("Every day at %1").arg(at);
        break;
    case Frequency::Weekly: {
        QList<int> days;
        for (int d = 1; d <= 7; ++d) {
            if (weekdays.contains(d) && !(workdaysOnly && d >= 6))
                days.append(d);
        }
        if (days == QList<int>{1, 2, 3, 4, 5}) {
            text = tr("Every weekday at %1").arg(at);
        } else if (days.size() == 7) {
            text = tr("Every day at %1").arg(at);
        } else if (days.isEmpty()) {
            text = tr("Weekly at %1 (no weekday chosen)").arg(at);
        } else {
            QStringList names;
            for (const int d : days)
                names.append(tr(kWeekdayNames[d - 1]));
            text = tr("Every %1 at %2").arg(joinedList(names), at);
        }
        break;
    }
    case Frequency::Monthly:
        text = tr("On the %1 of each month at %2").arg(ordinal(dayOfMonth), at);
        break;
    case Frequency::LastDayOfMonth:
        text = tr("On the last day of each month at %1").arg(at);
        break;
    case Frequency::Interval: {
        const int n = intervalAmount;
        switch (intervalUnit) {
        case IntervalUnit::Minutes:
            text = n == 1 ? tr("Every minute") : trN("Every %n minutes", n);
            break;
        case IntervalUnit::Hours:
            text = n == 1 ? tr("Every hour") : trN("Every %n hours", n);
            break;
        case IntervalUnit::Days:
            text = n == 1 ? tr("Every day") : trN("Every %n days", n);
            break;
        case IntervalUnit::Weeks:
            text = n == 1 ? tr("Every week") : trN("Every %n weeks", n);
            break;
        case IntervalUnit::Months:
            text = n == 1 ? tr("Every month") : trN("Every %n months", n);
            break;
        }
        if (start.isValid())
            text = tr("%1 from %2").arg(text, wallText(start, zone));
        break;
    }
    case Frequency::Cron:
        text = tr("On the cron schedule \"%1\"").arg(cron.trimmed());
        break;
    }
    text = tr("%1, %2").arg(text, timeZone);
    if (frequency == Frequency::Monthly && dayOfMonth >= 29 && dayOfMonth <= 31)
        text = shortMonths == ShortMonths::Skip
                   ? tr("%1 (skips months without a %2)").arg(text, ordinal(dayOfMonth))
                   : tr("%1 (on the last day of shorter months)").arg(text);
    if (workdaysOnly && frequency != Frequency::Daily && frequency != Frequency::Hourly &&
        frequency != Frequency::Weekly)
        text = tr("%1, on weekdays only").arg(text);
    if (frequency != Frequency::Once && frequency != Frequency::Interval && start.isValid())
        text = tr("%1, from %2").arg(text, wallText(start, zone));
    if (end.isValid())
        text = tr("%1, until %2").arg(text, wallText(end, zone));
    return text;
}

} // namespace reportdesk
