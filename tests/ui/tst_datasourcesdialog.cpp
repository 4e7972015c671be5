#include "editors/DataSourcesDialog.h"
#include "TestCatalog.h"
#include "WidgetLookup.h"
#include "catalog/DemoContent.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace reportdesk;

class tst_DataSourcesDialog : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsSampleSource();
    void testConnectionSucceeds();
    void testConnectionOnMissingFileShowsError();
    void addEditAndSave();
    void serverFieldsAndDisabledPassword();
    void duplicateNameShowsCatalogMessage();
    void screenshot();

private:
    template <typename T> T *child(const char *name)
    {
        return test::findNamed<T>(m_dialog.get(), name);
    }

    std::unique_ptr<test::TestCatalog> m_catalog;
    std::unique_ptr<DataSourcesDialog> m_dialog;
};

void tst_DataSourcesDialog::init()
{
    m_catalog = std::make_unique<test::TestCatalog>();
    const Status seeded =
        DemoContent::seed(**m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY2(seeded.ok(), qPrintable(seeded.error()));
    m_dialog = std::make_unique<DataSourcesDialog>(m_catalog->get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_DataSourcesDialog::cleanup()
{
    m_dialog.reset();
    m_catalog.reset();
}

void tst_DataSourcesDialog::listsSampleSource()
{
    auto *list = child<QListWidget>("dataSourceList");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QLatin1String(DemoContent::kDataSourceName));
    QCOMPARE(child<QLineEdit>("databaseFileEdit")->text(),
             m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY(child<QLineEdit>("databaseFileEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("hostEdit")->isVisible());
}

void tst_DataSourcesDialog::testConnectionSucceeds()
{
    QSignalSpy tested(m_dialog.get(), &DataSourcesDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY(child<QLabel>("testResultLabel")->text().startsWith(QStringLiteral("Connected")));
}

void tst_DataSourcesDialog::testConnectionOnMissingFileShowsError()
{
    auto *file = child<QLineEdit>("databaseFileEdit");
    file->selectAll();
    const QString missing = m_catalog->dir() + QStringLiteral("/gone.sqlite");
    QTest::keyClicks(file, missing);
    QSignalSpy tested(m_dialog.get(), &DataSourcesDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.first().first().toBool(), false);
    const QString text = child<QLabel>("testResultLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("does not exist")) && text.contains(missing),
             qPrintable(text));
    QVERIFY(!QFile::exists(missing)); // testing never creates the file
}

void tst_DataSourcesDialog::addEditAndSave()
{
    QTest::mouseClick(child<QPushButton>("addDataSourceButton"), Qt::LeftButton);
    auto *list = child<QListWidget>("dataSourceList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->currentRow(), 1);
    QVERIFY(child<QLabel>("databaseFileErrorLabel")->isVisible()); // no file yet
    QVERIFY(!child<QPushButton>("saveDataSourceButton")->isEnabled());
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Copy of samples"));
    QTest::keyClicks(child<QLineEdit>("databaseFileEdit"),
                     m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY(!child<QLabel>("databaseFileErrorLabel")->isVisible());
    QTest::mouseClick(child<QPushButton>("saveDataSourceButton"), Qt::LeftButton);
    QVERIFY((*m_catalog)->dataSource(QStringLiteral("Copy of samples")));
    QCOMPARE((*m_catalog)->dataSources().size(), 2);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("Copy of samples"));

    list->setCurrentRow(list->row(
        list->findItems(QLatin1String(DemoContent::kDataSourceName), Qt::MatchExactly).first()));
    QCOMPARE(m_dialog->editedSource().name, QLatin1String(DemoContent::kDataSourceName));
}

void tst_DataSourcesDialog::serverFieldsAndDisabledPassword()
{
    QTest::mouseClick(child<QPushButton>("addDataSourceButton"), Qt::LeftButton);
    auto *driver = child<QComboBox>("driverCombo");
    driver->setCurrentIndex(driver->findData(QStringLiteral("QPSQL")));
    QVERIFY(child<QLineEdit>("hostEdit")->isVisible());
    QVERIFY(!child<QLineEdit>("databaseFileEdit")->isVisible());
    auto *password = child<QLineEdit>("passwordEdit");
    QVERIFY(!password->isEnabled());
    QVERIFY(password->toolTip().contains(QStringLiteral("keychain")));
    QVERIFY(child<QLabel>("hostErrorLabel")->isVisible());
    QTest::keyClicks(child<QLineEdit>("hostEdit"), QStringLiteral("db.example.com"));
    QTest::keyClicks(child<QLineEdit>("databaseNameEdit"), QStringLiteral("reports"));
    QTest::keyClicks(child<QLineEdit>("userEdit"), QStringLiteral("reader"));
    QVERIFY(!child<QLabel>("hostErrorLabel")->isVisible());
    QVERIFY(m_dialog->save());
    const auto stored = (*m_catalog)->dataSource(QStringLiteral("New data source"));
    QVERIFY(stored);
    QCOMPARE(stored->driver, QStringLiteral("QPSQL"));
    QCOMPARE(stored->host, QStringLiteral("db.example.com"));
    QCOMPARE(stored->databaseName, QStringLiteral("reports"));
    QCOMPARE(stored->userName, QStringLiteral("reader"));
}

void tst_DataSourcesDialog::duplicateNameShowsCatalogMessage()
{
    QTest::mouseClick(child<QPushButton>("addDataSourceButton"), Qt::LeftButton);
    auto *name = child<QLineEdit>("nameEdit");
    name->selectAll();
    QTest::keyClicks(name, QLatin1String(DemoContent::kDataSourceName));
    QTest::keyClicks(child<QLineEdit>("databaseFileEdit"), QStringLiteral("/tmp/x.sqlite"));
    QVERIFY(!m_dialog->save());
    QVERIFY(child<QLabel>("dataSourceMessageLabel")->isVisible());
    QVERIFY(!child<QLabel>("dataSourceMessageLabel")->text().isEmpty());
    QCOMPARE((*m_catalog)->dataSources().size(), 1);
    m_dialog->revert();
}

void tst_DataSourcesDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    QSignalSpy tested(m_dialog.get(), &DataSourcesDialog::connectionTested);
    m_dialog->testConnection();
    QTRY_COMPARE(tested.count(), 1);
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/data-sources.png")));
}

QTEST_MAIN(tst_DataSourcesDialog)
#include "tst_datasourcesdialog.moc"
