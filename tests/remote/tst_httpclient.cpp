// The shared HTTP layer of the remote clients (core/remote) against loopback servers: what
// each auth method sends, where credentials go and where they never go (another origin after a
// redirect), TLS verification with and without the profile's CA, Retry-After in both forms,
// retries with backoff for idempotent calls only, timeouts, size limits, the errors a user
// sees (DNS, refused, 401 with the server's message) and logs without secrets.
#include "RemoteLogCapture.h"
#include "LoopbackHttpServer.h"
#include "remote/HttpClient.h"
#include "remote/OAuth2TokenProvider.h"
#include "remote/Redaction.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace reportdesk::remote;
using namespace std::chrono_literals;
using reportdesk::test::LoopbackHttpServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;
using reportdesk::test::TestCertificates;

namespace {

QStringList &g_logs = reportdesk::test::RemoteLogCapture::logs();

// Waits (event loop, no sleeps) for the call's result.
std::optional<HttpResult> await(HttpClient &client, HttpRequest request, int timeoutMs = 15000,
                                HttpCall **callOut = nullptr)
{
    std::optional<HttpResult> out;
    QObject context;
    HttpCall *call =
        client.send(std::move(request), &context, [&out](const HttpResult &r) { out = r; });
    if (callOut)
        *callOut = call;
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}

QByteArray basicValue(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

LoopbackResponse ok(const QByteArray &text = "ok")
{
    return LoopbackResponse::text(200, text);
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void authHeaders_data();
    void authHeaders();
    void defaultAndRequestHeaders();
    void pathsResolveAgainstTheBaseUrl();
    void sameOriginRedirectIsFollowed();
    void otherOriginRedirectGetsNoCredentials_data();
    void otherOriginRedirectGetsNoCredentials();
    void credentialsNeverSentToAnotherOrigin();
    void selfSignedTlsRejectedUnlessItsCaIsConfigured();
    void privateCaTlsAcceptedOnlyWithTheCa();
    void tlsHostNameMismatchRejectedEvenWithTheCa();
    void badCaFileIsAConfigurationError();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterSecondsHonoured();
    void retryAfterHttpDateHonoured();
    void retryAfterExposedToCallers();
    void retryAfterBeyondTheCapEndsTheCall();
    void serverErrorsRetriedWithBackoffForGet();
    void serverErrorsNotRetriedForPost();
    void notImplementedIsNotRetried();
    void retriesStopAtMaxAttempts();
    void timeoutRetriedForGet();
    void timeoutNotRetriedForPost();
    void responseSizeLimit_data();
    void responseSizeLimit();
    void dnsFailureNamed();
    void connectionRefusedNamed();
    void unauthorizedCarriesTheServerMessage();
    void httpErrorTexts_data();
    void httpErrorTexts();
    void serverMessageExtraction_data();
    void serverMessageExtraction();
    void malformedJsonNamesServerAndOperation();
    void chainedCallsAndJson();
    void cancelDeliversCancelled();
    void noCallbackAfterContextIsGone();
    void oauth2OneTokenForConcurrentCalls();
    void oauth2TokenCachedAndRefreshedAfterExpiry();
    void oauth2RetriesOnceAfter401();
    void oauth2TokenErrorNamed();
    void credentialsChangeOnlyForLaterCalls();
    void redaction();
    void logsContainNoSecrets();

private:
    HttpClientConfig config(const LoopbackHttpServer &server, HttpAuth auth = {}) const;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QTemporaryDir> m_certDir;
    std::optional<TestCertificates> m_certs;
};

void TestHttpClient::initTestCase()
{
    reportdesk::test::RemoteLogCapture::install();
    m_certDir = std::make_unique<QTemporaryDir>();
    QString error;
    m_certs = TestCertificates::generate(m_certDir->path(), &error);
    QVERIFY2(m_certs, qPrintable(error));
}

void TestHttpClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    g_logs.clear();
}

void TestHttpClient::cleanup()
{
    m_network.reset();
}

void TestHttpClient::cleanupTestCase()
{
    reportdesk::test::RemoteLogCapture::uninstall();
}

HttpClientConfig TestHttpClient::config(const LoopbackHttpServer &server, HttpAuth auth) const
{
    HttpClientConfig c;
    c.baseUrl = server.url(QStringLiteral("/api/"));
    c.displayName = QStringLiteral("Grafana “ops”");
    c.auth = std::move(auth);
    c.transferTimeout = 10s;
    c.retry.timeScale = 0.001; // waits of seconds take milliseconds; waits() reports them whole
    return c;
}

// --- Authentication -------------------------------------------------------------------------

void TestHttpClient::authHeaders_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << int(HttpAuth::Method::None) << QByteArray("Authorization")
                          << QByteArray();
    QTest::newRow("basic") << int(HttpAuth::Method::Basic) << QByteArray("Authorization")
                           << basicValue(QStringLiteral("admin@example.com"),
                                         QStringLiteral("pä:ss wörd"));
    QTest::newRow("bearer") << int(HttpAuth::Method::Bearer) << QByteArray("Authorization")
                            << QByteArray("Bearer glsa_service_token");
    QTest::newRow("api key in Authorization")
        << int(HttpAuth::Method::ApiKey) << QByteArray("Authorization")
        << QByteArray("ApiKey aWQ6a2V5");
    QTest::newRow("api key header")
        << int(HttpAuth::Method::ApiKey) << QByteArray("X-API-Key") << QByteArray("k-123456");
}

void TestHttpClient::authHeaders()
{
    QFETCH(int, method);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expected);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"), [](const auto &) { return ok(); });

    HttpAuth auth;
    switch (HttpAuth::Method(method)) {
    case HttpAuth::Method::None:
        break;
    case HttpAuth::Method::Basic:
        auth = HttpAuth::basic(QStringLiteral("admin@example.com"), QStringLiteral("pä:ss wörd"));
        break;
    case HttpAuth::Method::Bearer:
        auth = HttpAuth::bearer(QStringLiteral("glsa_service_token"));
        break;
    case HttpAuth::Method::ApiKey:
        auth = HttpAuth::apiKey(
            header,
            QString::fromLatin1(header == "Authorization" ? "ApiKey aWQ6a2V5" : "k-123456"));
        break;
    case HttpAuth::Method::OAuth2:
        QFAIL("covered by the oauth2 tests");
    }
    HttpClient client(m_network.get(), config(server, auth));
    const auto result =
        await(client, HttpRequest::get(QStringLiteral("reports"), QStringLiteral("list reports")));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
    QCOMPARE(server.requestCount(), 1);
    const LoopbackRequest r = server.requests().first();
    QCOMPARE(r.header(header), expected);
    QCOMPARE(r.hasHeader(header), !expected.isEmpty());
    if (header != "Authorization")
        QVERIFY(!r.hasHeader("Authorization"));
}

void TestHttpClient::defaultAndRequestHeaders()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route(
        "POST", QStringLiteral("/api/reporting/generate/{type}"), [](const LoopbackRequest &r) {
            // Kibana's rule: non-GET requests need kbn-xsrf.
            if (!r.hasHeader("kbn-xsrf"))
                return LoopbackResponse::json(
                    400, QJsonObject{{QStringLiteral("message"),
                                      QStringLiteral("Request must contain a kbn-xsrf header.")}});
            return LoopbackResponse::json(
                200, QJsonObject{{QStringLiteral("path"), QStringLiteral("/x")}});
        });
    HttpClientConfig c =
        config(server, HttpAuth::basic(QStringLiteral("elastic"), QStringLiteral("changeme")));
    c.defaultHeaders = {{"kbn-xsrf", "true"}, {"Accept", "application/json"}};
    HttpClient client(m_network.get(), c);
    HttpRequest request = HttpRequest::postJson(
        QStringLiteral("reporting/generate/printablePdfV2"),
        QJsonDocument(QJsonObject{{QStringLiteral("jobParams"), QStringLiteral("(title:'Ops')")}}),
        QStringLiteral("generate a report"));
    request.withHeader("x-elastic-internal-origin", "Kibana").withHeader("Accept", "*/*");
    const auto result = await(client, request);
    QVERIFY(result && result->ok());
    const LoopbackRequest r = server.requests().first();
    QCOMPARE(r.header("kbn-xsrf"), QByteArray("true"));
    QCOMPARE(r.header("x-elastic-internal-origin"), QByteArray("Kibana"));
    QCOMPARE(r.header("Accept"), QByteArray("*/*")); // the request's own header wins
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(r.header("User-Agent").startsWith("ReportDesk/"));
    QCOMPARE(r.json().object().value(QStringLiteral("jobParams")).toString(),
             QStringLiteral("(title:'Ops')"));
    QCOMPARE(r.params.value(QStringLiteral("type")), QStringLiteral("printablePdfV2"));

    // Without the kind's default header the strict server refuses, and the error says why.
    HttpClient bare(m_network.get(), config(server));
    const auto refused = await(bare, request);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(refused->error().httpStatus(), 400);
    QCOMPARE(refused->error().serverMessage(),
             QStringLiteral("Request must contain a kbn-xsrf header."));
}

void TestHttpClient::pathsResolveAgainstTheBaseUrl()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("*", QStringLiteral("/{rest*}"), [](const auto &) { return ok(); });
    HttpClientConfig c = config(server);
    c.baseUrl = server.url(QStringLiteral("/kibana/s/ops")); // no trailing slash on purpose
    HttpClient client(m_network.get(), c);

    QVERIFY(await(client, HttpRequest::get(QStringLiteral("api/reporting/jobs/download/abc"), {})));
    QVERIFY(await(client, HttpRequest::get(QStringLiteral("/kibana/api/status"), {})));
    HttpRequest withQuery =
        HttpRequest::get(QStringLiteral("api/v2/org:1/reports?folder=default"), {});
    withQuery.withQuery(QStringLiteral("report_name_substring"), QStringLiteral("a+b & c=d"));
    QVERIFY(await(client, withQuery));
    QVERIFY(await(client,
                  HttpRequest::get(QStringLiteral("api/1/reports/") +
                                       HttpClient::pathSegment(QStringLiteral("Ops/weekly report")),
                                   {})));

    const auto requests = server.requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.at(0).path, QStringLiteral("/kibana/s/ops/api/reporting/jobs/download/abc"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/kibana/api/status"));
    QCOMPARE(requests.at(2).path, QStringLiteral("/kibana/s/ops/api/v2/org:1/reports"));
    QCOMPARE(requests.at(2).queryValue(QStringLiteral("folder")), QStringLiteral("default"));
    // '+' and '&' arrive as themselves, not as a space or a new parameter.
    QCOMPARE(requests.at(2).queryValue(QStringLiteral("report_name_substring")),
             QStringLiteral("a+b & c=d"));
    QCOMPARE(requests.at(3).rawPath,
             QByteArray("/kibana/s/ops/api/1/reports/Ops%2Fweekly%20report"));
}

// --- Redirects ------------------------------------------------------------------------------

void TestHttpClient::sameOriginRedirectIsFollowed()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/old"),
                 [](const auto &) { return LoopbackResponse::redirect(301, "/api/new?x=1"); });
    server.route("GET", QStringLiteral("/api/new"), [](const auto &) { return ok("moved here"); });
    HttpClient client(m_network.get(), config(server, HttpAuth::bearer(QStringLiteral("tok-abc"))));
    const auto result =
        await(client, HttpRequest::get(QStringLiteral("old"), QStringLiteral("read")));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
    QCOMPARE(result->value().body, QByteArray("moved here"));
    QCOMPARE(result->value().url.path(), QStringLiteral("/api/new"));
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(1).header("Authorization"), QByteArray("Bearer tok-abc"));
}

void TestHttpClient::otherOriginRedirectGetsNoCredentials_data()
{
    QTest::addColumn<bool>("basic");
    QTest::addColumn<int>("status");
    QTest::newRow("bearer 302") << false << 302;
    QTest::newRow("basic 307") << true << 307;
    QTest::newRow("basic 308") << true << 308;
}

void TestHttpClient::otherOriginRedirectGetsNoCredentials()
{
    QFETCH(bool, basic);
    QFETCH(int, status);
    // Two loopback servers on different ports are different origins.
    LoopbackHttpServer other;
    QVERIFY(other.listen());
    other.route("*", QStringLiteral("/{rest*}"), [](const auto &) { return ok("stolen"); });
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    const QByteArray target = other.url(QStringLiteral("/collect")).toEncoded();
    server.route("GET", QStringLiteral("/api/reports"),
                 [&](const auto &) { return LoopbackResponse::redirect(status, target); });

    const HttpAuth auth =
        basic ? HttpAuth::basic(QStringLiteral("admin"), QStringLiteral("s3cret-pw"))
              : HttpAuth::bearer(QStringLiteral("tok-secret-1"));
    HttpClient client(m_network.get(), config(server, auth));
    const auto result =
        await(client, HttpRequest::get(QStringLiteral("reports"), QStringLiteral("list reports")));
    QVERIFY(result);
    QVERIFY(!result->ok());
    const RemoteError &e = result->error();
    QCOMPARE(e.kind(), RemoteError::Kind::RedirectRefused);
    QCOMPARE(e.detail(), HttpClient::origin(other.url()));
    QVERIFY2(e.text().contains(other.url().toString(QUrl::RemovePath)), qPrintable(e.text()));
    QVERIFY(e.text().startsWith(QStringLiteral("Grafana “ops”: list reports failed:")));
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.requests().first().hasHeader("Authorization"), true);
    // The other origin saw nothing at all, so certainly no credentials.
    QCOMPARE(other.requestCount(), 0);
    for (const auto &r : other.requests())
        QVERIFY(!r.hasHeader("Authorization"));
}

void TestHttpClient::credentialsNeverSentToAnotherOrigin()
{
    LoopbackHttpServer other;
    QVERIFY(other.listen());
    other.route("GET", QStringLiteral("/report.csv"), [](const auto &) { return ok("a,b"); });
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    HttpClient client(m_network.get(), config(server, HttpAuth::bearer(QStringLiteral("tok-uvm"))));

    // An absolute URL elsewhere with credentials is refused before anything is sent...
    HttpRequest download = HttpRequest::get({}, QStringLiteral("download the report"));
    download.url = other.url(QStringLiteral("/report.csv"));
    const auto refused = await(client, download);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), RemoteError::Kind::Configuration);
    QCOMPARE(other.requestCount(), 0);

    // ...and works without them (UVM's presigned download URL).
    download.authenticate = false;
    const auto fetched = await(client, download);
    QVERIFY(fetched && fetched->ok());
    QCOMPARE(fetched->value().body, QByteArray("a,b"));
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(!other.requests().first().hasHeader("Authorization"));
}

// --- TLS ------------------------------------------------------------------------------------

void TestHttpClient::selfSignedTlsRejectedUnlessItsCaIsConfigured()
{
    // Both clients share one QNetworkAccessManager, as in the app: the connection that failed
    // must not be reused once the CA is configured ("Test connection" again after adding it).
    LoopbackHttpServer server;
    QVERIFY2(server.listenTls(m_certs->selfSignedCertificate, m_certs->selfSignedKey),
             qPrintable(server.errorString()));
    server.route("GET", QStringLiteral("/api/health"), [](const auto &) { return ok("up"); });
    const HttpRequest request =
        HttpRequest::get(QStringLiteral("health"), QStringLiteral("test the connection"));

    HttpClient untrusting(m_network.get(),
                          config(server, HttpAuth::bearer(QStringLiteral("tok-tls"))));
    const auto refused = await(untrusting, request);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), RemoteError::Kind::Tls);
    QVERIFY2(refused->error().detail().contains(QStringLiteral("self-signed")),
             qPrintable(refused->error().detail()));
    QVERIFY2(refused->error().text().contains(QStringLiteral("CA certificate file")),
             qPrintable(refused->error().text()));
    QCOMPARE(server.requestCount(), 0); // nothing, not even the token, crossed the connection
    QTRY_VERIFY(!server.tlsFailures().isEmpty());

    HttpClientConfig c = config(server, HttpAuth::bearer(QStringLiteral("tok-tls")));
    c.caCertificatesFile = m_certs->selfSignedCertificate;
    HttpClient trusting(m_network.get(), c);
    const auto accepted = await(trusting, request);
    QVERIFY(accepted);
    QVERIFY2(accepted->ok(), qPrintable(accepted->error().text()));
    QCOMPARE(accepted->value().body, QByteArray("up"));
    QCOMPARE(server.requests().first().tls, true);
}

void TestHttpClient::privateCaTlsAcceptedOnlyWithTheCa()
{
    LoopbackHttpServer server;
    QVERIFY2(server.listenTls(m_certs->serverCertificate, m_certs->serverKey),
             qPrintable(server.errorString()));
    server.route("GET", QStringLiteral("/api/health"), [](const auto &) { return ok("up"); });
    const HttpRequest request = HttpRequest::get(QStringLiteral("health"), {});

    HttpClient untrusting(m_network.get(), config(server));
    const auto refused = await(untrusting, request);
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind(), RemoteError::Kind::Tls);
    QVERIFY2(refused->error().detail().contains(QStringLiteral("issuer")) ||
                 refused->error().detail().contains(QStringLiteral("verified")),
             qPrintable(refused->error().detail()));

    for (const QString &host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        HttpClientConfig c = config(server);
        c.baseUrl = server.url(QStringLiteral("/api/"), host);
        c.caCertificatesFile = m_certs->caCertificate;
        HttpClient trusting(m_network.get(), c);
        const auto accepted = await(trusting, request);
        QVERIFY(accepted);
        QVERIFY2(accepted->ok(), qPrintable(host + QLatin1Char(' ') + accepted->error().text()));
    }
}

void TestHttpClient::tlsHostNameMismatchRejectedEvenWithTheCa()
{
    LoopbackHttpServer server;
    QVERIFY(server.listenTls(m_certs->wrongHostCertificate, m_certs->wrongHostKey));
    server.route("GET", QStringLiteral("/api/health"), [](const auto &) { return ok("up"); });
    HttpClientConfig c = config(server);
    c.caCertificatesFile = m_certs->caCertificate;
    HttpClient client(m_network.get(), c);
    const auto result = await(client, HttpRequest::get(QStringLiteral("health"), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::Tls);
    QVERIFY2(result->error().detail().contains(QStringLiteral("host name")),
             qPrintable(result->error().detail()));
    QCOMPARE(server.requestCount(), 0);
}

void TestHttpClient::badCaFileIsAConfigurationError()
{
    LoopbackHttpServer server;
    QVERIFY(server.listenTls(m_certs->serverCertificate, m_certs->serverKey));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pem"));
    const QString garbage = dir.filePath(QStringLiteral("garbage.pem"));
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate\n");
    f.close();
    for (const auto &[file, words] : {std::pair{missing, QStringLiteral("cannot be read")},
                                      std::pair{garbage, QStringLiteral("holds no certificate")}}) {
        HttpClientConfig c = config(server);
        c.caCertificatesFile = file;
        HttpClient client(m_network.get(), c);
        const auto result = await(client, HttpRequest::get(QStringLiteral("health"),
                                                           QStringLiteral("test the connection")));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind(), RemoteError::Kind::Configuration);
        QVERIFY2(result->error().text().contains(file), qPrintable(result->error().text()));
        QVERIFY2(result->error().text().contains(words), qPrintable(result->error().text()));
    }
    QCOMPARE(server.requestCount(), 0);
}

// --- Retry-After and retries -----------------------------------------------------------------

void TestHttpClient::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected"); // -1: not a Retry-After value
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("seconds with spaces") << QByteArray(" 30 ") << 30;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 37;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:50:00 GMT") << 60;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:51:00 1994") << 120;
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:40:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestHttpClient::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 0), QTimeZone::utc());
    const auto wait = HttpClient::parseRetryAfter(value, now);
    if (expected < 0) {
        QVERIFY(!wait);
    } else {
        QVERIFY(wait);
        QCOMPARE(wait->count(), expected);
    }
}

void TestHttpClient::retryAfterSecondsHonoured()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.route("GET", QStringLiteral("/api/jobs/download/{id}"), [&](const auto &) {
        if (++calls < 3)
            return LoopbackResponse::text(503, "processing").withHeader("Retry-After", "2");
        return LoopbackResponse::bytes(200, "%PDF-1.7", "application/pdf");
    });
    HttpClient client(m_network.get(), config(server));
    std::optional<HttpResult> result;
    QObject context;
    HttpCall *call = client.send(HttpRequest::get(QStringLiteral("jobs/download/abc"),
                                                  QStringLiteral("download the report")),
                                 &context, [&](const HttpResult &r) { result = r; });
    QSignalSpy retries(call, &HttpCall::retrying);
    QList<std::chrono::milliseconds> waits;
    connect(call, &HttpCall::finished, &context, [&] { waits = call->waits(); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
    QCOMPARE(result->value().body, QByteArray("%PDF-1.7"));
    QCOMPARE(result->value().attempts, 3);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(waits, (QList<std::chrono::milliseconds>{2000ms, 2000ms}));
    QCOMPARE(retries.count(), 2);
    QCOMPARE(retries.at(0).at(0).toInt(), 2);
    QCOMPARE(retries.at(0).at(1).toLongLong(), 2000);
}

void TestHttpClient::retryAfterHttpDateHonoured()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    // The server's clock says 10:00:00 and asks to come back at 10:00:07: 7 s, whatever our
    // own clock says.
    const QDateTime serverNow(QDate(2026, 3, 29), QTime(10, 0, 0), QTimeZone::utc());
    int calls = 0;
    server.route("GET", QStringLiteral("/api/reports"), [&](const auto &) {
        if (++calls == 1)
            return LoopbackResponse::text(429, "slow down")
                .withHeader("Date", LoopbackHttpServer::httpDate(serverNow))
                .withHeader("Retry-After", LoopbackHttpServer::httpDate(serverNow.addSecs(7)));
        return ok("[]");
    });
    HttpClient client(m_network.get(), config(server));
    std::optional<HttpResult> result;
    QList<std::chrono::milliseconds> waits;
    QObject context;
    HttpCall *call = client.send(HttpRequest::get(QStringLiteral("reports"), {}), &context,
                                 [&](const HttpResult &r) { result = r; });
    connect(call, &HttpCall::finished, &context, [&] { waits = call->waits(); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(waits, QList<std::chrono::milliseconds>{7000ms});
}

void TestHttpClient::retryAfterExposedToCallers()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("*", QStringLiteral("/api/jobs/download/{id}"), [](const auto &) {
        return LoopbackResponse::text(503, "pending").withHeader("Retry-After", "30");
    });
    HttpClient client(m_network.get(), config(server));

    // A caller that polls itself (Kibana) takes the 503 as a response and reads the wait.
    HttpRequest poll = HttpRequest::get(QStringLiteral("jobs/download/abc"),
                                        QStringLiteral("download the report"));
    poll.accepting({503});
    const auto pending = await(client, poll);
    QVERIFY(pending && pending->ok());
    QCOMPARE(pending->value().status, 503);
    QCOMPARE(pending->value().body, QByteArray("pending"));
    QCOMPARE(pending->value().retryAfter(), std::optional<std::chrono::seconds>(30s));
    QCOMPARE(server.requestCount(), 1);

    // A POST is not retried; the error still carries the wait.
    const auto failed =
        await(client, HttpRequest::post(QStringLiteral("jobs/download/abc"), "{}",
                                        "application/json", QStringLiteral("generate")));
    QVERIFY(failed && !failed->ok());
    QCOMPARE(failed->error().httpStatus(), 503);
    QCOMPARE(failed->error().retryAfter(), std::optional<std::chrono::seconds>(30s));
    QVERIFY2(failed->error().text().contains(QStringLiteral("30 s")),
             qPrintable(failed->error().text()));
    QCOMPARE(server.requestCount(), 2);
}

void TestHttpClient::retryAfterBeyondTheCapEndsTheCall()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"), [](const auto &) {
        return LoopbackResponse::text(503, "maintenance").withHeader("Retry-After", "3600");
    });
    HttpClient client(m_network.get(), config(server));
    const auto result = await(client, HttpRequest::get(QStringLiteral("reports"), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(result->error().retryAfter(), std::optional<std::chrono::seconds>(3600s));
}

void TestHttpClient::serverErrorsRetriedWithBackoffForGet()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.route("GET", QStringLiteral("/api/reports"), [&](const auto &) {
        if (++calls <= 2)
            return LoopbackResponse::json(
                502, QJsonObject{{QStringLiteral("message"), QStringLiteral("upstream down")}});
        return ok("[]");
    });
    HttpClientConfig c = config(server);
    c.retry.maxAttempts = 4;
    c.retry.initialBackoff = 400ms;
    HttpClient client(m_network.get(), c);
    std::optional<HttpResult> result;
    QList<std::chrono::milliseconds> waits;
    QObject context;
    HttpCall *call = client.send(HttpRequest::get(QStringLiteral("reports"), {}), &context,
                                 [&](const HttpResult &r) { result = r; });
    connect(call, &HttpCall::finished, &context, [&] { waits = call->waits(); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(waits.size(), 2);
    // Exponential with jitter: the n-th wait lies in [b/2, b], b = 400 ms * 2^(n-1).
    QVERIFY2(waits.at(0) >= 200ms && waits.at(0) <= 400ms,
             qPrintable(QString::number(waits.at(0).count())));
    QVERIFY2(waits.at(1) >= 400ms && waits.at(1) <= 800ms,
             qPrintable(QString::number(waits.at(1).count())));
}

void TestHttpClient::serverErrorsNotRetriedForPost()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("POST", QStringLiteral("/api/reports/email"), [](const auto &) {
        return LoopbackResponse::json(
            500, QJsonObject{{QStringLiteral("message"), QStringLiteral("Failed to send report")}});
    });
    server.route("PATCH", QStringLiteral("/api/reports/1"), [](const auto &) {
        return LoopbackResponse::json(
            500, QJsonObject{{QStringLiteral("message"), QStringLiteral("db error")}});
    });
    HttpClient client(m_network.get(), config(server));
    const auto sent =
        await(client, HttpRequest::postJson(
                          QStringLiteral("reports/email"),
                          QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}),
                          QStringLiteral("send the report")));
    QVERIFY(sent && !sent->ok());
    QCOMPARE(sent->error().kind(), RemoteError::Kind::HttpServerError);
    QCOMPARE(
        sent->error().text(),
        QStringLiteral(
            "Grafana “ops”: send the report failed: 500 Internal Server Error — Failed to send "
            "report. The server has a problem; try again later or ask its administrator."));
    QCOMPARE(server.requestCount("POST", QStringLiteral("/api/reports/email")), 1);

    const auto patched = await(client, HttpRequest::patchJson(QStringLiteral("reports/1"),
                                                              QJsonDocument(QJsonObject{}), {}));
    QVERIFY(patched && !patched->ok());
    QCOMPARE(server.requestCount("PATCH", QStringLiteral("/api/reports/1")), 1);

    // A POST the caller marks idempotent is retried.
    HttpRequest safe =
        HttpRequest::postJson(QStringLiteral("reports/email"), QJsonDocument(QJsonObject{}), {});
    safe.markIdempotent();
    QVERIFY(await(client, safe));
    QCOMPARE(server.requestCount("POST", QStringLiteral("/api/reports/email")), 1 + 3);
}

void TestHttpClient::notImplementedIsNotRetried()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"),
                 [](const auto &) { return LoopbackResponse::text(501, "no"); });
    server.route("GET", QStringLiteral("/api/gone"),
                 [](const auto &) { return LoopbackResponse::text(404, "no"); });
    HttpClient client(m_network.get(), config(server));
    QVERIFY(await(client, HttpRequest::get(QStringLiteral("reports"), {})));
    QVERIFY(await(client, HttpRequest::get(QStringLiteral("gone"), {})));
    QCOMPARE(server.requestCount(), 2);
}

void TestHttpClient::retriesStopAtMaxAttempts()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("DELETE", QStringLiteral("/api/reports/{id}"),
                 [](const auto &) { return LoopbackResponse::text(503, "overloaded"); });
    HttpClientConfig c = config(server);
    c.retry.maxAttempts = 5;
    HttpClient client(m_network.get(), c);
    const auto result =
        await(client, HttpRequest::deleteResource(QStringLiteral("reports/7"),
                                                  QStringLiteral("delete the report")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().httpStatus(), 503);
    QCOMPARE(result->error().serverMessage(), QStringLiteral("overloaded"));
    QCOMPARE(server.requestCount(), 5);
}

void TestHttpClient::timeoutRetriedForGet()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    int calls = 0;
    server.route("GET", QStringLiteral("/api/reports"), [&](const auto &) {
        // The first answer comes far too late; the retry gets a quick one.
        return ++calls == 1 ? ok("late").after(20s) : ok("[]");
    });
    HttpClientConfig c = config(server);
    c.transferTimeout = 1s;
    HttpClient client(m_network.get(), c);
    const auto result = await(client, HttpRequest::get(QStringLiteral("reports"), {}));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->error().text()));
    QCOMPARE(result->value().body, QByteArray("[]"));
    QCOMPARE(result->value().attempts, 2);
    QCOMPARE(server.requestCount(), 2);

    // Always too late: a timeout error naming the limit, after every attempt.
    server.route("GET", QStringLiteral("/api/slow"), [](const auto &) { return ok().after(20s); });
    const auto slow =
        await(client, HttpRequest::get(QStringLiteral("slow"), QStringLiteral("list reports")));
    QVERIFY(slow && !slow->ok());
    QCOMPARE(slow->error().kind(), RemoteError::Kind::Timeout);
    QVERIFY2(slow->error().text().contains(QStringLiteral("no answer within 1 s")),
             qPrintable(slow->error().text()));
    QCOMPARE(server.requestCount("GET", QStringLiteral("/api/slow")), 3);
}

void TestHttpClient::timeoutNotRetriedForPost()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("POST", QStringLiteral("/api/reports"),
                 [](const auto &) { return ok().after(5s); });
    HttpClientConfig c = config(server);
    c.transferTimeout = 200ms;
    HttpClient client(m_network.get(), c);
    const auto result = await(
        client, HttpRequest::postJson(QStringLiteral("reports"), QJsonDocument(QJsonObject{}), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::Timeout);
    QCOMPARE(server.requestCount(), 1);

    // A per-call timeout (Grafana's synchronous send needs >= 60 s) overrides the client's.
    server.route("POST", QStringLiteral("/api/reports/email"),
                 [](const auto &) { return ok("sent").after(400ms); });
    HttpRequest send =
        HttpRequest::postJson(QStringLiteral("reports/email"), QJsonDocument(QJsonObject{}), {});
    send.withTimeout(60s);
    const auto sent = await(client, send);
    QVERIFY(sent);
    QVERIFY2(sent->ok(), qPrintable(sent->error().text()));
}

void TestHttpClient::responseSizeLimit_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("fits");
    QTest::newRow("content-length over") << false << 300 * 1024 << false;
    QTest::newRow("chunked over") << true << 300 * 1024 << false;
    QTest::newRow("exactly the limit") << false << 100 * 1024 << true;
    QTest::newRow("chunked at the limit") << true << 100 * 1024 << true;
}

void TestHttpClient::responseSizeLimit()
{
    QFETCH(bool, chunked);
    QFETCH(int, size);
    QFETCH(bool, fits);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/render/pdfs"), [&](const auto &) {
        LoopbackResponse r = LoopbackResponse::bytes(200, QByteArray(size, 'x'), "application/pdf");
        r.chunked = chunked;
        return r;
    });
    HttpClientConfig c = config(server);
    c.maxResponseBytes = 100 * 1024;
    HttpClient client(m_network.get(), c);
    const auto result = await(
        client, HttpRequest::get(QStringLiteral("render/pdfs"), QStringLiteral("render the PDF")));
    QVERIFY(result);
    if (fits) {
        QVERIFY2(result->ok(), qPrintable(result->error().text()));
        QCOMPARE(result->value().body.size(), size);
        return;
    }
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::ResponseTooLarge);
    QVERIFY2(result->error().text().contains(QStringLiteral("larger than the limit")),
             qPrintable(result->error().text()));
    QCOMPARE(server.requestCount(), 1); // not retried
}

// --- Errors a user can act on -----------------------------------------------------------------

void TestHttpClient::dnsFailureNamed()
{
    HttpClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://reportdesk-no-such-host.invalid:5601/"));
    c.displayName = QStringLiteral("Kibana “prod”");
    c.retry.timeScale = 0.001;
    HttpClient client(m_network.get(), c);
    const auto result =
        await(client,
              HttpRequest::get(QStringLiteral("api/status"), QStringLiteral("test the connection")),
              60000);
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::DnsLookup);
    QCOMPARE(result->error().text(),
             QStringLiteral("Kibana “prod”: test the connection failed: the host name "
                            "“reportdesk-no-such-host.invalid” could not be found (DNS lookup "
                            "failed). Check the server address."));
}

void TestHttpClient::connectionRefusedNamed()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HttpClientConfig c;
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    c.displayName = QStringLiteral("OpenObserve “logs”");
    HttpClient client(m_network.get(), c);
    const auto result = await(client, HttpRequest::get(QStringLiteral("api/default/reports"),
                                                       QStringLiteral("list reports")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::ConnectionRefused);
    QCOMPARE(
        result->error().text(),
        QStringLiteral("OpenObserve “logs”: list reports failed: the connection to 127.0.0.1:%1 "
                       "was refused. Check that the server is running and that the port is right.")
            .arg(port));
}

void TestHttpClient::unauthorizedCarriesTheServerMessage()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"), [](const auto &) {
        return LoopbackResponse::json(
                   401, QJsonObject{{QStringLiteral("message"), QStringLiteral("invalid API key")}})
            .withHeader("WWW-Authenticate", "Basic realm=\"grafana\"");
    });
    server.route("GET", QStringLiteral("/api/default/reports"), [](const auto &) {
        return LoopbackResponse::text(401, "Unauthorized Access")
            .withHeader("WWW-Authenticate", "Bearer realm=\"openobserve\"");
    });
    HttpClient client(m_network.get(),
                      config(server, HttpAuth::bearer(QStringLiteral("wrong-token"))));
    const auto result =
        await(client, HttpRequest::get(QStringLiteral("reports"), QStringLiteral("list reports")));
    QVERIFY(result && !result->ok());
    QCOMPARE(result->error().kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(result->error().httpStatus(), 401);
    QCOMPARE(
        result->error().text(),
        QStringLiteral("Grafana “ops”: list reports failed: 401 Unauthorized — invalid API key. "
                       "Check the user name and password or token."));
    QCOMPARE(server.requestCount(), 1); // a 401 is not retried (bearer)

    const auto plain = await(client, HttpRequest::get(QStringLiteral("default/reports"),
                                                      QStringLiteral("list reports")));
    QVERIFY(plain && !plain->ok());
    QCOMPARE(plain->error().serverMessage(), QStringLiteral("Unauthorized Access"));
}

void TestHttpClient::httpErrorTexts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("403")
        << 403 << QByteArray(R"({"code":403,"message":"Unauthorized Access"})")
        << int(RemoteError::Kind::Forbidden)
        << QStringLiteral(
               "Grafana “ops”: get the report failed: 403 Forbidden — Unauthorized Access. "
               "The account lacks the permission for this; ask the server's administrator.");
    QTest::newRow("404")
        << 404
        << QByteArray(
               R"({"statusCode":404,"error":"Not Found","message":"Saved object [x] not found"})")
        << int(RemoteError::Kind::NotFound)
        << QStringLiteral(
               "Grafana “ops”: get the report failed: 404 Not Found — Saved object [x] not found. "
               "Check the base URL and the organisation; the item may have been deleted.");
    QTest::newRow("405")
        << 405 << QByteArray("GET is not allowed") << int(RemoteError::Kind::MethodNotAllowed)
        << QStringLiteral(
               "Grafana “ops”: get the report failed: 405 Method Not Allowed — GET is not allowed. "
               "The base URL may not point to this kind of server.");
    QTest::newRow("409") << 409 << QByteArray() << int(RemoteError::Kind::HttpClientError)
                         << QStringLiteral("Grafana “ops”: get the report failed: 409 Conflict.");
    QTest::newRow("HTML proxy page")
        << 502
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        << int(RemoteError::Kind::HttpServerError)
        << QStringLiteral(
               "Grafana “ops”: get the report failed: 502 Bad Gateway — 502 Bad Gateway. "
               "The server has a problem; try again later or ask its administrator.");
}

void TestHttpClient::httpErrorTexts()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, text);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("POST", QStringLiteral("/api/reports/1"), [&](const auto &) {
        return LoopbackResponse::bytes(status, body,
                                       body.startsWith('{') ? "application/json" : "text/html");
    });
    HttpClient client(m_network.get(), config(server));
    const auto result = await(client, HttpRequest::post(QStringLiteral("reports/1"), {}, {},
                                                        QStringLiteral("get the report")));
    QVERIFY(result && !result->ok());
    QCOMPARE(int(result->error().kind()), kind);
    QCOMPARE(result->error().text(), text);
}

void TestHttpClient::serverMessageExtraction_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("kibana")
        << QByteArray(R"({"statusCode":400,"error":"Bad Request","message":"invalid rison: x"})")
        << QStringLiteral("invalid rison: x");
    QTest::newRow("openobserve envelope")
        << QByteArray(R"({"code":400,"message":"Report already exists"})")
        << QStringLiteral("Report already exists");
    QTest::newRow("oauth2")
        << QByteArray(
               R"({"error":"invalid_client","error_description":"Client authentication failed"})")
        << QStringLiteral("Client authentication failed");
    QTest::newRow("error string") << QByteArray(R"({"error":"license expired"})")
                                  << QStringLiteral("license expired");
    QTest::newRow("error object") << QByteArray(
                                         R"({"error":{"type":"x","reason":"index missing"}})")
                                  << QStringLiteral("index missing");
    QTest::newRow("graphql")
        << QByteArray(
               R"({"data":null,"errors":[{"message":"Report not found","path":["processReport"]}]})")
        << QStringLiteral("Report not found");
    QTest::newRow("plain text") << QByteArray("  Unauthorized Access\n")
                                << QStringLiteral("Unauthorized Access");
    QTest::newRow("html title")
        << QByteArray("<!DOCTYPE html><html><title>Service Unavailable</title></html>")
        << QStringLiteral("Service Unavailable");
    QTest::newRow("binary") << QByteArray("%PDF\x01\x02\xff\xfe", 8) << QString();
    QTest::newRow("empty json") << QByteArray("{}") << QString();
    QTest::newRow("long text clipped")
        << QByteArray(400, 'a') << QString(299, QLatin1Char('a')) + QChar(0x2026);
}

void TestHttpClient::serverMessageExtraction()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(RemoteError::extractServerMessage(body), message);
}

void TestHttpClient::malformedJsonNamesServerAndOperation()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"), [](const auto &) {
        return LoopbackResponse::bytes(200, "<html>login page</html>", "text/html");
    });
    HttpClient client(m_network.get(), config(server));
    const auto result =
        await(client, HttpRequest::get(QStringLiteral("reports"), QStringLiteral("list reports")));
    QVERIFY(result && result->ok());
    const auto json = result->value().jsonArray();
    QVERIFY(!json);
    QCOMPARE(json.error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(json.error().text().startsWith(
                 QStringLiteral("Grafana “ops”: list reports failed: the response is not what was "
                                "expected: invalid JSON")),
             qPrintable(json.error().text()));
}

void TestHttpClient::chainedCallsAndJson()
{
    // The shape of a client operation: create, then find the new item by name (OpenObserve's
    // create returns no id), each step's failure ending the chain with its own error.
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    QJsonArray reports;
    server.route("POST", QStringLiteral("/api/v2/{org}/reports"), [&](const LoopbackRequest &r) {
        QJsonObject o = r.json().object();
        o.insert(QStringLiteral("report_id"), QStringLiteral("2q0Ksuid%1").arg(reports.size()));
        reports.append(o);
        return LoopbackResponse::json(
            200, QJsonObject{{QStringLiteral("code"), 200},
                             {QStringLiteral("message"), QStringLiteral("Report saved")}});
    });
    server.route("GET", QStringLiteral("/api/v2/{org}/reports"), [&](const LoopbackRequest &r) {
        QJsonArray found;
        for (const auto &v : std::as_const(reports)) {
            if (v.toObject()
                    .value(QStringLiteral("name"))
                    .toString()
                    .contains(r.queryValue(QStringLiteral("report_name_substring"))))
                found.append(v);
        }
        return LoopbackResponse::json(200, QJsonDocument(found));
    });
    HttpClient client(m_network.get(), config(server));
    std::optional<RemoteResult<QString>> outcome;
    QObject context;
    const QString name = QStringLiteral("weekly");
    client.send(
        HttpRequest::postJson(QStringLiteral("v2/default/reports"),
                              QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}),
                              QStringLiteral("create the report")),
        &context, [&](const HttpResult &created) {
            if (!created) {
                outcome = created.error();
                return;
            }
            client.send(
                HttpRequest::get(QStringLiteral("v2/default/reports"),
                                 QStringLiteral("find the new report"))
                    .withQuery(QStringLiteral("report_name_substring"), name),
                &context, [&](const HttpResult &listed) {
                    if (!listed) {
                        outcome = listed.error();
                        return;
                    }
                    const auto array = listed->jsonArray();
                    if (!array) {
                        outcome = array.error();
                        return;
                    }
                    outcome =
                        array->first().toObject().value(QStringLiteral("report_id")).toString();
                });
        });
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->ok(), qPrintable(outcome->error().text()));
    QCOMPARE(outcome->value(), QStringLiteral("2q0Ksuid0"));
}

void TestHttpClient::cancelDeliversCancelled()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"),
                 [](const auto &) { return ok().after(5s); });
    HttpClient client(m_network.get(), config(server));
    int callbacks = 0;
    std::optional<HttpResult> result;
    QObject context;
    QPointer<HttpCall> call =
        client.send(HttpRequest::get(QStringLiteral("reports"), QStringLiteral("list reports")),
                    &context, [&](const HttpResult &r) {
                        ++callbacks;
                        result = r;
                    });
    QTRY_COMPARE(server.requestCount(), 1);
    QCOMPARE(client.activeCalls(), 1);
    call->cancel();
    QVERIFY(result.has_value());
    QCOMPARE(result->error().kind(), RemoteError::Kind::Cancelled);
    QCOMPARE(client.activeCalls(), 0);
    QTRY_VERIFY(call.isNull()); // the call cleans up after itself
    QCOMPARE(callbacks, 1);
}

void TestHttpClient::noCallbackAfterContextIsGone()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/api/reports"),
                 [](const auto &) { return ok().after(100ms); });
    HttpClient client(m_network.get(), config(server));
    bool called = false;
    auto context = std::make_unique<QObject>();
    QPointer<HttpCall> call =
        client.send(HttpRequest::get(QStringLiteral("reports"), {}), context.get(),
                    [&](const HttpResult &) { called = true; });
    QSignalSpy finished(call.data(), &HttpCall::finished);
    context.reset(); // the editor that asked was closed
    QVERIFY(finished.wait(5000));
    QVERIFY(!called);
}

// --- OAuth2 client credentials -----------------------------------------------------------------

namespace {

struct TokenServer {
    LoopbackHttpServer server;
    int issued = 0;
    int lifetime = 3600;
    QList<QUrlQuery> forms;
    QList<QByteArray> contentTypes;
    QString revoked; // a token the API answers 401 to

    bool start()
    {
        if (!server.listen())
            return false;
        server.route("POST", QStringLiteral("/oauth2/token"), [this](const LoopbackRequest &r) {
            forms << r.form();
            contentTypes << r.header("Content-Type");
            if (r.form().queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) !=
                QStringLiteral("s3cr+et&=x")) {
                return LoopbackResponse::json(
                    401, QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")},
                                     {QStringLiteral("error_description"),
                                      QStringLiteral("Client authentication failed")}});
            }
            ++issued;
            // A little later than asked: token requests are answered after the API calls queue up.
            return LoopbackResponse::json(
                       200, QJsonObject{{QStringLiteral("access_token"),
                                         QStringLiteral("tok-%1").arg(issued)},
                                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                        {QStringLiteral("expires_in"), lifetime}})
                .after(50ms);
        });
        server.route("POST", QStringLiteral("/api/graphql"), [this](const LoopbackRequest &r) {
            const QByteArray auth = r.header("Authorization");
            if (!auth.startsWith("Bearer tok-") || auth == "Bearer " + revoked.toUtf8())
                return LoopbackResponse::json(
                    401, QJsonObject{{QStringLiteral("message"), QStringLiteral("token expired")}});
            return LoopbackResponse::json(200,
                                          QJsonObject{{QStringLiteral("data"), QJsonObject{}}});
        });
        return true;
    }
};

} // namespace

void TestHttpClient::oauth2OneTokenForConcurrentCalls()
{
    TokenServer ts;
    QVERIFY(ts.start());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("s3cr+et&=x");
    oc.audience = QStringLiteral("https://api.avalor.io");
    oc.displayName = QStringLiteral("Zscaler UVM “prod”");
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClientConfig c = config(ts.server, HttpAuth::oauth2(provider));
    c.baseUrl = ts.server.url(QStringLiteral("/api/"));
    HttpClient client(m_network.get(), c);

    QList<std::optional<HttpResult>> results(5);
    QObject context;
    for (int i = 0; i < 5; ++i) {
        client.send(
            HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {})
                .withHeader("graphqlname", "getReportRunStatus"),
            &context, [&results, i](const HttpResult &r) { results[i] = r; });
    }
    QTRY_VERIFY(
        std::all_of(results.cbegin(), results.cend(), [](const auto &r) { return r.has_value(); }));
    for (const auto &r : std::as_const(results))
        QVERIFY2(r->ok(), qPrintable(r->error().text()));
    QCOMPARE(ts.issued, 1);
    QCOMPARE(provider->tokenRequests(), 1);
    QCOMPARE(ts.server.requestCount("POST", QStringLiteral("/api/graphql")), 5);
    for (const auto &r : ts.server.requests()) {
        if (r.path == QStringLiteral("/api/graphql"))
            QCOMPARE(r.header("Authorization"), QByteArray("Bearer tok-1"));
    }
    // The token request itself (protocols.md 4.1).
    const QUrlQuery form = ts.forms.first();
    QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
             QStringLiteral("client_credentials"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1"));
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
             QStringLiteral("s3cr+et&=x"));
    QCOMPARE(form.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded),
             QStringLiteral("https://api.avalor.io"));
    QVERIFY(!form.hasQueryItem(QStringLiteral("scope")));
    QCOMPARE(ts.contentTypes.first(), QByteArray("application/x-www-form-urlencoded"));
    const auto tokenRequest = ts.server.requests().first();
    QCOMPARE(tokenRequest.path, QStringLiteral("/oauth2/token"));
    QCOMPARE(tokenRequest.header("Accept"), QByteArray("application/json"));
    QVERIFY(!tokenRequest.hasHeader("Authorization"));
}

void TestHttpClient::oauth2TokenCachedAndRefreshedAfterExpiry()
{
    TokenServer ts;
    QVERIFY(ts.start());
    QDateTime now(QDate(2026, 3, 29), QTime(10, 0), QTimeZone::utc());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("s3cr+et&=x");
    oc.clock = [&now] {
        return now;
    };
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClientConfig c = config(ts.server, HttpAuth::oauth2(provider));
    HttpClient client(m_network.get(), c);
    const auto call = [&] {
        return await(client, HttpRequest::postJson(QStringLiteral("graphql"),
                                                   QJsonDocument(QJsonObject{}), {}));
    };

    QVERIFY(call()->ok());
    QCOMPARE(ts.issued, 1);
    QCOMPARE(provider->expiresAt(), now.addSecs(3600));
    now = now.addSecs(3000);
    QVERIFY(call()->ok()); // cached
    QCOMPARE(ts.issued, 1);
    now = now.addSecs(560); // 40 s before expiry: inside the refresh margin
    QVERIFY(!provider->hasValidToken());
    QVERIFY(call()->ok());
    QCOMPARE(ts.issued, 2);
    QCOMPARE(ts.server.requests().last().header("Authorization"), QByteArray("Bearer tok-2"));
}

void TestHttpClient::oauth2RetriesOnceAfter401()
{
    TokenServer ts;
    QVERIFY(ts.start());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("s3cr+et&=x");
    oc.displayName = QStringLiteral("Zscaler UVM “prod”");
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClientConfig c = config(ts.server, HttpAuth::oauth2(provider));
    c.displayName = oc.displayName;
    HttpClient client(m_network.get(), c);
    const auto call = [&] {
        return await(client,
                     HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}),
                                           QStringLiteral("start the report run")));
    };
    QVERIFY(call()->ok());
    QCOMPARE(ts.issued, 1);

    // The server revokes tok-1 although it has not expired: one new token, one retry.
    ts.revoked = QStringLiteral("tok-1");
    const auto retried = call();
    QVERIFY2(retried->ok(), qPrintable(retried->error().text()));
    QCOMPARE(ts.issued, 2);
    QCOMPARE(ts.server.requestCount("POST", QStringLiteral("/api/graphql")), 3);

    // A server that refuses every token: exactly one retry, then the 401 with its message.
    ts.server.route("POST", QStringLiteral("/api/graphql"), [](const auto &) {
        return LoopbackResponse::json(
            401, QJsonObject{{QStringLiteral("message"), QStringLiteral("account disabled")}});
    });
    const auto refused = call();
    QVERIFY(!refused->ok());
    QCOMPARE(refused->error().kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(refused->error().serverMessage(), QStringLiteral("account disabled"));
    QCOMPARE(ts.issued, 3);
    QCOMPARE(ts.server.requestCount("POST", QStringLiteral("/api/graphql")), 5);
}

void TestHttpClient::oauth2TokenErrorNamed()
{
    TokenServer ts;
    QVERIFY(ts.start());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("wrong-secret");
    oc.displayName = QStringLiteral("Zscaler UVM “prod”");
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClient client(m_network.get(), config(ts.server, HttpAuth::oauth2(provider)));
    const auto result = await(
        client, HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {}));
    QVERIFY(result && !result->ok());
    QCOMPARE(
        result->error().text(),
        QStringLiteral("Zscaler UVM “prod”: get an access token failed: 401 Unauthorized — Client "
                       "authentication failed. Check the user name and password or token."));
    QCOMPARE(ts.server.requestCount("POST", QStringLiteral("/api/graphql")), 0);

    // A token response without a token is malformed, not a success.
    ts.server.route("POST", QStringLiteral("/oauth2/token"), [](const auto &) {
        return LoopbackResponse::json(
            200, QJsonObject{{QStringLiteral("token_type"), QStringLiteral("Bearer")}});
    });
    const auto empty = await(
        client, HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {}));
    QVERIFY(empty && !empty->ok());
    QCOMPARE(empty->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(empty->error().text().contains(QStringLiteral("access_token")),
             qPrintable(empty->error().text()));
}

void TestHttpClient::credentialsChangeOnlyForLaterCalls()
{
    TokenServer ts;
    QVERIFY(ts.start());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("s3cr+et&=x");
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClient client(m_network.get(), config(ts.server, HttpAuth::oauth2(provider)));
    std::optional<HttpResult> first;
    QObject context;
    client.send(HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {}),
                &context, [&](const HttpResult &r) { first = r; });
    // The profile is edited while the call waits for its token: the call finishes with the
    // credentials it started with (the provider stays alive for it); the next call uses the
    // new ones.
    QPointer<OAuth2TokenProvider> watch(provider.get());
    provider.reset();
    client.setAuth(HttpAuth::bearer(QStringLiteral("tok-9")));
    QTRY_VERIFY(first.has_value());
    QVERIFY2(first->ok(), qPrintable(first->error().text()));
    QCOMPARE(ts.server.requests().last().header("Authorization"), QByteArray("Bearer tok-1"));
    QTRY_VERIFY(watch.isNull()); // released once no call needs it
    const auto second = await(
        client, HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {}));
    QVERIFY(second && second->ok());
    QCOMPARE(ts.server.requests().last().header("Authorization"), QByteArray("Bearer tok-9"));
    QCOMPARE(ts.issued, 1);
}

// --- Redaction and logs ----------------------------------------------------------------------

void TestHttpClient::redaction()
{
    using namespace Redaction;
    QCOMPARE(url(QUrl(QStringLiteral("https://user:pw@s3.example.com/"
                                     "r.csv?X-Amz-Credential=AKIA&X-Amz-Signature=abcd&x=1"))),
             QStringLiteral("https://s3.example.com/"
                            "r.csv?X-Amz-Credential=<redacted>&X-Amz-Signature=<redacted>&x=1"));
    QCOMPARE(url(QUrl(QStringLiteral("http://h/cb?access_token=t0k&state=ok"))),
             QStringLiteral("http://h/cb?access_token=<redacted>&state=ok"));
    QCOMPARE(formBody("grant_type=client_credentials&client_id=c1&client_secret=s%2Bx&password=p"),
             QByteArray("grant_type=client_credentials&client_id=c1&client_secret=<redacted>&"
                        "password=<redacted>"));
    QCOMPARE(
        jsonBody(
            R"({"name":"r","smtp":{"password":"pw","user":"u"},"list":[{"access_token":"t"}]})"),
        QByteArray(
            R"({"list":[{"access_token":"<redacted>"}],"name":"r","smtp":{"password":"<redacted>","user":"u"}})"));
    QCOMPARE(headers({{"Authorization", "Basic abc"},
                      {"kbn-xsrf", "true"},
                      {"Cookie", "sid=1"},
                      {"X-Custom-Key", "k"}},
                     {"X-Custom-Key"}),
             QStringLiteral("Authorization: <redacted>, kbn-xsrf: true, Cookie: <redacted>, "
                            "X-Custom-Key: <redacted>"));
    QVERIFY(isSensitiveHeader("Set-Cookie"));
    QVERIFY(isSensitiveHeader("x-api-key"));
    QVERIFY(!isSensitiveHeader("x-elastic-internal-origin"));
    QCOMPARE(text(QStringLiteral("token abc123 and abc%2B1"),
                  {QStringLiteral("abc123"), QStringLiteral("abc+1")}),
             QStringLiteral("token <redacted> and <redacted>"));
    QCOMPARE(body("application/pdf", QByteArray("%PDF\xff\xfe", 6)),
             QByteArray("<6 bytes of binary data>"));
}

void TestHttpClient::logsContainNoSecrets()
{
    const QString password = QStringLiteral("Pa55-w0rd-xyz");
    const QString bearer = QStringLiteral("glsa_bearer_secret_987");
    const QString apiKey = QStringLiteral("ApiKey a2V5LWlkOmtleS1zZWNyZXQ=");
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    // Servers misbehave too: this one echoes the credentials in its error message.
    server.route("GET", QStringLiteral("/api/echo"), [](const LoopbackRequest &r) {
        return LoopbackResponse::json(
            400, QJsonObject{{QStringLiteral("message"),
                              QStringLiteral("bad auth: %1")
                                  .arg(QString::fromUtf8(r.header("Authorization")))}});
    });
    server.route("POST", QStringLiteral("/api/datasources"), [](const auto &) { return ok(); });

    HttpClient basic(m_network.get(),
                     config(server, HttpAuth::basic(QStringLiteral("admin"), password)));
    QVERIFY(await(basic, HttpRequest::get(QStringLiteral("echo"), QStringLiteral("list reports"))));
    QVERIFY(
        await(basic, HttpRequest::postJson(
                         QStringLiteral("datasources"),
                         QJsonDocument(QJsonObject{{QStringLiteral("password"), password}}), {})));
    HttpClient bearerClient(m_network.get(), config(server, HttpAuth::bearer(bearer)));
    QVERIFY(
        await(bearerClient, HttpRequest::get(QStringLiteral("echo?access_token=") + bearer, {})));
    HttpClient keyClient(m_network.get(),
                         config(server, HttpAuth::apiKey("Authorization", apiKey)));
    QVERIFY(await(keyClient, HttpRequest::get(QStringLiteral("echo"), {})));

    TokenServer ts;
    QVERIFY(ts.start());
    OAuth2Config oc;
    oc.tokenUrl = ts.server.url(QStringLiteral("/oauth2/token"));
    oc.clientId = QStringLiteral("client-1");
    oc.clientSecret = QStringLiteral("s3cr+et&=x");
    auto provider = std::make_shared<OAuth2TokenProvider>(m_network.get(), oc);
    HttpClient oauth(m_network.get(), config(ts.server, HttpAuth::oauth2(provider)));
    QVERIFY(await(
        oauth, HttpRequest::postJson(QStringLiteral("graphql"), QJsonDocument(QJsonObject{}), {})));

    const QString logs = g_logs.join(QLatin1Char('\n'));
    QVERIFY2(logs.contains(QStringLiteral("-> GET")), "debug logging did not run");
    QVERIFY(logs.contains(QStringLiteral("<- 400")));
    QVERIFY(logs.contains(QStringLiteral("<redacted>")));
    const QStringList secrets = {
        password,
        QString::fromLatin1(basicValue(QStringLiteral("admin"), password).mid(6)),
        bearer,
        apiKey,
        QStringLiteral("a2V5LWlkOmtleS1zZWNyZXQ="),
        QStringLiteral("s3cr+et&=x"),
        QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("s3cr+et&=x"))),
        QStringLiteral("tok-1"),
    };
    for (const QString &secret : secrets)
        QVERIFY2(!logs.contains(secret),
                 qPrintable(QStringLiteral("log reveals %1:\n%2").arg(secret, logs)));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
