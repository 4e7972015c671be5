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

namespace remote {
class RemoteClient;
class RemoteSession;
struct RemoteFolder;
} // namespace remote

class Catalog;
class CatalogCommand;
class CatalogFilterModel;
class CatalogTreeModel;
class PreviewPane;
class RemoteItemPage;
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
//
// With a RemoteSession the tree also shows the remote servers. Enable, Disable, Run Now, Delete
// and Move To… then act on the selected remote items through the server's RemoteClient (never
// a kind-specific class), with progress and result in the status bar; what the server does not
// offer is disabled with the client's unsupportedReason() as tool tip, and local-only actions
// are disabled. A selected remote item shows its details (RemoteItemPage) on the right.
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
        // Confirmation of what cannot be undone (deleting on a server, removing a server);
        // `action` is the button's text ("Delete", "Remove"). True to go ahead.
        std::function<bool(const QString &title, const QString &text, const QString &action)>
            confirmPermanent;
        // The target folder on a server for "Move To…"; nullopt when cancelled.
        std::function<std::optional<QString>(const QString &serverTitle,
                                             const QList<remote::RemoteFolder> &folders,
                                             const QString &currentFolderId)>
            remoteMoveTarget;
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

    // Remote servers, optional: shows the catalog's server profiles in the tree (loaded when
    // expanded) with Refresh (F5 in the tree), and the remote item actions.
    void setRemoteSession(remote::RemoteSession *session);
    // File > New Server… and Edit > Edit Server… open the server dialog through this (a null id
    // for a new server); without an editor both are hidden.
    void setServerEditor(std::function<void(const QUuid &serverId)> editor);
    // A permanent note in the status bar on where secrets are kept ("Secrets: session only —
    // …"); empty hides it.
    void setSecretsStatus(const QString &text, const QString &toolTip = {});
    bool selectServer(const QUuid &id);
    bool selectRemoteItem(const QUuid &serverId, const QString &itemId);
    RemoteItemPage *remoteItemPage() const { return m_remoteItemPage; }
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
    // The selected rows that belong to servers (source indexes).
    struct RemoteSelection {
        QUuid serverId; // the server of every remote row; null with several servers
        bool severalServers = false;
        bool local = false;       // local rows are selected too
        QList<QModelIndex> rows;  // every selected remote row
        QList<QModelIndex> items; // the remote items among them
        bool isEmpty() const { return rows.isEmpty(); }
        bool oneServer() const { return !rows.isEmpty() && !severalServers && !local; }
    };
    using RemoteStep = std::function<void(remote::RemoteClient *client,
                                          std::function<void(const QString &error)>)>;

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

    // Remote servers
    RemoteSelection remoteSelection() const;
    void updateRemoteActions(const RemoteSelection &remote);
    void setActionSupport(QAction *action, bool enabled, const QString &unsupportedReason = {});
    void showRemoteSelection(const RemoteSelection &remote);
    QString serverTitle(const QUuid &serverId) const;
    QString itemsText(const QList<QModelIndex> &items) const; // “Name” or "3 items"
    QList<QPersistentModelIndex> containersOf(const QList<QModelIndex> &rows) const;
    void refreshRemote();
    void setRemoteEnabled(bool enabled);
    void triggerRemote();
    void deleteRemote();
    void moveRemote();
    void moveRemoteItems(const QUuid &serverId, const QStringList &itemIds,
                         const QString &folderId);
    void removeServer();
    // Runs the steps with the server's client, shows `progress` until all have answered, then
    // `success(n)` or the errors, and loads `reload` again.
    void runRemote(const QUuid &serverId, const QString &progress, const QString &failureTitle,
                   const QList<RemoteStep> &steps, std::function<QString(int)> success,
                   const QList<QPersistentModelIndex> &reload);
    void onRemoteLoadFinished(const QModelIndex &container, const QString &error);

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
    RemoteItemPage *m_remoteItemPage = nullptr;
    ReportEditor *m_editor = nullptr;
    QWidget *m_previewSide = nullptr;
    PreviewPane *m_preview = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_nextRunLabel = nullptr;
    QLabel *m_secretsLabel = nullptr;
    remote::RemoteSession *m_session = nullptr;
    std::function<void(const QUuid &)> m_serverEditor;
    QMenu *m_remoteMenu = nullptr;
    QHash<QAction *, QString> m_defaultTips;
    QList<QPersistentModelIndex> m_userRefreshes; // refreshes whose result the status bar tells
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
    QAction *m_refreshRemote = nullptr;
    QAction *m_newServer = nullptr;
    QAction *m_editServer = nullptr;
    QAction *m_removeServer = nullptr;
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
