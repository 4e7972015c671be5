#include "RunHistoryView.h"

#include "Icons.h"
#include "RunHistoryModel.h"
#include "catalog/Catalog.h"
#include "scheduler/Scheduler.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcRunHistory, "reportdesk.ui.runs")

namespace {

QIcon themedIcon(const char *name, const QWidget *widget,
                 std::optional<QStyle::StandardPixmap> fallback = std::nullopt)
{
    const QIcon themed = Icons::themed(name);
    if (!themed.isNull() || !fallback)
        return themed;
    return widget->style()->standardIcon(*fallback);
}

// Two sheets, one over the other: "copy", for desktops whose icon theme has none.
QIcon drawnCopyIcon(const QColor &ink)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal u = size / 16.0;
        p.setPen(QPen(ink, 1.2 * u));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(2.5 * u, 2.5 * u, 7 * u, 8.5 * u), 1.2 * u, 1.2 * u);
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawRoundedRect(QRectF(6.5 * u, 5.5 * u, 7 * u, 8.5 * u), 1.2 * u, 1.2 * u);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The user's words for "no run in this state".
QString noRunsText(Run::State state)
{
    switch (state) {
    case Run::State::Queued:
        return RunHistoryView::tr("No queued runs.");
    case Run::State::Running:
        return RunHistoryView::tr("No runs are running.");
    case Run::State::Succeeded:
        return RunHistoryView::tr("No successful runs.");
    case Run::State::Failed:
        return RunHistoryView::tr("No failed runs.");
    case Run::State::Cancelled:
        return RunHistoryView::tr("No cancelled runs.");
    case Run::State::Skipped:
        return RunHistoryView::tr("No skipped runs.");
    case Run::State::Interrupted:
        return RunHistoryView::tr("No interrupted runs.");
    }
    return {};
}

} // namespace

RunHistoryView::RunHistoryView(Catalog *catalog, Scheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_scheduler(scheduler)
    , m_model(new RunHistoryModel(catalog, this))
{
    setObjectName(QStringLiteral("runHistoryView"));
    m_opener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    m_errorPrompt = [this](const QString &message) {
        QMessageBox::warning(this, tr("Run History"), message);
    };

    createActions();
    createWidgets();

    // Keep the selected run selected when the rows are read again (Refresh, another filter).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto run = currentRun();
        m_keepSelection = run ? run->id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelection != 0)
            selectRun(m_keepSelection);
        m_keepSelection = 0;
        updateEmptyState();
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunHistoryView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyState();
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                if (rows.isEmpty() || rows.first().row() < topLeft.row() ||
                    rows.first().row() > bottomRight.row())
                    return;
                updateDetails();
                updateActions();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    if (m_scheduler) {
        // Cancel depends on which runs the scheduler executes: it starts a run after the
        // catalog says "running", and lets go of it before the catalog says how it ended.
        connect(m_scheduler, &Scheduler::runStarted, this, &RunHistoryView::updateActions);
        connect(m_scheduler, &Scheduler::runFinished, this, &RunHistoryView::updateActions);
    }
    connect(m_catalog, &Catalog::reportChanged, this,
            [this](const ReportSummary &, const ReportSummary &after) {
                if (m_scopeId.isNull() || after.id != m_scopeId)
                    return;
                m_scopeName = after.name;
                updateScope();
            });
    connect(m_catalog, &Catalog::reportRemoved, this, [this](const ReportSummary &report) {
        if (m_scopeId.isNull() || report.id != m_scopeId)
            return;
        m_scopeDeleted = true; // its history stays: runs outlive their report
        updateScope();
    });

    applyFilter();
}

RunHistoryView::~RunHistoryView() = default;

// ------------------------------------------------------------------------------ construction

void RunHistoryView::createActions()
{
    auto make = [this](const char *name, const QString &text, const QIcon &icon,
                       const QList<QKeySequence> &shortcuts, const QString &tip) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(shortcuts);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(tip);
        action->setToolTip(
            shortcuts.isEmpty()
                ? tip
                : tr("%1 (%2)").arg(tip, shortcuts.first().toString(QKeySequence::NativeText)));
        return action;
    };
    m_openOutput = make("actionRunOpenOutput", tr("&Open Output"),
                        themedIcon("document-open", this, QStyle::SP_DialogOpenButton),
                        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                        tr("Open the run's first file (PDF, CSV or PNG)"));
    m_openFolder = make("actionRunOpenFolder", tr("Open &Folder"),
                        themedIcon("folder-open", this, QStyle::SP_DirOpenIcon),
                        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
                        tr("Open the archive folder with the run's files"));
    m_runAgain = make("actionRunAgain", tr("&Run Again"),
                      themedIcon("media-playback-start", this, QStyle::SP_MediaPlay),
                      {QKeySequence(Qt::CTRL | Qt::Key_Return)},
                      tr("Run the report of this run again, now"));
    m_cancel =
        make("actionRunCancel", tr("&Cancel Run"),
             themedIcon("process-stop", this, QStyle::SP_BrowserStop),
             {QKeySequence(Qt::CTRL | Qt::Key_Period)}, tr("Stop the run; no file of it is kept"));
    QIcon copyIcon = themedIcon("edit-copy", this);
    if (copyIcon.isNull())
        copyIcon = drawnCopyIcon(palette().color(QPalette::WindowText));
    m_copyError = make("actionRunCopyError", tr("&Copy Error"), copyIcon,
                       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
                       tr("Copy the run's whole error message"));
    m_showReport = make("actionRunShowReport", tr("&Show Report"),
                        QIcon(QStringLiteral(":/reportdesk/icons/report.svg")), {},
                        tr("Select the run's report in the catalog"));
    m_refresh =
        make("actionRunRefresh", tr("R&efresh"),
             themedIcon("view-refresh", this, QStyle::SP_BrowserReload), {QKeySequence(Qt::Key_F5)},
             tr("Read the runs again, including those other ReportDesk processes wrote"));
    addAction(m_refresh);

    connect(m_openOutput, &QAction::triggered, this, &RunHistoryView::openOutput);
    connect(m_openFolder, &QAction::triggered, this, &RunHistoryView::openFolder);
    connect(m_runAgain, &QAction::triggered, this, &RunHistoryView::runAgain);
    connect(m_cancel, &QAction::triggered, this, &RunHistoryView::cancelRun);
    connect(m_copyError, &QAction::triggered, this, &RunHistoryView::copyError);
    connect(m_showReport, &QAction::triggered, this, &RunHistoryView::showReport);
    connect(m_refresh, &QAction::triggered, this, &RunHistoryView::refresh);
}

void RunHistoryView::createWidgets()
{
    // Header: what is shown, and the filters.
    m_scopeLabel = new QLabel(this);
    m_scopeLabel->setObjectName(QStringLiteral("runScopeLabel"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_scopeLabel->font();
    bold.setBold(true);
    m_scopeLabel->setFont(bold);
    // A long report name is cut rather than widening the dock (the tool tip has it all).
    m_scopeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_scopeLabel->setMinimumWidth(m_scopeLabel->fontMetrics().horizontalAdvance(QLatin1Char('x')) *
                                  12);

    m_showAll = new QCheckBox(tr("Show all reports"), this);
    m_showAll->setObjectName(QStringLiteral("showAllReportsCheck"));
    m_showAll->setToolTip(tr("Show the runs of every report, not only the selected one"));
    m_showAll->hide();

    auto *stateLabel = new QLabel(tr("&State:"), this);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("runStateFilterCombo"));
    m_stateCombo->setAccessibleName(tr("State filter"));
    m_stateCombo->addItem(tr("All states"), -1);
    for (const Run::State state : Run::allStates())
        m_stateCombo->addItem(RunHistoryModel::stateText(state), int(state));
    m_stateCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    stateLabel->setBuddy(m_stateCombo);

    auto *refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("runRefreshButton"));
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAutoRaise(true);
    refreshButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    refreshButton->setAccessibleName(tr("Refresh"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(8);
    header->addWidget(m_scopeLabel, 1);
    header->addWidget(m_showAll);
    header->addSpacing(8);
    header->addWidget(stateLabel);
    header->addWidget(m_stateCombo);
    header->addWidget(refreshButton);

    // Tool bar: what can be done with the selected run.
    m_toolBar = new QToolBar(tr("Run Actions"), this);
    m_toolBar->setObjectName(QStringLiteral("runHistoryToolBar"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_toolBar->setIconSize(QSize(iconSize, iconSize));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_openOutput);
    m_toolBar->addAction(m_openFolder);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_runAgain);
    m_toolBar->addAction(m_cancel);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_copyError);
    m_toolBar->addAction(m_showReport);

    // The table, or what to say when it is empty.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setAccessibleName(tr("Runs"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // newest first, as the catalog lists them
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter); // numbers: the model's
    columns->setMinimumSectionSize(40);
    for (int c = 0; c < RunHistoryModel::ColumnCount; ++c)
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The report name may be long: the user sizes it. The error takes what is left, elided.
    columns->setSectionResizeMode(RunHistoryModel::ReportColumn, QHeaderView::Interactive);
    columns->resizeSection(RunHistoryModel::ReportColumn,
                           m_table->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
    columns->setSectionResizeMode(RunHistoryModel::ErrorColumn, QHeaderView::Stretch);
    for (QAction *action :
         {m_openOutput, m_openFolder, m_runAgain, m_cancel, m_copyError, m_showReport})
        m_table->addAction(action); // their shortcuts work where the rows have the focus

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("runHistoryEmptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAutoFillBackground(true);
    m_emptyLabel->setBackgroundRole(QPalette::Base);
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_emptyLabel->setMargin(16);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyLabel);

    // Details of the selected run.
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("runDetails"));
    auto label = [this](const char *name, Qt::TextFormat format) {
        auto *l = new QLabel(m_details);
        l->setObjectName(QLatin1String(name));
        l->setTextFormat(format);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        return l;
    };
    m_detailsTitle = label("runDetailsTitle", Qt::PlainText);
    m_detailsTitle->setFont(bold);
    m_detailsTimes = label("runDetailsTimes", Qt::PlainText);
    m_detailsTimes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsError = label("runDetailsError", Qt::PlainText);
    m_detailsError->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                            Qt::TextSelectableByKeyboard);
    m_detailsError->setCursor(Qt::IBeamCursor);
    m_detailsFiles = label("runDetailsFiles", Qt::RichText);
    m_detailsFiles->setWordWrap(false);
    m_detailsFiles->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_detailsFiles->setOpenExternalLinks(false);
    connect(m_detailsFiles, &QLabel::linkActivated, this,
            [this](const QString &link) { openFile(QUrl(link).toLocalFile()); });
    connect(m_detailsFiles, &QLabel::linkHovered, this, [this](const QString &link) {
        m_detailsFiles->setToolTip(link.isEmpty() ? QString() : native(QUrl(link).toLocalFile()));
    });
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(8, 6, 8, 6);
    detailsLayout->setSpacing(4);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsTimes);
    detailsLayout->addWidget(m_detailsError);
    detailsLayout->addWidget(m_detailsFiles);
    detailsLayout->addStretch(1);
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(QStringLiteral("runDetailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::StyledPanel);
    // Room for the title, the times, a line of error and two files without scrolling.
    detailsScroll->setMinimumHeight(m_detailsTitle->fontMetrics().lineSpacing() * 3 + 20);
    const int detailsHeight = m_detailsTitle->fontMetrics().lineSpacing() * 6 + 28;

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("runHistorySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 1); // the table takes what the window gives
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({detailsHeight * 3, detailsHeight});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);

    connect(m_showAll, &QCheckBox::toggled, this, &RunHistoryView::applyFilter);
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &RunHistoryView::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && m_openOutput->isEnabled())
            openOutput();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &RunHistoryView::showContextMenu);
}

// ------------------------------------------------------------------------------ scope, filter

void RunHistoryView::setReportScope(const QUuid &id, const QString &name)
{
    m_scopeId = id;
    m_scopeName = name;
    m_scopeDeleted = false;
    applyFilter();
}

void RunHistoryView::setShowAllReports(bool all)
{
    m_showAll->setChecked(all); // applies the filter when it changes
}

void RunHistoryView::setStateFilter(std::optional<Run::State> state)
{
    m_stateCombo->setCurrentIndex(m_stateCombo->findData(state ? int(*state) : -1));
}

std::optional<Run::State> RunHistoryView::stateFilter() const
{
    const int value = m_stateCombo->currentData().toInt();
    if (value < 0)
        return std::nullopt;
    return Run::State(value);
}

void RunHistoryView::applyFilter()
{
    RunFilter filter;
    if (!m_scopeId.isNull() && !m_showAll->isChecked())
        filter.reportId = m_scopeId;
    filter.state = stateFilter();
    m_model->setFilter(filter); // keeps the selected run selected when it still matches
    updateScope();
}

void RunHistoryView::refresh()
{
    m_model->reload();
    emit statusMessage(tr("Run history read again."));
}

QString RunHistoryView::scopeText() const
{
    if (m_scopeId.isNull() || m_showAll->isChecked())
        return tr("All reports");
    if (m_scopeDeleted)
        return tr("Runs of “%1” (deleted)").arg(m_scopeName);
    return tr("Runs of “%1”").arg(m_scopeName);
}

void RunHistoryView::updateScope()
{
    m_showAll->setVisible(!m_scopeId.isNull());
    m_showAll->setToolTip(
        m_scopeId.isNull()
            ? QString()
            : tr("Show the runs of every report, not only of “%1”").arg(m_scopeName));
    m_scopeLabel->setText(scopeText());
    m_scopeLabel->setToolTip(scopeText());
    updateEmptyState();
}

QString RunHistoryView::emptyText() const
{
    const bool scoped = !m_scopeId.isNull() && !m_showAll->isChecked();
    if (const auto state = stateFilter())
        return noRunsText(*state); // the header above says whose runs

    if (scoped)
        return tr("“%1” has no runs yet. Its scheduled runs and Run now appear here.")
            .arg(m_scopeName);
    return tr("No runs yet. Scheduled runs and Run now appear here.");
}

void RunHistoryView::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setText(emptyText());
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyLabel) : m_table);
}

// ------------------------------------------------------------------------------ selection

std::optional<Run> RunHistoryView::currentRun() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->runAt(rows.first().row());
}

bool RunHistoryView::selectRun(qint64 runId)
{
    const int row = m_model->rowOfRun(runId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RunHistoryView::updateDetails()
{
    const auto run = currentRun();
    if (!run) {
        m_detailsTitle->setText(tr("Select a run to see its details."));
        m_detailsTitle->setForegroundRole(QPalette::PlaceholderText);
        m_detailsTitle->setFont(font());
        for (QLabel *label : {m_detailsTimes, m_detailsError, m_detailsFiles})
            label->hide();
        return;
    }
    QFont bold = font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    m_detailsTitle->setForegroundRole(QPalette::WindowText);
    QString attempt;
    if (run->attempt > 1)
        attempt = tr(", attempt %1").arg(run->attempt);
    m_detailsTitle->setText(
        tr("%1 · %2%3").arg(run->reportName, RunHistoryModel::stateText(run->state), attempt));

    QStringList times;
    times.append(tr("%1 run for %2")
                     .arg(RunHistoryModel::triggerText(run->trigger),
                          RunHistoryModel::timeText(run->scheduledFor)));
    if (run->startedAt.isValid())
        times.append(tr("started %1").arg(RunHistoryModel::timeText(run->startedAt)));
    if (const QString took = RunHistoryModel::durationText(*run); !took.isEmpty())
        times.append(tr("took %1").arg(took));
    else if (run->state == Run::State::Running)
        times.append(tr("still running"));
    if (!run->claimedBy.isEmpty())
        times.append(tr("by %1").arg(run->claimedBy));
    m_detailsTimes->setText(times.join(QStringLiteral(" · ")));
    m_detailsTimes->show();

    m_detailsError->setText(run->error);
    m_detailsError->setVisible(!run->error.isEmpty());
    if (run->state == Run::State::Failed || run->state == Run::State::Interrupted) {
        QPalette palette = m_detailsError->palette();
        palette.setColor(QPalette::WindowText, RunHistoryModel::stateColor(run->state));
        m_detailsError->setPalette(palette);
    } else {
        m_detailsError->setPalette(QPalette());
    }

    if (run->artifacts.isEmpty()) {
        m_detailsFiles->setText(run->isFinished() ? tr("No files.") : QString());
        m_detailsFiles->setVisible(run->isFinished());
        return;
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    QStringList folders;
    for (const RunArtifact &a : run->artifacts) {
        const QFileInfo info(a.path);
        if (!folders.contains(info.absolutePath()))
            folders.append(info.absolutePath());
        html += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td>"
                               "<td style=\"padding-left:14px\">%3</td>"
                               "<td style=\"padding-left:14px\" align=\"right\">%4</td>"
                               "<td style=\"padding-left:14px\"><tt>%5</tt></td></tr>")
                    .arg(QUrl::fromLocalFile(a.path).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         info.fileName().toHtmlEscaped(), a.format.toUpper().toHtmlEscaped(),
                         RunHistoryModel::sizeText(a.size).toHtmlEscaped(),
                         tr("SHA-256 %1…").arg(a.sha256.left(12)).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    for (const QString &folder : std::as_const(folders))
        html +=
            QStringLiteral("<div>%1</div>").arg(tr("In %1").arg(native(folder)).toHtmlEscaped());
    m_detailsFiles->setText(html);
    m_detailsFiles->show();
}

bool RunHistoryView::ownsRun(const Run &run) const
{
    if (!m_scheduler || run.isFinished())
        return false;
    if (m_scheduler->activeRuns().contains(run.id))
        return true;
    // A retry this process waits to start is queued under its name; the scheduler cancels it.
    return run.state == Run::State::Queued && run.claimedBy == Scheduler::defaultInstanceId();
}

void RunHistoryView::updateActions()
{
    const auto run = currentRun();
    const bool files = run && !run->artifacts.isEmpty();
    m_openOutput->setEnabled(files);
    m_openFolder->setEnabled(files);
    m_runAgain->setEnabled(run && m_scheduler);
    m_cancel->setEnabled(run && ownsRun(*run));
    m_copyError->setEnabled(run && !run->error.isEmpty());
    m_showReport->setEnabled(run.has_value());
}

void RunHistoryView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        selectRun(m_model->runAt(index.row()).id);
    QMenu menu(this);
    menu.addAction(m_openOutput);
    menu.addAction(m_openFolder);
    menu.addSeparator();
    menu.addAction(m_runAgain);
    menu.addAction(m_cancel);
    menu.addSeparator();
    menu.addAction(m_copyError);
    menu.addAction(m_showReport);
    menu.addSeparator();
    menu.addAction(m_refresh);
    menu.setDefaultAction(m_openOutput);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

// ------------------------------------------------------------------------------ actions

void RunHistoryView::fail(const QString &message)
{
    qCInfo(lcRunHistory) << message;
    if (m_errorPrompt)
        m_errorPrompt(message);
}

void RunHistoryView::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        fail(tr("The file “%1” is gone: it was moved or deleted after the run.").arg(native(path)));
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(path)))
        fail(tr("No application could open “%1”.").arg(native(path)));
}

void RunHistoryView::openOutput()
{
    const auto run = currentRun();
    if (!run || run->artifacts.isEmpty())
        return;
    openFile(run->artifacts.first().path);
}

void RunHistoryView::openFolder()
{
    const auto run = currentRun();
    if (!run || run->artifacts.isEmpty())
        return;
    const QString folder = QFileInfo(run->artifacts.first().path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        fail(tr("The folder “%1” is gone: it was moved or deleted after the run.")
                 .arg(native(folder)));
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(folder)))
        fail(tr("No application could open the folder “%1”.").arg(native(folder)));
}

void RunHistoryView::runAgain()
{
    const auto run = currentRun();
    if (!run || !m_scheduler)
        return;
    const auto report = m_catalog->report(run->reportId);
    if (!report) {
        fail(tr("The report “%1” no longer exists.").arg(run->reportName));
        return;
    }
    const auto started = m_scheduler->runNow(run->reportId);
    if (!started) {
        fail(tr("“%1” could not run: %2").arg(report->name, started.error()));
        return;
    }
    selectRun(started->id); // when the filter shows it
    emit statusMessage(tr("Running “%1” now").arg(report->name));
}

void RunHistoryView::cancelRun()
{
    const auto run = currentRun();
    if (!run || !m_scheduler)
        return;
    if (const Status s = m_scheduler->cancel(run->id); !s) {
        fail(s.error());
        return;
    }
    emit statusMessage(tr("Cancelling the run of “%1”…").arg(run->reportName));
}

void RunHistoryView::copyError()
{
    const auto run = currentRun();
    if (!run || run->error.isEmpty())
        return;
    QApplication::clipboard()->setText(run->error);
    emit statusMessage(tr("Error copied"));
}

void RunHistoryView::showReport()
{
    const auto run = currentRun();
    if (!run)
        return;
    if (!m_catalog->report(run->reportId)) {
        fail(tr("The report “%1” no longer exists.").arg(run->reportName));
        return;
    }
    emit reportActivated(run->reportId);
}

// ------------------------------------------------------------------------------ keys

// F5 refreshes the history while it has the focus, although the window's preview has F5 for
// itself: claiming the key in the shortcut-override pass keeps the two from being ambiguous
// (which would make Qt run neither).
bool RunHistoryView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (QKeySequence(key->keyCombination()) == m_refresh->shortcut()) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void RunHistoryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolBar();
}

void RunHistoryView::fitToolBar()
{
    if (m_toolBarTextWidth == 0) {
        m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_toolBarTextWidth = m_toolBar->sizeHint().width();
    }
    const QMargins margins = layout()->contentsMargins();
    const bool room = width() - margins.left() - margins.right() >= m_toolBarTextWidth;
    m_toolBar->setToolButtonStyle(room ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

void RunHistoryView::keyPressEvent(QKeyEvent *event)
{
    if (QKeySequence(event->keyCombination()) == m_refresh->shortcut()) {
        m_refresh->trigger();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace reportdesk
