#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QString>

namespace reportdesk {

// The document information a rendered PDF carries.
struct PdfInfo {
    QString title;
    QString author;
    QString creator;  // the application
    QString producer; // the PDF library
    QDateTime created;
};

// Qt 6.4's PDF engine writes Title, Creator, Producer and CreationDate but has no Author. These
// two helpers add it without touching the engine's output: an XMP packet with dc:creator (given
// to QPdfWriter::setDocumentXmpMetadata, carrying the PDF/A-1b identification when asked), and an
// incremental update appended after the engine's %%EOF that replaces the Info dictionary with one
// carrying the same values and dates as the XMP, as PDF/A requires.
namespace PdfMetadata {

QByteArray xmp(const PdfInfo &info, bool pdfA);

// The bytes to append to a finished PDF of `size` bytes whose last bytes are `tail` (at least
// the trailer and startxref). Empty, with `error` set, when the trailer cannot be read.
QByteArray infoUpdate(const QByteArray &tail, qint64 size, const PdfInfo &info, QString *error);

} // namespace PdfMetadata

// Passes writes through to another device, counting them and keeping the last few kilobytes:
// enough to append an incremental update to a PDF streamed straight into a QSaveFile.
class TailRecorder : public QIODevice {
public:
    explicit TailRecorder(QIODevice *target, qsizetype keep = 8192);
    bool isSequential() const override { return true; }
    qint64 written() const { return m_written; }
    const QByteArray &tail() const { return m_tail; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice *m_target;
    qsizetype m_keep;
    qint64 m_written = 0;
    QByteArray m_tail;
};

} // namespace reportdesk
