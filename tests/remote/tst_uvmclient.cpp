// The Zscaler UVM client (core/remote/uvm) against UvmTestServer on 127.0.0.1: endpoints of
// the region presets and of a custom base URL, the form-encoded client-credentials token
// (cached for its hour, fetched again before it runs out and after the server expired it),
// the GraphQL calls with their exact documents and the accountId/graphqlname headers, a run
// polled with growing intervals from Running to Completed or Failed, the presigned download on
// another origin that receives no credentials, and every error a user can meet, named.
#include "RemoteLogCapture.h"
#include "UvmTestServer.h"
#include "remote/HttpClient.h"
#include "remote/OAuth2TokenProvider.h"
#include "remote/uvm/UvmClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace reportdesk;
using namespace reportdesk::remote;
using namespace std::chrono_literals;
using reportdesk::test::LoopbackHttpServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;
using reportdesk::test::UvmTestServer;

namespace {

QStringList &g_logs = test::RemoteLogCapture::logs();

template <typename T> struct Answer {
    std::optional<RemoteResult<T>> result;
    int calls = 0;
    RemoteClient::Callback<T> callback()
    {
        return [this](const RemoteResult<T> &r) {
            ++calls;
            result = r;
        };
    }
    bool wait(int timeoutMs = 15000)
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, timeoutMs);
    }
    const RemoteResult<T> &operator*() const { return *result; }
    const RemoteResult<T> *operator->() const { return &*result; }
};

const QString kSecret = QStringLiteral("uvm-S3cr+t&=x");

} // namespace

class TestUvmClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void endpoints_data();
    void endpoints();
    void idsFromPastedUrls();
    void configuredReportsRoundTrip();
    void capabilities();

    void testConnectionSignsInAndProbesGraphql();
    void testConnectionWrongSecretNamesTheTokenStep();
    void testConnectionWrongAccountIsForbidden();
    void testConnectionRejectedAccountInGraphqlError();
    void testConnectionAcceptsAGraphqlErrorWith400();
    void testConnectionNotAGraphqlServer();
    void testConnectionWrongPath();
    void testConnectionUnreachable();
    void configurationErrors_data();
    void configurationErrors();

    void listItemsAreTheConfiguredReports();
    void getItem();

    void triggerStartsAnS3Run();
    void generateRunsPollsAndDownloads();
    void generateAcceptsBothScalarForms_data();
    void generateAcceptsBothScalarForms();
    void generateFailedRunNamesTheServerMessage();
    void generateUnknownReportNamesTheGraphqlError();
    void graphqlValidationErrorWith400IsNamed();
    void pollIntervalsGrow();
    void generateGivesUpAfterTheMaximumWait();
    void generateCanBeCancelled();
    void processReportIsNotRetriedButStatusPollsAre();
    void completedWithoutPresignedUrlIsMalformed();
    void expiredPresignedUrlNamed();
    void plainHttpDownloadRefusedForAnHttpsApi();
    void unwritableOutputLeavesNothing();
    void basePathPrefix();
    void noAnswerOnceTheClientIsGone();

    void tokenCachedForItsHourAndRefreshedBeforeExpiry();
    void tokenExpiredOnTheServerIsReplacedAfter401();
    void presignedServerRefusesAuthorization();
    void logsContainNoSecrets();

private:
    RemoteServer profile() const;
    UvmClient::Options options();
    std::unique_ptr<UvmClient> makeClient(const RemoteServer &server,
                                          const QString &secret = kSecret);
    std::unique_ptr<UvmClient> makeClient() { return makeClient(profile()); }
    QString outPath(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<UvmTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now;
};

void TestUvmClient::initTestCase()
{
    test::RemoteLogCapture::install();
}

void TestUvmClient::init()
{
    g_logs.clear();
    m_now = QDateTime(QDate(2026, 3, 29), QTime(10, 0), QTimeZone::utc());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<UvmTestServer>();
    m_server->clock = [this] {
        return m_now;
    };
    m_server->addReport({QStringLiteral("rep-weekly"),
                         QStringLiteral("Weekly findings"),
                         2,
                         false,
                         {},
                         "asset,severity\nweb-01,high\ndb-02,low\n",
                         true});
    m_server->addReport({QStringLiteral("rep-daily"), {}, 0, false, {}, "a,b\n1,2\n", true});
    m_server->addReport({QStringLiteral("rep-broken"),
                         QStringLiteral("Broken"),
                         1,
                         true,
                         QStringLiteral("Query exceeded the time limit."),
                         {},
                         true});
    m_server->addReport(
        {QStringLiteral("rep-private"), QStringLiteral("Private"), 0, false, {}, "x\n", false});
    QVERIFY(m_server->start());
}

void TestUvmClient::cleanup()
{
    m_server.reset();
    m_network.reset();
    m_dir.reset();
}

void TestUvmClient::cleanupTestCase()
{
    test::RemoteLogCapture::uninstall();
}

RemoteServer TestUvmClient::profile() const
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::Uvm;
    s.name = QStringLiteral("prod");
    s.baseUrl = m_server->baseUrl();
    s.organisation = m_server->accountId;
    s.auth = RemoteServer::Auth::ClientCredentials;
    s.userName = m_server->clientId;
    s.timeoutSeconds = 10;
    UvmClient::setConfiguredReports(
        s, {{QStringLiteral("rep-weekly"), QStringLiteral("Weekly findings"), {}},
            {QStringLiteral("rep-daily"), {}, QStringLiteral("Daily exposure")},
            {QStringLiteral("rep-broken"), QStringLiteral("Broken"), {}}});
    return s;
}

UvmClient::Options TestUvmClient::options()
{
    UvmClient::Options o;
    o.initialPoll = 10ms;
    o.maxPoll = 40ms;
    o.pollGrowth = 2.0;
    o.maxTotalWait = 10s;
    o.retryTimeScale = 0.001;
    o.clock = [this] {
        return m_now;
    };
    return o;
}

std::unique_ptr<UvmClient> TestUvmClient::makeClient(const RemoteServer &server,
                                                     const QString &secret)
{
    return std::make_unique<UvmClient>(server, secret, m_network.get(), options());
}

// --- Profile ----------------------------------------------------------------------------------

void TestUvmClient::endpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("tokenUrl");
    QTest::addColumn<QString>("graphqlUrl");
    // protocols.md 4.1 and 4.2, exactly.
    QTest::newRow("us") << "us"
                        << ""
                        << "https://auth.us01.app.avalor.io/oauth2/token"
                        << "https://api.us01.app.avalor.io/api/graphql";
    QTest::newRow("eu") << "eu"
                        << "https://ignored.example"
                        << "https://auth.eu.app.avalor.io/oauth2/token"
                        << "https://api.eu.app.avalor.io/api/graphql";
    QTest::newRow("US upper case") << "US"
                                   << ""
                                   << "https://auth.us01.app.avalor.io/oauth2/token"
                                   << "https://api.us01.app.avalor.io/api/graphql";
    QTest::newRow("custom") << ""
                            << "https://uvm.example.com"
                            << "https://uvm.example.com/oauth2/token"
                            << "https://uvm.example.com/api/graphql";
    QTest::newRow("custom with prefix and slash") << ""
                                                  << "https://gw.example.com:8443/uvm/"
                                                  << "https://gw.example.com:8443/uvm/oauth2/token"
                                                  << "https://gw.example.com:8443/uvm/api/graphql";
    QTest::newRow("pasted GraphQL URL") << ""
                                        << "http://10.0.0.5:8080/api/graphql"
                                        << "http://10.0.0.5:8080/oauth2/token"
                                        << "http://10.0.0.5:8080/api/graphql";
    QTest::newRow("unknown region") << "apac"
                                    << "https://uvm.example.com"
                                    << ""
                                    << "";
    QTest::newRow("no base URL") << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("not http") << ""
                              << "ftp://uvm.example.com"
                              << ""
                              << "";
}

void TestUvmClient::endpoints()
{
    QFETCH(QString, region);
    QFETCH(QString, baseUrl);
    QFETCH(QString, tokenUrl);
    QFETCH(QString, graphqlUrl);
    RemoteServer s;
    s.kind = RemoteServer::Kind::Uvm;
    s.region = region;
    s.baseUrl = QUrl(baseUrl);
    const auto e = UvmClient::endpoints(s);
    if (tokenUrl.isEmpty()) {
        QVERIFY(!e);
        return;
    }
    QVERIFY(e);
    QCOMPARE(e->tokenUrl.toString(), tokenUrl);
    QCOMPARE(e->graphqlUrl.toString(), graphqlUrl);
}

void TestUvmClient::idsFromPastedUrls()
{
    QCOMPARE(UvmClient::reportIdFromText(QStringLiteral(
                 "https://app.avalor.io/acc-7f3e21/platform/explore/reports/edit/6f1c2a9e?tab=1")),
             QStringLiteral("6f1c2a9e"));
    QCOMPARE(UvmClient::reportIdFromText(QStringLiteral("  6f1c2a9e ")),
             QStringLiteral("6f1c2a9e"));
    QCOMPARE(UvmClient::reportIdFromText(QStringLiteral("https://app.avalor.io/acc/platform")),
             QString());
    QCOMPARE(UvmClient::accountIdFromText(
                 QStringLiteral("https://app.avalor.io/acc-7f3e21/platform/explore")),
             QStringLiteral("acc-7f3e21"));
    QCOMPARE(UvmClient::accountIdFromText(QStringLiteral("acc-7f3e21")),
             QStringLiteral("acc-7f3e21"));
    QCOMPARE(UvmClient::accountIdFromText(QStringLiteral("https://app.avalor.io/")), QString());
}

void TestUvmClient::configuredReportsRoundTrip()
{
    RemoteServer s;
    s.extra.insert(QStringLiteral("other"), 1);
    const QList<UvmReportRef> reports{{QStringLiteral("r1"), QStringLiteral("One"), {}},
                                      {QStringLiteral("r2"), {}, QStringLiteral("Two")}};
    UvmClient::setConfiguredReports(s, reports);
    QCOMPARE(UvmClient::configuredReports(s), reports);
    QCOMPARE(s.extra.value(QLatin1String("other")).toInt(), 1); // other settings survive
    const QJsonObject first = s.extra.value(QLatin1String("reports")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("r1"));
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("One"));
    UvmClient::setConfiguredReports(s, {});
    QVERIFY(!s.extra.contains(QLatin1String("reports")));
}

void TestUvmClient::capabilities()
{
    auto client = makeClient();
    QCOMPARE(client->displayName(), QStringLiteral("Zscaler UVM “prod”"));
    QVERIFY(client->supports(Capability::Trigger));
    QVERIFY(client->supports(Capability::Generate));
    for (const Capability c : {Capability::Folders, Capability::CreateFolder, Capability::Enable,
                               Capability::Delete, Capability::Move})
        QVERIFY(!client->supports(c));
    QVERIFY(client->unsupportedReason(Capability::Enable).contains(QLatin1String("only runs")));

    Answer<bool> enabled;
    client->setEnabled(QStringLiteral("rep-weekly"), false, enabled.callback());
    QCOMPARE(enabled.calls, 0); // never inside the call
    QVERIFY(enabled.wait());
    QCOMPARE(enabled->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(enabled->error().text(),
             QStringLiteral("Zscaler UVM “prod”: disable failed: The Zscaler UVM Reporting API "
                            "only runs reports; change them in the UVM app."));
    Answer<bool> removed;
    client->remove({QStringLiteral("rep-weekly")}, removed.callback());
    QVERIFY(removed.wait());
    QCOMPARE(removed->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(m_server->api().requestCount(), 0);
}

// --- Test connection ----------------------------------------------------------------------------

void TestUvmClient::testConnectionSignsInAndProbesGraphql()
{
    auto client = makeClient();
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QVERIFY2(info->ok(), qPrintable(info->error().text()));
    QCOMPARE((*info)->product, QStringLiteral("Zscaler UVM"));
    QVERIFY((*info)->detail.contains(m_server->accountId));

    // The token: a form POST with the client credentials, JSON accepted (protocols.md 4.1).
    const auto tokens = m_server->tokenRequests();
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(tokens.first().method, QByteArray("POST"));
    QCOMPARE(tokens.first().header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(tokens.first().header("Accept"), QByteArray("application/json"));
    QVERIFY(!tokens.first().hasHeader("Authorization"));
    const QUrlQuery form = tokens.first().form();
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), m_server->clientId);
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded), kSecret);

    // The probe: the documented status query, no run id, every header as protocols.md 4.2 says.
    const auto calls = m_server->graphqlRequests();
    QCOMPARE(calls.size(), 1);
    const LoopbackRequest &probe = calls.first();
    QCOMPARE(probe.method, QByteArray("POST"));
    QCOMPARE(probe.path, QStringLiteral("/api/graphql"));
    QCOMPARE(probe.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(probe.header("Authorization"), "Bearer " + m_server->lastToken().toUtf8());
    QCOMPARE(probe.header("graphqlname"), QByteArray("getReportRunStatus"));
    QCOMPARE(probe.header("accountId"), m_server->accountId.toUtf8());
    // Header names go out spelled as documented.
    QStringList names;
    for (const auto &[name, value] : probe.headers)
        names << QString::fromLatin1(name);
    QVERIFY2(names.contains(QStringLiteral("accountId")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("graphqlname")));
    const QJsonObject body = probe.json().object();
    QCOMPARE(body.value(QLatin1String("query")).toString(),
             QStringLiteral("query ($reportId: String, $runId: String) { "
                            "getReportRunStatus(reportId: $reportId, runId: $runId) }"));
    QVERIFY(
        body.value(QLatin1String("variables")).toObject().value(QLatin1String("runId")).isNull());
}

void TestUvmClient::testConnectionWrongSecretNamesTheTokenStep()
{
    auto client = makeClient(profile(), QStringLiteral("not-the-secret"));
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QVERIFY(!info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(info->error().text(),
             QStringLiteral("Zscaler UVM “prod”: get an access token failed: 401 Unauthorized — "
                            "Invalid client credentials. Check the user name and password or "
                            "token."));
    QCOMPARE(m_server->graphqlRequests().size(), 0);
}

void TestUvmClient::testConnectionWrongAccountIsForbidden()
{
    RemoteServer s = profile();
    s.organisation = QStringLiteral("https://app.avalor.io/acc-other/platform/explore");
    auto client = makeClient(s);
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Forbidden);
    // The account id was taken from the pasted app URL.
    QCOMPARE(m_server->graphqlRequests().first().header("accountId"), QByteArray("acc-other"));
    QVERIFY2(info->error().text().startsWith(
                 QStringLiteral("Zscaler UVM “prod”: test the connection failed: 403 Forbidden — "
                                "Account acc-other is not accessible with these credentials.")),
             qPrintable(info->error().text()));
}

void TestUvmClient::testConnectionRejectedAccountInGraphqlError()
{
    m_server->injectGraphqlError(QStringLiteral("getReportRunStatus"),
                                 QStringLiteral("Client is not allowed in this account"),
                                 QStringLiteral("FORBIDDEN"));
    auto client = makeClient();
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::ServerReported);
    QCOMPARE(info->error().text(),
             QStringLiteral("Zscaler UVM “prod”: test the connection failed: the server refused "
                            "account acc-7f3e21 (FORBIDDEN) — Client is not allowed in this "
                            "account."));
}

void TestUvmClient::testConnectionAcceptsAGraphqlErrorWith400()
{
    // A GraphQL server that answers the probe's missing run id with 400 and errors[]: the
    // endpoint, token and account work all the same.
    m_server->injectResponse(
        QStringLiteral("getReportRunStatus"),
        LoopbackResponse::json(
            400, QJsonObject{{QStringLiteral("errors"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("message"), QStringLiteral("runId is required")},
                                  {QStringLiteral("extensions"),
                                   QJsonObject{{QStringLiteral("code"),
                                                QStringLiteral("BAD_USER_INPUT")}}}}}}}));
    auto client = makeClient();
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QVERIFY2(info->ok(), qPrintable(info->error().text()));

    // A 400 that is no GraphQL answer is an error with the server's words.
    m_server->injectResponse(QStringLiteral("getReportRunStatus"),
                             LoopbackResponse::text(400, "Bad request: unknown route"));
    Answer<ServerInfo> plain;
    client->testConnection(plain.callback());
    QVERIFY(plain.wait());
    QCOMPARE(plain->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(plain->error().text(),
             QStringLiteral("Zscaler UVM “prod”: test the connection failed: 400 Bad Request — "
                            "Bad request: unknown route."));
}

void TestUvmClient::testConnectionNotAGraphqlServer()
{
    // A web server that hands out tokens but answers its GraphQL path with a web page.
    LoopbackHttpServer impostor;
    impostor.route("POST", QStringLiteral("/oauth2/token"), [](const LoopbackRequest &) {
        return LoopbackResponse::json(
            200, QJsonObject{{QStringLiteral("access_token"), QStringLiteral("t")},
                             {QStringLiteral("expires_in"), 3600}});
    });
    impostor.route("POST", QStringLiteral("/api/graphql"), [](const LoopbackRequest &) {
        return LoopbackResponse::bytes(200, "<html><title>Welcome</title></html>", "text/html");
    });
    QVERIFY(impostor.listen());
    RemoteServer s = profile();
    s.baseUrl = impostor.url(QStringLiteral("/"));
    auto client = makeClient(s);
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(info->error().text().contains(QLatin1String("test the connection failed")),
             qPrintable(info->error().text()));
}

void TestUvmClient::testConnectionWrongPath()
{
    // The base URL points at another server: its token path does not exist.
    RemoteServer s = profile();
    s.baseUrl = m_server->files().url(QStringLiteral("/"));
    auto client = makeClient(s);
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY(info->error().text().startsWith(
        QStringLiteral("Zscaler UVM “prod”: get an access token failed: 404 Not Found")));
}

void TestUvmClient::testConnectionUnreachable()
{
    RemoteServer s = profile();
    QUrl dead = m_server->baseUrl();
    m_server->api().close();
    s.baseUrl = dead;
    auto client = makeClient(s);
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::ConnectionRefused);
}

void TestUvmClient::configurationErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("auth") << "auth"
                          << "Zscaler UVM signs in with OAuth2 client credentials only, "
                             "not basic";
    QTest::newRow("client id") << "userName"
                               << "the OAuth2 client id is missing";
    QTest::newRow("secret") << "secret"
                            << "the OAuth2 client secret is missing";
    QTest::newRow("account") << "organisation"
                             << "the UVM account id is missing";
    QTest::newRow("region") << "region"
                            << "unknown region “apac”; choose us, eu or a custom base URL";
    QTest::newRow("base URL") << "baseUrl"
                              << "the base URL “” is not an http or https address";
}

void TestUvmClient::configurationErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    RemoteServer s = profile();
    QString secret = kSecret;
    if (field == QLatin1String("auth"))
        s.auth = RemoteServer::Auth::Basic;
    else if (field == QLatin1String("userName"))
        s.userName.clear();
    else if (field == QLatin1String("secret"))
        secret.clear();
    else if (field == QLatin1String("organisation"))
        s.organisation = QStringLiteral("  ");
    else if (field == QLatin1String("region"))
        s.region = QStringLiteral("apac");
    else
        s.baseUrl = QUrl();
    auto client = makeClient(s, secret);

    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Configuration);
    QCOMPARE(info->error().text(),
             QStringLiteral("Zscaler UVM “prod”: test the connection failed: %1. Check the server "
                            "profile.")
                 .arg(message));
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("x.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::Configuration);
    QVERIFY(generated->error().text().contains(message));
    QCOMPARE(m_server->api().requestCount(), 0);
}

// --- Items ------------------------------------------------------------------------------------

void TestUvmClient::listItemsAreTheConfiguredReports()
{
    auto client = makeClient();
    Answer<QList<RemoteItem>> items;
    client->listItems({}, items.callback());
    QCOMPARE(items.calls, 0);
    QVERIFY(items.wait());
    QVERIFY(items->ok());
    const QList<RemoteItem> list = **items;
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, QStringLiteral("rep-weekly"));
    QCOMPARE(list.at(0).name, QStringLiteral("Weekly findings"));
    QCOMPARE(list.at(0).folderId, QString());
    QCOMPARE(list.at(1).name, QStringLiteral("rep-daily")); // no name: the id
    QCOMPARE(list.at(1).description, QStringLiteral("Daily exposure"));
    QVERIFY(list.at(0).description.contains(QLatin1String("cannot list")));
    QCOMPARE(list.at(0).raw.value(QLatin1String("id")).toString(), QStringLiteral("rep-weekly"));
    QCOMPARE(m_server->api().requestCount(), 0); // the API has no listing to ask

    Answer<QList<RemoteItem>> inFolder;
    client->listItems(QStringLiteral("folder-1"), inFolder.callback());
    QVERIFY(inFolder.wait());
    QCOMPARE(inFolder->error().kind(), RemoteError::Kind::Unsupported);

    // After a run the item shows its last status.
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-daily"), outPath(QStringLiteral("d.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QVERIFY(generated->ok());
    Answer<QList<RemoteItem>> again;
    client->listItems({}, again.callback());
    QVERIFY(again.wait());
    QCOMPARE((*again)->at(1).status, QStringLiteral("Completed"));
    QCOMPARE((*again)->at(1).raw.value(QLatin1String("lastRunId")).toString(),
             QStringLiteral("run-1"));
}

void TestUvmClient::getItem()
{
    auto client = makeClient();
    Answer<RemoteItem> known;
    client->getItem(QStringLiteral("rep-broken"), known.callback());
    QVERIFY(known.wait());
    QVERIFY(known->ok());
    QCOMPARE((*known)->name, QStringLiteral("Broken"));

    Answer<RemoteItem> unknown;
    client->getItem(QStringLiteral("rep-zzz"), unknown.callback());
    QVERIFY(unknown.wait());
    QCOMPARE(unknown->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(unknown->error().text(),
             QStringLiteral("Zscaler UVM “prod”: show report rep-zzz failed: the Zscaler UVM API "
                            "cannot look up reports, and report rep-zzz has not been added to "
                            "this server in ReportDesk."));
    QCOMPARE(m_server->api().requestCount(), 0);
}

// --- Runs -------------------------------------------------------------------------------------

void TestUvmClient::triggerStartsAnS3Run()
{
    auto client = makeClient();
    Answer<bool> triggered;
    client->trigger(QStringLiteral("rep-weekly"), triggered.callback());
    QVERIFY(triggered.wait());
    QVERIFY2(triggered->ok(), qPrintable(triggered->error().text()));
    QCOMPARE(m_server->runs().size(), 1);
    QVERIFY(!m_server->runs().first().presigned); // S3 export as the report's schedule says
    const auto calls = m_server->graphqlRequests(QStringLiteral("processReport"));
    QCOMPARE(calls.size(), 1);
    const QJsonObject body = calls.first().json().object();
    QCOMPARE(body.value(QLatin1String("query")).toString(),
             QStringLiteral("mutation ($id: String!) {processReport(id:$id)}"));
    QCOMPARE(body.value(QLatin1String("variables")).toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("rep-weekly")}}));
    QCOMPARE(calls.first().header("accountId"), m_server->accountId.toUtf8());
    QCOMPARE(calls.first().header("Content-Type"), QByteArray("application/json"));
    // Started, not waited for.
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size(), 0);
}

void TestUvmClient::generateRunsPollsAndDownloads()
{
    auto client = makeClient();
    QSignalSpy progress(client.get(), &UvmClient::generateProgress);
    const QString path = outPath(QStringLiteral("archive/2026/weekly.csv"));
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-weekly"), path, generated.callback());
    QCOMPARE(client->activeGenerates(), 1);
    QVERIFY(generated.wait());
    QVERIFY2(generated->ok(), qPrintable(generated->error().text()));
    QCOMPARE(**generated, path);
    QCOMPARE(client->activeGenerates(), 0);

    // The file is the CSV, and nothing else was left beside it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("asset,severity\nweb-01,high\ndb-02,low\n"));
    QCOMPARE(QDir(outPath(QStringLiteral("archive/2026"))).entryList(QDir::Files),
             QStringList{QStringLiteral("weekly.csv")});

    // processReport with isPresignedUrl, verbatim.
    const auto start = m_server->graphqlRequests(QStringLiteral("processReport"));
    QCOMPARE(start.size(), 1);
    QCOMPARE(
        start.first().json().object().value(QLatin1String("query")).toString(),
        QStringLiteral("mutation ($id: String!) {processReport(id:$id, isPresignedUrl: true)}"));
    // Two polls answered Running, the third Completed.
    const auto polls = m_server->graphqlRequests(QStringLiteral("getReportRunStatus"));
    QCOMPARE(polls.size(), 3);
    for (const LoopbackRequest &poll : polls) {
        QCOMPARE(poll.json().object().value(QLatin1String("variables")).toObject(),
                 (QJsonObject{{QStringLiteral("reportId"), QStringLiteral("rep-weekly")},
                              {QStringLiteral("runId"), QStringLiteral("run-1")}}));
        QCOMPARE(poll.header("accountId"), m_server->accountId.toUtf8());
    }
    QCOMPARE(m_server->tokensIssued(), 1); // one token for all four calls

    // The download went to the other origin with the signature in the URL and no credentials
    // or UVM headers at all.
    const auto downloads = m_server->downloads();
    QCOMPARE(downloads.size(), 1);
    const LoopbackRequest &get = downloads.first();
    QCOMPARE(get.method, QByteArray("GET"));
    QVERIFY(get.path.startsWith(QLatin1String("/uvm-exports/acc-7f3e21/rep-weekly/")));
    QVERIFY(!get.queryValue(QStringLiteral("X-Amz-Signature")).isEmpty());
    QVERIFY(!get.hasHeader("Authorization"));
    QVERIFY(!get.hasHeader("accountId"));
    QVERIFY(!get.hasHeader("graphqlname"));
    for (const auto &[name, value] : get.headers)
        QVERIFY2(!value.contains(m_server->lastToken().toUtf8()), name.constData());

    // Progress: starting, Running (twice), downloading.
    QStringList steps;
    for (const auto &args : std::as_const(progress))
        steps << args.at(2).toString();
    QCOMPARE(steps, (QStringList{QStringLiteral("starting"), QStringLiteral("Running"),
                                 QStringLiteral("Running"), QStringLiteral("Running"),
                                 QStringLiteral("downloading")}));
}

void TestUvmClient::generateAcceptsBothScalarForms_data()
{
    QTest::addColumn<int>("form");
    QTest::addColumn<QString>("running");
    QTest::addColumn<QString>("completed");
    QTest::newRow("object") << int(UvmTestServer::ScalarForm::Object) << "Running"
                            << "Completed";
    QTest::newRow("JSON text") << int(UvmTestServer::ScalarForm::JsonText) << "Running"
                               << "Completed";
    QTest::newRow("upper case") << int(UvmTestServer::ScalarForm::Object) << "RUNNING"
                                << "COMPLETED";
    QTest::newRow("pending, succeeded") << int(UvmTestServer::ScalarForm::JsonText) << "Pending"
                                        << "succeeded";
}

void TestUvmClient::generateAcceptsBothScalarForms()
{
    QFETCH(int, form);
    QFETCH(QString, running);
    QFETCH(QString, completed);
    m_server->scalarForm = UvmTestServer::ScalarForm(form);
    m_server->runningWord = running;
    m_server->completedWord = completed;
    auto client = makeClient();
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QVERIFY2(generated->ok(), qPrintable(generated->error().text()));
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size(), 3);
    QVERIFY(QFile::exists(outPath(QStringLiteral("w.csv"))));
}

void TestUvmClient::generateFailedRunNamesTheServerMessage()
{
    auto client = makeClient();
    const QString path = outPath(QStringLiteral("broken.csv"));
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-broken"), path, generated.callback());
    QVERIFY(generated.wait());
    QVERIFY(!generated->ok());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::ServerReported);
    QCOMPARE(generated->error().serverMessage(), QStringLiteral("Query exceeded the time limit."));
    QCOMPARE(generated->error().text(),
             QStringLiteral("Zscaler UVM “prod”: run report “Broken” failed: run run-1 ended with "
                            "status “Failed” — Query exceeded the time limit."));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_server->downloads().size(), 0);
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size(), 2);

    // Another field name for the message.
    m_server->failureKey = QStringLiteral("errorMessage");
    m_server->report(QStringLiteral("rep-broken")).failureMessage = QStringLiteral("Disk full");
    Answer<QString> again;
    client->generate(QStringLiteral("rep-broken"), path, again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again->error().serverMessage(), QStringLiteral("Disk full"));
}

void TestUvmClient::generateUnknownReportNamesTheGraphqlError()
{
    auto client = makeClient();
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-private"), outPath(QStringLiteral("p.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::ServerReported);
    QCOMPARE(generated->error().text(),
             QStringLiteral("Zscaler UVM “prod”: start a run of report rep-private failed: the "
                            "server refused the request (NOT_FOUND) — Report rep-private not "
                            "found."));
    QCOMPARE(m_server->runs().size(), 0);
}

void TestUvmClient::graphqlValidationErrorWith400IsNamed()
{
    m_server->injectResponse(
        QStringLiteral("getReportRunStatus"),
        LoopbackResponse::json(
            400, QJsonObject{{QStringLiteral("errors"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("message"),
                                   QStringLiteral("Variable \"$runId\" got invalid value")}}}}}));
    auto client = makeClient();
    Answer<UvmRunStatus> status;
    client->runStatus(QStringLiteral("rep-weekly"), QStringLiteral("run-9"), status.callback());
    QVERIFY(status.wait());
    QCOMPARE(status->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(status->error().text(),
             QStringLiteral("Zscaler UVM “prod”: check run run-9 of report “Weekly findings” "
                            "failed: 400 Bad Request — Variable \"$runId\" got invalid value."));

    // The same kind of error inside a 200 answer.
    m_server->injectGraphqlError(QStringLiteral("getReportRunStatus"),
                                 QStringLiteral("Run run-9 not found"));
    Answer<UvmRunStatus> again;
    client->runStatus(QStringLiteral("rep-weekly"), QStringLiteral("run-9"), again.callback());
    QVERIFY(again.wait());
    QCOMPARE(again->error().kind(), RemoteError::Kind::ServerReported);
    QVERIFY(again->error().text().endsWith(
        QStringLiteral("failed: the server refused the request — Run run-9 not found.")));
}

void TestUvmClient::pollIntervalsGrow()
{
    m_server->report(QStringLiteral("rep-weekly")).pollsBeforeDone = 4;
    UvmClient::Options o = options();
    o.initialPoll = 40ms;
    o.pollGrowth = 2.0;
    o.maxPoll = 200ms;
    UvmClient client(profile(), kSecret, m_network.get(), o);
    QElapsedTimer clock;
    QList<qint64> pollTimes;
    connect(&m_server->api(), &LoopbackHttpServer::requestReceived, this, [&](int index) {
        if (m_server->api().requests().at(index).header("graphqlname") == "getReportRunStatus")
            pollTimes << clock.elapsed();
    });
    clock.start();
    Answer<QString> generated;
    client.generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                    generated.callback());
    QVERIFY(generated.wait());
    QVERIFY(generated->ok());
    QCOMPARE(pollTimes.size(), 5);
    // Planned waits 40, 80, 160, 200 (capped) ms between polls; timers may fire a little late,
    // never much early.
    const QList<qint64> planned{80, 160, 200, 200};
    for (int i = 1; i < pollTimes.size(); ++i) {
        const qint64 gap = pollTimes.at(i) - pollTimes.at(i - 1);
        QVERIFY2(gap >= planned.at(i - 1) * 9 / 10,
                 qPrintable(QStringLiteral("gap %1: %2 ms").arg(i).arg(gap)));
    }
}

void TestUvmClient::generateGivesUpAfterTheMaximumWait()
{
    m_server->report(QStringLiteral("rep-weekly")).pollsBeforeDone = 1000000;
    UvmClient::Options o = options();
    o.maxTotalWait = 300ms;
    o.initialPoll = 20ms;
    o.maxPoll = 50ms;
    UvmClient client(profile(), kSecret, m_network.get(), o);
    const QString path = outPath(QStringLiteral("slow.csv"));
    Answer<QString> generated;
    client.generate(QStringLiteral("rep-weekly"), path, generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::Timeout);
    const int polls = m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size();
    QVERIFY(polls >= 2); // it polled, and stopped at the deadline
    QVERIFY2(generated->error().text().startsWith(
                 QStringLiteral("Zscaler UVM “prod”: run report “Weekly findings” failed: no "
                                "answer within 300 ms (run run-1 was still “Running” after %1 "
                                "status checks).")
                     .arg(polls)),
             qPrintable(generated->error().text()));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(client.activeGenerates(), 0);
}

void TestUvmClient::generateCanBeCancelled()
{
    m_server->report(QStringLiteral("rep-weekly")).pollsBeforeDone = 1000000;
    auto client = makeClient();
    Answer<QString> weekly;
    Answer<QString> daily;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     weekly.callback());
    m_server->report(QStringLiteral("rep-daily")).pollsBeforeDone = 1000000;
    client->generate(QStringLiteral("rep-daily"), outPath(QStringLiteral("d.csv")),
                     daily.callback());
    QTRY_VERIFY(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size() >= 4);
    QCOMPARE(client->activeGenerates(), 2);

    client->cancelGenerate(QStringLiteral("rep-weekly"));
    QCOMPARE(weekly.calls, 0); // answered from the event loop
    QVERIFY(weekly.wait());
    QCOMPARE(weekly->error().kind(), RemoteError::Kind::Cancelled);
    QCOMPARE(weekly->error().text(),
             QStringLiteral("Zscaler UVM “prod”: run report “Weekly findings” failed: cancelled."));
    QCOMPARE(client->activeGenerates(), 1);
    QVERIFY(!daily.result);

    // The cancelled run is polled no more; the other one goes on until it is cancelled too.
    const auto pollsOf = [this](const QString &reportId) {
        int n = 0;
        for (const auto &r : m_server->graphqlRequests(QStringLiteral("getReportRunStatus"))) {
            const QJsonObject variables =
                r.json().object().value(QLatin1String("variables")).toObject();
            n += variables.value(QLatin1String("reportId")).toString() == reportId;
        }
        return n;
    };
    const int weeklyPolls = pollsOf(QStringLiteral("rep-weekly"));
    const int dailyPolls = pollsOf(QStringLiteral("rep-daily"));
    QTRY_VERIFY(pollsOf(QStringLiteral("rep-daily")) >= dailyPolls + 3);
    QCOMPARE(pollsOf(QStringLiteral("rep-weekly")), weeklyPolls);
    client->cancelGenerate();
    QVERIFY(daily.wait());
    QCOMPARE(daily->error().kind(), RemoteError::Kind::Cancelled);
    QCOMPARE(weekly.calls, 1);
    QVERIFY(!QFile::exists(outPath(QStringLiteral("w.csv"))));
}

void TestUvmClient::processReportIsNotRetriedButStatusPollsAre()
{
    auto client = makeClient();
    m_server->injectResponse(QStringLiteral("processReport"),
                             LoopbackResponse::json(503, QJsonObject{{QStringLiteral("message"),
                                                                      QStringLiteral("busy")}}));
    Answer<QString> first;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     first.callback());
    QVERIFY(first.wait());
    QCOMPARE(first->error().kind(), RemoteError::Kind::HttpServerError);
    QCOMPARE(first->error().text(),
             QStringLiteral("Zscaler UVM “prod”: start a run of report “Weekly findings” "
                            "failed: 503 Service Unavailable — busy. The server has a problem; "
                            "try again later or ask its administrator."));
    // Starting a run twice could run the report twice.
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("processReport")).size(), 1);

    m_server->injectResponse(QStringLiteral("getReportRunStatus"),
                             LoopbackResponse::text(502, "Bad Gateway"));
    Answer<QString> second;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second->ok(), qPrintable(second->error().text()));
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("processReport")).size(), 2);
    QCOMPARE(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size(), 4);
}

void TestUvmClient::completedWithoutPresignedUrlIsMalformed()
{
    m_server->omitPresignedUrl = true;
    auto client = makeClient();
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-daily"), outPath(QStringLiteral("d.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(generated->error().text().contains(
                 QLatin1String("run run-1 completed without a presignedUrl")),
             qPrintable(generated->error().text()));

    // runStatus answers what the server said, resultFilePath included.
    Answer<UvmRunStatus> status;
    client->runStatus(QStringLiteral("rep-daily"), QStringLiteral("run-1"), status.callback());
    QVERIFY(status.wait());
    QCOMPARE((*status)->state, UvmRunStatus::State::Completed);
    QCOMPARE((*status)->resultFilePath,
             QStringLiteral("s3://uvm-exports/acc-7f3e21/rep-daily/run-1.csv"));
}

void TestUvmClient::expiredPresignedUrlNamed()
{
    m_server->presignedExpired = true;
    auto client = makeClient();
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-daily"), outPath(QStringLiteral("d.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::Forbidden);
    QVERIFY2(generated->error().text().startsWith(
                 QStringLiteral("Zscaler UVM “prod”: download the result of report rep-daily "
                                "failed: 403 Forbidden — Request has expired.")),
             qPrintable(generated->error().text()));
    QVERIFY(!QFile::exists(outPath(QStringLiteral("d.csv"))));
}

void TestUvmClient::plainHttpDownloadRefusedForAnHttpsApi()
{
    RemoteServer s = profile();
    s.region = QStringLiteral("us"); // https endpoints; nothing is sent to them here
    auto client = makeClient(s);
    QUrl link = m_server->files().url(QStringLiteral("/uvm-exports/a/b/run-1.csv"));
    Answer<QString> saved;
    client->download(link, outPath(QStringLiteral("x.csv")), QStringLiteral("rep-weekly"),
                     saved.callback());
    QVERIFY(saved.wait());
    QCOMPARE(saved->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY(saved->error().text().contains(QLatin1String("is not HTTPS")));
    QCOMPARE(m_server->downloads().size(), 0);
}

void TestUvmClient::unwritableOutputLeavesNothing()
{
    // The output's folder is a file: the CSV cannot be saved there.
    QFile blocker(outPath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto client = makeClient();
    Answer<QString> generated;
    const QString path = outPath(QStringLiteral("blocker/d.csv"));
    client->generate(QStringLiteral("rep-daily"), path, generated.callback());
    QVERIFY(generated.wait());
    QCOMPARE(generated->error().kind(), RemoteError::Kind::Configuration);
    QVERIFY2(generated->error().text().contains(QStringLiteral("the folder %1 cannot be created")
                                                    .arg(outPath(QStringLiteral("blocker")))),
             qPrintable(generated->error().text()));
    QCOMPARE(m_server->runs().size(), 0); // checked before the report ran
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("blocker")});
}

void TestUvmClient::basePathPrefix()
{
    UvmTestServer prefixed(QStringLiteral("/uvm"));
    prefixed.addReport({QStringLiteral("r1"), {}, 1, false, {}, "ok\n", true});
    QVERIFY(prefixed.start());
    RemoteServer s = profile();
    s.baseUrl = prefixed.baseUrl();
    QCOMPARE(s.baseUrl.path(), QStringLiteral("/uvm"));
    s.organisation = prefixed.accountId;
    auto client = makeClient(s);
    Answer<QString> generated;
    client->generate(QStringLiteral("r1"), outPath(QStringLiteral("r1.csv")), generated.callback());
    QVERIFY(generated.wait());
    QVERIFY2(generated->ok(), qPrintable(generated->error().text()));
    QCOMPARE(prefixed.tokenRequests().first().path, QStringLiteral("/uvm/oauth2/token"));
    QCOMPARE(prefixed.graphqlRequests().first().path, QStringLiteral("/uvm/api/graphql"));
}

void TestUvmClient::noAnswerOnceTheClientIsGone()
{
    m_server->report(QStringLiteral("rep-weekly")).pollsBeforeDone = 1000000;
    auto client = makeClient();
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     generated.callback());
    QTRY_VERIFY(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size() >= 2);
    client.reset();
    const int polls = m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size();
    QTest::qWait(200); // several poll intervals: nothing more may happen
    QCOMPARE(generated.calls, 0);
    QVERIFY(m_server->graphqlRequests(QStringLiteral("getReportRunStatus")).size() <= polls + 1);
    QVERIFY(!QFile::exists(outPath(QStringLiteral("w.csv"))));
}

// --- Tokens -----------------------------------------------------------------------------------

void TestUvmClient::tokenCachedForItsHourAndRefreshedBeforeExpiry()
{
    auto client = makeClient();
    const auto run = [&] {
        Answer<QString> generated;
        client->generate(QStringLiteral("rep-daily"), outPath(QStringLiteral("d.csv")),
                         generated.callback());
        return generated.wait() && generated->ok();
    };
    QVERIFY(run());
    QCOMPARE(m_server->tokensIssued(), 1);
    QCOMPARE(client->tokenProvider()->expiresAt(), m_now.addSecs(3600));
    const QString firstToken = m_server->lastToken();

    m_now = m_now.addSecs(50 * 60);
    QVERIFY(run());
    QCOMPARE(m_server->tokensIssued(), 1); // still the same token after 50 minutes

    // A minute before the hour is over, a new token is fetched before any call uses the old.
    m_now = m_now.addSecs(9 * 60 + 30);
    const int unauthorizedBefore = m_server->unauthorizedAnswers();
    QVERIFY(run());
    QCOMPARE(m_server->tokensIssued(), 2);
    QCOMPARE(m_server->unauthorizedAnswers(), unauthorizedBefore);
    QVERIFY(m_server->lastToken() != firstToken);
    QCOMPARE(m_server->graphqlRequests().last().header("Authorization"),
             "Bearer " + m_server->lastToken().toUtf8());

    // expires_in as a string is read too.
    m_server->expiresInAsString = true;
    m_server->tokenLifetimeSeconds = 1800;
    m_now = m_now.addSecs(3600);
    QVERIFY(run());
    QCOMPARE(client->tokenProvider()->expiresAt(), m_now.addSecs(1800));
}

void TestUvmClient::tokenExpiredOnTheServerIsReplacedAfter401()
{
    auto client = makeClient();
    Answer<bool> first;
    client->trigger(QStringLiteral("rep-weekly"), first.callback());
    QVERIFY(first.wait());
    QVERIFY(first->ok());
    QCOMPARE(m_server->tokensIssued(), 1);

    // The server ends the token early (the client still thinks it valid): one 401, one new
    // token, the same call once more, and exactly one run started.
    m_server->expireAllTokens();
    Answer<bool> second;
    client->trigger(QStringLiteral("rep-weekly"), second.callback());
    QVERIFY(second.wait());
    QVERIFY2(second->ok(), qPrintable(second->error().text()));
    QCOMPARE(m_server->unauthorizedAnswers(), 1);
    QCOMPARE(m_server->tokensIssued(), 2);
    QCOMPARE(m_server->runs().size(), 2);
    const auto calls = m_server->graphqlRequests(QStringLiteral("processReport"));
    QCOMPARE(calls.size(), 3);
    QVERIFY(calls.at(1).header("Authorization") != calls.at(2).header("Authorization"));

    // A server that refuses every token: the 401 and its message, after one retry.
    m_server->tokenLifetimeSeconds = 0; // every token is born expired on the server
    m_server->expireAllTokens();
    Answer<bool> third;
    client->trigger(QStringLiteral("rep-weekly"), third.callback());
    QVERIFY(third.wait());
    QCOMPARE(third->error().kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(third->error().text(),
             QStringLiteral("Zscaler UVM “prod”: start a run of report “Weekly findings” failed: "
                            "401 Unauthorized — Token expired. Check the user name and password "
                            "or token."));
    QCOMPARE(m_server->runs().size(), 2);
}

void TestUvmClient::presignedServerRefusesAuthorization()
{
    // The test server itself enforces what the client is tested for: a presigned GET that
    // carries an Authorization header is refused, as S3 does.
    auto client = makeClient();
    Answer<QString> run;
    client->startRun(QStringLiteral("rep-daily"), UvmClient::RunMode::PresignedUrl, run.callback());
    QVERIFY(run.wait());
    Answer<UvmRunStatus> status;
    client->runStatus(QStringLiteral("rep-daily"), **run, status.callback());
    QVERIFY(status.wait());
    QVERIFY(status->ok());
    const QUrl link = (*status)->presignedUrl;
    QVERIFY(link.isValid());
    QVERIFY(!HttpClient::sameOrigin(link, m_server->baseUrl()));

    QNetworkRequest withAuth(link);
    withAuth.setRawHeader("Authorization", "Bearer " + m_server->lastToken().toUtf8());
    QNetworkReply *refused = m_network->get(withAuth);
    QSignalSpy refusedDone(refused, &QNetworkReply::finished);
    QVERIFY(refusedDone.wait());
    QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(refused->readAll().contains("Only one auth mechanism allowed"));
    refused->deleteLater();

    // Through the client: no credentials, so S3 answers.
    Answer<QString> saved;
    client->download(link, outPath(QStringLiteral("d.csv")), QStringLiteral("rep-daily"),
                     saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(saved->ok(), qPrintable(saved->error().text()));
    QVERIFY(!m_server->downloads().last().hasHeader("Authorization"));
}

void TestUvmClient::logsContainNoSecrets()
{
    auto client = makeClient();
    Answer<ServerInfo> info;
    client->testConnection(info.callback());
    QVERIFY(info.wait());
    Answer<QString> generated;
    client->generate(QStringLiteral("rep-weekly"), outPath(QStringLiteral("w.csv")),
                     generated.callback());
    QVERIFY(generated.wait());
    QVERIFY(generated->ok());
    m_server->expireAllTokens();
    Answer<QString> broken;
    client->generate(QStringLiteral("rep-broken"), outPath(QStringLiteral("b.csv")),
                     broken.callback());
    QVERIFY(broken.wait());
    auto wrong = makeClient(profile(), QStringLiteral("wrong-S3cr+t"));
    Answer<ServerInfo> refused;
    wrong->testConnection(refused.callback());
    QVERIFY(refused.wait());

    QVERIFY(!g_logs.isEmpty()); // the logs were captured at all
    const QString all = g_logs.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/api/graphql")));
    QVERIFY(!all.contains(kSecret));
    QVERIFY(!all.contains(QString::fromLatin1(QUrl::toPercentEncoding(kSecret))));
    QVERIFY(!all.contains(QLatin1String("wrong-S3cr+t")));
    QVERIFY(!all.contains(QLatin1String("uvm-at-"))); // no access token
    const QString signature =
        m_server->downloads().first().queryValue(QStringLiteral("X-Amz-Signature"));
    QVERIFY(!signature.isEmpty());
    QVERIFY(!all.contains(signature));
}

QTEST_MAIN(TestUvmClient)
#include "tst_uvmclient.moc"
