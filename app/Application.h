#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/Result.h"
#include "servers/ServerDialog.h"

#include <memory>

class QApplication;
class QTranslator;

namespace reportdesk {

class Catalog;
class MainWindow;
class RunExecutor;
class Scheduler;
class Settings;
struct Preferences;
struct SchedulerOptions;

namespace remote {
class RemoteSession;
}

// The GUI's composition root: reads the command line, installs translations, opens the catalog
// (seeding the demo content into an empty one) and builds the main window with everything it
// needs injected through its constructor. main.cpp only creates the QApplication and calls run().
class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)

public:
    struct Options {
        QString catalogPath;    // as given with --catalog (empty: environment, then default)
        QString configFile;     // settings ini file given with --config
        QString language;       // --lang; empty: settings, then the system locale
        bool minimized = false; // --minimized: start in the tray (when there is one)
    };

    Application();
    ~Application();

    // Runs the GUI until the last window closes; returns the process exit code.
    int run(QApplication &app);

    // Opens (creating when missing) the catalog at path and seeds the demo content when it is
    // empty and writable. Returns nullptr and sets *error to a message naming the problem.
    static std::unique_ptr<Catalog> openCatalog(const QString &path, QString *error);

    // What the scheduler starts with: the archive folder and file names remembered in the
    // catalog (shared with reportdesk-cli daemon).
    static SchedulerOptions schedulerOptions(Catalog &catalog);
    // The preferences as stored: catalog (archive), settings (runs, notifications) and the
    // autostart entry (the truth for "start at login").
    static Preferences currentPreferences(Catalog &catalog, const Settings &settings,
                                          const QString &autostartConfigDir = {});
    // Stores the preferences and applies them to the running scheduler and executor (either may
    // be null). Returns a message naming what could not be stored; nothing else changes then.
    static Status applyPreferences(const Preferences &preferences, Catalog &catalog,
                                   Settings &settings, Scheduler *scheduler, RunExecutor *executor,
                                   const QString &autostartConfigDir = {});

    // The server dialog's "Test connection": a temporary client (RemoteClients::create) for the
    // dialog's profile and the typed secret, or the stored one when none was typed, on a network
    // manager of its own (so a changed CA file is not answered from a connection verified
    // without it). The client and its manager go when the test has answered.
    static ServerDialog::ConnectionTester serverConnectionTester(remote::RemoteSession *session);
    // Opens the server dialog for a profile (a null id: a new one), saves what it accepts
    // (profile in the catalog, a typed secret through the session) and reports failures on the
    // window.
    static void editServer(MainWindow &window, Catalog &catalog, remote::RemoteSession &session,
                           const QUuid &serverId);

    // Installs Qt's and ReportDesk's translations for language ("" = the system locale). Missing
    // translation files are harmless: the strings stay in English.
    void installTranslations(const QString &language);

private:
    static void setApplicationIdentity();

    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
};

} // namespace reportdesk
