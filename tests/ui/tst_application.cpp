// Application, the composition root: opening catalogs and installing translations, without
// showing any dialog.
#include "Application.h"
#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "settings/AppPaths.h"

#include <QApplication>
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

QTEST_MAIN(TstApplication)
#include "tst_application.moc"
