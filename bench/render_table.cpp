// render_table: how long `reportdesk-cli render` takes for one long table, against a bare
// QPainter loop on the same machine (issue 3, "Performance").
//
// 1. Builds, in a work folder: an SQLite data file with an 8-column access_log table (id,
//    timestamp, host, path, status, latency ms, bytes, a 40-character message), filled
//    deterministically in one transaction; and a ReportDesk catalog, through the Catalog API,
//    with a data source on that file, a branding profile like the demo one (logo, header, footer
//    link, page numbers) and one report per row count R, each a single Table section over
//    "... ORDER BY id LIMIT R" with column formats (timestamp, "0.0", "#,##0").
// 2. For each R and run: runs `reportdesk-cli render REF --format pdf --out PATH --at INSTANT`
//    as a child process and the reference (render_table_reference, a bare QPainter loop on
//    QPdfWriter) right after it, each through posix_spawn + wait4, so the wall time, CPU time,
//    peak RSS (ru_maxrss) and minor page faults are those of that one child. Pages come from
//    pdfinfo, size from the file.
// 3. Prints the median/min/max per R and program, the ratios against the reference and against
//    the issue's Chromium figures, and whether the issue's targets are met.
//
// Usage: render_table [--rows 1000,10000,100000] [--runs 3] [--large-runs N] [--cli PATH]
//                     [--reference PATH] [--overflow elide|wrap] [--keep DIR] [--no-reference]

#include "catalog/Catalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <fcntl.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <vector>

extern char **environ;

using namespace reportdesk;

namespace {

// Fixed so every run renders the same title block (and the output is reproducible).
constexpr auto kRunInstant = "2024-06-01T12:00:00Z";
// The issue's figures from "this kind of machine (2 cores)".
constexpr double kChromium1k = 3.1;
constexpr double kChromium10k = 49.0;
constexpr double kIssueReference10k = 0.9;
constexpr double kIssueReference100k = 9.0;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// SplitMix64, as the sample data uses: the same rows on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }

private:
    std::uint64_t m_state;
};

// The table's columns: query column, header, format, width weight (mm of the 180 mm content
// width of A4 portrait with 15 mm margins). Widths fit the widest value of each column on one
// line at the renderer's 9 pt, so rows stay one line high; the 40-character message cannot fit
// in what is left (it needs about 70 mm) and is elided by default, or wrapped (--overflow wrap).
struct ColumnSpec {
    const char *column;
    const char *label;
    const char *format;
    double widthMm;
};
constexpr std::array<ColumnSpec, 8> kColumns{{
    {"id", "ID", "", 16},
    {"ts", "Time (UTC)", "MM-dd HH:mm:ss", 28},
    {"host", "Host", "", 15},
    {"path", "Path", "", 26},
    {"status", "Status", "", 15},
    {"latency_ms", "Latency ms", "0.0", 18},
    {"bytes", "Bytes", "#,##0", 20},
    {"message", "Message", "", 42},
}};
constexpr int kMessageColumn = 7;

// ReportDesk's query selects the stored values; the reference's lets SQLite cut the timestamp to
// what the "MM-dd HH:mm:ss" format shows, so both draw about the same glyphs.
enum class QueryFor { ReportDesk, Reference };

QString tableQuery(qint64 rows, QueryFor who = QueryFor::ReportDesk)
{
    QStringList names;
    for (const ColumnSpec &c : kColumns) {
        if (who == QueryFor::Reference && qstrcmp(c.column, "ts") == 0)
            names.append(QStringLiteral("substr(ts, 6, 5) || ' ' || substr(ts, 12, 8) AS ts"));
        else
            names.append(QLatin1String(c.column));
    }
    return QStringLiteral("SELECT %1 FROM access_log ORDER BY id LIMIT %2")
        .arg(names.join(QStringLiteral(", ")))
        .arg(rows);
}

bool buildData(const QString &path, qint64 rows)
{
    const QString connection = QStringLiteral("render_table_data");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            out() << "cannot create " << path << ": " << db.lastError().text() << Qt::endl;
            return false;
        }
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("CREATE TABLE access_log (id INTEGER PRIMARY KEY,"
                                   " ts TEXT NOT NULL, host TEXT NOT NULL, path TEXT NOT NULL,"
                                   " status INTEGER NOT NULL, latency_ms REAL NOT NULL,"
                                   " bytes INTEGER NOT NULL, message TEXT NOT NULL)"));
        static constexpr std::array paths{
            "/",       "/cart",        "/checkout",      "/login", "/products", "/products/42",
            "/search", "/api/v1/cart", "/api/v1/orders", "/app.js"};
        static constexpr std::array words{
            "request",   "served",   "from",  "cache", "user",     "session",  "token",
            "refreshed", "upstream", "slow",  "retry", "order",    "queued",   "payment",
            "accepted",  "search",   "index", "warm",  "checkout", "completed"};
        Random rng(20240601);
        const QDateTime start(QDate(2024, 5, 1), QTime(0, 0), QTimeZone::utc());
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO access_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qint64 i = 1; i <= rows && ok; ++i) {
            const int roll = rng.below(1000);
            const int status = roll < 15   ? 500 + rng.below(4)
                               : roll < 60 ? 404
                               : roll < 80 ? 301
                                           : 200;
            QString message;
            while (message.size() < 40) {
                if (!message.isEmpty())
                    message += QLatin1Char(' ');
                message += QLatin1String(words[size_t(rng.below(int(words.size())))]);
            }
            message.truncate(40);
            if (message.endsWith(QLatin1Char(' ')))
                message.back() = QLatin1Char('.');
            q.addBindValue(i);
            // "2024-05-01T00:00:03Z": the UTC form the sample data and the bindings use.
            q.addBindValue(start.addSecs(i * 3 + rng.below(3)).toUTC().toString(Qt::ISODate));
            q.addBindValue(
                QStringLiteral("web-%1").arg(1 + rng.below(12), 2, 10, QLatin1Char('0')));
            q.addBindValue(QLatin1String(paths[size_t(rng.below(int(paths.size())))]));
            q.addBindValue(status);
            // Up to 2,999.9 ms, one decimal, as a REAL.
            q.addBindValue(double(5 + rng.below(status >= 500 ? 29995 : 4500)) / 10.0);
            q.addBindValue(qint64(200 + rng.below(2'400'000)));
            q.addBindValue(message);
            ok = q.exec();
        }
        if (!ok)
            out() << "cannot fill the data file: " << q.lastError().text() << Qt::endl;
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

// The catalog the CLI renders from: returns the REF of the report for each row count.
std::optional<std::map<qint64, QString>> buildCatalog(const QString &catalogPath,
                                                      const QString &dataPath,
                                                      const std::vector<qint64> &rowCounts,
                                                      ColumnFormat::Overflow messageOverflow)
{
    QString error;
    const std::unique_ptr<Catalog> catalog = Catalog::openSqlite(catalogPath, &error);
    if (!catalog) {
        out() << "cannot create the catalog: " << error << Qt::endl;
        return std::nullopt;
    }
    auto failed = [](const QString &what, const QString &why) {
        out() << "cannot save the " << what << ": " << why << Qt::endl;
        return std::nullopt;
    };
    DataSource source;
    source.name = QStringLiteral("Bench access log");
    source.driver = QStringLiteral("QSQLITE");
    source.databaseName = dataPath;
    if (const auto saved = catalog->saveDataSource(source); !saved)
        return failed(QStringLiteral("data source"), saved.error());

    // Branded like the demo profile, so every page carries the header and footer work.
    BrandingProfile brand;
    brand.name = QStringLiteral("Bench");
    QFile logo(QStringLiteral(":/reportdesk/demo/logo.png"));
    if (logo.open(QIODevice::ReadOnly)) {
        brand.logo = logo.readAll();
        brand.logoFileName = QStringLiteral("reportdesk-logo.png");
    }
    brand.headerText = QStringLiteral("ReportDesk · render_table benchmark");
    brand.footerText = QStringLiteral("Confidential: internal use only");
    brand.footerLink = QStringLiteral("https://example.com/reports");
    brand.isDefault = true;
    if (const auto saved = catalog->saveBranding(brand); !saved)
        return failed(QStringLiteral("branding profile"), saved.error());
    if (brand.logo.isEmpty())
        out() << "note: no demo logo in this build; the pages carry no logo" << Qt::endl;

    const QString folderName = QStringLiteral("Bench");
    const auto folder = catalog->createFolder(0, folderName);
    if (!folder)
        return failed(QStringLiteral("folder"), folder.error());

    std::map<qint64, QString> refs;
    for (const qint64 rows : rowCounts) {
        Section table;
        table.kind = Section::Kind::Table;
        table.title = QStringLiteral("Requests");
        table.dataSource = source.name;
        table.query = tableQuery(rows);
        for (const ColumnSpec &spec : kColumns) {
            ColumnFormat c;
            c.column = QLatin1String(spec.column);
            c.label = QLatin1String(spec.label);
            c.format = QLatin1String(spec.format);
            c.widthWeight = spec.widthMm;
            table.columns.append(c);
        }
        table.columns[kMessageColumn].overflow = messageOverflow;

        Report report;
        report.folderId = folder->id;
        report.name = QStringLiteral("Table %1").arg(rows);
        report.title = QStringLiteral("Access log, %1 rows").arg(rows);
        report.description = QStringLiteral("render_table benchmark: one table section.");
        report.timeZone = QStringLiteral("UTC");
        report.sections = {table};
        if (const auto saved = catalog->saveReport(report); !saved)
            return failed(report.name, saved.error());
        refs[rows] = folderName + QLatin1Char('/') + report.name;
    }
    return refs;
}

struct Measurement {
    double wallS = 0;
    double cpuS = 0; // user + system of the child
    double peakRssMiB = 0;
    long minorFaults = 0; // ru_minflt: page faults served without I/O (heap growth, mmap)
    int pages = -1;
    double pdfMiB = 0;
};

int pdfPages(const QString &pdf)
{
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    if (!info.waitForFinished(60'000) || info.exitCode() != 0)
        return -1;
    for (const QByteArray &line : info.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// Runs one child with stdout and stderr in `log`, waits for it with wait4 so the resource usage
// is that child's alone (RUSAGE_CHILDREN would be the maximum over every child so far).
std::optional<Measurement> measure(const QStringList &command, const QString &pdf,
                                   const QString &log)
{
    QFile::remove(pdf);
    std::vector<QByteArray> args;
    for (const QString &a : command)
        args.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray logPath = QFile::encodeName(log);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, logPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        out() << "cannot start " << command.first() << ": " << strerror(spawned) << Qt::endl;
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do {
        waited = wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    const auto end = std::chrono::steady_clock::now();
    if (waited != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile file(log);
        file.open(QIODevice::ReadOnly);
        out() << command.first() << " failed (status " << status << "):\n"
              << QString::fromLocal8Bit(file.readAll()) << Qt::endl;
        return std::nullopt;
    }

    Measurement m;
    m.wallS = std::chrono::duration<double>(end - start).count();
    m.cpuS = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
             double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.peakRssMiB = double(usage.ru_maxrss) / 1024.0; // KiB on Linux
    m.minorFaults = usage.ru_minflt;
    m.pages = pdfPages(pdf);
    m.pdfMiB = double(QFileInfo(pdf).size()) / (1024.0 * 1024.0);
    return m;
}

struct Summary {
    double median = 0, min = 0, max = 0;
    double cpu = 0, rss = 0, pdfMiB = 0; // medians; rss is the maximum over the runs
    double minorFaults = 0;              // median
    int pages = -1;
    bool valid = false;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Summary summarize(const std::vector<Measurement> &runs)
{
    Summary s;
    if (runs.empty())
        return s;
    std::vector<double> wall, cpu, faults;
    for (const Measurement &m : runs) {
        wall.push_back(m.wallS);
        cpu.push_back(m.cpuS);
        faults.push_back(double(m.minorFaults));
        s.rss = std::max(s.rss, m.peakRssMiB);
    }
    s.median = median(wall);
    s.min = *std::min_element(wall.begin(), wall.end());
    s.max = *std::max_element(wall.begin(), wall.end());
    s.cpu = median(cpu);
    s.minorFaults = median(faults);
    s.pages = runs.back().pages;
    s.pdfMiB = runs.back().pdfMiB;
    s.valid = true;
    return s;
}

// Load average and running compilers, to judge how quiet the shared machine was.
QString machineLoad()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    QString load = loadavg.open(QIODevice::ReadOnly)
                       ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
                       : QStringLiteral("?");
    int compilers = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "cc1plus")
            ++compilers;
    }
    return QStringLiteral("load %1, cc1plus running: %2").arg(load).arg(compilers);
}

QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // inherited by the children
    QCoreApplication app(argc, argv);
    // The catalog's "migrated"/"opened" lines are noise here.
    QLoggingCategory::setFilterRules(QStringLiteral("reportdesk.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times reportdesk-cli render on one long table against a bare QPainter "
                       "loop (issue 3)."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(
        QStringLiteral("rows"), QStringLiteral("Row counts, comma-separated."),
        QStringLiteral("list"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per row count."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption largeRunsOption(
        QStringLiteral("large-runs"),
        QStringLiteral("Timed runs for row counts of 100,000 and more (default: --runs)."),
        QStringLiteral("n"));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("The reportdesk-cli binary."),
                                       QStringLiteral("path"), QStringLiteral(REPORTDESK_CLI_PATH));
    const QCommandLineOption referenceOption(
        QStringLiteral("reference"), QStringLiteral("The render_table_reference binary."),
        QStringLiteral("path"), QStringLiteral(RENDER_TABLE_REFERENCE_PATH));
    const QCommandLineOption noReferenceOption(QStringLiteral("no-reference"),
                                               QStringLiteral("Skip the bare QPainter loop."));
    const QCommandLineOption noReportDeskOption(QStringLiteral("no-reportdesk"),
                                                QStringLiteral("Run only the reference."));
    const QCommandLineOption overflowOption(
        QStringLiteral("overflow"),
        QStringLiteral("The message column's overflow setting: elide (one line per row) or "
                       "wrap (two lines)."),
        QStringLiteral("elide|wrap"), QStringLiteral("elide"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep"),
        QStringLiteral("Work in this folder and keep the files (data, catalog, PDFs, logs)."),
        QStringLiteral("dir"));
    parser.addOptions({rowsOption, runsOption, largeRunsOption, cliOption, referenceOption,
                       noReferenceOption, noReportDeskOption, overflowOption, keepOption});
    parser.process(app);

    std::vector<qint64> rowCounts;
    for (const QString &r : parser.value(rowsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 n = r.trimmed().toLongLong();
        if (n <= 0) {
            out() << "bad row count: " << r << Qt::endl;
            return 2;
        }
        rowCounts.push_back(n);
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int largeRuns =
        parser.isSet(largeRunsOption) ? std::max(1, parser.value(largeRunsOption).toInt()) : runs;
    const bool withReference = !parser.isSet(noReferenceOption);
    const bool withReportDesk = !parser.isSet(noReportDeskOption);
    const QString cli = QFileInfo(parser.value(cliOption)).absoluteFilePath();
    const QString reference = QFileInfo(parser.value(referenceOption)).absoluteFilePath();
    const QString overflowName = parser.value(overflowOption);
    if (overflowName != QLatin1String("elide") && overflowName != QLatin1String("wrap")) {
        out() << "--overflow is elide or wrap" << Qt::endl;
        return 2;
    }
    const std::array<std::pair<bool, QString>, 2> programs{
        {{withReportDesk, cli}, {withReference, reference}}};
    for (const auto &[needed, path] : programs) {
        if (needed && !QFileInfo(path).isExecutable()) {
            out() << "not an executable: " << path << Qt::endl;
            return 2;
        }
    }

    QTemporaryDir temporary;
    const QString work = parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path();
    // The bench deletes and overwrites files in its folder: it only takes a new or empty folder,
    // or one it made before (marked by a stamp file), never somebody else's.
    const QString stamp = QStringLiteral("render_table.stamp");
    const QDir dir(work);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) &&
        !dir.exists(stamp)) {
        out() << work << " has files render_table did not make; give an empty or new folder"
              << Qt::endl;
        return 2;
    }
    if (!QDir().mkpath(work)) {
        out() << "cannot create " << work << Qt::endl;
        return 1;
    }
    QFile stampFile(dir.filePath(stamp));
    stampFile.open(QIODevice::WriteOnly);
    stampFile.close();
    const QString dataPath = dir.filePath(QStringLiteral("data.sqlite"));
    const QString catalogPath = dir.filePath(QStringLiteral("catalog.sqlite"));
    QFile::remove(dataPath);
    QFile::remove(catalogPath);

    QElapsedTimer setup;
    setup.start();
    const qint64 maxRows = *std::max_element(rowCounts.begin(), rowCounts.end());
    if (!buildData(dataPath, maxRows))
        return 1;
    const auto refs =
        buildCatalog(catalogPath, dataPath, rowCounts,
                     overflowName == QLatin1String("wrap") ? ColumnFormat::Overflow::Wrap
                                                           : ColumnFormat::Overflow::Elide);
    if (!refs)
        return 1;
    out() << "work folder " << work << ": " << maxRows << " rows and the catalog in "
          << setup.elapsed() << " ms" << Qt::endl;
    out() << "cli " << cli << Qt::endl;
    out() << "message column: " << overflowName << "; " << machineLoad() << Qt::endl;

    auto cliCommand = [&](qint64 rows, const QString &pdf) {
        return QStringList{cli,
                           QStringLiteral("--catalog"),
                           catalogPath,
                           QStringLiteral("render"),
                           refs->at(rows),
                           QStringLiteral("--format"),
                           QStringLiteral("pdf"),
                           QStringLiteral("--out"),
                           pdf,
                           QStringLiteral("--at"),
                           QLatin1String(kRunInstant)};
    };
    auto referenceCommand = [&](qint64 rows, const QString &pdf) {
        QStringList command{reference,
                            QStringLiteral("--database"),
                            dataPath,
                            QStringLiteral("--query"),
                            tableQuery(rows, QueryFor::Reference),
                            QStringLiteral("--elide-column"),
                            QString::number(kMessageColumn),
                            QStringLiteral("--out"),
                            pdf};
        for (const ColumnSpec &c : kColumns)
            command << QStringLiteral("--column")
                    << QStringLiteral("%1=%2").arg(QLatin1String(c.label)).arg(c.widthMm);
        return command;
    };

    // One untimed run of each at the smallest count: binaries, fonts and the data file are then
    // in the page cache for every timed run alike.
    const qint64 smallest = *std::min_element(rowCounts.begin(), rowCounts.end());
    if (withReportDesk && !measure(cliCommand(smallest, dir.filePath(QStringLiteral("warmup.pdf"))),
                                   dir.filePath(QStringLiteral("warmup.pdf")),
                                   dir.filePath(QStringLiteral("warmup.log"))))
        return 1;
    if (withReference &&
        !measure(referenceCommand(smallest, dir.filePath(QStringLiteral("warmup-ref.pdf"))),
                 dir.filePath(QStringLiteral("warmup-ref.pdf")),
                 dir.filePath(QStringLiteral("warmup-ref.log"))))
        return 1;

    std::map<qint64, Summary> reportDesk, bare;
    for (const qint64 rows : rowCounts) {
        const int n = rows >= 100'000 ? largeRuns : runs;
        std::vector<Measurement> rd, ref;
        // Alternate the two programs so a change in machine load hits both alike.
        for (int run = 1; run <= n; ++run) {
            auto line = [&](const char *what, const Measurement &m) {
                out() << "  R=" << rows << " run " << run << "/" << n << " " << what << ": "
                      << fmt(m.wallS) << " s wall, " << fmt(m.cpuS) << " s cpu, " << m.pages
                      << " pages, " << fmt(m.pdfMiB) << " MiB PDF, peak RSS "
                      << fmt(m.peakRssMiB, 1) << " MiB, " << m.minorFaults << " minor faults"
                      << Qt::endl;
            };
            if (withReportDesk) {
                const QString pdf = dir.filePath(QStringLiteral("reportdesk-%1.pdf").arg(rows));
                const auto m = measure(cliCommand(rows, pdf), pdf,
                                       dir.filePath(QStringLiteral("reportdesk-%1.log").arg(rows)));
                if (!m)
                    return 1;
                line("reportdesk", *m);
                rd.push_back(*m);
            }
            if (withReference) {
                const QString pdf = dir.filePath(QStringLiteral("reference-%1.pdf").arg(rows));
                const auto m = measure(referenceCommand(rows, pdf), pdf,
                                       dir.filePath(QStringLiteral("reference-%1.log").arg(rows)));
                if (!m)
                    return 1;
                line("reference ", *m);
                ref.push_back(*m);
            }
        }
        reportDesk[rows] = summarize(rd);
        bare[rows] = summarize(ref);
        out() << "  after R=" << rows << ": " << machineLoad() << Qt::endl;
    }

    out() << "\n"
          << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                 .arg(QStringLiteral("program"), -11)
                 .arg(QStringLiteral("rows"), 8)
                 .arg(QStringLiteral("median s"), 9)
                 .arg(QStringLiteral("min-max s"), 13)
                 .arg(QStringLiteral("cpu s"), 7)
                 .arg(QStringLiteral("pages"), 6)
                 .arg(QStringLiteral("PDF MiB"), 8)
                 .arg(QStringLiteral("peak RSS MiB"), 13)
                 .arg(QStringLiteral("minflt"), 8)
          << Qt::endl;
    auto row = [](const QString &program, qint64 rows, const Summary &s) {
        if (!s.valid)
            return;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(program, -11)
                     .arg(rows, 8)
                     .arg(fmt(s.median), 9)
                     .arg(fmt(s.min) + QLatin1Char('-') + fmt(s.max), 13)
                     .arg(fmt(s.cpu), 7)
                     .arg(s.pages, 6)
                     .arg(fmt(s.pdfMiB), 8)
                     .arg(fmt(s.rss, 1), 13)
                     .arg(qRound64(s.minorFaults), 8)
              << Qt::endl;
    };
    for (const qint64 rows : rowCounts) {
        row(QStringLiteral("reportdesk"), rows, reportDesk[rows]);
        row(QStringLiteral("reference"), rows, bare[rows]);
    }

    out() << "\nratios (median wall time)" << Qt::endl;
    for (const qint64 rows : rowCounts) {
        const Summary &rd = reportDesk[rows];
        const Summary &ref = bare[rows];
        QStringList parts;
        if (rd.valid && ref.valid)
            parts << QStringLiteral("reportdesk / reference %1x").arg(fmt(rd.median / ref.median));
        const double chromium = rows == 1000 ? kChromium1k : rows == 10'000 ? kChromium10k : 0.0;
        if (rd.valid && chromium > 0)
            parts << QStringLiteral("Chromium (%1 s) / reportdesk %2x")
                         .arg(chromium)
                         .arg(fmt(chromium / rd.median, 1));
        const double issueRef = rows == 10'000    ? kIssueReference10k
                                : rows == 100'000 ? kIssueReference100k
                                                  : 0.0;
        if (ref.valid && issueRef > 0)
            parts << QStringLiteral("reference here / issue's bare loop (%1 s) %2x")
                         .arg(issueRef)
                         .arg(fmt(ref.median / issueRef));
        if (!parts.isEmpty())
            out() << "  R=" << rows << ": " << parts.join(QStringLiteral("; ")) << Qt::endl;
    }

    out() << "\ntargets (issue 3)" << Qt::endl;
    auto target = [](const QString &what, bool met, const QString &figure) {
        out() << "  " << (met ? "met    " : "MISSED ") << what << ": " << figure << Qt::endl;
    };
    if (reportDesk.count(10'000) && reportDesk[10'000].valid) {
        const Summary &s = reportDesk[10'000];
        target(QStringLiteral("10,000 rows >= 30x faster than Chromium (<= 1.63 s)"),
               s.median <= kChromium10k / 30, fmt(s.median) + QStringLiteral(" s"));
        if (bare[10'000].valid)
            target(QStringLiteral("10,000 rows <= 1.5x the bare QPainter loop"),
                   s.median <= 1.5 * bare[10'000].median,
                   fmt(s.median / bare[10'000].median) + QLatin1Char('x'));
    }
    if (reportDesk.count(100'000) && reportDesk[100'000].valid) {
        const Summary &s = reportDesk[100'000];
        target(QStringLiteral("100,000 rows < 14 s"), s.median < 14,
               fmt(s.median) + QStringLiteral(" s"));
        target(QStringLiteral("100,000 rows peak RSS < 150 MB"), s.rss * 1.048576 < 150,
               fmt(s.rss * 1.048576, 1) + QStringLiteral(" MB (") + fmt(s.rss, 1) +
                   QStringLiteral(" MiB)"));
    }
    out() << "\n" << machineLoad() << Qt::endl;
    return 0;
}
