#pragma once

#include "domain/Report.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QSet>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoStack;

namespace reportdesk {

class Catalog;
class CatalogCommand;
class CatalogFilterModel;
class CatalogTreeModel;
class PreviewPane;
class ReportEditor;
class RunHistoryView;
class Scheduler;
class SelectionPage;
class Settings;

// The main window: the catalog tree (with a filter) on the left, the editor for the selected
// report in the middle and its preview on the right (View > Preview). Every edit of the tree goes
// through CatalogCommands on the injected undo stack, so it can be undone; every action sits in a
// menu, the toolbar and the tree's context menu, and is found by objectName ("actionNewReport",
// ...).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    // The questions the window asks. The defaults show message boxes; tests replace them, so no
    // test has to click through a modal dialog.
    struct Prompts {
        // Delete confirmation: true to go ahead.
        std::function<bool(const QString &title, const QString &text)> confirm;
        // The editor has unsaved changes to the report named here.
        std::function<UnsavedChoice(const QString &reportTitle)> unsavedChanges;
        std::function<void(const QString &title, const QString &message)> error;
        // The target folder for "Move to…" (0 = top level); nullopt when cancelled.
        std::function<std::optional<qint64>(const QList<qint64> &movingFolders, bool movingReports)>
            moveTarget;
    };

    MainWindow(Catalog *catalog, QUndoStack *undoStack, Settings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompts(const Prompts &prompts);
    Prompts prompts() const { return m_prompts; }

    // Scheduling, optional (a read-only catalog has none): adds Report > Run Now, the run history
    // dock (View > Run History, scoped to the selected report) and the next run in the status bar.
    void setScheduler(Scheduler *scheduler);
    RunHistoryView *runHistory() const { return m_history; }
    // Shows the run history with that run selected (a tray notification was clicked).
    void showRun(qint64 runId);
    // With a tray, closing the window hides it and the scheduler keeps running; File > Quit
    // quits. Without one, closing quits.
    void setKeepRunningOnClose(bool keep) { m_keepRunningOnClose = keep; }
    // Asked before the application quits (for example: runs are still going); false = stay.
    void setQuitGuard(std::function<bool()> guard) { m_quitGuard = std::move(guard); }
    // Edit > Preferences…; without a handler the action is hidden.
    void setPreferencesHandler(std::function<void()> handler);
    // Shows, un-minimises and raises the window (tray "Open ReportDesk").
    void showAndActivate();
    // File > Quit: saves or discards edits, asks the quit guard, then quits the application.
    bool requestQuit();

    // Both for tests and for a future "Go to report" action.
    bool selectReport(const QUuid &id);
    bool selectFolder(qint64 id);
    QTreeView *treeView() const { return m_tree; }
    ReportEditor *reportEditor() const { return m_editor; }
    PreviewPane *previewPane() const { return m_preview; }
    CatalogFilterModel *filterModel() const { return m_filter; }
    CatalogTreeModel *treeModel() const { return m_model; }

    // Writes geometry, splitter, expanded folders and the selection into the settings (also done
    // when the window closes).
    void saveWindowState();

signals:
    void hiddenToTray(); // the window was closed while keeping running in the tray

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Selection {
        QList<qint64> folderIds; // top-most only: nothing inside another selected folder
        QList<QUuid> reportIds;  // not inside a selected folder
        bool isEmpty() const { return folderIds.isEmpty() && reportIds.isEmpty(); }
        qsizetype size() const { return folderIds.size() + reportIds.size(); }
    };

    void createActions();
    void createMenusAndToolBar();
    void createCentralWidgets();
    void createStatusBar();
    void restoreWindowState();

    // Selection
    Selection currentSelection() const;
    // The selected reports and every report in the selected folders (source indexes).
    QList<QModelIndex> reportIndexesIn(const Selection &selection) const;
    int selectedRowCount() const;
    qint64 targetFolderForNew() const;
    QModelIndex sourceIndex(const QModelIndex &proxyIndex) const;
    QModelIndex proxyIndexForSource(const QModelIndex &sourceIndex);
    bool selectSourceIndex(const QModelIndex &sourceIndex);
    void onSelectionChanged();
    void restorePreviousSelection();
    void showSelection();
    void updateActions();
    void scheduleRefresh(); // after catalog changes, coalesced

    // Editor
    bool maybeSaveEditor(); // false when the user cancelled or saving failed
    bool saveEditor();
    void onEditorStateChanged();
    void onCatalogReportChanged(const QUuid &id);
    void loadIntoEditor(const Report &report);
    void updatePreview(); // the editor's report, or nothing
    void setPreviewVisible(bool visible);

    // Actions
    void newReport();
    void newFolder();
    void duplicateSelection();
    void renameCurrent();
    void deleteSelection();
    void setSelectionEnabled(bool enabled);
    void moveSelection();
    void openBranding();
    void openDataSources();
    void showAbout();
    void runNow();
    void updateNextRunLabel();
    void updateHistoryScope();
    void showTreeContextMenu(const QPoint &position);

    // Runs a tree edit through the undo stack; shows the error and returns false on failure.
    // Records what the command inserted, so that new items can be selected.
    bool runCommand(const QString &failureTitle, std::unique_ptr<CatalogCommand> command);
    void onUndoIndexChanged(int index);

    // Filter
    void onFilterChanged();
    void updateNoMatchesLabel();
    void rememberExpansion(const QModelIndex &proxyIndex, bool expanded);
    void applyExpansion();
    void clearFilter();

    void updateReportCount();
    void showStatus(const QString &message);
    void showError(const QString &title, const QString &message);
    int reportCountBelow(const QModelIndex &sourceIndex) const;

    Catalog *m_catalog;
    QUndoStack *m_undoStack;
    Settings *m_settings;
    Prompts m_prompts;

    CatalogTreeModel *m_model = nullptr;
    CatalogFilterModel *m_filter = nullptr;

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QStackedWidget *m_treeStack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_noMatches = nullptr;
    QStackedWidget *m_rightStack = nullptr;
    SelectionPage *m_selectionPage = nullptr;
    ReportEditor *m_editor = nullptr;
    QWidget *m_previewSide = nullptr;
    PreviewPane *m_preview = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_nextRunLabel = nullptr;
    Scheduler *m_scheduler = nullptr;
    RunHistoryView *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QMenu *m_reportMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    bool m_keepRunningOnClose = false;
    bool m_quitting = false;
    std::function<bool()> m_quitGuard;
    std::function<void()> m_preferencesHandler;
    QMenu *m_treeMenu = nullptr;

    QAction *m_newReport = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_moveTo = nullptr;
    QAction *m_save = nullptr;
    QAction *m_revert = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_branding = nullptr;
    QAction *m_dataSources = nullptr;
    QAction *m_find = nullptr;
    QAction *m_expandAll = nullptr;
    QAction *m_collapseAll = nullptr;
    QAction *m_togglePreview = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_runNow = nullptr;
    QAction *m_toggleHistory = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_about = nullptr;
    QAction *m_aboutQt = nullptr;

    QUuid m_editedReport; // the report in the editor, when it shows one
    Report m_editorBase;  // that report as loaded: tells the user's edits from changes elsewhere
    bool m_filterChanging = false;
    QList<QPersistentModelIndex> m_previousSelection;
    QPersistentModelIndex m_previousCurrent;
    bool m_changingSelection = false;

    QSet<qint64> m_expandedFolders; // while not filtering: the user's own expansion
    bool m_applyingExpansion = false;

    bool m_refreshPending = false;
    bool m_recordInsertions = false; // also: a command is being pushed
    QList<qint64> m_insertedFolders;
    QList<QUuid> m_insertedReports;
    int m_undoIndex = 0;
    int m_reportCount = 0;
};

} // namespace reportdesk
