#include "Application.h"

#include "Icons.h"
#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/PreferencesDialog.h"
#include "remote/RemoteClient.h"
#include "remote/RemoteClients.h"
#include "remote/RemoteSession.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStores.h"
#include "secrets/SessionSecretStore.h"
#include "settings/AppPaths.h"
#include "settings/Autostart.h"
#include "settings/Settings.h"
#include "tray/SystemTraySurface.h"
#include "tray/TrayController.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QStatusBar>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>
#include <cstdlib>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcApplication, "reportdesk.app.application")

namespace {
struct CommandLine {
    QCommandLineOption catalog;
    QCommandLineOption config;
    QCommandLineOption language;
    QCommandLineOption minimized;
};

constexpr int kMaxParallelRuns = 8;

// Built twice: once untranslated to learn --lang and --config, then again after the
// translations are installed, so that --help speaks the user's language.
CommandLine addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Application::tr("ReportDesk: edit, preview and schedule your organisation's reports."));
    parser.addHelpOption();
    parser.addVersionOption();
    CommandLine options{
        QCommandLineOption(QStringLiteral("catalog"),
                           Application::tr("Open the catalog at <path> (default: "
                                           "$REPORTDESK_CATALOG, then %1).")
                               .arg(AppPaths::defaultCatalogPath()),
                           Application::tr("path")),
        QCommandLineOption(QStringLiteral("config"),
                           Application::tr("Read and write settings in the ini <file>."),
                           Application::tr("file")),
        QCommandLineOption(QStringLiteral("lang"),
                           Application::tr("Use the user interface language <lang> (for "
                                           "example de), instead of the system locale."),
                           Application::tr("lang")),
        QCommandLineOption(QStringLiteral("minimized"),
                           Application::tr("Start in the system tray without showing the window "
                                           "(when the desktop has a tray).")),
    };
    parser.addOption(options.catalog);
    parser.addOption(options.config);
    parser.addOption(options.language);
    parser.addOption(options.minimized);
    return options;
}
} // namespace

Application::Application() = default;
Application::~Application() = default;

void Application::setApplicationIdentity()
{
    // Same organisation and name as reportdesk-cli: both find the same default catalog.
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(tr("ReportDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("reportdesk"));
    QApplication::setWindowIcon(Icons::app());
}

void Application::installTranslations(const QString &language)
{
    for (auto *translator : {m_qtTranslator.get(), m_appTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_qtTranslator.reset();
    m_appTranslator.reset();

    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qtTranslator = std::move(qt);
    }
    auto own = std::make_unique<QTranslator>();
    if (own->load(locale, QStringLiteral("reportdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        m_appTranslator = std::move(own);
    } else {
        qCDebug(lcApplication) << "no ReportDesk translation for" << locale.uiLanguages();
    }
}

std::unique_ptr<Catalog> Application::openCatalog(const QString &path, QString *error)
{
    QString openError;
    std::unique_ptr<Catalog> catalog = Catalog::openSqlite(path, &openError);
    if (!catalog) {
        if (error)
            *error = tr("Cannot open the catalog “%1”.\n\n%2").arg(path, openError);
        return nullptr;
    }
    if (catalog->isEmpty() && !catalog->isReadOnly()) {
        const Status seeded = DemoContent::seed(*catalog, AppPaths::sampleDataPath(path));
        // The catalog itself is fine; a failed sample is not a reason to refuse to start.
        if (!seeded)
            qCWarning(lcApplication) << "cannot add the demo content:" << seeded.error();
    }
    return catalog;
}

int Application::run(QApplication &app)
{
    setApplicationIdentity();

    QString configFile;
    QString language;
    {
        QCommandLineParser early;
        const CommandLine options = addOptions(early);
        early.parse(app.arguments()); // errors are reported by the full pass below
        configFile = early.value(options.config);
        language = early.value(options.language);
    }
    auto settings = configFile.isEmpty() ? std::make_unique<Settings>()
                                         : std::make_unique<Settings>(configFile);
    if (language.isEmpty())
        language = settings->value(Settings::Key::Language).toString();
    installTranslations(language);

    QCommandLineParser parser;
    const CommandLine options = addOptions(parser);
    parser.process(app); // exits for --help, --version and unknown options

    const QString catalogPath = AppPaths::catalogPath(parser.value(options.catalog));
    QString error;
    std::unique_ptr<Catalog> catalog = openCatalog(catalogPath, &error);
    if (!catalog) {
        qCWarning(lcApplication).noquote() << error;
        QMessageBox::critical(nullptr, tr("ReportDesk"), error);
        return 1;
    }
    qCDebug(lcApplication) << "catalog" << catalog->path() << "read-only" << catalog->isReadOnly();

    // Remote servers: one network manager shared by every client, secrets from the keychain
    // (opened in the background: asking a keychain can take seconds), one client per profile.
    QNetworkAccessManager network;
    std::unique_ptr<SecretStore> secrets;
    remote::RemoteSession session(
        catalog.get(), nullptr,
        [&network](const RemoteServer &server, const QString &secret, QString *error) {
            return remote::RemoteClients::create(server, secret, &network, nullptr, error);
        });

    QUndoStack undoStack;
    MainWindow window(catalog.get(), &undoStack, settings.get());
    window.setRemoteSession(&session);
    window.setServerEditor(
        [&](const QUuid &serverId) { editServer(window, *catalog, session, serverId); });
    SecretStores::open(
        SecretStore::defaultServiceName(), SecretStores::DefaultProbeTimeout, &window,
        [&](std::unique_ptr<SecretStore> store) {
            secrets = std::move(store);
            session.setSecretStore(secrets.get());
            if (const auto *sessionOnly = qobject_cast<const SessionSecretStore *>(secrets.get()))
                window.setSecretsStatus(tr("Secrets: session only — %1").arg(sessionOnly->reason()),
                                        secrets->description());
        });

    // Scheduling runs while the app is open (and in the tray). A read-only catalog cannot
    // record runs, so it gets neither scheduler nor tray.
    std::unique_ptr<RunExecutor> executor;
    std::unique_ptr<Scheduler> scheduler;
    std::unique_ptr<SystemTraySurface> traySurface;
    std::unique_ptr<TrayController> tray;
    if (!catalog->isReadOnly()) {
        executor = std::make_unique<RunExecutor>(
            std::clamp(settings->value(Settings::Key::ParallelRuns).toInt(), 1, kMaxParallelRuns));
        scheduler =
            std::make_unique<Scheduler>(catalog.get(), executor.get(), schedulerOptions(*catalog));
        traySurface = std::make_unique<SystemTraySurface>();
        // Before start(): the controller applies the remembered pause.
        tray = std::make_unique<TrayController>(catalog.get(), scheduler.get(), settings.get(),
                                                traySurface.get());
        window.setScheduler(scheduler.get());
        window.setKeepRunningOnClose(tray->keepsRunningInTray());
        window.setQuitGuard([&] { return tray->confirmQuit(&window); });
        QObject::connect(&window, &MainWindow::hiddenToTray, tray.get(),
                         &TrayController::windowHiddenToTray);
        QObject::connect(tray.get(), &TrayController::showWindowRequested, &window,
                         &MainWindow::showAndActivate);
        QObject::connect(tray.get(), &TrayController::showRunRequested, &window,
                         &MainWindow::showRun);
        QObject::connect(tray.get(), &TrayController::quitRequested, &window,
                         [&] { window.requestQuit(); });
        QObject::connect(tray.get(), &TrayController::statusMessage, &window,
                         [&](const QString &m) {
                             if (window.isVisible())
                                 window.statusBar()->showMessage(m, 6000);
                         });
        window.setPreferencesHandler([&] {
            PreferencesDialog dialog(currentPreferences(*catalog, *settings), &window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const Status applied = applyPreferences(dialog.preferences(), *catalog, *settings,
                                                    scheduler.get(), executor.get());
            if (!applied)
                QMessageBox::warning(&window, tr("Preferences"), applied.error());
        });
        app.setQuitOnLastWindowClosed(!tray->keepsRunningInTray());
        scheduler->start();
    }

    const bool minimized = parser.isSet(options.minimized) && tray && tray->keepsRunningInTray();
    if (parser.isSet(options.minimized) && !minimized)
        qCInfo(lcApplication) << "--minimized: no system tray here, showing the window";
    if (!minimized)
        window.show();
    const int code = QApplication::exec();
    settings->sync();
    if (scheduler) {
        // Runs still under way stay recorded as running under this process: the next start
        // marks them interrupted and retries them (the user chose "quit now").
        scheduler->shutdown();
        if (!executor->waitForDone(10000)) {
            // A render that does not react to its cancel: the catalog has recorded everything,
            // and returning would destroy the Qt objects the render thread still paints with.
            qCWarning(lcApplication) << "a run did not stop within 10 s; leaving it behind";
            std::_Exit(code);
        }
    }
    return code;
}

SchedulerOptions Application::schedulerOptions(Catalog &catalog)
{
    SchedulerOptions options;
    QString warning;
    options.archiveRoot = Archive::resolveRoot(catalog, {}, &warning);
    if (!warning.isEmpty())
        qCWarning(lcApplication).noquote() << warning;
    options.fileNameTemplate = Archive::rememberedTemplate(catalog);
    return options;
}

Preferences Application::currentPreferences(Catalog &catalog, const Settings &settings,
                                            const QString &autostartConfigDir)
{
    Preferences p;
    p.archiveRoot = Archive::resolveRoot(catalog);
    p.fileNameTemplate = Archive::rememberedTemplate(catalog);
    p.parallelRuns =
        std::clamp(settings.value(Settings::Key::ParallelRuns).toInt(), 1, kMaxParallelRuns);
    p.notifyOnSuccess = settings.value(Settings::Key::NotifyOnSuccess).toBool();
    p.startAtLogin = Autostart(autostartConfigDir).isEnabled();
    return p;
}

Status Application::applyPreferences(const Preferences &preferences, Catalog &catalog,
                                     Settings &settings, Scheduler *scheduler,
                                     RunExecutor *executor, const QString &autostartConfigDir)
{
    // Checked before anything is stored, so a refusal changes nothing.
    if (const QString problem = Archive::checkRoot(preferences.archiveRoot); !problem.isEmpty())
        return Status::failure(problem);
    if (const QString problem = Archive::checkTemplate(preferences.fileNameTemplate);
        !problem.isEmpty())
        return Status::failure(problem);
    if (preferences.parallelRuns < 1 || preferences.parallelRuns > kMaxParallelRuns)
        return Status::failure(
            tr("Runs at the same time must be between 1 and %1.").arg(kMaxParallelRuns));

    Autostart autostart(autostartConfigDir);
    if (autostart.isEnabled() != preferences.startAtLogin ||
        (preferences.startAtLogin && !autostart.isCurrent())) {
        if (const Status s = autostart.setEnabled(preferences.startAtLogin); !s)
            return s;
    }
    if (const Status s = Archive::rememberTemplate(catalog, preferences.fileNameTemplate); !s)
        return s;
    QString warning;
    const QString root = Archive::resolveRoot(catalog, preferences.archiveRoot, &warning);
    if (!warning.isEmpty())
        return Status::failure(warning);
    settings.setValue(Settings::Key::ParallelRuns, preferences.parallelRuns);
    settings.setValue(Settings::Key::NotifyOnSuccess, preferences.notifyOnSuccess);
    settings.setValue(Settings::Key::StartAtLogin, preferences.startAtLogin);
    settings.sync();

    if (scheduler) {
        SchedulerOptions options = scheduler->options();
        options.archiveRoot = root;
        options.fileNameTemplate = preferences.fileNameTemplate;
        scheduler->setOptions(options);
    }
    if (executor)
        executor->setParallel(preferences.parallelRuns);
    return {};
}

ServerDialog::ConnectionTester Application::serverConnectionTester(remote::RemoteSession *session)
{
    const QPointer<remote::RemoteSession> guard(session);
    return [guard](const RemoteServer &server, const std::optional<QString> &typed,
                   ServerDialog::TestDone done) {
        const auto test = [server, done](const QString &secret) {
            auto *network = new QNetworkAccessManager;
            QString error;
            std::unique_ptr<remote::RemoteClient> created =
                remote::RemoteClients::create(server, secret, network, nullptr, &error);
            if (!created) {
                delete network;
                done({false, error});
                return;
            }
            remote::RemoteClient *client = created.release();
            client->testConnection(
                [client, network, done](const remote::RemoteResult<remote::ServerInfo> &info) {
                    if (info) {
                        QString text = tr("Connected: %1").arg(info->product);
                        if (!info->version.isEmpty())
                            text += QLatin1Char(' ') + info->version;
                        if (!info->detail.isEmpty())
                            text += tr(" (%1)").arg(info->detail);
                        done({true, text});
                    } else {
                        done({false, info.error().text()});
                    }
                    // Not now: this runs inside the client's own callback.
                    client->deleteLater();
                    network->deleteLater();
                });
        };
        if (typed || server.auth == RemoteServer::Auth::None) {
            test(typed.value_or(QString()));
            return;
        }
        SecretStore *secrets = guard ? guard->secretStore() : nullptr;
        if (server.id.isNull() || !secrets) {
            done({false, remote::RemoteSession::missingSecretMessage(server)});
            return;
        }
        secrets->read(SecretStore::serverKey(server.id), guard,
                      [server, done, test](const SecretStore::ReadResult &stored) {
                          if (!stored)
                              done({false, stored.error()});
                          else if (!stored.value())
                              done({false, remote::RemoteSession::missingSecretMessage(server)});
                          else
                              test(*stored.value());
                      });
    };
}

void Application::editServer(MainWindow &window, Catalog &catalog, remote::RemoteSession &session,
                             const QUuid &serverId)
{
    RemoteServer profile;
    if (!serverId.isNull()) {
        const std::optional<RemoteServer> stored = catalog.server(serverId);
        if (!stored)
            return;
        profile = *stored;
    }
    const QPointer<MainWindow> windowGuard(&window);
    // Whether a secret is stored is a keychain question: ask first, then open the dialog.
    auto open = [&catalog, &session, windowGuard, profile](bool secretStored) {
        if (!windowGuard)
            return;
        MainWindow &window = *windowGuard;
        ServerDialog dialog(profile, &window);
        if (SecretStore *secrets = session.secretStore())
            dialog.setSecretStatus(secrets->kind() == SecretStore::Kind::Keychain
                                       ? ServerDialog::SecretStorage::Keychain
                                       : ServerDialog::SecretStorage::SessionOnly,
                                   secrets->description(), secretStored);
        QStringList others;
        for (const RemoteServer &s : catalog.servers()) {
            if (s.id != profile.id)
                others.append(s.name);
        }
        dialog.setExistingNames(others);
        dialog.setConnectionTester(serverConnectionTester(&session));
        dialog.setSaveHandler([&catalog, &session, &window](const RemoteServer &edited,
                                                            const std::optional<QString> &secret) {
            const Result<RemoteServer> saved = catalog.saveServer(edited);
            if (!saved)
                return saved.error();
            if (secret) {
                window.statusBar()->showMessage(tr("Storing the secret of “%1”…").arg(saved->name));
                session.storeSecret(saved->id, *secret, &window,
                                    [&window, name = saved->name](const Status &stored) {
                                        if (stored) {
                                            window.statusBar()->showMessage(
                                                tr("Saved the server “%1”.").arg(name), 6000);
                                            return;
                                        }
                                        window.statusBar()->showMessage(stored.error(), 6000);
                                        QMessageBox::warning(&window, tr("Secret Not Stored"),
                                                             stored.error());
                                    });
            } else {
                window.statusBar()->showMessage(tr("Saved the server “%1”.").arg(saved->name),
                                                6000);
            }
            return QString();
        });
        if (dialog.exec() == QDialog::Accepted && profile.id.isNull()) {
            if (const auto added = catalog.serverByName(dialog.server().name))
                window.selectServer(added->id);
        }
    };
    if (serverId.isNull()) {
        open(false);
        return;
    }
    session.hasSecret(serverId, &window,
                      [open](const Result<bool> &stored) { open(stored && stored.value()); });
}

} // namespace reportdesk
