// Tests for Catalog on real SQLite files: migrations, round trips, transactions, bad input,
// files that are not catalogs, read-only and newer catalogs, and the change signals.
#include "TestCatalog.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

namespace {

const QByteArray kPng = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUl"
                                               "EQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

// A second, independent connection to a catalog file, as another tool would open it.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("tst-raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql) && q.next())
            return q.value(0);
        return {};
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

// What a file looks like on disk, to prove that nothing was written to it.
struct FileState {
    QByteArray bytes;
    QDateTime modified;
    bool operator==(const FileState &) const = default;
};
FileState fileState(const QString &path)
{
    return {test::readFile(path), QFileInfo(path).fileTime(QFileDevice::FileModificationTime)};
}

// The catalog's own connection (the only one whose name starts with "reportdesk-catalog-").
QSqlDatabase catalogConnection()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("reportdesk-catalog-")))
            return QSqlDatabase::database(name, false);
    }
    return {};
}

struct CatalogState {
    QList<Folder> folders;
    QList<ReportSummary> reports;
    QList<Report> full;
    bool operator==(const CatalogState &) const = default;
};
CatalogState state(const Catalog &c)
{
    CatalogState s{c.folders(), c.reportSummaries(), {}};
    for (const ReportSummary &r : s.reports)
        s.full.append(c.report(r.id).value_or(Report{}));
    return s;
}

void compareReports(const Report &actual, const Report &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.folderId, expected.folderId);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.owner, expected.owner);
    QCOMPARE(actual.enabled, expected.enabled);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.updated, expected.updated);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype i = 0; i < expected.sections.size(); ++i) {
        const Section &a = actual.sections.at(i);
        const Section &e = expected.sections.at(i);
        QCOMPARE(int(a.kind), int(e.kind));
        QCOMPARE(a.title, e.title);
        QCOMPARE(a.text, e.text);
        QCOMPARE(a.dataSource, e.dataSource);
        QCOMPARE(a.query, e.query);
        QCOMPARE(a.columns.size(), e.columns.size());
        for (qsizetype c = 0; c < e.columns.size(); ++c) {
            QCOMPARE(a.columns.at(c).column, e.columns.at(c).column);
            QCOMPARE(a.columns.at(c).label, e.columns.at(c).label);
            QCOMPARE(a.columns.at(c).format, e.columns.at(c).format);
            QCOMPARE(int(a.columns.at(c).align), int(e.columns.at(c).align));
            QCOMPARE(int(a.columns.at(c).overflow), int(e.columns.at(c).overflow));
            QCOMPARE(a.columns.at(c).widthWeight, e.columns.at(c).widthWeight);
        }
        QCOMPARE(int(a.chartType), int(e.chartType));
        QCOMPARE(a.categoryColumn, e.categoryColumn);
        QCOMPARE(a.seriesColumns, e.seriesColumns);
        QCOMPARE(a.imageData, e.imageData);
        QCOMPARE(a.imageName, e.imageName);
        QCOMPARE(a.remoteRef, e.remoteRef);
        QCOMPARE(a.widthFraction, e.widthFraction);
    }
    QCOMPARE(actual.page.size, expected.page.size);
    QCOMPARE(int(actual.page.orientation), int(expected.page.orientation));
    QCOMPARE(int(actual.page.layout), int(expected.page.layout));
    QCOMPARE(actual.page.marginsMm, expected.page.marginsMm);
    QCOMPARE(actual.formats, expected.formats);
    QCOMPARE(actual.brandingId, expected.brandingId);
    QCOMPARE(actual.timeRange.from, expected.timeRange.from);
    QCOMPARE(actual.timeRange.to, expected.timeRange.to);
    QCOMPARE(actual.timeZone, expected.timeZone);
    QCOMPARE(actual.variables.size(), expected.variables.size());
    for (qsizetype i = 0; i < expected.variables.size(); ++i) {
        QCOMPARE(actual.variables.at(i).name, expected.variables.at(i).name);
        QCOMPARE(actual.variables.at(i).value, expected.variables.at(i).value);
    }
    QCOMPARE(actual.schedule, expected.schedule);
    QCOMPARE(actual.delivery, expected.delivery);
    QCOMPARE(actual.serverId, expected.serverId);
    QCOMPARE(actual.remoteId, expected.remoteId);
    QVERIFY(actual == expected);
}

BrandingProfile sampleBranding(const QString &name)
{
    BrandingProfile p;
    p.name = name;
    p.logo = kPng;
    p.logoFileName = QStringLiteral("dot.png");
    p.accentColor = QStringLiteral("#aa00ff");
    p.headerText = QStringLiteral("Header ü");
    p.footerText = QStringLiteral("Footer");
    p.footerLink = QStringLiteral("https://example.com/footer");
    p.watermarkText = QStringLiteral("DRAFT");
    p.fontFamily = QStringLiteral("Noto Sans");
    p.pageNumberFormat = QStringLiteral("{page}/{pages}");
    return p;
}

} // namespace

class TestCatalogClass : public QObject {
    Q_OBJECT

private slots:
    void newFileGetsCurrentSchemaWalAndForeignKeys();
    void reportRoundTripsEveryField();
    void brandingRoundTrips();
    void dataSourceRoundTripsAndRenameFollowsIntoSections();
    void moveReportsIsAllOrNothing();
    void invalidSaveLeavesStoredReportUnchanged();
    void saveFailingMidTransactionChangesNothing();
    void badNamesAreRejected_data();
    void badNamesAreRejected();
    void folderCannotMoveIntoItsDescendant();
    void deleteNonEmptyFolderThenRestore();
    void fileThatIsNotSqliteIsRejectedUntouched();
    void sqliteDatabaseThatIsNotACatalogIsRejectedUntouched();
    void readOnlyOpenReadsButNeverWrites();
    void chmodReadOnlyFileOpensReadOnly();
    void catalogFromNewerVersionIsRejectedUntouched();
    void changeSignalsCarryTheRightPayloads();
    void resolveReportRef();
    void ensureFolderPath();
    void uniqueReportName();
    void duplicateReport();
};

void TestCatalogClass::newFileGetsCurrentSchemaWalAndForeignKeys()
{
    TestCatalog c;
    QVERIFY(QFileInfo::exists(c.path()));
    QCOMPARE(c->schemaVersion(), CatalogSchema::currentVersion());
    QVERIFY(!c->isReadOnly());
    QVERIFY(c->isEmpty());

    // Foreign keys are a per-connection setting: check the catalog's own connection.
    {
        const QSqlDatabase own = catalogConnection();
        QVERIFY(own.isValid());
        QSqlQuery q(own);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // ... and what it means for users: deleting a profile clears it from reports.
    const auto profile = c->saveBranding(sampleBranding(QStringLiteral("Temp")));
    QVERIFY2(profile, qPrintable(profile.error()));
    const Folder f = c.addFolder(QStringLiteral("F"));
    Report r = c.addReport(f.id, QStringLiteral("R"));
    r.brandingId = profile->id;
    QVERIFY(c->saveReport(r));
    QVERIFY(c->deleteBranding(profile->id));
    QCOMPARE(c->report(r.id)->brandingId, 0);

    c.reopen();
    QCOMPARE(c->schemaVersion(), CatalogSchema::currentVersion());
    QCOMPARE(c->folders().size(), 1);

    RawDb raw(c.path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(
        raw.scalar(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'version'")).toInt(),
        CatalogSchema::currentVersion());
}

void TestCatalogClass::reportRoundTripsEveryField()
{
    TestCatalog c;
    const Folder f = c.addFolder(QStringLiteral("Folder"));
    const auto brand = c->saveBranding(sampleBranding(QStringLiteral("Brand")));
    QVERIFY2(brand, qPrintable(brand.error()));

    Report input = test::fullyPopulatedReport(f.id);
    input.brandingId = brand->id;
    input.serverId = 7;
    input.remoteId = QStringLiteral("remote-42");
    input.created = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    input.schedule =
        QJsonObject{{QStringLiteral("frequency"), QStringLiteral("weekly")},
                    {QStringLiteral("weekdays"), QJsonArray{1, 3, 5}},
                    {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")},
                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), 1.5}}}};
    input.delivery =
        QJsonObject{{QStringLiteral("recipients"),
                     QJsonArray{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}},
                    {QStringLiteral("replyTo"), QStringLiteral("noreply@example.com")}};
    // Order matters for variables: "z" before "a".
    input.variables.append({QStringLiteral("z_last"), QStringLiteral("1")});
    input.variables.append({QStringLiteral("a_first"), QStringLiteral("2")});

    const auto saved = c->saveReport(input);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(!saved->id.isNull());
    QCOMPARE(saved->created, input.created);
    QVERIFY(saved->updated.isValid());

    Report expected = input;
    expected.id = saved->id;
    expected.updated = saved->updated;
    compareReports(saved.value(), expected);
    if (QTest::currentTestFailed())
        return;

    c.reopen();
    const auto loaded = c->report(saved->id);
    QVERIFY(loaded);
    compareReports(*loaded, expected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded->sections.at(3).imageData, input.sections.at(3).imageData);
    QVERIFY(!loaded->sections.at(3).imageData.isEmpty());

    // The summary the tree uses matches the report.
    const QList<ReportSummary> summaries = c->reportSummaries(f.id);
    QCOMPARE(summaries.size(), 1);
    QVERIFY(summaries.first() == loaded->summary());

    // Saving again without changes keeps every field (and `created`).
    const auto again = c->saveReport(*loaded);
    QVERIFY2(again, qPrintable(again.error()));
    expected.updated = again->updated;
    compareReports(again.value(), expected);
}

void TestCatalogClass::brandingRoundTrips()
{
    TestCatalog c;
    BrandingProfile first = sampleBranding(QStringLiteral("First"));
    first.isDefault = true;
    const auto a = c->saveBranding(first);
    QVERIFY2(a, qPrintable(a.error()));
    QVERIFY(a->id > 0);
    BrandingProfile second = sampleBranding(QStringLiteral("Second"));
    second.logo.clear();
    second.logoFileName.clear();
    const auto b = c->saveBranding(second);
    QVERIFY2(b, qPrintable(b.error()));

    c.reopen();
    auto loadedA = c->brandingProfile(a->id);
    QVERIFY(loadedA);
    QVERIFY(*loadedA == a.value());
    QCOMPARE(loadedA->logo, kPng);
    QVERIFY(loadedA->isDefault);
    QVERIFY(c->brandingProfile(b->id).value() == b.value());
    QCOMPARE(c->defaultBranding()->id, a->id);

    // Only one profile is the default.
    QVERIFY(c->setDefaultBranding(b->id));
    c.reopen();
    QVERIFY(!c->brandingProfile(a->id)->isDefault);
    QVERIFY(c->brandingProfile(b->id)->isDefault);
    QCOMPARE(c->defaultBranding()->id, b->id);
    QCOMPARE(c->brandingProfiles().size(), 2);

    // A duplicate name is refused and nothing changes.
    const QList<BrandingProfile> before = c->brandingProfiles();
    BrandingProfile dup = sampleBranding(QStringLiteral("First"));
    const auto rejected = c->saveBranding(dup);
    QVERIFY(!rejected);
    QVERIFY2(rejected.error().contains(QLatin1String("already exists")),
             qPrintable(rejected.error()));
    QVERIFY(c->brandingProfiles() == before);

    // The default cannot be deleted.
    const Status del = c->deleteBranding(b->id);
    QVERIFY(!del);
    QVERIFY2(del.error().contains(QLatin1String("default")), qPrintable(del.error()));
}

void TestCatalogClass::dataSourceRoundTripsAndRenameFollowsIntoSections()
{
    TestCatalog c;
    DataSource s;
    s.name = QStringLiteral("Sample web logs");
    s.driver = QStringLiteral("QPSQL");
    s.databaseName = QStringLiteral("metrics");
    s.host = QStringLiteral("db.example.com");
    s.port = 5433;
    s.userName = QStringLiteral("reader");
    s.options = QStringLiteral("sslmode=require");
    const auto saved = c->saveDataSource(s);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(saved->id > 0);

    const Folder f = c.addFolder(QStringLiteral("F"));
    const auto report = c->saveReport(test::fullyPopulatedReport(f.id));
    QVERIFY2(report, qPrintable(report.error()));

    c.reopen();
    const auto loaded = c->dataSource(s.name);
    QVERIFY(loaded);
    QVERIFY(*loaded == saved.value());
    QCOMPARE(loaded->port, 5433);
    QCOMPARE(loaded->options, s.options);

    QSignalSpy changed(c.get(), &Catalog::dataSourcesChanged);
    DataSource renamed = *loaded;
    renamed.name = QStringLiteral("Web logs (prod)");
    const auto r = c->saveDataSource(renamed);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->id, loaded->id);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!c->dataSource(s.name));
    QCOMPARE(c->dataSources().size(), 1);

    c.reopen();
    const Report after = c->report(report->id).value();
    QCOMPARE(after.sections.at(1).dataSource, renamed.name);
    QCOMPARE(after.sections.at(2).dataSource, renamed.name);
    QCOMPARE(after.sections.at(0).dataSource, QString()); // text section untouched

    // A data source that sections use cannot be deleted.
    const Status del = c->deleteDataSource(loaded->id);
    QVERIFY(!del);
    QVERIFY2(del.error().contains(QLatin1String("2 report section")), qPrintable(del.error()));
    QCOMPARE(c->dataSources().size(), 1);
}

void TestCatalogClass::moveReportsIsAllOrNothing()
{
    TestCatalog c;
    const Folder x = c.addFolder(QStringLiteral("X"));
    const Folder y = c.addFolder(QStringLiteral("Y"));
    const Folder target = c.addFolder(QStringLiteral("Target"));
    const Report a = c.addReport(x.id, QStringLiteral("A"));
    const Report b = c.addReport(y.id, QStringLiteral("B"));
    c.addReport(target.id, QStringLiteral("B")); // the conflict
    const CatalogState before = state(*c);

    QSignalSpy changed(c.get(), &Catalog::reportChanged);
    const Status s = c->moveReports({a.id, b.id}, target.id);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("\"B\"")) &&
                 s.error().contains(QLatin1String("already exists")),
             qPrintable(s.error()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(c->report(a.id)->folderId, x.id);
    QVERIFY(state(*c) == before);
    c.reopen();
    QCOMPARE(c->report(a.id)->folderId, x.id);
    QVERIFY(state(*c) == before);
    QSignalSpy changedAfterReopen(c.get(), &Catalog::reportChanged);

    // Two reports with the same name cannot land in one folder either.
    const Report b2 = c.addReport(x.id, QStringLiteral("B"));
    const Folder empty = c.addFolder(QStringLiteral("Empty"));
    const CatalogState before2 = state(*c);
    const Status s2 = c->moveReports({b2.id, b.id}, empty.id);
    QVERIFY(!s2);
    QVERIFY2(s2.error().contains(QLatin1String("\"B\"")), qPrintable(s2.error()));
    QVERIFY(state(*c) == before2);

    // The successful move.
    QVERIFY(c->moveReports({a.id, b.id}, empty.id));
    QCOMPARE(c->report(a.id)->folderId, empty.id);
    QCOMPARE(c->report(b.id)->folderId, empty.id);
    QCOMPARE(changedAfterReopen.count(), 2);
}

void TestCatalogClass::invalidSaveLeavesStoredReportUnchanged()
{
    TestCatalog c;
    const Folder f = c.addFolder(QStringLiteral("F"));
    const auto stored = c->saveReport(test::fullyPopulatedReport(f.id));
    QVERIFY2(stored, qPrintable(stored.error()));
    QSignalSpy changed(c.get(), &Catalog::reportChanged);

    Report bad = stored.value();
    bad.title = QStringLiteral("changed title");
    bad.sections.removeLast();
    bad.timeZone = QStringLiteral("Mars/Olympus_Mons");
    const auto r = c->saveReport(bad);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("Mars/Olympus_Mons")), qPrintable(r.error()));

    bad = stored.value();
    bad.title = QStringLiteral("changed title");
    bad.sections[1].query.clear();
    const auto r2 = c->saveReport(bad);
    QVERIFY(!r2);
    QVERIFY2(r2.error().contains(QLatin1String("query")), qPrintable(r2.error()));

    QCOMPARE(changed.count(), 0);
    c.reopen();
    QVERIFY(c->report(stored->id).value() == stored.value());
}

void TestCatalogClass::saveFailingMidTransactionChangesNothing()
{
    TestCatalog c;
    const Folder f = c.addFolder(QStringLiteral("F"));
    const auto stored = c->saveReport(test::fullyPopulatedReport(f.id));
    QVERIFY2(stored, qPrintable(stored.error()));
    {
        // Make the database refuse one particular section, after the report row was written.
        RawDb raw(c.path());
        QVERIFY(raw.exec(QStringLiteral(
            "CREATE TRIGGER refuse_boom BEFORE INSERT ON report_sections WHEN NEW.title = 'boom'"
            " BEGIN SELECT RAISE(ABORT, 'section refused'); END")));
    }
    QSignalSpy changed(c.get(), &Catalog::reportChanged);
    Report edited = stored.value();
    edited.title = QStringLiteral("New title");
    edited.sections.removeFirst();
    edited.sections.last().title = QStringLiteral("boom");
    const auto r = c->saveReport(edited);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("section refused")), qPrintable(r.error()));
    QCOMPARE(changed.count(), 0);

    QVERIFY(c->report(stored->id).value() == stored.value());
    c.reopen();
    QVERIFY(c->report(stored->id).value() == stored.value());
    QCOMPARE(c->report(stored->id)->sections.size(), 5);
}

void TestCatalogClass::badNamesAreRejected_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("folder empty") << "folder"
                                  << ""
                                  << "must not be empty";
    QTest::newRow("folder blank") << "folder"
                                  << "   "
                                  << "must not be empty";
    QTest::newRow("folder slash") << "folder"
                                  << "a/b"
                                  << "\"/\"";
    QTest::newRow("folder duplicate") << "folder"
                                      << "Existing"
                                      << "already exists";
    QTest::newRow("report empty") << "report"
                                  << ""
                                  << "must not be empty";
    QTest::newRow("report slash") << "report"
                                  << "x/y"
                                  << "\"/\"";
    QTest::newRow("report duplicate") << "report"
                                      << "Taken"
                                      << "already exists";
    QTest::newRow("rename report empty") << "renameReport"
                                         << ""
                                         << "must not be empty";
    QTest::newRow("rename report slash") << "renameReport"
                                         << "a/b"
                                         << "\"/\"";
    QTest::newRow("rename report duplicate") << "renameReport"
                                             << "Taken"
                                             << "already exists";
    QTest::newRow("rename folder slash") << "renameFolder"
                                         << "a/b"
                                         << "\"/\"";
    QTest::newRow("rename folder duplicate") << "renameFolder"
                                             << "Existing"
                                             << "already exists";
}

void TestCatalogClass::badNamesAreRejected()
{
    QFETCH(QString, what);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    TestCatalog c;
    const Folder existing = c.addFolder(QStringLiteral("Existing"));
    const Folder other = c.addFolder(QStringLiteral("Other"));
    c.addReport(existing.id, QStringLiteral("Taken"));
    const Report renameMe = c.addReport(existing.id, QStringLiteral("Rename me"));
    const CatalogState before = state(*c);
    QSignalSpy folderInserted(c.get(), &Catalog::folderInserted);
    QSignalSpy reportInserted(c.get(), &Catalog::reportInserted);
    QSignalSpy reportChanged(c.get(), &Catalog::reportChanged);
    QSignalSpy folderChanged(c.get(), &Catalog::folderChanged);

    QString error;
    if (what == QLatin1String("folder")) {
        const auto r = c->createFolder(0, name);
        QVERIFY(!r);
        error = r.error();
    } else if (what == QLatin1String("report")) {
        Report rep;
        rep.folderId = existing.id;
        rep.name = name;
        const auto r = c->saveReport(rep);
        QVERIFY(!r);
        error = r.error();
    } else if (what == QLatin1String("renameReport")) {
        const Status s = c->renameReport(renameMe.id, name);
        QVERIFY(!s);
        error = s.error();
    } else {
        const Status s = c->renameFolder(other.id, name);
        QVERIFY(!s);
        error = s.error();
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(state(*c) == before);
    QCOMPARE(folderInserted.count() + reportInserted.count() + reportChanged.count() +
                 folderChanged.count(),
             0);
}

void TestCatalogClass::folderCannotMoveIntoItsDescendant()
{
    TestCatalog c;
    const Folder top = c.addFolder(QStringLiteral("Top"));
    const Folder mid = c.addFolder(QStringLiteral("Mid"), top.id);
    const Folder leaf = c.addFolder(QStringLiteral("Leaf"), mid.id);
    const CatalogState before = state(*c);
    QSignalSpy changed(c.get(), &Catalog::folderChanged);

    for (const qint64 target : {leaf.id, mid.id, top.id}) {
        const Status s = c->moveFolder(top.id, target);
        if (target == top.id) {
            // Moving into itself: refused too.
            QVERIFY(!s);
        }
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QLatin1String("into itself or one of its subfolders")),
                 qPrintable(s.error()));
    }
    QCOMPARE(changed.count(), 0);
    QVERIFY(state(*c) == before);
    QCOMPARE(c->folderPath(leaf.id), QStringLiteral("Top/Mid/Leaf"));

    // A legal move works and is reported.
    QVERIFY(c->moveFolder(leaf.id, 0));
    QCOMPARE(c->folderPath(leaf.id), QStringLiteral("Leaf"));
    QCOMPARE(changed.count(), 1);
}

void TestCatalogClass::deleteNonEmptyFolderThenRestore()
{
    TestCatalog c;
    const Folder keep = c.addFolder(QStringLiteral("Keep"));
    const Folder top = c.addFolder(QStringLiteral("Top"));
    const Folder sub = c.addFolder(QStringLiteral("Sub"), top.id);
    const Folder subsub = c.addFolder(QStringLiteral("Deeper"), sub.id);
    c.addReport(keep.id, QStringLiteral("Stays"));
    c.addReport(top.id, QStringLiteral("One"));
    const auto full = c->saveReport(test::fullyPopulatedReport(sub.id));
    QVERIFY2(full, qPrintable(full.error()));
    c.addReport(subsub.id, QStringLiteral("Deep"));
    const CatalogState before = state(*c);

    const CatalogSnapshot snapshot = c->snapshotFolder(top.id);
    QCOMPARE(snapshot.folders.size(), 3);
    QCOMPARE(snapshot.folders.first().id, top.id);
    QCOMPARE(snapshot.reports.size(), 3);

    QSignalSpy folderRemoved(c.get(), &Catalog::folderRemoved);
    QSignalSpy reportRemoved(c.get(), &Catalog::reportRemoved);
    QVERIFY(c->deleteFolder(top.id));
    QCOMPARE(reportRemoved.count(), 3);
    QCOMPARE(folderRemoved.count(), 3);
    // Children are removed first.
    QCOMPARE(folderRemoved.at(0).at(0).value<Folder>().id, subsub.id);
    QCOMPARE(folderRemoved.at(2).at(0).value<Folder>().id, top.id);
    QCOMPARE(c->folders().size(), 1);
    QCOMPARE(c->reportSummaries().size(), 1);
    QVERIFY(!c->report(full->id));

    c.reopen();
    QSignalSpy folderInserted(c.get(), &Catalog::folderInserted);
    QSignalSpy reportInserted(c.get(), &Catalog::reportInserted);
    const Status restored = c->restore(snapshot);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(folderInserted.count(), 3);
    QCOMPARE(reportInserted.count(), 3);
    QVERIFY(state(*c) == before);
    c.reopen();
    QVERIFY(state(*c) == before);
    QVERIFY(c->report(full->id).value() == full.value());

    // Restoring again would duplicate everything: refused, nothing changes.
    const Status again = c->restore(snapshot);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QLatin1String("already exists")), qPrintable(again.error()));
    QVERIFY(state(*c) == before);
}

void TestCatalogClass::fileThatIsNotSqliteIsRejectedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100; ++i)
            f.write("this is a shopping list, not a database\n");
    }
    const FileState before = fileState(path);
    QString error;
    const auto catalog = Catalog::openSqlite(path, &error);
    QVERIFY(!catalog);
    QVERIFY2(error.contains(QLatin1String("not an SQLite database")), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(fileState(path) == before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("catalog.sqlite")});
}

void TestCatalogClass::sqliteDatabaseThatIsNotACatalogIsRejectedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE people (name TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO people VALUES ('Ada')")));
    }
    const FileState before = fileState(path);
    QString error;
    const auto catalog = Catalog::openSqlite(path, &error);
    QVERIFY(!catalog);
    QVERIFY2(error.contains(QLatin1String("not a ReportDesk catalog")), qPrintable(error));
    QVERIFY(fileState(path) == before);
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
}

void TestCatalogClass::readOnlyOpenReadsButNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    QUuid reportId;
    qint64 folderId = 0;
    qint64 brandId = 0;
    {
        QString error;
        auto c = Catalog::openSqlite(path, &error);
        QVERIFY2(c, qPrintable(error));
        folderId = c->createFolder(0, QStringLiteral("F"))->id;
        const auto r = c->saveReport(test::fullyPopulatedReport(folderId));
        QVERIFY2(r, qPrintable(r.error()));
        reportId = r->id;
        brandId = c->saveBranding(sampleBranding(QStringLiteral("B")))->id;
    }
    const FileState before = fileState(path);

    QString error;
    auto c = Catalog::openSqlite(path, &error, /*readOnly*/ true);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->isReadOnly());
    QCOMPARE(c->folders().size(), 1);
    const Report stored = c->report(reportId).value();
    QCOMPARE(stored.sections.size(), 5);

    QSignalSpy anyReport(c.get(), &Catalog::reportChanged);
    QList<QString> errors;
    errors << c->createFolder(0, QStringLiteral("New")).error();
    errors << c->ensureFolderPath(QStringLiteral("A/B")).error();
    errors << c->renameFolder(folderId, QStringLiteral("G")).error();
    errors << c->deleteFolder(folderId).error();
    Report edited = stored;
    edited.title = QStringLiteral("edited");
    errors << c->saveReport(edited).error();
    errors << c->renameReport(reportId, QStringLiteral("Renamed")).error();
    errors << c->setReportsEnabled({reportId}, true).error();
    errors << c->deleteReports({reportId}).error();
    errors << c->duplicateReport(reportId).error();
    errors << c->saveBranding(sampleBranding(QStringLiteral("C"))).error();
    errors << c->setDefaultBranding(brandId).error();
    errors << c->deleteBranding(brandId).error();
    DataSource ds;
    ds.name = QStringLiteral("S");
    ds.databaseName = QStringLiteral("/tmp/x.sqlite");
    errors << c->saveDataSource(ds).error();
    for (const QString &e : std::as_const(errors))
        QVERIFY2(e.contains(QLatin1String("read-only")), qPrintable(e));
    QCOMPARE(anyReport.count(), 0);
    QVERIFY(c->report(reportId).value() == stored);
    c.reset();
    QVERIFY(fileState(path) == before);
}

void TestCatalogClass::chmodReadOnlyFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        QString error;
        auto c = Catalog::openSqlite(path, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->createFolder(0, QStringLiteral("F")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const FileState before = fileState(path);
    // Root bypasses permission checks, so QFileInfo::isWritable() says true there; the catalog
    // still honours the user's "read-only" marking.
    QString error;
    auto c = Catalog::openSqlite(path, &error);
    QVERIFY2(c, qPrintable(error));
    QVERIFY(c->isReadOnly());
    QCOMPARE(c->folders().size(), 1);
    const auto r = c->createFolder(0, QStringLiteral("G"));
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("read-only")), qPrintable(r.error()));
    c.reset();
    QVERIFY(fileState(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestCatalogClass::catalogFromNewerVersionIsRejectedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
    {
        QString error;
        auto c = Catalog::openSqlite(path, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(c->createFolder(0, QStringLiteral("F")));
    }
    {
        RawDb raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(
            raw.exec(QStringLiteral("UPDATE schema_meta SET value = '999' WHERE key = 'version'")));
    }
    const FileState before = fileState(path);
    for (const bool readOnly : {false, true}) {
        QString error;
        const auto c = Catalog::openSqlite(path, &error, readOnly);
        QVERIFY(!c);
        QVERIFY2(error.contains(QLatin1String("newer")) && error.contains(QLatin1String("999")),
                 qPrintable(error));
        QVERIFY(fileState(path) == before);
    }
    RawDb raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));
}

void TestCatalogClass::changeSignalsCarryTheRightPayloads()
{
    TestCatalog c;
    QSignalSpy folderInserted(c.get(), &Catalog::folderInserted);
    QSignalSpy folderRemoved(c.get(), &Catalog::folderRemoved);
    QSignalSpy reportInserted(c.get(), &Catalog::reportInserted);
    QSignalSpy reportChanged(c.get(), &Catalog::reportChanged);
    QSignalSpy reportRemoved(c.get(), &Catalog::reportRemoved);

    const auto f = c->createFolder(0, QStringLiteral("Signals"));
    QVERIFY(f);
    QCOMPARE(folderInserted.count(), 1);
    QVERIFY(folderInserted.at(0).at(0).value<Folder>() == f.value());
    QCOMPARE(f->name, QStringLiteral("Signals"));

    Report r;
    r.folderId = f->id;
    r.name = QStringLiteral("R");
    r.title = QStringLiteral("Title");
    r.tags = {QStringLiteral("t")};
    const auto saved = c->saveReport(r);
    QVERIFY(saved);
    QCOMPARE(reportInserted.count(), 1);
    QVERIFY(reportInserted.at(0).at(0).value<ReportSummary>() == saved->summary());
    QCOMPARE(reportChanged.count(), 0);

    Report edited = saved.value();
    edited.title = QStringLiteral("New title");
    QVERIFY(c->saveReport(edited));
    QCOMPARE(reportInserted.count(), 1);
    QCOMPARE(reportChanged.count(), 1);
    const auto before = reportChanged.at(0).at(0).value<ReportSummary>();
    const auto after = reportChanged.at(0).at(1).value<ReportSummary>();
    QCOMPARE(before.title, QStringLiteral("Title"));
    QCOMPARE(after.title, QStringLiteral("New title"));
    QCOMPARE(after.id, saved->id);

    QVERIFY(c->setReportsEnabled({saved->id}, false));
    QCOMPARE(reportChanged.count(), 2);
    QCOMPARE(reportChanged.at(1).at(0).value<ReportSummary>().enabled, true);
    QCOMPARE(reportChanged.at(1).at(1).value<ReportSummary>().enabled, false);

    QVERIFY(c->deleteReports({saved->id}));
    QCOMPARE(reportRemoved.count(), 1);
    const auto removed = reportRemoved.at(0).at(0).value<ReportSummary>();
    QCOMPARE(removed.id, saved->id);
    QCOMPARE(removed.title, QStringLiteral("New title"));
    QCOMPARE(removed.enabled, false);

    QVERIFY(c->deleteFolder(f->id));
    QCOMPARE(folderRemoved.count(), 1);
    QVERIFY(folderRemoved.at(0).at(0).value<Folder>() == f.value());
    QCOMPARE(reportRemoved.count(), 1);
}

void TestCatalogClass::resolveReportRef()
{
    TestCatalog c;
    const auto sub = c->ensureFolderPath(QStringLiteral("Folder/Sub"));
    QVERIFY(sub);
    const Report r = c.addReport(sub.value(), QStringLiteral("Name"));
    const Report top =
        c.addReport(c->folderIdByPath(QStringLiteral("Folder")).value(), QStringLiteral("Name"));

    QCOMPARE(c->resolveReportRef(QStringLiteral("Folder/Sub/Name")), std::optional(r.id));
    QCOMPARE(c->resolveReportRef(QStringLiteral("Folder/Name")), std::optional(top.id));
    QCOMPARE(c->resolveReportRef(r.id.toString(QUuid::WithoutBraces)), std::optional(r.id));
    QCOMPARE(c->resolveReportRef(r.id.toString()), std::optional(r.id));
    QVERIFY(!c->resolveReportRef(QStringLiteral("Folder/Sub/Missing")));
    QVERIFY(!c->resolveReportRef(QStringLiteral("Nope/Name")));
    QVERIFY(!c->resolveReportRef(QStringLiteral("Name")));
    QVERIFY(!c->resolveReportRef(QUuid::createUuid().toString()));
    QVERIFY(!c->resolveReportRef(QString()));
}

void TestCatalogClass::ensureFolderPath()
{
    TestCatalog c;
    QSignalSpy inserted(c.get(), &Catalog::folderInserted);
    const auto id = c->ensureFolderPath(QStringLiteral("A/B/C"));
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(c->folderPath(id.value()), QStringLiteral("A/B/C"));
    QCOMPARE(c->folderIdByPath(QStringLiteral("A/B/C")), std::optional(id.value()));

    const auto again = c->ensureFolderPath(QStringLiteral("/A//B/C/"));
    QVERIFY(again);
    QCOMPARE(again.value(), id.value());
    QCOMPARE(inserted.count(), 3);

    const auto more = c->ensureFolderPath(QStringLiteral("A/B/D"));
    QVERIFY(more);
    QCOMPARE(inserted.count(), 4);
    QCOMPARE(c->folder(more.value())->parentId, c->folderIdByPath(QStringLiteral("A/B")).value());

    const auto empty = c->ensureFolderPath(QStringLiteral("//"));
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QLatin1String("empty")), qPrintable(empty.error()));
    QCOMPARE(c->folders().size(), 4);
}

void TestCatalogClass::uniqueReportName()
{
    TestCatalog c;
    const Folder f = c.addFolder(QStringLiteral("F"));
    const Folder g = c.addFolder(QStringLiteral("G"));
    QCOMPARE(c->uniqueReportName(f.id, QStringLiteral("Report")), QStringLiteral("Report"));
    c.addReport(f.id, QStringLiteral("Report"));
    QCOMPARE(c->uniqueReportName(f.id, QStringLiteral("Report")), QStringLiteral("Report 2"));
    c.addReport(f.id, QStringLiteral("Report 2"));
    QCOMPARE(c->uniqueReportName(f.id, QStringLiteral("Report")), QStringLiteral("Report 3"));
    QCOMPARE(c->uniqueReportName(g.id, QStringLiteral("Report")), QStringLiteral("Report"));
    QCOMPARE(c->uniqueFolderName(0, QStringLiteral("F")), QStringLiteral("F 2"));
}

void TestCatalogClass::duplicateReport()
{
    TestCatalog c;
    const Folder f = c.addFolder(QStringLiteral("F"));
    Report input = test::fullyPopulatedReport(f.id);
    input.serverId = 3;
    input.remoteId = QStringLiteral("remote");
    const auto original = c->saveReport(input);
    QVERIFY2(original, qPrintable(original.error()));
    QSignalSpy inserted(c.get(), &Catalog::reportInserted);

    const auto copy = c->duplicateReport(original->id);
    QVERIFY2(copy, qPrintable(copy.error()));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(copy->id != original->id);
    QCOMPARE(copy->name, QStringLiteral("Everything (copy)"));
    QCOMPARE(copy->folderId, f.id);
    QVERIFY(copy->sections == original->sections);
    QVERIFY(copy->variables == original->variables);
    QCOMPARE(copy->schedule, original->schedule);
    QCOMPARE(copy->serverId, 0);
    QVERIFY(copy->remoteId.isEmpty());
    QVERIFY(copy->created >= original->created);

    const auto second = c->duplicateReport(original->id);
    QVERIFY(second);
    QCOMPARE(second->name, QStringLiteral("Everything (copy) 2"));
    QCOMPARE(c->reportSummaries(f.id).size(), 3);
    // The original is unchanged.
    QVERIFY(c->report(original->id).value() == original.value());

    const auto missing = c->duplicateReport(QUuid::createUuid());
    QVERIFY(!missing);
    QVERIFY(!missing.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalogClass)
#include "tst_catalog.moc"
