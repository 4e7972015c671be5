#pragma once

#include "domain/Section.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace reportdesk {

// Turns one query value into the text a table cell shows, following the column's format:
// number patterns ("#,##0", "0.0", "#,##0.00") and date/time patterns ("yyyy-MM-dd HH:mm").
// An empty format shows the value as it is. Values that do not fit the pattern (text in a
// number column) are shown unchanged rather than dropped.
class CellFormatter {
public:
    CellFormatter(const ColumnFormat &column, const QLocale &locale);

    QString format(const QVariant &value) const;
    static bool isNumber(const QVariant &value);

private:
    enum class Kind { Plain, Number, DateTime };
    Kind m_kind = Kind::Plain;
    QString m_pattern;
    int m_decimals = 0;
    QLocale m_locale;
};

} // namespace reportdesk
