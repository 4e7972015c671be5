#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <array>
#include <bitset>
#include <optional>

namespace reportdesk {

// A parsed cron expression, evaluated on a zone's wall clock.
//
// Forms: 5 fields "minute hour day-of-month month day-of-week" (classic cron); 6 fields with
// seconds first (OpenObserve's form); 7 fields with seconds first and a trailing year
// 1970-2099 (also accepted by the `cron` crate OpenObserve validates with). Each field is a
// comma list of `*`, a number, a name, a range `a-b`, or a step `*/n`, `a-b/n`, `a/n` (from a
// to the field's end). Months take JAN-DEC, weekdays SUN-SAT (three letters or the full name,
// any case); weekday 0 and 7 are both Sunday. `?` means `*` in the two day fields. The
// macros @yearly @annually @monthly @weekly @daily @midnight @hourly are accepted. Quartz's
// L, W and # are not, and say so. Day of month and day of week combine as in Vixie cron:
// when both fields are restricted (neither starts with `*` or `?`) a day matches if either
// matches; otherwise both must.
//
// Time zones: next() reads the expression on the zone's wall clock with ReportDesk's DST
// rules. An expression whose hour field starts with `*` ("every hour", "*/2") is counted like
// an hourly schedule: it fires at every instant the clock shows a matching time, so in a
// repeated fall-back hour it fires in both passes and in a skipped spring-forward hour not at
// all. Any other expression names fixed hours and keeps wall-clock semantics: a matching time
// that does not exist runs at the first valid instant after the gap (several such times
// coalesce into one run), and a time that occurs twice runs once, at the first occurrence.
// (Vixie cron and cronie draw the same line between wildcard and fixed-time jobs.)
class CronExpression {
public:
    enum class Field { Second, Minute, Hour, DayOfMonth, Month, DayOfWeek, Year };
    // How numeric weekdays are read: classic cron counts 0-7 from Sunday (0 and 7 both
    // Sunday); the `cron` crate behind OpenObserve counts 1-7 with Sunday = 1 (as Quartz).
    enum class WeekdayNumbering { SundayIsZero, SundayIsOne };

    // Parses; a failure names the field and the bad token, e.g.
    // "minute field: 61 is out of range 0-59".
    static Result<CronExpression>
    parse(QStringView text, WeekdayNumbering numbering = WeekdayNumbering::SundayIsZero);

    // The expression as given, trimmed, with single spaces between fields.
    const QString &text() const { return m_text; }
    int fieldCount() const { return m_fieldCount; }
    bool hasSeconds() const { return m_fieldCount >= 6; }
    bool hasYear() const { return m_fieldCount == 7; }
    // The text of one field as written (for a 5-field expression, Second is "0"; without a
    // year field, Year is "*").
    QString fieldText(Field field) const { return m_fieldText[std::size_t(field)]; }
    // True when the field's text starts with `*` or `?` (the Vixie rule above).
    bool isWildcard(Field field) const;
    // True when the field matches every value of its range.
    bool matchesEvery(Field field) const;
    // The values the field matches, ascending; weekdays 0-6 from Sunday, years 1970-2099.
    QList<int> values(Field field) const;
    // True when the hour field starts with `*`: the expression is counted like hourly.
    bool countsEveryHour() const { return m_hourStar; }

    // True when the wall-clock reading matches (date, seconds since midnight).
    bool matches(int year, int month, int day, int secondOfDay) const;
    // The first wall-clock reading at or after localSecs that matches (see ZoneClock.h for
    // "local seconds") on a weekday in allowedWeekdays (bits 0-6 from Sunday; 0x3e is Monday to
    // Friday); nullopt when none follows within 400 years or before the year field ends. Steps
    // month by month, day by day mask, hour, minute and second: never second by second.
    std::optional<qint64> nextLocal(qint64 localSecs, quint8 allowedWeekdays = 0x7f) const;

    // The first instant strictly after `after` at which the expression fires on the wall
    // clock of `zone`, in UTC; invalid when it never fires again or the zone is invalid.
    QDateTime next(const QDateTime &after, const QTimeZone &zone) const;

    friend bool operator==(const CronExpression &a, const CronExpression &b)
    {
        return a.m_text == b.m_text;
    }

private:
    bool dayMatches(int year, int month, int day) const;
    // Bits 1-31: the days of that month that match, limited to allowedWeekdays.
    quint32 matchingDays(int year, int month, quint8 allowedWeekdays) const;

    QString m_text;
    std::array<QString, 7> m_fieldText;
    int m_fieldCount = 5;
    quint64 m_seconds = 1;
    quint64 m_minutes = 0;
    quint32 m_hours = 0;
    quint32 m_daysOfMonth = 0; // bits 1-31
    quint16 m_months = 0;      // bits 1-12
    quint8 m_weekdays = 0;     // bits 0-6, Sunday = 0
    std::bitset<130> m_years;  // 1970-2099
    bool m_yearRestricted = false;
    bool m_domStar = true;
    bool m_dowStar = true;
    bool m_hourStar = true;
};

} // namespace reportdesk
