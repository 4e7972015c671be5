// Application, the composition root: opening catalogs and installing translations, without
// showing any dialog.
#include "Application.h"
#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "mainwindow/PreferencesDialog.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"
#include "settings/AppPaths.h"
#include "settings/Autostart.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

QTEST_MAIN(TstApplication)
#include "tst_application.moc"
