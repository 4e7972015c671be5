// Remote server profiles in the catalog, on real SQLite files: every field survives a restart,
// names are unique regardless of case, a refused save changes nothing, change signals carry the
// right profiles, no column can hold a secret, and a schema-2 catalog is upgraded in place.
#include "TestCatalog.h"
#include "catalog/CatalogSchema.h"
#include "catalog/SqlDialect.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;
using reportdesk::test::TestCatalog;

class TestCatalogServers : public QObject {
    Q_OBJECT

private slots:
    void everyFieldSurvivesARestart();
    void idIsAssignedAndKept();
    void listIsSortedAndLookupsIgnoreCase();
    void duplicateNamesAreRefusedRegardlessOfCase();
    void refusedSaveChangesNothing();
    void changeSignalsCarryTheProfiles();
    void deleteServer();
    void readOnlyCatalogRefusesChanges();
    void noColumnCanHoldASecret();
    void schema2CatalogIsUpgraded();
};

namespace {

RemoteServer grafana(const QString &name)
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::Grafana;
    s.name = name;
    s.baseUrl = QUrl(QStringLiteral("https://grafana.example.com/grafana/"));
    s.auth = RemoteServer::Auth::Bearer;
    return s;
}

// Another connection to the file, as a second tool would open it.
class RawDb {
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("tst-servers-raw-%1").arg(++s_counter))
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
    QVariantList column(const QString &sql, int index = 0)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        QVariantList values;
        if (q.exec(sql)) {
            while (q.next())
                values.append(q.value(index));
        }
        return values;
    }
    QVariant scalar(const QString &sql)
    {
        const QVariantList values = column(sql);
        return values.isEmpty() ? QVariant() : values.constFirst();
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

} // namespace

void TestCatalogServers::everyFieldSurvivesARestart()
{
    TestCatalog tc;
    QFile ca(tc.dir() + QStringLiteral("/ca.pem"));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("-----BEGIN CERTIFICATE-----\n");
    ca.close();

    RemoteServer input;
    input.kind = RemoteServer::Kind::Uvm;
    input.name = QStringLiteral("UVM Europe");
    input.baseUrl = QUrl(QStringLiteral("https://uvm.internal.example:8443/base"));
    input.organisation = QStringLiteral("acct-42");
    input.auth = RemoteServer::Auth::ClientCredentials;
    input.userName = QStringLiteral("client-ä");
    input.caFile = ca.fileName();
    input.timeoutSeconds = 95;
    input.region = QStringLiteral("eu");
    input.extra = QJsonObject{{QStringLiteral("audience"), QStringLiteral("uvm-api")},
                              {QStringLiteral("scopes"), QJsonArray{1, QStringLiteral("x")}}};
    const auto saved = tc->saveServer(input);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(!saved->id.isNull());
    input.id = saved->id;
    QCOMPARE(*saved, input);

    tc.reopen();
    QCOMPARE(tc->schemaVersion(), CatalogSchema::currentVersion());
    QCOMPARE(tc->server(input.id), input);
    QCOMPARE(tc->servers(), QList<RemoteServer>{input});

    // Each kind and auth method is stored under its own name.
    for (const auto kind : {RemoteServer::Kind::Kibana, RemoteServer::Kind::OpenObserve}) {
        RemoteServer s = grafana(RemoteServer::kindName(kind));
        s.kind = kind;
        s.auth = RemoteServer::Auth::Basic;
        s.userName = QStringLiteral("admin");
        const auto ok = tc->saveServer(s);
        QVERIFY2(ok, qPrintable(ok.error()));
        tc.reopen();
        QCOMPARE(tc->server(ok->id)->kind, kind);
        QCOMPARE(tc->server(ok->id)->auth, RemoteServer::Auth::Basic);
    }
}

void TestCatalogServers::idIsAssignedAndKept()
{
    TestCatalog tc;
    const auto first = tc->saveServer(grafana(QStringLiteral("ops")));
    QVERIFY2(first, qPrintable(first.error()));
    const auto second = tc->saveServer(grafana(QStringLiteral("dev")));
    QVERIFY(second);
    QVERIFY(first->id != second->id);

    // Saving with the id updates that profile; its id stays.
    RemoteServer edited = *first;
    edited.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:3000"));
    edited.name = QStringLiteral("  ops-renamed ");
    const auto updated = tc->saveServer(edited);
    QVERIFY2(updated, qPrintable(updated.error()));
    QCOMPARE(updated->id, first->id);
    QCOMPARE(updated->name, QStringLiteral("ops-renamed")); // trimmed
    QCOMPARE(tc->servers().size(), 2);
    QCOMPARE(tc->server(first->id)->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:3000")));

    // An id the catalog does not know (an import) is inserted under that id.
    RemoteServer imported = grafana(QStringLiteral("imported"));
    imported.id = QUuid::createUuid();
    const auto inserted = tc->saveServer(imported);
    QVERIFY(inserted);
    QCOMPARE(inserted->id, imported.id);
    QCOMPARE(tc->servers().size(), 3);
}

void TestCatalogServers::listIsSortedAndLookupsIgnoreCase()
{
    TestCatalog tc;
    for (const char *name : {"grafana-b", "Grafana-A", "Ärger", "apple"})
        QVERIFY(tc->saveServer(grafana(QString::fromUtf8(name))));
    QStringList names;
    for (const RemoteServer &s : tc->servers())
        names.append(s.name);
    QCOMPARE(names, (QStringList{QStringLiteral("apple"), QStringLiteral("Grafana-A"),
                                 QStringLiteral("grafana-b"), QStringLiteral("Ärger")}));

    QCOMPARE(tc->serverByName(QStringLiteral("GRAFANA-a"))->name, QStringLiteral("Grafana-A"));
    QCOMPARE(tc->serverByName(QStringLiteral("ärger"))->name, QStringLiteral("Ärger"));
    QCOMPARE(tc->serverByName(QStringLiteral(" apple ")).has_value(), true);
    QVERIFY(!tc->serverByName(QStringLiteral("grafana")));
    QVERIFY(!tc->serverByName(QString()));
    QVERIFY(!tc->server(QUuid::createUuid()));
    QVERIFY(!tc->server(QUuid()));
}

void TestCatalogServers::duplicateNamesAreRefusedRegardlessOfCase()
{
    TestCatalog tc;
    const auto ops = tc->saveServer(grafana(QStringLiteral("Ops")));
    QVERIFY(ops);
    const auto dev = tc->saveServer(grafana(QStringLiteral("Ärger")));
    QVERIFY(dev);

    for (const QString &clash : {QStringLiteral("Ops"), QStringLiteral("ops"),
                                 QStringLiteral(" OPS "), QStringLiteral("ärger")}) {
        const auto refused = tc->saveServer(grafana(clash));
        QVERIFY2(!refused, qPrintable(clash));
        QVERIFY2(refused.error().contains(QStringLiteral("already exists")),
                 qPrintable(refused.error()));
    }
    // Renaming one onto the other's name is refused too ...
    RemoteServer renamed = *dev;
    renamed.name = QStringLiteral("OPS");
    const auto refused = tc->saveServer(renamed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("\"Ops\"")), qPrintable(refused.error()));
    // ... but a profile may change the case of its own name.
    RemoteServer recased = *ops;
    recased.name = QStringLiteral("OPS");
    QVERIFY(tc->saveServer(recased));
    QCOMPARE(tc->servers().size(), 2);
}

void TestCatalogServers::refusedSaveChangesNothing()
{
    TestCatalog tc;
    const auto stored = tc->saveServer(grafana(QStringLiteral("ops")));
    QVERIFY(stored);
    QVERIFY(tc->saveServer(grafana(QStringLiteral("dev"))));
    const QList<RemoteServer> before = tc->servers();
    QSignalSpy inserted(tc.get(), &Catalog::serverInserted);
    QSignalSpy changed(tc.get(), &Catalog::serverChanged);

    RemoteServer bad = *stored;
    bad.baseUrl = QUrl(QStringLiteral("ftp://grafana.example.com"));
    bad.timeoutSeconds = 0;
    bad.organisation = QStringLiteral("changed");
    const auto refused = tc->saveServer(bad);
    QVERIFY(!refused);
    // The message names the server and every problem.
    QVERIFY2(refused.error().contains(QStringLiteral("\"ops\"")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("\"ftp\"")), qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("3600")), qPrintable(refused.error()));

    RemoteServer clash = *stored;
    clash.name = QStringLiteral("DEV");
    clash.organisation = QStringLiteral("changed too");
    QVERIFY(!tc->saveServer(clash));
    QVERIFY(!tc->saveServer(grafana(QString())));

    QCOMPARE(tc->servers(), before);
    tc.reopen();
    QCOMPARE(tc->servers(), before);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestCatalogServers::changeSignalsCarryTheProfiles()
{
    TestCatalog tc;
    QSignalSpy inserted(tc.get(), &Catalog::serverInserted);
    QSignalSpy changed(tc.get(), &Catalog::serverChanged);
    QSignalSpy removed(tc.get(), &Catalog::serverRemoved);

    const auto saved = tc->saveServer(grafana(QStringLiteral("ops")));
    QVERIFY(saved);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<RemoteServer>(), *saved);

    RemoteServer edited = *saved;
    edited.organisation = QStringLiteral("2");
    const auto updated = tc->saveServer(edited);
    QVERIFY(updated);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<RemoteServer>(), *saved);
    QCOMPARE(changed.at(0).at(1).value<RemoteServer>(), edited);
    QCOMPARE(inserted.count(), 1);

    QVERIFY(tc->deleteServer(saved->id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<RemoteServer>(), edited);
}

void TestCatalogServers::deleteServer()
{
    TestCatalog tc;
    const auto ops = tc->saveServer(grafana(QStringLiteral("ops")));
    const auto dev = tc->saveServer(grafana(QStringLiteral("dev")));
    QVERIFY(ops && dev);
    QSignalSpy removed(tc.get(), &Catalog::serverRemoved);

    const QUuid unknown = QUuid::createUuid();
    const Status missing = tc->deleteServer(unknown);
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(unknown.toString(QUuid::WithoutBraces)),
             qPrintable(missing.error()));
    QCOMPARE(removed.count(), 0);

    QVERIFY(tc->deleteServer(ops->id));
    tc.reopen();
    QVERIFY(!tc->server(ops->id));
    QCOMPARE(tc->servers(), QList<RemoteServer>{*dev});
    // The name is free again.
    QVERIFY(tc->saveServer(grafana(QStringLiteral("OPS"))));
}

void TestCatalogServers::readOnlyCatalogRefusesChanges()
{
    TestCatalog tc;
    const auto ops = tc->saveServer(grafana(QStringLiteral("ops")));
    QVERIFY(ops);
    QString error;
    auto readOnly = Catalog::openSqlite(tc.path(), &error, /*readOnly*/ true);
    QVERIFY2(readOnly, qPrintable(error));
    QCOMPARE(readOnly->servers(), QList<RemoteServer>{*ops});
    const auto refused = readOnly->saveServer(grafana(QStringLiteral("dev")));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("read-only")), qPrintable(refused.error()));
    QVERIFY(!readOnly->deleteServer(ops->id));
    QCOMPARE(tc->servers(), QList<RemoteServer>{*ops});
}

void TestCatalogServers::noColumnCanHoldASecret()
{
    TestCatalog tc;
    RawDb raw(tc.path());
    QVERIFY(raw.isOpen());
    const QVariantList columns = raw.column(QStringLiteral("PRAGMA table_info(remote_servers)"), 1);
    QVERIFY(columns.size() >= 10);
    for (const QVariant &c : columns) {
        const QString name = c.toString();
        for (const char *word : {"secret", "password", "token", "key", "credential"})
            QVERIFY2(!name.contains(QLatin1String(word)), qPrintable(name));
    }
}

void TestCatalogServers::schema2CatalogIsUpgraded()
{
    // A catalog as ReportDesk wrote it before server profiles: schema 2 with a report in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QUuid reportId = QUuid::createUuid();
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        const SqlDialect sqlite(SqlDialect::Kind::Sqlite);
        for (const CatalogSchema::Migration &m : CatalogSchema::migrations()) {
            if (m.version > 2)
                break;
            for (const QString &statement : m.statements)
                QVERIFY(raw.exec(sqlite.expand(statement)));
        }
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_meta VALUES ('version', '2')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO folders (id, name) VALUES (1, 'Ops')")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO reports (id, folder_id, name, created,"
                                        " updated) VALUES ('%1', 1, 'Daily',"
                                        " '2026-01-01T00:00:00.000Z',"
                                        " '2026-01-01T00:00:00.000Z')")
                             .arg(reportId.toString(QUuid::WithoutBraces))));
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name ="
                                           " 'remote_servers'"))
                     .toInt(),
                 0);
    }

    QString error;
    auto catalog = Catalog::openSqlite(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->schemaVersion(), 3);
    QVERIFY(catalog->servers().isEmpty());
    QCOMPARE(catalog->report(reportId)->name, QStringLiteral("Daily")); // nothing lost
    const auto saved = catalog->saveServer(grafana(QStringLiteral("ops")));
    QVERIFY2(saved, qPrintable(saved.error()));
    catalog.reset();

    catalog = Catalog::openSqlite(path, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->servers(), QList<RemoteServer>{*saved});
    // The unique index exists, so another program cannot slip in a duplicate either.
    RawDb raw(path);
    QVERIFY(
        !raw.exec(QStringLiteral("INSERT INTO remote_servers (id, name, kind, auth, created,"
                                 " updated) VALUES ('x', 'OPS', 'grafana', 'bearer', '', '')")));
}

QTEST_GUILESS_MAIN(TestCatalogServers)
#include "tst_catalogservers.moc"
