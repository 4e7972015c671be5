#pragma once

#include <QString>
#include <QStringList>

// Runs the command-line tools the tests check PDFs with (poppler's pdfinfo and pdftotext, qpdf),
// the way a reader of the PDF would look at it.
namespace reportdesk::test {

struct Tool {
    int exitCode = -1; // -1: did not start, crashed or took longer than two minutes
    QString out;
    QString err;
};

Tool runTool(const QString &program, const QStringList &args);

// One field of `pdfinfo` ("Title", "Pages", "Page size", ...), trimmed; empty when absent.
QString pdfInfo(const QString &pdf, const QString &key);
// `pdftotext -layout` of the whole document.
QString pdfText(const QString &pdf);
// The same, one entry per page (pdftotext ends every page with a form feed).
QStringList pdfPageTexts(const QString &pdf);

} // namespace reportdesk::test
