#include "CellFormatter.h"

#include <QDateTime>
#include <QRegularExpression>

namespace reportdesk {

CellFormatter::CellFormatter(const ColumnFormat &column, const QLocale &locale)
    : m_pattern(column.format)
    , m_locale(locale)
{
    static const QRegularExpression number(QStringLiteral("^[#,]*0*(\\.(0+|#+))?$"));
    if (m_pattern.isEmpty())
        return;
    if (const auto match = number.match(m_pattern); match.hasMatch()) {
        m_kind = Kind::Number;
        m_decimals = int(match.captured(2).size());
        QLocale::NumberOptions options = m_locale.numberOptions();
        if (m_pattern.contains(QLatin1Char(',')))
            options &= ~QLocale::OmitGroupSeparator;
        else
            options |= QLocale::OmitGroupSeparator;
        m_locale.setNumberOptions(options);
    } else {
        m_kind = Kind::DateTime;
    }
}

bool CellFormatter::isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString CellFormatter::format(const QVariant &value) const
{
    if (value.isNull())
        return {};
    switch (m_kind) {
    case Kind::Plain:
        if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float)
            return m_locale.toString(value.toDouble(), 'g', 15);
        return value.toString();
    case Kind::Number: {
        bool ok = false;
        if (m_decimals == 0 && value.typeId() != QMetaType::Double) {
            const qlonglong whole = value.toLongLong(&ok);
            if (ok)
                return m_locale.toString(whole);
        }
        const double d = value.toDouble(&ok);
        return ok ? m_locale.toString(d, 'f', m_decimals) : value.toString();
    }
    case Kind::DateTime: {
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toString(m_pattern);
        if (value.typeId() == QMetaType::QDate)
            return value.toDate().toString(m_pattern);
        const QString text = value.toString();
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (dt.isValid())
            return dt.toString(m_pattern);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(m_pattern) : text;
    }
    }
    return value.toString();
}

} // namespace reportdesk
