#include "MainWindow.h"

#include "Icons.h"
#include "MoveToDialog.h"
#include "RemoteItemPage.h"
#include "SelectionPage.h"
#include "CatalogCommands.h"
#include "CatalogFilterModel.h"
#include "CatalogTreeModel.h"
#include "catalog/Catalog.h"
#include "domain/Validation.h"
#include "editors/BrandingEditor.h"
#include "editors/DataSourcesDialog.h"
#include "editors/ReportEditor.h"
#include "preview/PreviewPane.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteSession.h"
#include "runs/RunHistoryView.h"
#include "scheduler/Scheduler.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcMainWindow, "reportdesk.ui.mainwindow")

namespace {
constexpr int kStatusTimeoutMs = 6000;

QString reportsText(int n)
{
    return n == 1 ? MainWindow::tr("1 report") : MainWindow::tr("%n reports", nullptr, n);
}

QString foldersText(int n)
{
    return n == 1 ? MainWindow::tr("1 folder") : MainWindow::tr("%n folders", nullptr, n);
}

QString selectionKey(const QString &kind, const QString &id)
{
    return kind + QLatin1Char(':') + id;
}
} // namespace

MainWindow::MainWindow(Catalog *catalog, QUndoStack *undoStack, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_undoStack(undoStack)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("%1[*]").arg(QFileInfo(catalog->path()).fileName()));

    m_prompts.confirm = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("You can undo this with %1.")
                .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == remove;
    };
    m_prompts.unsavedChanges = [this](const QString &reportTitle) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved Changes"),
            tr("The report “%1” has unsaved changes. Save them?").arg(reportTitle),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        switch (answer) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    m_prompts.error = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_prompts.moveTarget = [this](const QList<qint64> &folders,
                                  bool reports) -> std::optional<qint64> {
        MoveToDialog dialog(*m_catalog, folders, reports, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.target();
    };
    m_prompts.confirmPermanent = [this](const QString &title, const QString &text,
                                        const QString &action) {
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
        box.setInformativeText(tr("This cannot be undone."));
        QPushButton *go = box.addButton(action, QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == go;
    };
    m_prompts.remoteMoveTarget = [this](const QString &server,
                                        const QList<remote::RemoteFolder> &folders,
                                        const QString &current) -> std::optional<QString> {
        QStringList names;
        int currentRow = 0;
        for (const remote::RemoteFolder &folder : folders) {
            if (folder.id == current)
                currentRow = int(names.size());
            names.append(folder.name);
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Move To"), tr("Folder on %1:").arg(server), names, currentRow, false, &ok);
        const qsizetype row = names.indexOf(chosen);
        if (!ok || row < 0)
            return std::nullopt;
        return folders.at(row).id;
    };

    m_model = new CatalogTreeModel(catalog, undoStack, this);
    m_filter = new CatalogFilterModel(this);
    m_filter->setSourceModel(m_model);

    createActions();
    createCentralWidgets();
    createMenusAndToolBar();
    createStatusBar();

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_changingSelection)
                    m_previousCurrent = current;
            });
    connect(m_model, &CatalogTreeModel::editFailed, this, [this](const QString &message) {
        showError(tr("Cannot Change the Catalog"), message);
    });
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::onUndoIndexChanged);
    m_undoIndex = m_undoStack->index();

    // Keep the editor, the actions and the status bar in step with the catalog, whoever
    // changed it (an action, undo/redo, a drop, an inline rename).
    connect(m_catalog, &Catalog::reportInserted, this, [this](const ReportSummary &report) {
        ++m_reportCount;
        if (m_recordInsertions)
            m_insertedReports.append(report.id);
        updateReportCount();
        scheduleRefresh();
    });
    connect(m_catalog, &Catalog::reportRemoved, this, [this](const ReportSummary &report) {
        --m_reportCount;
        updateReportCount();
        if (report.id == m_editedReport && m_tree->selectionModel()->selectedRows().isEmpty())
            showSelection();
        scheduleRefresh();
    });
    connect(m_catalog, &Catalog::reportChanged, this,
            [this](const ReportSummary &, const ReportSummary &after) {
                onCatalogReportChanged(after.id);
                scheduleRefresh();
            });
    connect(m_catalog, &Catalog::folderInserted, this, [this](const Folder &folder) {
        if (m_recordInsertions)
            m_insertedFolders.append(folder.id);
        updateActions();
        scheduleRefresh();
    });
    connect(m_catalog, &Catalog::folderChanged, this, &MainWindow::scheduleRefresh);
    connect(m_catalog, &Catalog::folderRemoved, this, &MainWindow::scheduleRefresh);

    m_reportCount = reportCountBelow(QModelIndex());
    updateReportCount();
    restoreWindowState();
    showSelection();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

// ------------------------------------------------------------------------------ construction

void MainWindow::createActions()
{
    auto make = [this](const char *name, const QString &text, const QKeySequence &shortcut,
                       const QIcon &icon, const QString &tip) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(QLatin1String(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        addAction(action); // shortcuts work even when the toolbar is hidden
        return action;
    };
    const QIcon reportIcon(QStringLiteral(":/reportdesk/icons/report.svg"));

    m_newReport = make("actionNewReport", tr("New &Report"), QKeySequence::New,
                       Icons::themed("document-new", ":/reportdesk/icons/report.svg"),
                       tr("Create a report in the selected folder"));
    m_newFolder = make("actionNewFolder", tr("New &Folder"), QKeySequence(tr("Ctrl+Shift+N")),
                       Icons::themed("folder-new", ":/reportdesk/icons/folder.svg"),
                       tr("Create a folder in the selected folder"));
    m_duplicate = make("actionDuplicate", tr("D&uplicate"), QKeySequence(tr("Ctrl+D")),
                       Icons::themed("edit-copy"), tr("Copy the selected reports"));
    m_rename = make("actionRename", tr("Re&name"), QKeySequence(Qt::Key_F2),
                    Icons::themed("edit-rename"), tr("Rename the selected item"));
    m_delete = make("actionDelete", tr("&Delete…"), QKeySequence::Delete,
                    Icons::themed("edit-delete"), tr("Delete the selected items"));
    m_enable = make("actionEnable", tr("&Enable"), QKeySequence(tr("Ctrl+E")),
                    Icons::themed("media-playback-start"),
                    tr("Enable the selected reports (and all reports in selected folders)"));
    m_disable = make("actionDisable", tr("D&isable"), QKeySequence(tr("Ctrl+Shift+E")),
                     Icons::themed("media-playback-pause"),
                     tr("Disable the selected reports (and all reports in selected folders)"));
    m_moveTo = make("actionMoveTo", tr("&Move To…"), QKeySequence(tr("Ctrl+M")),
                    Icons::themed("go-jump"), tr("Move the selected items into another folder"));
    m_save = make("actionSave", tr("&Save"), QKeySequence::Save, Icons::themed("document-save"),
                  tr("Save the report"));
    m_revert = make("actionRevert", tr("Re&vert"), QKeySequence(tr("Ctrl+R")),
                    Icons::themed("document-revert"), tr("Discard the changes in the editor"));

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(Icons::themed("edit-undo"));
    addAction(m_undo);
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    m_redo->setIcon(Icons::themed("edit-redo"));
    addAction(m_redo);

    m_branding = make("actionBranding", tr("&Branding Profiles…"), QKeySequence(tr("Ctrl+Shift+B")),
                      Icons::themed("preferences-desktop-theme"),
                      tr("Edit the logos, colours and texts of the PDFs"));
    m_dataSources =
        make("actionDataSources", tr("Data &Sources…"), QKeySequence(tr("Ctrl+Shift+D")),
             Icons::themed("network-server-database"), tr("Edit the databases that reports query"));
    m_find = make("actionFind", tr("&Filter…"), QKeySequence::Find, Icons::themed("edit-find"),
                  tr("Filter the tree by name, title or tag"));
    m_expandAll = make("actionExpandAll", tr("&Expand All"), QKeySequence(tr("Ctrl+Shift+Right")),
                       QIcon(), tr("Expand every folder"));
    m_collapseAll = make("actionCollapseAll", tr("&Collapse All"),
                         QKeySequence(tr("Ctrl+Shift+Left")), QIcon(), tr("Collapse every folder"));
    m_togglePreview = make("actionPreview", tr("&Preview"), QKeySequence(tr("Ctrl+Shift+P")),
                           Icons::themed("document-print-preview"),
                           tr("Show the selected report's pages beside the editor"));
    m_togglePreview->setCheckable(true);
    m_quit = make("actionQuit", tr("&Quit"), QKeySequence(tr("Ctrl+Q")),
                  Icons::themed("application-exit"), tr("Quit ReportDesk"));
    m_quit->setMenuRole(QAction::QuitRole);
    m_about = make("actionAbout", tr("&About ReportDesk"), QKeySequence(), Icons::app(),
                   tr("Version and licence"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt = make("actionAboutQt", tr("About &Qt"), QKeySequence(), QIcon(),
                     tr("The Qt version ReportDesk runs on"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_runNow =
        make("actionRunNow", tr("Run &Now"), QKeySequence(tr("Ctrl+Shift+R")),
             Icons::themed("system-run"), tr("Render the selected reports into the archive now"));
    m_runNow->setVisible(false); // until a scheduler is attached
    m_toggleHistory = make("actionRunHistory", tr("Run &History"), QKeySequence(tr("Ctrl+Shift+H")),
                           Icons::themed("document-open-recent"),
                           tr("Show the runs of the selected report, or of all reports"));
    m_toggleHistory->setCheckable(true);
    m_toggleHistory->setVisible(false);
    m_preferences = make("actionPreferences", tr("Pre&ferences…"), QKeySequence::Preferences,
                         Icons::themed("preferences-system"),
                         tr("Archive folder, file names, runs at once, notifications"));
    // QKeySequence::Preferences is empty outside KDE, GNOME and macOS.
    if (m_preferences->shortcut().isEmpty())
        m_preferences->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setVisible(false);
    Q_UNUSED(reportIcon);

    // Remote servers (visible once a session is attached).
    QIcon refreshIcon = Icons::themed("view-refresh");
    if (refreshIcon.isNull())
        refreshIcon = style()->standardIcon(QStyle::SP_BrowserReload);
    m_refreshRemote =
        make("actionRefreshServer", tr("Re&fresh from Server"), QKeySequence(Qt::Key_F5),
             refreshIcon, tr("Load the selected server or folder again"));
    m_newServer = make("actionNewServer", tr("New &Server…"), QKeySequence(),
                       QIcon(QStringLiteral(":/reportdesk/icons/server-grafana.svg")),
                       tr("Add a Kibana, Grafana, OpenObserve or Zscaler UVM server"));
    m_editServer = make("actionEditServer", tr("Edit Ser&ver…"), QKeySequence(),
                        Icons::themed("document-properties"),
                        tr("Change the address, sign-in or secret of the selected server"));
    m_removeServer = make("actionRemoveServer", tr("Remove Server…"), QKeySequence(),
                          Icons::themed("list-remove"),
                          tr("Remove the selected server and its secret from ReportDesk; "
                             "nothing on the server changes"));
    for (QAction *action : {m_refreshRemote, m_newServer, m_editServer, m_removeServer})
        action->setVisible(false);
    for (QAction *action : {m_enable, m_disable, m_runNow, m_delete, m_moveTo, m_newReport,
                            m_newFolder, m_duplicate, m_rename})
        m_defaultTips.insert(action, action->toolTip());

    connect(m_newReport, &QAction::triggered, this, &MainWindow::newReport);
    connect(m_newFolder, &QAction::triggered, this, &MainWindow::newFolder);
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateSelection);
    connect(m_rename, &QAction::triggered, this, &MainWindow::renameCurrent);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteSelection);
    connect(m_enable, &QAction::triggered, this, [this] { setSelectionEnabled(true); });
    connect(m_disable, &QAction::triggered, this, [this] { setSelectionEnabled(false); });
    connect(m_moveTo, &QAction::triggered, this, &MainWindow::moveSelection);
    connect(m_save, &QAction::triggered, this, [this] { saveEditor(); });
    connect(m_revert, &QAction::triggered, this, [this] {
        if (m_editor)
            m_editor->revert();
    });
    connect(m_branding, &QAction::triggered, this, &MainWindow::openBranding);
    connect(m_dataSources, &QAction::triggered, this, &MainWindow::openDataSources);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_expandAll, &QAction::triggered, this, [this] { m_tree->expandAll(); });
    connect(m_collapseAll, &QAction::triggered, this, [this] { m_tree->collapseAll(); });
    connect(m_togglePreview, &QAction::toggled, this, &MainWindow::setPreviewVisible);
    connect(m_quit, &QAction::triggered, this, [this] { requestQuit(); });
    connect(m_runNow, &QAction::triggered, this, &MainWindow::runNow);
    connect(m_preferences, &QAction::triggered, this, [this] {
        if (m_preferencesHandler)
            m_preferencesHandler();
    });
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_refreshRemote, &QAction::triggered, this, &MainWindow::refreshRemote);
    connect(m_newServer, &QAction::triggered, this, [this] {
        if (m_serverEditor)
            m_serverEditor(QUuid());
    });
    connect(m_editServer, &QAction::triggered, this, [this] {
        const RemoteSelection remote = remoteSelection();
        if (m_serverEditor && remote.oneServer())
            m_serverEditor(remote.serverId);
    });
    connect(m_removeServer, &QAction::triggered, this, &MainWindow::removeServer);
}

void MainWindow::createCentralWidgets()
{
    // Left: filter row above the tree.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->setSpacing(6);

    m_filterEdit = new QLineEdit(left);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(
        tr("Filter by name, title or tag (%1)")
            .arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    if (const QIcon find = Icons::themed("edit-find"); !find.isNull())
        m_filterEdit->addAction(find, QLineEdit::LeadingPosition);

    m_stateFilter = new QComboBox(left);
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All"), int(CatalogFilterModel::StateFilter::All));
    m_stateFilter->addItem(tr("Enabled"), int(CatalogFilterModel::StateFilter::Enabled));
    m_stateFilter->addItem(tr("Disabled"), int(CatalogFilterModel::StateFilter::Disabled));
    m_stateFilter->setToolTip(tr("Show all reports, or only the enabled or disabled ones"));

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_stateFilter);
    leftLayout->addLayout(filterRow);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    // Rename and Delete act on the tree only: in the editor's fields, F2 and Del edit text.
    for (QAction *action : {m_rename, m_delete, m_refreshRemote}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        removeAction(action);
        m_tree->addAction(action);
    }

    m_noMatches = new QLabel(left);
    m_noMatches->setObjectName(QStringLiteral("noMatchesLabel"));
    m_noMatches->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_noMatches->setWordWrap(true);
    m_noMatches->setTextFormat(Qt::PlainText);
    m_noMatches->setMargin(24);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->setAutoFillBackground(true);
    m_noMatches->setBackgroundRole(QPalette::Base);
    m_noMatches->setFrameShape(QFrame::StyledPanel);

    m_treeStack = new QStackedWidget(left);
    m_treeStack->addWidget(m_tree);
    m_treeStack->addWidget(m_noMatches);
    leftLayout->addWidget(m_treeStack, 1);

    // Right: the editor, or a page about what is selected.
    m_rightStack = new QStackedWidget(this);
    m_selectionPage = new SelectionPage(m_rightStack);
    m_selectionPage->setObjectName(QStringLiteral("selectionPage"));
    m_editor = new ReportEditor(m_catalog, m_rightStack);
    m_editor->setObjectName(QStringLiteral("reportEditor"));
    m_remoteItemPage = new RemoteItemPage(m_rightStack);
    m_remoteItemPage->setObjectName(QStringLiteral("remoteItemPage"));
    m_remoteItemPage->setActions({m_enable, m_disable, m_runNow, m_moveTo, m_delete},
                                 {m_refreshRemote});
    m_rightStack->addWidget(m_selectionPage);
    m_rightStack->addWidget(m_editor);
    m_rightStack->addWidget(m_remoteItemPage);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6); // mirrors the left side's margins
    rightLayout->addWidget(m_rightStack);
    m_splitter->addWidget(right);
    // Third: the preview of the report in the editor, side by side so edits show as they are
    // made.
    m_previewSide = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(m_previewSide);
    previewLayout->setContentsMargins(0, 6, 6, 6);
    m_preview = new PreviewPane(m_catalog, m_previewSide);
    previewLayout->addWidget(m_preview);
    m_splitter->addWidget(m_previewSide);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(200);
    m_previewSide->setMinimumWidth(320);
    setCentralWidget(m_splitter);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::onFilterChanged);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    connect(m_tree, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { rememberExpansion(index, true); });
    connect(m_tree, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { rememberExpansion(index, false); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (m_filter->isFiltering()) {
                    for (int row = first; row <= last; ++row)
                        m_tree->expandRecursively(m_filter->index(row, 0, parent));
                    if (parent.isValid())
                        m_tree->expand(parent);
                }
                updateNoMatchesLabel();
            });
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateNoMatchesLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateNoMatchesLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateNoMatchesLabel);

    connect(m_editor, &ReportEditor::modifiedChanged, this, &MainWindow::onEditorStateChanged);
    connect(m_editor, &ReportEditor::validityChanged, this, &MainWindow::onEditorStateChanged);
    connect(m_editor, &ReportEditor::changed, this, &MainWindow::updatePreview);
    connect(m_rightStack, &QStackedWidget::currentChanged, this, &MainWindow::updatePreview);
    connect(m_preview, &PreviewPane::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addActions({m_newReport, m_newFolder, m_newServer});
    file->addSeparator();
    file->addActions({m_save, m_revert});
    file->addSeparator();
    file->addAction(m_preview->printAction());
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addActions(m_preview->exportActions());
    file->addSeparator();
    file->addActions({m_branding, m_dataSources});
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    edit->addActions({m_undo, m_redo});
    edit->addSeparator();
    edit->addActions({m_rename, m_duplicate, m_moveTo, m_delete});
    edit->addSeparator();
    edit->addActions({m_editServer, m_removeServer});
    edit->addSeparator();
    edit->addAction(m_find);
    edit->setToolTipsVisible(true); // why an action is greyed out on a server
    edit->addSeparator();
    edit->addAction(m_preferences);
    m_editMenu = edit;

    QMenu *report = menuBar()->addMenu(tr("&Report"));
    report->setObjectName(QStringLiteral("menuReport"));
    report->addActions({m_save, m_revert});
    report->addSeparator();
    report->addActions({m_enable, m_disable});
    report->addSeparator();
    report->addActions({m_duplicate, m_moveTo});
    report->addSeparator();
    report->addAction(m_runNow);
    report->setToolTipsVisible(true);
    m_reportMenu = report;

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({m_newReport, m_newFolder});
    toolBar->addSeparator();
    toolBar->addActions({m_save, m_revert});
    toolBar->addSeparator();
    // Undo's text names the command ("Undo Delete 3 items"): too long and too jumpy for a
    // toolbar button, so the toolbar has short twins that show the full text as a tool tip.
    for (QAction *full : {m_undo, m_redo}) {
        auto *twin = new QAction(full->icon(), full == m_undo ? tr("Undo") : tr("Redo"), toolBar);
        twin->setObjectName(full->objectName() + QStringLiteral("Tool"));
        auto sync = [twin, full] {
            twin->setEnabled(full->isEnabled());
            twin->setToolTip(QString(full->text()).remove(QLatin1Char('&')));
        };
        sync();
        connect(full, &QAction::changed, twin, sync);
        connect(twin, &QAction::triggered, full, &QAction::trigger);
        toolBar->addAction(twin);
    }
    toolBar->addSeparator();
    toolBar->addActions({m_enable, m_disable, m_delete});
    toolBar->addSeparator();
    toolBar->addActions({m_runNow, m_togglePreview});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    view->addAction(m_find);
    view->addSeparator();
    view->addActions({m_expandAll, m_collapseAll});
    view->addSeparator();
    view->addActions({m_togglePreview, m_preview->refreshAction(), m_refreshRemote});
    view->addAction(m_toggleHistory);
    view->addSeparator();
    QAction *toolBarToggle = toolBar->toggleViewAction();
    toolBarToggle->setText(tr("Show &Toolbar"));
    view->addAction(toolBarToggle);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addActions({m_about, m_aboutQt});

    m_treeMenu = new QMenu(this);
    m_treeMenu->setObjectName(QStringLiteral("treeContextMenu"));
    m_treeMenu->addActions({m_newReport, m_newFolder});
    m_treeMenu->addSeparator();
    m_treeMenu->addActions({m_rename, m_duplicate, m_moveTo});
    m_treeMenu->addSeparator();
    m_treeMenu->addActions({m_enable, m_disable, m_runNow});
    m_treeMenu->addSeparator();
    m_treeMenu->addAction(m_delete);
    m_treeMenu->addSeparator();
    m_treeMenu->addAction(m_newServer);

    // On remote rows: what a server offers, and the server itself. Local-only actions are
    // left out rather than shown disabled.
    m_remoteMenu = new QMenu(this);
    m_remoteMenu->setObjectName(QStringLiteral("remoteContextMenu"));
    m_remoteMenu->setToolTipsVisible(true);
    m_remoteMenu->addAction(m_refreshRemote);
    m_remoteMenu->addSeparator();
    m_remoteMenu->addActions({m_enable, m_disable, m_runNow});
    m_remoteMenu->addSeparator();
    m_remoteMenu->addActions({m_moveTo, m_delete});
    m_remoteMenu->addSeparator();
    m_remoteMenu->addActions({m_editServer, m_removeServer, m_newServer});
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("catalogPathLabel"));
    const QString path = QDir::toNativeSeparators(m_catalog->path());
    m_pathLabel->setText(m_pathLabel->fontMetrics().elidedText(path, Qt::ElideMiddle, 420));
    m_pathLabel->setToolTip(tr("Catalog: %1").arg(path));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("reportCountLabel"));
    m_readOnlyLabel = new QLabel(tr("Read-only"), this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setToolTip(tr("The catalog file cannot be written; editing is off."));
    m_readOnlyLabel->setVisible(m_catalog->isReadOnly());
    for (QLabel *label : {m_readOnlyLabel, m_countLabel, m_pathLabel}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
    if (m_catalog->isReadOnly())
        statusBar()->showMessage(tr("The catalog is read-only: you can browse, not edit."));
}

// ------------------------------------------------------------------------------ window state

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings->value(Settings::Key::WindowGeometry).toByteArray();
    const bool firstStart = geometry.isEmpty();
    if (firstStart)
        resize(1280, 800);
    else
        restoreGeometry(geometry);
    restoreState(m_settings->value(Settings::Key::WindowState).toByteArray());
    m_togglePreview->setChecked(m_settings->value(Settings::Key::PreviewVisible).toBool());
    setPreviewVisible(m_togglePreview->isChecked()); // also when unchanged
    if (!m_splitter->restoreState(m_settings->value(Settings::Key::SplitterState).toByteArray()))
        m_splitter->setSizes({260, 540, 480});

    m_expandedFolders.clear();
    if (firstStart) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_expandedFolders.insert(m_model->folderId(m_model->index(row, 0)));
    } else {
        const QVariantList ids = m_settings->value(Settings::Key::ExpandedFolders).toList();
        for (const QVariant &id : ids)
            m_expandedFolders.insert(id.toLongLong());
    }
    applyExpansion();

    const QString last = m_settings->value(Settings::Key::LastSelection).toString();
    const qsizetype colon = last.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QStringView kind = QStringView(last).left(colon);
        const QString id = last.mid(colon + 1);
        if (kind == QLatin1String("report"))
            selectReport(QUuid::fromString(id));
        else if (kind == QLatin1String("folder"))
            selectFolder(id.toLongLong());
    }
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(Settings::Key::WindowState, saveState());
    m_settings->setValue(Settings::Key::SplitterState, m_splitter->saveState());
    m_settings->setValue(Settings::Key::PreviewVisible, m_togglePreview->isChecked());
    if (m_historyDock)
        m_settings->setValue(Settings::Key::RunHistoryVisible, m_toggleHistory->isChecked());
    QVariantList expanded;
    for (qint64 id : std::as_const(m_expandedFolders)) {
        if (m_model->indexForFolder(id).isValid())
            expanded.append(id);
    }
    m_settings->setValue(Settings::Key::ExpandedFolders, expanded);

    QString last;
    const Selection selection = currentSelection();
    if (selection.size() == 1 && selectedRowCount() == 1) {
        last = selection.reportIds.isEmpty()
                   ? selectionKey(QStringLiteral("folder"),
                                  QString::number(selection.folderIds.first()))
                   : selectionKey(QStringLiteral("report"),
                                  selection.reportIds.first().toString(QUuid::WithoutBraces));
    }
    m_settings->setValue(Settings::Key::LastSelection, last);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveEditor()) {
        event->ignore();
        return;
    }
    saveWindowState();
    if (m_keepRunningOnClose && !m_quitting) {
        // The scheduler keeps running in the tray; File > Quit (or the tray's Quit) ends it.
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    if (!m_quitting && m_quitGuard && !m_quitGuard()) {
        event->ignore();
        return;
    }
    event->accept();
}

bool MainWindow::requestQuit()
{
    if (isVisible() && !maybeSaveEditor())
        return false;
    if (m_quitGuard && !m_quitGuard())
        return false;
    m_quitting = true;
    if (isVisible())
        saveWindowState();
    hide();
    QCoreApplication::quit();
    return true;
}

void MainWindow::showAndActivate()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::setPreferencesHandler(std::function<void()> handler)
{
    m_preferencesHandler = std::move(handler);
    m_preferences->setVisible(bool(m_preferencesHandler));
}

// ------------------------------------------------------------------------------ scheduling

void MainWindow::setScheduler(Scheduler *scheduler)
{
    if (m_scheduler || !scheduler)
        return;
    m_scheduler = scheduler;
    m_runNow->setVisible(true);
    m_toggleHistory->setVisible(true);

    m_history = new RunHistoryView(m_catalog, scheduler, this);
    m_historyDock = new QDockWidget(tr("Run History"), this);
    m_historyDock->setObjectName(QStringLiteral("runHistoryDock"));
    m_historyDock->setWidget(m_history);
    m_historyDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    const bool visible = m_settings->value(Settings::Key::RunHistoryVisible).toBool();
    m_historyDock->setVisible(visible);
    m_toggleHistory->setChecked(visible);
    connect(m_toggleHistory, &QAction::toggled, m_historyDock, &QDockWidget::setVisible);
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        // visibilityChanged also fires when the window is hidden to the tray: only a shown
        // window's dock state is the user's choice.
        if (isVisible())
            m_toggleHistory->setChecked(shown);
    });
    connect(m_history, &RunHistoryView::reportActivated, this,
            [this](const QUuid &id) { selectReport(id); });
    connect(m_history, &RunHistoryView::statusMessage, this, &MainWindow::showStatus);

    m_nextRunLabel = new QLabel(this);
    m_nextRunLabel->setObjectName(QStringLiteral("nextRunLabel"));
    statusBar()->insertPermanentWidget(0, m_nextRunLabel);
    connect(scheduler, &Scheduler::nextRunChanged, this, &MainWindow::updateNextRunLabel);
    connect(scheduler, &Scheduler::pausedChanged, this, &MainWindow::updateNextRunLabel);
    connect(scheduler, &Scheduler::runStarted, this, [this](const Run &run) {
        showStatus(tr("Running “%1”…").arg(run.reportName));
        updateNextRunLabel();
    });
    connect(scheduler, &Scheduler::runFinished, this, [this](const Run &run) {
        if (run.state == Run::State::Succeeded)
            showStatus((run.artifacts.size() == 1 ? tr("“%1” is ready: 1 file in the archive.")
                                                  : tr("“%1” is ready: %n files in the archive.",
                                                       nullptr, int(run.artifacts.size())))
                           .arg(run.reportName));
        else if (run.state == Run::State::Failed)
            showStatus(tr("“%1” failed: %2")
                           .arg(run.reportName, run.error.section(QLatin1Char('\n'), 0, 0)));
        updateNextRunLabel();
    });
    updateNextRunLabel();
    updateHistoryScope();
    updateActions();
}

void MainWindow::showRun(qint64 runId)
{
    if (!m_history)
        return;
    showAndActivate();
    m_toggleHistory->setChecked(true);
    if (!m_history->selectRun(runId)) {
        // Not in the current scope or filter: show everything rather than nothing.
        m_history->setShowAllReports(true);
        m_history->setStateFilter(std::nullopt);
        m_history->selectRun(runId);
    }
    m_history->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateNextRunLabel()
{
    if (!m_nextRunLabel || !m_scheduler)
        return;
    const int running = int(m_scheduler->activeRuns().size());
    QString text;
    if (running > 0)
        text = running == 1 ? tr("1 run in progress") : tr("%n runs in progress", nullptr, running);
    else if (m_scheduler->isPaused())
        text = tr("Scheduling paused");
    else if (const QDateTime next = m_scheduler->nextRun(); next.isValid()) {
        const auto report = m_catalog->report(m_scheduler->nextReport());
        const QDateTime local = next.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm"));
        text =
            report ? tr("Next run: %1, %2").arg(report->name, when) : tr("Next run: %1").arg(when);
    } else {
        text = tr("Nothing scheduled");
    }
    m_nextRunLabel->setText(text);
}

void MainWindow::updateHistoryScope()
{
    if (!m_history)
        return;
    const Selection selection = currentSelection();
    if (selection.folderIds.isEmpty() && selection.reportIds.size() == 1) {
        const QUuid id = selection.reportIds.first();
        const auto report = m_catalog->report(id);
        m_history->setReportScope(id, report ? report->name : QString());
    } else {
        m_history->setReportScope(QUuid(), QString());
    }
}

void MainWindow::runNow()
{
    if (!remoteSelection().isEmpty()) {
        triggerRemote();
        return;
    }
    if (!m_scheduler)
        return;
    const Selection selection = currentSelection();
    QList<QUuid> ids;
    for (const QModelIndex &index : reportIndexesIn(selection))
        ids.append(m_model->reportId(index));
    if (ids.isEmpty())
        return;
    // A run renders what is stored: the editor's unsaved edits would be missed silently.
    if (ids.contains(m_editedReport) && m_editor->isModified() && !maybeSaveEditor())
        return;
    QStringList started;
    for (const QUuid &id : std::as_const(ids)) {
        const Result<Run> run = m_scheduler->runNow(id);
        if (!run) {
            const auto report = m_catalog->report(id);
            showError(tr("Run Now"), tr("“%1” could not start: %2")
                                         .arg(report ? report->name : id.toString(), run.error()));
            continue;
        }
        started.append(run->reportName);
    }
    if (started.size() == 1)
        showStatus(tr("Started “%1”; the run history shows its progress.").arg(started.first()));
    else if (!started.isEmpty())
        showStatus(tr("Started %n runs.", nullptr, int(started.size())));
}

// ------------------------------------------------------------------------------ selection

QModelIndex MainWindow::sourceIndex(const QModelIndex &proxyIndex) const
{
    return m_filter->mapToSource(proxyIndex);
}

QModelIndex MainWindow::proxyIndexForSource(const QModelIndex &source)
{
    if (!source.isValid())
        return {};
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid() && m_filter->isFiltering()) {
        clearFilter(); // the item asked for must be visible
        proxy = m_filter->mapFromSource(source);
    }
    return proxy;
}

void MainWindow::clearFilter()
{
    const QSignalBlocker blockEdit(m_filterEdit);
    const QSignalBlocker blockCombo(m_stateFilter);
    m_filterEdit->clear();
    m_stateFilter->setCurrentIndex(0);
    onFilterChanged();
}

bool MainWindow::selectSourceIndex(const QModelIndex &source)
{
    const QModelIndex proxy = proxyIndexForSource(source);
    if (!proxy.isValid())
        return false;
    for (QModelIndex p = proxy.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(proxy);
    return m_tree->selectionModel()->isSelected(proxy);
}

bool MainWindow::selectReport(const QUuid &id)
{
    return selectSourceIndex(m_model->indexForReport(id));
}

bool MainWindow::selectFolder(qint64 id)
{
    return selectSourceIndex(m_model->indexForFolder(id));
}

int MainWindow::selectedRowCount() const
{
    return int(m_tree->selectionModel()->selectedRows().size());
}

MainWindow::Selection MainWindow::currentSelection() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    QSet<qint64> folders;
    for (const QModelIndex &row : rows) {
        const QModelIndex source = sourceIndex(row);
        if (m_model->nodeType(source) == CatalogTreeModel::NodeType::Folder)
            folders.insert(m_model->folderId(source));
    }
    Selection selection;
    for (const QModelIndex &row : rows) {
        const QModelIndex source = sourceIndex(row);
        if (!source.isValid() || m_model->isRemote(source))
            continue; // remoteSelection() has those
        bool inside = false;
        for (QModelIndex p = source.parent(); p.isValid() && !inside; p = p.parent())
            inside = folders.contains(m_model->folderId(p));
        if (inside)
            continue;
        if (m_model->nodeType(source) == CatalogTreeModel::NodeType::Folder)
            selection.folderIds.append(m_model->folderId(source));
        else
            selection.reportIds.append(m_model->reportId(source));
    }
    return selection;
}

QList<QModelIndex> MainWindow::reportIndexesIn(const Selection &selection) const
{
    QList<QModelIndex> result;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &folder) {
        for (int row = 0, n = m_model->rowCount(folder); row < n; ++row) {
            const QModelIndex child = m_model->index(row, 0, folder);
            if (m_model->nodeType(child) == CatalogTreeModel::NodeType::Folder)
                collect(child);
            else
                result.append(child);
        }
    };
    for (qint64 id : selection.folderIds)
        collect(m_model->indexForFolder(id));
    for (const QUuid &id : selection.reportIds)
        result.append(m_model->indexForReport(id));
    return result;
}

int MainWindow::reportCountBelow(const QModelIndex &source) const
{
    int count = 0;
    for (int row = 0, n = m_model->rowCount(source); row < n; ++row) {
        const QModelIndex child = m_model->index(row, 0, source);
        const CatalogTreeModel::NodeType type = m_model->nodeType(child);
        if (type == CatalogTreeModel::NodeType::Folder)
            count += reportCountBelow(child);
        else if (type == CatalogTreeModel::NodeType::Report)
            ++count; // remote items are counted by their servers
    }
    return count;
}

qint64 MainWindow::targetFolderForNew() const
{
    QModelIndex index = m_tree->selectionModel()->currentIndex();
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (!rows.isEmpty() && !rows.contains(index))
        index = rows.first();
    if (index.isValid())
        return m_model->folderId(sourceIndex(index)); // the folder, or the report's folder
    return 0;
}

void MainWindow::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const Selection selection = currentSelection();
    const bool keepsReport = selection.folderIds.isEmpty() && selection.reportIds.size() == 1 &&
                             selection.reportIds.first() == m_editedReport;
    const bool pendingEdits = !m_editedReport.isNull() && m_editor->isModified() &&
                              m_catalog->report(m_editedReport).has_value();
    if (!keepsReport && pendingEdits) {
        if (m_filterChanging) {
            // The filter hid the report being edited: keep editing it; no question mid-typing.
            updateActions();
            return;
        }
        if (!maybeSaveEditor()) {
            restorePreviousSelection();
            return;
        }
    }
    m_previousSelection.clear();
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows())
        m_previousSelection.append(row);
    showSelection();
    updateHistoryScope();
}

void MainWindow::restorePreviousSelection()
{
    const QScopedValueRollback guard(m_changingSelection, true);
    QItemSelection selection;
    for (const QPersistentModelIndex &index : std::as_const(m_previousSelection)) {
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_tree->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The view may move the current index after this handler returns (keyboard navigation
    // selects first, then moves); put it back once it has.
    const QPersistentModelIndex current = m_previousCurrent;
    if (current.isValid()) {
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
        QMetaObject::invokeMethod(
            this,
            [this, current] {
                const QScopedValueRollback again(m_changingSelection, true);
                if (current.isValid())
                    m_tree->selectionModel()->setCurrentIndex(current,
                                                              QItemSelectionModel::NoUpdate);
            },
            Qt::QueuedConnection);
    }
    updateActions();
}

void MainWindow::showSelection()
{
    if (const RemoteSelection remote = remoteSelection(); !remote.isEmpty() && !remote.local) {
        m_editedReport = QUuid();
        m_editorBase = Report();
        showRemoteSelection(remote);
        updateActions();
        return;
    }
    const Selection selection = currentSelection();
    const int rows = selectedRowCount();

    if (rows == 1 && selection.reportIds.size() == 1) {
        const QUuid id = selection.reportIds.first();
        if (id == m_editedReport && m_rightStack->currentWidget() == m_editor) {
            // Already in the editor; onCatalogReportChanged() reloads it when it changes.
        } else if (const std::optional<Report> report = m_catalog->report(id)) {
            loadIntoEditor(*report);
            m_rightStack->setCurrentWidget(m_editor);
        }
        if (m_rightStack->currentWidget() == m_editor) {
            updateActions();
            return;
        }
    }

    m_editedReport = QUuid();
    m_editorBase = Report();
    const QString newShortcut = m_newReport->shortcut().toString(QKeySequence::NativeText);
    if (rows == 0) {
        if (m_model->rowCount() == 0) {
            m_selectionPage->setContent(
                Icons::app(), tr("The catalog is empty"),
                tr("Create a folder for your reports with %1.")
                    .arg(m_newFolder->shortcut().toString(QKeySequence::NativeText)),
                {m_newFolder});
        } else {
            m_selectionPage->setContent(
                Icons::app(), tr("No report selected"),
                tr("Select a report to edit it, or create one with %1.").arg(newShortcut),
                {m_newReport, m_newFolder});
        }
    } else if (rows == 1 && selection.folderIds.size() == 1) {
        const QModelIndex folder = m_model->indexForFolder(selection.folderIds.first());
        int subfolders = 0;
        for (int row = 0, n = m_model->rowCount(folder); row < n; ++row) {
            if (m_model->nodeType(m_model->index(row, 0, folder)) ==
                CatalogTreeModel::NodeType::Folder)
                ++subfolders;
        }
        QString detail = reportsText(reportCountBelow(folder));
        if (subfolders > 0)
            detail = tr("%1 in %2").arg(detail, foldersText(subfolders + 1));
        m_selectionPage->setContent(Icons::themed("folder", ":/reportdesk/icons/folder.svg"),
                                    m_model->data(folder, CatalogTreeModel::PathRole).toString(),
                                    detail, {m_newReport, m_newFolder, m_moveTo});
    } else {
        const int reports = int(reportIndexesIn(selection).size());
        m_selectionPage->setContent(
            QIcon(), tr("%n items selected", nullptr, rows),
            reports == 0 ? tr("No reports among them")
                         : tr("%1 affected by Enable and Disable").arg(reportsText(reports)),
            {m_enable, m_disable, m_duplicate, m_moveTo, m_delete});
    }
    m_rightStack->setCurrentWidget(m_selectionPage);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool writable = !m_catalog->isReadOnly();
    const Selection selection = currentSelection();
    const int rows = selectedRowCount();
    bool anyEnabled = false;
    bool anyDisabled = false;
    for (const QModelIndex &report : reportIndexesIn(selection)) {
        (m_model->isEnabled(report) ? anyEnabled : anyDisabled) = true;
        if (anyEnabled && anyDisabled)
            break;
    }
    m_newReport->setEnabled(writable && m_model->rowCount() > 0);
    m_newFolder->setEnabled(writable);
    m_duplicate->setEnabled(writable && !selection.reportIds.isEmpty());
    m_rename->setEnabled(writable && rows == 1);
    m_delete->setEnabled(writable && !selection.isEmpty());
    m_moveTo->setEnabled(writable && !selection.isEmpty());
    m_enable->setEnabled(writable && anyDisabled);
    m_disable->setEnabled(writable && anyEnabled);
    m_runNow->setEnabled(m_scheduler && writable && !reportIndexesIn(selection).isEmpty());
    m_branding->setEnabled(true); // read-only catalogs still show their profiles
    m_dataSources->setEnabled(true);
    for (auto it = m_defaultTips.cbegin(); it != m_defaultTips.cend(); ++it) {
        it.key()->setToolTip(it.value());
        it.key()->setStatusTip(it.value());
    }
    updateRemoteActions(remoteSelection());
    onEditorStateChanged();
}

void MainWindow::scheduleRefresh()
{
    // A folder delete or an import sends one signal per report: refresh once, afterwards.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_refreshPending = false;
            if (m_rightStack->currentWidget() == m_selectionPage ||
                m_rightStack->currentWidget() == m_remoteItemPage)
                showSelection(); // folder path, counts, what a server sent
            else
                updateActions();
        },
        Qt::QueuedConnection);
}

// ------------------------------------------------------------------------------ editor

void MainWindow::loadIntoEditor(const Report &report)
{
    m_editedReport = report.id;
    m_editorBase = report;
    m_editor->setReport(report);
}

void MainWindow::updatePreview()
{
    if (m_editedReport.isNull() || m_rightStack->currentWidget() != m_editor) {
        m_preview->clear();
        return;
    }
    // A schedule problem does not change what the report looks like: keep previewing.
    FieldErrors renderErrors = m_editor->errors();
    renderErrors.removeIf(
        [](const FieldError &e) { return e.field.startsWith(QLatin1String("schedule")); });
    const QString problems = Validation::joined(renderErrors);
    m_preview->setReport(m_editor->report(), problems, m_editor->isModified());
}

void MainWindow::setPreviewVisible(bool visible)
{
    m_previewSide->setVisible(visible);
    m_settings->setValue(Settings::Key::PreviewVisible, visible);
    // The outermost pane keeps the window's right margin; between panes only the handle.
    m_rightStack->parentWidget()->layout()->setContentsMargins(0, 6, visible ? 0 : 6, 6);
    if (!visible)
        return;
    // Coming back from a state saved without it (or squeezed to nothing): share the editor's room.
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes[2] < m_previewSide->minimumWidth()) {
        const int room = sizes[1] + sizes[2];
        sizes[2] = room * 9 / 20;
        sizes[1] = room - sizes[2];
        m_splitter->setSizes(sizes);
    }
}

void MainWindow::onEditorStateChanged()
{
    const bool editing = !m_editedReport.isNull() && m_rightStack->currentWidget() == m_editor;
    const bool modified = editing && m_editor->isModified();
    m_save->setEnabled(modified && m_editor->isValid() && !m_catalog->isReadOnly());
    m_revert->setEnabled(modified);
    setWindowModified(modified);
}

void MainWindow::onCatalogReportChanged(const QUuid &id)
{
    if (id != m_editedReport)
        return;
    if (m_editor->isModified())
        return; // the user's edits win; saveEditor() merges the changes made elsewhere
    if (const std::optional<Report> report = m_catalog->report(id))
        loadIntoEditor(*report);
    updateActions();
}

bool MainWindow::maybeSaveEditor()
{
    if (m_editedReport.isNull() || !m_editor->isModified())
        return true;
    const std::optional<Report> stored = m_catalog->report(m_editedReport);
    if (!stored)
        return true; // deleted meanwhile: nothing to save into
    switch (m_prompts.unsavedChanges(m_editor->report().displayTitle())) {
    case UnsavedChoice::Save:
        return saveEditor();
    case UnsavedChoice::Discard:
        m_editor->revert();
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool MainWindow::saveEditor()
{
    if (m_editedReport.isNull() || m_catalog->isReadOnly())
        return false;
    if (!m_editor->isValid()) {
        const QString message = Validation::joined(m_editor->errors());
        m_editor->showSaveError(message);
        showStatus(tr("Not saved: %1").arg(message));
        return false;
    }
    Report edited = m_editor->report();
    // A rename, move or enable/disable in the tree while the editor had unsaved changes must
    // survive the save: take the stored value for every such field the user did not touch.
    if (const std::optional<Report> stored = m_catalog->report(m_editedReport)) {
        if (edited.name == m_editorBase.name)
            edited.name = stored->name;
        if (edited.folderId == m_editorBase.folderId)
            edited.folderId = stored->folderId;
        if (edited.enabled == m_editorBase.enabled)
            edited.enabled = stored->enabled;
    }
    Status saved;
    {
        const QScopedValueRollback pushing(m_recordInsertions, true);
        saved = CatalogCommands::run(m_undoStack, CatalogCommands::saveReport(m_catalog, edited));
    }
    if (!saved) {
        qCDebug(lcMainWindow) << "save failed:" << saved.error();
        m_editor->showSaveError(saved.error());
        showStatus(tr("Not saved: %1").arg(saved.error()));
        return false;
    }
    if (const std::optional<Report> stored = m_catalog->report(edited.id))
        loadIntoEditor(*stored);
    showStatus(tr("Saved “%1”").arg(edited.displayTitle()));
    updateActions();
    return true;
}

// ------------------------------------------------------------------------------ actions

bool MainWindow::runCommand(const QString &failureTitle, std::unique_ptr<CatalogCommand> command)
{
    m_insertedFolders.clear();
    m_insertedReports.clear();
    Status status;
    {
        const QScopedValueRollback record(m_recordInsertions, true);
        status = CatalogCommands::run(m_undoStack, std::move(command));
    }
    if (!status) {
        showError(failureTitle, status.error());
        return false;
    }
    updateActions();
    return true;
}

void MainWindow::onUndoIndexChanged(int index)
{
    // The command just undone sits at the new index; the one just redone (or pushed) before it.
    const bool undone = index < m_undoIndex;
    const int commandIndex = undone ? index : index - 1;
    m_undoIndex = index;
    const auto *command = dynamic_cast<const CatalogCommand *>(m_undoStack->command(commandIndex));
    if (command && !command->lastError().isEmpty()) {
        showError(
            undone ? tr("Cannot Undo") : tr("Cannot Redo"),
            tr("“%1” could not be %2: %3")
                .arg(command->text(), undone ? tr("undone") : tr("redone"), command->lastError()));
    } else if (command && undone) {
        showStatus(tr("Undone: %1").arg(command->text()));
    } else if (command && !m_recordInsertions) { // not a push: a redo
        showStatus(tr("Redone: %1").arg(command->text()));
    }
    updateActions();
}

void MainWindow::newReport()
{
    if (!maybeSaveEditor())
        return;
    const qint64 folderId = [this] {
        if (const qint64 id = targetFolderForNew(); id > 0)
            return id;
        // Nothing selected: the first folder as the tree shows it.
        const QModelIndex first = m_filter->index(0, 0);
        return first.isValid() ? m_model->folderId(sourceIndex(first)) : qint64(0);
    }();
    if (folderId <= 0) {
        showError(tr("Cannot Create the Report"), tr("Create a folder for the report first."));
        return;
    }
    Report report;
    report.id = QUuid::createUuid();
    report.folderId = folderId;
    report.name = m_catalog->uniqueReportName(folderId, tr("New report"));
    if (!runCommand(tr("Cannot Create the Report"),
                    CatalogCommands::createReport(m_catalog, report)))
        return;
    if (selectReport(report.id)) {
        showStatus(tr("Created “%1” in %2").arg(report.name, m_catalog->folderPath(folderId)));
        m_tree->edit(m_tree->currentIndex()); // start by naming it
    }
}

void MainWindow::newFolder()
{
    if (!maybeSaveEditor())
        return;
    const qint64 parentId = targetFolderForNew();
    const QString name = m_catalog->uniqueFolderName(parentId, tr("New folder"));
    if (!runCommand(tr("Cannot Create the Folder"),
                    CatalogCommands::createFolder(m_catalog, parentId, name)))
        return;
    if (!m_insertedFolders.isEmpty() && selectFolder(m_insertedFolders.first()))
        m_tree->edit(m_tree->currentIndex());
}

void MainWindow::duplicateSelection()
{
    const QList<QUuid> ids = currentSelection().reportIds;
    if (ids.isEmpty() || !maybeSaveEditor())
        return;
    if (!runCommand(tr("Cannot Duplicate"), CatalogCommands::duplicateReports(m_catalog, ids)))
        return;
    const QList<QUuid> copies = m_insertedReports;
    QItemSelection selection;
    QModelIndex last;
    for (const QUuid &id : copies) {
        const QModelIndex proxy = proxyIndexForSource(m_model->indexForReport(id));
        if (proxy.isValid()) {
            selection.select(proxy, proxy);
            last = proxy;
        }
    }
    if (last.isValid()) {
        m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
        m_tree->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(last);
    }
    showStatus(copies.size() == 1 ? tr("Duplicated 1 report")
                                  : tr("Duplicated %n reports", nullptr, int(copies.size())));
}

void MainWindow::renameCurrent()
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    m_tree->setCurrentIndex(rows.first());
    m_tree->scrollTo(rows.first());
    m_tree->edit(rows.first());
}

void MainWindow::deleteSelection()
{
    if (!remoteSelection().isEmpty()) {
        deleteRemote();
        return;
    }
    const Selection selection = currentSelection();
    if (selection.isEmpty())
        return;

    QString title;
    QString text;
    if (selection.size() == 1 && selection.folderIds.isEmpty()) {
        const QModelIndex report = m_model->indexForReport(selection.reportIds.first());
        title = tr("Delete Report");
        text = tr("Delete the report “%1”?")
                   .arg(m_model->data(report, CatalogTreeModel::PathRole).toString());
    } else if (selection.size() == 1) {
        const QModelIndex folder = m_model->indexForFolder(selection.folderIds.first());
        const QString path = m_model->data(folder, CatalogTreeModel::PathRole).toString();
        const int reports = reportCountBelow(folder);
        title = tr("Delete Folder");
        text = reports == 0
                   ? tr("Delete the folder “%1”?").arg(path)
                   : tr("Delete the folder “%1” and the %2 in it?").arg(path, reportsText(reports));
    } else {
        int inFolders = 0;
        for (qint64 id : selection.folderIds)
            inFolders += reportCountBelow(m_model->indexForFolder(id));
        QStringList parts;
        if (!selection.folderIds.isEmpty()) {
            const QString folders = foldersText(int(selection.folderIds.size()));
            parts.append(inFolders == 0
                             ? folders
                             : tr("%1 (with %2 in them)").arg(folders, reportsText(inFolders)));
        }
        if (!selection.reportIds.isEmpty())
            parts.append(reportsText(int(selection.reportIds.size())));
        title = tr("Delete Items");
        text = tr("Delete %1?").arg(parts.join(tr(" and ")));
    }
    if (!m_prompts.confirm(title, text))
        return;
    // The editor's report may be among them: deleting it is the user's decision, so its unsaved
    // changes go without a second question.
    if (runCommand(tr("Cannot Delete"), CatalogCommands::deleteItems(m_catalog, selection.folderIds,
                                                                     selection.reportIds)))
        showStatus(tr("Deleted. Undo with %1.")
                       .arg(m_undo->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::setSelectionEnabled(bool enabled)
{
    if (!remoteSelection().isEmpty()) {
        setRemoteEnabled(enabled);
        return;
    }
    QList<QUuid> ids;
    for (const QModelIndex &report : reportIndexesIn(currentSelection())) {
        if (m_model->isEnabled(report) != enabled)
            ids.append(m_model->reportId(report));
    }
    if (ids.isEmpty())
        return;
    if (!runCommand(enabled ? tr("Cannot Enable") : tr("Cannot Disable"),
                    CatalogCommands::setEnabled(m_catalog, ids, enabled)))
        return;
    const int n = int(ids.size());
    showStatus(enabled ? tr("Enabled %1").arg(reportsText(n))
                       : tr("Disabled %1").arg(reportsText(n)));
}

void MainWindow::moveSelection()
{
    if (!remoteSelection().isEmpty()) {
        moveRemote();
        return;
    }
    const Selection selection = currentSelection();
    if (selection.isEmpty())
        return;
    const std::optional<qint64> target =
        m_prompts.moveTarget(selection.folderIds, !selection.reportIds.isEmpty());
    if (!target)
        return;
    if (runCommand(tr("Cannot Move"), CatalogCommands::moveItems(m_catalog, selection.folderIds,
                                                                 selection.reportIds, *target))) {
        const QString where = *target == 0 ? tr("the top level") : m_catalog->folderPath(*target);
        showStatus(tr("Moved to %1").arg(where));
        if (*target != 0) {
            const QModelIndex proxy = proxyIndexForSource(m_model->indexForFolder(*target));
            if (proxy.isValid())
                m_tree->expand(proxy);
        }
    }
}

void MainWindow::openBranding()
{
    BrandingEditor editor(m_catalog, this);
    editor.exec();
}

void MainWindow::openDataSources()
{
    DataSourcesDialog dialog(m_catalog, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About ReportDesk"),
        tr("<h3>ReportDesk %1</h3>"
           "<p>Edit, preview and schedule your organisation's reports, local and on Kibana, "
           "Grafana, OpenObserve and Zscaler UVM servers, from one place.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QLatin1String(qVersion())));
}

void MainWindow::showTreeContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    if (index.isValid() && !m_tree->selectionModel()->isSelected(index))
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    else if (!index.isValid())
        m_tree->selectionModel()->clearSelection();
    const bool remote = index.isValid() && m_model->isRemote(sourceIndex(index));
    (remote ? m_remoteMenu : m_treeMenu)->popup(m_tree->viewport()->mapToGlobal(position));
}

// ------------------------------------------------------------------------------ filter

void MainWindow::onFilterChanged()
{
    const bool wasFiltering = m_filter->isFiltering();
    {
        const QScopedValueRollback guard(m_filterChanging, true);
        m_filter->setFilterText(m_filterEdit->text());
        m_filter->setStateFilter(
            CatalogFilterModel::StateFilter(m_stateFilter->currentData().toInt()));
    }
    if (m_filter->isFiltering()) {
        const QScopedValueRollback guard(m_applyingExpansion, true);
        m_tree->expandAll();
    } else if (wasFiltering) {
        applyExpansion();
    }
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    if (current.isValid())
        m_tree->scrollTo(current);
    updateNoMatchesLabel();
}

void MainWindow::updateNoMatchesLabel()
{
    const bool nothing = m_filter->isFiltering() && m_filter->rowCount() == 0;
    if (nothing) {
        const QString text = m_filter->filterText().trimmed();
        const auto state = m_filter->stateFilter();
        if (!text.isEmpty()) {
            m_noMatches->setText(state == CatalogFilterModel::StateFilter::Enabled
                                     ? tr("No enabled reports match “%1”").arg(text)
                                 : state == CatalogFilterModel::StateFilter::Disabled
                                     ? tr("No disabled reports match “%1”").arg(text)
                                     : tr("No reports match “%1”").arg(text));
        } else {
            m_noMatches->setText(state == CatalogFilterModel::StateFilter::Enabled
                                     ? tr("No enabled reports")
                                     : tr("No disabled reports"));
        }
    }
    m_treeStack->setCurrentWidget(nothing ? static_cast<QWidget *>(m_noMatches) : m_tree);
}

void MainWindow::rememberExpansion(const QModelIndex &proxyIndex, bool expanded)
{
    if (m_applyingExpansion || m_filter->isFiltering())
        return; // expansion while filtering is the filter's, not the user's
    if (m_model->nodeType(sourceIndex(proxyIndex)) != CatalogTreeModel::NodeType::Folder)
        return; // servers load when opened: they start closed
    const qint64 id = m_model->folderId(sourceIndex(proxyIndex));
    if (expanded)
        m_expandedFolders.insert(id);
    else
        m_expandedFolders.remove(id);
}

void MainWindow::applyExpansion()
{
    const QScopedValueRollback guard(m_applyingExpansion, true);
    m_tree->collapseAll();
    for (qint64 id : std::as_const(m_expandedFolders)) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->indexForFolder(id));
        if (proxy.isValid())
            m_tree->expand(proxy);
    }
}

// ------------------------------------------------------------------------------ status bar

void MainWindow::updateReportCount()
{
    m_countLabel->setText(reportsText(m_reportCount));
}

void MainWindow::showStatus(const QString &message)
{
    qCDebug(lcMainWindow).noquote() << message;
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    qCWarning(lcMainWindow).noquote() << title << message;
    statusBar()->showMessage(message, kStatusTimeoutMs);
    if (m_prompts.error)
        m_prompts.error(title, message);
}

// ------------------------------------------------------------------------------ remote servers

void MainWindow::setRemoteSession(remote::RemoteSession *session)
{
    if (m_session || !session)
        return;
    m_session = session;
    m_model->setRemoteSession(session);
    for (QAction *action : {m_refreshRemote, m_removeServer, m_runNow})
        action->setVisible(true);
    connect(m_model, &CatalogTreeModel::remoteLoadFinished, this,
            &MainWindow::onRemoteLoadFinished);
    connect(m_model, &CatalogTreeModel::remoteMoveRequested, this, &MainWindow::moveRemoteItems);
    connect(m_catalog, &Catalog::serverInserted, this, &MainWindow::scheduleRefresh);
    connect(m_catalog, &Catalog::serverChanged, this, &MainWindow::scheduleRefresh);
    connect(m_catalog, &Catalog::serverRemoved, this, &MainWindow::scheduleRefresh);
    updateActions();
}

void MainWindow::setServerEditor(std::function<void(const QUuid &)> editor)
{
    m_serverEditor = std::move(editor);
    m_newServer->setVisible(bool(m_serverEditor));
    m_editServer->setVisible(bool(m_serverEditor));
    updateActions();
}

void MainWindow::setSecretsStatus(const QString &text, const QString &toolTip)
{
    if (!m_secretsLabel) {
        m_secretsLabel = new QLabel(this);
        m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
        m_secretsLabel->setContentsMargins(8, 0, 8, 0);
        statusBar()->insertPermanentWidget(0, m_secretsLabel);
    }
    m_secretsLabel->setText(text);
    m_secretsLabel->setToolTip(toolTip);
    m_secretsLabel->setVisible(!text.isEmpty());
}

bool MainWindow::selectServer(const QUuid &id)
{
    return selectSourceIndex(m_model->indexForServer(id));
}

bool MainWindow::selectRemoteItem(const QUuid &serverId, const QString &itemId)
{
    return selectSourceIndex(m_model->indexForRemoteItem(serverId, itemId));
}

MainWindow::RemoteSelection MainWindow::remoteSelection() const
{
    RemoteSelection remote;
    for (const QModelIndex &row : m_tree->selectionModel()->selectedRows()) {
        const QModelIndex source = sourceIndex(row);
        if (!source.isValid())
            continue;
        if (!m_model->isRemote(source)) {
            remote.local = true;
            continue;
        }
        const QUuid id = m_model->serverId(source);
        if (remote.rows.isEmpty())
            remote.serverId = id;
        else if (id != remote.serverId)
            remote.severalServers = true;
        remote.rows.append(source);
        if (m_model->nodeType(source) == CatalogTreeModel::NodeType::RemoteItem)
            remote.items.append(source);
    }
    if (remote.severalServers)
        remote.serverId = QUuid();
    return remote;
}

QString MainWindow::serverTitle(const QUuid &serverId) const
{
    const std::optional<RemoteServer> server =
        m_model->serverProfile(m_model->indexForServer(serverId));
    return server ? tr("%1 “%2”").arg(RemoteServer::kindTitle(server->kind), server->name)
                  : tr("the server");
}

QString MainWindow::itemsText(const QList<QModelIndex> &items) const
{
    if (items.size() == 1)
        return tr("“%1”").arg(items.first().data().toString());
    return tr("%n items", nullptr, int(items.size()));
}

QList<QPersistentModelIndex> MainWindow::containersOf(const QList<QModelIndex> &rows) const
{
    QList<QPersistentModelIndex> containers;
    for (const QModelIndex &row : rows) {
        const CatalogTreeModel::NodeType type = m_model->nodeType(row);
        const QModelIndex container = type == CatalogTreeModel::NodeType::Server ||
                                              type == CatalogTreeModel::NodeType::RemoteFolder
                                          ? row
                                          : row.parent();
        if (container.isValid() && !containers.contains(QPersistentModelIndex(container)))
            containers.append(container);
    }
    return containers;
}

void MainWindow::setActionSupport(QAction *action, bool enabled, const QString &unsupportedReason)
{
    action->setEnabled(enabled && unsupportedReason.isEmpty());
    const QString tip = unsupportedReason.isEmpty() ? m_defaultTips.value(action, action->toolTip())
                                                    : unsupportedReason;
    action->setToolTip(tip);
    action->setStatusTip(tip);
}

void MainWindow::updateRemoteActions(const RemoteSelection &remote)
{
    const bool writable = !m_catalog->isReadOnly();
    m_newServer->setEnabled(writable && m_serverEditor);
    m_editServer->setEnabled(writable && m_serverEditor && remote.oneServer());
    m_removeServer->setEnabled(writable && m_session && remote.oneServer());
    m_refreshRemote->setEnabled(m_session && !remote.isEmpty());
    if (remote.isEmpty())
        return;

    // Local-only actions do nothing on a server.
    const QString localOnly =
        remote.local ? QString() : tr("This works on local reports and folders only.");
    for (QAction *action : {m_newReport, m_newFolder, m_duplicate, m_rename})
        setActionSupport(action, false, localOnly);

    const QList<QAction *> itemActions{m_enable, m_disable, m_runNow, m_delete, m_moveTo};
    if (!remote.oneServer() || remote.items.isEmpty()) {
        const QString why = remote.local || remote.severalServers
                                ? tr("Select local reports, or items of one server, not both.")
                                : QString();
        for (QAction *action : itemActions)
            setActionSupport(action, false, why);
        return;
    }
    remote::RemoteClient *client = m_session ? m_session->existingClient(remote.serverId) : nullptr;
    auto reason = [client](remote::Capability capability) {
        if (!client)
            return tr("Connecting to the server…");
        return client->supports(capability) ? QString() : client->unsupportedReason(capability);
    };
    bool anyEnabled = false;
    bool anyDisabled = false;
    QSet<QString> folders;
    for (const QModelIndex &index : remote.items) {
        const remote::RemoteItem *item = m_model->remoteItem(index);
        if (!item)
            continue;
        if (item->enabled)
            (*item->enabled ? anyEnabled : anyDisabled) = true;
        folders.insert(item->folderId);
    }
    setActionSupport(m_enable, anyDisabled, reason(remote::Capability::Enable));
    setActionSupport(m_disable, anyEnabled, reason(remote::Capability::Enable));
    setActionSupport(m_runNow, true, reason(remote::Capability::Trigger));
    setActionSupport(m_delete, true, reason(remote::Capability::Delete));
    // Somewhere to move to: another folder than the one all selected items are in.
    const QList<remote::RemoteFolder> serverFolders = m_model->remoteFolders(remote.serverId);
    const bool elsewhere =
        serverFolders.size() > 1 ||
        (serverFolders.size() == 1 && !folders.contains(serverFolders.first().id));
    setActionSupport(m_moveTo, elsewhere, reason(remote::Capability::Move));
    if (client) {
        // What the enabled ones do here, not what they do to local reports.
        const QList<std::pair<QAction *, QString>> tips{
            {m_enable, tr("Enable the selected items on %1").arg(client->displayName())},
            {m_disable, tr("Disable the selected items on %1").arg(client->displayName())},
            {m_runNow, tr("Run the selected items on %1 now").arg(client->displayName())},
            {m_delete, tr("Delete the selected items on %1").arg(client->displayName())},
            {m_moveTo,
             tr("Move the selected items to another folder on %1").arg(client->displayName())},
        };
        for (const auto &[action, tip] : tips) {
            if (action->toolTip() == m_defaultTips.value(action)) {
                action->setToolTip(tip);
                action->setStatusTip(tip);
            }
        }
    }
}

void MainWindow::showRemoteSelection(const RemoteSelection &remote)
{
    if (remote.rows.size() == 1) {
        const QModelIndex row = remote.rows.first();
        const QUuid serverId = m_model->serverId(row);
        const QString server = serverTitle(serverId);
        const QIcon icon = row.data(Qt::DecorationRole).value<QIcon>();
        if (const remote::RemoteItem *item = m_model->remoteItem(row)) {
            const QModelIndex folder = m_model->indexForRemoteFolder(serverId, item->folderId);
            m_remoteItemPage->setItem(
                *item, server, folder.isValid() ? folder.data().toString() : QString(), icon);
            m_rightStack->setCurrentWidget(m_remoteItemPage);
            return;
        }
        QString title;
        QString detail;
        QList<QAction *> actions{m_refreshRemote};
        const CatalogTreeModel::LoadState state = m_model->loadState(row);
        const int children = m_model->rowCount(row);
        switch (m_model->nodeType(row)) {
        case CatalogTreeModel::NodeType::Server: {
            title = server;
            const std::optional<RemoteServer> profile = m_model->serverProfile(row);
            detail = profile ? profile->baseUrl.toDisplayString() : QString();
            if (state == CatalogTreeModel::LoadState::Failed)
                detail += QStringLiteral("\n\n") + m_model->loadError(row);
            else if (state == CatalogTreeModel::LoadState::NotLoaded)
                detail += QLatin1Char('\n') + tr("Open it in the tree to see its reports.");
            else if (state == CatalogTreeModel::LoadState::Loaded)
                detail += QLatin1Char('\n') + (m_model->remoteFolders(serverId).isEmpty()
                                                   ? tr("%n items", nullptr, children)
                                                   : tr("%n folders", nullptr, children));
            actions = {m_refreshRemote, m_editServer, m_removeServer};
            break;
        }
        case CatalogTreeModel::NodeType::RemoteFolder:
            title = tr("%1 on %2").arg(row.data().toString(), server);
            if (state == CatalogTreeModel::LoadState::Failed)
                detail = m_model->loadError(row);
            else if (state == CatalogTreeModel::LoadState::Loaded)
                detail = tr("%n items", nullptr, children);
            else
                detail = tr("Open it in the tree to see its reports.");
            break;
        default: // a "Loading…" or error row
            if (m_model->loadError(row).isEmpty()) {
                title = tr("Loading…");
                detail = tr("Waiting for %1.").arg(server);
                actions.clear();
            } else {
                title = tr("Cannot load from %1").arg(server);
                detail = m_model->loadError(row);
                actions = {m_refreshRemote, m_editServer};
            }
            break;
        }
        m_selectionPage->setContent(icon, title, detail, actions);
    } else {
        const int rows = int(remote.rows.size());
        const QString detail =
            remote.severalServers
                ? tr("Items of several servers: select those of one server to act on them.")
                : tr("%1 on %2")
                      .arg(tr("%n items", nullptr, int(remote.items.size())),
                           serverTitle(remote.serverId));
        m_selectionPage->setContent(QIcon(), tr("%n items selected", nullptr, rows), detail,
                                    {m_enable, m_disable, m_runNow, m_moveTo, m_delete});
    }
    m_rightStack->setCurrentWidget(m_selectionPage);
}

void MainWindow::refreshRemote()
{
    const QList<QPersistentModelIndex> containers = containersOf(remoteSelection().rows);
    if (containers.isEmpty() || !m_session)
        return;
    m_userRefreshes.removeIf([](const QPersistentModelIndex &i) { return !i.isValid(); });
    for (const QPersistentModelIndex &container : containers) {
        if (!m_userRefreshes.contains(container))
            m_userRefreshes.append(container);
        m_model->refresh(container);
    }
    statusBar()->showMessage(containers.size() == 1
                                 ? tr("Loading “%1”…").arg(containers.first().data().toString())
                                 : tr("Loading %n folders…", nullptr, int(containers.size())));
}

void MainWindow::onRemoteLoadFinished(const QModelIndex &container, const QString &error)
{
    const qsizetype pending = m_userRefreshes.indexOf(QPersistentModelIndex(container));
    if (pending >= 0) {
        m_userRefreshes.removeAt(pending);
        if (error.isEmpty())
            showStatus(tr("Loaded “%1”").arg(container.data().toString()));
        else
            showStatus(error);
    }
    scheduleRefresh(); // the page and the actions follow what the server sent
}

void MainWindow::runRemote(const QUuid &serverId, const QString &progress,
                           const QString &failureTitle, const QList<RemoteStep> &steps,
                           std::function<QString(int)> success,
                           const QList<QPersistentModelIndex> &reload)
{
    if (!m_session || steps.isEmpty())
        return;
    qCDebug(lcMainWindow).noquote() << progress;
    statusBar()->showMessage(progress);
    m_session->client(
        serverId, this,
        [this, steps, failureTitle, success,
         reload](const remote::RemoteResult<remote::RemoteClient *> &client) {
            if (!client) {
                showError(failureTitle, client.error().text());
                return;
            }
            struct Batch {
                qsizetype pending = 0;
                int succeeded = 0;
                QStringList errors;
            };
            auto batch = std::make_shared<Batch>();
            batch->pending = steps.size();
            // Clients answer without a context object: the window may be gone by then.
            const QPointer<MainWindow> self(this);
            for (const RemoteStep &step : steps) {
                step(client.value(),
                     [self, batch, failureTitle, success, reload](const QString &error) {
                         if (!self)
                             return;
                         if (error.isEmpty())
                             ++batch->succeeded;
                         else
                             batch->errors.append(error);
                         if (--batch->pending > 0)
                             return;
                         if (batch->errors.isEmpty())
                             self->showStatus(success(batch->succeeded));
                         else
                             self->showError(failureTitle, batch->errors.join(QLatin1Char('\n')));
                         // The server is the truth: show what it holds now.
                         for (const QPersistentModelIndex &container : reload) {
                             if (container.isValid() && self->m_model->loadState(container) !=
                                                            CatalogTreeModel::LoadState::NotLoaded)
                                 self->m_model->refresh(container);
                         }
                     });
            }
        });
}

namespace {
// Adapts a client's Done callback to a step's "error text or nothing".
remote::RemoteClient::Done stepDone(std::function<void(const QString &)> done)
{
    return [done = std::move(done)](const remote::RemoteResult<bool> &result) {
        done(result ? QString() : result.error().text());
    };
}
} // namespace

void MainWindow::setRemoteEnabled(bool enabled)
{
    const RemoteSelection remote = remoteSelection();
    if (!remote.oneServer())
        return;
    QList<QModelIndex> changing;
    QList<RemoteStep> steps;
    for (const QModelIndex &index : remote.items) {
        const remote::RemoteItem *item = m_model->remoteItem(index);
        if (!item || !item->enabled || *item->enabled == enabled)
            continue;
        changing.append(index);
        steps.append([id = item->id, enabled](remote::RemoteClient *client,
                                              std::function<void(const QString &)> done) {
            client->setEnabled(id, enabled, stepDone(std::move(done)));
        });
    }
    if (steps.isEmpty())
        return;
    const QString what = itemsText(changing);
    const QString server = serverTitle(remote.serverId);
    runRemote(
        remote.serverId,
        enabled ? tr("Enabling %1 on %2…").arg(what, server)
                : tr("Disabling %1 on %2…").arg(what, server),
        enabled ? tr("Cannot Enable") : tr("Cannot Disable"), steps,
        [=](int) {
            return enabled ? tr("Enabled %1 on %2.").arg(what, server)
                           : tr("Disabled %1 on %2.").arg(what, server);
        },
        containersOf(changing));
}

void MainWindow::triggerRemote()
{
    const RemoteSelection remote = remoteSelection();
    if (!remote.oneServer() || remote.items.isEmpty())
        return;
    QList<RemoteStep> steps;
    for (const QModelIndex &index : remote.items) {
        steps.append([id = m_model->remoteId(index)](remote::RemoteClient *client,
                                                     std::function<void(const QString &)> done) {
            client->trigger(id, stepDone(std::move(done)));
        });
    }
    const QString what = itemsText(remote.items);
    const QString server = serverTitle(remote.serverId);
    runRemote(
        remote.serverId, tr("Starting %1 on %2…").arg(what, server), tr("Run Now"), steps,
        [=](int) { return tr("Started %1 on %2.").arg(what, server); }, containersOf(remote.items));
}

void MainWindow::deleteRemote()
{
    const RemoteSelection remote = remoteSelection();
    if (!remote.oneServer() || remote.items.isEmpty())
        return;
    const QString what = itemsText(remote.items);
    const QString server = serverTitle(remote.serverId);
    const QString question =
        remote.items.size() == 1
            ? tr("Delete %1 from %2? It is deleted on the server, for everyone.").arg(what, server)
            : tr("Delete these %1 from %2? They are deleted on the server, for everyone.")
                  .arg(what, server);
    if (!m_prompts.confirmPermanent(tr("Delete on Server"), question, tr("Delete")))
        return;
    QStringList ids;
    for (const QModelIndex &index : remote.items)
        ids.append(m_model->remoteId(index));
    runRemote(
        remote.serverId, tr("Deleting %1 from %2…").arg(what, server), tr("Cannot Delete"),
        {[ids](remote::RemoteClient *client, std::function<void(const QString &)> done) {
            client->remove(ids, stepDone(std::move(done)));
        }},
        [=](int) { return tr("Deleted %1 from %2.").arg(what, server); },
        containersOf(remote.items));
}

void MainWindow::moveRemote()
{
    const RemoteSelection remote = remoteSelection();
    if (!remote.oneServer() || remote.items.isEmpty())
        return;
    QSet<QString> from;
    QStringList ids;
    for (const QModelIndex &index : remote.items) {
        from.insert(m_model->remoteFolderId(index));
        ids.append(m_model->remoteId(index));
    }
    const std::optional<QString> target = m_prompts.remoteMoveTarget(
        serverTitle(remote.serverId), m_model->remoteFolders(remote.serverId),
        from.size() == 1 ? *from.cbegin() : QString());
    if (!target)
        return;
    QStringList moving;
    for (const QModelIndex &index : remote.items) {
        if (m_model->remoteFolderId(index) != *target)
            moving.append(m_model->remoteId(index));
    }
    if (moving.isEmpty()) {
        showStatus(tr("Nothing to move: the items are in that folder already."));
        return;
    }
    moveRemoteItems(remote.serverId, moving, *target);
}

void MainWindow::moveRemoteItems(const QUuid &serverId, const QStringList &itemIds,
                                 const QString &folderId)
{
    if (itemIds.isEmpty())
        return;
    QList<QModelIndex> items;
    for (const QString &id : itemIds) {
        const QModelIndex item = m_model->indexForRemoteItem(serverId, id);
        if (item.isValid())
            items.append(item);
    }
    QList<QPersistentModelIndex> reload = containersOf(items);
    const QModelIndex target = m_model->indexForRemoteFolder(serverId, folderId);
    if (target.isValid() && !reload.contains(QPersistentModelIndex(target)))
        reload.append(target);
    const QString what = items.size() == itemIds.size()
                             ? itemsText(items)
                             : tr("%n items", nullptr, int(itemIds.size()));
    const QString folder = target.isValid() ? target.data().toString() : folderId;
    const QString server = serverTitle(serverId);
    runRemote(
        serverId, tr("Moving %1 to “%2” on %3…").arg(what, folder, server), tr("Cannot Move"),
        {[itemIds, folderId](remote::RemoteClient *client,
                             std::function<void(const QString &)> done) {
            client->move(itemIds, folderId, stepDone(std::move(done)));
        }},
        [=](int) { return tr("Moved %1 to “%2” on %3.").arg(what, folder, server); }, reload);
}

void MainWindow::removeServer()
{
    const RemoteSelection remote = remoteSelection();
    if (!m_session || !remote.oneServer())
        return;
    const QUuid id = remote.serverId;
    const std::optional<RemoteServer> profile = m_model->serverProfile(m_model->indexForServer(id));
    if (!profile)
        return;
    if (!m_prompts.confirmPermanent(
            tr("Remove Server"),
            tr("Remove the server “%1” from ReportDesk, with its stored secret? Nothing on the "
               "server changes; you can add it again later.")
                .arg(profile->name),
            tr("Remove")))
        return;
    statusBar()->showMessage(tr("Removing the server “%1”…").arg(profile->name));
    m_session->removeServer(id, this, [this, name = profile->name](const Status &removed) {
        if (!removed)
            showError(tr("Cannot Remove the Server"), removed.error());
        else
            showStatus(tr("Removed the server “%1”.").arg(name));
    });
}

} // namespace reportdesk
