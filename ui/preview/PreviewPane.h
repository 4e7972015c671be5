#pragma once

#include "domain/Report.h"
#include "rendering/RenderJob.h"
#include "rendering/ReportExporter.h"

#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace reportdesk {

class Catalog;
class PreviewMessage;
class PreviewOverlay;
class RenderController;

// Shows the PDF of a report as it is in the editor, unsaved edits included: rendered off the
// GUI thread by RenderController into a PDF file, which a QPdfView displays, so the preview is
// exactly the PDF. A toolbar pages and zooms; Print and Export act on the job behind the pages
// on screen (same run instant, same data), so what is printed or exported is what was seen.
//
// The pane decides when to render: at once for another report, about 700 ms after the last
// edit of the same one (an edit cancels the render under way), after branding or data source
// changes, and on Refresh. Nothing renders while the pane is hidden.
class PreviewPane : public QWidget {
    Q_OBJECT

public:
    enum class State {
        Empty,     // no report
        Invalid,   // the editor has errors: shows them instead of rendering
        Rendering, // waiting for a pause in editing, or rendering; older pages dimmed
        Ready,     // the pages on screen are the report as it is in the editor
        Failed,    // the renderer's message, with Retry
        Cancelled, // the user cancelled; older pages (if any) stay dimmed
    };
    Q_ENUM(State)

    // The questions the pane asks. The defaults show dialogs; tests replace them.
    struct Prompts {
        // Where to export to; an empty string when the user cancelled.
        std::function<QString(ExportFormat format, const QString &suggestedPath)> exportPath;
        // Sets up the printer (QPrintDialog); false when the user cancelled.
        std::function<bool(QPrinter *printer)> setUpPrinter;
    };

    explicit PreviewPane(Catalog *catalog, QWidget *parent = nullptr);
    ~PreviewPane() override;

    void setPrompts(const Prompts &prompts);
    Prompts prompts() const { return m_prompts; }

    // Options every render starts from (locale, variable overrides, a progress hook). An invalid
    // run instant means "now" at the moment each render is requested.
    void setRenderOptions(const RenderOptions &options);
    void setRefreshDelay(std::chrono::milliseconds delay);

    // The report to preview, as the editor has it. `problems` (non-empty) are the editor's
    // errors: shown instead of a render. `unsaved`: the pane says the pages show unsaved edits.
    void setReport(const Report &report, const QString &problems, bool unsaved);
    void clear(); // nothing to preview

    State state() const { return m_state; }
    QString stateText() const; // what the pane says about its state, for tests and a11y
    int pageCount() const;     // of the document on screen (0: none)
    int currentPage() const;   // 0-based
    QString pdfPath() const { return m_shownPdf; }
    RenderController *controller() const { return m_controller; }
    QPdfView *view() const { return m_view; }

    // For menus elsewhere (File): Print… and the three Export actions.
    QAction *printAction() const { return m_print; }
    QList<QAction *> exportActions() const { return {m_exportPdf, m_exportCsv, m_exportPng}; }
    QAction *refreshAction() const { return m_refresh; }

public slots:
    void refresh(); // renders now
    void cancelRender();
    void print();
    void exportAs(reportdesk::ExportFormat format);
    void goToPage(int page); // 0-based
    void zoomIn();
    void zoomOut();

signals:
    void stateChanged(reportdesk::PreviewPane::State state);
    void statusMessage(const QString &message); // for the window's status bar

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createWidgets();

    void scheduleRender(); // after the refresh delay
    void startRender();
    void setState(State state, const QString &detail = {});
    void updateStrip();
    void updateActions();
    void updatePageControls();
    void updateZoomCombo();

    void onStarted();
    void onProgress(int step, int steps);
    void onFinished(const QString &pdfPath, int pageCount);
    void onFailed(const QString &message);
    void onCancelled();

    void onOutputStarted(const QString &text, bool cancellable);
    void onOutputProgress(int step, int steps);
    void onOutputEnded(const QString &message);

    void applyZoom(int comboIndex);
    double effectiveZoom() const;
    void setZoomFactor(double factor);

    Catalog *m_catalog;
    Prompts m_prompts;
    RenderController *m_controller;
    RenderOptions m_baseOptions;
    QTimer m_debounce;

    // What to preview, and what is on screen.
    std::optional<Report> m_report; // as the editor has it
    QString m_problems;
    bool m_unsaved = false;
    std::optional<Report> m_requested; // the report of the render under way
    std::optional<RenderJob> m_requestedJob;
    std::optional<Report> m_shown; // the report of the pages on screen
    std::optional<RenderJob> m_shownJob;
    bool m_shownUnsaved = false;
    QString m_shownPdf;
    bool m_renderWhenShown = false;
    bool m_cancelling = false; // Cancel pressed, the render not stopped yet
    State m_state = State::Empty;
    QString m_detail; // the message of Failed and Invalid
    QString m_progressText;
    QString m_lastExportDir;

    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportPng = nullptr;

    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageCountLabel = nullptr;
    QComboBox *m_zoomCombo = nullptr;
    QToolButton *m_exportButton = nullptr;
    QWidget *m_strip = nullptr;
    QLabel *m_stripLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_stripRefreshButton = nullptr;
    QWidget *m_outputStrip = nullptr;
    QLabel *m_outputLabel = nullptr;
    QProgressBar *m_outputProgress = nullptr;
    QPushButton *m_outputCancel = nullptr;
    QStackedWidget *m_stack = nullptr;
    PreviewMessage *m_message = nullptr;
    QWidget *m_viewPage = nullptr;
    QPdfView *m_view = nullptr;
    PreviewOverlay *m_overlay = nullptr;
    QPdfDocument *m_document = nullptr;
};

} // namespace reportdesk
