#include "PreviewPane.h"

#include "RenderController.h"
#include "catalog/Catalog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMenu>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShowEvent>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcPreview, "reportdesk.ui.preview")

namespace {

constexpr int kFitWidth = -1;
constexpr int kFitPage = -2;
constexpr std::array<int, 6> kZoomSteps{50, 75, 100, 125, 150, 200}; // per cent
// QPdfWriter's resolution. The printer gets the same, so text measures the same and every line
// breaks where it does in the PDF.
constexpr int kPdfResolution = 1200;

// What decides the pages: the stored timestamps change on save, the pages do not.
Report renderable(Report report)
{
    report.created = {};
    report.updated = {};
    return report;
}

QIcon themedIcon(const char *name, const QWidget *widget,
                 std::optional<QStyle::StandardPixmap> fallback = std::nullopt)
{
    const QIcon themed = QIcon::fromTheme(QLatin1String(name));
    if (!themed.isNull() || !fallback)
        return themed;
    return widget->style()->standardIcon(*fallback);
}

QString fileSafe(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("report") : name;
}

} // namespace

// The dimming veil over pages that no longer match the editor, with a word about why. Mouse
// events pass through, so the old pages can still be scrolled.
class PreviewOverlay : public QWidget {
public:
    explicit PreviewOverlay(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setObjectName(QStringLiteral("previewOverlay"));
    }
    void setText(const QString &text)
    {
        m_text = text;
        update();
    }
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QColor veil = palette().color(QPalette::Window);
        veil.setAlpha(150);
        p.fillRect(rect(), veil);
        if (m_text.isEmpty())
            return;
        QFont font = p.font();
        font.setBold(true);
        p.setFont(font);
        const QFontMetrics fm(font);
        const QRect box = fm.boundingRect(m_text).adjusted(-14, -8, 14, 8);
        const QRect placed(QPoint((width() - box.width()) / 2, 24), box.size());
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(palette().color(QPalette::ToolTipBase));
        p.drawRoundedRect(QRectF(placed).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        p.setPen(palette().color(QPalette::ToolTipText));
        p.drawText(placed, Qt::AlignCenter, m_text);
    }

private:
    QString m_text;
};

// The pane's page for everything that is not pages: nothing selected, errors, a render that has
// not produced pages yet.
class PreviewMessage : public QWidget {
public:
    explicit PreviewMessage(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("previewMessage"));
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("previewMessageTitle"));
        m_title->setTextFormat(Qt::PlainText);
        m_title->setWordWrap(true);
        m_title->setAlignment(Qt::AlignHCenter);
        QFont bold = m_title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.15);
        m_title->setFont(bold);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("previewMessageText"));
        m_text->setTextFormat(Qt::PlainText);
        m_text->setWordWrap(true);
        m_text->setAlignment(Qt::AlignHCenter);
        m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_button = new QPushButton(this);
        m_button->setObjectName(QStringLiteral("previewRetryButton"));

        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(24, 48, 24, 24);
        layout->setSpacing(10);
        layout->addWidget(m_title);
        layout->addWidget(m_text);
        layout->addSpacing(6);
        layout->addWidget(m_button, 0, Qt::AlignHCenter);
        layout->addStretch(1);
    }

    void setContent(const QString &title, const QString &text, bool error,
                    const QString &buttonText = {})
    {
        m_title->setText(title);
        m_text->setText(text);
        m_text->setVisible(!text.isEmpty());
        m_text->setForegroundRole(error ? QPalette::Text : QPalette::PlaceholderText);
        m_title->setForegroundRole(error ? QPalette::Text : QPalette::PlaceholderText);
        m_button->setText(buttonText);
        m_button->setVisible(!buttonText.isEmpty());
        setAccessibleDescription(text.isEmpty() ? title : title + QLatin1Char('\n') + text);
    }
    QString text() const
    {
        return m_text->text().isEmpty() ? m_title->text()
                                        : m_title->text() + QLatin1Char('\n') + m_text->text();
    }
    QPushButton *button() const { return m_button; }

private:
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_button;
};

PreviewPane::PreviewPane(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_controller(new RenderController(this))
{
    setObjectName(QStringLiteral("previewPane"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(700));
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::startRender);

    m_prompts.exportPath = [this](ExportFormat format, const QString &suggested) {
        QString title;
        QString filter;
        switch (format) {
        case ExportFormat::Pdf:
            title = tr("Export PDF");
            filter = tr("PDF documents (*.pdf)");
            break;
        case ExportFormat::Csv:
            title = tr("Export CSV");
            filter = tr("CSV files (*.csv)");
            break;
        case ExportFormat::Png:
            title = tr("Export PNG Images");
            filter = tr("PNG images (*.png)");
            break;
        }
        return QFileDialog::getSaveFileName(this, title, suggested, filter);
    };
    m_prompts.setUpPrinter = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, this);
        dialog.setWindowTitle(tr("Print “%1”").arg(printer->docName()));
        // The report decides page size, orientation and margins, and every page is printed:
        // the printout is the PDF, so the dialog offers no page range or page setup.
        dialog.setOptions(QAbstractPrintDialog::PrintToFile |
                          QAbstractPrintDialog::PrintCollateCopies);
        return dialog.exec() == QDialog::Accepted;
    };

    m_document = new QPdfDocument(this);
    createActions();
    createWidgets();

    connect(m_controller, &RenderController::started, this, &PreviewPane::onStarted);
    connect(m_controller, &RenderController::progress, this, &PreviewPane::onProgress);
    connect(m_controller, &RenderController::finished, this, &PreviewPane::onFinished);
    connect(m_controller, &RenderController::failed, this, &PreviewPane::onFailed);
    connect(m_controller, &RenderController::cancelled, this, &PreviewPane::onCancelled);
    connect(m_controller, &RenderController::outputProgress, this, &PreviewPane::onOutputProgress);
    connect(m_controller, &RenderController::exported, this, [this](const ExportOutcome &out) {
        const QString first = QDir::toNativeSeparators(out.files.value(0));
        QString message;
        if (out.files.size() == 1)
            message = tr("Exported %1").arg(first);
        else
            message = tr("Exported %n files to %1: %2 … %3", nullptr, int(out.files.size()))
                          .arg(QDir::toNativeSeparators(QFileInfo(first).absolutePath()),
                               QFileInfo(first).fileName(),
                               QFileInfo(out.files.value(out.files.size() - 1)).fileName());
        onOutputEnded(message);
    });
    connect(m_controller, &RenderController::printed, this, [this](int pages) {
        onOutputEnded(tr("Printed %n page(s) of “%1”", nullptr, pages)
                          .arg(m_shownJob ? m_shownJob->report.displayTitle() : QString()));
    });
    connect(m_controller, &RenderController::outputFailed, this,
            [this](const QString &message) { onOutputEnded(message); });
    connect(m_controller, &RenderController::outputCancelled, this,
            [this] { onOutputEnded(tr("Cancelled.")); });

    // The pages depend on the branding profile and the data sources too.
    auto catalogChanged = [this] {
        if (m_report && m_problems.isEmpty()) {
            m_shown.reset(); // still on screen (m_shownPdf), but no longer current
            scheduleRender();
        }
    };
    connect(m_catalog, &Catalog::brandingChanged, this, catalogChanged);
    connect(m_catalog, &Catalog::dataSourcesChanged, this, catalogChanged);

    setState(State::Empty);
}

PreviewPane::~PreviewPane() = default;

void PreviewPane::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

void PreviewPane::setRenderOptions(const RenderOptions &options)
{
    m_baseOptions = options;
}

void PreviewPane::setRefreshDelay(std::chrono::milliseconds delay)
{
    m_debounce.setInterval(delay);
}

// ------------------------------------------------------------------------------ construction

void PreviewPane::createActions()
{
    auto make = [this](const char *name, const QString &text, const QString &iconText,
                       const QIcon &icon, const QKeySequence &shortcut, const QString &tip,
                       Qt::ShortcutContext context) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        action->setIconText(iconText);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        } else {
            action->setToolTip(tip);
        }
        action->setStatusTip(tip);
        action->setShortcutContext(context);
        addAction(action);
        return action;
    };
    const auto inPane = Qt::WidgetWithChildrenShortcut; // page and zoom keys: the pane's own
    const auto inWindow = Qt::WindowShortcut;

    m_previousPage = make("actionPreviousPage", tr("&Previous Page"), tr("Previous"),
                          themedIcon("go-up", this, QStyle::SP_ArrowUp),
                          QKeySequence(Qt::CTRL | Qt::Key_PageUp), tr("Previous page"), inPane);
    m_nextPage = make("actionNextPage", tr("&Next Page"), tr("Next"),
                      themedIcon("go-down", this, QStyle::SP_ArrowDown),
                      QKeySequence(Qt::CTRL | Qt::Key_PageDown), tr("Next page"), inPane);
    m_zoomOut = make("actionZoomOut", tr("Zoom &Out"), QStringLiteral("−"),
                     themedIcon("zoom-out", this), QKeySequence::ZoomOut, tr("Zoom out"), inPane);
    m_zoomIn = make("actionZoomIn", tr("Zoom &In"), QStringLiteral("+"),
                    themedIcon("zoom-in", this), QKeySequence::ZoomIn, tr("Zoom in"), inPane);
    m_refresh = make("actionPreviewRefresh", tr("&Refresh Preview"), tr("Refresh"),
                     themedIcon("view-refresh", this, QStyle::SP_BrowserReload),
                     QKeySequence(Qt::Key_F5), tr("Render the preview again"), inWindow);
    m_print = make("actionPrint", tr("&Print…"), tr("Print…"), themedIcon("document-print", this),
                   QKeySequence::Print, tr("Print the report as previewed"), inWindow);
    m_exportPdf = make("actionExportPdf", tr("Export &PDF…"), tr("PDF…"), QIcon(), {},
                       tr("Save the previewed report as a PDF file"), inWindow);
    m_exportCsv = make("actionExportCsv", tr("Export &CSV…"), tr("CSV…"), QIcon(), {},
                       tr("Save the rows of the report's tables as CSV files"), inWindow);
    m_exportPng = make("actionExportPng", tr("Export P&NG…"), tr("PNG…"), QIcon(), {},
                       tr("Save every page of the report as a PNG image"), inWindow);

    connect(m_previousPage, &QAction::triggered, this, [this] { goToPage(currentPage() - 1); });
    connect(m_nextPage, &QAction::triggered, this, [this] { goToPage(currentPage() + 1); });
    connect(m_zoomIn, &QAction::triggered, this, &PreviewPane::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &PreviewPane::zoomOut);
    connect(m_refresh, &QAction::triggered, this, &PreviewPane::refresh);
    connect(m_print, &QAction::triggered, this, &PreviewPane::print);
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportAs(ExportFormat::Pdf); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportAs(ExportFormat::Csv); });
    connect(m_exportPng, &QAction::triggered, this, [this] { exportAs(ExportFormat::Png); });
}

void PreviewPane::createWidgets()
{
    auto toolButton = [this](QAction *action, Qt::ToolButtonStyle style) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
        button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly : style);
        button->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')));
        return button;
    };

    // Tool row: pages | zoom | refresh, print, export.
    m_pageSpin = new QSpinBox(this);
    m_pageSpin->setObjectName(QStringLiteral("previewPageSpin"));
    m_pageSpin->setRange(0, 9999);
    m_pageSpin->setMinimumWidth(m_pageSpin->sizeHint().width()); // no jumping as counts change
    m_pageSpin->setRange(0, 0);
    m_pageSpin->setKeyboardTracking(false);
    m_pageSpin->setAlignment(Qt::AlignRight);
    m_pageSpin->setAccessibleName(tr("Page"));
    m_pageSpin->setToolTip(tr("The page shown; type a number to go there"));
    m_pageCountLabel = new QLabel(this);
    m_pageCountLabel->setObjectName(QStringLiteral("previewPageCount"));
    m_pageCountLabel->setTextFormat(Qt::PlainText);

    m_zoomCombo = new QComboBox(this);
    m_zoomCombo->setObjectName(QStringLiteral("previewZoomCombo"));
    m_zoomCombo->setAccessibleName(tr("Zoom"));
    m_zoomCombo->setToolTip(tr("Zoom: fit the page's width or the whole page, or a fixed size"));
    m_zoomCombo->addItem(tr("Fit width"), kFitWidth);
    m_zoomCombo->addItem(tr("Fit page"), kFitPage);
    for (int percent : kZoomSteps)
        m_zoomCombo->addItem(tr("%1 %").arg(percent), percent);
    m_zoomCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *exportButton = m_exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("previewExportButton"));
    exportButton->setText(tr("Export"));
    exportButton->setIcon(themedIcon("document-save-as", this));
    exportButton->setToolButtonStyle(exportButton->icon().isNull() ? Qt::ToolButtonTextOnly
                                                                   : Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    exportButton->setFocusPolicy(Qt::TabFocus);
    exportButton->setToolTip(tr("Save the previewed report as PDF, CSV or PNG"));
    exportButton->setAccessibleName(tr("Export"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addActions(exportActions());
    exportButton->setMenu(exportMenu);

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->setSpacing(2);
    tools->addWidget(toolButton(m_previousPage, Qt::ToolButtonIconOnly));
    tools->addWidget(toolButton(m_nextPage, Qt::ToolButtonIconOnly));
    tools->addSpacing(4);
    tools->addWidget(m_pageSpin);
    tools->addSpacing(4);
    tools->addWidget(m_pageCountLabel);
    tools->addSpacing(12);
    tools->addWidget(toolButton(m_zoomOut, Qt::ToolButtonIconOnly));
    tools->addWidget(m_zoomCombo);
    tools->addWidget(toolButton(m_zoomIn, Qt::ToolButtonIconOnly));
    tools->addStretch(1);
    tools->addWidget(toolButton(m_refresh, Qt::ToolButtonIconOnly));
    tools->addWidget(toolButton(m_print, Qt::ToolButtonTextBesideIcon));
    tools->addWidget(exportButton);

    // Strip: what the pages are (unsaved edits, out of date), render progress and Cancel.
    m_strip = new QWidget(this);
    m_strip->setObjectName(QStringLiteral("previewStrip"));
    m_stripLabel = new QLabel(m_strip);
    m_stripLabel->setObjectName(QStringLiteral("previewStripLabel"));
    m_stripLabel->setTextFormat(Qt::PlainText);
    // One line that never widens the pane: a long text is cut (the tool tip has all of it).
    m_stripLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(m_strip);
    m_progress->setObjectName(QStringLiteral("previewProgress"));
    m_progress->setAccessibleName(tr("Rendering progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setMinimumWidth(140);
    m_cancelButton = new QPushButton(tr("Cancel"), m_strip);
    m_cancelButton->setObjectName(QStringLiteral("previewCancelButton"));
    m_cancelButton->setToolTip(tr("Stop rendering; the pages shown stay as they are"));
    m_stripRefreshButton = new QPushButton(tr("Render Again"), m_strip);
    m_stripRefreshButton->setObjectName(QStringLiteral("previewStripRefreshButton"));
    auto *strip = new QHBoxLayout(m_strip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(8);
    strip->addWidget(m_stripLabel, 1);
    strip->addWidget(m_progress);
    strip->addWidget(m_cancelButton);
    strip->addWidget(m_stripRefreshButton);
    // The strip keeps its height whatever it shows: the pages below must not move, since every
    // size change makes QPdfView render the visible pages again.
    m_strip->setFixedHeight(
        std::max({m_cancelButton->sizeHint().height(), m_progress->sizeHint().height(),
                  m_stripLabel->sizeHint().height()}));

    // Output strip: export or print under way, then what it wrote.
    m_outputStrip = new QWidget(this);
    m_outputStrip->setObjectName(QStringLiteral("previewOutputStrip"));
    m_outputLabel = new QLabel(m_outputStrip);
    m_outputLabel->setObjectName(QStringLiteral("previewOutputLabel"));
    m_outputLabel->setTextFormat(Qt::PlainText);
    m_outputLabel->setWordWrap(true);
    m_outputLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outputProgress = new QProgressBar(m_outputStrip);
    m_outputProgress->setObjectName(QStringLiteral("previewOutputProgress"));
    m_outputProgress->setAccessibleName(tr("Export progress"));
    m_outputProgress->setMaximumWidth(220);
    m_outputProgress->setMinimumWidth(140);
    m_outputCancel = new QPushButton(tr("Cancel"), m_outputStrip);
    m_outputCancel->setObjectName(QStringLiteral("previewOutputCancelButton"));
    m_outputCancel->setToolTip(tr("Stop the export; no file is left half written"));
    auto *outputStrip = new QHBoxLayout(m_outputStrip);
    outputStrip->setContentsMargins(0, 0, 0, 0);
    outputStrip->setSpacing(8);
    outputStrip->addWidget(m_outputLabel, 1);
    outputStrip->addWidget(m_outputProgress);
    outputStrip->addWidget(m_outputCancel);
    m_outputStrip->hide();

    // Pages, or a message.
    m_view = new QPdfView(this);
    m_view->setObjectName(QStringLiteral("previewView"));
    m_view->setAccessibleName(tr("Report preview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocumentMargins(QMargins(12, 12, 12, 12));
    m_view->setPageSpacing(12);
    // Fit width with a scroll bar that comes and goes can oscillate (the bar narrows the page,
    // the shorter page needs no bar, ...), re-rendering the pages each time: keep it.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_overlay = new PreviewOverlay(this);
    m_viewPage = new QWidget(this);
    auto *viewLayout = new QGridLayout(m_viewPage);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_view, 0, 0);
    viewLayout->addWidget(m_overlay, 0, 0); // on top of the view, same cell
    m_overlay->raise();

    m_message = new PreviewMessage(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_viewPage);
    m_stack->addWidget(m_message);

    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(1, 1, 1, 1);
    frameLayout->addWidget(m_stack);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(tools);
    layout->addWidget(m_strip);
    layout->addWidget(m_outputStrip);
    layout->addWidget(frame, 1);

    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (value > 0)
            goToPage(value - 1);
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &PreviewPane::updatePageControls);
    connect(m_zoomCombo, &QComboBox::activated, this, &PreviewPane::applyZoom);
    connect(m_view, &QPdfView::zoomModeChanged, this, &PreviewPane::updateZoomCombo);
    connect(m_view, &QPdfView::zoomFactorChanged, this, &PreviewPane::updateZoomCombo);
    connect(m_cancelButton, &QPushButton::clicked, this, &PreviewPane::cancelRender);
    connect(m_stripRefreshButton, &QPushButton::clicked, this, &PreviewPane::refresh);
    connect(m_message->button(), &QPushButton::clicked, this, &PreviewPane::refresh);
    connect(m_outputCancel, &QPushButton::clicked, m_controller, &RenderController::cancelOutput);
    updateZoomCombo();
}

// ------------------------------------------------------------------------------ what to show

void PreviewPane::setReport(const Report &report, const QString &problems, bool unsaved)
{
    const bool anotherReport = !m_report || m_report->id != report.id;
    m_report = report;
    m_problems = problems;
    m_unsaved = unsaved;
    if (anotherReport && m_shownJob && m_shownJob->report.id != report.id) {
        // Pages of another report would only mislead, even dimmed.
        m_shown.reset();
        m_shownJob.reset();
        m_document->close();
        m_shownPdf.clear();
    }
    if (!problems.isEmpty()) {
        m_debounce.stop();
        m_controller->abandon();
        m_requested.reset();
        setState(State::Invalid, problems);
        return;
    }
    const Report wanted = renderable(report);
    if (m_requested && *m_requested == wanted && m_controller->isRendering()) {
        updateStrip(); // already on its way
        return;
    }
    if (m_shown && *m_shown == wanted && m_state != State::Failed) {
        // Back to what is on screen (saved, or an edit undone): nothing to render.
        m_debounce.stop();
        m_controller->abandon();
        m_requested.reset();
        setState(State::Ready);
        return;
    }
    if (anotherReport)
        startRender();
    else
        scheduleRender();
}

void PreviewPane::clear()
{
    m_debounce.stop();
    m_controller->abandon();
    m_report.reset();
    m_problems.clear();
    m_requested.reset();
    m_requestedJob.reset();
    m_shown.reset();
    m_shownJob.reset();
    m_shownPdf.clear();
    m_document->close();
    m_renderWhenShown = false;
    setState(State::Empty);
}

void PreviewPane::refresh()
{
    if (!m_report || !m_problems.isEmpty())
        return;
    m_shown.reset(); // render even if nothing in the report changed: the data may have
    startRender();
}

void PreviewPane::cancelRender()
{
    if (!m_controller->isRendering()) { // waiting for a pause in typing, or to be shown
        if (m_state != State::Rendering)
            return;
        m_debounce.stop();
        m_renderWhenShown = false;
        onCancelled();
        return;
    }
    m_controller->cancel();
    m_cancelling = true; // until the worker reaches its next check
    updateStrip();
}

void PreviewPane::scheduleRender()
{
    if (!m_report || !m_problems.isEmpty())
        return;
    m_controller->abandon(); // an edit makes the render under way stale
    m_requested.reset();
    m_debounce.start();
    setState(State::Rendering);
}

void PreviewPane::startRender()
{
    m_debounce.stop();
    if (!m_report || !m_problems.isEmpty())
        return;
    if (!isVisible()) {
        m_controller->abandon();
        m_requested.reset();
        m_renderWhenShown = true;
        setState(State::Rendering);
        return;
    }
    m_renderWhenShown = false;

    RenderOptions options = m_baseOptions;
    if (!options.runInstant.isValid())
        options.runInstant = QDateTime::currentDateTimeUtc();
    // Built here, on the catalog's thread; only the value goes to the worker.
    Result<RenderJob> job = RenderJob::fromCatalog(*m_catalog, m_report->id, options);
    if (job && job->report.brandingId != m_report->brandingId) { // changed in the editor
        const std::optional<BrandingProfile> branding =
            m_report->brandingId != 0 ? m_catalog->brandingProfile(m_report->brandingId)
                                      : m_catalog->defaultBranding();
        if (!branding && m_report->brandingId != 0)
            job = Result<RenderJob>::failure(
                tr("The branding profile chosen for “%1” no longer exists; choose another one "
                   "on the Output tab.")
                    .arg(m_report->displayTitle()));
        else
            job.value().branding = branding.value_or(BrandingProfile{});
    }
    if (!job) {
        m_controller->abandon();
        m_requested.reset();
        setState(State::Failed, job.error());
        return;
    }
    job.value().report = *m_report; // the editor's value, unsaved edits included
    m_requested = renderable(*m_report);
    m_requestedJob = job.value();
    m_progressText.clear();
    m_controller->render(job.value());
    setState(State::Rendering);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_renderWhenShown)
        startRender();
}

void PreviewPane::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous() || !m_controller->isRendering())
        return;
    // Hidden by the user: no render for nobody to see; it runs again when shown.
    m_controller->abandon();
    m_requested.reset();
    m_renderWhenShown = true;
}

// ------------------------------------------------------------------------------ render results

void PreviewPane::onStarted()
{
    m_cancelling = false;
    m_progress->setRange(0, 0); // busy until the first section is through
    // The layout pass starts at once with the first section (a big table can take a while).
    const qsizetype sections = m_requestedJob ? m_requestedJob->report.sections.size() : 0;
    m_progressText =
        sections > 0 ? tr("Laying out section 1 of %1…").arg(sections) : tr("Laying out…");
    updateStrip();
}

void PreviewPane::onProgress(int step, int steps)
{
    // Steps are sections: all of them laid out (to count the pages), then all painted.
    const int sections = std::max(1, steps / 2);
    m_progress->setRange(0, steps);
    m_progress->setValue(step);
    if (step < sections)
        m_progressText = tr("Laying out section %1 of %2…").arg(step + 1).arg(sections);
    else if (step < steps)
        m_progressText = tr("Painting section %1 of %2…").arg(step - sections + 1).arg(sections);
    else
        m_progressText = tr("Finishing…");
    updateStrip();
}

void PreviewPane::onFinished(const QString &pdfPath, int pageCount)
{
    // Where the reader was, kept when the same report comes back after an edit.
    const int page = currentPage();
    const int scrollY = m_view->verticalScrollBar()->value();
    const int scrollX = m_view->horizontalScrollBar()->value();
    const bool keepPlace = !m_shownPdf.isEmpty() && m_shownJob && m_requestedJob &&
                           m_shownJob->report.id == m_requestedJob->report.id;

    const QPdfDocument::Error error = m_document->load(pdfPath);
    if (error != QPdfDocument::Error::None || m_document->status() != QPdfDocument::Status::Ready) {
        qCWarning(lcPreview) << "cannot load" << pdfPath << error;
        m_shown.reset();
        m_shownJob.reset();
        m_shownPdf.clear();
        onFailed(tr("The rendered PDF cannot be shown (%1).")
                     .arg(QLatin1String(
                         QMetaEnum::fromType<QPdfDocument::Error>().valueToKey(int(error)))));
        return;
    }
    if (m_document->pageCount() != pageCount)
        qCWarning(lcPreview) << "renderer counted" << pageCount << "pages, the PDF has"
                             << m_document->pageCount();
    m_shown = m_requested;
    m_shownJob = m_requestedJob;
    m_shownPdf = pdfPath;
    m_requested.reset();
    m_requestedJob.reset();
    if (keepPlace && page < m_document->pageCount()) {
        m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
        m_view->verticalScrollBar()->setValue(scrollY);
        m_view->horizontalScrollBar()->setValue(scrollX);
    } else {
        m_view->pageNavigator()->jump(0, {}, m_view->pageNavigator()->currentZoom());
        m_view->verticalScrollBar()->setValue(0);
    }
    setState(State::Ready);
}

void PreviewPane::onFailed(const QString &message)
{
    m_requested.reset();
    m_requestedJob.reset();
    setState(State::Failed, message);
}

void PreviewPane::onCancelled()
{
    m_requested.reset();
    m_requestedJob.reset();
    setState(State::Cancelled);
}

// ------------------------------------------------------------------------------ state

void PreviewPane::setState(State state, const QString &detail)
{
    if (state != State::Rendering || !m_controller->isRendering())
        m_cancelling = false;
    const bool changed = state != m_state;
    m_state = state;
    m_detail = detail;
    const QString title = m_report ? m_report->displayTitle() : QString();
    const bool pages = !m_shownPdf.isEmpty() && m_document->pageCount() > 0;

    switch (state) {
    case State::Empty:
        m_message->setContent(tr("No report selected"),
                              tr("Select a report in the tree to see its pages here."), false);
        break;
    case State::Invalid:
        m_message->setContent(tr("The report has errors"),
                              tr("Fix them in the editor to see the preview:\n%1").arg(detail),
                              true);
        break;
    case State::Failed:
        m_message->setContent(tr("The preview could not be rendered"), detail, true, tr("&Retry"));
        break;
    case State::Cancelled:
        m_message->setContent(tr("Rendering cancelled"),
                              tr("The preview of “%1” was not rendered.").arg(title), false,
                              tr("&Render Again"));
        break;
    case State::Rendering:
        m_message->setContent(tr("Rendering “%1”…").arg(title), QString(), false);
        break;
    case State::Ready:
        break;
    }
    const bool showPages =
        pages && (state == State::Ready || state == State::Rendering || state == State::Cancelled);
    m_stack->setCurrentWidget(showPages ? m_viewPage : static_cast<QWidget *>(m_message));
    m_overlay->setVisible(showPages && state != State::Ready);
    m_overlay->setText(state == State::Cancelled ? tr("Out of date") : tr("Updating…"));

    updateStrip();
    updateActions();
    updatePageControls();
    if (changed) {
        qCDebug(lcPreview) << "state" << state << detail;
        emit stateChanged(state);
    }
}

void PreviewPane::updateStrip()
{
    QString text;
    bool busy = false;
    bool again = false;
    switch (m_state) {
    case State::Rendering:
        busy = true;
        if (m_cancelling)
            text = tr("Cancelling…");
        else if (m_debounce.isActive())
            text = tr("Your edits show after a pause in typing.");
        else if (!isVisible() && m_renderWhenShown)
            text = tr("Renders when the preview is shown.");
        else
            text = m_progressText.isEmpty() ? tr("Rendering…") : m_progressText;
        break;
    case State::Ready: {
        // The run instant fixes relative periods ("last 7 days"): say when that was.
        const QString at =
            m_shownJob ? QLocale().toString(m_shownJob->options.runInstant.toLocalTime().time(),
                                            QLocale::ShortFormat)
                       : QString();
        text = m_unsaved ? tr("Shows your unsaved edits · rendered at %1").arg(at)
                         : tr("Up to date · rendered at %1").arg(at);
        break;
    }
    case State::Cancelled:
        if (m_stack->currentWidget() == m_viewPage) {
            text = tr("Rendering cancelled: these pages are out of date.");
            again = true;
        }
        break;
    case State::Empty:
    case State::Invalid:
    case State::Failed:
        break;
    }
    const bool rendering = busy && m_controller->isRendering();
    m_stripLabel->setText(text);
    m_stripLabel->setToolTip(text);
    m_progress->setVisible(rendering);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy && !m_cancelling);
    m_stripRefreshButton->setVisible(again);
    m_strip->setVisible(!text.isEmpty() || m_stack->currentWidget() == m_viewPage);
}

void PreviewPane::updateActions()
{
    const bool current = m_state == State::Ready && m_shownJob.has_value();
    const bool writing = m_controller->isWritingOutput();
    const QString why = current                       ? QString()
                        : m_state == State::Rendering ? tr("Wait until the preview is up to date.")
                                                      : tr("Needs an up-to-date preview.");
    for (QAction *action : {m_print, m_exportPdf, m_exportCsv, m_exportPng}) {
        action->setEnabled(current && !writing);
        action->setStatusTip(why.isEmpty() ? action->toolTip() : why);
    }
    m_exportButton->setEnabled(current && !writing);
    m_refresh->setEnabled(m_report.has_value() && m_problems.isEmpty());
}

void PreviewPane::updatePageControls()
{
    const bool pages = m_stack->currentWidget() == m_viewPage && m_document->pageCount() > 0;
    const int count = pages ? m_document->pageCount() : 0;
    const int page = pages ? currentPage() : -1;
    {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setSpecialValueText(pages ? QString() : QStringLiteral("–"));
        m_pageSpin->setRange(pages ? 1 : 0, count);
        m_pageSpin->setValue(page + 1);
    }
    m_pageSpin->setEnabled(pages);
    m_pageCountLabel->setText(pages ? tr("of %1").arg(count) : tr("of –"));
    m_pageCountLabel->setEnabled(pages);
    m_previousPage->setEnabled(pages && page > 0);
    m_nextPage->setEnabled(pages && page < count - 1);
    m_zoomCombo->setEnabled(pages);
    const double zoom = pages ? effectiveZoom() : 0;
    m_zoomIn->setEnabled(pages && zoom < kZoomSteps.back() / 100.0 - 0.001);
    m_zoomOut->setEnabled(pages && zoom > kZoomSteps.front() / 100.0 + 0.001);
}

QString PreviewPane::stateText() const
{
    QStringList parts;
    if (m_stack->currentWidget() == m_message)
        parts.append(m_message->text());
    if (m_strip->isVisibleTo(this) && !m_stripLabel->text().isEmpty())
        parts.append(m_stripLabel->text());
    if (m_overlay->isVisibleTo(this))
        parts.append(m_overlay->text());
    return parts.join(QLatin1Char('\n'));
}

int PreviewPane::pageCount() const
{
    return m_shownPdf.isEmpty() ? 0 : m_document->pageCount();
}

int PreviewPane::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

// ------------------------------------------------------------------------------ pages and zoom

void PreviewPane::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_view->pageNavigator()->jump(page, {}, m_view->pageNavigator()->currentZoom());
    updatePageControls();
}

double PreviewPane::effectiveZoom() const
{
    if (m_view->zoomMode() == QPdfView::ZoomMode::Custom || m_document->pageCount() == 0)
        return m_view->zoomFactor();
    // Same arithmetic as QPdfView's layout: points at the screen's logical DPI, fitted.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double perPoint = screen ? screen->logicalDotsPerInch() / 72.0 : 96.0 / 72.0;
    const QSizeF page = m_document->pagePointSize(std::max(0, currentPage())) * perPoint;
    const QMargins margins = m_view->documentMargins();
    const QSize area = m_view->viewport()->size();
    if (page.isEmpty())
        return 1.0;
    const double byWidth = (area.width() - margins.left() - margins.right()) / page.width();
    if (m_view->zoomMode() == QPdfView::ZoomMode::FitToWidth)
        return byWidth;
    const double byHeight = (area.height() - m_view->pageSpacing()) / page.height();
    return std::min(byWidth, byHeight);
}

void PreviewPane::setZoomFactor(double factor)
{
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(factor);
    updateZoomCombo();
    updatePageControls();
}

void PreviewPane::zoomIn()
{
    const double now = effectiveZoom();
    for (int percent : kZoomSteps) {
        if (percent / 100.0 > now + 0.001)
            return setZoomFactor(percent / 100.0);
    }
}

void PreviewPane::zoomOut()
{
    const double now = effectiveZoom();
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it / 100.0 < now - 0.001)
            return setZoomFactor(*it / 100.0);
    }
}

void PreviewPane::applyZoom(int comboIndex)
{
    const int value = m_zoomCombo->itemData(comboIndex).toInt();
    if (value == kFitWidth)
        m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    else if (value == kFitPage)
        m_view->setZoomMode(QPdfView::ZoomMode::FitInView);
    else
        setZoomFactor(value / 100.0);
    updatePageControls();
}

void PreviewPane::updateZoomCombo()
{
    int value = 0;
    switch (m_view->zoomMode()) {
    case QPdfView::ZoomMode::FitToWidth:
        value = kFitWidth;
        break;
    case QPdfView::ZoomMode::FitInView:
        value = kFitPage;
        break;
    case QPdfView::ZoomMode::Custom:
        value = qRound(m_view->zoomFactor() * 100);
        break;
    }
    const QSignalBlocker block(m_zoomCombo);
    const int fixedItems = 2 + int(kZoomSteps.size());
    while (m_zoomCombo->count() > fixedItems)
        m_zoomCombo->removeItem(fixedItems);
    int index = m_zoomCombo->findData(value);
    if (index < 0) { // a factor between the steps (set elsewhere): show it as it is
        m_zoomCombo->addItem(tr("%1 %").arg(value), value);
        index = m_zoomCombo->count() - 1;
    }
    m_zoomCombo->setCurrentIndex(index);
}

// ------------------------------------------------------------------------------ print, export

void PreviewPane::print()
{
    if (m_state != State::Ready || !m_shownJob || m_controller->isWritingOutput())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(m_shownJob->report.displayTitle());
    printer->setCreator(QStringLiteral("ReportDesk"));
    if (!m_prompts.setUpPrinter || !m_prompts.setUpPrinter(printer.get()))
        return;
    printer->setResolution(kPdfResolution);
    // The job behind the pages on screen: same run instant, so the same periods and rows.
    if (!m_controller->print(*m_shownJob, printer))
        return;
    const QString target = printer->outputFormat() == QPrinter::PdfFormat
                               ? QDir::toNativeSeparators(printer->outputFileName())
                               : printer->printerName();
    onOutputStarted(tr("Printing to %1…").arg(target), false);
}

void PreviewPane::exportAs(ExportFormat format)
{
    if (m_state != State::Ready || !m_shownJob || m_controller->isWritingOutput())
        return;
    const QString suffix = ReportExporter::formatName(format);
    QString dir = m_lastExportDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(dir).filePath(fileSafe(m_shownJob->report.name) + QLatin1Char('.') + suffix);
    QString path = m_prompts.exportPath ? m_prompts.exportPath(format, suggested) : QString();
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_lastExportDir = QFileInfo(path).absolutePath();
    if (!m_controller->exportTo(*m_shownJob, format, path))
        return;
    onOutputStarted(tr("Exporting %1…").arg(suffix.toUpper()), true);
}

void PreviewPane::onOutputStarted(const QString &text, bool cancellable)
{
    m_outputLabel->setText(text);
    m_outputProgress->setRange(0, 0);
    m_outputProgress->show();
    m_outputCancel->setVisible(cancellable);
    m_outputStrip->show();
    updateActions();
}

void PreviewPane::onOutputProgress(int step, int steps)
{
    m_outputProgress->setRange(0, steps);
    m_outputProgress->setValue(step);
}

void PreviewPane::onOutputEnded(const QString &message)
{
    m_outputLabel->setText(message);
    m_outputProgress->hide();
    m_outputCancel->hide();
    m_outputStrip->show();
    updateActions();
    emit statusMessage(message);
}

} // namespace reportdesk
