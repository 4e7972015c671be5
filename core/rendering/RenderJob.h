#pragma once

#include "domain/BrandingProfile.h"
#include "domain/DataSource.h"
#include "domain/Report.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUuid>

#include <atomic>
#include <functional>

namespace reportdesk {

class Catalog;

// How one render runs: the run instant, overrides from the CLI or the preview, and hooks for a
// caller on another thread. Everything is a value, so a job can be moved to a worker thread.
struct RenderOptions {
    QDateTime runInstant;              // invalid = now; fixes time ranges and the title block
    QHash<QString, QString> variables; // overrides of the report's variables (name -> value)
    QString from;                      // overrides the report's time range; empty = report's
    QString to;
    bool pdfA = false; // PDF/A-1b for archiving (QPdfWriter::setPdfVersion)
    QLocale locale;    // number formats ("#,##0" groups with its separator)
    // Called on the rendering thread after each section of each pass: step of steps.
    std::function<void(int step, int steps)> progress;
    // Checked between sections and every few hundred table rows; set from any thread.
    const std::atomic<bool> *cancel = nullptr;
};

// Everything a render needs, gathered on the catalog's thread beforehand: the renderer never
// touches the catalog or the keychain, so it runs unchanged on a worker thread.
struct RenderJob {
    Report report;
    BrandingProfile branding;
    QList<DataSource> dataSources;     // at least those the sections name
    QHash<QString, QString> passwords; // data source name -> password (from the SecretStore)
    RenderOptions options;

    // Gathers the report, its branding profile (the default one when it names none) and every
    // data source from the catalog, on the catalog's thread. Fails naming what is missing.
    // Passwords stay empty until the SecretStore exists (issue 5); the sample source needs none.
    static Result<RenderJob> fromCatalog(const Catalog &catalog, const QUuid &reportId,
                                         const RenderOptions &options = {});
};

} // namespace reportdesk
