#pragma once

#include "domain/Result.h"
#include "rendering/RenderJob.h"

#include <QString>
#include <QStringList>

namespace reportdesk {

enum class ExportFormat { Pdf, Csv, Png };

struct ExportOptions {
    static constexpr int kMinDpi = 10;  // below this a page is a thumbnail of a thumbnail
    static constexpr int kMaxDpi = 600; // an A4 page at 600 dpi is 35 megapixels (140 MB)
    int dpi = 110;                      // PNG: pixels per inch of every page image
};

// What an export wrote.
struct ExportOutcome {
    QStringList files; // absolute paths, in order (pages, or table sections)
    int pages = 0;     // PDF and PNG: the page count
    qint64 rows = 0;   // CSV: data rows written over all files (header rows not counted)
};

// Writes a report as PDF, CSV or PNG files. Built on ReportRenderer, so every format uses the
// same resolved time range, variables and bound query parameters; runs on any one thread.
//
// File naming (`path` is what the user typed, e.g. --out in the CLI):
// - pdf: exactly `path`.
// - csv: one file per table section. A report with one table writes exactly `path`; with several,
//   files side by side: `<dir>/<stem>-<N>-<slug>.csv`, N the table's position (1-based) among the
//   table sections and slug its title in lower case ASCII. No table section is an error.
// - png: one image per page, `<dir>/<stem>-<page>.png`, page zero-padded to the width of the
//   page count (report-01.png ... report-12.png). Pixel size = page size in inches × dpi.
// `stem` is the file name without its last extension (`weekly.png` -> `weekly`). PNG pages are
// rasterised from the very PDF the pdf format writes (Qt Pdf, on white), so a PNG is exactly the
// PDF; each carries its dpi as the PNG's physical pixel size. CSV holds raw values: see
// CsvWriter.h for the dialect and the formula-injection rule.
// A pdf goes through QSaveFile; csv and png files through StagedFiles (temporary files beside the
// targets, renamed over them once every file is written): on failure no new file is left behind
// and existing files at those paths are unchanged.
class ReportExporter {
public:
    explicit ReportExporter(RenderJob job);

    Result<ExportOutcome> exportTo(ExportFormat format, const QString &path,
                                   const ExportOptions &options = {});

    static QString formatName(ExportFormat format);                        // "pdf", "csv", "png"
    static bool formatFromName(const QString &name, ExportFormat *format); // case-insensitive

private:
    Result<ExportOutcome> exportPdf(const QString &path);
    Result<ExportOutcome> exportCsv(const QString &path);
    Result<ExportOutcome> exportPng(const QString &path, const ExportOptions &options);
    QString failure(ExportFormat format, const QString &message) const;
    bool cancelled() const;

    RenderJob m_job;
};

} // namespace reportdesk
