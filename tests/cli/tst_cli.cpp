// End-to-end tests of reportdesk-cli: each test runs the built executable with QProcess on
// SQLite catalogs in a temporary folder and checks exit codes, stdout, stderr and the files.
#include "GrafanaTestServer.h"
#include "KibanaTestServer.h"
#include "PdfTools.h"
#include "TestCatalog.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStores.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

using namespace reportdesk;
using reportdesk::test::pdfInfo;
using reportdesk::test::pdfText;
using reportdesk::test::runTool;
using reportdesk::test::Tool;

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString cliPath()
{
    return QDir(qEnvironmentVariable("REPORTDESK_BUILD_DIR"))
        .filePath(QStringLiteral("app/reportdesk-cli"));
}

QByteArray writeDocument(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Today at 09:30 UTC: `init --demo` seeds sample data up to the end of today.
QDateTime renderInstant()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(9, 30), QTimeZone::utc());
}

QString isoInstant(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Every file under `dir`, hidden ones (temporaries) included.
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

const QString kWeekly = QStringLiteral("Samples/Weekly traffic");
const QString kErrors = QStringLiteral("Samples/Error digest");
const QString kBig = QStringLiteral("Samples/Big");

QJsonObject dailyAt(const QString &time, const QString &zone)
{
    return {{QStringLiteral("frequency"), QStringLiteral("daily")},
            {QStringLiteral("time"), time},
            {QStringLiteral("timeZone"), zone}};
}

QJsonObject onceAt(const QDateTime &instant)
{
    return {{QStringLiteral("frequency"), QStringLiteral("once")},
            {QStringLiteral("start"), isoInstant(instant)},
            {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
}

// A whole second, `seconds` from now: the daemon tests schedule runs in real time.
QDateTime secondsFromNow(int seconds)
{
    const QDateTime t = QDateTime::currentDateTimeUtc().addSecs(seconds);
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute(), t.time().second()),
                     QTimeZone::utc());
}

QString sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void version();
    void help();
    void initDemoThenListJson();
    void initIsIdempotent();
    void listHumanAndFolderFilter();
    void showHuman();
    void exportImportRoundTripIsByteIdentical();
    void importExistingIdNeedsReplace();
    void importFromStdin();
    void importRejectsBadDocuments_data();
    void importRejectsBadDocuments();
    void importNameClashNamesTheReport();
    void exportToFile();
    void unknownCommandIsUsageError_data();
    void unknownCommandIsUsageError();
    void unknownReportRef_data();
    void unknownReportRef();
    void foldersCreateNested();
    void nonSqliteCatalogIsRejectedAndUntouched();
    void missingCatalogIsNotCreated();
    void catalogEnvironmentVariable();
    void catalogKeepsImportTimestamps();

    void renderPdf();
    void renderAtIsReproducible();
    void renderVarOverride();
    void renderFromTo();
    void renderCsv();
    void renderPng();
    void renderErrors_data();
    void renderErrors();

    void scheduleCheckCronAcrossDst();
    void scheduleCheckSpec();
    void scheduleCheckRejects_data();
    void scheduleCheckRejects();
    void scheduleNext();
    void runDueRunsEachOccurrenceOnce();
    void runDueMissingArchiveFails();
    void runsListFilters();
    void daemonRunsSchedulesUntilSigterm();
    void daemonCancelsAfterTheGracePeriod();
    void daemonStopsWhenARunIgnoresTheCancel();
    void daemonKilledMidRunIsRecoveredByRunDue();

    void serversAddKeepsTheSecretInTheKeychainOnly();
    void serversWithoutKeychainSaySoAndKeepNothing();
    void serversListJson();
    void serversDuplicateNameIsRefused();
    void serversBadInputNamesTheOption_data();
    void serversBadInputNamesTheOption();
    void serversTestAgainstALoopbackGrafana();
    void remoteCommandsAgainstALoopbackGrafana();
    void remoteGenerateFromAKibanaPostUrl();
    void remoteUsageErrors();
    void serversTestWithoutStoredSecret();
    void serversRemoveTakesTheSecretToo();

private:
    // Runs the CLI with `--catalog <m_catalog>` first unless `withCatalog` is false.
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, bool withCatalog = true,
               const QProcessEnvironment &extraEnv = {});
    QProcessEnvironment environment() const; // no user catalog, no display
    // The same, but the event loop keeps running meanwhile (for a loopback server in this
    // process).
    CliRun runServing(const QStringList &arguments, const QByteArray &input = {},
                      const QProcessEnvironment &extraEnv = {});
    // `servers add ...` plus --password-stdin with `secret` when it is not empty.
    CliRun addServer(const QStringList &options, const QByteArray &secret = {});
    QJsonArray serversJson();
    QString serverId(const QString &name); // from `servers list --json`
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray listing(); // reports list --json + folders list --json, for before/after checks
    QByteArray exportDemo(const QString &ref = QStringLiteral("Samples/Weekly traffic"));
    // `render REF --at <today 09:30 UTC> --out <out>` plus `extra`: the demo data ends today.
    CliRun render(const QString &out, const QStringList &extra = {},
                  const QString &ref = QStringLiteral("Samples/Weekly traffic"));
    QString renderFolder() const { return path(QStringLiteral("out")); }
    QString archive() const { return path(QStringLiteral("archive")); }

    // Exports the report, lets `edit` change the document's "report" object, imports it back.
    bool editReport(const QString &ref, const std::function<void(QJsonObject &)> &edit);
    bool setSchedule(const QString &ref, const QJsonObject &schedule);
    // Adds "Samples/Big": one table over the sample data joined with itself (a million rows,
    // minutes of rendering), so a test can stop a daemon in the middle of a run.
    bool addBigReport(const QJsonObject &schedule);
    QJsonArray runsJson();
    // Polls `runs list --json` until a run of `ref` is in `state`; returns it, or {} on timeout.
    QJsonObject waitForRun(const QString &ref, const QString &state, int timeoutMs = 30000);
    void startDaemon(QProcess &daemon, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_catalog;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(cliPath()).isExecutable(), qPrintable(cliPath()));
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_catalog = path(QStringLiteral("catalog.sqlite"));
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REPORTDESK_CATALOG"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // The default catalog location must never be the user's.
    env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
    return env;
}

CliRun TestCli::run(const QStringList &arguments, const QByteArray &input, bool withCatalog,
                    const QProcessEnvironment &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = environment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QStringList args = arguments;
    if (withCatalog)
        args = QStringList{QStringLiteral("--catalog"), m_catalog} + args;
    process.start(cliPath(), args);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(cliPath()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("reportdesk-cli %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray TestCli::listing()
{
    const CliRun reports =
        run({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--json")});
    const CliRun folders =
        run({QStringLiteral("folders"), QStringLiteral("list"), QStringLiteral("--json")});
    if (reports.exitCode != 0 || folders.exitCode != 0)
        return QByteArray("listing failed: ") + reports.err + folders.err;
    return reports.out + folders.out;
}

QByteArray TestCli::exportDemo(const QString &ref)
{
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("export"), ref});
    if (r.exitCode != 0)
        qWarning("export failed: %s", r.err.constData());
    return r.out;
}

void TestCli::version()
{
    const CliRun r = run({QStringLiteral("--version")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("reportdesk-cli " REPORTDESK_VERSION "\n"));
    QCOMPARE(r.err, QByteArray());

    // A language without a translation is fine: the messages stay in English.
    const CliRun lang = run(
        {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("--version")}, {}, false);
    QCOMPARE(lang.exitCode, 0);
    QCOMPARE(lang.out, r.out);
    QCOMPARE(lang.err, QByteArray());
}

void TestCli::help()
{
    CliRun r = run({QStringLiteral("--help")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    for (const char *word : {"init", "folders", "reports", "render", "--catalog", "Exit codes"})
        QVERIFY2(r.out.contains(word), word);
    QCOMPARE(r.err, QByteArray());

    r = run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("Usage: reportdesk-cli [--catalog PATH] reports import"));
    QVERIFY(r.out.contains("--replace"));
    QVERIFY(r.out.contains("--folder"));
    QVERIFY(!QFile::exists(m_catalog)); // help does not touch the catalog

    r = run({QStringLiteral("help"), QStringLiteral("folders")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("create"));
}

void TestCli::initDemoThenListJson()
{
    const CliRun init = run({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(init.out.contains(m_catalog.toUtf8()), init.out.constData());
    QCOMPARE(init.err, QByteArray());
    QVERIFY(QFile::exists(path(QStringLiteral("sample-weblogs.sqlite"))));

    const CliRun list =
        run({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(list.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    const QJsonArray reports = doc.array();
    QVERIFY2(reports.size() >= 3, list.out.constData());
    bool sawWeekly = false;
    for (const QJsonValue &v : reports) {
        const QJsonObject o = v.toObject();
        QVERIFY(!QUuid::fromString(o.value(QLatin1String("id")).toString()).isNull());
        QVERIFY(!o.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(o.value(QLatin1String("folder")).toString(), QStringLiteral("Samples"));
        QVERIFY(o.value(QLatin1String("title")).isString());
        QVERIFY(o.value(QLatin1String("enabled")).isBool());
        QVERIFY(o.value(QLatin1String("tags")).isArray());
        if (o.value(QLatin1String("name")).toString() == QLatin1String("Weekly traffic")) {
            sawWeekly = true;
            QCOMPARE(o.value(QLatin1String("tags")).toArray(),
                     QJsonArray({QStringLiteral("traffic"), QStringLiteral("weekly")}));
        }
    }
    QVERIFY(sawWeekly);

    const CliRun folders =
        run({QStringLiteral("folders"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(folders.exitCode, 0);
    const QJsonArray fa = QJsonDocument::fromJson(folders.out).array();
    QCOMPARE(fa.size(), 1);
    const QJsonObject samples = fa.at(0).toObject();
    QCOMPARE(samples.value(QLatin1String("path")).toString(), QStringLiteral("Samples"));
    QCOMPARE(samples.value(QLatin1String("name")).toString(), QStringLiteral("Samples"));
    QCOMPARE(samples.value(QLatin1String("parentId")).toInteger(), 0);
    QVERIFY(samples.value(QLatin1String("id")).toInteger() > 0);
    QCOMPARE(samples.value(QLatin1String("reportCount")).toInt(), int(reports.size()));
}

void TestCli::initIsIdempotent()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray before = listing();
    const CliRun again = run({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already"));
    QCOMPARE(listing(), before);
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(listing(), before);
}

void TestCli::listHumanAndFolderFilter()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                  QStringLiteral("--folder"), QStringLiteral("Team/Ops")},
                 writeDocument(
                     QJsonObject{{QStringLiteral("format"), QStringLiteral("reportdesk.report")},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("report"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Ops daily")},
                                              {QStringLiteral("enabled"), false}}}}))
                 .exitCode,
             0);
    const CliRun all = run({QStringLiteral("reports"), QStringLiteral("list")});
    QCOMPARE(all.exitCode, 0);
    const QList<QByteArray> lines = all.out.trimmed().split('\n');
    QVERIFY(lines.first().startsWith("PATH"));
    QVERIFY(lines.first().contains("ENABLED"));
    QVERIFY(lines.first().contains("TITLE"));
    QVERIFY(all.out.contains("Samples/Weekly traffic"));
    QVERIFY(all.out.contains("Web traffic overview"));
    QVERIFY(all.out.contains("Team/Ops/Ops daily"));

    const CliRun team =
        run({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--folder"),
             QStringLiteral("Team"), QStringLiteral("--json")});
    QCOMPARE(team.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(team.out).array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.at(0)[QLatin1String("folder")].toString(), QStringLiteral("Team/Ops"));
    QCOMPARE(a.at(0)[QLatin1String("enabled")].toBool(), false);

    const CliRun missing = run({QStringLiteral("reports"), QStringLiteral("list"),
                                QStringLiteral("--folder"), QStringLiteral("Nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("No folder \"Nope\""));
}

void TestCli::showHuman()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("show"),
                          QStringLiteral("Samples/Weekly traffic")});
    QCOMPARE(r.exitCode, 0);
    for (const char *expected :
         {"Name:", "Weekly traffic", "Folder:", "Samples", "Title:", "Web traffic overview",
          "Owner:", "reports@example.com", "Tags:", "traffic, weekly",
          "Time zone:", "Europe/Berlin", "Variables:", "site = shop.example.com", "Sections (",
          "chart line", "query: SELECT"})
        QVERIFY2(r.out.contains(expected), expected);
    const CliRun json = run({QStringLiteral("reports"), QStringLiteral("show"),
                             QStringLiteral("Samples/Weekly traffic"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out, exportDemo());
}

void TestCli::exportImportRoundTripIsByteIdentical()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray exported = exportDemo();
    QVERIFY(exported.contains("\"format\": \"reportdesk.report\""));
    QVERIFY(exported.contains("\"updated\""));
    const QString id =
        QJsonDocument::fromJson(exported)[QLatin1String("report")][QLatin1String("id")].toString();
    QVERIFY(!id.isEmpty());
    const QString file = path(QStringLiteral("weekly.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(exported);
    }

    // Same id into another catalog, in a new nested folder.
    const QString other = path(QStringLiteral("other/catalog.sqlite"));
    QCOMPARE(run({QStringLiteral("--catalog"), other, QStringLiteral("init")}, {}, false).exitCode,
             0);
    const CliRun imported = run({QStringLiteral("--catalog"), other, QStringLiteral("reports"),
                                 QStringLiteral("import"), file, QStringLiteral("--folder"),
                                 QStringLiteral("Copies/2024")},
                                {}, false);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("Copies/2024/Weekly traffic"), imported.out.constData());
    QVERIFY(imported.out.contains(id.toUtf8()));

    const CliRun again =
        run({QStringLiteral("--catalog"), other, QStringLiteral("reports"),
             QStringLiteral("export"), QStringLiteral("Copies/2024/Weekly traffic")},
            {}, false);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, exported);
    const CliRun byId = run({QStringLiteral("--catalog"), other, QStringLiteral("reports"),
                             QStringLiteral("export"), id},
                            {}, false);
    QCOMPARE(byId.out, exported);
}

void TestCli::importExistingIdNeedsReplace()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray exported = exportDemo();
    const QByteArray before = listing();

    const CliRun clash =
        run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-")}, exported);
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.err.contains("already has a report with the id"), clash.err.constData());
    QVERIFY(clash.err.contains("Samples/Weekly traffic"));
    QVERIFY(clash.err.contains("--replace"));
    QCOMPARE(clash.out, QByteArray());
    QCOMPARE(listing(), before); // no "Imported" folder either

    // --replace updates in place (same folder) and keeps the document's timestamps.
    QByteArray edited = exported;
    edited.replace("Web traffic overview", "Edited title");
    const CliRun replaced = run({QStringLiteral("reports"), QStringLiteral("import"),
                                 QStringLiteral("-"), QStringLiteral("--replace")},
                                edited);
    QCOMPARE(replaced.exitCode, 0);
    QVERIFY(replaced.out.contains("Replaced \"Samples/Weekly traffic\""));
    QCOMPARE(exportDemo(), edited);
    QVERIFY(!listing().contains("Imported"));

    // Replacing into another folder moves it there.
    QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                  QStringLiteral("--replace"), QStringLiteral("--folder"), QStringLiteral("Moved")},
                 exported)
                 .exitCode,
             0);
    QCOMPARE(exportDemo(QStringLiteral("Moved/Weekly traffic")), exported);
    QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("show"),
                  QStringLiteral("Samples/Weekly traffic")})
                 .exitCode,
             1);
}

void TestCli::importFromStdin()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray exported = exportDemo();
    const QString fresh = path(QStringLiteral("fresh.sqlite"));
    QCOMPARE(run({QStringLiteral("--catalog"), fresh, QStringLiteral("init")}, {}, false).exitCode,
             0);
    const CliRun imported = run({QStringLiteral("--catalog"), fresh, QStringLiteral("reports"),
                                 QStringLiteral("import"), QStringLiteral("-")},
                                exported, false);
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains("Imported \"Imported/Weekly traffic\""));
    const CliRun out = run({QStringLiteral("--catalog"), fresh, QStringLiteral("reports"),
                            QStringLiteral("export"), QStringLiteral("Imported/Weekly traffic")},
                           {}, false);
    QCOMPARE(out.out, exported);
}

void TestCli::importRejectsBadDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("expectedError");

    QTest::newRow("malformed JSON")
        << QByteArray("{\"format\": \"reportdesk.report\", ") << QByteArray("Not valid JSON");
    QTest::newRow("not JSON at all") << QByteArray("hello") << QByteArray("Not valid JSON");
    QTest::newRow("unknown version")
        << writeDocument({{QStringLiteral("format"), QStringLiteral("reportdesk.report")},
                          {QStringLiteral("version"), 99},
                          {QStringLiteral("report"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("X")}}}})
        << QByteArray("Unsupported schema version 99");
    QTest::newRow("missing name")
        << writeDocument({{QStringLiteral("format"), QStringLiteral("reportdesk.report")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("report"),
                           QJsonObject{{QStringLiteral("title"), QStringLiteral("No name")}}}})
        << QByteArray("Field \"name\": required but missing");
    QTest::newRow("wrong format") << writeDocument({{QStringLiteral("format"),
                                                     QStringLiteral("something.else")},
                                                    {QStringLiteral("version"), 1}})
                                  << QByteArray("\"format\" must be \"reportdesk.report\"");
    QTest::newRow("invalid time range")
        << writeDocument(
               {{QStringLiteral("format"), QStringLiteral("reportdesk.report")},
                {QStringLiteral("version"), 1},
                {QStringLiteral("report"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Bad range")},
                             {QStringLiteral("timeRange"),
                              QJsonObject{{QStringLiteral("from"), QStringLiteral("yesterday")},
                                          {QStringLiteral("to"), QStringLiteral("now")}}}}}})
        << QByteArray("yesterday");
}

void TestCli::importRejectsBadDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, expectedError);
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QByteArray before = listing();

    const QString file = path(QStringLiteral("bad.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(document);
    }
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("import"), file,
                          QStringLiteral("--folder"), QStringLiteral("New/Folder")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expectedError), r.err.constData());
    QVERIFY2(r.err.contains(file.toUtf8()), r.err.constData()); // names the file
    QVERIFY(r.err.contains("Nothing was changed"));
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(listing(), before);
}

void TestCli::importNameClashNamesTheReport()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QJsonObject root = QJsonDocument::fromJson(exportDemo()).object();
    QJsonObject report = root.value(QLatin1String("report")).toObject();
    report.remove(QStringLiteral("id")); // a copy, not the same report
    root.insert(QStringLiteral("report"), report);
    const QByteArray before = listing();

    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                          QStringLiteral("--folder"), QStringLiteral("Samples")},
                         writeDocument(root));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already has a report named \"Weekly traffic\""), r.err.constData());
    QVERIFY(r.err.contains("\"Samples\""));
    QCOMPARE(listing(), before);

    // Without an id, a copy in another folder gets a new id.
    const CliRun copy =
        run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-")},
            writeDocument(root));
    QCOMPARE(copy.exitCode, 0);
    QVERIFY(copy.out.contains("Imported/Weekly traffic"));
}

void TestCli::exportToFile()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString file = path(QStringLiteral("out/weekly.json"));
    QVERIFY(QDir().mkpath(path(QStringLiteral("out"))));
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is much longer than nothing");
    }
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("export"),
                          QStringLiteral("Samples/Weekly traffic"), QStringLiteral("--out"), file});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(reportdesk::test::readFile(file), exportDemo());
    QCOMPARE(QDir(path(QStringLiteral("out"))).entryList(QDir::Files),
             QStringList{QStringLiteral("weekly.json")}); // no temporary file left behind

    const QString untouched = path(QStringLiteral("out/none.json"));
    const CliRun bad = run({QStringLiteral("reports"), QStringLiteral("export"),
                            QStringLiteral("Samples/Nope"), QStringLiteral("--out"), untouched});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(!QFile::exists(untouched));

    const CliRun unwritable =
        run({QStringLiteral("reports"), QStringLiteral("export"),
             QStringLiteral("Samples/Weekly traffic"), QStringLiteral("--out"),
             path(QStringLiteral("missing/x.json"))});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains("Cannot write"));
}

void TestCli::unknownCommandIsUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedError");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QByteArray("Unknown command \"frobnicate\"");
    QTest::newRow("no command") << QStringList{} << QByteArray("No command given");
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("reports"), QStringLiteral("frob")}
        << QByteArray("Unknown reports command \"frob\"");
    QTest::newRow("missing subcommand")
        << QStringList{QStringLiteral("folders")} << QByteArray("Usage:");
    QTest::newRow("missing argument")
        << QStringList{QStringLiteral("reports"), QStringLiteral("show")}
        << QByteArray("Missing argument");
    QTest::newRow("extra argument")
        << QStringList{QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("a"),
                       QStringLiteral("b")}
        << QByteArray("Unexpected argument \"b\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--bogus")}
        << QByteArray("Unknown option 'bogus'");
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--bogus"), QStringLiteral("init")}
        << QByteArray("Unknown option 'bogus'");
}

void TestCli::unknownCommandIsUsageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedError);
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expectedError), r.err.constData());
    QVERIFY2(r.err.contains("Usage: reportdesk-cli"), r.err.constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY(!QFile::exists(m_catalog));
}

void TestCli::unknownReportRef_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QByteArray>("expectedError");
    QTest::newRow("no such report")
        << QStringLiteral("Samples/Nope")
        << QByteArray("No report \"Samples/Nope\": no such report in the folder \"Samples\"");
    QTest::newRow("no such folder")
        << QStringLiteral("Nope/Weekly traffic")
        << QByteArray("No report \"Nope/Weekly traffic\": no such folder \"Nope\"");
    QTest::newRow("unknown id") << QStringLiteral("6b2b3c55-3f55-4c50-9d51-7d1c1e4a3a10")
                                << QByteArray("no report has this id");
    QTest::newRow("no folder part")
        << QStringLiteral("Weekly traffic") << QByteArray("No report \"Weekly traffic\"");
}

void TestCli::unknownReportRef()
{
    QFETCH(QString, ref);
    QFETCH(QByteArray, expectedError);
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    for (const QString &sub : {QStringLiteral("show"), QStringLiteral("export")}) {
        const CliRun r = run({QStringLiteral("reports"), sub, ref});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expectedError), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }
}

void TestCli::foldersCreateNested()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    CliRun r = run(
        {QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("Team/Ops/Weekly")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Created the folder \"Team/Ops/Weekly\""));
    r = run({QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("Team/Sales")});
    QCOMPARE(r.exitCode, 0);

    r = run({QStringLiteral("folders"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("Team\nTeam/Ops\nTeam/Ops/Weekly\nTeam/Sales\n"));

    const CliRun json =
        run({QStringLiteral("folders"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray folders = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(folders.size(), 4);
    const QJsonObject team = folders.at(0).toObject();
    const QJsonObject ops = folders.at(1).toObject();
    QCOMPARE(ops.value(QLatin1String("parentId")).toInteger(),
             team.value(QLatin1String("id")).toInteger());
    QCOMPARE(ops.value(QLatin1String("name")).toString(), QStringLiteral("Ops"));
    QCOMPARE(ops.value(QLatin1String("reportCount")).toInt(), 0);

    // Existing folder: success, says so, changes nothing.
    const QByteArray before = listing();
    r = run({QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("Team/Ops")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("exists already"));
    QCOMPARE(listing(), before);

    // A bad name deep in the path creates none of the parents.
    r = run(
        {QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("New/ spaced /x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("spaces"), r.err.constData());
    QCOMPARE(listing(), before);
}

void TestCli::nonSqliteCatalogIsRejectedAndUntouched()
{
    const QString file = path(QStringLiteral("notes.txt"));
    const QByteArray content("These are my notes, not a catalog.\n");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QList<QStringList> commands = {
        {QStringLiteral("init")},
        {QStringLiteral("init"), QStringLiteral("--demo")},
        {QStringLiteral("reports"), QStringLiteral("list")},
        {QStringLiteral("folders"), QStringLiteral("create"), QStringLiteral("A")},
    };
    for (const QStringList &command : commands) {
        const CliRun r = run(QStringList{QStringLiteral("--catalog"), file} + command, {}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is not a ReportDesk catalog: it is not an SQLite database"),
                 r.err.constData());
        QVERIFY(r.err.contains(file.toUtf8()));
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(reportdesk::test::readFile(file), content);
    }
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestCli::missingCatalogIsNotCreated()
{
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No catalog at"), r.err.constData());
    QVERIFY(r.err.contains("reportdesk-cli init"));
    QVERIFY(!QFile::exists(m_catalog));
}

void TestCli::catalogEnvironmentVariable()
{
    const QString fromEnv = path(QStringLiteral("env/catalog.sqlite"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("REPORTDESK_CATALOG"), fromEnv);
    CliRun r = run({QStringLiteral("init"), QStringLiteral("--demo")}, {}, false, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(fromEnv.toUtf8()));
    QVERIFY(QFile::exists(fromEnv));
    r = run({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--json")}, {},
            false, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 3);

    // --catalog wins over the variable, before or after the command.
    const QString fromOption = path(QStringLiteral("option.sqlite"));
    r = run({QStringLiteral("--catalog"), fromOption, QStringLiteral("init")}, {}, false, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(fromOption.toUtf8()));
    r = run({QStringLiteral("reports"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--catalog"), fromOption},
            {}, false, env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);

    // Neither: the default location under the (test) XDG data folder.
    r = run({QStringLiteral("init")}, {}, false);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(path(QStringLiteral("home/.local/share")).toUtf8()), r.out.constData());
}

// The core side of byte-identical import: Timestamps::Keep stores the report's own timestamps.
void TestCli::catalogKeepsImportTimestamps()
{
    reportdesk::test::TestCatalog catalog;
    const Folder folder = catalog.addFolder(QStringLiteral("F"));
    Report r = reportdesk::test::fullyPopulatedReport(folder.id);
    r.id = QUuid::createUuid();
    r.created = QDateTime(QDate(2023, 3, 4), QTime(5, 6, 7, 890), Qt::UTC);
    r.updated = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);

    const auto kept = catalog->saveReport(r, Catalog::Timestamps::Keep);
    QVERIFY2(kept.ok(), qPrintable(kept.error()));
    QCOMPARE(kept->created, r.created);
    QCOMPARE(kept->updated, r.updated);
    QCOMPARE(catalog->report(r.id)->updated, r.updated);

    // Replacing with Keep takes the document's timestamps, even the older ones.
    Report older = r;
    older.created = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    older.updated = QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC);
    const auto replaced = catalog->saveReport(older, Catalog::Timestamps::Keep);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->created, older.created);
    QCOMPARE(replaced->updated, older.updated);

    // An edit (the default) keeps created as stored and moves updated to now.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const auto edited = catalog->saveReport(r);
    QVERIFY(edited.ok());
    QCOMPARE(edited->created, older.created);
    QVERIFY(edited->updated >= before);

    // Keep without timestamps falls back to now.
    Report fresh = reportdesk::test::fullyPopulatedReport(folder.id);
    fresh.name = QStringLiteral("Fresh");
    const auto saved = catalog->saveReport(fresh, Catalog::Timestamps::Keep);
    QVERIFY(saved.ok());
    QVERIFY(saved->created >= before);
    QVERIFY(saved->updated >= before);
}

CliRun TestCli::render(const QString &out, const QStringList &extra, const QString &ref)
{
    QDir().mkpath(renderFolder());
    return run(QStringList{QStringLiteral("render"), ref, QStringLiteral("--at"),
                           isoInstant(renderInstant()), QStringLiteral("--out"), out} +
               extra);
}

void TestCli::renderPdf()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString pdf = path(QStringLiteral("out/weekly.pdf"));
    const CliRun r = render(pdf);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, pdf.toUtf8() + '\n'); // the written file, and nothing else
    QCOMPARE(r.err, QByteArray());        // not a terminal: no progress
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("Web traffic overview"));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 1);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("Web traffic overview")));
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                 qPrintable(text.right(400)));
    // The run instant from --at, shown in the report's time zone.
    const QString generated = renderInstant()
                                  .toTimeZone(QTimeZone("Europe/Berlin"))
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY2(text.contains(QStringLiteral("Generated ") + generated), qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("/search?q=shoes"))); // the table has rows
    QCOMPARE(filesIn(renderFolder()), QStringList{QStringLiteral("weekly.pdf")});
}

void TestCli::renderAtIsReproducible()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString first = path(QStringLiteral("out/first.pdf"));
    const QString second = path(QStringLiteral("out/second.pdf"));
    QCOMPARE(render(first).exitCode, 0);
    QCOMPARE(render(second).exitCode, 0);
    const QString text = pdfText(first);
    QVERIFY(text.contains(QStringLiteral("Busiest pages")));
    QCOMPARE(pdfText(second), text);

    // Another instant: another period and run time in the text.
    const QString earlier = path(QStringLiteral("out/earlier.pdf"));
    const CliRun r = run({QStringLiteral("render"), QStringLiteral("Samples/Weekly traffic"),
                          QStringLiteral("--at"), isoInstant(renderInstant().addDays(-1)),
                          QStringLiteral("--out"), earlier});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(pdfText(earlier) != text);
}

void TestCli::renderVarOverride()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString pdf = path(QStringLiteral("out/intranet.pdf"));
    const CliRun r =
        render(pdf, {QStringLiteral("--var"), QStringLiteral("site=intranet.example.org")});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Requests, errors and latency for intranet.example.org")),
             qPrintable(text.left(600)));
    QVERIFY(!text.contains(QStringLiteral("shop.example.com")));
}

void TestCli::renderFromTo()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString pdf = path(QStringLiteral("out/period.pdf"));
    const CliRun r = render(pdf, {QStringLiteral("--from"), QStringLiteral("2025-01-05T00:00:00Z"),
                                  QStringLiteral("--to"), QStringLiteral("2025-01-12T00:00:00Z")});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(pdf);
    // In the report's time zone (Europe/Berlin, UTC+1 in January).
    QVERIFY2(text.contains(QStringLiteral("Period: 2025-01-05 01:00 to 2025-01-12 01:00")),
             qPrintable(text.left(600)));
    QVERIFY(text.contains(QStringLiteral("No data for this period"))); // before the sample data

    // A relative end works too, against --at.
    const CliRun relative = render(pdf, {QStringLiteral("--from"), QStringLiteral("now-2d/d"),
                                         QStringLiteral("--to"), QStringLiteral("now/d")});
    QCOMPARE(relative.exitCode, 0);
    const QTimeZone berlin("Europe/Berlin");
    const QDate today = renderInstant().toTimeZone(berlin).date();
    QVERIFY2(pdfText(pdf).contains(
                 QStringLiteral("Period: %1 00:00 to %2 00:00")
                     .arg(today.addDays(-2).toString(Qt::ISODate), today.toString(Qt::ISODate))),
             qPrintable(pdfText(pdf).left(600)));
}

void TestCli::renderCsv()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString csv = path(QStringLiteral("out/pages.csv"));
    const CliRun r = render(csv);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, csv.toUtf8() + '\n');
    const QByteArray bytes = reportdesk::test::readFile(csv);
    QVERIFY2(bytes.startsWith("Page,Requests,Avg latency (ms),Bytes sent\r\n"),
             bytes.left(200).constData());
    QCOMPARE(bytes.count("\r\n"), 11); // header + the top 10 pages
    QCOMPARE(bytes.count('\n'), 11);   // CRLF only
    QVERIFY(bytes.contains("/search?q=shoes,"));

    // --format wins over the extension.
    const QString txt = path(QStringLiteral("out/pages.txt"));
    const CliRun explicitFormat = render(txt, {QStringLiteral("--format"), QStringLiteral("CSV")});
    QCOMPARE(explicitFormat.exitCode, 0);
    QCOMPARE(reportdesk::test::readFile(txt), bytes);
}

void TestCli::renderPng()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    const QString pdf = path(QStringLiteral("out/weekly.pdf"));
    QCOMPARE(render(pdf).exitCode, 0);
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    const CliRun r = render(path(QStringLiteral("out/weekly.png")),
                            {QStringLiteral("--dpi"), QStringLiteral("72")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString png = path(QStringLiteral("out/weekly-%1.png").arg(page));
        QCOMPARE(QString::fromUtf8(lines.at(page - 1)), png);
        const QImage image(png);
        QCOMPARE(image.size(), QSize(595, 842)); // A4 in points = pixels at 72 dpi
        QCOMPARE(image.dotsPerMeterX(), qRound(72 / 0.0254));
    }
}

void TestCli::renderErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("expectedError");
    const QString weekly = QStringLiteral("Samples/Weekly traffic");
    const QString out = QStringLiteral("--out");
    auto file = [](const char *name) {
        return QStringLiteral("OUT/") + QLatin1String(name);
    };
    QTest::newRow("unknown report")
        << QStringList{QStringLiteral("Samples/Nope"), out, file("a.pdf")} << 1
        << QByteArray("No report \"Samples/Nope\": no such report in the folder \"Samples\"");
    QTest::newRow("bad --var") << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--var"),
                                              QStringLiteral("site")}
                               << 2 << QByteArray("Bad --var \"site\": use NAME=VALUE");
    QTest::newRow("--var the report does not have")
        << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--var"),
                       QStringLiteral("sitee=x")}
        << 1 << QByteArray("--var sitee: the report neither defines nor uses a variable \"sitee\"");
    QTest::newRow("bad --at") << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--at"),
                                             QStringLiteral("yesterday")}
                              << 2 << QByteArray("Bad --at \"yesterday\"");
    QTest::newRow("--at without a time zone")
        << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--at"),
                       QStringLiteral("2025-03-10T09:30:00")}
        << 2
        << QByteArray(
               "Bad --at \"2025-03-10T09:30:00\": give an ISO 8601 instant with a time zone");
    QTest::newRow("bad --from") << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--from"),
                                               QStringLiteral("now-7x")}
                                << 2 << QByteArray("Bad --from \"now-7x\"");
    QTest::newRow("unknown format")
        << QStringList{weekly, out, file("a.pdf"), QStringLiteral("--format"),
                       QStringLiteral("docx")}
        << 2 << QByteArray("Unknown format \"docx\" for --format");
    QTest::newRow("bad --dpi") << QStringList{weekly, out, file("a.png"), QStringLiteral("--dpi"),
                                              QStringLiteral("0")}
                               << 2 << QByteArray("Bad --dpi \"0\"");
    QTest::newRow("missing --out") << QStringList{weekly} << 2 << QByteArray("Missing --out");
    QTest::newRow("unwritable --out") << QStringList{weekly, out, file("missing/folder/a.pdf")} << 1
                                      << QByteArray("cannot write");
    QTest::newRow("unwritable --out, png") << QStringList{weekly, out, file("missing/folder/a.png")}
                                           << 1 << QByteArray("cannot write");
    QTest::newRow("undefined variable")
        << QStringList{QStringLiteral("Copies/SLA without variables"), out, file("a.pdf")} << 1
        << QByteArray("uses ${objective}, ${threshold_ms}, which is not defined");
    QTest::newRow("end before start") << QStringList{weekly,
                                                     out,
                                                     file("a.pdf"),
                                                     QStringLiteral("--from"),
                                                     QStringLiteral("now"),
                                                     QStringLiteral("--to"),
                                                     QStringLiteral("now-1d")}
                                      << 1 << QByteArray("the time range ends before it starts");
}

void TestCli::renderErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, expectedError);
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    // A copy of "SLA summary" without its variables, for the undefined-variable case.
    QJsonObject document =
        QJsonDocument::fromJson(exportDemo(QStringLiteral("Samples/SLA summary"))).object();
    QJsonObject report = document.value(QLatin1String("report")).toObject();
    report.remove(QLatin1String("id"));
    report.insert(QLatin1String("name"), QStringLiteral("SLA without variables"));
    report.insert(QLatin1String("variables"), QJsonArray());
    document.insert(QLatin1String("report"), report);
    QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                  QStringLiteral("--folder"), QStringLiteral("Copies")},
                 writeDocument(document))
                 .exitCode,
             0);

    QVERIFY(QDir().mkpath(renderFolder()));
    for (QString &a : arguments)
        a.replace(QLatin1String("OUT/"), renderFolder() + QLatin1Char('/'));
    const CliRun r = run(QStringList{QStringLiteral("render")} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(expectedError), r.err.constData());
    QVERIFY2(r.err.startsWith("reportdesk-cli: "), r.err.constData());
    if (exitCode == 2)
        QVERIFY2(r.err.contains("Usage: reportdesk-cli [--catalog PATH] render"),
                 r.err.constData());
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(filesIn(renderFolder()), QStringList()); // nothing written, nothing left over
}

bool TestCli::editReport(const QString &ref, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject document = QJsonDocument::fromJson(exportDemo(ref)).object();
    QJsonObject report = document.value(QLatin1String("report")).toObject();
    if (report.isEmpty())
        return false;
    edit(report);
    document.insert(QStringLiteral("report"), report);
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                          QStringLiteral("--replace")},
                         writeDocument(document));
    if (r.exitCode != 0)
        qWarning("import failed: %s", r.err.constData());
    return r.exitCode == 0;
}

bool TestCli::setSchedule(const QString &ref, const QJsonObject &schedule)
{
    return editReport(
        ref, [&](QJsonObject &report) { report.insert(QStringLiteral("schedule"), schedule); });
}

bool TestCli::addBigReport(const QJsonObject &schedule)
{
    QJsonObject document = QJsonDocument::fromJson(exportDemo(kErrors)).object();
    QJsonObject report = document.value(QLatin1String("report")).toObject();
    report.remove(QStringLiteral("id"));
    report.insert(QStringLiteral("name"), QStringLiteral("Big"));
    report.insert(QStringLiteral("formats"), QJsonArray{QStringLiteral("pdf")});
    report.insert(QStringLiteral("sections"),
                  QJsonArray{QJsonObject{
                      {QStringLiteral("kind"), QStringLiteral("table")},
                      {QStringLiteral("title"), QStringLiteral("Every pair of requests")},
                      {QStringLiteral("dataSource"), QStringLiteral("Sample web logs")},
                      {QStringLiteral("query"),
                       QStringLiteral("SELECT a.path, a.status, b.country FROM web_access_log a "
                                      "CROSS JOIN web_access_log b LIMIT 1000000")},
                      {QStringLiteral("columns"), QJsonArray()},
                  }});
    report.insert(QStringLiteral("schedule"), schedule);
    document.insert(QStringLiteral("report"), report);
    const CliRun r = run({QStringLiteral("reports"), QStringLiteral("import"), QStringLiteral("-"),
                          QStringLiteral("--folder"), QStringLiteral("Samples")},
                         writeDocument(document));
    if (r.exitCode != 0)
        qWarning("import failed: %s", r.err.constData());
    return r.exitCode == 0;
}

QJsonArray TestCli::runsJson()
{
    const CliRun r = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json"),
                          QStringLiteral("--limit"), QStringLiteral("1000")});
    if (r.exitCode != 0)
        qWarning("runs list failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QJsonObject TestCli::waitForRun(const QString &ref, const QString &state, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    do {
        const QJsonArray runs = runsJson();
        for (const QJsonValue &v : runs) {
            const QJsonObject run = v.toObject();
            if (run.value(QLatin1String("report")).toString() == ref &&
                run.value(QLatin1String("state")).toString() == state)
                return run;
        }
        QTest::qWait(200);
    } while (timer.elapsed() < timeoutMs);
    return {};
}

void TestCli::startDaemon(QProcess &daemon, const QStringList &extra)
{
    daemon.setProcessEnvironment(environment());
    daemon.start(cliPath(),
                 QStringList{QStringLiteral("--catalog"), m_catalog, QStringLiteral("daemon")} +
                     extra);
    if (!daemon.waitForStarted(10000))
        qFatal("cannot start %s daemon", qPrintable(cliPath()));
}

void TestCli::scheduleCheckCronAcrossDst()
{
    // 02:00 does not exist in Berlin on 2026-03-29 (spring forward): that day runs at 03:00 CEST.
    const QStringList args{QStringLiteral("schedule"), QStringLiteral("check"),
                           QStringLiteral("--cron"),   QStringLiteral("0 2 * * *"),
                           QStringLiteral("--tz"),     QStringLiteral("Europe/Berlin"),
                           QStringLiteral("--after"),  QStringLiteral("2026-03-27T12:00:00Z"),
                           QStringLiteral("-n"),       QStringLiteral("3")};
    CliRun r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("2026-03-28T02:00:00+01:00\n"
                               "2026-03-29T03:00:00+02:00\n"
                               "2026-03-30T02:00:00+02:00\n"));
    QCOMPARE(r.err, QByteArray());
    QVERIFY(!QFile::exists(m_catalog)); // evaluating a schedule needs no catalog

    r = run(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array(),
             QJsonArray({QStringLiteral("2026-03-28T02:00:00+01:00"),
                         QStringLiteral("2026-03-29T03:00:00+02:00"),
                         QStringLiteral("2026-03-30T02:00:00+02:00")}));

    // Six fields: seconds first. UTC is written +00:00 like every other offset.
    r = run({QStringLiteral("schedule"), QStringLiteral("check"), QStringLiteral("--cron"),
             QStringLiteral("*/20 * * * * *"), QStringLiteral("--tz"), QStringLiteral("UTC"),
             QStringLiteral("--after"), QStringLiteral("2026-01-01T00:00:00Z"),
             QStringLiteral("-n"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("2026-01-01T00:00:20+00:00\n"
                               "2026-01-01T00:00:40+00:00\n"
                               "2026-01-01T00:01:00+00:00\n"));

    // By default the next 10 after now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r = run({QStringLiteral("schedule"), QStringLiteral("check"), QStringLiteral("--cron"),
             QStringLiteral("0 * * * *"), QStringLiteral("--tz"), QStringLiteral("Asia/Kolkata")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = linesOf(r.out);
    QCOMPARE(lines.size(), 10);
    const QDateTime first = QDateTime::fromString(QString::fromUtf8(lines.first()), Qt::ISODate);
    QVERIFY(first > now && first <= now.addSecs(3600));
    QVERIFY2(lines.first().endsWith("+05:30"), lines.first().constData());
}

void TestCli::scheduleCheckSpec()
{
    const QByteArray spec =
        QJsonDocument(dailyAt(QStringLiteral("02:00"), QStringLiteral("Europe/Berlin")))
            .toJson(QJsonDocument::Compact);
    const QStringList args{QStringLiteral("schedule"), QStringLiteral("check"),
                           QStringLiteral("--after"),  QStringLiteral("2026-03-27T12:00:00Z"),
                           QStringLiteral("-n"),       QStringLiteral("3")};
    CliRun r = run(args + QStringList{QStringLiteral("--spec"), QString::fromUtf8(spec)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("2026-03-28T02:00:00+01:00\n"
                               "2026-03-29T03:00:00+02:00\n"
                               "2026-03-30T02:00:00+02:00\n"));

    // The same schedule from standard input.
    const CliRun piped =
        run(args + QStringList{QStringLiteral("--spec"), QStringLiteral("-")}, spec);
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, r.out);

    // --tz overrides the spec's zone: New York springs forward on 2026-03-08.
    r = run({QStringLiteral("schedule"), QStringLiteral("check"), QStringLiteral("--spec"),
             QString::fromUtf8(spec), QStringLiteral("--tz"), QStringLiteral("America/New_York"),
             QStringLiteral("--after"), QStringLiteral("2026-03-06T12:00:00Z"),
             QStringLiteral("-n"), QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array(),
             QJsonArray({QStringLiteral("2026-03-07T02:00:00-05:00"),
                         QStringLiteral("2026-03-08T03:00:00-04:00"),
                         QStringLiteral("2026-03-09T02:00:00-04:00")}));

    // Hourly across the fall-back night: 02:15 happens twice, once in CEST and once in CET.
    const QJsonObject hourly{{QStringLiteral("frequency"), QStringLiteral("hourly")},
                             {QStringLiteral("time"), QStringLiteral("00:15")},
                             {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}};
    r = run({QStringLiteral("schedule"), QStringLiteral("check"), QStringLiteral("--spec"),
             QString::fromUtf8(QJsonDocument(hourly).toJson(QJsonDocument::Compact)),
             QStringLiteral("--after"), QStringLiteral("2026-10-24T23:30:00Z"),
             QStringLiteral("-n"), QStringLiteral("3")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("2026-10-25T02:15:00+02:00\n"
                               "2026-10-25T02:15:00+01:00\n"
                               "2026-10-25T03:15:00+01:00\n"));
}

void TestCli::scheduleCheckRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    const auto cron = [](const char *expression) {
        return QStringList{QStringLiteral("--cron"), QString::fromLatin1(expression),
                           QStringLiteral("--tz"), QStringLiteral("UTC")};
    };
    const auto spec = [](const char *json) {
        return QStringList{QStringLiteral("--spec"), QString::fromLatin1(json)};
    };
    QTest::newRow("minute") << cron("61 * * * *")
                            << QByteArray("Bad --cron \"61 * * * *\": minute field: 61 is out of "
                                          "range 0-59");
    QTest::newRow("hour") << cron("0 24 * * *") << QByteArray("hour field: 24");
    QTest::newRow("day of month") << cron("0 0 32 * *") << QByteArray("day-of-month field: 32");
    QTest::newRow("month") << cron("0 0 * 13 *") << QByteArray("month field: 13");
    QTest::newRow("day of week") << cron("0 0 * * 8") << QByteArray("day-of-week field: 8");
    QTest::newRow("seconds") << cron("60 0 0 * * *") << QByteArray("second field");
    QTest::newRow("field count") << cron("* * *") << QByteArray("has 3");
    QTest::newRow("unknown zone")
        << QStringList{QStringLiteral("--cron"), QStringLiteral("0 2 * * *"),
                       QStringLiteral("--tz"), QStringLiteral("Mars/Olympus_Mons")}
        << QByteArray("Bad --tz: \"Mars/Olympus_Mons\" is not a time zone");
    QTest::newRow("cron without zone")
        << QStringList{QStringLiteral("--cron"), QStringLiteral("0 2 * * *")}
        << QByteArray("Missing --tz");
    QTest::newRow("cron and spec")
        << cron("0 2 * * *") + spec("{}") << QByteArray("either --cron EXPR or --spec JSON");
    QTest::newRow("neither") << QStringList{QStringLiteral("--tz"), QStringLiteral("UTC")}
                             << QByteArray("either --cron EXPR or --spec JSON");
    QTest::newRow("spec not JSON") << spec("{\"frequency\": ") << QByteArray("not valid JSON");
    QTest::newRow("spec weekday")
        << spec(R"({"frequency": "weekly", "time": "08:00", "weekdays": ["mon", "someday"]})")
        << QByteArray("schedule.weekdays[1]");
    QTest::newRow("spec interval 0")
        << spec(R"({"frequency": "interval", "intervalAmount": 0, "intervalUnit": "hours",)"
                R"( "start": "2026-01-01T00:00:00Z"})")
        << QByteArray("Bad --spec: schedule.interval.amount: The interval must be at least 1");
    QTest::newRow("spec ends before it starts")
        << spec(R"({"frequency": "daily", "time": "08:00", "start": "2026-05-01T00:00:00Z",)"
                R"( "end": "2026-04-01T00:00:00Z"})")
        << QByteArray("Bad --spec: schedule.end: The end");
    QTest::newRow("spec never again")
        << spec(R"({"frequency": "once", "start": "2020-01-01T08:00:00Z"})")
        << QByteArray("never run again");
    QTest::newRow("bad -n") << cron("0 2 * * *") +
                                   QStringList{QStringLiteral("-n"), QStringLiteral("0")}
                            << QByteArray("Bad -n \"0\"");
    QTest::newRow("after without a zone")
        << cron("0 2 * * *") +
               QStringList{QStringLiteral("--after"), QStringLiteral("2026-03-29T08:00:00")}
        << QByteArray("Bad --after \"2026-03-29T08:00:00\"");
}

void TestCli::scheduleCheckRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliRun r = run(QStringList{QStringLiteral("schedule"), QStringLiteral("check")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.contains("Usage: reportdesk-cli [--catalog PATH] schedule check"),
             r.err.constData());
    QCOMPARE(r.out, QByteArray());
}

void TestCli::scheduleNext()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(
        setSchedule(kWeekly, dailyAt(QStringLiteral("10:00"), QStringLiteral("Europe/Berlin"))));
    const QStringList args{QStringLiteral("schedule"),
                           QStringLiteral("next"),
                           kWeekly,
                           QStringLiteral("-n"),
                           QStringLiteral("3"),
                           QStringLiteral("--after"),
                           QStringLiteral("2026-03-27T12:00:00Z")};
    CliRun r = run(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("2026-03-28T10:00:00+01:00\n"
                               "2026-03-29T10:00:00+02:00\n"
                               "2026-03-30T10:00:00+02:00\n"));
    QCOMPARE(r.err, QByteArray());
    r = run(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().at(1).toString(),
             QStringLiteral("2026-03-29T10:00:00+02:00"));

    // Without -n and --after: the next 10 from now.
    r = run({QStringLiteral("schedule"), QStringLiteral("next"), kWeekly});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(linesOf(r.out).size(), 10);

    r = run({QStringLiteral("schedule"), QStringLiteral("next"), kErrors});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("The report \"Samples/Error digest\" has no schedule."),
             r.err.constData());
    QCOMPARE(r.out, QByteArray());

    r = run({QStringLiteral("schedule"), QStringLiteral("next"), QStringLiteral("Samples/Nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("No report \"Samples/Nope\""));
}

void TestCli::runDueRunsEachOccurrenceOnce()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(
        setSchedule(kWeekly, dailyAt(QStringLiteral("10:00"), QStringLiteral("Europe/Berlin"))));
    QVERIFY(QDir().mkpath(archive()));
    // Today, when the demo data has rows: before 10:00 Berlin, and after it.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDateTime before(today, QTime(6, 0), QTimeZone::utc());
    const QDateTime after(today, QTime(12, 0), QTimeZone::utc());

    // The first check notes the time; nothing was due before it.
    CliRun r = run({QStringLiteral("run-due"), QStringLiteral("--now"), isoInstant(before),
                    QStringLiteral("--archive"), archive()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QByteArray());

    // The archive folder is remembered.
    r = run({QStringLiteral("run-due"), QStringLiteral("--now"), isoInstant(after)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QDateTime occurrence(today, QTime(10, 0), QTimeZone("Europe/Berlin"));
    const int offsetHours = occurrence.offsetFromUtc() / 3600;
    const QString scheduledFor =
        QStringLiteral("%1T10:00:00+0%2:00").arg(today.toString(Qt::ISODate)).arg(offsetHours);
    const QString stem = QDir(archive()).filePath(QStringLiteral("Weekly traffic/Weekly traffic-") +
                                                  today.toString(QStringLiteral("yyyyMMdd")) +
                                                  QStringLiteral("-1000"));
    const QString pdf = stem + QStringLiteral(".pdf");
    const QString csv = stem + QStringLiteral(".csv");
    QCOMPARE(r.out, QStringList({kWeekly, scheduledFor, QStringLiteral("succeeded"), pdf, csv})
                            .join(QLatin1Char('\t'))
                            .toUtf8() +
                        '\n');
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Title")), QStringLiteral("Web traffic overview"));
    QVERIFY(pdfInfo(pdf, QStringLiteral("Pages")).toInt() >= 1);
    QVERIFY(QFileInfo(csv).size() > 0);

    QJsonArray runs = runsJson();
    QCOMPARE(runs.size(), 1);
    const QJsonObject runObject = runs.at(0).toObject();
    QCOMPARE(runObject.value(QLatin1String("report")).toString(), kWeekly);
    QCOMPARE(runObject.value(QLatin1String("scheduledFor")).toString(), scheduledFor);
    QCOMPARE(runObject.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(runObject.value(QLatin1String("attempt")).toInt(), 1);
    QCOMPARE(runObject.value(QLatin1String("error")).toString(), QString());
    const QJsonArray artifacts = runObject.value(QLatin1String("artifacts")).toArray();
    QCOMPARE(artifacts.size(), 2);
    for (const QJsonValue &v : artifacts) {
        const QJsonObject artifact = v.toObject();
        const QString file = artifact.value(QLatin1String("path")).toString();
        QVERIFY2(file == pdf || file == csv, qPrintable(file));
        QCOMPARE(artifact.value(QLatin1String("format")).toString(), QFileInfo(file).suffix());
        QCOMPARE(artifact.value(QLatin1String("size")).toInteger(), QFileInfo(file).size());
        QCOMPARE(artifact.value(QLatin1String("sha256")).toString(), sha256Of(file));
    }

    // Exactly once: the same instant again starts nothing and writes nothing.
    r = run({QStringLiteral("run-due"), QStringLiteral("--now"), isoInstant(after)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(runsJson().size(), 1);
    QCOMPARE(filesIn(QFileInfo(pdf).absolutePath()),
             QStringList({QFileInfo(csv).fileName(), QFileInfo(pdf).fileName()}));
}

void TestCli::runDueMissingArchiveFails()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(
        setSchedule(kWeekly, dailyAt(QStringLiteral("10:00"), QStringLiteral("Europe/Berlin"))));
    const QString missing = path(QStringLiteral("unmounted/archive"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    CliRun r = run({QStringLiteral("run-due"), QStringLiteral("--now"),
                    isoInstant(QDateTime(today, QTime(6, 0), QTimeZone::utc())),
                    QStringLiteral("--archive"), missing});
    QCOMPARE(r.exitCode, 0); // nothing was due yet
    r = run({QStringLiteral("run-due"), QStringLiteral("--now"),
             isoInstant(QDateTime(today, QTime(12, 0), QTimeZone::utc()))});
    QCOMPARE(r.exitCode, 1);
    const QByteArray message = "The archive folder " + missing.toUtf8() + " does not exist";
    QVERIFY2(r.out.startsWith(kWeekly.toUtf8() + '\t'), r.out.constData());
    QVERIFY2(r.out.contains("\tfailed\t" + message), r.out.constData());
    const QJsonObject failed = runsJson().at(0).toObject();
    QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QVERIFY(failed.value(QLatin1String("error")).toString().contains(QString::fromUtf8(message)));
    QCOMPARE(failed.value(QLatin1String("artifacts")).toArray(), QJsonArray());
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("unmounted")))); // nothing created beside it

    // A bad --now is a usage error.
    r = run({QStringLiteral("run-due"), QStringLiteral("--now"), QStringLiteral("tomorrow")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Bad --now \"tomorrow\""), r.err.constData());
}

void TestCli::runsListFilters()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(
        setSchedule(kWeekly, dailyAt(QStringLiteral("10:00"), QStringLiteral("Europe/Berlin"))));
    // The error digest fails: its queries name a table that does not exist.
    QVERIFY(editReport(kErrors, [](QJsonObject &report) {
        report.insert(QStringLiteral("schedule"),
                      dailyAt(QStringLiteral("11:00"), QStringLiteral("Europe/Berlin")));
        QJsonArray sections = report.value(QLatin1String("sections")).toArray();
        for (qsizetype i = 0; i < sections.size(); ++i) {
            QJsonObject section = sections.at(i).toObject();
            if (section.contains(QLatin1String("query")))
                section.insert(QStringLiteral("query"), QStringLiteral("SELECT x FROM missing"));
            sections[i] = section;
        }
        report.insert(QStringLiteral("sections"), sections);
    }));
    QVERIFY(QDir().mkpath(archive()));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(run({QStringLiteral("run-due"), QStringLiteral("--now"),
                  isoInstant(QDateTime(today, QTime(6, 0), QTimeZone::utc())),
                  QStringLiteral("--archive"), archive()})
                 .exitCode,
             0);
    const CliRun due = run({QStringLiteral("run-due"), QStringLiteral("--now"),
                            isoInstant(QDateTime(today, QTime(12, 0), QTimeZone::utc()))});
    QCOMPARE(due.exitCode, 1); // one run failed
    const QList<QByteArray> lines = linesOf(due.out);
    QCOMPARE(lines.size(), 2);
    QVERIFY(due.out.contains(kWeekly.toUtf8() + '\t'));
    QVERIFY2(due.out.contains(kErrors.toUtf8() + '\t'), due.out.constData());
    QVERIFY2(due.out.contains("\tfailed\t"), due.out.constData());
    QVERIFY2(due.out.contains("missing"), due.out.constData()); // the database's message

    // Newest first: the 11:00 run of the digest, then the 10:00 run of the traffic report.
    QJsonArray runs = runsJson();
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0).toObject().value(QLatin1String("report")).toString(), kErrors);
    QCOMPARE(runs.at(1).toObject().value(QLatin1String("report")).toString(), kWeekly);

    auto listed = [this](const QStringList &extra) {
        const CliRun r = run(
            QStringList{QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--json")} +
            extra);
        QStringList reports;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            reports.append(v.toObject().value(QLatin1String("report")).toString());
        return reports;
    };
    QCOMPARE(listed({QStringLiteral("--state"), QStringLiteral("succeeded")}),
             QStringList{kWeekly});
    QCOMPARE(listed({QStringLiteral("--report"), kErrors}), QStringList{kErrors});
    QCOMPARE(listed({QStringLiteral("--limit"), QStringLiteral("1")}), QStringList{kErrors});
    QCOMPARE(listed({QStringLiteral("--report"), kWeekly, QStringLiteral("--state"),
                     QStringLiteral("failed")}),
             QStringList());

    // The table: a header, then one row per run with its files or its error.
    const CliRun table = run({QStringLiteral("runs"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, 0);
    const QList<QByteArray> rows = linesOf(table.out);
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).startsWith("ID  SCHEDULED FOR"), rows.at(0).constData());
    QVERIFY(rows.at(1).contains(kErrors.toUtf8()));
    QVERIFY(rows.at(1).contains("missing"));
    QVERIFY(rows.at(2).contains(kWeekly.toUtf8()));
    QVERIFY(rows.at(2).contains("succeeded"));
    QVERIFY(rows.at(2).contains(archive().toUtf8()));

    CliRun r = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--state"),
                    QStringLiteral("done")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Unknown state \"done\""), r.err.constData());
    r = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--limit"),
             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--report"),
             QStringLiteral("Samples/Nope")});
    QCOMPARE(r.exitCode, 1);
}

void TestCli::daemonRunsSchedulesUntilSigterm()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(QDir().mkpath(archive()));
    QVERIFY(setSchedule(kWeekly, onceAt(secondsFromNow(3))));
    // A check before the daemon starts: should it start late, the run is caught up, not lost.
    QCOMPARE(run({QStringLiteral("run-due"), QStringLiteral("--archive"), archive()}).exitCode, 0);

    QProcess daemon;
    startDaemon(daemon);
    QByteArray log; // QVERIFY2 evaluates its message even when it passes: keep what was read
    auto logSoFar = [&] {
        log += daemon.readAllStandardError();
        return log.constData();
    };
    const QJsonObject weekly = waitForRun(kWeekly, QStringLiteral("succeeded"));
    QVERIFY2(!weekly.isEmpty(), logSoFar());
    for (const QJsonValue &v : weekly.value(QLatin1String("artifacts")).toArray())
        QVERIFY(QFileInfo::exists(v.toObject().value(QLatin1String("path")).toString()));

    // A schedule another process adds while the daemon runs is picked up, and runs on time.
    QVERIFY(setSchedule(kErrors, onceAt(secondsFromNow(3))));
    const QJsonObject errors = waitForRun(kErrors, QStringLiteral("succeeded"));
    QVERIFY2(!errors.isEmpty(), logSoFar());
    QCOMPARE(errors.value(QLatin1String("trigger")).toString(), QStringLiteral("schedule"));
    const qint64 lateMs =
        QDateTime::fromString(errors.value(QLatin1String("scheduledFor")).toString(), Qt::ISODate)
            .msecsTo(QDateTime::fromString(errors.value(QLatin1String("startedAt")).toString(),
                                           Qt::ISODateWithMs));
    QVERIFY2(lateMs >= 0 && lateMs < 5000, QByteArray::number(lateMs).constData());

    daemon.terminate(); // SIGTERM
    QVERIFY(daemon.waitForFinished(15000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QCOMPARE(daemon.readAllStandardOutput(), QByteArray());
    logSoFar();
    for (const char *expected :
         {"daemon started", "started: Samples/Weekly traffic", "succeeded in",
          "the schedule of Samples/Error digest changed", "SIGTERM: stopping", "stopped"})
        QVERIFY2(log.contains(expected), log.constData());
    // Each log line starts with a UTC timestamp.
    static const QRegularExpression stamp(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "));
    for (const QByteArray &line : linesOf(log))
        QVERIFY2(stamp.match(QString::fromUtf8(line)).hasMatch(), line.constData());
}

void TestCli::daemonCancelsAfterTheGracePeriod()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(QDir().mkpath(archive()));
    QCOMPARE(run({QStringLiteral("run-due"), QStringLiteral("--archive"), archive()}).exitCode, 0);
    QVERIFY(addBigReport(onceAt(secondsFromNow(2))));

    QProcess daemon;
    startDaemon(daemon, {QStringLiteral("--grace"), QStringLiteral("1")});
    QByteArray log;
    auto logSoFar = [&] {
        log += daemon.readAllStandardError();
        return log.constData();
    };
    QVERIFY2(!waitForRun(kBig, QStringLiteral("running")).isEmpty(), logSoFar());
    QElapsedTimer stopping;
    stopping.start();
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(30000));
    QVERIFY2(stopping.elapsed() < 20000, QByteArray::number(stopping.elapsed()).constData());
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    logSoFar();
    QVERIFY2(log.contains("waiting up to 1 s for 1 running run"), log.constData());
    QVERIFY2(log.contains("cancelling 1 run"), log.constData());

    const QJsonObject big = runsJson().at(0).toObject();
    QCOMPARE(big.value(QLatin1String("report")).toString(), kBig);
    QCOMPARE(big.value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY2(big.value(QLatin1String("error")).toString().contains(QLatin1String("grace period")),
             qPrintable(big.value(QLatin1String("error")).toString()));
    // Nothing of the cancelled run stays in the archive, not even a temporary file.
    QCOMPARE(filesIn(QDir(archive()).filePath(QStringLiteral("Big"))), QStringList());
}

void TestCli::daemonStopsWhenARunIgnoresTheCancel()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(QDir().mkpath(archive()));
    QCOMPARE(run({QStringLiteral("run-due"), QStringLiteral("--archive"), archive()}).exitCode, 0);
    QVERIFY(addBigReport(onceAt(secondsFromNow(2))));
    // Sorting 2.5 billion rows: the database computes for minutes before the first row, and a
    // render notices a cancel only between rows.
    QVERIFY(editReport(kBig, [](QJsonObject &report) {
        QJsonArray sections = report.value(QLatin1String("sections")).toArray();
        QJsonObject table = sections.at(0).toObject();
        table.insert(QStringLiteral("query"),
                     QStringLiteral("SELECT a.path, b.country FROM web_access_log a "
                                    "CROSS JOIN web_access_log b ORDER BY random() LIMIT 5"));
        sections[0] = table;
        report.insert(QStringLiteral("sections"), sections);
    }));

    QProcess daemon;
    startDaemon(daemon, {QStringLiteral("--grace"), QStringLiteral("0")});
    QByteArray log;
    auto logSoFar = [&] {
        log += daemon.readAllStandardError();
        return log.constData();
    };
    QVERIFY2(!waitForRun(kBig, QStringLiteral("running")).isEmpty(), logSoFar());
    daemon.terminate();
    // The grace period (0 s), then 15 s for the cancel to take, then it leaves anyway.
    QVERIFY(daemon.waitForFinished(40000));
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    QVERIFY2(QByteArray(logSoFar()).contains("leaving the runs that did not stop behind"),
             log.constData());
    const QJsonObject big = runsJson().at(0).toObject();
    QCOMPARE(big.value(QLatin1String("state")).toString(), QStringLiteral("interrupted"));
    QVERIFY2(big.value(QLatin1String("error")).toString().contains(QLatin1String("SIGTERM")),
             qPrintable(big.value(QLatin1String("error")).toString()));
}

void TestCli::daemonKilledMidRunIsRecoveredByRunDue()
{
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--demo")}).exitCode, 0);
    QVERIFY(QDir().mkpath(archive()));
    QCOMPARE(run({QStringLiteral("run-due"), QStringLiteral("--archive"), archive()}).exitCode, 0);
    QVERIFY(addBigReport(onceAt(secondsFromNow(2))));

    QProcess daemon;
    startDaemon(daemon);
    QByteArray log; // QVERIFY2 evaluates its message even when it passes: keep what was read
    auto logSoFar = [&] {
        log += daemon.readAllStandardError();
        return log.constData();
    };
    const QJsonObject running = waitForRun(kBig, QStringLiteral("running"));
    QVERIFY2(!running.isEmpty(), logSoFar());
    daemon.kill(); // SIGKILL: no chance to record anything
    QVERIFY(daemon.waitForFinished(10000));
    QJsonObject left = runsJson().at(0).toObject();
    QCOMPARE(left.value(QLatin1String("state")).toString(), QStringLiteral("running"));

    // The retry renders the report as it is now: make it small, so the test does not wait.
    QVERIFY(editReport(kBig, [](QJsonObject &report) {
        QJsonArray sections = report.value(QLatin1String("sections")).toArray();
        QJsonObject table = sections.at(0).toObject();
        table.insert(QStringLiteral("query"),
                     QStringLiteral("SELECT path, status FROM web_access_log LIMIT 20"));
        sections[0] = table;
        report.insert(QStringLiteral("sections"), sections);
    }));
    const CliRun r = run({QStringLiteral("run-due")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = linesOf(r.out);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(kBig.toUtf8() + '\t'), r.out.constData());
    QVERIFY2(lines.at(0).contains("\tinterrupted\t"), r.out.constData());
    QVERIFY2(lines.at(0).contains("ended before it finished"), r.out.constData());
    QVERIFY2(lines.at(1).contains("\tsucceeded\t"), r.out.constData());

    const QJsonObject recovered = runsJson().at(0).toObject();
    QCOMPARE(recovered.value(QLatin1String("id")), running.value(QLatin1String("id")));
    QCOMPARE(recovered.value(QLatin1String("state")).toString(), QStringLiteral("succeeded"));
    QCOMPARE(recovered.value(QLatin1String("attempt")).toInt(), 2);
    const QJsonArray artifacts = recovered.value(QLatin1String("artifacts")).toArray();
    QCOMPARE(artifacts.size(), 1);
    const QString pdf = artifacts.at(0).toObject().value(QLatin1String("path")).toString();
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
    QCOMPARE(artifacts.at(0).toObject().value(QLatin1String("sha256")).toString(), sha256Of(pdf));
}

// ---------------------------------------------------------------------------- servers

namespace {

// The keychain the CLI uses (tests/run-suite.sh provides a real gnome-keyring), or a failure
// saying why there is none.
std::unique_ptr<SecretStore> openKeychain(QString *why)
{
    auto store = SecretStores::openNow();
    if (store->kind() != SecretStore::Kind::Keychain) {
        *why = QStringLiteral("No keychain answered: %1 Run the CLI tests with "
                              "`tests/run-suite.sh BUILD_DIR -R tst_cli`.")
                   .arg(store->description());
        return nullptr;
    }
    return store;
}

// Every file under `dir` (recursively, hidden ones too) that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

} // namespace

CliRun TestCli::runServing(const QStringList &arguments, const QByteArray &input,
                           const QProcessEnvironment &extraEnv)
{
    QProcess process;
    QProcessEnvironment env = environment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(cliPath(), QStringList{QStringLiteral("--catalog"), m_catalog} + arguments);
    if (!process.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(cliPath()));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        qFatal("reportdesk-cli %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    }
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliRun TestCli::addServer(const QStringList &options, const QByteArray &secret)
{
    QStringList args{QStringLiteral("servers"), QStringLiteral("add")};
    args += options;
    if (!secret.isEmpty())
        args.append(QStringLiteral("--password-stdin"));
    return run(args, secret);
}

QJsonArray TestCli::serversJson()
{
    const CliRun r =
        run({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning("servers list failed: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).array();
}

QString TestCli::serverId(const QString &name)
{
    for (const QJsonValue &v : serversJson()) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject().value(QLatin1String("id")).toString();
    }
    return {};
}

void TestCli::serversAddKeepsTheSecretInTheKeychainOnly()
{
    QString why;
    const auto keychain = openKeychain(&why);
    QVERIFY2(keychain, qPrintable(why));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);

    // A secret with characters a shell or a form encoding would mangle, and a line break from
    // `echo` that is not part of it.
    const QByteArray secret = "glsa_S3cr3t+/=&ä-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const CliRun add =
        addServer({QStringLiteral("--kind"), QStringLiteral("grafana"), QStringLiteral("--name"),
                   QStringLiteral("ops"), QStringLiteral("--url"),
                   QStringLiteral("https://grafana.example.com"), QStringLiteral("--auth"),
                   QStringLiteral("bearer")},
                  secret + '\n');
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QVERIFY2(add.out.contains("Added Grafana server \"ops\""), add.out.constData());
    QVERIFY2(add.out.contains("keychain"), add.out.constData());
    QCOMPARE(add.err, QByteArray());

    const QString id = serverId(QStringLiteral("ops"));
    QVERIFY(!QUuid::fromString(id).isNull());
    // In the keychain, exactly as piped in without the line break; another process sees it too.
    const auto stored = keychain->readNow(SecretStore::serverKey(QUuid::fromString(id)));
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored.value(), std::optional<QString>(QString::fromUtf8(secret)));
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"),
                                  SecretStore::defaultServiceName(), QStringLiteral("user"),
                                  SecretStore::serverKey(QUuid::fromString(id))});
        QVERIFY(lookup.waitForFinished(30000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), secret);
    }

    // Nowhere else: not in the catalog (nor its WAL), not under HOME, not in any output.
    const CliRun list = run({QStringLiteral("servers"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("ops"));
    for (const QByteArray &needle : {secret, QByteArray("S3cr3t")}) {
        QCOMPARE(filesContaining(m_dir->path(), needle), QStringList());
        QVERIFY(!add.out.contains(needle) && !list.out.contains(needle));
    }
    QVERIFY(QFileInfo::exists(m_catalog));
    QVERIFY(keychain->removeNow(SecretStore::serverKey(QUuid::fromString(id))));
}

void TestCli::serversWithoutKeychainSaySoAndKeepNothing()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    // A D-Bus address with nothing behind it: no keychain can answer.
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                 QStringLiteral("unix:path=") + path(QStringLiteral("no-such-bus")));
    const QByteArray secret = "session-only-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const CliRun add = run(
        {QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--kind"),
         QStringLiteral("openobserve"), QStringLiteral("--name"), QStringLiteral("logs eu"),
         QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:5080"), QStringLiteral("--user"),
         QStringLiteral("root@example.com"), QStringLiteral("--password-stdin")},
        secret, true, noBus);
    QVERIFY2(add.exitCode == 0, add.err.constData());
    QVERIFY2(add.out.contains("Added OpenObserve server \"logs eu\""), add.out.constData());
    // It says where the secret is (nowhere, once the command ends) and what to do instead.
    QVERIFY2(add.err.contains("Session only"), add.err.constData());
    QVERIFY2(add.err.contains("only for this command"), add.err.constData());
    QVERIFY2(add.err.contains("servers test 'logs eu' --password-stdin"), add.err.constData());
    QCOMPARE(filesContaining(m_dir->path(), secret), QStringList());
    QVERIFY(!add.out.contains(secret) && !add.err.contains(secret));

    // Without a keychain, a command that needs the secret asks for it on stdin.
    const CliRun test =
        run({QStringLiteral("servers"), QStringLiteral("test"), QStringLiteral("logs eu")}, {},
            true, noBus);
    QCOMPARE(test.exitCode, 1);
    QVERIFY2(test.err.contains("Session only"), test.err.constData());
    QVERIFY2(test.err.contains("--password-stdin"), test.err.constData());
}

void TestCli::serversListJson()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")})
                 .out.trimmed(),
             QByteArray("[\n]"));
    QFile ca(path(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.close();
    CliRun r = addServer({QStringLiteral("--kind"), QStringLiteral("UVM"), QStringLiteral("--name"),
                          QStringLiteral("uvm-eu"), QStringLiteral("--region"),
                          QStringLiteral("eu"), QStringLiteral("--org"), QStringLiteral("acct-7"),
                          QStringLiteral("--user"), QStringLiteral("client-1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Without --password-stdin nothing is stored, and the command says how to give it.
    QVERIFY2(r.out.contains("No secret was stored"), r.out.constData());
    r = addServer({QStringLiteral("--kind"), QStringLiteral("kibana"), QStringLiteral("--name"),
                   QStringLiteral("Elastic"), QStringLiteral("--url"),
                   QStringLiteral("https://kibana.example.com:5601/base"), QStringLiteral("--org"),
                   QStringLiteral("marketing"), QStringLiteral("--user"), QStringLiteral("elastic"),
                   QStringLiteral("--ca-file"), ca.fileName(), QStringLiteral("--timeout"),
                   QStringLiteral("90")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    const QJsonArray servers = serversJson();
    QCOMPARE(servers.size(), 2);
    const QJsonObject kibana = servers.at(0).toObject(); // by name, regardless of case
    QCOMPARE(kibana.value(QLatin1String("name")).toString(), QStringLiteral("Elastic"));
    QCOMPARE(kibana.value(QLatin1String("kind")).toString(), QStringLiteral("kibana"));
    QCOMPARE(kibana.value(QLatin1String("url")).toString(),
             QStringLiteral("https://kibana.example.com:5601/base"));
    QCOMPARE(kibana.value(QLatin1String("organisation")).toString(), QStringLiteral("marketing"));
    QCOMPARE(kibana.value(QLatin1String("auth")).toString(), QStringLiteral("basic")); // --user
    QCOMPARE(kibana.value(QLatin1String("user")).toString(), QStringLiteral("elastic"));
    QCOMPARE(kibana.value(QLatin1String("caFile")).toString(), ca.fileName());
    QCOMPARE(kibana.value(QLatin1String("timeoutSeconds")).toInt(), 90);
    QVERIFY(!QUuid::fromString(kibana.value(QLatin1String("id")).toString()).isNull());
    const QJsonObject uvm = servers.at(1).toObject();
    QCOMPARE(uvm.value(QLatin1String("kind")).toString(), QStringLiteral("uvm"));
    QCOMPARE(uvm.value(QLatin1String("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(uvm.value(QLatin1String("auth")).toString(), QStringLiteral("client-credentials"));
    QCOMPARE(uvm.value(QLatin1String("user")).toString(), QStringLiteral("client-1"));
    QCOMPARE(uvm.value(QLatin1String("timeoutSeconds")).toInt(), 30);
    for (const QJsonValue &v : servers) {
        for (const char *key : {"password", "secret", "token"})
            QVERIFY2(!v.toObject().contains(QLatin1String(key)), key);
    }

    const CliRun human = run({QStringLiteral("servers"), QStringLiteral("list")});
    QCOMPARE(human.exitCode, 0);
    const QList<QByteArray> lines = linesOf(human.out);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith("NAME"));
    QVERIFY(lines.at(1).startsWith("Elastic ") && lines.at(1).contains("https://kibana"));
    QVERIFY(lines.at(2).startsWith("uvm-eu ") && lines.at(2).contains("region EU"));
}

void TestCli::serversDuplicateNameIsRefused()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    const QStringList ops{QStringLiteral("--kind"), QStringLiteral("grafana"),
                          QStringLiteral("--name"), QStringLiteral("Ops"),
                          QStringLiteral("--url"),  QStringLiteral("https://grafana.example.com")};
    QCOMPARE(addServer(ops).exitCode, 0);
    const QByteArray before =
        run({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")}).out;
    QStringList again = ops;
    again[3] = QStringLiteral("OPS");
    again[5] = QStringLiteral("https://other.example.com");
    const CliRun r = addServer(again, "token-that-must-not-be-kept");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("A remote server named \"Ops\" already exists"), r.err.constData());
    QCOMPARE(run({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")}).out,
             before);
}

void TestCli::serversBadInputNamesTheOption_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("message");
    const QStringList grafana{QStringLiteral("--kind"), QStringLiteral("grafana"),
                              QStringLiteral("--name"), QStringLiteral("ops")};
    QTest::newRow("ftp url") << grafana + QStringList{QStringLiteral("--url"),
                                                      QStringLiteral("ftp://grafana.example.com")}
                             << QByteArray("--url: The address must start with https:// or "
                                           "http://, not \"ftp\"");
    QTest::newRow("no url") << grafana << QByteArray("--url: Enter the server's address");
    QTest::newRow("credentials in url")
        << grafana + QStringList{QStringLiteral("--url"),
                                 QStringLiteral("https://admin:pw@grafana.example.com")}
        << QByteArray("--url: The address must not contain a user name");
    QTest::newRow("no kind") << QStringList{QStringLiteral("--name"), QStringLiteral("x")}
                             << QByteArray("--kind is required");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("--kind"), QStringLiteral("splunk"),
                                                 QStringLiteral("--name"), QStringLiteral("x")}
                                  << QByteArray("Unknown --kind \"splunk\"");
    QTest::newRow("auth the kind lacks")
        << grafana + QStringList{QStringLiteral("--url"), QStringLiteral("https://g.example.com"),
                                 QStringLiteral("--auth"), QStringLiteral("apikey")}
        << QByteArray("--auth: Grafana does not accept sign-in by apikey");
    QTest::newRow("basic without user")
        << grafana + QStringList{QStringLiteral("--url"), QStringLiteral("https://g.example.com"),
                                 QStringLiteral("--auth"), QStringLiteral("basic")}
        << QByteArray("--user: Enter the user name");
    QTest::newRow("bad timeout") << grafana + QStringList{QStringLiteral("--url"),
                                                          QStringLiteral("https://g.example.com"),
                                                          QStringLiteral("--timeout"),
                                                          QStringLiteral("soon")}
                                 << QByteArray("Bad --timeout \"soon\"");
    QTest::newRow("timeout out of range")
        << grafana + QStringList{QStringLiteral("--url"), QStringLiteral("https://g.example.com"),
                                 QStringLiteral("--timeout"), QStringLiteral("0")}
        << QByteArray("--timeout: The timeout must be between 1 and 3600 seconds");
    QTest::newRow("missing CA file")
        << grafana + QStringList{QStringLiteral("--url"), QStringLiteral("https://g.example.com"),
                                 QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
        << QByteArray("--ca-file: The CA certificate file /nonexistent/ca.pem does not exist");
    QTest::newRow("uvm without account")
        << QStringList{QStringLiteral("--kind"),   QStringLiteral("uvm"),
                       QStringLiteral("--name"),   QStringLiteral("u"),
                       QStringLiteral("--region"), QStringLiteral("us"),
                       QStringLiteral("--user"),   QStringLiteral("client")}
        << QByteArray("--org: Enter the UVM account id");
    QTest::newRow("unknown region")
        << QStringList{QStringLiteral("--kind"),   QStringLiteral("uvm"),
                       QStringLiteral("--name"),   QStringLiteral("u"),
                       QStringLiteral("--region"), QStringLiteral("ap"),
                       QStringLiteral("--org"),    QStringLiteral("a"),
                       QStringLiteral("--user"),   QStringLiteral("client")}
        << QByteArray("--region: Unknown region \"ap\"");
    QTest::newRow("region on grafana")
        << grafana + QStringList{QStringLiteral("--region"), QStringLiteral("eu")}
        << QByteArray("--region is for Zscaler UVM servers only");
    QTest::newRow("secret as an argument")
        << grafana + QStringList{QStringLiteral("--url"), QStringLiteral("https://g.example.com"),
                                 QStringLiteral("--password"), QStringLiteral("hunter2")}
        << QByteArray("Unknown option 'password'");
}

void TestCli::serversBadInputNamesTheOption()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, message);
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    const CliRun r = addServer(options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.contains("Usage: reportdesk-cli [--catalog PATH] servers add"),
             r.err.constData());
    QCOMPARE(serversJson(), QJsonArray());
}

void TestCli::serversTestAgainstALoopbackGrafana()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    test::GrafanaTestServer grafana;
    QVERIFY(grafana.listen());
    grafana.setVersion(QStringLiteral("10.4.7"));
    grafana.setOrgName(QStringLiteral("Ops Org"));
    const QByteArray token = test::GrafanaTestServer::kToken;
    const CliRun add =
        addServer({QStringLiteral("--kind"), QStringLiteral("grafana"), QStringLiteral("--name"),
                   QStringLiteral("local"), QStringLiteral("--url"), grafana.url().toString()});
    QCOMPARE(add.exitCode, 0);

    const QStringList testLocal{QStringLiteral("servers"), QStringLiteral("test"),
                                QStringLiteral("LOCAL"), QStringLiteral("--password-stdin")};
    const CliRun ok = runServing(testLocal, token + '\n');
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.out.contains("Connected to Grafana"), ok.out.constData());
    QVERIFY2(ok.out.contains("10.4.7"), ok.out.constData());
    QVERIFY2(ok.out.contains("Ops Org"), ok.out.constData());
    // The token went where it belongs, in the Authorization header.
    QVERIFY(grafana.http().requestCount("GET", QStringLiteral("/api/org")) >= 1);

    // A wrong token: the server's 401 and its message, exit code 1, and no token in the output.
    const CliRun denied = runServing(testLocal, "wrong-" + token);
    QCOMPARE(denied.exitCode, 1);
    QVERIFY2(denied.err.contains("401"), denied.err.constData());
    QVERIFY2(denied.err.contains("invalid API key"), denied.err.constData());
    QVERIFY(!denied.err.contains(token) && !ok.out.contains(token));

    // Nothing listens any more: the refused connection is named.
    grafana.http().close();
    const CliRun refused = runServing(testLocal, token);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("refused"), refused.err.constData());

    const CliRun unknown =
        run({QStringLiteral("servers"), QStringLiteral("test"), QStringLiteral("nope")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("No remote server named \"nope\""), unknown.err.constData());
    QCOMPARE(run({QStringLiteral("servers"), QStringLiteral("test")}).exitCode, 2);
}

// `remote list|show|disable|trigger|delete|generate|settings` through the RemoteClient interface,
// against the strict loopback Grafana: what the server received, what the CLI printed.
void TestCli::remoteCommandsAgainstALoopbackGrafana()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    test::GrafanaTestServer grafana;
    QVERIFY(grafana.listen());
    grafana.addDashboard(QStringLiteral("ops-dash"), QStringLiteral("Ops"));
    const qint64 id = grafana.addReport(test::GrafanaTestServer::sampleReport(
        QStringLiteral("Weekly ops"), QStringLiteral("ops-dash")));
    QCOMPARE(
        addServer({QStringLiteral("--kind"), QStringLiteral("grafana"), QStringLiteral("--name"),
                   QStringLiteral("ops"), QStringLiteral("--url"), grafana.url().toString()})
            .exitCode,
        0);
    const QByteArray token = QByteArray(test::GrafanaTestServer::kToken) + '\n';
    const QString rid = QString::number(id);
    auto remote = [&](QStringList args) {
        args.prepend(QStringLiteral("remote"));
        args.append(QStringLiteral("--password-stdin"));
        return runServing(args, token);
    };

    CliRun r = remote({QStringLiteral("list"), QStringLiteral("ops"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray items =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("id")).toString(), rid);
    QCOMPARE(items.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Weekly ops"));

    r = remote({QStringLiteral("show"), QStringLiteral("ops"), rid, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QLatin1String("name")).toString(),
             QStringLiteral("Weekly ops"));

    // Disable pauses the schedule through a read-modify-write of the whole report.
    r = remote({QStringLiteral("disable"), QStringLiteral("ops"), rid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Disabled"), r.out.constData());
    QVERIFY(grafana.http().requestCount("PUT", QStringLiteral("/api/reports/") + rid) >= 1);

    r = remote({QStringLiteral("trigger"), QStringLiteral("ops"), rid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(grafana.http().requestCount("POST", QStringLiteral("/api/reports/email")) == 1);

    const QString pdf = path(QStringLiteral("grafana.pdf"));
    r = remote({QStringLiteral("generate"), QStringLiteral("ops"), QStringLiteral("--dashboards"),
                QStringLiteral("ops-dash"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!test::pdfInfo(pdf, QStringLiteral("Pages")).isEmpty());

    r = remote({QStringLiteral("settings"), QStringLiteral("ops")});
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = remote({QStringLiteral("delete"), QStringLiteral("ops"), rid});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(grafana.reportCount(), 0);

    // A report that is gone: the server's 404, named, exit code 1.
    r = remote({QStringLiteral("show"), QStringLiteral("ops"), rid});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("404"), r.err.constData());
    // What Grafana does not have is said plainly.
    r = remote({QStringLiteral("move"), QStringLiteral("ops"), rid, QStringLiteral("--to"),
                QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not kept in folders"), r.err.constData());
    QVERIFY(!r.err.contains(test::GrafanaTestServer::kToken));
}

void TestCli::remoteGenerateFromAKibanaPostUrl()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    test::KibanaTestServer kibana;
    QVERIFY(kibana.listen());
    kibana.setPendingPolls(1);
    kibana.setRetryAfter("1");
    QCOMPARE(
        addServer({QStringLiteral("--kind"), QStringLiteral("kibana"), QStringLiteral("--name"),
                   QStringLiteral("elk"), QStringLiteral("--url"), kibana.url().toString(),
                   QStringLiteral("--user"), QLatin1String(test::KibanaTestServer::kUser),
                   QStringLiteral("--auth"), QStringLiteral("basic")})
            .exitCode,
        0);
    const QString rison = QStringLiteral(
        "(browserTimezone:UTC,layout:(dimensions:(height:1200,width:1950),id:preserve_layout),"
        "locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'0f4c1d2e',timeRange:"
        "(from:now-7d,to:now)),version:'9.1.0')),objectType:dashboard,title:'Ops weekly',"
        "version:'9.1.0')");
    const QString postUrl =
        kibana.url(QStringLiteral("/api/reporting/generate/printablePdfV2")).toString() +
        QStringLiteral("?jobParams=") + QString::fromLatin1(QUrl::toPercentEncoding(rison));
    const QString pdf = path(QStringLiteral("kibana.pdf"));
    const QByteArray password = QByteArray(test::KibanaTestServer::kPassword) + '\n';
    const CliRun r = runServing({QStringLiteral("remote"), QStringLiteral("generate"),
                                 QStringLiteral("elk"), QStringLiteral("--kibana-url"), postUrl,
                                 QStringLiteral("--out"), pdf, QStringLiteral("--password-stdin")},
                                password);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out.trimmed()), pdf);
    QVERIFY(test::pdfText(pdf).contains(QStringLiteral("Ops weekly")));
    QCOMPARE(kibana.http().requestCount("POST",
                                        QStringLiteral("/api/reporting/generate/printablePdfV2")),
             1);

    // The export job it made is listed, and a malformed URL is a usage error naming the problem.
    const CliRun list = runServing({QStringLiteral("remote"), QStringLiteral("list"),
                                    QStringLiteral("elk"), QStringLiteral("--password-stdin")},
                                   password);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY2(list.out.contains("export job"), list.out.constData());
    const CliRun bad =
        run({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("elk"),
             QStringLiteral("--kibana-url"),
             QStringLiteral("http://x/api/reporting/generate/printablePdfV2?jobParams=(a:"),
             QStringLiteral("--out"), pdf});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains("rison"), bad.err.constData());
}

void TestCli::remoteUsageErrors()
{
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    CliRun r = run({QStringLiteral("remote"), QStringLiteral("generate"), QStringLiteral("ops"),
                    QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("exactly one of --kibana-url"), r.err.constData());
    r = run({QStringLiteral("remote"), QStringLiteral("move"), QStringLiteral("ops"),
             QStringLiteral("42")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--to FOLDER is required"), r.err.constData());
    r = run({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No remote server named \"nope\""), r.err.constData());
}

void TestCli::serversTestWithoutStoredSecret()
{
    QString why;
    QVERIFY2(openKeychain(&why), qPrintable(why));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(addServer({QStringLiteral("--kind"), QStringLiteral("grafana"),
                        QStringLiteral("--name"), QStringLiteral("ops"), QStringLiteral("--url"),
                        QStringLiteral("http://127.0.0.1:9")})
                 .exitCode,
             0);
    const CliRun r =
        run({QStringLiteral("servers"), QStringLiteral("test"), QStringLiteral("ops")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("No secret is stored for server \"ops\""), r.err.constData());
    QVERIFY2(r.err.contains("servers test ops --password-stdin"), r.err.constData());
}

void TestCli::serversRemoveTakesTheSecretToo()
{
    QString why;
    const auto keychain = openKeychain(&why);
    QVERIFY2(keychain, qPrintable(why));
    QCOMPARE(run({QStringLiteral("init")}).exitCode, 0);
    const QStringList common{QStringLiteral("--kind"), QStringLiteral("grafana"),
                             QStringLiteral("--url"),
                             QStringLiteral("https://grafana.example.com")};
    QCOMPARE(addServer(common + QStringList{QStringLiteral("--name"), QStringLiteral("ops")},
                       "token-ops")
                 .exitCode,
             0);
    QCOMPARE(addServer(common + QStringList{QStringLiteral("--name"), QStringLiteral("dev")},
                       "token-dev")
                 .exitCode,
             0);
    const QUuid ops = QUuid::fromString(serverId(QStringLiteral("ops")));
    const QUuid dev = QUuid::fromString(serverId(QStringLiteral("dev")));
    QCOMPARE(keychain->readNow(SecretStore::serverKey(ops)).value(),
             std::optional<QString>(QStringLiteral("token-ops")));

    const CliRun r =
        run({QStringLiteral("servers"), QStringLiteral("remove"), QStringLiteral("OPS")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("Removed Grafana server \"ops\" and its secret from the keychain"),
             r.out.constData());
    QCOMPARE(keychain->readNow(SecretStore::serverKey(ops)).value(), std::nullopt);
    QCOMPARE(serversJson().size(), 1);
    QCOMPARE(serverId(QStringLiteral("dev")), dev.toString(QUuid::WithoutBraces));
    // The other server's secret is untouched.
    QCOMPARE(keychain->readNow(SecretStore::serverKey(dev)).value(),
             std::optional<QString>(QStringLiteral("token-dev")));

    const CliRun again =
        run({QStringLiteral("servers"), QStringLiteral("remove"), QStringLiteral("ops")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("No remote server named \"ops\""), again.err.constData());
    QVERIFY(keychain->removeNow(SecretStore::serverKey(dev)));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
