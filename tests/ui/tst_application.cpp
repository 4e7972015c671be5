// Application, the composition root: opening catalogs and installing translations, without
// showing any dialog.
#include "Application.h"
#include "OpenObserveTestServer.h"
#include "TestCatalog.h"
#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "mainwindow/PreferencesDialog.h"
#include "remote/RemoteClients.h"
#include "remote/RemoteSession.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "settings/AppPaths.h"
#include "settings/Autostart.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;

class TstApplication : public QObject {
    Q_OBJECT

private slots:
    void openCatalogSeedsDemoContent();
    void openCatalogKeepsExistingContent();
    void openCatalogRejectsNonSqliteFile();
    void missingTranslationIsHarmless();
    void preferencesAreStoredAndApplied();
    void refusedPreferencesChangeNothing();
    void serverConnectionTesterSignsInWithTypedOrStoredSecret();
};

void TstApplication::openCatalogSeedsDemoContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QString error;
    std::unique_ptr<Catalog> catalog = Application::openCatalog(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(!catalog->isEmpty());
    QVERIFY(catalog->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)));
    QVERIFY(catalog->dataSource(QLatin1String(DemoContent::kDataSourceName)));
    QVERIFY(QFileInfo::exists(AppPaths::sampleDataPath(path)));
}

void TstApplication::openCatalogKeepsExistingContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        QString error;
        std::unique_ptr<Catalog> catalog = Catalog::openSqlite(path, &error);
        QVERIFY2(catalog, qPrintable(error));
        QVERIFY(catalog->createFolder(0, QStringLiteral("Mine")));
    }
    QString error;
    std::unique_ptr<Catalog> catalog = Application::openCatalog(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->folders().size(), 1); // not seeded: it was not empty
    QVERIFY(!catalog->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)));
}

void TstApplication::openCatalogRejectsNonSqliteFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("These are my notes, not a catalog.\n").repeated(200));
    file.close();
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    QString error;
    std::unique_ptr<Catalog> catalog = Application::openCatalog(path, &error);
    QVERIFY(!catalog);
    QVERIFY2(error.contains(path), qPrintable(error));            // names the file
    QVERIFY2(error.size() > path.size() + 30, qPrintable(error)); // and says what is wrong
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before); // untouched
}

void TstApplication::missingTranslationIsHarmless()
{
    Application application;
    application.installTranslations(QStringLiteral("xx"));
    QCOMPARE(QCoreApplication::translate("MainWindow", "New &Report"),
             QStringLiteral("New &Report"));
    application.installTranslations(QString());
}

// Edit > Preferences: the archive settings go into the catalog (where reportdesk-cli daemon
// finds them), the rest into the settings file and the autostart entry, and the running
// scheduler and executor take them at once.
void TstApplication::preferencesAreStoredAndApplied()
{
    QTemporaryDir dir;
    QString error;
    auto catalog = Catalog::openSqlite(dir.filePath(QStringLiteral("catalog.sqlite")), &error);
    QVERIFY2(catalog, qPrintable(error));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString archive = dir.filePath(QStringLiteral("archive"));
    QVERIFY(QDir().mkpath(archive));
    RunExecutor executor(2);
    Scheduler scheduler(catalog.get(), &executor, Application::schedulerOptions(*catalog));

    Preferences p;
    p.archiveRoot = archive;
    p.fileNameTemplate = QStringLiteral("{yyyy}/{report}.{ext}");
    p.parallelRuns = 3;
    p.notifyOnSuccess = true;
    p.startAtLogin = true;
    const Status applied =
        Application::applyPreferences(p, *catalog, settings, &scheduler, &executor, config);
    QVERIFY2(applied, qPrintable(applied.error()));

    QCOMPARE(Archive::rememberedRoot(*catalog), archive);
    QCOMPARE(Archive::rememberedTemplate(*catalog), p.fileNameTemplate);
    QCOMPARE(scheduler.options().archiveRoot, archive);
    QCOMPARE(scheduler.options().fileNameTemplate, p.fileNameTemplate);
    QCOMPARE(executor.parallel(), 3);
    QCOMPARE(settings.value(Settings::Key::ParallelRuns).toInt(), 3);
    QVERIFY(settings.value(Settings::Key::NotifyOnSuccess).toBool());
    QVERIFY(QFileInfo::exists(config + QStringLiteral("/autostart/reportdesk.desktop")));
    QCOMPARE(Application::currentPreferences(*catalog, settings, config), p);
    // A new process on the same catalog (GUI or daemon) starts with them.
    QCOMPARE(Application::schedulerOptions(*catalog).archiveRoot, archive);

    p.startAtLogin = false;
    QVERIFY(Application::applyPreferences(p, *catalog, settings, &scheduler, &executor, config));
    QVERIFY(!QFileInfo::exists(config + QStringLiteral("/autostart/reportdesk.desktop")));
}

void TstApplication::refusedPreferencesChangeNothing()
{
    QTemporaryDir dir;
    QString error;
    auto catalog = Catalog::openSqlite(dir.filePath(QStringLiteral("catalog.sqlite")), &error);
    QVERIFY2(catalog, qPrintable(error));
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString config = dir.filePath(QStringLiteral("config"));
    RunExecutor executor(2);
    Scheduler scheduler(catalog.get(), &executor, Application::schedulerOptions(*catalog));
    const Preferences before = Application::currentPreferences(*catalog, settings, config);
    const SchedulerOptions optionsBefore = scheduler.options();

    Preferences missingRoot = before;
    missingRoot.archiveRoot = dir.filePath(QStringLiteral("unmounted/drive"));
    missingRoot.parallelRuns = 6;
    missingRoot.startAtLogin = true;
    Status s = Application::applyPreferences(missingRoot, *catalog, settings, &scheduler, &executor,
                                             config);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("does not exist")), qPrintable(s.error()));

    Preferences badTemplate = before;
    badTemplate.fileNameTemplate = QStringLiteral("/etc/{report}.{ext}");
    badTemplate.parallelRuns = 6;
    s = Application::applyPreferences(badTemplate, *catalog, settings, &scheduler, &executor,
                                      config);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("relative")), qPrintable(s.error()));

    QCOMPARE(Application::currentPreferences(*catalog, settings, config), before);
    QCOMPARE(executor.parallel(), 2);
    QCOMPARE(scheduler.options().archiveRoot, optionsBefore.archiveRoot);
    QVERIFY(!QFileInfo::exists(config + QStringLiteral("/autostart/reportdesk.desktop")));
}

// The server dialog's "Test connection" as Application wires it: a real OpenObserve client
// against the loopback OpenObserve server, with the secret typed in the dialog or, when none
// was typed, the one stored for the profile.
void TstApplication::serverConnectionTesterSignsInWithTypedOrStoredSecret()
{
    test::OpenObserveTestServer o2;
    QVERIFY(o2.listen());
    o2.addUser(QStringLiteral("ops@example.com"), QStringLiteral("Secret+1"));
    test::TestCatalog catalog;
    SessionSecretStore secrets(QStringLiteral("tests"));
    remote::RemoteSession session(catalog.get(), &secrets, {});
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::OpenObserve;
    profile.name = QStringLiteral("o2");
    profile.baseUrl = o2.baseUrl();
    profile.organisation = QStringLiteral("default");
    profile.auth = RemoteServer::Auth::Basic;
    profile.userName = QStringLiteral("ops@example.com");

    const ServerDialog::ConnectionTester tester = Application::serverConnectionTester(&session);
    auto run = [&](const RemoteServer &server, const std::optional<QString> &secret) {
        std::optional<ServerDialog::TestResult> result;
        tester(server, secret, [&](const ServerDialog::TestResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return ServerDialog::TestResult{false, QStringLiteral("no answer")};
        return *result;
    };

    const ServerDialog::TestResult typed = run(profile, QStringLiteral("Secret+1"));
    QVERIFY2(typed.ok, qPrintable(typed.text));
    QVERIFY2(typed.text.contains(QStringLiteral("OpenObserve")), qPrintable(typed.text));

    const ServerDialog::TestResult wrong = run(profile, QStringLiteral("nope"));
    QVERIFY(!wrong.ok);
    QVERIFY2(wrong.text.contains(QStringLiteral("401")), qPrintable(wrong.text));

    // Nothing typed for a new profile: nothing to sign in with, said plainly.
    const ServerDialog::TestResult none = run(profile, std::nullopt);
    QVERIFY(!none.ok);
    QCOMPARE(none.text, remote::RemoteSession::missingSecretMessage(profile));

    // Nothing typed for a saved profile: the stored secret.
    profile = catalog->saveServer(profile).value();
    QVERIFY(secrets.writeNow(SecretStore::serverKey(profile.id), QStringLiteral("Secret+1")));
    const ServerDialog::TestResult stored = run(profile, std::nullopt);
    QVERIFY2(stored.ok, qPrintable(stored.text));
}

QTEST_MAIN(TstApplication)
#include "tst_application.moc"
