// Run history in the catalog: claiming an occurrence once across catalog connections, run states
// and artifacts surviving a restart, filters, and the history outliving the report.
#include "TestCatalog.h"
#include "catalog/CatalogSchema.h"

#include <QSignalSpy>
#include <QTest>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

class TestCatalogRuns : public QObject {
    Q_OBJECT

private slots:
    void claimIsExclusiveAcrossConnections();
    void stateAndArtifactsSurviveRestart();
    void filtersAndOrder();
    void historyOutlivesTheReport();
    void badClaims();
    void metaValues();
};

namespace {
const QDateTime kAt(QDate(2026, 3, 29), QTime(6, 0), QTimeZone::utc());
}

void TestCatalogRuns::claimIsExclusiveAcrossConnections()
{
    TestCatalog tc;
    const Folder f = tc.addFolder(QStringLiteral("Ops"));
    const Report r = tc.addReport(f.id, QStringLiteral("Daily"));
    // A second Catalog on the same file stands for a second ReportDesk process.
    QString error;
    auto other = Catalog::openSqlite(tc.path(), &error);
    QVERIFY2(other, qPrintable(error));

    QSignalSpy changed(tc.get(), &Catalog::runChanged);
    const auto first = tc->claimRun(r.id, kAt, Run::Trigger::Schedule, QStringLiteral("a:1"));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->claimed);
    QVERIFY(first->run.id > 0);
    QCOMPARE(first->run.reportName, QStringLiteral("Daily"));
    QCOMPARE(first->run.state, Run::State::Queued);
    QCOMPARE(changed.count(), 1);

    const auto second = other->claimRun(r.id, kAt, Run::Trigger::Schedule, QStringLiteral("b:2"));
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(!second->claimed);
    // The same instant given in another zone is the same occurrence.
    const auto third = tc->claimRun(r.id, kAt.toTimeZone(QTimeZone("Europe/Berlin")),
                                    Run::Trigger::CatchUp, QStringLiteral("a:1"));
    QVERIFY(third && !third->claimed);
    QCOMPARE(tc->runs().size(), 1);
    QCOMPARE(tc->runs().first().claimedBy, QStringLiteral("a:1"));

    // The next occurrence is free again.
    const auto next =
        other->claimRun(r.id, kAt.addDays(1), Run::Trigger::Schedule, QStringLiteral("b:2"));
    QVERIFY(next && next->claimed);
    QCOMPARE(tc->runs().size(), 2);
    QCOMPARE(tc->lastScheduledFor(r.id), kAt.addDays(1));
}

void TestCatalogRuns::stateAndArtifactsSurviveRestart()
{
    TestCatalog tc;
    const Report r = tc.addReport(tc.addFolder(QStringLiteral("Ops")).id, QStringLiteral("Daily"));
    auto claim = tc->claimRun(r.id, kAt, Run::Trigger::Manual, QStringLiteral("a:1"));
    QVERIFY(claim && claim->claimed);
    Run run = claim->run;
    run.state = Run::State::Succeeded;
    run.attempt = 2;
    run.startedAt = kAt.addSecs(1);
    run.finishedAt = kAt.addSecs(3);
    run.error = QStringLiteral("first attempt: timed out");
    run.artifacts = {{QStringLiteral("/archive/Daily/Daily-20260329-0800.pdf"),
                      QStringLiteral("pdf"), 12345, QString(64, QLatin1Char('a'))},
                     {QStringLiteral("/archive/Daily/Daily-20260329-0800.csv"),
                      QStringLiteral("csv"), 99, QString(64, QLatin1Char('b'))}};
    const Status s = tc->updateRun(run);
    QVERIFY2(s, qPrintable(s.error()));
    tc.reopen();
    const auto stored = tc->run(run.id);
    QVERIFY(stored);
    QCOMPARE(*stored, run);

    // Fewer artifacts replace the old list.
    run.artifacts.removeLast();
    QVERIFY(tc->updateRun(run));
    QCOMPARE(tc->run(run.id)->artifacts.size(), 1);
}

void TestCatalogRuns::filtersAndOrder()
{
    TestCatalog tc;
    const qint64 folder = tc.addFolder(QStringLiteral("Ops")).id;
    const Report a = tc.addReport(folder, QStringLiteral("A"));
    const Report b = tc.addReport(folder, QStringLiteral("B"));
    for (int day = 0; day < 3; ++day) {
        for (const Report &r : {a, b}) {
            auto c = tc->claimRun(r.id, kAt.addDays(day), Run::Trigger::Schedule, {});
            QVERIFY(c && c->claimed);
            if (day == 1) {
                Run failed = c->run;
                failed.state = Run::State::Failed;
                failed.error = QStringLiteral("boom");
                QVERIFY(tc->updateRun(failed));
            }
        }
    }
    const QList<Run> all = tc->runs();
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.first().scheduledFor, kAt.addDays(2)); // newest first
    QCOMPARE(all.last().scheduledFor, kAt);

    RunFilter onlyA;
    onlyA.reportId = a.id;
    QCOMPARE(tc->runs(onlyA).size(), 3);
    RunFilter failed;
    failed.state = Run::State::Failed;
    const QList<Run> failures = tc->runs(failed);
    QCOMPARE(failures.size(), 2);
    for (const Run &r : failures)
        QCOMPARE(r.error, QStringLiteral("boom"));
    RunFilter limited;
    limited.limit = 4;
    QCOMPARE(tc->runs(limited).size(), 4);
}

void TestCatalogRuns::historyOutlivesTheReport()
{
    TestCatalog tc;
    const Report r = tc.addReport(tc.addFolder(QStringLiteral("Ops")).id, QStringLiteral("Gone"));
    QVERIFY(tc->claimRun(r.id, kAt, Run::Trigger::Schedule, {}));
    QVERIFY(tc->deleteReports({r.id}));
    const QList<Run> runs = tc->runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().reportName, QStringLiteral("Gone"));
    // A deleted report cannot be claimed again.
    const auto claim = tc->claimRun(r.id, kAt.addDays(1), Run::Trigger::Schedule, {});
    QVERIFY(!claim);
    QVERIFY2(claim.error().contains(QStringLiteral("no longer exists")), qPrintable(claim.error()));
}

void TestCatalogRuns::badClaims()
{
    TestCatalog tc;
    const Report r = tc.addReport(tc.addFolder(QStringLiteral("Ops")).id, QStringLiteral("Daily"));
    QVERIFY(!tc->claimRun(r.id, QDateTime(), Run::Trigger::Manual, {}));
    Run ghost;
    ghost.id = 4242;
    const Status s = tc->updateRun(ghost);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("4242")), qPrintable(s.error()));

    // A read-only catalog refuses to claim, and says why.
    QString error;
    auto readOnly = Catalog::openSqlite(tc.path(), &error, true);
    QVERIFY2(readOnly, qPrintable(error));
    const auto claim = readOnly->claimRun(r.id, kAt, Run::Trigger::Manual, {});
    QVERIFY(!claim);
    QVERIFY2(claim.error().contains(QStringLiteral("read-only")), qPrintable(claim.error()));
    QCOMPARE(tc->runs().size(), 0);
}

void TestCatalogRuns::metaValues()
{
    TestCatalog tc;
    QCOMPARE(tc->metaValue(QStringLiteral("scheduler.lastCheck")), QString());
    QVERIFY(tc->setMetaValue(QStringLiteral("scheduler.lastCheck"), QStringLiteral("x")));
    QVERIFY(tc->setMetaValue(QStringLiteral("scheduler.lastCheck"), QStringLiteral("y")));
    tc.reopen();
    QCOMPARE(tc->metaValue(QStringLiteral("scheduler.lastCheck")), QStringLiteral("y"));
    // The schema version is not an app value and cannot be overwritten through it.
    QVERIFY(tc->setMetaValue(QStringLiteral("version"), QStringLiteral("999")));
    tc.reopen();
    QCOMPARE(tc->schemaVersion(), CatalogSchema::currentVersion());
}

QTEST_GUILESS_MAIN(TestCatalogRuns)
#include "tst_catalogruns.moc"
