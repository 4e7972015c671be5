#pragma once

#include "domain/Run.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QUrl;

namespace reportdesk {

class Catalog;
class RunHistoryModel;
class Scheduler;

// The run history: the scheduler's runs of one report or of all reports, newest first, with a
// state filter and the details of the selected run (state, error, the files it wrote). From a
// run the user opens its output or its folder, runs its report again, cancels it while this
// process runs it, copies its error or goes to its report.
//
// Runs this process claims or updates appear live (RunHistoryModel follows Catalog::runChanged);
// Refresh (F5 while the view has focus) re-reads runs other processes wrote. Files open through
// an injectable opener and failures are reported through an injectable prompt, so tests need
// neither a desktop nor a dialog.
class RunHistoryView : public QWidget {
    Q_OBJECT

public:
    // Opens a file or folder URL; false when nothing could open it.
    using Opener = std::function<bool(const QUrl &url)>;
    // Tells the user why an action failed (default: a warning message box).
    using ErrorPrompt = std::function<void(const QString &message)>;

    // scheduler may be nullptr: then Run Again and Cancel Run stay disabled.
    RunHistoryView(Catalog *catalog, Scheduler *scheduler, QWidget *parent = nullptr);
    ~RunHistoryView() override;

    // The runs of one report (name for the header), or of all reports for a null id. "Show all
    // reports" overrides a report scope until it is unticked.
    void setReportScope(const QUuid &id, const QString &name);
    QUuid reportScope() const { return m_scopeId; }
    void setShowAllReports(bool all);
    void setStateFilter(std::optional<Run::State> state);
    std::optional<Run::State> stateFilter() const;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setErrorPrompt(ErrorPrompt prompt) { m_errorPrompt = std::move(prompt); }

    RunHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString scopeText() const; // the header: "All reports", "Runs of “Weekly traffic”"
    QString emptyText() const; // what the view says when no run matches
    std::optional<Run> currentRun() const; // the selected run
    bool selectRun(qint64 runId);          // false when the run is not shown

    QAction *refreshAction() const { return m_refresh; }
    QAction *runAgainAction() const { return m_runAgain; }

public slots:
    void refresh();
    void openOutput(); // the selected run's first file
    void openFolder(); // the folder of its files
    void runAgain();   // its report, now (Scheduler::runNow)
    void cancelRun();
    void copyError();
    void showReport(); // emits reportActivated

signals:
    void reportActivated(const QUuid &reportId);
    void statusMessage(const QString &message); // for the window's status bar

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createWidgets();
    void applyFilter();
    void updateScope();
    void updateEmptyState();
    void updateDetails();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    bool ownsRun(const Run &run) const;
    void openFile(const QString &path);
    void fail(const QString &message);
    void fitToolBar(); // text beside the icons when there is room, icons only when narrow

    Catalog *m_catalog;
    QPointer<Scheduler> m_scheduler;
    RunHistoryModel *m_model;
    Opener m_opener;
    ErrorPrompt m_errorPrompt;
    QUuid m_scopeId;
    QString m_scopeName;
    bool m_scopeDeleted = false;
    qint64 m_keepSelection = 0; // the run selected across a model reset
    int m_toolBarTextWidth = 0; // the tool bar's width with text beside the icons

    QAction *m_openOutput = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_runAgain = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_copyError = nullptr;
    QAction *m_showReport = nullptr;
    QAction *m_refresh = nullptr;

    QLabel *m_scopeLabel = nullptr;
    QCheckBox *m_showAll = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_detailsTitle = nullptr;
    QLabel *m_detailsTimes = nullptr;
    QLabel *m_detailsError = nullptr;
    QLabel *m_detailsFiles = nullptr;
};

} // namespace reportdesk
