#pragma once

#include "domain/Result.h"
#include "rendering/RenderJob.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariantMap>

class QPagedPaintDevice;

namespace reportdesk {

// Paints a report onto any QPagedPaintDevice: QPdfWriter for files, QPrinter for printing, the
// preview's device on screen. One painting path for all of them, so the preview is the PDF.
//
// A render is two passes over the same flow code: a layout pass that measures everything and
// counts pages (so "Page N of M" is right), then a paint pass. Table rows are streamed from a
// forward-only query in each pass and never held, so memory stays flat as rows grow; both
// passes read inside one transaction per data source, so they see the same rows.
// Not thread-bound: create and use it on any one thread (with a QGuiApplication alive).
class ReportRenderer {
public:
    explicit ReportRenderer(RenderJob job);

    // Resolves the time range and variables and checks that every variable and data source the
    // report uses is defined. Touches no file or database. render*() call it first.
    Status check();

    // Renders a PDF file atomically: on any failure nothing is left at `path` (an existing file
    // there stays as it was).
    Status renderPdf(const QString &path);

    // Sets the device's page layout from the report's page options, then lays out and paints.
    Status render(QPagedPaintDevice &device);

    int pageCount() const { return m_pageCount; } // after a successful render

    // The resolved period and the query bindings (:from, :to, :<variable>), valid after check().
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    const QVariantMap &bindings() const { return m_bindings; }

    // "${name}" -> value for every name in `values`; other text is left alone.
    static QString substitute(const QString &text, const QHash<QString, QString> &values);
    // The distinct ${name} references in order of first use.
    static QStringList textVariables(const QString &text);

private:
    friend class RenderPass;
    QString failure(const QString &message) const; // prefixes the report's name

    RenderJob m_job;
    bool m_checked = false;
    QDateTime m_runInstant;
    QDateTime m_from;
    QDateTime m_to;
    QVariantMap m_bindings;             // query parameters
    QHash<QString, QString> m_textVars; // ${name} values for text, incl. from/to for display
    int m_pageCount = 0;
};

} // namespace reportdesk
