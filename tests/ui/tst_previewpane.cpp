// PreviewPane and RenderController against the demo catalog: real renders on the worker thread,
// real PDFs checked with poppler's pdfinfo and pdftotext, the pane driven through its actions and
// widgets (by objectName) as a user would; file and print dialogs answered through its Prompts.
#include "TestCatalog.h"
#include "domain/Schedule.h"
#include "WidgetLookup.h"
#include "catalog/DemoContent.h"
#include "editors/ReportEditor.h"
#include "mainwindow/MainWindow.h"
#include "preview/PreviewPane.h"
#include "preview/RenderController.h"
#include "rendering/ReportRenderer.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPrinter>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QComboBox>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;
using State = PreviewPane::State;

namespace {

const QDate kAnchor(2025, 3, 10);
const QDateTime kRunInstant(QDate(2025, 3, 10), QTime(9, 30), QTimeZone::utc());
constexpr int kRenderTimeoutMs = 120000;

QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted() || !p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>")
            .arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    const QRegularExpression re(QStringLiteral("^Pages:\\s*(\\d+)"),
                                QRegularExpression::MultilineOption);
    return re.match(runTool(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

QString pdfText(const QString &path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

Section tableSection(const QString &title, const QString &query)
{
    Section s;
    s.kind = Section::Kind::Table;
    s.title = title;
    s.dataSource = QLatin1String(DemoContent::kDataSourceName);
    s.query = query;
    return s;
}

// 150,000 rows: the sample's 50,000 three times over. Long enough to cancel halfway.
const QString kBigQuery =
    QStringLiteral("SELECT a.ts, a.host, a.service, a.status, a.latency_ms, a.message"
                   " FROM web_access_log a CROSS JOIN (SELECT 1 UNION ALL SELECT 2"
                   " UNION ALL SELECT 3) b");

} // namespace

class TstPreviewPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateWithoutReport();
    void pageCountIsThePdfs();
    void rendersOnAWorkerThread();
    void cancelStopsABigRender();
    void newerRenderReplacesOlder();
    void editsRenderAfterAPause();
    void pageNavigationAndZoom();
    void invalidReportShowsWhy();
    void renderFailureShowsErrorWithRetry();
    void exportPdfWritesThePdf();
    void printPaintsTheSamePages();
    void mainWindowPreviewsTheEditor();
    void previewToggleIsRemembered();
    void screenshots();

private:
    Report demoReport(const QString &name) const;
    // A report in the catalog whose sections are replaced (unsaved, as in the editor).
    Report customReport(const QString &name, const QList<Section> &sections);
    bool waitFor(State state, int timeoutMs = kRenderTimeoutMs);
    template <typename T> T *child(const char *name) const
    {
        return test::findNamed<T>(m_pane.get(), name);
    }
    QAction *action(const char *name) const { return child<QAction>(name); }

    std::unique_ptr<TestCatalog> m_catalog;
    qint64 m_samples = 0;
    std::unique_ptr<PreviewPane> m_pane;
    QTemporaryDir m_out;
};

void TstPreviewPane::initTestCase()
{
    m_catalog = std::make_unique<TestCatalog>();
    const Status s = DemoContent::seed(
        **m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"), kAnchor);
    QVERIFY2(s, qPrintable(s.error()));
    m_samples = (*m_catalog)->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)).value();
    QVERIFY(m_out.isValid());
}

void TstPreviewPane::init()
{
    m_pane = std::make_unique<PreviewPane>(m_catalog->get());
    RenderOptions options;
    options.runInstant = kRunInstant;
    m_pane->setRenderOptions(options);
    m_pane->setRefreshDelay(std::chrono::milliseconds(50));
    m_pane->resize(640, 860);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TstPreviewPane::cleanup()
{
    m_pane.reset(); // waits for the worker
}

Report TstPreviewPane::demoReport(const QString &name) const
{
    Catalog &c = **m_catalog;
    return c.report(c.reportIdByName(m_samples, name).value()).value();
}

Report TstPreviewPane::customReport(const QString &name, const QList<Section> &sections)
{
    Catalog &c = **m_catalog;
    Report r;
    if (const std::optional<QUuid> id = c.reportIdByName(m_samples, name))
        r = c.report(*id).value();
    else
        r = m_catalog->addReport(m_samples, name);
    r.title = name;
    r.sections = sections;
    r.page.layout = PageOptions::Layout::Simple;
    return r;
}

bool TstPreviewPane::waitFor(State state, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_pane->state() != state && !deadline.hasExpired())
        QTest::qWait(20);
    if (m_pane->state() != state)
        qWarning() << "state" << m_pane->state() << "not" << state << m_pane->stateText();
    return m_pane->state() == state;
}

void TstPreviewPane::emptyStateWithoutReport()
{
    QCOMPARE(m_pane->state(), State::Empty);
    QVERIFY2(m_pane->stateText().contains(QStringLiteral("No report selected")),
             qPrintable(m_pane->stateText()));
    QVERIFY(!action("actionPrint")->isEnabled());
    QVERIFY(!action("actionExportPdf")->isEnabled());
    QVERIFY(!action("actionNextPage")->isEnabled());
    QVERIFY(!child<QSpinBox>("previewPageSpin")->isEnabled());
}

void TstPreviewPane::pageCountIsThePdfs()
{
    const Report report = demoReport(QStringLiteral("Weekly traffic"));
    m_pane->setReport(report, {}, false);
    QVERIFY(waitFor(State::Ready));

    // The same job through ReportRenderer::renderPdf, as the CLI and the scheduler render it.
    RenderOptions options;
    options.runInstant = kRunInstant;
    Result<RenderJob> job = RenderJob::fromCatalog(**m_catalog, report.id, options);
    QVERIFY2(job, qPrintable(job.error()));
    ReportRenderer renderer(job.value());
    const QString reference = m_out.filePath(QStringLiteral("weekly-reference.pdf"));
    const Status s = renderer.renderPdf(reference);
    QVERIFY2(s, qPrintable(s.error()));

    const int pages = pdfPages(reference);
    QVERIFY(pages > 0);
    QCOMPARE(m_pane->pageCount(), pages);
    QCOMPARE(pdfPages(m_pane->pdfPath()), pages);
    QCOMPARE(child<QLabel>("previewPageCount")->text(), QStringLiteral("of %1").arg(pages));
    QCOMPARE(child<QSpinBox>("previewPageSpin")->maximum(), pages);
    // Not only as many pages: the same text on them, so the preview is the PDF.
    QCOMPARE(pdfText(m_pane->pdfPath()), pdfText(reference));
    QVERIFY(pdfText(reference).contains(QStringLiteral("Web traffic overview")));
    QVERIFY(action("actionPrint")->isEnabled());
    QVERIFY(action("actionExportPdf")->isEnabled());
}

void TstPreviewPane::rendersOnAWorkerThread()
{
    struct Seen {
        QMutex mutex;
        QSet<QThread *> threads;
    };
    auto seen = std::make_shared<Seen>();
    RenderOptions options;
    options.runInstant = kRunInstant;
    options.progress = [seen](int, int) {
        const QMutexLocker lock(&seen->mutex);
        seen->threads.insert(QThread::currentThread());
    };
    m_pane->setRenderOptions(options);
    m_pane->setReport(demoReport(QStringLiteral("Country breakdown")), {}, false);
    QVERIFY(waitFor(State::Ready));

    const QMutexLocker lock(&seen->mutex);
    QVERIFY(!seen->threads.isEmpty());
    QVERIFY(!seen->threads.contains(QThread::currentThread()));
    QVERIFY(!seen->threads.contains(qApp->thread()));
    QCOMPARE(seen->threads, QSet<QThread *>{m_pane->controller()->workerThread()});
}

void TstPreviewPane::cancelStopsABigRender()
{
    const Report big =
        customReport(QStringLiteral("Big"), {tableSection(QStringLiteral("All rows"), kBigQuery)});
    // The GUI thread keeps its timers while the worker renders.
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    m_pane->setReport(big, {}, true);
    QCOMPARE(m_pane->state(), State::Rendering);
    QVERIFY(m_pane->controller()->isRendering());
    auto *progress = child<QProgressBar>("previewProgress");
    auto *cancel = child<QPushButton>("previewCancelButton");
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTest::qWait(600);
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
    QVERIFY(m_pane->controller()->isRendering()); // 150,000 rows take longer than that

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    if (m_pane->state() == State::Rendering) { // until the worker reaches its next check
        QVERIFY(m_pane->stateText().contains(QStringLiteral("Cancelling")));
        QVERIFY(!cancel->isEnabled());
    }
    QVERIFY(waitFor(State::Cancelled, 20000));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!m_pane->controller()->isRendering());
    QVERIFY2(m_pane->stateText().contains(QStringLiteral("cancelled")),
             qPrintable(m_pane->stateText()));
    QCOMPARE(m_pane->pageCount(), 0);
    QVERIFY(!action("actionExportPdf")->isEnabled());
    // Retry renders again (and this time it is cancelled through the controller).
    auto *again = child<QPushButton>("previewRetryButton");
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QCOMPARE(m_pane->state(), State::Rendering);
    QVERIFY(m_pane->controller()->isRendering());
    m_pane->cancelRender();
    QVERIFY(waitFor(State::Cancelled, 20000));
}

void TstPreviewPane::newerRenderReplacesOlder()
{
    QSignalSpy finished(m_pane->controller(), &RenderController::finished);
    QSignalSpy states(m_pane.get(), &PreviewPane::stateChanged);
    const Report big =
        customReport(QStringLiteral("Big"), {tableSection(QStringLiteral("All rows"), kBigQuery)});
    m_pane->setReport(big, {}, true);
    QTest::qWait(300);
    QVERIFY(m_pane->controller()->isRendering());

    // Another report while the big one renders: the big one is dropped, never shown.
    const Report country = demoReport(QStringLiteral("Country breakdown"));
    m_pane->setReport(country, {}, false);
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(finished.size(), 1);
    QVERIFY(pdfText(m_pane->pdfPath()).contains(country.title));
    QVERIFY(!pdfText(m_pane->pdfPath()).contains(QStringLiteral("All rows")));
    QTest::qWait(500); // nothing stale arrives late
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_pane->state(), State::Ready);

    // Another report after a refresh: the pages of the first one go at once, not dimmed.
    m_pane->refresh();
    m_pane->setReport(demoReport(QStringLiteral("SLA summary")), {}, false);
    QCOMPARE(m_pane->pageCount(), 0);
    QVERIFY(!child<QWidget>("previewOverlay")->isVisible());
    m_pane->setReport(country, {}, false);
    QVERIFY(waitFor(State::Ready));
    finished.clear();

    // Two renders of the same report in a row: only the second one reports back.
    Report first = country;
    first.title = QStringLiteral("First version");
    Report second = country;
    second.title = QStringLiteral("Second version");
    m_pane->refresh();
    QVERIFY(m_pane->controller()->isRendering());
    m_pane->setReport(first, {}, true);
    m_pane->refresh();
    m_pane->setReport(second, {}, true);
    m_pane->refresh();
    QVERIFY(waitFor(State::Ready));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 1);
    const QString text = pdfText(m_pane->pdfPath());
    QVERIFY(text.contains(QStringLiteral("Second version")));
    QVERIFY(!text.contains(QStringLiteral("First version")));
    QVERIFY(m_pane->stateText().contains(QStringLiteral("unsaved")));
    for (const QList<QVariant> &args : std::as_const(states))
        QVERIFY(args.at(0).value<State>() != State::Failed);
}

void TstPreviewPane::editsRenderAfterAPause()
{
    m_pane->setRefreshDelay(std::chrono::milliseconds(700));
    QSignalSpy started(m_pane->controller(), &RenderController::started);
    Report report = demoReport(QStringLiteral("Country breakdown"));
    m_pane->setReport(report, {}, false);
    QCOMPARE(started.size(), 1); // another report renders at once
    QVERIFY(waitFor(State::Ready));
    const int pages = m_pane->pageCount();

    // Typing: every keystroke is an edit; one render after the last.
    for (const QString &title : {QStringLiteral("V"), QStringLiteral("Vi"), QStringLiteral("Vis"),
                                 QStringLiteral("Visits")}) {
        report.title = title;
        m_pane->setReport(report, {}, true);
        QCOMPARE(m_pane->state(), State::Rendering);
        QTest::qWait(100);
    }
    QCOMPARE(started.size(), 1);
    // The old pages stay, dimmed and labelled, until the new ones are there.
    QCOMPARE(m_pane->pageCount(), pages);
    QVERIFY(child<QWidget>("previewOverlay")->isVisible());
    QVERIFY(waitFor(State::Ready));
    QCOMPARE(started.size(), 2);
    QVERIFY(!child<QWidget>("previewOverlay")->isVisible());
    QVERIFY(pdfText(m_pane->pdfPath()).contains(QStringLiteral("Visits")));
    QVERIFY(m_pane->stateText().contains(QStringLiteral("unsaved edits")));

    // Saved: the same pages, nothing to render; the unsaved note goes.
    report.updated = QDateTime::currentDateTimeUtc();
    m_pane->setReport(report, {}, false);
    QCOMPARE(m_pane->state(), State::Ready);
    QVERIFY(!m_pane->stateText().contains(QStringLiteral("unsaved")));
    QTest::qWait(800);
    QCOMPARE(started.size(), 2);
}

void TstPreviewPane::pageNavigationAndZoom()
{
    const Report report = customReport(
        QStringLiteral("Pages"),
        {tableSection(QStringLiteral("Requests"),
                      QStringLiteral("SELECT ts, host, service, status FROM web_access_log"
                                     " ORDER BY ts LIMIT 400"))});
    m_pane->setReport(report, {}, true);
    QVERIFY(waitFor(State::Ready));
    const int pages = m_pane->pageCount();
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));

    QPdfView *view = m_pane->view();
    auto *spin = child<QSpinBox>("previewPageSpin");
    QCOMPARE(m_pane->currentPage(), 0);
    QCOMPARE(spin->value(), 1);
    QVERIFY(!action("actionPreviousPage")->isEnabled());

    action("actionNextPage")->trigger();
    QCOMPARE(m_pane->currentPage(), 1);
    QCOMPARE(spin->value(), 2);
    const int secondPageY = view->verticalScrollBar()->value();
    QVERIFY(secondPageY > 0);
    QVERIFY(action("actionPreviousPage")->isEnabled());

    // Typing a page number.
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("3"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(m_pane->currentPage(), 2);
    QVERIFY(view->verticalScrollBar()->value() > secondPageY);

    // The keyboard, from the pages themselves.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(m_pane->currentPage(), 1);
    QCOMPARE(spin->value(), 2);

    // The last page can be reached, and Next stops there.
    m_pane->goToPage(pages - 1);
    QCOMPARE(m_pane->currentPage(), pages - 1);
    QCOMPARE(spin->value(), pages);
    QVERIFY(!action("actionNextPage")->isEnabled());
    m_pane->goToPage(0);

    // Zoom: fit width to start with; zoom in and out in steps; the combo follows.
    auto *combo = child<QComboBox>("previewZoomCombo");
    QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitToWidth);
    QCOMPARE(combo->currentText(), QStringLiteral("Fit width"));
    const int fitWidthRange = view->verticalScrollBar()->maximum();
    action("actionZoomIn")->trigger();
    QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::Custom);
    const qreal zoomed = view->zoomFactor();
    QCOMPARE(combo->currentText(), QStringLiteral("%1 %").arg(qRound(zoomed * 100)));
    action("actionZoomIn")->trigger();
    QVERIFY(view->zoomFactor() > zoomed);
    action("actionZoomOut")->trigger();
    QCOMPARE(view->zoomFactor(), zoomed);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(view->zoomFactor() < zoomed);

    // Fit page from the combo, with the keyboard: a whole page per screen.
    combo->setFocus();
    const int fitPage = combo->findText(QStringLiteral("Fit page"));
    while (combo->currentIndex() > fitPage)
        QTest::keyClick(combo, Qt::Key_Up);
    while (combo->currentIndex() < fitPage)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::FitInView);
    QVERIFY(view->verticalScrollBar()->maximum() < fitWidthRange);
    QVERIFY(view->verticalScrollBar()->pageStep() > 0);
}

void TstPreviewPane::invalidReportShowsWhy()
{
    Report report = demoReport(QStringLiteral("Country breakdown"));
    m_pane->setReport(report, {}, false);
    QVERIFY(waitFor(State::Ready));
    report.name.clear();
    m_pane->setReport(report, QStringLiteral("Name: A name is required."), true);
    QCOMPARE(m_pane->state(), State::Invalid);
    QVERIFY(!m_pane->controller()->isRendering());
    QVERIFY2(m_pane->stateText().contains(QStringLiteral("A name is required.")),
             qPrintable(m_pane->stateText()));
    QVERIFY(child<QWidget>("previewMessage")->isVisible());
    QVERIFY(!action("actionPrint")->isEnabled());
    QVERIFY(!action("actionExportCsv")->isEnabled());
    QVERIFY(!child<QPushButton>("previewRetryButton")->isVisible()); // fix it in the editor

    // Fixed: rendered again.
    report.name = QStringLiteral("Country breakdown");
    m_pane->setReport(report, {}, false);
    QVERIFY(waitFor(State::Ready));
}

void TstPreviewPane::renderFailureShowsErrorWithRetry()
{
    const Report broken =
        customReport(QStringLiteral("Broken"),
                     {tableSection(QStringLiteral("Bad column"),
                                   QStringLiteral("SELECT no_such_column FROM web_access_log"))});
    m_pane->setReport(broken, {}, true);
    QVERIFY(waitFor(State::Failed));
    const QString text = m_pane->stateText();
    QVERIFY2(text.contains(QStringLiteral("could not be rendered")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Broken")), qPrintable(text)); // the report
    QVERIFY2(text.contains(QStringLiteral("section 1 (\"Bad column\")")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no such column")), qPrintable(text));
    auto *retry = child<QPushButton>("previewRetryButton");
    QVERIFY(retry->isVisible());
    QVERIFY(!action("actionExportPdf")->isEnabled());

    QSignalSpy started(m_pane->controller(), &RenderController::started);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QVERIFY(waitFor(State::Failed));

    Report fixed = broken;
    fixed.sections[0].query = QStringLiteral("SELECT host FROM web_access_log LIMIT 3");
    m_pane->setReport(fixed, {}, true);
    QVERIFY(waitFor(State::Ready));
    QVERIFY(m_pane->pageCount() > 0);
}

void TstPreviewPane::exportPdfWritesThePdf()
{
    QStringList asked;
    const QString target = m_out.filePath(QStringLiteral("exported"));
    PreviewPane::Prompts prompts = m_pane->prompts();
    prompts.exportPath = [&](ExportFormat format, const QString &suggested) {
        asked.append(suggested);
        return format == ExportFormat::Pdf ? target : QString(); // no suffix typed
    };
    m_pane->setPrompts(prompts);
    m_pane->setReport(demoReport(QStringLiteral("Weekly traffic")), {}, false);
    QVERIFY(waitFor(State::Ready));

    QSignalSpy messages(m_pane.get(), &PreviewPane::statusMessage);
    action("actionExportPdf")->trigger();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().endsWith(QStringLiteral("/Weekly traffic.pdf")),
             qPrintable(asked.first()));
    QVERIFY(!action("actionExportPdf")->isEnabled()); // one export at a time
    QVERIFY(messages.wait(kRenderTimeoutMs));
    const QString message = messages.first().first().toString();
    const QString written = target + QStringLiteral(".pdf");
    QVERIFY2(message.contains(written), qPrintable(message));
    QCOMPARE(pdfPages(written), m_pane->pageCount());
    QCOMPARE(pdfText(written), pdfText(m_pane->pdfPath()));
    QVERIFY(child<QLabel>("previewOutputLabel")->text().contains(written));
    QVERIFY(action("actionExportPdf")->isEnabled());

    // Cancelled in the dialog: nothing happens.
    action("actionExportCsv")->trigger();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.last(), m_out.filePath(QStringLiteral("Weekly traffic.csv"))); // last folder
    QVERIFY(!m_pane->controller()->isWritingOutput());
}

void TstPreviewPane::printPaintsTheSamePages()
{
    const QString target = m_out.filePath(QStringLiteral("printed.pdf"));
    PreviewPane::Prompts prompts = m_pane->prompts();
    QString docName;
    prompts.setUpPrinter = [&](QPrinter *printer) {
        docName = printer->docName();
        printer->setOutputFormat(QPrinter::PdfFormat); // "Print to file" in the dialog
        printer->setOutputFileName(target);
        return true;
    };
    m_pane->setPrompts(prompts);
    const Report report = demoReport(QStringLiteral("SLA summary"));
    m_pane->setReport(report, {}, false);
    QVERIFY(waitFor(State::Ready));

    QSignalSpy messages(m_pane.get(), &PreviewPane::statusMessage);
    action("actionPrint")->trigger();
    QCOMPARE(docName, report.title);
    QVERIFY(messages.wait(kRenderTimeoutMs));
    QVERIFY2(messages.first().first().toString().contains(QStringLiteral("Printed")),
             qPrintable(messages.first().first().toString()));
    // Vector and exact: the same pages with the same text as the preview's PDF.
    QCOMPARE(pdfPages(target), m_pane->pageCount());
    QCOMPARE(pdfText(target), pdfText(m_pane->pdfPath()));
}

namespace {
// A main window over the test catalog, with a settings file of its own.
struct Window {
    explicit Window(Catalog *catalog, const QString &settingsPath)
        : settings(settingsPath)
    {
        open(catalog);
    }
    void open(Catalog *catalog)
    {
        window = std::make_unique<MainWindow>(catalog, &undo, &settings);
        MainWindow::Prompts prompts = window->prompts();
        prompts.unsavedChanges = [](const QString &) {
            return MainWindow::UnsavedChoice::Discard;
        };
        prompts.error = [](const QString &title, const QString &message) {
            qWarning() << title << message;
        };
        window->setPrompts(prompts);
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
    }
    QAction *action(const char *name) const { return test::findNamed<QAction>(window.get(), name); }

    Settings settings;
    QUndoStack undo;
    std::unique_ptr<MainWindow> window;
};
} // namespace

void TstPreviewPane::mainWindowPreviewsTheEditor()
{
    m_pane.reset();
    Window w(m_catalog->get(), m_out.filePath(QStringLiteral("window.ini")));
    PreviewPane *pane = w.window->previewPane();
    QVERIFY(pane->isVisible());
    QCOMPARE(pane->state(), State::Empty);

    const Report report = demoReport(QStringLiteral("Country breakdown"));
    QVERIFY(w.window->selectReport(report.id));
    QDeadlineTimer deadline(kRenderTimeoutMs);
    while (pane->state() != State::Ready && !deadline.hasExpired())
        QTest::qWait(20);
    QCOMPARE(pane->state(), State::Ready);
    QVERIFY(!pane->stateText().contains(QStringLiteral("unsaved")));

    // An edit in the editor shows in the preview, marked as unsaved.
    auto *title = test::findNamed<QLineEdit>(w.window->reportEditor(), "titleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Edited title"));
    QCOMPARE(pane->state(), State::Rendering);
    deadline = QDeadlineTimer(kRenderTimeoutMs);
    while (pane->state() != State::Ready && !deadline.hasExpired())
        QTest::qWait(20);
    QCOMPARE(pane->state(), State::Ready);
    QVERIFY(pdfText(pane->pdfPath()).contains(QStringLiteral("Edited title")));
    QVERIFY(pane->stateText().contains(QStringLiteral("unsaved edits")));

    // A bad schedule makes the report unsavable but changes nothing on its pages: the preview
    // stays up to date.
    auto *scheduled = test::findNamed<QCheckBox>(w.window->reportEditor(), "scheduledCheck");
    auto *frequency = test::findNamed<QComboBox>(w.window->reportEditor(), "frequencyCombo");
    auto *cron = test::findNamed<QLineEdit>(w.window->reportEditor(), "cronEdit");
    scheduled->setChecked(true);
    frequency->setCurrentIndex(frequency->findData(int(Schedule::Frequency::Cron)));
    cron->selectAll();
    QTest::keyClicks(cron, QStringLiteral("0 25 * * *"));
    QVERIFY(!w.window->reportEditor()->isValid());
    QVERIFY(pane->state() != State::Invalid);

    // An invalid editor: the preview says why.
    auto *name = test::findNamed<QLineEdit>(w.window->reportEditor(), "nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(pane->state(), State::Invalid);

    // Ctrl+P and the export actions sit in the File menu too.
    QVERIFY(w.window->findChild<QMenu *>(QStringLiteral("menuExport")));
    // A folder selected: nothing to preview.
    QVERIFY(w.window->selectFolder(m_samples));
    QCOMPARE(pane->state(), State::Empty);
}

void TstPreviewPane::previewToggleIsRemembered()
{
    m_pane.reset();
    const QString ini = m_out.filePath(QStringLiteral("toggle.ini"));
    Window w(m_catalog->get(), ini);
    QAction *toggle = w.action("actionPreview");
    QVERIFY(toggle->isCheckable());
    QVERIFY(toggle->isChecked()); // on by default
    PreviewPane *pane = w.window->previewPane();
    QVERIFY(pane->isVisible());

    toggle->trigger();
    QVERIFY(!toggle->isChecked());
    QVERIFY(!pane->isVisible());
    QCOMPARE(w.settings.value(Settings::Key::PreviewVisible).toBool(), false);
    QVERIFY(w.window->close());
    w.window.reset();

    w.open(m_catalog->get());
    toggle = w.action("actionPreview");
    QVERIFY(!toggle->isChecked());
    QVERIFY(!w.window->previewPane()->isVisible());
    // Hidden, it renders nothing; shown again, it renders the selected report.
    const Report report = demoReport(QStringLiteral("Country breakdown"));
    QVERIFY(w.window->selectReport(report.id));
    QTest::qWait(100);
    QVERIFY(!w.window->previewPane()->controller()->isRendering());
    QTest::keyClick(w.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(toggle->isChecked());
    QVERIFY(w.window->previewPane()->isVisible());
    QVERIFY(w.window->previewPane()->width() >= 320);
    QCOMPARE(w.settings.value(Settings::Key::PreviewVisible).toBool(), true);
    QDeadlineTimer deadline(kRenderTimeoutMs);
    while (w.window->previewPane()->state() != State::Ready && !deadline.hasExpired())
        QTest::qWait(20);
    QCOMPARE(w.window->previewPane()->state(), State::Ready);

    // Also in a settings file written by the window when it closes.
    QVERIFY(w.window->close());
    w.window.reset();
    Settings reread(ini);
    QCOMPARE(reread.value(Settings::Key::PreviewVisible).toBool(), true);
}

// Not a check: with REPORTDESK_SCREENSHOT_DIR set, saves pictures of the pane's states in the main
// window for a person to look at (run under Xvfb with QT_QPA_PLATFORM=xcb for real rendering).
void TstPreviewPane::screenshots()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SCREENSHOT_DIR to take screenshots");
    m_pane.reset();
    Catalog &c = **m_catalog;
    Report big =
        customReport(QStringLiteral("Big"), {tableSection(QStringLiteral("All rows"), kBigQuery)});
    QVERIFY(c.saveReport(big));
    Report broken =
        customReport(QStringLiteral("Broken"),
                     {tableSection(QStringLiteral("Bad column"),
                                   QStringLiteral("SELECT no_such_column FROM web_access_log"))});
    QVERIFY(c.saveReport(broken));

    // The settings file stays beside the pictures: its geometry starts the app at 1600x1000.
    Window w(m_catalog->get(), dir + QStringLiteral("/settings.ini"));
    PreviewPane *pane = w.window->previewPane();
    RenderOptions options;
    options.runInstant = kRunInstant; // the demo data's week
    pane->setRenderOptions(options);
    auto waitFor = [pane](State state) {
        QDeadlineTimer deadline(kRenderTimeoutMs);
        while (pane->state() != state && !deadline.hasExpired())
            QTest::qWait(20);
        QTest::qWait(300); // page images arrive from QPdfView's own renderer
        return pane->state() == state;
    };
    auto grab = [&](const char *name) {
        QVERIFY(w.window->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
    };
    grab("preview-empty.png");
    QVERIFY(w.window->selectReport(demoReport(QStringLiteral("Weekly traffic")).id));
    QVERIFY(waitFor(State::Ready));
    grab("preview-1600.png");
    w.window->resize(1280, 800);
    QTest::qWait(500);
    grab("preview-1280.png");
    auto *title = test::findNamed<QLineEdit>(w.window->reportEditor(), "titleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Web traffic, last week"));
    QTest::qWait(100);
    grab("preview-updating.png");
    QVERIFY(waitFor(State::Ready));
    grab("preview-unsaved.png");
    auto *name = test::findNamed<QLineEdit>(w.window->reportEditor(), "nameEdit");
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QTest::qWait(100);
    grab("preview-invalid.png");
    w.window->resize(1600, 1000);
    QVERIFY(w.window->selectReport(broken.id));
    QVERIFY(waitFor(State::Failed));
    grab("preview-failed.png");
    QVERIFY(w.window->selectReport(big.id));
    QTest::qWait(1500);
    grab("preview-rendering.png");
    pane->cancelRender();
    QVERIFY(waitFor(State::Cancelled));
    grab("preview-cancelled.png");
    QVERIFY(c.deleteReports({big.id, broken.id}));
    QVERIFY(w.window->selectReport(demoReport(QStringLiteral("Weekly traffic")).id));
    QVERIFY(waitFor(State::Ready));
    grab("preview-pane.png");
    QVERIFY(w.window->close());
}

QTEST_MAIN(TstPreviewPane)
#include "tst_previewpane.moc"
