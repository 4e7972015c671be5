// RemoteServer, the server profile value: names of kinds and auth methods as the CLI and the
// catalog spell them, what each kind accepts, and validate() with every field error it has.
#include "domain/RemoteServer.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace reportdesk;

class TestRemoteServer : public QObject {
    Q_OBJECT

private slots:
    void kindAndAuthNamesRoundTrip();
    void authMethodsPerKind();
    void validProfilesPass_data();
    void validProfilesPass();
    void fieldErrors_data();
    void fieldErrors();
    void severalErrorsAtOnce();
};

namespace {

RemoteServer grafana()
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::Grafana;
    s.name = QStringLiteral("ops");
    s.baseUrl = QUrl(QStringLiteral("https://grafana.example.com"));
    s.auth = RemoteServer::Auth::Bearer;
    return s;
}

RemoteServer uvm(const QString &region)
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::Uvm;
    s.name = QStringLiteral("uvm");
    s.region = region;
    s.organisation = QStringLiteral("acct-1");
    s.auth = RemoteServer::Auth::ClientCredentials;
    s.userName = QStringLiteral("client-id");
    return s;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields.append(e.field);
    return fields;
}

} // namespace

void TestRemoteServer::kindAndAuthNamesRoundTrip()
{
    for (const auto kind : {RemoteServer::Kind::Kibana, RemoteServer::Kind::Grafana,
                            RemoteServer::Kind::OpenObserve, RemoteServer::Kind::Uvm}) {
        const QString name = RemoteServer::kindName(kind);
        QVERIFY(!name.isEmpty());
        QCOMPARE(RemoteServer::kindFromName(name), kind);
        QCOMPARE(RemoteServer::kindFromName(name.toUpper()), kind); // the CLI is forgiving
        QVERIFY(!RemoteServer::kindTitle(kind).isEmpty());
    }
    QCOMPARE(RemoteServer::kindName(RemoteServer::Kind::OpenObserve),
             QStringLiteral("openobserve"));
    QCOMPARE(RemoteServer::kindTitle(RemoteServer::Kind::Uvm), QStringLiteral("Zscaler UVM"));
    QCOMPARE(RemoteServer::kindFromName(QStringLiteral("splunk")), std::nullopt);

    for (const auto auth :
         {RemoteServer::Auth::None, RemoteServer::Auth::Basic, RemoteServer::Auth::Bearer,
          RemoteServer::Auth::ApiKey, RemoteServer::Auth::ClientCredentials})
        QCOMPARE(RemoteServer::authFromName(RemoteServer::authName(auth)), auth);
    QCOMPARE(RemoteServer::authName(RemoteServer::Auth::ClientCredentials),
             QStringLiteral("client-credentials"));
    QCOMPARE(RemoteServer::authFromName(QStringLiteral("kerberos")), std::nullopt);
}

void TestRemoteServer::authMethodsPerKind()
{
    using A = RemoteServer::Auth;
    const auto kibana = RemoteServer::authMethods(RemoteServer::Kind::Kibana);
    QVERIFY(kibana.contains(A::Basic) && kibana.contains(A::ApiKey));
    QVERIFY(!kibana.contains(A::ClientCredentials));
    const auto grafana = RemoteServer::authMethods(RemoteServer::Kind::Grafana);
    QVERIFY(grafana.contains(A::Basic) && grafana.contains(A::Bearer));
    QVERIFY(!grafana.contains(A::ApiKey));
    const auto oo = RemoteServer::authMethods(RemoteServer::Kind::OpenObserve);
    QVERIFY(oo.contains(A::Basic) && oo.contains(A::Bearer));
    QCOMPARE(RemoteServer::authMethods(RemoteServer::Kind::Uvm), QList<A>{A::ClientCredentials});
}

void TestRemoteServer::validProfilesPass_data()
{
    QTest::addColumn<RemoteServer>("server");
    QTest::newRow("grafana bearer") << grafana();
    RemoteServer basic = grafana();
    basic.auth = RemoteServer::Auth::Basic;
    basic.userName = QStringLiteral("admin");
    basic.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:3000/grafana/"));
    QTest::newRow("grafana basic, sub-path") << basic;
    RemoteServer kibana = grafana();
    kibana.kind = RemoteServer::Kind::Kibana;
    kibana.auth = RemoteServer::Auth::ApiKey;
    kibana.organisation = QStringLiteral("marketing"); // the space
    QTest::newRow("kibana apikey") << kibana;
    QTest::newRow("uvm us") << uvm(QStringLiteral("us"));
    QTest::newRow("uvm eu") << uvm(QStringLiteral("eu"));
    RemoteServer custom = uvm(QString());
    custom.baseUrl = QUrl(QStringLiteral("https://uvm.internal.example"));
    QTest::newRow("uvm custom address") << custom;
    RemoteServer edges = grafana();
    edges.timeoutSeconds = 1;
    QTest::newRow("timeout 1 s") << edges;
    edges.timeoutSeconds = 3600;
    QTest::newRow("timeout 3600 s") << edges;
}

void TestRemoteServer::validProfilesPass()
{
    QFETCH(RemoteServer, server);
    const FieldErrors errors = server.validate();
    QVERIFY2(errors.isEmpty(), qPrintable(Validation::joined(errors)));
}

void TestRemoteServer::fieldErrors_data()
{
    QTest::addColumn<RemoteServer>("server");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("words"); // part of the message that tells the user what to do

    RemoteServer s = grafana();
    s.name = QStringLiteral("   ");
    QTest::newRow("empty name") << s << "name"
                                << "must not be empty";
    s = grafana();
    s.name = QStringLiteral("ops/eu");
    QTest::newRow("slash in name") << s << "name"
                                   << "\"/\"";

    s = grafana();
    s.baseUrl = QUrl();
    QTest::newRow("no address") << s << "baseUrl"
                                << "https://grafana.example.com";
    s.baseUrl = QUrl(QStringLiteral("grafana.example.com"));
    QTest::newRow("address without scheme") << s << "baseUrl"
                                            << "address";
    s.baseUrl = QUrl(QStringLiteral("ftp://grafana.example.com"));
    QTest::newRow("ftp address") << s << "baseUrl"
                                 << "\"ftp\"";
    s.baseUrl = QUrl(QStringLiteral("https://grafana.example.com/?orgId=2"));
    QTest::newRow("query in address") << s << "baseUrl"
                                      << "\"?\"";
    s.baseUrl = QUrl(QStringLiteral("https://grafana.example.com/#x"));
    QTest::newRow("fragment in address") << s << "baseUrl"
                                         << "\"#\"";
    s.baseUrl = QUrl(QStringLiteral("https://admin@grafana.example.com"));
    QTest::newRow("user in address") << s << "baseUrl"
                                     << "user name";
    RemoteServer custom = uvm(QString());
    QTest::newRow("uvm custom without address") << custom << "baseUrl"
                                                << "address";

    QTest::newRow("uvm unknown region") << uvm(QStringLiteral("ap")) << "region"
                                        << "\"ap\"";

    s = grafana();
    s.auth = RemoteServer::Auth::ApiKey;
    QTest::newRow("grafana apikey") << s << "auth"
                                    << "Grafana";
    RemoteServer u = uvm(QStringLiteral("eu"));
    u.auth = RemoteServer::Auth::Basic;
    QTest::newRow("uvm basic") << u << "auth"
                               << "Zscaler UVM";

    s = grafana();
    s.auth = RemoteServer::Auth::Basic;
    s.userName = QStringLiteral(" ");
    QTest::newRow("basic without user") << s << "userName"
                                        << "user name";
    u = uvm(QStringLiteral("us"));
    u.userName.clear();
    QTest::newRow("client credentials without client id") << u << "userName"
                                                          << "client id";

    u = uvm(QStringLiteral("us"));
    u.organisation.clear();
    QTest::newRow("uvm without account") << u << "organisation"
                                         << "account id";

    s = grafana();
    s.caFile = QStringLiteral("/nonexistent/ca.pem");
    QTest::newRow("missing CA file") << s << "caFile"
                                     << "/nonexistent/ca.pem";
    s.caFile = QDir::tempPath(); // a folder is not a file
    QTest::newRow("CA file is a folder") << s << "caFile"
                                         << "does not exist";

    s = grafana();
    s.timeoutSeconds = 0;
    QTest::newRow("timeout 0") << s << "timeout"
                               << "between 1 and 3600";
    s.timeoutSeconds = 3601;
    QTest::newRow("timeout 3601") << s << "timeout"
                                  << "between 1 and 3600";
}

void TestRemoteServer::fieldErrors()
{
    QFETCH(RemoteServer, server);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const FieldErrors errors = server.validate();
    QCOMPARE(fieldsOf(errors), QStringList{field}); // that field, and only that one
    QVERIFY2(errors.constFirst().message.contains(words), qPrintable(errors.constFirst().message));
}

void TestRemoteServer::severalErrorsAtOnce()
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::Uvm;
    s.auth = RemoteServer::Auth::Bearer;
    s.timeoutSeconds = -5;
    const QStringList fields = fieldsOf(s.validate());
    for (const char *f : {"name", "baseUrl", "auth", "organisation", "timeout"})
        QVERIFY2(fields.contains(QLatin1String(f)), f);
    // An editor shows all of them at once; none is repeated.
    QCOMPARE(QSet<QString>(fields.cbegin(), fields.cend()).size(), fields.size());
}

QTEST_GUILESS_MAIN(TestRemoteServer)
#include "tst_remoteserver.moc"
