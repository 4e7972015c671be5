#include "CatalogFilterModel.h"
#include "CatalogTreeModel.h"
#include "ModelSnapshot.h"
#include "TestCatalog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

class tst_CatalogFilterModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEverythingUnfiltered();
    void sortsFoldersFirstInNaturalOrder();
    void filtersByNameTitleAndTag_data();
    void filtersByNameTitleAndTag();
    void folderNameMatchShowsItsContent();
    void stateFilter();
    void followsCatalogChangesWhileFiltering();

private:
    // Visible rows as "F path" / "R path", sorted.
    QStringList visible() const { return test::modelRows(*m_proxy); }
    QStringList childNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int row = 0; row < m_proxy->rowCount(parent); ++row)
            names.append(m_proxy->index(row, 0, parent).data().toString());
        return names;
    }
    QModelIndex proxyFolder(qint64 id) const
    {
        return m_proxy->mapFromSource(m_model->indexForFolder(id));
    }

    std::unique_ptr<TestCatalog> m_catalog;
    QUndoStack m_stack;
    std::unique_ptr<CatalogTreeModel> m_model;
    std::unique_ptr<CatalogFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Folder m_samples, m_weekly, m_ops;
    Report m_traffic, m_errors, m_latency;
};

void tst_CatalogFilterModel::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_samples = m_catalog->addFolder(QStringLiteral("Samples"));
    m_weekly = m_catalog->addFolder(QStringLiteral("Weekly"), m_samples.id);
    m_ops = m_catalog->addFolder(QStringLiteral("Ops"));
    m_traffic = m_catalog->addReport(m_weekly.id, QStringLiteral("Traffic"));
    m_errors = m_catalog->addReport(m_weekly.id, QStringLiteral("Errors"));
    m_latency = m_catalog->addReport(m_ops.id, QStringLiteral("Latency"));
    m_latency.title = QStringLiteral("P99 response times");
    m_latency.tags = {QStringLiteral("SRE"), QStringLiteral("backend")};
    m_latency.enabled = false;
    QVERIFY((*m_catalog)->saveReport(m_latency));
    m_model = std::make_unique<CatalogTreeModel>(m_catalog->get(), &m_stack);
    m_proxy = std::make_unique<CatalogFilterModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CatalogFilterModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_stack.clear();
    m_catalog.reset();
}

void tst_CatalogFilterModel::showsEverythingUnfiltered()
{
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(visible(), test::catalogRows(**m_catalog));
}

void tst_CatalogFilterModel::sortsFoldersFirstInNaturalOrder()
{
    const Folder parent = m_catalog->addFolder(QStringLiteral("Numbers"));
    for (const char *name : {"Report 10", "report 3", "Report 2", "Ärger", "Zebra"})
        m_catalog->addReport(parent.id, QString::fromUtf8(name));
    m_catalog->addFolder(QStringLiteral("zz sub"), parent.id);
    m_catalog->addFolder(QStringLiteral("Sub 1"), parent.id);
    QCOMPARE(
        childNames(proxyFolder(parent.id)),
        (QStringList{QStringLiteral("Sub 1"), QStringLiteral("zz sub"), QString::fromUtf8("Ärger"),
                     QStringLiteral("Report 2"), QStringLiteral("report 3"),
                     QStringLiteral("Report 10"), QStringLiteral("Zebra")}));
    QCOMPARE(childNames({}), (QStringList{QStringLiteral("Numbers"), QStringLiteral("Ops"),
                                          QStringLiteral("Samples")}));
    // A rename re-sorts.
    const auto id = (*m_catalog)->reportIdByName(parent.id, QStringLiteral("Zebra"));
    QVERIFY((*m_catalog)->renameReport(*id, QStringLiteral("Aardvark")));
    QCOMPARE(childNames(proxyFolder(parent.id)).at(2), QStringLiteral("Aardvark"));
}

void tst_CatalogFilterModel::filtersByNameTitleAndTag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name") << QStringLiteral("traf")
                          << QStringList{QStringLiteral("F Samples"),
                                         QStringLiteral("F Samples/Weekly"),
                                         QStringLiteral("R Samples/Weekly/Traffic")};
    QTest::newRow("name, other case")
        << QStringLiteral("ERRORS")
        << QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                       QStringLiteral("R Samples/Weekly/Errors")};
    QTest::newRow("title") << QStringLiteral("response")
                           << QStringList{QStringLiteral("F Ops"),
                                          QStringLiteral("R Ops/Latency [disabled]")};
    QTest::newRow("tag") << QStringLiteral("sre")
                         << QStringList{QStringLiteral("F Ops"),
                                        QStringLiteral("R Ops/Latency [disabled]")};
    QTest::newRow("two words, both must match")
        << QStringLiteral("backend p99")
        << QStringList{QStringLiteral("F Ops"), QStringLiteral("R Ops/Latency [disabled]")};
    QTest::newRow("word in folder and report")
        << QStringLiteral("weekly err")
        << QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                       QStringLiteral("R Samples/Weekly/Errors")};
    QTest::newRow("nothing") << QStringLiteral("nope") << QStringList{};
}

void tst_CatalogFilterModel::filtersByNameTitleAndTag()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(text);
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(m_proxy->filterText(), text);
    QCOMPARE(visible(), expected);
    m_proxy->setFilterText(QString());
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(visible(), test::catalogRows(**m_catalog));
}

void tst_CatalogFilterModel::folderNameMatchShowsItsContent()
{
    m_proxy->setFilterText(QStringLiteral("samp"));
    QCOMPARE(visible(),
             (QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                          QStringLiteral("R Samples/Weekly/Errors"),
                          QStringLiteral("R Samples/Weekly/Traffic")}));
    // ... but the state filter still applies to the reports inside.
    QVERIFY((*m_catalog)->setReportsEnabled({m_errors.id}, false));
    m_proxy->setStateFilter(CatalogFilterModel::StateFilter::Disabled);
    QCOMPARE(visible(),
             (QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                          QStringLiteral("R Samples/Weekly/Errors [disabled]")}));
}

void tst_CatalogFilterModel::stateFilter()
{
    m_proxy->setStateFilter(CatalogFilterModel::StateFilter::Disabled);
    QVERIFY(m_proxy->isFiltering());
    QCOMPARE(visible(),
             (QStringList{QStringLiteral("F Ops"), QStringLiteral("R Ops/Latency [disabled]")}));
    m_proxy->setStateFilter(CatalogFilterModel::StateFilter::Enabled);
    QCOMPARE(m_proxy->stateFilter(), CatalogFilterModel::StateFilter::Enabled);
    QCOMPARE(visible(),
             (QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                          QStringLiteral("R Samples/Weekly/Errors"),
                          QStringLiteral("R Samples/Weekly/Traffic")}));
    // Text and state together
    m_proxy->setFilterText(QStringLiteral("err"));
    QCOMPARE(visible(),
             (QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                          QStringLiteral("R Samples/Weekly/Errors")}));
    m_proxy->setStateFilter(CatalogFilterModel::StateFilter::All);
    m_proxy->setFilterText(QString());
    QCOMPARE(visible(), test::catalogRows(**m_catalog));
}

void tst_CatalogFilterModel::followsCatalogChangesWhileFiltering()
{
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    m_proxy->setFilterText(QStringLiteral("traffic"));
    const QStringList trafficOnly{QStringLiteral("F Samples"), QStringLiteral("F Samples/Weekly"),
                                  QStringLiteral("R Samples/Weekly/Traffic")};
    QCOMPARE(visible(), trafficOnly);

    // A new matching report in another folder brings its folder along.
    const Report more = m_catalog->addReport(m_ops.id, QStringLiteral("Traffic by host"));
    QVERIFY(inserted.count() > 0);
    QCOMPARE(visible().size(), 5);
    QVERIFY(visible().contains(QStringLiteral("R Ops/Traffic by host")));

    // Edited so it no longer matches: it and its folder leave.
    removed.clear();
    Report edited = *(*m_catalog)->report(more.id);
    edited.name = QStringLiteral("Hosts");
    edited.title = QStringLiteral("Per host");
    QVERIFY((*m_catalog)->saveReport(edited));
    QVERIFY(removed.count() > 0);
    QCOMPARE(visible(), trafficOnly);

    // Moves, disable, delete while filtered
    QVERIFY((*m_catalog)->moveReports({m_traffic.id}, m_ops.id));
    QCOMPARE(visible(), (QStringList{QStringLiteral("F Ops"), QStringLiteral("R Ops/Traffic")}));
    QVERIFY((*m_catalog)->moveFolder(m_ops.id, m_samples.id));
    QCOMPARE(visible(), (QStringList{QStringLiteral("F Samples"), QStringLiteral("F Samples/Ops"),
                                     QStringLiteral("R Samples/Ops/Traffic")}));
    m_proxy->setStateFilter(CatalogFilterModel::StateFilter::Enabled);
    QVERIFY((*m_catalog)->setReportsEnabled({m_traffic.id}, false));
    QCOMPARE(visible(), QStringList{});
    QVERIFY((*m_catalog)->setReportsEnabled({m_traffic.id}, true));
    QCOMPARE(visible().size(), 3);
    QVERIFY((*m_catalog)->deleteFolder(m_samples.id));
    QCOMPARE(visible(), QStringList{});
}

QTEST_MAIN(tst_CatalogFilterModel)
#include "tst_catalogfiltermodel.moc"
