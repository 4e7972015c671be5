#include "CronExpression.h"

#include "ZoneClock.h"

#include <QCoreApplication>

#include <bit>
#include <climits>

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::CronExpression", text);
}

using Field = CronExpression::Field;
using Values = std::bitset<130>; // bit i = the field's minimum + i

struct FieldSpec {
    int min;
    int max;
};

constexpr FieldSpec kSpecs[] = {
    {0, 59},      // second
    {0, 59},      // minute
    {0, 23},      // hour
    {1, 31},      // day of month
    {1, 12},      // month
    {0, 7},       // day of week (classic numbering; see parseField for Sunday = 1)
    {1970, 2099}, // year
};

QString fieldName(Field f)
{
    switch (f) {
    case Field::Second:
        return tr("second");
    case Field::Minute:
        return tr("minute");
    case Field::Hour:
        return tr("hour");
    case Field::DayOfMonth:
        return tr("day-of-month");
    case Field::Month:
        return tr("month");
    case Field::DayOfWeek:
        return tr("day-of-week");
    case Field::Year:
        return tr("year");
    }
    return {};
}

QString fieldError(Field f, const QString &detail)
{
    return tr("%1 field: %2").arg(fieldName(f), detail);
}

constexpr const char *kMonthNames[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                       "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
constexpr const char *kMonthLongNames[] = {"JANUARY",   "FEBRUARY", "MARCH",    "APRIL",
                                           "MAY",       "JUNE",     "JULY",     "AUGUST",
                                           "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};
constexpr const char *kDayNames[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
constexpr const char *kDayLongNames[] = {"SUNDAY",   "MONDAY", "TUESDAY", "WEDNESDAY",
                                         "THURSDAY", "FRIDAY", "SATURDAY"};

class FieldParser {
public:
    FieldParser(Field field, CronExpression::WeekdayNumbering numbering)
        : m_field(field)
    {
        m_min = kSpecs[int(field)].min;
        m_max = kSpecs[int(field)].max;
        if (field == Field::DayOfWeek && numbering == CronExpression::WeekdayNumbering::SundayIsOne)
            m_min = 1; // 1-7, Sunday = 1
    }

    // Parses a whole field into `out`; returns an error message or an empty string.
    QString parse(QStringView text, Values *out)
    {
        if (text.isEmpty())
            return fieldError(m_field, tr("the field is empty."));
        qsizetype begin = 0;
        while (begin <= text.size()) {
            qsizetype end = text.indexOf(QLatin1Char(','), begin);
            if (end < 0)
                end = text.size();
            const QStringView item = text.mid(begin, end - begin);
            if (item.isEmpty())
                return fieldError(m_field, tr("empty list item in \"%1\".").arg(text.toString()));
            if (QString e = parseItem(item, out); !e.isEmpty())
                return e;
            begin = end + 1;
        }
        return {};
    }

private:
    QString parseItem(QStringView item, Values *out)
    {
        QStringView base = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            base = item.left(slash);
            const QStringView stepText = item.mid(slash + 1);
            bool ok = false;
            step = number(stepText, &ok);
            const int span = m_max - m_min + 1;
            if (!ok)
                return fieldError(m_field, tr("step \"%1\" in \"%2\" is not a number.")
                                               .arg(stepText.toString(), item.toString()));
            if (step < 1 || step > span)
                return fieldError(m_field, tr("step %1 in \"%2\" is out of range 1-%3.")
                                               .arg(step)
                                               .arg(item.toString())
                                               .arg(span));
            if (base.isEmpty())
                return fieldError(m_field,
                                  tr("\"%1\" has no range before the step.").arg(item.toString()));
        }
        int low = 0;
        int high = 0;
        if (base == QLatin1String("*") || base == QLatin1String("?")) {
            if (base == QLatin1String("?") && m_field != Field::DayOfMonth &&
                m_field != Field::DayOfWeek)
                return fieldError(m_field, tr("\"?\" is only allowed in the day-of-month and "
                                              "day-of-week fields."));
            low = m_min;
            high = m_max;
            if (m_field == Field::DayOfWeek && m_min == 0)
                high = 6; // 7 is Sunday again
        } else {
            const qsizetype dash = base.indexOf(QLatin1Char('-'));
            if (dash > 0) {
                QString e;
                low = value(base.left(dash), &e);
                if (!e.isEmpty())
                    return e;
                high = value(base.mid(dash + 1), &e);
                if (!e.isEmpty())
                    return e;
                if (low > high)
                    return fieldError(m_field, tr("range \"%1\" runs backwards; write the smaller "
                                                  "value first.")
                                                   .arg(base.toString()));
            } else {
                QString e;
                low = value(base, &e);
                if (!e.isEmpty())
                    return e;
                // "a/n" runs from a to the field's end (Saturday for classic weekdays).
                const bool classicWeekday = m_field == Field::DayOfWeek && m_min == 0;
                high = slash >= 0 ? (classicWeekday ? 6 : m_max) : low;
            }
        }
        for (int v = low; v <= high; v += step)
            out->set(std::size_t(v - kSpecs[int(m_field)].min));
        return {};
    }

    static int number(QStringView text, bool *ok)
    {
        *ok = !text.isEmpty() && text.size() <= 9;
        int n = 0;
        for (const QChar c : text) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
                *ok = false;
                return 0;
            }
            n = n * 10 + (c.unicode() - '0');
        }
        return n;
    }

    static int nameIndex(QStringView token, const char *const *shortNames,
                         const char *const *longNames, int count)
    {
        for (int i = 0; i < count; ++i) {
            if (token.compare(QLatin1String(shortNames[i]), Qt::CaseInsensitive) == 0 ||
                token.compare(QLatin1String(longNames[i]), Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    }

    bool looksLikeQuartz(QStringView token) const
    {
        if (m_field != Field::DayOfMonth && m_field != Field::DayOfWeek)
            return false;
        if (token.contains(QLatin1Char('#')))
            return true;
        const QString upper = token.toString().toUpper();
        return upper == QLatin1String("L") || upper == QLatin1String("LW") ||
               ((upper.endsWith(QLatin1Char('L')) || upper.endsWith(QLatin1Char('W'))) &&
                upper.size() > 1 && upper.at(0).isDigit());
    }

    int value(QStringView token, QString *error)
    {
        bool ok = false;
        int v = number(token, &ok);
        if (!ok) {
            int index = -1;
            if (m_field == Field::Month) {
                index = nameIndex(token, kMonthNames, kMonthLongNames, 12);
                if (index >= 0)
                    return index + 1;
            } else if (m_field == Field::DayOfWeek) {
                index = nameIndex(token, kDayNames, kDayLongNames, 7);
                if (index >= 0)
                    return m_min == 0 ? index : index + 1;
            }
            if (looksLikeQuartz(token))
                *error = fieldError(
                    m_field,
                    tr("\"%1\": Quartz's L, W and # are not supported.").arg(token.toString()));
            else if (m_field == Field::Month)
                *error = fieldError(
                    m_field, tr("\"%1\" is not a month (1-12 or JAN-DEC).").arg(token.toString()));
            else if (m_field == Field::DayOfWeek)
                *error = fieldError(m_field,
                                    tr("\"%1\" is not a weekday (%2 or SUN-SAT).")
                                        .arg(token.toString(), m_min == 0 ? QStringLiteral("0-7")
                                                                          : QStringLiteral("1-7")));
            else
                *error = fieldError(m_field, tr("\"%1\" is not a number.").arg(token.toString()));
            return 0;
        }
        if (v < m_min || v > m_max) {
            *error = fieldError(
                m_field,
                tr("%1 is out of range %2-%3.").arg(token.toString()).arg(m_min).arg(m_max));
            return 0;
        }
        return v;
    }

    Field m_field;
    int m_min = 0;
    int m_max = 0;
};

template <typename Mask> Mask toMask(const Values &values, int count)
{
    Mask mask = 0;
    for (int i = 0; i < count; ++i) {
        if (values.test(std::size_t(i)))
            mask |= Mask(Mask(1) << i);
    }
    return mask;
}

// The lowest set bit at or above `from`, or -1.
int nextBit(quint64 mask, int from)
{
    if (from >= 64)
        return -1;
    const quint64 rest = mask >> from;
    return rest ? from + std::countr_zero(rest) : -1;
}

const QString &macroExpansion(QStringView macro, bool *known)
{
    static const QString yearly = QStringLiteral("0 0 1 1 *");
    static const QString monthly = QStringLiteral("0 0 1 * *");
    static const QString weekly = QStringLiteral("0 0 * * 0");
    static const QString daily = QStringLiteral("0 0 * * *");
    static const QString hourly = QStringLiteral("0 * * * *");
    static const QString none;
    *known = true;
    const auto is = [&](const char *name) {
        return macro.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    if (is("@yearly") || is("@annually"))
        return yearly;
    if (is("@monthly"))
        return monthly;
    if (is("@weekly"))
        return weekly;
    if (is("@daily") || is("@midnight"))
        return daily;
    if (is("@hourly"))
        return hourly;
    *known = false;
    return none;
}

} // namespace

Result<CronExpression> CronExpression::parse(QStringView text, WeekdayNumbering numbering)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<CronExpression>::failure(tr("The cron expression is empty."));

    CronExpression cron;
    QStringView body = trimmed;
    if (trimmed.startsWith(QLatin1Char('@'))) {
        bool known = false;
        const QString &expansion = macroExpansion(trimmed, &known);
        if (!known)
            return Result<CronExpression>::failure(
                tr("Unknown cron macro \"%1\"; use @yearly, @monthly, @weekly, @daily or "
                   "@hourly.")
                    .arg(trimmed.toString()));
        body = expansion;
        numbering = WeekdayNumbering::SundayIsZero;
    }

    QStringView parts[8];
    int count = 0;
    for (qsizetype i = 0; i < body.size();) {
        while (i < body.size() && body.at(i).isSpace())
            ++i;
        if (i >= body.size())
            break;
        qsizetype j = i;
        while (j < body.size() && !body.at(j).isSpace())
            ++j;
        if (count < 8)
            parts[count] = body.mid(i, j - i);
        ++count;
        i = j;
    }
    if (count < 5 || count > 7)
        return Result<CronExpression>::failure(
            tr("A cron expression has 5 fields (minute hour day-of-month month day-of-week), or "
               "6 or 7 with seconds first and an optional year last; \"%1\" has %2.")
                .arg(trimmed.toString())
                .arg(count));

    cron.m_fieldCount = count;
    const int offset = count == 5 ? 1 : 0; // a 5-field expression has no seconds
    static const QString zero = QStringLiteral("0");
    static const QString star = QStringLiteral("*");
    cron.m_fieldText[std::size_t(Field::Second)] = zero;
    cron.m_fieldText[std::size_t(Field::Year)] = star;
    QString normalized;
    for (int i = 0; i < count; ++i) {
        const Field field = Field(i + offset);
        cron.m_fieldText[std::size_t(field)] = parts[i].toString();
        if (i > 0)
            normalized += QLatin1Char(' ');
        normalized += parts[i];
    }
    cron.m_text = trimmed.startsWith(QLatin1Char('@')) ? trimmed.toString() : normalized;

    Values values[7];
    values[int(Field::Second)].set(0);
    values[int(Field::Year)].set(); // all years
    for (int i = 0; i < count; ++i) {
        const Field field = Field(i + offset);
        values[int(field)].reset();
        FieldParser parser(field, numbering);
        if (QString e = parser.parse(parts[i], &values[int(field)]); !e.isEmpty())
            return Result<CronExpression>::failure(e);
    }

    cron.m_seconds = toMask<quint64>(values[int(Field::Second)], 60);
    cron.m_minutes = toMask<quint64>(values[int(Field::Minute)], 60);
    cron.m_hours = toMask<quint32>(values[int(Field::Hour)], 24);
    cron.m_daysOfMonth = toMask<quint32>(values[int(Field::DayOfMonth)], 31) << 1;
    cron.m_months = quint16(toMask<quint16>(values[int(Field::Month)], 12) << 1);
    // Weekdays to bits 0-6 from Sunday, whichever numbering the text used.
    const Values &dow = values[int(Field::DayOfWeek)];
    quint8 weekdays = 0;
    for (int v = 0; v <= 7; ++v) {
        if (!dow.test(std::size_t(v)))
            continue;
        const int sundayBased = numbering == WeekdayNumbering::SundayIsOne ? v - 1 : v % 7;
        if (sundayBased >= 0)
            weekdays |= quint8(1u << sundayBased);
    }
    cron.m_weekdays = weekdays;
    cron.m_years = values[int(Field::Year)];
    cron.m_yearRestricted = !cron.m_years.all();

    const auto wildcard = [&](Field f) {
        const QString &t = cron.m_fieldText[std::size_t(f)];
        return t.startsWith(QLatin1Char('*')) || t.startsWith(QLatin1Char('?'));
    };
    cron.m_domStar = wildcard(Field::DayOfMonth);
    cron.m_dowStar = wildcard(Field::DayOfWeek);
    cron.m_hourStar = wildcard(Field::Hour);
    return cron;
}

bool CronExpression::isWildcard(Field field) const
{
    const QString &t = m_fieldText[std::size_t(field)];
    return t.startsWith(QLatin1Char('*')) || t.startsWith(QLatin1Char('?'));
}

bool CronExpression::matchesEvery(Field field) const
{
    switch (field) {
    case Field::Second:
    case Field::Minute:
        return (field == Field::Second ? m_seconds : m_minutes) == (quint64(1) << 60) - 1;
    case Field::Hour:
        return m_hours == (1u << 24) - 1;
    case Field::DayOfMonth:
        return m_daysOfMonth == 0xfffffffeu;
    case Field::Month:
        return m_months == 0x1ffe;
    case Field::DayOfWeek:
        return m_weekdays == 0x7f;
    case Field::Year:
        return !m_yearRestricted;
    }
    return false;
}

QList<int> CronExpression::values(Field field) const
{
    QList<int> out;
    const auto bits = [&out](quint64 mask, int from, int to) {
        for (int v = from; v <= to; ++v) {
            if (mask >> v & 1)
                out.append(v);
        }
    };
    switch (field) {
    case Field::Second:
        bits(m_seconds, 0, 59);
        break;
    case Field::Minute:
        bits(m_minutes, 0, 59);
        break;
    case Field::Hour:
        bits(m_hours, 0, 23);
        break;
    case Field::DayOfMonth:
        bits(m_daysOfMonth, 1, 31);
        break;
    case Field::Month:
        bits(m_months, 1, 12);
        break;
    case Field::DayOfWeek:
        bits(m_weekdays, 0, 6);
        break;
    case Field::Year:
        for (int i = 0; i < 130; ++i) {
            if (m_years.test(std::size_t(i)))
                out.append(1970 + i);
        }
        break;
    }
    return out;
}

bool CronExpression::dayMatches(int year, int month, int day) const
{
    const bool dom = m_daysOfMonth >> day & 1;
    const int weekday = LocalTime::dayOfWeek(LocalTime::daysFromCivil(year, month, day)) % 7;
    const bool dow = m_weekdays >> weekday & 1;
    if (m_domStar || m_dowStar)
        return dom && dow;
    return dom || dow;
}

bool CronExpression::matches(int year, int month, int day, int secondOfDay) const
{
    if (m_yearRestricted && (year < 1970 || year > 2099 || !m_years.test(std::size_t(year - 1970))))
        return false;
    return (m_months >> month & 1) && dayMatches(year, month, day) &&
           (m_hours >> (secondOfDay / 3600) & 1) && (m_minutes >> (secondOfDay / 60 % 60) & 1) &&
           (m_seconds >> (secondOfDay % 60) & 1);
}

namespace {
// Bits 1-31 set for the days of a month whose weekday is in `weekdays` (bits 0-6 from Sunday),
// for a month starting on `firstWeekday` (0 = Sunday) with `length` days.
quint32 daysOnWeekdays(quint8 weekdays, int firstWeekday, int length)
{
    // Day d (1-based) falls on (firstWeekday + d - 1) % 7: rotate the mask so bit k is day k+1,
    // then repeat it every 7 days.
    const quint64 rotated =
        ((quint64(weekdays) >> firstWeekday) | (quint64(weekdays) << (7 - firstWeekday))) & 0x7f;
    const quint64 repeated =
        rotated * (1 + (1ull << 7) + (1ull << 14) + (1ull << 21) + (1ull << 28));
    const quint64 inMonth = ((1ull << length) - 1) << 1;
    return quint32((repeated << 1) & inMonth);
}
} // namespace

quint32 CronExpression::matchingDays(int year, int month, quint8 allowedWeekdays) const
{
    const int length = LocalTime::daysInMonth(year, month);
    const int firstWeekday = LocalTime::dayOfWeek(LocalTime::daysFromCivil(year, month, 1)) % 7;
    const quint32 inMonth = quint32(((1ull << length) - 1) << 1);
    const quint32 dom = m_daysOfMonth & inMonth;
    const quint32 dow = daysOnWeekdays(m_weekdays, firstWeekday, length);
    const quint32 days = (m_domStar || m_dowStar) ? (dom & dow) : (dom | dow);
    return allowedWeekdays == 0x7f ? days
                                   : days & daysOnWeekdays(allowedWeekdays, firstWeekday, length);
}

std::optional<qint64> CronExpression::nextLocal(qint64 localSecs, quint8 allowedWeekdays) const
{
    using namespace LocalTime;
    qint64 at = localSecs;
    const int lastYear = std::min(split(localSecs).year + 400, m_yearRestricted ? 2099 : INT_MAX);
    // Each step jumps to the start of the next candidate month, day, hour, minute or second.
    for (int guard = 0; guard < 1000000; ++guard) {
        const qint64 days = floorDiv(at, kDay);
        const Civil c = civilFromDays(days);
        if (c.year > lastYear)
            return std::nullopt;
        if (m_yearRestricted) {
            if (c.year < 1970) {
                at = fromCivil(1970, 1, 1, 0);
                continue;
            }
            if (!m_years.test(std::size_t(c.year - 1970))) {
                int y = c.year + 1;
                while (y <= 2099 && !m_years.test(std::size_t(y - 1970)))
                    ++y;
                if (y > 2099)
                    return std::nullopt;
                at = fromCivil(y, 1, 1, 0);
                continue;
            }
        }
        if (!(m_months >> c.month & 1)) {
            const int m = nextBit(m_months, c.month + 1);
            at = m > 0 && m <= 12 ? fromCivil(c.year, m, 1, 0) : fromCivil(c.year + 1, 1, 1, 0);
            continue;
        }
        const int day = nextBit(matchingDays(c.year, c.month, allowedWeekdays), c.day);
        if (day < 0) {
            at = c.month == 12 ? fromCivil(c.year + 1, 1, 1, 0)
                               : fromCivil(c.year, c.month + 1, 1, 0);
            continue;
        }
        if (day != c.day) {
            at = fromCivil(c.year, c.month, day, 0);
            continue;
        }
        const int sod = int(at - days * kDay);
        const int hour = sod / 3600;
        const int h = nextBit(m_hours, hour);
        if (h < 0) {
            at = (days + 1) * kDay;
            continue;
        }
        if (h != hour) {
            at = days * kDay + h * 3600;
            continue;
        }
        const int minute = sod / 60 % 60;
        const int m = nextBit(m_minutes, minute);
        if (m < 0) {
            at = days * kDay + (hour + 1) * 3600;
            continue;
        }
        if (m != minute) {
            at = days * kDay + hour * 3600 + m * 60;
            continue;
        }
        const int second = sod % 60;
        const int s = nextBit(m_seconds, second);
        if (s < 0) {
            at = days * kDay + hour * 3600 + (minute + 1) * 60;
            continue;
        }
        return days * kDay + hour * 3600 + minute * 60 + s;
    }
    return std::nullopt;
}

QDateTime CronExpression::next(const QDateTime &after, const QTimeZone &zone) const
{
    const auto clock = ZoneClock::forId(QString::fromUtf8(zone.id()));
    if (!clock || !after.isValid())
        return {};
    const qint64 lower = LocalTime::floorDiv(after.toMSecsSinceEpoch(), 1000) + 1;
    const auto nextMatch = [this](qint64 local) {
        return nextLocal(local);
    };
    const std::optional<qint64> at = m_hourStar ? clock->firstClockMatch(lower, nextMatch)
                                                : clock->firstWallClockRun(lower, nextMatch);
    return at ? QDateTime::fromSecsSinceEpoch(*at, Qt::UTC) : QDateTime();
}

} // namespace reportdesk
