// OpenObserveClient against OpenObserveTestServer on 127.0.0.1: every operation of the v2
// reports API (folders, list with name search, get, create-then-find-by-name, update with move,
// delete and bulk delete, move, enable/disable, trigger) and the v1 forms, with what the client
// sends (method, path, query, headers, body keys and their casing), what it gives back, and the
// errors a user reads (server, operation, status, the server's message). The first tests check
// that the test server itself is as strict as protocols.md says, so the client tests mean
// something.
#include "RemoteLogCapture.h"
#include "LoopbackHttpServer.h"
#include "OpenObserveTestServer.h"
#include "domain/Schedule.h"
#include "remote/HttpClient.h"
#include "remote/openobserve/OpenObserveClient.h"
#include "remote/openobserve/OpenObserveReportMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

using namespace reportdesk;
using namespace reportdesk::remote;
using namespace std::chrono_literals;
using reportdesk::test::LoopbackHttpServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;
using reportdesk::test::OpenObserveTestServer;

namespace {

const QString kUser = QStringLiteral("analyst@example.com");
const QString kPassword = QStringLiteral("s3cr3t-Pa55+word");
const QString kToken = QStringLiteral("oo-token-7f3a9c2e5d");

QStringList &g_logs = test::RemoteLogCapture::logs();

// Runs an asynchronous client call and waits (event loop, no sleeps) for its answer. Also checks
// that the answer never comes from inside the call.
template <typename T>
std::optional<RemoteResult<T>> await(const std::function<void(RemoteClient::Callback<T>)> &call)
{
    std::optional<RemoteResult<T>> out;
    bool returned = false;
    bool answeredInside = false;
    call([&](const RemoteResult<T> &r) {
        answeredInside = !returned;
        out = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qWarning("no answer within 20 s");
    if (answeredInside)
        qWarning("the answer came from inside the call");
    return answeredInside ? std::nullopt : out;
}

QJsonObject sampleReport(const QString &name, const QString &dashboard = QStringLiteral("dash1"))
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), QStringLiteral("Weekly errors")},
        {QStringLiteral("orgId"), QStringLiteral("default")},
        {QStringLiteral("frequency"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")},
                     {QStringLiteral("cron"), QStringLiteral("0 0 8 * * MON")},
                     {QStringLiteral("interval"), 1},
                     {QStringLiteral("align_time"), false}}},
        {QStringLiteral("start"), qint64(1767225600000000)},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("timezoneOffset"), 60},
        {QStringLiteral("dashboards"),
         QJsonArray{QJsonObject{
             {QStringLiteral("dashboard"), dashboard},
             {QStringLiteral("folder"), QStringLiteral("dfolder1")},
             {QStringLiteral("tabs"), QJsonArray{QStringLiteral("tab1")}},
             {QStringLiteral("variables"),
              QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("env")},
                                     {QStringLiteral("value"), QStringLiteral("prod")},
                                     {QStringLiteral("id"), QStringLiteral("var-1")}}}},
             {QStringLiteral("timerange"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("relative")},
                          {QStringLiteral("period"), QStringLiteral("1w")},
                          {QStringLiteral("from"), 0},
                          {QStringLiteral("to"), 0}}},
             {QStringLiteral("report_type"), QStringLiteral("pdf")},
             {QStringLiteral("email_attachment_type"), QStringLiteral("standard")},
             {QStringLiteral("attachment_dimensions"),
              QJsonObject{{QStringLiteral("width"), 1280}, {QStringLiteral("height"), 720}}}}}},
        {QStringLiteral("destinations"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}}}},
        {QStringLiteral("description"), QStringLiteral("Errors of the last week")},
        {QStringLiteral("message"), QStringLiteral("Hello team")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("imagePreview"), true},
    };
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace

class TestOpenObserveClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // The test server itself.
    void serverRequiresCredentials();
    void serverEnforcesCasingAndTypes();
    void serverDropsWronglyCasedOptionalKeys();
    void serverV1AndV2Statuses();
    void serverListShape();

    // Connection.
    void testConnectionBasic();
    void testConnectionBearer();
    void testConnectionWrongPassword();
    void testConnectionForbidden();
    void testConnectionNotOpenObserve_data();
    void testConnectionNotOpenObserve();
    void testConnectionFindsOnlyV1();
    void testConnectionRefused();
    void unsupportedAuthMethodIsAConfigurationError();

    // Folders.
    void listFolders();
    void createFolder();
    void createFolderErrors_data();
    void createFolderErrors();
    void renameFolderKeepsDescription();
    void renameDefaultFolderRefused();
    void deleteFolder();
    void deleteFolderErrors_data();
    void deleteFolderErrors();

    // Reading.
    void listItemsOfAFolder();
    void listItemsOfTheDefaultFolder();
    void listReportsSearchesByName();
    void getItem();
    void getItemNotFound();
    void getReportMapsTheReport();
    void readRetriedAfterServiceUnavailable();

    // Writing.
    void createReportJsonFindsTheNewReportByName();
    void createReportPicksTheExactName();
    void createReportFromAReport();
    void createReportErrors_data();
    void createReportErrors();
    void createReportRefusedBeforeSending();
    void updateReportJsonMovesWithFolderQuery();
    void updateReportKeepsWhatReportDeskDoesNotModel();
    void updateReportErrors();
    void setEnabledUsesPatchAndValue();
    void setEnabledNotFound();
    void triggerRunsOnceEvenWhenItFails();
    void triggerSucceeds();
    void removeOne();
    void removeBulk();
    void removeBulkRetriesWhatTheBulkLeft();
    void removeBulkNamesTheFailure();
    void moveReports();
    void moveGroupsBySourceFolder();
    void moveErrors();
    void generateIsNotOffered();

    // v1.
    void v1Operations();
    void v1ErrorsAre400ButReadAsNotFound();

    // Secrets.
    void logsContainNoSecrets();

private:
    RemoteServer profile(RemoteServer::Auth auth = RemoteServer::Auth::Basic) const;
    std::unique_ptr<OpenObserveClient> client(RemoteServer::Auth auth = RemoteServer::Auth::Basic,
                                              const QString &secret = kPassword);
    QList<LoopbackRequest> requests() const { return m_server->http().requests(); }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OpenObserveTestServer> m_server;
    QString m_opsFolder;
};

void TestOpenObserveClient::initTestCase()
{
    test::RemoteLogCapture::install();
}

void TestOpenObserveClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<OpenObserveTestServer>();
    QVERIFY(m_server->listen());
    m_server->addUser(kUser, kPassword);
    m_server->addToken(kToken, kUser);
    m_server->addDashboard(QStringLiteral("dfolder1"), QStringLiteral("dash1"),
                           {QStringLiteral("tab1"), QStringLiteral("tab2")});
    m_server->addDashboard(QStringLiteral("dfolder1"), QStringLiteral("dash2"),
                           {QStringLiteral("main")});
    m_opsFolder = m_server->addFolder(QStringLiteral("Ops reports"), QStringLiteral("For ops"));
    g_logs.clear();
}

void TestOpenObserveClient::cleanup()
{
    m_server.reset();
    m_network.reset();
}

void TestOpenObserveClient::cleanupTestCase()
{
    test::RemoteLogCapture::uninstall();
}

RemoteServer TestOpenObserveClient::profile(RemoteServer::Auth auth) const
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::OpenObserve;
    s.name = QStringLiteral("ops");
    s.baseUrl = m_server->baseUrl();
    s.organisation = QStringLiteral("default");
    s.auth = auth;
    s.userName = kUser;
    s.timeoutSeconds = 10;
    return s;
}

std::unique_ptr<OpenObserveClient> TestOpenObserveClient::client(RemoteServer::Auth auth,
                                                                 const QString &secret)
{
    auto c = std::make_unique<OpenObserveClient>(profile(auth), secret, m_network.get());
    RetryPolicy fast;
    fast.timeScale = 0.001; // waits of seconds take milliseconds
    c->setRetryPolicy(fast);
    return c;
}

// --- The test server ------------------------------------------------------------------------

void TestOpenObserveClient::serverRequiresCredentials()
{
    HttpClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.displayName = QStringLiteral("raw");
    config.retry = RetryPolicy::noRetries();
    HttpClient raw(m_network.get(), config);
    for (const HttpAuth &auth : {HttpAuth::none(), HttpAuth::basic(kUser, QStringLiteral("wrong")),
                                 HttpAuth::bearer(QStringLiteral("not-a-token"))}) {
        raw.setAuth(auth);
        std::optional<HttpResult> result;
        auto request =
            HttpRequest::get(QStringLiteral("api/v2/default/reports"), QStringLiteral("list"));
        request.accepting({401});
        raw.send(request, this, [&](const HttpResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE((*result)->status, 401);
        QCOMPARE((*result)->body, QByteArray("Unauthorized Access")); // plain text, not JSON
        QVERIFY((*result)->header("Content-Type").startsWith("text/plain"));
        QCOMPARE((*result)->header("WWW-Authenticate"), QByteArray("Bearer realm=\"openobserve\""));
    }
    raw.setAuth(HttpAuth::bearer(kToken));
    std::optional<HttpResult> result;
    raw.send(HttpRequest::get(QStringLiteral("api/v2/default/reports"), QStringLiteral("list")),
             this, [&](const HttpResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
}

void TestOpenObserveClient::serverEnforcesCasingAndTypes()
{
    HttpClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.displayName = QStringLiteral("raw");
    config.auth = HttpAuth::basic(kUser, kPassword);
    config.retry = RetryPolicy::noRetries();
    HttpClient raw(m_network.get(), config);
    const auto post = [&](const QJsonObject &body) {
        std::optional<HttpResult> result;
        raw.send(HttpRequest::postJson(QStringLiteral("api/v2/default/reports"),
                                       QJsonDocument(body), QStringLiteral("create")),
                 this, [&](const HttpResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return result;
    };
    // Top level snake_case for a required key: missing `orgId`.
    QJsonObject snake = sampleReport(QStringLiteral("snake"));
    snake.insert(QStringLiteral("org_id"), snake.take(QStringLiteral("orgId")));
    auto r = post(snake);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().httpStatus(), 422);
    QVERIFY2(r->error().serverMessage().contains(QLatin1String("missing field `orgId`")),
             qPrintable(r->error().serverMessage()));
    // Nested camelCase for a required key: the timerange's keys are all required.
    QJsonObject camel = sampleReport(QStringLiteral("camel"));
    QJsonArray dashboards = camel.value(QStringLiteral("dashboards")).toArray();
    QJsonObject d = dashboards.first().toObject();
    d.insert(QStringLiteral("timerange"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("relative")},
                         {QStringLiteral("period"), QStringLiteral("1w")}});
    dashboards[0] = d;
    camel.insert(QStringLiteral("dashboards"), dashboards);
    r = post(camel);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().httpStatus(), 422);
    QVERIFY(r->error().serverMessage().contains(QLatin1String("missing field `from`")));
    // A float where the server wants microseconds as an integer.
    QJsonObject floaty = sampleReport(QStringLiteral("floaty"));
    floaty.insert(QStringLiteral("start"), 1.5);
    r = post(floaty);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().httpStatus(), 422);
    // A destination that is not {"email": ...}.
    QJsonObject dest = sampleReport(QStringLiteral("dest"));
    dest.insert(QStringLiteral("destinations"), QJsonArray{QStringLiteral("ops@example.com")});
    r = post(dest);
    QVERIFY(r && !r->ok());
    QCOMPARE(r->error().httpStatus(), 422);
    // No JSON content type.
    std::optional<HttpResult> plain;
    raw.send(HttpRequest::post(QStringLiteral("api/v2/default/reports"),
                               QJsonDocument(sampleReport(QStringLiteral("p"))).toJson(),
                               "text/plain", QStringLiteral("create")),
             this, [&](const HttpResult &x) { plain = x; });
    QTRY_VERIFY(plain.has_value());
    QCOMPARE(plain->error().httpStatus(), 415);
    QCOMPARE(m_server->reportCount(), 0);
    // And the right form is accepted, answering no id.
    r = post(sampleReport(QStringLiteral("right")));
    QVERIFY(r && r->ok());
    QCOMPARE((*r)->jsonObject().value(),
             (QJsonObject{{QStringLiteral("code"), 200},
                          {QStringLiteral("message"), QStringLiteral("Report saved")}}));
}

void TestOpenObserveClient::serverDropsWronglyCasedOptionalKeys()
{
    QJsonObject report = sampleReport(QStringLiteral("dropped"));
    report.insert(QStringLiteral("timezone_offset"), 120); // ignored: the key is timezoneOffset
    report.insert(QStringLiteral("image_preview"), false); // ignored
    QJsonArray dashboards = report.value(QStringLiteral("dashboards")).toArray();
    QJsonObject d = dashboards.first().toObject();
    d.remove(QStringLiteral("report_type"));
    d.insert(QStringLiteral("reportType"), QStringLiteral("png")); // ignored: default pdf
    dashboards[0] = d;
    report.insert(QStringLiteral("dashboards"), dashboards);
    const QString id = m_server->addReport(QStringLiteral("default"), report);
    const QJsonObject stored = m_server->report(id)->report;
    QVERIFY(!stored.contains(QStringLiteral("timezone_offset")));
    QVERIFY(!stored.contains(QStringLiteral("image_preview")));
    QCOMPARE(stored.value(QStringLiteral("timezoneOffset")).toInt(), 60);
    const QJsonObject storedDashboard =
        stored.value(QStringLiteral("dashboards")).toArray().first().toObject();
    QVERIFY(!storedDashboard.contains(QStringLiteral("reportType")));
    QCOMPARE(storedDashboard.value(QStringLiteral("report_type")).toString(),
             QStringLiteral("pdf"));
}

void TestOpenObserveClient::serverV1AndV2Statuses()
{
    HttpClientConfig config;
    config.baseUrl = m_server->baseUrl();
    config.displayName = QStringLiteral("raw");
    config.auth = HttpAuth::basic(kUser, kPassword);
    config.retry = RetryPolicy::noRetries();
    HttpClient raw(m_network.get(), config);
    const auto status = [&](HttpRequest request) {
        std::optional<HttpResult> result;
        raw.send(std::move(request), this, [&](const HttpResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 10000);
        return !result ? -1 : result->ok() ? (*result)->status : result->error().httpStatus();
    };
    const QString id =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("r1")));
    // v1 get of a missing report: 400 (not 404); v2: 404.
    QCOMPARE(status(HttpRequest::get(QStringLiteral("api/default/reports/missing"), {})), 400);
    QCOMPARE(
        status(HttpRequest::get(
            QStringLiteral("api/v2/default/reports/") + OpenObserveTestServer::newKsuid(), {})),
        404);
    QCOMPARE(status(HttpRequest::get(QStringLiteral("api/default/reports/r1"), {})), 200);
    QCOMPARE(status(HttpRequest::get(QStringLiteral("api/v2/default/reports/") + id, {})), 200);
    // Enable: PATCH in v2 (PUT is 405), PUT in v1.
    HttpRequest put = HttpRequest::get(
        QStringLiteral("api/v2/default/reports/") + id + QStringLiteral("/enable"), {});
    put.method = "PUT";
    QCOMPARE(status(put), 405);
    HttpRequest patch = put;
    patch.method = "PATCH";
    patch.withQuery(QStringLiteral("value"), QStringLiteral("nonsense")); // unparsable: false
    QCOMPARE(status(patch), 200);
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("enabled")).toBool(), false);
    HttpRequest v1Enable = HttpRequest::get(QStringLiteral("api/default/reports/r1/enable"), {});
    v1Enable.method = "PUT";
    v1Enable.withQuery(QStringLiteral("value"), QStringLiteral("true"));
    QCOMPARE(status(v1Enable), 200);
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("enabled")).toBool(), true);
    // v1 create of a duplicate: 400; v2 create into a missing folder: 404.
    QCOMPARE(status(HttpRequest::postJson(QStringLiteral("api/default/reports"),
                                          QJsonDocument(sampleReport(QStringLiteral("r1"))), {})),
             400);
    HttpRequest missingFolder =
        HttpRequest::postJson(QStringLiteral("api/v2/default/reports"),
                              QJsonDocument(sampleReport(QStringLiteral("r2"))), {});
    missingFolder.withQuery(QStringLiteral("folder"), QStringLiteral("nope"));
    QCOMPARE(status(missingFolder), 404);
    // SMTP not configured: v2 create 500, v1 create 400.
    m_server->setSmtpEnabled(false);
    QCOMPARE(status(HttpRequest::postJson(QStringLiteral("api/v2/default/reports"),
                                          QJsonDocument(sampleReport(QStringLiteral("r3"))), {})),
             500);
    QCOMPARE(status(HttpRequest::postJson(QStringLiteral("api/default/reports"),
                                          QJsonDocument(sampleReport(QStringLiteral("r3"))), {})),
             400);
}

void TestOpenObserveClient::serverListShape()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("shape")));
    QVERIFY(OpenObserveTestServer::isKsuid(id));
    auto c = client();
    const auto items =
        await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); });
    QVERIFY(items && items->ok());
    QCOMPARE(items->value().size(), 1);
    const QJsonObject raw = items->value().first().raw;
    for (const char *k :
         {"report_id", "folder_id", "folder_name", "name", "owner", "description", "created_at",
          "dashboards", "frequency", "enabled", "org_id", "last_triggered_at"})
        QVERIFY2(raw.contains(QString::fromLatin1(k)), k);
    QCOMPARE(raw.value(QStringLiteral("folder_name")).toString(), QStringLiteral("Ops reports"));
    const QJsonArray dashboards = raw.value(QStringLiteral("dashboards")).toArray();
    QCOMPARE(dashboards.size(), 1);
    // `folder` in a list entry carries the report's folder.
    QCOMPARE(dashboards.first().toObject().value(QStringLiteral("folder")).toString(), m_opsFolder);
}

// --- Connection -----------------------------------------------------------------------------

void TestOpenObserveClient::testConnectionBasic()
{
    auto c = client();
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info);
    QVERIFY2(info->ok(), qPrintable(info->error().text()));
    QCOMPARE(info->value().product, QStringLiteral("OpenObserve"));
    QVERIFY2(info->value().detail.contains(QStringLiteral("organisation “default”")),
             qPrintable(info->value().detail));
    QVERIFY(info->value().detail.contains(QLatin1String("2 report folders")));
    QVERIFY(info->value().detail.contains(kUser));
    QCOMPARE(requests().size(), 1);
    const LoopbackRequest &r = requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/folders/reports"));
    QCOMPARE(r.header("Authorization"), basic(kUser, kPassword));
    QCOMPARE(r.header("Accept"), QByteArray("application/json"));
}

void TestOpenObserveClient::testConnectionBearer()
{
    auto c = client(RemoteServer::Auth::Bearer, kToken);
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && info->ok());
    QCOMPARE(requests().first().header("Authorization"), "Bearer " + kToken.toUtf8());
}

void TestOpenObserveClient::testConnectionWrongPassword()
{
    auto c = client(RemoteServer::Auth::Basic, QStringLiteral("wrong-password"));
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !info->ok());
    const RemoteError &e = info->error();
    QCOMPARE(e.kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus(), 401);
    QCOMPARE(e.serverMessage(), QStringLiteral("Unauthorized Access"));
    QCOMPARE(e.text(), QStringLiteral("OpenObserve “ops”: test the connection failed: 401 "
                                      "Unauthorized — Unauthorized Access. Check the user name "
                                      "and password or token."));
}

void TestOpenObserveClient::testConnectionForbidden()
{
    m_server->forbid(QStringLiteral("folders"));
    auto c = client();
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Forbidden);
    QVERIFY2(info->error().text().contains(QStringLiteral("403 Forbidden — Unauthorized Access")),
             qPrintable(info->error().text()));
}

void TestOpenObserveClient::testConnectionNotOpenObserve_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("challenge");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const int malformed = int(RemoteError::Kind::MalformedResponse);
    QTest::newRow("HTML page") << 200 << QByteArray("text/html")
                               << QByteArray("<html><title>Welcome to nginx</title></html>")
                               << QByteArray() << malformed
                               << QStringLiteral("this is not an OpenObserve server (the answer "
                                                 "is not JSON)");
    QTest::newRow("other JSON") << 200 << QByteArray("application/json")
                                << QByteArray("{\"folders\":[]}") << QByteArray() << malformed
                                << QStringLiteral("this is not an OpenObserve server (the report "
                                                  "folders answer has no “list”)");
    QTest::newRow("no such path") << 404 << QByteArray("text/plain") << QByteArray("Not Found")
                                  << QByteArray() << int(RemoteError::Kind::NotFound)
                                  << QStringLiteral("not an OpenObserve server, or the base URL "
                                                    "has a wrong path");
    QTest::newRow("401 of another server")
        << 401 << QByteArray("text/plain") << QByteArray("Login required")
        << QByteArray("Basic realm=\"grafana\"") << int(RemoteError::Kind::Unauthorized)
        << QStringLiteral("Login required; the answer has no WWW-Authenticate: Bearer "
                          "realm=\"openobserve\", so this may not be an OpenObserve server");
}

void TestOpenObserveClient::testConnectionNotOpenObserve()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, challenge);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    LoopbackHttpServer other;
    QVERIFY(other.listen());
    other.route("*", QStringLiteral("/{rest*}"), [&](const LoopbackRequest &) {
        auto r = LoopbackResponse::bytes(status, body, contentType);
        if (!challenge.isEmpty())
            r.withHeader("WWW-Authenticate", challenge);
        return r;
    });
    RemoteServer p = profile();
    p.baseUrl = other.url(QStringLiteral("/"));
    OpenObserveClient c(p, kPassword, m_network.get());
    const auto info = await<ServerInfo>([&](auto done) { c.testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(int(info->error().kind()), kind);
    QVERIFY2(info->error().text().contains(expected), qPrintable(info->error().text()));
    QVERIFY(info->error().text().startsWith(QStringLiteral("OpenObserve “ops”: test the "
                                                           "connection failed: ")));
}

void TestOpenObserveClient::testConnectionFindsOnlyV1()
{
    m_server->setV2Enabled(false);
    auto c = client();
    QCOMPARE(c->api(), OpenObserveClient::Api::V2);
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info);
    QVERIFY2(info->ok(), qPrintable(info->error().text()));
    QVERIFY(info->value().detail.contains(QLatin1String("v1 reports API")));
    QCOMPARE(c->api(), OpenObserveClient::Api::V1);
    QVERIFY(!c->supports(Capability::Folders));
    QVERIFY(!c->supports(Capability::Move));
    QVERIFY(c->supports(Capability::Enable));
    QCOMPARE(requests().size(), 2);
    QCOMPARE(requests().at(1).path, QStringLiteral("/api/default/reports"));
}

void TestOpenObserveClient::testConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    RemoteServer p = profile();
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    OpenObserveClient c(p, kPassword, m_network.get());
    const auto info = await<ServerInfo>([&](auto done) { c.testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::ConnectionRefused);
}

void TestOpenObserveClient::unsupportedAuthMethodIsAConfigurationError()
{
    auto c = client(RemoteServer::Auth::ApiKey, QStringLiteral("k"));
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Configuration);
    QVERIFY(info->error().text().contains(QLatin1String("password (basic) or a token (bearer)")));
    QCOMPARE(requests().size(), 0);
}

// --- Folders --------------------------------------------------------------------------------

void TestOpenObserveClient::listFolders()
{
    auto c = client();
    QVERIFY(c->supports(Capability::Folders));
    const auto folders = await<QList<RemoteFolder>>([&](auto done) { c->listFolders(done); });
    QVERIFY(folders && folders->ok());
    QCOMPARE(folders->value(),
             (QList<RemoteFolder>{{QStringLiteral("default"), QStringLiteral("default")},
                                  {m_opsFolder, QStringLiteral("Ops reports")}}));
}

void TestOpenObserveClient::createFolder()
{
    auto c = client();
    const auto folder = await<RemoteFolder>(
        [&](auto done) { c->createFolder(QStringLiteral("Finance & Co"), done); });
    QVERIFY(folder);
    QVERIFY2(folder->ok(), qPrintable(folder->error().text()));
    QCOMPARE(folder->value().name, QStringLiteral("Finance & Co"));
    QVERIFY(!folder->value().id.isEmpty());
    const LoopbackRequest r = requests().last();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/folders/reports"));
    QCOMPARE(r.json().object(),
             (QJsonObject{{QStringLiteral("name"), QStringLiteral("Finance & Co")},
                          {QStringLiteral("description"), QString()}}));
    const auto all = m_server->folders();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const auto &f) {
        return f.id == folder->value().id && f.name == QStringLiteral("Finance & Co");
    }));
}

void TestOpenObserveClient::createFolderErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QStringLiteral("  ")
                           << QStringLiteral("OpenObserve “ops”: create the folder “  ” failed: "
                                             "400 Bad Request — Folder name cannot be empty.");
    QTest::newRow("duplicate") << QStringLiteral("Ops reports")
                               << QStringLiteral("OpenObserve “ops”: create the folder “Ops "
                                                 "reports” failed: 400 Bad Request — Folder with "
                                                 "this name already exists in this organization.");
}

void TestOpenObserveClient::createFolderErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    auto c = client();
    const auto folder = await<RemoteFolder>([&](auto done) { c->createFolder(name, done); });
    QVERIFY(folder && !folder->ok());
    QCOMPARE(folder->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(folder->error().text(), expected);
    QCOMPARE(m_server->folders().size(), 2);
}

void TestOpenObserveClient::renameFolderKeepsDescription()
{
    auto c = client();
    const auto done = await<bool>(
        [&](auto cb) { c->renameFolder(m_opsFolder, QStringLiteral("Operations"), cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const auto put = requests().last();
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(put.path, QStringLiteral("/api/v2/default/folders/reports/") + m_opsFolder);
    QCOMPARE(put.json().object(),
             (QJsonObject{{QStringLiteral("folderId"), m_opsFolder},
                          {QStringLiteral("name"), QStringLiteral("Operations")},
                          {QStringLiteral("description"), QStringLiteral("For ops")}}));
    QCOMPARE(m_server->folders().at(1).name, QStringLiteral("Operations"));
    QCOMPARE(m_server->folders().at(1).description, QStringLiteral("For ops"));
}

void TestOpenObserveClient::renameDefaultFolderRefused()
{
    auto c = client();
    const auto done = await<bool>(
        [&](auto cb) { c->renameFolder(QStringLiteral("default"), QStringLiteral("Main"), cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().httpStatus(), 400);
    QVERIFY2(done->error().text().contains(QLatin1String("Can't update default folder")),
             qPrintable(done->error().text()));
}

void TestOpenObserveClient::deleteFolder()
{
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->deleteFolder(m_opsFolder, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().method, QByteArray("DELETE"));
    QCOMPARE(requests().last().path,
             QStringLiteral("/api/v2/default/folders/reports/") + m_opsFolder);
    QCOMPARE(m_server->folders().size(), 1);
}

void TestOpenObserveClient::deleteFolderErrors_data()
{
    QTest::addColumn<bool>("withReport");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("not empty") << true << QString() << 400
                               << QStringLiteral("Folder contains reports, please move/delete "
                                                 "reports from folder");
    QTest::newRow("missing") << false << QStringLiteral("nope") << 404
                             << QStringLiteral("Folder not found");
}

void TestOpenObserveClient::deleteFolderErrors()
{
    QFETCH(bool, withReport);
    QFETCH(QString, folder);
    QFETCH(int, status);
    QFETCH(QString, message);
    if (withReport)
        m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("keep")));
    auto c = client();
    const auto done =
        await<bool>([&](auto cb) { c->deleteFolder(folder.isEmpty() ? m_opsFolder : folder, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().httpStatus(), status);
    QCOMPARE(done->error().serverMessage(), message);
    QVERIFY(done->error().text().startsWith(
        QStringLiteral("OpenObserve “ops”: delete the folder failed: ")));
    QCOMPARE(m_server->folders().size(), 2);
}

// --- Reading --------------------------------------------------------------------------------

void TestOpenObserveClient::listItemsOfAFolder()
{
    QJsonObject second = sampleReport(QStringLiteral("hourly-load"));
    second.insert(QStringLiteral("frequency"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("hours")},
                              {QStringLiteral("interval"), 6},
                              {QStringLiteral("cron"), QString()},
                              {QStringLiteral("align_time"), true}});
    second.insert(QStringLiteral("enabled"), false);
    const QString a =
        m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly-errors")));
    const QString b = m_server->addReport(m_opsFolder, second);
    m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("elsewhere")));
    auto c = client();
    const auto items =
        await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); });
    QVERIFY(items && items->ok());
    QCOMPARE(items->value().size(), 2);
    const RemoteItem &first = items->value().at(0);
    QCOMPARE(first.id, a);
    QVERIFY(OpenObserveTestServer::isKsuid(first.id));
    QCOMPARE(first.folderId, m_opsFolder);
    QCOMPARE(first.name, QStringLiteral("weekly-errors"));
    QCOMPARE(first.description, QStringLiteral("Errors of the last week"));
    QCOMPARE(first.enabled, std::optional<bool>(true));
    QCOMPARE(first.scheduleText, QStringLiteral("On the cron schedule “0 0 8 * * MON”"));
    const RemoteItem &other = items->value().at(1);
    QCOMPARE(other.id, b);
    QCOMPARE(other.enabled, std::optional<bool>(false));
    QCOMPARE(other.scheduleText, QStringLiteral("Every 6 hours"));
    QCOMPARE(c->knownFolderOf(b), m_opsFolder);
    const LoopbackRequest r = requests().last();
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/reports"));
    QCOMPARE(r.queryValue(QStringLiteral("folder")), m_opsFolder);
    QVERIFY(!r.query.hasQueryItem(QStringLiteral("report_name_substring")));
}

void TestOpenObserveClient::listItemsOfTheDefaultFolder()
{
    m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("main")));
    auto c = client();
    const auto items = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(items && items->ok());
    QCOMPARE(items->value().size(), 1);
    QCOMPARE(items->value().first().folderId, QStringLiteral("default"));
    QCOMPARE(requests().last().queryValue(QStringLiteral("folder")), QStringLiteral("default"));
}

void TestOpenObserveClient::listReportsSearchesByName()
{
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("Weekly-Errors")));
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("daily-errors")));
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("capacity")));
    auto c = client();
    const auto items = await<QList<RemoteItem>>(
        [&](auto done) { c->listReports(m_opsFolder, QStringLiteral("ERRORS"), done); });
    QVERIFY(items && items->ok());
    QStringList names;
    for (const RemoteItem &i : items->value())
        names << i.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Weekly-Errors"), QStringLiteral("daily-errors")}));
    QCOMPARE(requests().last().queryValue(QStringLiteral("report_name_substring")),
             QStringLiteral("ERRORS"));
}

void TestOpenObserveClient::getItem()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    auto c = client();
    (void)await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); });
    const auto item = await<RemoteItem>([&](auto done) { c->getItem(id, done); });
    QVERIFY(item && item->ok());
    QCOMPARE(item->value().id, id);
    QCOMPARE(item->value().folderId, m_opsFolder); // remembered from the list
    QCOMPARE(item->value().name, QStringLiteral("weekly"));
    QCOMPARE(item->value().raw, m_server->report(id)->report);
    QVERIFY(!item->value().raw.contains(QStringLiteral("id")));
    QCOMPARE(item->value().scheduleText, QStringLiteral("Every Monday at 08:00, Europe/Berlin, "
                                                        "from 2026-01-01 01:00"));
    QVERIFY(item->value().updated.isValid());
    QCOMPARE(requests().last().path, QStringLiteral("/api/v2/default/reports/") + id);
}

void TestOpenObserveClient::getItemNotFound()
{
    auto c = client();
    const QString id = OpenObserveTestServer::newKsuid();
    const auto item = await<RemoteItem>([&](auto done) { c->getItem(id, done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().kind(), RemoteError::Kind::NotFound);
    QCOMPARE(item->error().text(),
             QStringLiteral("OpenObserve “ops”: read the report failed: 404 Not Found — Report "
                            "not found. Check the base URL and the organisation; the item may "
                            "have been deleted."));
}

void TestOpenObserveClient::getReportMapsTheReport()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    auto c = client();
    const auto report = await<Report>([&](auto done) { c->getReport(id, done); });
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->error().text()));
    const Report &r = report->value();
    QCOMPARE(r.remoteId, id);
    QCOMPARE(r.name, QStringLiteral("weekly"));
    QCOMPARE(r.title, QStringLiteral("Weekly errors"));
    QCOMPARE(r.message, QStringLiteral("Hello team"));
    QCOMPARE(r.owner, QString()); // seeded directly, not through the API
    QCOMPARE(r.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(r.timeRange.from, QStringLiteral("now-1w"));
    QCOMPARE(r.variables, (QList<Variable>{{QStringLiteral("env"), QStringLiteral("prod")}}));
    QCOMPARE(r.delivery.value(QStringLiteral("recipients")).toString(),
             QStringLiteral("ops@example.com"));
    QCOMPARE(r.sections.size(), 1);
    QCOMPARE(r.sections.first().remoteRef, QStringLiteral("dfolder1/dash1/tab1"));
    QCOMPARE(r.schedule.value(QStringLiteral("frequency")).toString(), QStringLiteral("weekly"));
}

void TestOpenObserveClient::readRetriedAfterServiceUnavailable()
{
    m_server->failNext("GET", QStringLiteral("/reports"),
                       LoopbackResponse::text(503, "busy").withHeader("Retry-After", "1"));
    auto c = client();
    const auto items = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(items && items->ok());
    QCOMPARE(m_server->http().requestCount("GET", QStringLiteral("/api/v2/default/reports")), 2);
}

// --- Writing --------------------------------------------------------------------------------

void TestOpenObserveClient::createReportJsonFindsTheNewReportByName()
{
    auto c = client();
    const QJsonObject body = sampleReport(QStringLiteral("weekly-errors"));
    const auto item =
        await<RemoteItem>([&](auto done) { c->createReportJson(m_opsFolder, body, done); });
    QVERIFY(item);
    QVERIFY2(item->ok(), qPrintable(item->error().text()));
    const auto stored = m_server->reportByName(m_opsFolder, QStringLiteral("weekly-errors"));
    QVERIFY(stored);
    QCOMPARE(item->value().id, stored->id);
    QCOMPARE(item->value().folderId, m_opsFolder);
    QCOMPARE(item->value().raw.value(QStringLiteral("owner")).toString(), kUser);
    QCOMPARE(c->knownFolderOf(stored->id), m_opsFolder);
    const auto r = requests();
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).method, QByteArray("POST"));
    QCOMPARE(r.at(0).path, QStringLiteral("/api/v2/default/reports"));
    QCOMPARE(r.at(0).queryValue(QStringLiteral("folder")), m_opsFolder);
    QCOMPARE(r.at(0).header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(r.at(0).json().object(), body);
    QCOMPARE(r.at(1).method, QByteArray("GET"));
    QCOMPARE(r.at(1).queryValue(QStringLiteral("report_name_substring")),
             QStringLiteral("weekly-errors"));
    QCOMPARE(r.at(1).queryValue(QStringLiteral("folder")), m_opsFolder);
    QCOMPARE(r.at(2).path, QStringLiteral("/api/v2/default/reports/") + stored->id);
}

void TestOpenObserveClient::createReportPicksTheExactName()
{
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("Errors-2")));
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("old-errors")));
    auto c = client();
    const auto item = await<RemoteItem>([&](auto done) {
        c->createReportJson(m_opsFolder, sampleReport(QStringLiteral("errors")), done);
    });
    QVERIFY(item && item->ok());
    QCOMPARE(item->value().name, QStringLiteral("errors"));
    QCOMPARE(item->value().id, m_server->reportByName(m_opsFolder, QStringLiteral("errors"))->id);
}

void TestOpenObserveClient::createReportFromAReport()
{
    Report report;
    report.name = QStringLiteral("capacity");
    report.title = QStringLiteral("Capacity");
    report.message = QStringLiteral("See attached");
    report.timeZone = QStringLiteral("Europe/Berlin");
    report.timeRange = {QStringLiteral("now-30d"), QStringLiteral("now")};
    report.variables = {{QStringLiteral("cluster"), QStringLiteral("eu-1")}};
    report.delivery.insert(QStringLiteral("recipients"),
                           QStringLiteral("a@example.com; b@example.com"));
    Section s;
    s.kind = Section::Kind::RemoteSnapshot;
    s.remoteRef = QStringLiteral("dfolder1/dash2/main");
    report.sections = {s};
    Schedule schedule;
    schedule.frequency = Schedule::Frequency::Weekly;
    schedule.weekdays = {1, 4};
    schedule.time = QTime(7, 30);
    schedule.timeZone = QStringLiteral("Europe/Berlin");
    schedule.start = QDateTime(QDate(2026, 7, 1), QTime(0, 0), QTimeZone("Europe/Berlin"));
    report.schedule = schedule.toJson();
    auto c = client();
    const auto item = await<RemoteItem>([&](auto done) { c->createReport({}, report, done); });
    QVERIFY(item);
    QVERIFY2(item->ok(), qPrintable(item->error().text()));
    const QJsonObject sent = requests().first().json().object();
    // Top level camelCase, nested snake_case, exactly the keys the server reads.
    for (auto it = sent.constBegin(); it != sent.constEnd(); ++it)
        QVERIFY2(!it.key().contains(QLatin1Char('_')), qPrintable(it.key()));
    QCOMPARE(sent.value(QStringLiteral("orgId")).toString(), QStringLiteral("default"));
    QCOMPARE(sent.value(QStringLiteral("timezone")).toString(), QStringLiteral("Europe/Berlin"));
    QCOMPARE(sent.value(QStringLiteral("timezoneOffset")).toInt(), 120); // CEST at the start
    QCOMPARE(sent.value(QStringLiteral("start")).toInteger(),
             schedule.start.toMSecsSinceEpoch() * 1000);
    const QJsonObject frequency = sent.value(QStringLiteral("frequency")).toObject();
    QCOMPARE(frequency.value(QStringLiteral("type")).toString(), QStringLiteral("cron"));
    QVERIFY(frequency.contains(QStringLiteral("align_time")));
    const QJsonObject dashboard =
        sent.value(QStringLiteral("dashboards")).toArray().first().toObject();
    QCOMPARE(dashboard.value(QStringLiteral("report_type")).toString(), QStringLiteral("pdf"));
    QCOMPARE(dashboard.value(QStringLiteral("timerange")).toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("relative")},
                          {QStringLiteral("period"), QStringLiteral("30d")},
                          {QStringLiteral("from"), 0},
                          {QStringLiteral("to"), 0}}));
    QCOMPARE(sent.value(QStringLiteral("destinations")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("a@example.com")}},
                         QJsonObject{{QStringLiteral("email"), QStringLiteral("b@example.com")}}}));
    // The server understood all of it: what it stored reads back as the same report.
    const auto stored =
        m_server->reportByName(QStringLiteral("default"), QStringLiteral("capacity"));
    QVERIFY(stored);
    const auto back = OpenObserveReportMapping::toReport(stored->report, stored->id);
    QVERIFY(back);
    QCOMPARE(back->schedule, report.schedule);
    QCOMPARE(back->timeRange, report.timeRange);
    QCOMPARE(back->variables, report.variables);
    QCOMPARE(back->sections.first().remoteRef, s.remoteRef);
    QCOMPARE(OpenObserveReportMapping::recipients(back->delivery),
             (QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}));
}

void TestOpenObserveClient::createReportErrors_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("dashboard");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");
    const QString prefix = QStringLiteral("OpenObserve “ops”: create the report “errors” failed: ");
    QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringLiteral("dash1")
                               << QString() << int(RemoteError::Kind::HttpClientError)
                               << prefix + QStringLiteral("400 Bad Request — Report already "
                                                          "exists.");
    QTest::newRow("unknown dashboard")
        << QString() << QStringLiteral("dash-gone") << QString() << int(RemoteError::Kind::NotFound)
        << prefix + QStringLiteral("404 Not Found — Some dashboards/tabs not found. Check the "
                                   "base URL and the organisation; the item may have been "
                                   "deleted.");
    QTest::newRow("unknown folder") << QString() << QStringLiteral("dash1")
                                    << QStringLiteral("nope") << int(RemoteError::Kind::NotFound)
                                    << prefix + QStringLiteral("404 Not Found — Folder not found");
    QTest::newRow("smtp off") << QStringLiteral("smtp") << QStringLiteral("dash1") << QString()
                              << int(RemoteError::Kind::HttpServerError)
                              << prefix + QStringLiteral("500 Internal Server Error — SMTP "
                                                         "configuration not enabled. The server "
                                                         "has a problem");
    QTest::newRow("forbidden") << QStringLiteral("forbid") << QStringLiteral("dash1") << QString()
                               << int(RemoteError::Kind::Forbidden)
                               << prefix + QStringLiteral("403 Forbidden — Unauthorized Access.");
}

void TestOpenObserveClient::createReportErrors()
{
    QFETCH(QString, hook);
    QFETCH(QString, dashboard);
    QFETCH(QString, folder);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    if (hook == QLatin1String("duplicate"))
        m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("errors")));
    if (hook == QLatin1String("smtp"))
        m_server->setSmtpEnabled(false);
    if (hook == QLatin1String("forbid"))
        m_server->forbid(QStringLiteral("create"));
    const int before = m_server->reportCount();
    auto c = client();
    const auto item = await<RemoteItem>([&](auto done) {
        c->createReportJson(folder.isEmpty() ? m_opsFolder : folder,
                            sampleReport(QStringLiteral("errors"), dashboard), done);
    });
    QVERIFY(item && !item->ok());
    QCOMPARE(int(item->error().kind()), kind);
    QVERIFY2(item->error().text().startsWith(expected), qPrintable(item->error().text()));
    QCOMPARE(m_server->reportCount(), before);
    QCOMPARE(requests().size(), 1); // no search after a failed create, and no retry of a POST
}

void TestOpenObserveClient::createReportRefusedBeforeSending()
{
    Report report;
    report.name = QStringLiteral("has space");
    Section s;
    s.kind = Section::Kind::RemoteSnapshot;
    s.remoteRef = QStringLiteral("dfolder1/dash1/tab1");
    report.sections = {s};
    Schedule schedule;
    report.schedule = schedule.toJson();
    auto c = client();
    auto item = await<RemoteItem>([&](auto done) { c->createReport({}, report, done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY2(item->error().text().contains(QLatin1String("cannot contain spaces")),
             qPrintable(item->error().text()));
    report.name = QStringLiteral("ends");
    schedule.end = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    report.schedule = schedule.toJson();
    item = await<RemoteItem>([&](auto done) { c->createReport({}, report, done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().text(), QStringLiteral("OpenObserve “ops”: create the report “ends” "
                                                  "failed: OpenObserve cannot stop a schedule at "
                                                  "an end date."));
    QCOMPARE(requests().size(), 0);
}

void TestOpenObserveClient::updateReportJsonMovesWithFolderQuery()
{
    const QString id =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("weekly")));
    auto c = client();
    QJsonObject changed = m_server->report(id)->report;
    changed.insert(QStringLiteral("title"), QStringLiteral("Moved and renamed"));
    const auto done =
        await<bool>([&](auto cb) { c->updateReportJson(id, changed, m_opsFolder, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const LoopbackRequest r = requests().last();
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/reports/") + id);
    QCOMPARE(r.queryValue(QStringLiteral("folder")), m_opsFolder);
    QCOMPARE(m_server->report(id)->folderId, m_opsFolder);
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("title")).toString(),
             QStringLiteral("Moved and renamed"));
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("lastEditedBy")).toString(), kUser);
    QCOMPARE(c->knownFolderOf(id), m_opsFolder);
    // Without a folder, no ?folder= and the report stays.
    (void)await<bool>([&](auto cb) { c->updateReportJson(id, changed, {}, cb); });
    QVERIFY(!requests().last().query.hasQueryItem(QStringLiteral("folder")));
    QCOMPARE(m_server->report(id)->folderId, m_opsFolder);
}

void TestOpenObserveClient::updateReportKeepsWhatReportDeskDoesNotModel()
{
    QJsonObject original = sampleReport(QStringLiteral("weekly"));
    original.insert(
        QStringLiteral("destinations"),
        QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}}});
    const QString id = m_server->addReport(m_opsFolder, original);
    const QJsonObject before = m_server->report(id)->report;
    auto c = client();
    const auto report = await<Report>([&](auto done) { c->getReport(id, done); });
    QVERIFY(report && report->ok());
    Report edited = report->value();
    edited.title = QStringLiteral("Weekly errors (EU)");
    edited.delivery.insert(QStringLiteral("recipients"),
                           QStringLiteral("ops@example.com, eu@example.com"));
    const auto done = await<bool>([&](auto cb) { c->updateReport(id, edited, {}, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    // GET (read), GET (read again for the merge), PUT.
    QCOMPARE(requests().last().method, QByteArray("PUT"));
    const QJsonObject after = m_server->report(id)->report;
    QCOMPARE(after.value(QStringLiteral("title")).toString(), QStringLiteral("Weekly errors (EU)"));
    QCOMPARE(after.value(QStringLiteral("destinations")).toArray().size(), 2);
    // Untouched: what ReportDesk does not model, and what it did not change.
    for (const char *k : {"imagePreview", "frequency", "start", "timezone", "timezoneOffset",
                          "dashboards", "message", "description", "enabled"})
        QCOMPARE(after.value(QString::fromLatin1(k)), before.value(QString::fromLatin1(k)));
    const QJsonObject dashboard =
        after.value(QStringLiteral("dashboards")).toArray().first().toObject();
    QCOMPARE(dashboard.value(QStringLiteral("attachment_dimensions"))
                 .toObject()
                 .value(QStringLiteral("width"))
                 .toInt(),
             1280);
    QCOMPARE(dashboard.value(QStringLiteral("variables"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("var-1"));
}

void TestOpenObserveClient::updateReportErrors()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("taken")));
    auto c = client();
    // Missing report.
    const QString missing = OpenObserveTestServer::newKsuid();
    auto done = await<bool>(
        [&](auto cb) { c->updateReportJson(missing, sampleReport(QStringLiteral("x")), {}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY(done->error().text().startsWith(
        QStringLiteral("OpenObserve “ops”: update the report “x” failed: 404 Not Found — Report "
                       "not found.")));
    // A name taken in the target folder.
    done = await<bool>(
        [&](auto cb) { c->updateReportJson(id, sampleReport(QStringLiteral("taken")), {}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().httpStatus(), 400);
    QCOMPARE(done->error().serverMessage(), QStringLiteral("Report already exists"));
    // Moving into a folder that does not exist.
    done = await<bool>([&](auto cb) {
        c->updateReportJson(id, sampleReport(QStringLiteral("weekly")), QStringLiteral("nope"), cb);
    });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().serverMessage(), QStringLiteral("Folder not found"));
    QCOMPARE(m_server->report(id)->folderId, m_opsFolder);
    QCOMPARE(c->knownFolderOf(id), QString());
    // A Report with a time range OpenObserve cannot express: refused, nothing sent.
    const auto report = await<Report>([&](auto cb) { c->getReport(id, cb); });
    QVERIFY(report && report->ok());
    Report edited = report->value();
    edited.timeRange = {QStringLiteral("now/d"), QStringLiteral("now")};
    const int sent = int(requests().size());
    done = await<bool>([&](auto cb) { c->updateReport(id, edited, {}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY2(done->error().text().contains(QStringLiteral("“now/d … now” is neither")),
             qPrintable(done->error().text()));
    QCOMPARE(requests().size(), sent + 1); // the read only
    QCOMPARE(requests().last().method, QByteArray("GET"));
}

void TestOpenObserveClient::setEnabledUsesPatchAndValue()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->setEnabled(id, false, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().method, QByteArray("PATCH"));
    QCOMPARE(requests().last().path,
             QStringLiteral("/api/v2/default/reports/") + id + QStringLiteral("/enable"));
    QCOMPARE(requests().last().queryValue(QStringLiteral("value")), QStringLiteral("false"));
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("enabled")).toBool(), false);
    done = await<bool>([&](auto cb) { c->setEnabled(id, true, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().queryValue(QStringLiteral("value")), QStringLiteral("true"));
    QCOMPARE(m_server->report(id)->report.value(QStringLiteral("enabled")).toBool(), true);
    // A server that answers with the other state is not believed.
    m_server->failNext("PATCH", QStringLiteral("/enable"),
                       LoopbackResponse::json(200, QJsonObject{{QStringLiteral("enabled"), true}}));
    done = await<bool>([&](auto cb) { c->setEnabled(id, false, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY(done->error().text().contains(QLatin1String("still enabled")));
}

void TestOpenObserveClient::setEnabledNotFound()
{
    auto c = client();
    const auto done =
        await<bool>([&](auto cb) { c->setEnabled(OpenObserveTestServer::newKsuid(), true, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY(done->error().text().startsWith(
        QStringLiteral("OpenObserve “ops”: enable the report failed: 404 Not Found — Report not "
                       "found.")));
}

void TestOpenObserveClient::triggerRunsOnceEvenWhenItFails()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    m_server->setSmtpEnabled(false);
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->trigger(id, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::HttpServerError);
    QVERIFY2(done->error().text().startsWith(
                 QStringLiteral("OpenObserve “ops”: run the report now failed: 500 Internal "
                                "Server Error — SMTP configuration not enabled.")),
             qPrintable(done->error().text()));
    // A PUT the HTTP layer would retry: trigger sends email, so it is sent once.
    QCOMPARE(requests().size(), 1);
    QCOMPARE(m_server->report(id)->triggers, 0);
}

void TestOpenObserveClient::triggerSucceeds()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->trigger(id, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().method, QByteArray("PUT"));
    QCOMPARE(requests().last().path,
             QStringLiteral("/api/v2/default/reports/") + id + QStringLiteral("/trigger"));
    QCOMPARE(m_server->report(id)->triggers, 1);
    QVERIFY(m_server->report(id)->lastTriggeredAtMicros.has_value());
}

void TestOpenObserveClient::removeOne()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->remove({id}, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().method, QByteArray("DELETE"));
    QCOMPARE(requests().last().path, QStringLiteral("/api/v2/default/reports/") + id);
    QVERIFY(!m_server->report(id));
    done = await<bool>([&](auto cb) { c->remove({id}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    done = await<bool>([&](auto cb) { c->remove({}, cb); }); // nothing to do, still asynchronous
    QVERIFY(done && done->ok());
}

void TestOpenObserveClient::removeBulk()
{
    const QString a = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("a")));
    const QString b = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("b")));
    const QString keep = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("keep")));
    auto c = client();
    (void)await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); });
    const QString gone = OpenObserveTestServer::newKsuid(); // counts as deleted
    const auto done = await<bool>([&](auto cb) { c->remove({a, b, gone}, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const LoopbackRequest r = requests().last();
    QCOMPARE(r.method, QByteArray("DELETE"));
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/reports/bulk"));
    QCOMPARE(r.json().object(), (QJsonObject{{QStringLiteral("ids"), QJsonArray{a, b, gone}}}));
    QVERIFY(!r.query.hasQueryItem(QStringLiteral("folder"))); // `gone`'s folder is not known
    QVERIFY(!m_server->report(a));
    QVERIFY(!m_server->report(b));
    QVERIFY(m_server->report(keep));
    // All from one known folder: the folder goes along for the permission check.
    const QString c1 = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("c1")));
    const QString c2 = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("c2")));
    (void)await<QList<RemoteItem>>([&](auto cb) { c->listItems(m_opsFolder, cb); });
    QVERIFY(await<bool>([&](auto cb) { c->remove({c1, c2}, cb); })->ok());
    QCOMPARE(requests().last().queryValue(QStringLiteral("folder")), m_opsFolder);
}

void TestOpenObserveClient::removeBulkRetriesWhatTheBulkLeft()
{
    const QString a = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("a")));
    const QString b = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("b")));
    m_server->failInBulkDelete(b);
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->remove({a, b}, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    QCOMPARE(requests().size(), 2);
    QCOMPARE(requests().last().path, QStringLiteral("/api/v2/default/reports/") + b);
    QVERIFY(!m_server->report(a));
    QVERIFY(!m_server->report(b));
}

void TestOpenObserveClient::removeBulkNamesTheFailure()
{
    const QString a = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("a")));
    const QString b = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("b")));
    m_server->failInBulkDelete(b);
    m_server->failNext(
        "DELETE", QStringLiteral("/reports/") + b,
        LoopbackResponse::json(
            500, QJsonObject{{QStringLiteral("code"), 500},
                             {QStringLiteral("message"), QStringLiteral("database is locked")}}));
    auto c = client();
    c->setRetryPolicy(RetryPolicy::noRetries());
    const auto done = await<bool>([&](auto cb) { c->remove({a, b}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(),
             QStringLiteral("OpenObserve “ops”: delete the report %1 failed: 500 Internal Server "
                            "Error — database is locked. The server has a problem; try again "
                            "later or ask its administrator.")
                 .arg(b));
    QVERIFY(!m_server->report(a));
    QVERIFY(m_server->report(b));
}

void TestOpenObserveClient::moveReports()
{
    const QString a =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("a")));
    const QString b =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("b")));
    auto c = client();
    QVERIFY(c->supports(Capability::Move));
    const auto done = await<bool>([&](auto cb) { c->move({a, b}, m_opsFolder, cb); });
    QVERIFY(done && done->ok());
    const LoopbackRequest r = requests().last();
    QCOMPARE(r.method, QByteArray("PATCH"));
    QCOMPARE(r.path, QStringLiteral("/api/v2/default/reports/move"));
    QCOMPARE(r.queryValue(QStringLiteral("folder")), QStringLiteral("default"));
    QCOMPARE(r.json().object(), (QJsonObject{{QStringLiteral("report_ids"), QJsonArray{a, b}},
                                             {QStringLiteral("dst_folder_id"), m_opsFolder}}));
    QCOMPARE(m_server->report(a)->folderId, m_opsFolder);
    QCOMPARE(m_server->report(b)->folderId, m_opsFolder);
    QCOMPARE(c->knownFolderOf(a), m_opsFolder);
}

void TestOpenObserveClient::moveGroupsBySourceFolder()
{
    const QString target = m_server->addFolder(QStringLiteral("Archive"));
    const QString a =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("a")));
    const QString b = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("b")));
    auto c = client();
    (void)await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    (void)await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); });
    m_server->http().clearRequests();
    const auto done = await<bool>([&](auto cb) { c->move({a, b}, target, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().size(), 2);
    QCOMPARE(requests().at(0).queryValue(QStringLiteral("folder")), QStringLiteral("default"));
    QCOMPARE(requests().at(0).json().object().value(QStringLiteral("report_ids")).toArray(),
             QJsonArray{a});
    QCOMPARE(requests().at(1).queryValue(QStringLiteral("folder")), m_opsFolder);
    QCOMPARE(requests().at(1).json().object().value(QStringLiteral("report_ids")).toArray(),
             QJsonArray{b});
    QCOMPARE(m_server->report(a)->folderId, target);
    QCOMPARE(m_server->report(b)->folderId, target);
}

void TestOpenObserveClient::moveErrors()
{
    const QString a =
        m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("a")));
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->move({a}, QStringLiteral("nope"), cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(),
             QStringLiteral("OpenObserve “ops”: move 1 report failed: 404 Not Found — Folder not "
                            "found. Check the base URL and the organisation; the item may have "
                            "been deleted."));
    QCOMPARE(m_server->report(a)->folderId, QStringLiteral("default"));
    // The server stops at the first missing id; the ones before it are moved.
    const QString missing = OpenObserveTestServer::newKsuid();
    done = await<bool>([&](auto cb) { c->move({a, missing}, m_opsFolder, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().serverMessage(), QStringLiteral("Report not found"));
    QCOMPARE(m_server->report(a)->folderId, m_opsFolder);
}

void TestOpenObserveClient::generateIsNotOffered()
{
    auto c = client();
    QVERIFY(!c->supports(Capability::Generate));
    const auto file = await<QString>(
        [&](auto done) { c->generate(QStringLiteral("x"), QStringLiteral("/tmp/x.pdf"), done); });
    QVERIFY(file && !file->ok());
    QCOMPARE(file->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY(file->error().text().contains(QLatin1String("offers no download")));
    QCOMPARE(requests().size(), 0);
}

// --- v1 -------------------------------------------------------------------------------------

void TestOpenObserveClient::v1Operations()
{
    m_server->setV2Enabled(false);
    RemoteServer p = profile();
    p.extra.insert(QStringLiteral("api"), QStringLiteral("v1"));
    OpenObserveClient c(p, kPassword, m_network.get());
    QCOMPARE(c.api(), OpenObserveClient::Api::V1);
    // Create: POST without folder, then read back by name (the name is the id).
    const auto created = await<RemoteItem>(
        [&](auto done) { c.createReportJson({}, sampleReport(QStringLiteral("weekly")), done); });
    QVERIFY(created);
    QVERIFY2(created->ok(), qPrintable(created->error().text()));
    QCOMPARE(created->value().id, QStringLiteral("weekly"));
    QCOMPARE(requests().at(0).path, QStringLiteral("/api/default/reports"));
    QVERIFY(!requests().at(0).query.hasQueryItem(QStringLiteral("folder")));
    QCOMPARE(requests().at(1).path, QStringLiteral("/api/default/reports/weekly"));
    // List.
    const auto items = await<QList<RemoteItem>>([&](auto done) { c.listItems({}, done); });
    QVERIFY(items && items->ok());
    QCOMPARE(items->value().size(), 1);
    QCOMPARE(items->value().first().id, QStringLiteral("weekly"));
    QCOMPARE(requests().last().path, QStringLiteral("/api/default/reports"));
    // Enable with PUT and ?value=.
    auto done = await<bool>([&](auto cb) { c.setEnabled(QStringLiteral("weekly"), false, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().method, QByteArray("PUT"));
    QCOMPARE(requests().last().path, QStringLiteral("/api/default/reports/weekly/enable"));
    QCOMPARE(requests().last().queryValue(QStringLiteral("value")), QStringLiteral("false"));
    // Trigger.
    done = await<bool>([&](auto cb) { c.trigger(QStringLiteral("weekly"), cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().path, QStringLiteral("/api/default/reports/weekly/trigger"));
    // Folders and moves are not there.
    const auto folders = await<QList<RemoteFolder>>([&](auto cb) { c.listFolders(cb); });
    QVERIFY(folders && !folders->ok());
    QCOMPARE(folders->error().kind(), RemoteError::Kind::Unsupported);
    done = await<bool>([&](auto cb) { c.move({QStringLiteral("weekly")}, m_opsFolder, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::Unsupported);
    // Bulk delete by names.
    m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("other")));
    done = await<bool>([&](auto cb) {
        c.remove({QStringLiteral("weekly"), QStringLiteral("other")}, cb);
    });
    QVERIFY(done && done->ok());
    QCOMPARE(requests().last().path, QStringLiteral("/api/default/reports/bulk"));
    QCOMPARE(m_server->reportCount(), 0);
}

void TestOpenObserveClient::v1ErrorsAre400ButReadAsNotFound()
{
    RemoteServer p = profile();
    p.extra.insert(QStringLiteral("api"), QStringLiteral("v1"));
    OpenObserveClient c(p, kPassword, m_network.get());
    const auto item =
        await<RemoteItem>([&](auto done) { c.getItem(QStringLiteral("nope"), done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().kind(), RemoteError::Kind::NotFound);
    QCOMPARE(item->error().httpStatus(), 400);
    QCOMPARE(item->error().text(),
             QStringLiteral("OpenObserve “ops”: read the report failed: 400 Bad Request — Report "
                            "not found. Check the base URL and the organisation; the item may "
                            "have been deleted."));
    const auto done = await<bool>([&](auto cb) {
        c.updateReportJson(QStringLiteral("nope"), sampleReport(QStringLiteral("nope")), {}, cb);
    });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    QCOMPARE(done->error().httpStatus(), 400);
    // Other v1 create errors stay client errors with the server's words.
    m_server->addReport(QStringLiteral("default"), sampleReport(QStringLiteral("dup")));
    const auto created = await<RemoteItem>(
        [&](auto cb) { c.createReportJson({}, sampleReport(QStringLiteral("dup")), cb); });
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(created->error().serverMessage(), QStringLiteral("Report already exists"));
}

// --- Secrets --------------------------------------------------------------------------------

void TestOpenObserveClient::logsContainNoSecrets()
{
    const QString id = m_server->addReport(m_opsFolder, sampleReport(QStringLiteral("weekly")));
    {
        auto c = client();
        QVERIFY(await<ServerInfo>([&](auto done) { c->testConnection(done); })->ok());
        QVERIFY(await<RemoteItem>([&](auto done) { c->getItem(id, done); })->ok());
        QVERIFY(await<bool>([&](auto done) { c->setEnabled(id, false, done); })->ok());
        auto wrong = client(RemoteServer::Auth::Basic, kPassword + QStringLiteral("x"));
        QVERIFY(!await<ServerInfo>([&](auto done) { wrong->testConnection(done); })->ok());
    }
    {
        auto c = client(RemoteServer::Auth::Bearer, kToken);
        QVERIFY(
            await<QList<RemoteItem>>([&](auto done) { c->listItems(m_opsFolder, done); })->ok());
    }
    QVERIFY(!g_logs.isEmpty());
    const QString all = g_logs.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("/api/v2/default/reports")));
    for (const QString &secret :
         {kPassword, kToken, QString::fromLatin1(basic(kUser, kPassword).mid(6)),
          QString::fromLatin1(QUrl::toPercentEncoding(kPassword))})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestOpenObserveClient)
#include "tst_openobserveclient.moc"
