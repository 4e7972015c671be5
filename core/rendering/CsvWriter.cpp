#include "CsvWriter.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>
#include <QTime>

#include <cmath>

namespace reportdesk {

namespace {

constexpr qsizetype kChunk = 64 * 1024;

QString number(double value)
{
    // The shortest text that reads back as the same double, without an exponent in the range
    // people read (a spreadsheet reads both forms).
    const double magnitude = std::abs(value);
    const bool plain = value == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}

QString isoDateTime(const QDateTime &value)
{
    return value.toString(value.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    m_buffer.reserve(kChunk + 4096);
}

QString CsvWriter::neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString CsvWriter::rawText(const QVariant &value, bool *isText)
{
    *isText = false;
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QString::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value.toDouble());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return isoDateTime(value.toDateTime());
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QTime: {
        const QTime t = value.toTime();
        return t.toString(t.msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs);
    }
    case QMetaType::QByteArray: {
        // A BLOB: its text when it is UTF-8, else hex in PostgreSQL's bytea form (\x0a1b...).
        const QByteArray bytes = value.toByteArray();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            *isText = true;
            return text;
        }
        return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex());
    }
    default:
        *isText = true;
        return value.toString();
    }
}

void CsvWriter::addValue(const QVariant &value)
{
    if (value.isNull()) {
        addField(QString(), false);
        return;
    }
    bool isText = false;
    const QString text = rawText(value, &isText);
    addField(isText ? neutralised(text) : text, isText);
}

void CsvWriter::addText(const QString &text)
{
    addField(neutralised(text), true);
}

void CsvWriter::addField(const QString &text, bool quoteEmpty)
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
    bool quote = quoteEmpty && text.isEmpty();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '"' || u == ',' || u == '\r' || u == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(text.toUtf8());
        return;
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    m_buffer.append('"');
    m_buffer.append(escaped.toUtf8());
    m_buffer.append('"');
}

bool CsvWriter::endRow()
{
    m_buffer.append("\r\n");
    m_rowStarted = false;
    if (m_buffer.size() >= kChunk)
        return flush();
    return !m_failed;
}

bool CsvWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace reportdesk
