// RunHistoryModel over a real catalog file: rows, texts and order as Catalog::runs() lists them,
// the report and state filters, live rows from a real Scheduler rendering into a temporary
// archive (claimed, running, succeeded with its PDF), rows leaving a state filter, the limit, and
// reload() for runs another process wrote. QAbstractItemModelTester watches every change.
#include "RunHistoryModel.h"
#include "TestCatalog.h"
#include "catalog/Catalog.h"
#include "scheduler/RunExecutor.h"
#include "scheduler/Scheduler.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace reportdesk;
using reportdesk::test::TestCatalog;
using Column = RunHistoryModel::Column;

namespace {

constexpr int kRenderTimeoutMs = 120000;
const QDateTime kEight(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());

QString local(const QDateTime &instant)
{
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

class TestRunHistoryModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowsShowRunsNewestFirst();
    void toolTipsRolesAndDecoration();
    void filtersByReportAndState();
    void schedulerRunsAppearLive();
    void claimedRunsInsertAtTheirPlace();
    void stateFilterFollowsStateChanges();
    void limitKeepsTheNewest();
    void reloadReadsRunsOfAnotherProcess();
    void textFormats();

private:
    Report textReport(const QString &name);
    // A run claimed and updated as the scheduler would, with the given outcome.
    Run addRun(const Report &report, const QDateTime &scheduledFor, Run::State state,
               const QString &error = {}, const QList<RunArtifact> &artifacts = {},
               Run::Trigger trigger = Run::Trigger::Schedule);
    QString cell(int row, Column column) const
    {
        return m_model->index(row, column).data().toString();
    }
    QList<qint64> modelIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->index(row, 0).data(RunHistoryModel::RunIdRole).toLongLong());
        return ids;
    }
    QList<qint64> catalogIds(const RunFilter &filter) const
    {
        QList<qint64> ids;
        for (const Run &run : (*m_catalog)->runs(filter))
            ids.append(run.id);
        return ids;
    }
    SchedulerOptions options() const
    {
        SchedulerOptions o;
        o.archiveRoot = m_archive->path();
        o.retries = 0;
        return o;
    }

    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_archive;
    std::unique_ptr<RunHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    Report m_traffic, m_errors;
};

void TestRunHistoryModel::init()
{
    m_catalog = std::make_unique<TestCatalog>();
    m_archive = std::make_unique<QTemporaryDir>();
    m_traffic = textReport(QStringLiteral("Weekly traffic"));
    m_errors = textReport(QStringLiteral("Error digest"));
    m_model = std::make_unique<RunHistoryModel>(m_catalog->get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRunHistoryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_catalog.reset();
    m_archive.reset();
}

Report TestRunHistoryModel::textReport(const QString &name)
{
    const auto folder = (*m_catalog)->folderIdByPath(QStringLiteral("Ops"));
    Report r = m_catalog->addReport(
        folder ? *folder : m_catalog->addFolder(QStringLiteral("Ops")).id, name);
    Section text;
    text.kind = Section::Kind::Text;
    text.title = QStringLiteral("Summary");
    text.text = QStringLiteral("# %1\n\nEverything went fine.").arg(name);
    r.sections = {text};
    const auto saved = (*m_catalog)->saveReport(r);
    if (!saved)
        qFatal("cannot save report: %s", qPrintable(saved.error()));
    return saved.value();
}

Run TestRunHistoryModel::addRun(const Report &report, const QDateTime &scheduledFor,
                                Run::State state, const QString &error,
                                const QList<RunArtifact> &artifacts, Run::Trigger trigger)
{
    const auto claim =
        (*m_catalog)->claimRun(report.id, scheduledFor, trigger, Scheduler::defaultInstanceId());
    if (!claim || !claim->claimed)
        qFatal("cannot claim a run");
    Run run = claim->run;
    run.state = state;
    if (state != Run::State::Queued) {
        run.startedAt = scheduledFor.addSecs(1);
        if (state != Run::State::Running)
            run.finishedAt = run.startedAt.addMSecs(2500);
    }
    run.error = error;
    run.artifacts = artifacts;
    if (const Status s = (*m_catalog)->updateRun(run); !s)
        qFatal("cannot update a run: %s", qPrintable(s.error()));
    return run;
}

void TestRunHistoryModel::rowsShowRunsNewestFirst()
{
    const QList<RunArtifact> files{
        {QStringLiteral("/archive/a.pdf"), QStringLiteral("pdf"), 40 * 1024, QString(64, u'a')},
        {QStringLiteral("/archive/a.csv"), QStringLiteral("csv"), 44 * 1024, QString(64, u'b')}};
    const Run yesterday = addRun(m_traffic, kEight.addDays(-1), Run::State::Succeeded, {}, files);
    const Run today = addRun(m_errors, kEight, Run::State::Failed,
                             QStringLiteral("The data source is gone.\nSection 2: table"));
    const Run manual =
        addRun(m_traffic, kEight.addSecs(3600), Run::State::Running, {}, {}, Run::Trigger::Manual);
    m_model->reload();

    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(modelIds(), (QList<qint64>{manual.id, today.id, yesterday.id}));
    QCOMPARE(modelIds(), catalogIds({}));
    QCOMPARE(m_model->columnCount(), 9);
    QStringList headers;
    for (int c = 0; c < m_model->columnCount(); ++c)
        headers.append(m_model->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{QStringLiteral("Report"), QStringLiteral("Scheduled for"),
                                   QStringLiteral("Trigger"), QStringLiteral("State"),
                                   QStringLiteral("Attempt"), QStringLiteral("Started"),
                                   QStringLiteral("Duration"), QStringLiteral("Output"),
                                   QStringLiteral("Error")}));

    // The running manual run: no duration, no output yet.
    QCOMPARE(cell(0, Column::ReportColumn), QStringLiteral("Weekly traffic"));
    QCOMPARE(cell(0, Column::ScheduledForColumn), local(kEight.addSecs(3600)));
    QCOMPARE(cell(0, Column::TriggerColumn), QStringLiteral("Manual"));
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Running"));
    QCOMPARE(cell(0, Column::DurationColumn), QString());
    QCOMPARE(cell(0, Column::OutputColumn), QString());
    // The failed one: the first line of its error.
    QCOMPARE(cell(1, Column::ReportColumn), QStringLiteral("Error digest"));
    QCOMPARE(cell(1, Column::TriggerColumn), QStringLiteral("Schedule"));
    QCOMPARE(cell(1, Column::StateColumn), QStringLiteral("Failed"));
    QCOMPARE(cell(1, Column::ErrorColumn), QStringLiteral("The data source is gone. …"));
    // The succeeded one: when, how long, what it wrote.
    QCOMPARE(cell(2, Column::ScheduledForColumn), local(kEight.addDays(-1)));
    QCOMPARE(cell(2, Column::StartedColumn), local(kEight.addDays(-1).addSecs(1)));
    QCOMPARE(cell(2, Column::AttemptColumn), QStringLiteral("1"));
    QCOMPARE(cell(2, Column::DurationColumn), QStringLiteral("2.5 s"));
    QCOMPARE(cell(2, Column::OutputColumn), QStringLiteral("2 files, 84 KB"));
    QCOMPARE(cell(2, Column::ErrorColumn), QString());
    QCOMPARE(m_model->runAt(2), (*m_catalog)->run(yesterday.id).value());
    QCOMPARE(m_model->runAt(3).id, 0); // out of range: no run
    QCOMPARE(m_model->rowOfRun(today.id), 1);
    QCOMPARE(m_model->rowOfRun(999999), -1);
}

void TestRunHistoryModel::toolTipsRolesAndDecoration()
{
    const QString error = QStringLiteral("Section 2 (table): no such column: hots\nat line 1");
    const Run failed = addRun(m_errors, kEight, Run::State::Failed, error);
    const Run ok = addRun(m_traffic, kEight.addDays(-1), Run::State::Succeeded);
    m_model->reload();

    const QModelIndex state = m_model->index(0, Column::StateColumn);
    QCOMPARE(m_model->index(0, Column::ErrorColumn).data(Qt::ToolTipRole).toString(), error);
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), error);
    QCOMPARE(m_model->index(0, Column::ScheduledForColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2026-03-02T08:00:00.000Z"));
    QVERIFY(m_model->index(0, Column::StartedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("2026-03-02T08:00:01.000Z")));
    QCOMPARE(state.data(RunHistoryModel::RunIdRole).toLongLong(), failed.id);
    QCOMPARE(state.data(RunHistoryModel::ReportIdRole).toUuid(), m_errors.id);
    QCOMPARE(m_model->index(1, 0).data(RunHistoryModel::ReportIdRole).toUuid(), m_traffic.id);
    QCOMPARE(m_model->index(1, 0).data(RunHistoryModel::RunIdRole).toLongLong(), ok.id);

    // The state reads at a glance: a coloured dot, red text for a failure, green for success.
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QColor red = state.data(Qt::ForegroundRole).value<QColor>();
    const QColor green =
        m_model->index(1, Column::StateColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(red.isValid() && green.isValid());
    QVERIFY2(red.red() > 2 * red.green(), qPrintable(red.name()));
    QVERIFY2(green.green() > green.red(), qPrintable(green.name()));
    // Only the state column is coloured.
    QVERIFY(!m_model->index(0, Column::ReportColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->index(0, Column::ReportColumn).data(Qt::DecorationRole).isValid());
}

void TestRunHistoryModel::filtersByReportAndState()
{
    addRun(m_traffic, kEight.addDays(-2), Run::State::Succeeded);
    addRun(m_traffic, kEight.addDays(-1), Run::State::Failed, QStringLiteral("boom"));
    addRun(m_errors, kEight.addDays(-1), Run::State::Succeeded);
    addRun(m_errors, kEight, Run::State::Failed, QStringLiteral("boom"));
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 4);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    RunFilter byReport;
    byReport.reportId = m_traffic.id;
    m_model->setFilter(byReport);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(modelIds(), catalogIds(byReport));
    for (int row = 0; row < 2; ++row)
        QCOMPARE(cell(row, Column::ReportColumn), QStringLiteral("Weekly traffic"));

    RunFilter failed;
    failed.state = Run::State::Failed;
    m_model->setFilter(failed);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(0, Column::ReportColumn), QStringLiteral("Error digest"));
    QCOMPARE(cell(1, Column::ReportColumn), QStringLiteral("Weekly traffic"));
    QCOMPARE(m_model->filter().state, std::optional<Run::State>(Run::State::Failed));

    RunFilter both = failed;
    both.reportId = m_errors.id;
    m_model->setFilter(both);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, Column::ScheduledForColumn), local(kEight));

    RunFilter cancelled;
    cancelled.state = Run::State::Cancelled;
    m_model->setFilter(cancelled);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestRunHistoryModel::schedulerRunsAppearLive()
{
    const Run older = addRun(m_errors, kEight, Run::State::Succeeded);
    m_model->reload();
    RunExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);

    const auto run = scheduler.runNow(m_traffic.id);
    QVERIFY2(run, qPrintable(run.error()));
    // Claimed: a new row on top (Run now is the newest occurrence), then it starts running.
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(modelIds(), (QList<qint64>{run->id, older.id}));
    QCOMPARE(cell(0, Column::ReportColumn), QStringLiteral("Weekly traffic"));
    QCOMPARE(cell(0, Column::TriggerColumn), QStringLiteral("Manual"));
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Running"));
    QVERIFY(!changed.isEmpty()); // queued -> running, in place
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRenderTimeoutMs);
    QCOMPARE(m_model->rowCount(), 2); // updated in place, nothing added
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Succeeded"));
    const Run shown = m_model->runAt(0);
    QCOMPARE(shown.artifacts.size(), 1);
    const RunArtifact pdf = shown.artifacts.first();
    QCOMPARE(pdf.format, QStringLiteral("pdf"));
    QVERIFY2(QFileInfo(pdf.path).isFile(), qPrintable(pdf.path));
    QVERIFY(pdf.path.startsWith(m_archive->path()));
    QCOMPARE(QFileInfo(pdf.path).size(), pdf.size);
    QCOMPARE(cell(0, Column::OutputColumn),
             QStringLiteral("1 file, %1").arg(RunHistoryModel::sizeText(pdf.size)));
    QVERIFY(!cell(0, Column::DurationColumn).isEmpty());
    QCOMPARE(m_model->runAt(0), (*m_catalog)->run(run->id).value());
    QCOMPARE(modelIds(), catalogIds({}));
}

void TestRunHistoryModel::claimedRunsInsertAtTheirPlace()
{
    const Run a = addRun(m_traffic, kEight.addDays(-2), Run::State::Succeeded);
    const Run c = addRun(m_traffic, kEight, Run::State::Succeeded);
    m_model->reload();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // A catch-up run for yesterday, claimed after today's: it goes between the two.
    const auto b = (*m_catalog)
                       ->claimRun(m_traffic.id, kEight.addDays(-1), Run::Trigger::CatchUp,
                                  Scheduler::defaultInstanceId());
    QVERIFY(b && b->claimed);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(modelIds(), (QList<qint64>{c.id, b->run.id, a.id}));
    QCOMPARE(cell(1, Column::TriggerColumn), QStringLiteral("Catch-up"));
    QCOMPARE(cell(1, Column::StateColumn), QStringLiteral("Queued"));
    // Another report's run at the same instant as today's: the newer id first, as listed.
    const Run same = addRun(m_errors, kEight, Run::State::Succeeded);
    QCOMPARE(m_model->rowOfRun(same.id), 0);
    QCOMPARE(modelIds(), catalogIds({}));

    // Scoped to one report, another report's runs do not come in.
    RunFilter traffic;
    traffic.reportId = m_traffic.id;
    m_model->setFilter(traffic);
    inserted.clear();
    addRun(m_errors, kEight.addDays(1), Run::State::Succeeded);
    QVERIFY(inserted.isEmpty());
    QCOMPARE(modelIds(), catalogIds(traffic));
}

void TestRunHistoryModel::stateFilterFollowsStateChanges()
{
    RunExecutor executor;
    Scheduler scheduler(m_catalog->get(), &executor, options());
    QSignalSpy finished(&scheduler, &Scheduler::runFinished);
    RunFilter running;
    running.state = Run::State::Running;
    m_model->setFilter(running);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    // Queued is not shown, running is, and when it has succeeded it leaves the filter.
    const auto run = scheduler.runNow(m_traffic.id);
    QVERIFY2(run, qPrintable(run.error()));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Running"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kRenderTimeoutMs);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(removed.size(), 1);

    RunFilter succeeded;
    succeeded.state = Run::State::Succeeded;
    m_model->setFilter(succeeded);
    QCOMPARE(modelIds(), QList<qint64>{run->id});

    // A run that fails comes into the "failed" filter once it has failed, not before.
    Report broken = (*m_catalog)->report(m_errors.id).value();
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("Rows");
    table.dataSource = QStringLiteral("No such data source");
    table.query = QStringLiteral("SELECT 1");
    broken.sections = {table};
    QVERIFY((*m_catalog)->saveReport(broken));
    RunFilter failed;
    failed.state = Run::State::Failed;
    m_model->setFilter(failed);
    const auto bad = scheduler.runNow(broken.id);
    QVERIFY2(bad, qPrintable(bad.error()));
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kRenderTimeoutMs);
    QCOMPARE(modelIds(), QList<qint64>{bad->id});
    QVERIFY2(cell(0, Column::ErrorColumn).contains(QStringLiteral("No such data source")),
             qPrintable(cell(0, Column::ErrorColumn)));
}

void TestRunHistoryModel::limitKeepsTheNewest()
{
    const Run a = addRun(m_traffic, kEight.addDays(-2), Run::State::Succeeded);
    const Run b = addRun(m_traffic, kEight.addDays(-1), Run::State::Succeeded);
    RunFilter two;
    two.limit = 2;
    m_model->setFilter(two);
    QCOMPARE(modelIds(), (QList<qint64>{b.id, a.id}));

    const Run c = addRun(m_traffic, kEight, Run::State::Succeeded);
    QCOMPARE(modelIds(), (QList<qint64>{c.id, b.id})); // the oldest made room
    addRun(m_traffic, kEight.addDays(-5), Run::State::Succeeded);
    QCOMPARE(modelIds(), (QList<qint64>{c.id, b.id})); // too old to be listed
    QCOMPARE(modelIds(), catalogIds(two));
}

void TestRunHistoryModel::reloadReadsRunsOfAnotherProcess()
{
    addRun(m_traffic, kEight.addDays(-1), Run::State::Succeeded);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 1);

    // Another process (a daemon) claims a run on the same catalog file: no signal reaches us.
    QString error;
    auto other = Catalog::openSqlite(m_catalog->path(), &error);
    QVERIFY2(other, qPrintable(error));
    const auto claim = other->claimRun(m_errors.id, kEight, Run::Trigger::Schedule,
                                       QStringLiteral("elsewhere:42"));
    QVERIFY(claim && claim->claimed);
    QCOMPARE(m_model->rowCount(), 1);

    m_model->reload();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(0, Column::ReportColumn), QStringLiteral("Error digest"));
    QCOMPARE(cell(0, Column::StateColumn), QStringLiteral("Queued"));
}

void TestRunHistoryModel::textFormats()
{
    Run run;
    run.startedAt = kEight;
    run.finishedAt = kEight.addMSecs(2460);
    QCOMPARE(RunHistoryModel::durationText(run), QStringLiteral("2.5 s"));
    run.finishedAt = kEight.addSecs(42);
    QCOMPARE(RunHistoryModel::durationText(run), QStringLiteral("42 s"));
    run.finishedAt = kEight.addSecs(3 * 60 + 5);
    QCOMPARE(RunHistoryModel::durationText(run), QStringLiteral("3 min 05 s"));
    run.finishedAt = kEight.addSecs(3600 + 2 * 60);
    QCOMPARE(RunHistoryModel::durationText(run), QStringLiteral("1 h 02 min"));
    run.finishedAt = kEight.addMSecs(40);
    QCOMPARE(RunHistoryModel::durationText(run), QStringLiteral("< 0.1 s"));
    run.finishedAt = {};
    QCOMPARE(RunHistoryModel::durationText(run), QString()); // still running

    QCOMPARE(RunHistoryModel::sizeText(1), QStringLiteral("1 byte"));
    QCOMPARE(RunHistoryModel::sizeText(900), QStringLiteral("900 bytes"));
    QCOMPARE(RunHistoryModel::sizeText(84 * 1024), QStringLiteral("84 KB"));
    QCOMPARE(RunHistoryModel::sizeText(1536 * 1024), QStringLiteral("1.5 MB"));
    run.artifacts = {{QStringLiteral("/a.pdf"), QStringLiteral("pdf"), 2048, {}}};
    QCOMPARE(RunHistoryModel::outputText(run), QStringLiteral("1 file, 2.0 KB"));
    QCOMPARE(RunHistoryModel::firstLine(QStringLiteral("  one line  ")),
             QStringLiteral("one line"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the renders, pixmaps for the state icons
    TestRunHistoryModel t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_runhistorymodel.moc"
