// Archive paths and the worker pool that renders runs into the archive, with real renders of the
// demo reports: files land complete with their checksums, failures leave nothing, cancel and
// timeout stop a big render.
#include "TestCatalog.h"
#include "catalog/DemoContent.h"
#include "scheduler/Archive.h"
#include "scheduler/RunExecutor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

namespace {
const QDate kAnchor(2025, 3, 10);
const QDateTime kAt(QDate(2025, 3, 10), QTime(7, 0), QTimeZone::utc());
} // namespace

class TestRunExecutor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void archivePathsFollowTheTemplate();
    void archiveRootProblemsAreNamed();
    void archiveSettingsAreSharedThroughTheCatalog();
    void badTemplatesAreRefused_data();
    void badTemplatesAreRefused();
    void rendersEveryFormatWithChecksums();
    void failedRunLeavesNoFiles();
    void cancelAndTimeoutStopABigRender();
    void runsInParallelUpToTheLimit();

private:
    Report demo(const QString &name) const;
    RunRequest request(qint64 id, const Report &report, const QStringList &formats,
                       const QString &root) const;
    RunOutcome wait(RunExecutor &executor, QSignalSpy &spy, qint64 id);

    std::unique_ptr<TestCatalog> m_catalog;
};

void TestRunExecutor::initTestCase()
{
    m_catalog = std::make_unique<TestCatalog>();
    const Status s = DemoContent::seed(
        **m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"), kAnchor);
    QVERIFY2(s, qPrintable(s.error()));
}

Report TestRunExecutor::demo(const QString &name) const
{
    Catalog &c = **m_catalog;
    const qint64 folder = c.folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)).value();
    return c.report(c.reportIdByName(folder, name).value()).value();
}

RunRequest TestRunExecutor::request(qint64 id, const Report &report, const QStringList &formats,
                                    const QString &root) const
{
    RunRequest r;
    r.runId = id;
    RenderOptions options;
    options.runInstant = kAt;
    r.job = RenderJob::fromCatalog(**m_catalog, report.id, options).value();
    r.job.report = report;
    const Archive archive(root);
    for (const QString &f : formats)
        r.outputs.append({f, archive.prepare(report, kAt, f).value()});
    return r;
}

RunOutcome TestRunExecutor::wait(RunExecutor &executor, QSignalSpy &spy, qint64 id)
{
    Q_UNUSED(executor);
    for (int i = 0; i < 600; ++i) {
        for (const auto &args : std::as_const(spy)) {
            const auto o = args.at(0).value<RunOutcome>();
            if (o.runId == id)
                return o;
        }
        spy.wait(200);
    }
    return {};
}

void TestRunExecutor::archivePathsFollowTheTemplate()
{
    QTemporaryDir root;
    Report r = demo(QStringLiteral("Weekly traffic")); // Europe/Berlin
    const Archive archive(root.path());
    // 07:00 UTC is 08:00 in Berlin in March (CET).
    const QString pdf = archive.prepare(r, kAt, QStringLiteral("pdf")).value();
    QCOMPARE(pdf, root.filePath(QStringLiteral("Weekly traffic/Weekly traffic-20250310-0800.pdf")));
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("Weekly traffic"))).isDir());
    // A second run in the same minute does not overwrite the first one's file.
    QFile(pdf).open(QIODevice::WriteOnly);
    QCOMPARE(archive.prepare(r, kAt, QStringLiteral("pdf")).value(),
             root.filePath(QStringLiteral("Weekly traffic/Weekly traffic-20250310-0800-2.pdf")));

    // Names that are not file names are made safe; a custom template is honoured.
    r.name = QStringLiteral("../Q1/Q2: \"draft\"");
    const Archive custom(root.path(), QStringLiteral("{yyyy}/{report}_{ext}_{HHmm}.{ext}"));
    const QString path = custom.prepare(r, kAt, QStringLiteral("csv")).value();
    QCOMPARE(path,
             root.filePath(QStringLiteral("_Q1_Q2_ _draft_/2025/_Q1_Q2_ _draft__csv_0800.csv")));
    QVERIFY(QFileInfo(path).dir().exists());
    QVERIFY(!path.contains(QStringLiteral("..")));
}

void TestRunExecutor::archiveRootProblemsAreNamed()
{
    const Report r = demo(QStringLiteral("Weekly traffic"));
    const auto missing =
        Archive(QStringLiteral("/nonexistent/archive")).prepare(r, kAt, QStringLiteral("pdf"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("does not exist")),
             qPrintable(missing.error()));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/nonexistent")));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile(file).open(QIODevice::WriteOnly);
    const auto notDir = Archive(file).prepare(r, kAt, QStringLiteral("pdf"));
    QVERIFY(!notDir);
    QVERIFY2(notDir.error().contains(QStringLiteral("not a folder")), qPrintable(notDir.error()));

    if (::geteuid() != 0) { // root writes anywhere
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QDir().mkdir(locked);
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const auto denied = Archive(locked).prepare(r, kAt, QStringLiteral("pdf"));
        QVERIFY(!denied);
        QVERIFY2(denied.error().contains(QStringLiteral("not writable")),
                 qPrintable(denied.error()));
    }
}

// The GUI's preferences and a daemon on the same catalog agree on the folder and the names.
void TestRunExecutor::archiveSettingsAreSharedThroughTheCatalog()
{
    QTemporaryDir root;
    Catalog &c = **m_catalog;
    QCOMPARE(Archive::rememberedTemplate(c), Archive::defaultTemplate());
    QVERIFY(Archive::rememberTemplate(c, QStringLiteral("{yyyy-MM-dd} {report}.{ext}")));
    QCOMPARE(Archive::rememberedTemplate(c), QStringLiteral("{yyyy-MM-dd} {report}.{ext}"));
    const Report weekly = demo(QStringLiteral("Weekly traffic"));
    const QDateTime at(QDate(2026, 3, 2), QTime(7, 0), QTimeZone::utc());
    QCOMPARE(
        Archive::exampleName(Archive::rememberedTemplate(c), weekly, at, QStringLiteral("pdf")),
        QStringLiteral("2026-03-02 Weekly traffic.pdf"));

    // A refused template leaves the stored one as it was.
    QVERIFY(!Archive::rememberTemplate(c, QStringLiteral("../{report}.{ext}")));
    QCOMPARE(Archive::rememberedTemplate(c), QStringLiteral("{yyyy-MM-dd} {report}.{ext}"));
    QVERIFY(Archive::rememberTemplate(c, Archive::defaultTemplate()));

    QCOMPARE(Archive::resolveRoot(c, root.path()), root.path());
    QCOMPARE(Archive::rememberedRoot(c), root.path());
    QCOMPARE(Archive::resolveRoot(c), root.path()); // remembered for the next process
}

void TestRunExecutor::badTemplatesAreRefused_data()
{
    QTest::addColumn<QString>("fileNameTemplate");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("empty");
    QTest::newRow("absolute") << QStringLiteral("/tmp/{report}.{ext}")
                              << QStringLiteral("relative");
    QTest::newRow("parent") << QStringLiteral("../{report}.{ext}") << QStringLiteral("“..”");
    QTest::newRow("empty folder") << QStringLiteral("{yyyy}//{report}.{ext}")
                                  << QStringLiteral("empty");
    QTest::newRow("unclosed") << QStringLiteral("{report.{ext}") << QStringLiteral("inside");
    QTest::newRow("open at end") << QStringLiteral("{report}-{yyyy")
                                 << QStringLiteral("not closed");
    QTest::newRow("stray close") << QStringLiteral("report}.{ext}") << QStringLiteral("without");
    QTest::newRow("empty field") << QStringLiteral("{report}{}.{ext}")
                                 << QStringLiteral("empty field");
}

void TestRunExecutor::badTemplatesAreRefused()
{
    QFETCH(QString, fileNameTemplate);
    QFETCH(QString, problem);
    const QString message = Archive::checkTemplate(fileNameTemplate);
    QVERIFY2(message.contains(problem), qPrintable(message));
    QVERIFY(Archive::checkTemplate(Archive::defaultTemplate()).isEmpty());
    QVERIFY(Archive::checkTemplate(QStringLiteral("{yyyy}/{report}-{MMdd}.{ext}")).isEmpty());
}

void TestRunExecutor::rendersEveryFormatWithChecksums()
{
    QTemporaryDir root;
    RunExecutor executor;
    QSignalSpy finished(&executor, &RunExecutor::finished);
    QSignalSpy progress(&executor, &RunExecutor::progress);
    const Report r = demo(QStringLiteral("Weekly traffic"));
    executor.start(request(
        7, r, {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("png")}, root.path()));
    const RunOutcome o = wait(executor, finished, 7);
    QVERIFY2(o.ok, qPrintable(o.error));
    QVERIFY(!progress.isEmpty());
    // One PDF, one CSV (one table) and one PNG per page.
    QStringList formats;
    for (const RunArtifact &a : o.artifacts) {
        formats.append(a.format);
        QFile f(a.path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(a.path));
        const QByteArray bytes = f.readAll();
        QCOMPARE(a.size, bytes.size());
        QCOMPARE(a.sha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(a.path.startsWith(root.filePath(QStringLiteral("Weekly traffic/"))));
    }
    QCOMPARE(formats.count(QStringLiteral("pdf")), 1);
    QCOMPARE(formats.count(QStringLiteral("csv")), 1);
    QVERIFY(formats.count(QStringLiteral("png")) >= 1);
    // Nothing but the artifacts is in the report's folder: no temporary files left over.
    const QStringList entries =
        QDir(root.filePath(QStringLiteral("Weekly traffic"))).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(entries.size(), o.artifacts.size());
}

void TestRunExecutor::failedRunLeavesNoFiles()
{
    QTemporaryDir root;
    RunExecutor executor;
    QSignalSpy finished(&executor, &RunExecutor::finished);
    Report r = demo(QStringLiteral("SLA summary"));
    // The PDF succeeds, then the CSV fails: the PDF must not stay behind either.
    RunRequest req = request(8, r, {QStringLiteral("pdf"), QStringLiteral("csv")}, root.path());
    req.job.report.sections.removeIf(
        [](const Section &s) { return s.kind == Section::Kind::Table; });
    executor.start(req);
    const RunOutcome o = wait(executor, finished, 8);
    QVERIFY(!o.ok);
    QVERIFY2(o.error.contains(QStringLiteral("table")), qPrintable(o.error));
    QVERIFY(o.artifacts.isEmpty());
    QCOMPARE(QDir(root.filePath(QStringLiteral("SLA summary")))
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestRunExecutor::cancelAndTimeoutStopABigRender()
{
    QTemporaryDir root;
    RunExecutor executor;
    QSignalSpy finished(&executor, &RunExecutor::finished);
    Report big = demo(QStringLiteral("Error digest"));
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("Everything, twice over");
    table.dataSource = QLatin1String(DemoContent::kDataSourceName);
    table.query = QStringLiteral("SELECT a.ts, a.path, b.status FROM web_access_log a"
                                 " CROSS JOIN (SELECT status FROM web_access_log LIMIT 20) b");
    big.sections = {table};

    executor.start(request(9, big, {QStringLiteral("pdf")}, root.path()));
    QTRY_VERIFY_WITH_TIMEOUT(executor.active() == 1, 5000);
    QTest::qWait(300);
    executor.cancel(9);
    RunOutcome o = wait(executor, finished, 9);
    QVERIFY(!o.ok);
    QVERIFY(o.cancelled);
    QVERIFY(!o.timedOut);
    QVERIFY2(o.error.contains(QStringLiteral("cancelled")), qPrintable(o.error));

    RunRequest slow = request(10, big, {QStringLiteral("pdf")}, root.path());
    slow.timeout = std::chrono::milliseconds(400);
    executor.start(slow);
    o = wait(executor, finished, 10);
    QVERIFY(!o.ok);
    QVERIFY(o.timedOut);
    QVERIFY2(o.error.contains(QStringLiteral("time limit")), qPrintable(o.error));
    QCOMPARE(QDir(root.filePath(QStringLiteral("Error digest")))
                 .entryList(QDir::Files | QDir::Hidden)
                 .size(),
             0);
}

void TestRunExecutor::runsInParallelUpToTheLimit()
{
    QTemporaryDir root;
    RunExecutor executor(2);
    QCOMPARE(executor.parallel(), 2);
    QSignalSpy finished(&executor, &RunExecutor::finished);
    const QStringList names{QStringLiteral("Weekly traffic"), QStringLiteral("Error digest"),
                            QStringLiteral("SLA summary"), QStringLiteral("Country breakdown")};
    for (int i = 0; i < names.size(); ++i)
        executor.start(request(100 + i, demo(names.at(i)), {QStringLiteral("pdf")}, root.path()));
    QCOMPARE(executor.active(), 4); // two render, two wait in the queue
    for (int i = 0; i < names.size(); ++i) {
        const RunOutcome o = wait(executor, finished, 100 + i);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.artifacts.size(), 1);
    }
    QCOMPARE(executor.active(), 0);
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the renderer
    TestRunExecutor t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_runexecutor.moc"
