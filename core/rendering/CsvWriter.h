#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

class QIODevice;

namespace reportdesk {

// Streams RFC 4180 CSV to a device: UTF-8 without a byte order mark, comma separated, CRLF after
// every record, a field quoted when it contains a quote, comma, CR or LF (quotes doubled).
// Database values are written raw, not as the PDF formats them: numbers in the C locale
// (shortest form that reads back to the same value), date-times ISO 8601, NULL as an empty
// unquoted field and empty text as "" so the two stay apart (PostgreSQL's COPY does the same).
// Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
// leading ' (OWASP's advice against CSV injection); values the database returns as numbers are
// never changed, so -5 stays a number.
// Rows are buffered in small chunks only, so memory stays flat however many rows pass through.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice &device);

    void addValue(const QVariant &value); // a database value, following the rules above
    void addText(const QString &text);    // text (neutralised against formulas, quoted as needed)
    bool endRow(); // ends the record; false when writing to the device failed
    bool flush();  // writes what is buffered; false when writing failed

    // The raw text of a database value; *isText says whether it is text (to be neutralised).
    static QString rawText(const QVariant &value, bool *isText);
    // `text` with a leading ' when it starts with a formula character.
    static QString neutralised(const QString &text);

private:
    void addField(const QString &text, bool quoteEmpty);

    QIODevice &m_device;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
};

} // namespace reportdesk
