#pragma once

#include "tray/TraySurface.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace reportdesk {

class Catalog;
class Clock;
class Scheduler;
class Settings;
struct Run;

// The tray icon's logic, over a TraySurface so tests need no desktop. It shows what the
// scheduler does (tooltip: the next run, the runs under way, paused, nothing scheduled; updated
// from the scheduler's and the catalog's signals, never polled), offers the tray menu (Open,
// Run Due Now, Pause/Resume Scheduling, Recent Exports, Quit), notifies about finished runs
// (failures always, successes when Settings::Key::NotifyOnSuccess is on) and holds the close
// and quit policy. It only emits intents for the window (showWindowRequested, showRunRequested,
// quitRequested); it never touches a window itself.
//
// Wiring (app/Application.cpp), after the catalog, settings, RunExecutor and Scheduler exist:
//
//     SystemTraySurface surface;
//     TrayController tray(catalog.get(), &scheduler, settings.get(), &surface);
//     scheduler.start(); // after the controller: it applies the remembered pause first
//     connect(&tray, &TrayController::showWindowRequested, &window, [&] {
//         window.showNormal(); window.raise(); window.activateWindow(); });
//     connect(&tray, &TrayController::showRunRequested, &window, ...); // run history, select id
//     connect(&tray, &TrayController::quitRequested, qApp, &QApplication::quit);
//     connect(&tray, &TrayController::statusMessage, &window, ...);    // status bar
//     app.setQuitOnLastWindowClosed(!tray.keepsRunningInTray());
//     if (!(parser.isSet("minimized") && tray.keepsRunningInTray())) window.show();
//
// MainWindow::closeEvent: when tray.keepsRunningInTray(), hide the window, call
// tray.windowHiddenToTray() (the one-time hint) and ignore the event; otherwise quit only when
// tray.confirmQuit(this) says so (ignore the event when it returns false). File > Quit calls
// confirmQuit too. On "quit anyway" the runs under way are left as they are (destroy the
// Scheduler before the RunExecutor, so they are not recorded as cancelled): the next start
// marks them interrupted and retries them.
class TrayController : public QObject {
    Q_OBJECT

public:
    enum class QuitDecision {
        QuitNow,          // runs under way are interrupted and retried at the next start
        QuitWhenFinished, // nothing new starts; quitRequested() once the last run has finished
        Stay,
    };
    // Asked only while runs are active; `question` names how many.
    using QuitPrompt = std::function<QuitDecision(QWidget *parent, const QString &question)>;
    using UrlOpener = std::function<bool(const QUrl &url)>; // default QDesktopServices::openUrl

    // Applies the remembered Settings::Key::SchedulerPaused to the scheduler, sets up the
    // surface (menu, tooltip, visible when the desktop has a tray). Nothing is owned; clock
    // (optional) is the one the scheduler uses, for "Mon 08:00" against today.
    TrayController(Catalog *catalog, Scheduler *scheduler, Settings *settings, TraySurface *surface,
                   const Clock *clock = nullptr, QObject *parent = nullptr);
    ~TrayController() override;

    QMenu *menu() const { return m_menu.get(); }
    QString toolTip() const { return m_toolTip; }
    void setUrlOpener(UrlOpener opener);
    void setQuitPrompt(QuitPrompt prompt);

    // Close behaviour. Closing the window keeps ReportDesk running only when there is a tray
    // to come back from.
    bool keepsRunningInTray() const;
    // The window was hidden to the tray: the first time ever, say so (a tray message).
    void windowHiddenToTray();
    static QString trayHint();
    // Whether to quit now. With runs under way it asks through the prompt; "quit when finished"
    // returns false, stops scheduling and emits quitRequested() when the last run is done.
    bool confirmQuit(QWidget *parent);
    bool isQuitPending() const { return m_quitPending; }

    // What the menu items do.
    int runDueNow(); // returns how many runs it started
    void setPaused(bool paused);
    void refreshRecentExports();

signals:
    void showWindowRequested();
    void showRunRequested(qint64 runId); // a run's notification was clicked
    void quitRequested();
    void statusMessage(const QString &text);

private:
    void buildMenu();
    void updateToolTip();
    void updatePauseAction();
    void onRunStarted(const Run &run);
    void onRunFinished(const Run &run);
    void notifyFailure(qint64 runId, const Run &finished);
    void notify(const QString &title, const QString &text, TraySurface::Severity severity,
                int msecs, qint64 runId);
    void openExport(const QString &path);
    QString whenText(const QDateTime &when) const;
    QString nextReportName();
    QString runName(qint64 runId) const;

    Catalog *m_catalog;
    Scheduler *m_scheduler;
    Settings *m_settings;
    QPointer<TraySurface> m_surface;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_open = nullptr;
    QAction *m_runDue = nullptr;
    QAction *m_pause = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_quit = nullptr;
    UrlOpener m_opener;
    QuitPrompt m_prompt;
    QString m_toolTip;
    QHash<qint64, QString> m_runNames; // runs under way -> report name
    QUuid m_nextId;                    // cached name of the next report
    QString m_nextName;
    qint64 m_messageRunId = 0; // what a click on the last message opens (0: the window)
    bool m_quitPending = false;
};

} // namespace reportdesk
