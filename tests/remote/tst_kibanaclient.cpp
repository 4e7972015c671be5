// KibanaClient against KibanaTestServer on 127.0.0.1: test connection (and what it says for a
// server that is not Kibana, bad credentials, no Reporting), export jobs and scheduled reports
// (list, get, enable/disable, delete, and "not offered" on an older Kibana), and generating an
// export from a pasted POST URL: the POST with kbn-xsrf, polling that honours Retry-After in
// both forms with no more polls than needed, the file saved atomically, failed and vanished
// jobs, the maximum wait, cancel. Also: the test server enforces Kibana's rules, and no secret
// reaches the logs.
#include "RemoteLogCapture.h"
#include "KibanaTestServer.h"
#include "PdfTools.h"
#include "remote/HttpClient.h"
#include "remote/kibana/KibanaClient.h"
#include "remote/kibana/KibanaExport.h"
#include "scheduling/ScheduleMapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace reportdesk;
using namespace reportdesk::remote;
using namespace std::chrono_literals;
using reportdesk::test::KibanaTestServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;

namespace {

QStringList &g_logs = test::RemoteLogCapture::logs();

// Waits (event loop, no sleeps) for a callback-style operation's answer.
template <typename T, typename Start>
std::optional<RemoteResult<T>> await(Start start, int timeoutMs = 15000)
{
    std::optional<RemoteResult<T>> out;
    start([&out](const RemoteResult<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}

const QString kRison = QStringLiteral(
    "(browserTimezone:UTC,layout:(dimensions:(height:1200,width:1950),id:preserve_layout),"
    "locatorParams:!((id:DASHBOARD_APP_LOCATOR,params:(dashboardId:'0f4c1d2e',timeRange:(from:now-"
    "7d,to:now)),version:'9.1.0')),objectType:dashboard,title:'Ops weekly',version:'9.1.0')");

KibanaPollOptions fastPolls()
{
    KibanaPollOptions o;
    o.timeScale = 0.001; // a wait of 1 s takes 1 ms; progress still reports 1 s
    return o;
}

QJsonObject weeklyRrule()
{
    return QJsonObject{{QStringLiteral("freq"), 2},
                       {QStringLiteral("interval"), 1},
                       {QStringLiteral("tzid"), QStringLiteral("Europe/Berlin")},
                       {QStringLiteral("byhour"), QJsonArray{8}},
                       {QStringLiteral("byminute"), QJsonArray{0}},
                       {QStringLiteral("byweekday"), QJsonArray{QStringLiteral("MO")}}};
}

QByteArray basicValue(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QList<LoopbackRequest> requestsTo(const KibanaTestServer &server, const QByteArray &method,
                                  const QString &pathPart)
{
    QList<LoopbackRequest> out;
    for (const LoopbackRequest &r : server.http().requests()) {
        if (r.method == method && r.path.contains(pathPart))
            out << r;
    }
    return out;
}

} // namespace

class TestKibanaClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    // The test server is as strict as Kibana.
    void testServerEnforcesKibanaRules();

    // Connection and authentication.
    void testConnectionNamesVersionAndScheduledReports();
    void testConnectionWithoutScheduledReports();
    void testConnectionNamesNotKibana_data();
    void testConnectionNamesNotKibana();
    void testConnectionWithoutReporting();
    void wrongPasswordIsUnauthorized();
    void apiKeyAndBearerAuth_data();
    void apiKeyAndBearerAuth();
    void profileProblemsAreConfigurationErrors();

    // Export jobs and scheduled reports.
    void listItemsGivesJobsAndScheduledReports();
    void listItemsPages();
    void listItemsUnderBasePathAndSpace();
    void listItemsWithoutScheduledReports();
    void getItem();
    void setEnabledTogglesScheduledReports();
    void setEnabledErrors();
    void setEnabledWhereNotOffered();
    void removeJobsAndScheduledReports();
    void removeFindsOutWhatAnIdIs();
    void removeUnknownIdIsNotFound();
    void unsupportedOperations();

    // Generate and download.
    void generateExportPollsAndSaves();
    void generateExportHonoursRetryAfterDate();
    void generateExportWithoutRetryAfterUsesTheDefaultWait();
    void generateExportFailedJob();
    void generateExportJobGone();
    void generateExportServerRefusesJobParams();
    void generateExportGivesUpAfterMaxTotalWait();
    void generateExportUnderBasePathAndSpace();
    void generateExportFollowsAnInternalDownloadPath();
    void generateExportRefusesAWrongFileKind();
    void generateExportUnwritableOutput();
    void cancelWhileWaiting();
    void cancelWhilePosting();
    void cancelExportsCancelsAll();
    void generateDownloadsAnExistingJob();

    void logsContainNoSecrets();

private:
    RemoteServer profile(RemoteServer::Auth auth = RemoteServer::Auth::Basic) const;
    std::unique_ptr<KibanaClient> client(RemoteServer p = {}, QString secret = {});
    QString exportUrl(const QString &space = {}) const;
    QString outPath(const QString &name = QStringLiteral("out.pdf")) const;

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<KibanaTestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKibanaClient::initTestCase()
{
    test::RemoteLogCapture::install();
}

void TestKibanaClient::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<KibanaTestServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->http().errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    g_logs.clear();
}

void TestKibanaClient::cleanup()
{
    m_server.reset();
    m_network.reset();
    m_dir.reset();
}

void TestKibanaClient::cleanupTestCase()
{
    test::RemoteLogCapture::uninstall();
}

RemoteServer TestKibanaClient::profile(RemoteServer::Auth auth) const
{
    RemoteServer p;
    p.id = QUuid::createUuid();
    p.kind = RemoteServer::Kind::Kibana;
    p.name = QStringLiteral("ops");
    p.baseUrl = m_server->url();
    p.auth = auth;
    p.userName = QString::fromLatin1(KibanaTestServer::kUser);
    p.timeoutSeconds = 10;
    return p;
}

std::unique_ptr<KibanaClient> TestKibanaClient::client(RemoteServer p, QString secret)
{
    if (p.name.isEmpty())
        p = profile();
    if (secret.isEmpty())
        secret = QString::fromLatin1(KibanaTestServer::kPassword);
    auto c = std::make_unique<KibanaClient>(std::move(p), std::move(secret), m_network.get());
    c->setPollOptions(fastPolls());
    return c;
}

QString TestKibanaClient::exportUrl(const QString &space) const
{
    const QString prefix = space.isEmpty() ? QString() : QStringLiteral("/s/") + space;
    return QStringLiteral(
               "http://127.0.0.1:%1%2/api/reporting/generate/printablePdfV2?jobParams=%3")
        .arg(m_server->http().port())
        .arg(prefix, QString::fromLatin1(QUrl::toPercentEncoding(kRison)));
}

QString TestKibanaClient::outPath(const QString &name) const
{
    return m_dir->filePath(QStringLiteral("archive/") + name);
}

// --- The test server -----------------------------------------------------------------------

void TestKibanaClient::testServerEnforcesKibanaRules()
{
    HttpClientConfig config;
    config.baseUrl = m_server->url();
    config.displayName = QStringLiteral("raw");
    config.auth = HttpAuth::basic(QString::fromLatin1(KibanaTestServer::kUser),
                                  QString::fromLatin1(KibanaTestServer::kPassword));
    config.retry = RetryPolicy::noRetries();
    HttpClient http(m_network.get(), config);
    auto send = [&](HttpRequest r) {
        r.accepting({400, 401, 404, 405, 415, 503});
        std::optional<HttpResult> out;
        QObject context;
        http.send(std::move(r), &context, [&](const HttpResult &result) { out = result; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
        return out ? *out : HttpResult(RemoteError());
    };
    auto message = [](const HttpResult &r) {
        return r ? RemoteError::extractServerMessage(r->body) : QString();
    };
    const QJsonDocument body(QJsonObject{{QStringLiteral("jobParams"), kRison}});
    const QString generate = QStringLiteral("/api/reporting/generate/printablePdfV2");

    auto noXsrf = send(HttpRequest::postJson(generate, body, QStringLiteral("t")));
    QVERIFY(noXsrf);
    QCOMPARE(noXsrf->status, 400);
    QCOMPARE(message(noXsrf), QStringLiteral("Request must contain a kbn-xsrf header."));

    auto get = send(HttpRequest::get(generate, QStringLiteral("t")));
    QCOMPARE(get->status, 405);
    QCOMPARE(message(get), QStringLiteral("GET is not allowed"));

    auto noOrigin = send(
        HttpRequest::get(QStringLiteral("/internal/reporting/jobs/list"), QStringLiteral("t")));
    QCOMPARE(noOrigin->status, 400);
    QVERIFY2(message(noOrigin).contains(
                 QLatin1String("exists but is not available with the current configuration")),
             qPrintable(message(noOrigin)));
    m_server->setRestrictInternalApis(false);
    auto relaxed = send(
        HttpRequest::get(QStringLiteral("/internal/reporting/jobs/list"), QStringLiteral("t")));
    QCOMPARE(relaxed->status, 200);

    auto noParams =
        send(HttpRequest::post(generate, {}, {}, QStringLiteral("t")).withHeader("kbn-xsrf", "x"));
    QCOMPARE(noParams->status, 400);
    QCOMPARE(
        message(noParams),
        QStringLiteral("A jobParams RISON string is required in the querystring or POST body"));

    auto badRison =
        send(HttpRequest::postJson(generate,
                                   QJsonDocument(QJsonObject{{QStringLiteral("jobParams"),
                                                              QStringLiteral("(title:'x')x")}}),
                                   QStringLiteral("t"))
                 .withHeader("kbn-xsrf", "x"));
    QCOMPARE(badRison->status, 400);
    QVERIFY(message(badRison).startsWith(QLatin1String("invalid rison")));

    auto formBody = send(HttpRequest::post(generate, "jobParams=x",
                                           "application/x-www-form-urlencoded", QStringLiteral("t"))
                             .withHeader("kbn-xsrf", "x"));
    QCOMPARE(formBody->status, 415);

    auto oldVersion = send(HttpRequest::postJson(generate, body, QStringLiteral("t"))
                               .withHeader("kbn-version", "8.0.0"));
    QCOMPARE(oldVersion->status, 400);
    QVERIFY(message(oldVersion).contains(QLatin1String("kbn-version")));

    auto created = send(HttpRequest::postJson(generate, body, QStringLiteral("t"))
                            .withHeader("kbn-xsrf", "reporting"));
    QCOMPARE(created->status, 200);
    const QJsonObject answer = created->jsonObject().value();
    const QString id =
        answer.value(QLatin1String("job")).toObject().value(QLatin1String("id")).toString();
    QCOMPARE(answer.value(QLatin1String("path")).toString(),
             QStringLiteral("/api/reporting/jobs/download/") + id);
    QCOMPARE(
        answer.value(QLatin1String("job")).toObject().value(QLatin1String("jobtype")).toString(),
        QStringLiteral("printable_pdf_v2"));

    auto pending =
        send(HttpRequest::get(answer.value(QLatin1String("path")).toString(), QStringLiteral("t")));
    QCOMPARE(pending->status, 503);
    QCOMPARE(pending->header("retry-after"), QByteArray("30"));
    QCOMPARE(pending->body, QByteArray("pending"));
    QVERIFY(pending->header("Content-Type").startsWith("text/plain"));

    HttpClient anonymous(m_network.get(), [&] {
        HttpClientConfig c = config;
        c.auth = HttpAuth::none();
        return c;
    }());
    std::optional<HttpResult> unauthorized;
    QObject context;
    anonymous.send(
        HttpRequest::get(QStringLiteral("/api/status"), QStringLiteral("t")).accepting({401}),
        &context, [&](const HttpResult &r) { unauthorized = r; });
    QTRY_VERIFY(unauthorized.has_value());
    QCOMPARE((*unauthorized)->status, 401);
    QVERIFY((*unauthorized)->header("WWW-Authenticate").startsWith("Basic realm="));

    auto unknown = send(
        HttpRequest::get(QStringLiteral("/api/reporting/jobs/download/nope"), QStringLiteral("t")));
    QCOMPARE(unknown->status, 404);
}

// --- Connection ----------------------------------------------------------------------------

void TestKibanaClient::testConnectionNamesVersionAndScheduledReports()
{
    m_server->addJob(QStringLiteral("One"));
    m_server->addJob(QStringLiteral("Two"));
    auto c = client();
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info);
    QVERIFY2(*info, qPrintable(info->error().text()));
    QCOMPARE((*info)->product, QStringLiteral("Kibana"));
    QCOMPARE((*info)->version, QStringLiteral("9.1.0"));
    QVERIFY2((*info)->detail.contains(QLatin1String("scheduled reports offered")),
             qPrintable((*info)->detail));
    QVERIFY2((*info)->detail.contains(QLatin1String("2 report job")), qPrintable((*info)->detail));
    QCOMPARE(c->scheduledReportsOffered(), std::optional<bool>(true));

    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/status"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/internal/reporting/jobs/count"));
    QCOMPARE(requests.at(2).path, QStringLiteral("/internal/reporting/scheduled/list"));
    for (const LoopbackRequest &r : requests) {
        QCOMPARE(r.header("Authorization"),
                 basicValue(QString::fromLatin1(KibanaTestServer::kUser),
                            QString::fromLatin1(KibanaTestServer::kPassword)));
        QVERIFY(!r.hasHeader("kbn-version"));
    }
    QCOMPARE(requests.at(1).header("x-elastic-internal-origin"), QByteArray("Kibana"));
    QVERIFY(!requests.at(0).hasHeader("x-elastic-internal-origin"));
}

void TestKibanaClient::testConnectionWithoutScheduledReports()
{
    m_server->setScheduledReportsOffered(false);
    m_server->setVersion(QStringLiteral("8.15.2"));
    auto c = client();
    QVERIFY(c->supports(Capability::Enable)); // not known yet
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY2(*info, qPrintable(info->error().text()));
    QCOMPARE((*info)->version, QStringLiteral("8.15.2"));
    QVERIFY2((*info)->detail.contains(QLatin1String("this Kibana does not offer them")),
             qPrintable((*info)->detail));
    QCOMPARE(c->scheduledReportsOffered(), std::optional<bool>(false));
    QVERIFY(!c->supports(Capability::Enable));
    QCOMPARE(c->unsupportedReason(Capability::Enable),
             QStringLiteral("This Kibana does not offer scheduled reports."));
}

void TestKibanaClient::testConnectionNamesNotKibana_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("other JSON") << 200 << QByteArray(R"({"status":"ok"})")
                                << QByteArray("application/json")
                                << "read the server status failed: the response is not what was "
                                   "expected: this is not a Kibana server";
    QTest::newRow("HTML page") << 200 << QByteArray("<html><title>Welcome to nginx</title></html>")
                               << QByteArray("text/html") << "this is not a Kibana server";
    QTest::newRow("no status page")
        << 404 << QByteArray("<html><title>404</title></html>") << QByteArray("text/html")
        << "404 Not Found — there is no Kibana status page "
           "(/api/status) here, so this is not a Kibana server";
}

void TestKibanaClient::testConnectionNamesNotKibana()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, expected);
    m_server->http().route("GET", QStringLiteral("/api/status"), [=](const LoopbackRequest &) {
        return LoopbackResponse::bytes(status, body, contentType);
    });
    auto c = client();
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !*info);
    const QString text = info->error().text();
    QVERIFY2(text.startsWith(QStringLiteral("Kibana “ops”: ")), qPrintable(text));
    QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(m_server->http().requestCount(), 1);
}

void TestKibanaClient::testConnectionWithoutReporting()
{
    m_server->http().route(
        "GET", QStringLiteral("/internal/reporting/{rest*}"), [](const LoopbackRequest &) {
            return LoopbackResponse::json(
                404, QJsonObject{{QStringLiteral("statusCode"), 404},
                                 {QStringLiteral("error"), QStringLiteral("Not Found")},
                                 {QStringLiteral("message"), QStringLiteral("Not Found")}});
        });
    auto c = client();
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !*info);
    QCOMPARE(info->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(
        info->error().text().contains(QStringLiteral("count the report jobs failed: 404 Not "
                                                     "Found — Kibana Reporting did not answer")),
        qPrintable(info->error().text()));
}

void TestKibanaClient::wrongPasswordIsUnauthorized()
{
    auto c = client(profile(), QStringLiteral("wrong-password"));
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !*info);
    QCOMPARE(info->error().kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(info->error().text(),
             QStringLiteral("Kibana “ops”: read the server status failed: 401 Unauthorized — "
                            "[security_exception]: unable to authenticate user. Check the user "
                            "name and password or token."));
}

void TestKibanaClient::apiKeyAndBearerAuth_data()
{
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("encoded API key")
        << int(RemoteServer::Auth::ApiKey) << QString::fromLatin1(KibanaTestServer::kApiKey)
        << QByteArray("ApiKey ") + KibanaTestServer::kApiKey;
    QTest::newRow("id:key API key")
        << int(RemoteServer::Auth::ApiKey) << QStringLiteral("key-id:key-secret")
        << QByteArray("ApiKey ") + KibanaTestServer::kApiKey;
    QTest::newRow("bearer token") << int(RemoteServer::Auth::Bearer)
                                  << QStringLiteral("kbn-token-0123456789")
                                  << QByteArray("Bearer kbn-token-0123456789");
}

void TestKibanaClient::apiKeyAndBearerAuth()
{
    QFETCH(int, auth);
    QFETCH(QString, secret);
    QFETCH(QByteArray, header);
    m_server->addBearerToken(QStringLiteral("kbn-token-0123456789"),
                             QString::fromLatin1(KibanaTestServer::kUser));
    auto c = client(profile(RemoteServer::Auth(auth)), secret);
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY2(info && *info, qPrintable(info->error().text()));
    for (const LoopbackRequest &r : m_server->http().requests())
        QCOMPARE(r.header("Authorization"), header);
}

void TestKibanaClient::profileProblemsAreConfigurationErrors()
{
    auto c = client(profile(RemoteServer::Auth::ClientCredentials), QStringLiteral("s"));
    auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !*info);
    QCOMPARE(info->error().kind(), RemoteError::Kind::Configuration);
    QVERIFY2(info->error().text().contains(QLatin1String("Kibana does not sign in with OAuth2")),
             qPrintable(info->error().text()));
    auto items = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QCOMPARE(items->error().kind(), RemoteError::Kind::Configuration);
    auto generated = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {}, done);
    });
    QCOMPARE(generated->error().kind(), RemoteError::Kind::Configuration);

    RemoteServer ftp = profile();
    ftp.baseUrl = QUrl(QStringLiteral("ftp://127.0.0.1/"));
    auto bad = client(ftp);
    auto info2 = await<ServerInfo>([&](auto done) { bad->testConnection(done); });
    QVERIFY2(info2->error().text().contains(QLatin1String("is not an http:// or https:// address")),
             qPrintable(info2->error().text()));
    QCOMPARE(m_server->http().requestCount(), 0);
}

// --- Listing and management ----------------------------------------------------------------

void TestKibanaClient::listItemsGivesJobsAndScheduledReports()
{
    const QString done = m_server->addJob(QStringLiteral("Ops weekly"));
    const QString failed =
        m_server->addJob(QStringLiteral("Broken"), QString::fromLatin1(KibanaTestServer::kUser),
                         QStringLiteral("failed"));
    m_server->addJob(QStringLiteral("Someone else's"), QStringLiteral("other-user"));
    const QString weekly =
        m_server->addScheduledReport(QStringLiteral("Weekly PDF"), weeklyRrule());
    const QString paused =
        m_server->addScheduledReport(QStringLiteral("Paused"), weeklyRrule(), false);

    auto c = client();
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY2(items && *items, qPrintable(items->error().text()));
    const QList<RemoteItem> list = items->value();
    QCOMPARE(list.size(), 4);
    // Jobs newest first, then the scheduled reports.
    QCOMPARE(list.at(0).id, failed);
    QCOMPARE(list.at(0).type, KibanaClient::exportJobType);
    QCOMPARE(list.at(0).status, QStringLiteral("failed"));
    QCOMPARE(list.at(1).id, done);
    QCOMPARE(list.at(1).name, QStringLiteral("Ops weekly"));
    QCOMPARE(list.at(1).status, QStringLiteral("completed"));
    QVERIFY(list.at(1).updated.isValid());
    QCOMPARE(list.at(1).raw.value(QLatin1String("jobtype")).toString(),
             QStringLiteral("printable_pdf_v2"));
    QVERIFY(!list.at(1).enabled.has_value());

    QCOMPARE(list.at(2).id, weekly);
    QCOMPARE(list.at(2).type, KibanaClient::scheduledReportType);
    QCOMPARE(list.at(2).name, QStringLiteral("Weekly PDF"));
    QCOMPARE(list.at(2).enabled, std::optional<bool>(true));
    const auto schedule = ScheduleMapping::fromKibana(weeklyRrule());
    QVERIFY(schedule);
    QCOMPARE(list.at(2).scheduleText, schedule->summary());
    QVERIFY2(list.at(2).scheduleText.contains(QLatin1String("Monday")),
             qPrintable(list.at(2).scheduleText));
    QCOMPARE(list.at(3).id, paused);
    QCOMPARE(list.at(3).enabled, std::optional<bool>(false));

    const auto jobs = requestsTo(*m_server, "GET", QStringLiteral("/internal/reporting/jobs/list"));
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first().queryValue(QStringLiteral("page")), QStringLiteral("0"));
    QCOMPARE(jobs.first().queryValue(QStringLiteral("size")), QStringLiteral("100"));
    QCOMPARE(jobs.first().header("x-elastic-internal-origin"), QByteArray("Kibana"));
    const auto scheduled =
        requestsTo(*m_server, "GET", QStringLiteral("/internal/reporting/scheduled/list"));
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(scheduled.first().queryValue(QStringLiteral("page")), QStringLiteral("1"));
    QCOMPARE(scheduled.first().header("x-elastic-internal-origin"), QByteArray("Kibana"));

    auto folder = await<QList<RemoteItem>>([&](auto d) { c->listItems(QStringLiteral("f1"), d); });
    QCOMPARE(folder->error().kind(), RemoteError::Kind::NotFound);
}

void TestKibanaClient::listItemsPages()
{
    for (int i = 0; i < 150; ++i)
        m_server->addJob(QStringLiteral("Job %1").arg(i));
    for (int i = 0; i < 120; ++i)
        m_server->addScheduledReport(QStringLiteral("Schedule %1").arg(i), weeklyRrule());
    auto c = client();
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY2(items && *items, qPrintable(items->error().text()));
    QCOMPARE(items->value().size(), 270);
    QCOMPARE(items->value().first().name, QStringLiteral("Job 149"));
    QCOMPARE(items->value().at(149).name, QStringLiteral("Job 0"));
    QCOMPARE(items->value().last().name, QStringLiteral("Schedule 119"));
    const auto jobs = requestsTo(*m_server, "GET", QStringLiteral("/jobs/list"));
    QCOMPARE(jobs.size(), 2);
    QCOMPARE(jobs.at(1).queryValue(QStringLiteral("page")), QStringLiteral("1"));
    const auto scheduled = requestsTo(*m_server, "GET", QStringLiteral("/scheduled/list"));
    QCOMPARE(scheduled.size(), 2);
    QCOMPARE(scheduled.at(1).queryValue(QStringLiteral("page")), QStringLiteral("2"));
}

void TestKibanaClient::listItemsUnderBasePathAndSpace()
{
    m_server->setBasePath(QStringLiteral("/tools/kibana"));
    m_server->addJob(QStringLiteral("In a space"));
    RemoteServer p = profile();
    p.baseUrl = m_server->url(QStringLiteral("/")); // .../tools/kibana/
    p.organisation = QStringLiteral("sales emea");
    auto c = client(p);
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY2(items && *items, qPrintable(items->error().text()));
    QCOMPARE(items->value().size(), 1);
    const auto requests = m_server->http().requests();
    QCOMPARE(requests.first().rawPath,
             QByteArray("/tools/kibana/s/sales%20emea/internal/reporting/jobs/list"));
}

void TestKibanaClient::listItemsWithoutScheduledReports()
{
    m_server->setScheduledReportsOffered(false);
    m_server->addJob(QStringLiteral("Only a job"));
    auto c = client();
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY2(items && *items, qPrintable(items->error().text()));
    QCOMPARE(items->value().size(), 1);
    QCOMPARE(c->scheduledReportsOffered(), std::optional<bool>(false));
    // Known now: the next listing does not ask again.
    const int before = m_server->http().requestCount();
    items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY(*items);
    QCOMPARE(m_server->http().requestCount(), before + 1);
}

void TestKibanaClient::getItem()
{
    const QString job = m_server->addJob(QStringLiteral("Ops weekly"));
    const QString scheduled =
        m_server->addScheduledReport(QStringLiteral("Weekly PDF"), weeklyRrule());
    auto c = client();
    auto item = await<RemoteItem>([&](auto d) { c->getItem(job, d); });
    QVERIFY2(item && *item, qPrintable(item->error().text()));
    QCOMPARE((*item)->type, KibanaClient::exportJobType);
    QCOMPARE((*item)->name, QStringLiteral("Ops weekly"));
    QCOMPARE(
        requestsTo(*m_server, "GET", QStringLiteral("/internal/reporting/jobs/info/") + job).size(),
        1);

    item = await<RemoteItem>([&](auto d) { c->getItem(scheduled, d); });
    QVERIFY2(item && *item, qPrintable(item->error().text()));
    QCOMPARE((*item)->type, KibanaClient::scheduledReportType);
    QCOMPARE((*item)->enabled, std::optional<bool>(true));

    item = await<RemoteItem>([&](auto d) { c->getItem(QStringLiteral("no-such-id"), d); });
    QVERIFY(item && !*item);
    QCOMPARE(item->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(item->error().text().contains(
                 QLatin1String("there is no export job or scheduled report with this id")),
             qPrintable(item->error().text()));
}

void TestKibanaClient::setEnabledTogglesScheduledReports()
{
    const QString id = m_server->addScheduledReport(QStringLiteral("Weekly PDF"), weeklyRrule());
    auto c = client();
    auto off = await<bool>([&](auto d) { c->setEnabled(id, false, d); });
    QVERIFY2(off && *off, qPrintable(off->error().text()));
    QCOMPARE(m_server->scheduledReport(id)->value(QLatin1String("enabled")).toBool(), false);
    const auto patch = requestsTo(*m_server, "PATCH", QStringLiteral("/bulk_disable"));
    QCOMPARE(patch.size(), 1);
    QCOMPARE(patch.first().path, QStringLiteral("/internal/reporting/scheduled/bulk_disable"));
    QCOMPARE(patch.first().header("kbn-xsrf"), QByteArray("true"));
    QCOMPARE(patch.first().header("x-elastic-internal-origin"), QByteArray("Kibana"));
    QCOMPARE(patch.first().header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(patch.first().json().object(), QJsonObject({{QStringLiteral("ids"), QJsonArray{id}}}));

    auto on = await<bool>([&](auto d) { c->setEnabled(id, true, d); });
    QVERIFY2(on && *on, qPrintable(on->error().text()));
    QCOMPARE(m_server->scheduledReport(id)->value(QLatin1String("enabled")).toBool(), true);
    QCOMPARE(requestsTo(*m_server, "PATCH", QStringLiteral("/bulk_enable")).size(), 1);
}

void TestKibanaClient::setEnabledErrors()
{
    const QString job = m_server->addJob(QStringLiteral("A job"));
    auto c = client();
    auto missing =
        await<bool>([&](auto d) { c->setEnabled(QStringLiteral("sched-404"), false, d); });
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(missing->error().text().contains(
                 QLatin1String("disable the scheduled report sched-404 failed: 404 Not Found")),
             qPrintable(missing->error().text()));

    // Once the client knows an id is a job, it says so without asking the server.
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY(*items);
    const int before = m_server->http().requestCount();
    auto onJob = await<bool>([&](auto d) { c->setEnabled(job, true, d); });
    QCOMPARE(onJob->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY2(onJob->error().text().contains(
                 QLatin1String("is an export job; only scheduled reports can be enabled")),
             qPrintable(onJob->error().text()));
    QCOMPARE(m_server->http().requestCount(), before);
}

void TestKibanaClient::setEnabledWhereNotOffered()
{
    m_server->setScheduledReportsOffered(false);
    auto c = client();
    auto r = await<bool>([&](auto d) { c->setEnabled(QStringLiteral("sched-1"), false, d); });
    QVERIFY(r && !*r);
    QCOMPARE(r->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY2(
        r->error().text().contains(QLatin1String("this Kibana does not offer scheduled reports")),
        qPrintable(r->error().text()));
    QCOMPARE(m_server->http().requestCount(), 1); // the PATCH found no such API
    QVERIFY(!c->supports(Capability::Enable));
    r = await<bool>([&](auto d) { c->setEnabled(QStringLiteral("sched-1"), true, d); });
    QCOMPARE(r->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(m_server->http().requestCount(), 1); // known now: nothing sent
}

void TestKibanaClient::removeJobsAndScheduledReports()
{
    const QString job1 = m_server->addJob(QStringLiteral("One"));
    const QString job2 = m_server->addJob(QStringLiteral("Two"));
    const QString keep = m_server->addJob(QStringLiteral("Keep"));
    const QString s1 = m_server->addScheduledReport(QStringLiteral("S1"), weeklyRrule());
    const QString s2 = m_server->addScheduledReport(QStringLiteral("S2"), weeklyRrule());
    auto c = client();
    auto items = await<QList<RemoteItem>>([&](auto d) { c->listItems({}, d); });
    QVERIFY(*items);
    m_server->http().clearRequests();

    auto removed = await<bool>([&](auto d) { c->remove({job1, s1, job2, s2}, d); });
    QVERIFY2(removed && *removed, qPrintable(removed->error().text()));
    QVERIFY(!m_server->job(job1));
    QVERIFY(!m_server->job(job2));
    QVERIFY(m_server->job(keep));
    QCOMPARE(m_server->scheduledReportCount(), 0);

    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QByteArray("DELETE"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/api/reporting/jobs/delete/") + job1);
    QCOMPARE(requests.at(0).header("kbn-xsrf"), QByteArray("true"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/api/reporting/jobs/delete/") + job2);
    QCOMPARE(requests.at(2).method, QByteArray("DELETE"));
    QCOMPARE(requests.at(2).path, QStringLiteral("/internal/reporting/scheduled/bulk_delete"));
    QCOMPARE(requests.at(2).header("x-elastic-internal-origin"), QByteArray("Kibana"));
    QCOMPARE(requests.at(2).json().object().value(QLatin1String("ids")).toArray(),
             QJsonArray({s1, s2}));
}

void TestKibanaClient::removeFindsOutWhatAnIdIs()
{
    const QString job = m_server->addJob(QStringLiteral("Job"));
    const QString scheduled = m_server->addScheduledReport(QStringLiteral("S"), weeklyRrule());
    auto c = client(); // has listed nothing: both ids are unknown to it
    auto removed = await<bool>([&](auto d) { c->remove({scheduled, job}, d); });
    QVERIFY2(removed && *removed, qPrintable(removed->error().text()));
    QVERIFY(!m_server->job(job));
    QCOMPARE(m_server->scheduledReportCount(), 0);
    // Tried as a job first (404), then deleted as a scheduled report.
    QCOMPARE(requestsTo(*m_server, "DELETE", QStringLiteral("/jobs/delete/") + scheduled).size(),
             1);
    QCOMPARE(requestsTo(*m_server, "DELETE", QStringLiteral("/scheduled/bulk_delete")).size(), 1);
}

void TestKibanaClient::removeUnknownIdIsNotFound()
{
    const QString foreign =
        m_server->addJob(QStringLiteral("Theirs"), QStringLiteral("other-user"));
    auto c = client();
    auto removed = await<bool>([&](auto d) { c->remove({foreign}, d); });
    QVERIFY(removed && !*removed);
    QCOMPARE(removed->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(removed->error().text().contains(
                 QStringLiteral("there is no export job or scheduled report %1").arg(foreign)),
             qPrintable(removed->error().text()));
    QVERIFY(m_server->job(foreign)); // another user's job stays

    m_server->setScheduledReportsOffered(false);
    auto c2 = client();
    removed = await<bool>([&](auto d) { c2->remove({QStringLiteral("gone-id")}, d); });
    QVERIFY(removed && !*removed);
    QCOMPARE(removed->error().kind(), RemoteError::Kind::NotFound); // no job, no scheduled API
    QVERIFY2(removed->error().text().contains(QLatin1String("there is no export job with this id")),
             qPrintable(removed->error().text()));
}

void TestKibanaClient::unsupportedOperations()
{
    auto c = client();
    QVERIFY(!c->supports(Capability::Trigger));
    QVERIFY(!c->supports(Capability::Folders));
    QVERIFY(!c->supports(Capability::Move));
    QVERIFY(c->supports(Capability::Delete));
    QVERIFY(c->supports(Capability::Generate));
    auto trigger = await<bool>([&](auto d) { c->trigger(QStringLiteral("x"), d); });
    QCOMPARE(trigger->error().kind(), RemoteError::Kind::Unsupported);
    QVERIFY2(trigger->error().text().contains(
                 QLatin1String("Kibana cannot run a scheduled report on request")),
             qPrintable(trigger->error().text()));
    auto folders = await<QList<RemoteFolder>>([&](auto d) { c->listFolders(d); });
    QCOMPARE(folders->error().kind(), RemoteError::Kind::Unsupported);
    auto moved =
        await<bool>([&](auto d) { c->move({QStringLiteral("x")}, QStringLiteral("f"), d); });
    QCOMPARE(moved->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(m_server->http().requestCount(), 0);
}

// --- Generate and download -----------------------------------------------------------------

void TestKibanaClient::generateExportPollsAndSaves()
{
    m_server->setPendingPolls(3);
    m_server->setRetryAfter("1");
    auto c = client();
    const auto exportRequest = KibanaExport::fromUrl(exportUrl(QStringLiteral("ops")));
    QVERIFY2(exportRequest, qPrintable(exportRequest.error()));
    QList<KibanaExportProgress> progress;
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(
            *exportRequest, outPath(), [&](const KibanaExportProgress &p) { progress << p; }, done);
    });
    QVERIFY(result);
    QVERIFY2(*result, qPrintable(result->error().text()));
    const KibanaDownload download = result->value();
    QCOMPARE(download.path, QFileInfo(outPath()).absoluteFilePath());
    QCOMPARE(download.polls, 4);
    QCOMPARE(download.contentType, QByteArray("application/pdf"));
    QCOMPARE(download.bytes, QFileInfo(outPath()).size());

    // The POST: in the export's space, kbn-xsrf, JSON body with the rison, no kbn-version.
    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 5); // 1 POST + 3 "not ready" + 1 download: no extra polls
    const LoopbackRequest &post = requests.first();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, QStringLiteral("/s/ops/api/reporting/generate/printablePdfV2"));
    QCOMPARE(post.header("kbn-xsrf"), QByteArray("true"));
    QVERIFY(!post.hasHeader("kbn-version"));
    QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(post.json().object().value(QLatin1String("jobParams")).toString(), kRison);
    QCOMPARE(post.header("Authorization"),
             basicValue(QString::fromLatin1(KibanaTestServer::kUser),
                        QString::fromLatin1(KibanaTestServer::kPassword)));
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(requests.at(i).method, QByteArray("GET"));
        QCOMPARE(requests.at(i).path,
                 QStringLiteral("/api/reporting/jobs/download/") + download.jobId);
    }
    const auto job = m_server->job(download.jobId);
    QVERIFY(job);
    QCOMPARE(job->status, QStringLiteral("completed"));
    QCOMPARE(job->spaceId, QStringLiteral("ops"));

    // Three waits of the server's one second, then the file.
    QList<qint64> waits;
    for (const auto &p : progress) {
        if (p.stage == KibanaExportProgress::Stage::Waiting)
            waits << p.nextPoll.count();
    }
    QCOMPARE(waits, (QList<qint64>{1, 1, 1}));
    QCOMPARE(progress.first().stage, KibanaExportProgress::Stage::Submitting);
    QCOMPARE(progress.last().stage, KibanaExportProgress::Stage::Saved);
    QCOMPARE(progress.last().waited.count(), 3);

    // A real PDF that says what it is; nothing else left in the folder.
    QVERIFY2(test::pdfText(outPath()).contains(QLatin1String("Ops weekly")),
             qPrintable(test::pdfText(outPath())));
    QCOMPARE(test::runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), outPath()}).exitCode,
             0);
    QCOMPARE(QDir(QFileInfo(outPath()).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("out.pdf")});
}

void TestKibanaClient::generateExportHonoursRetryAfterDate()
{
    m_server->setPendingPolls(2);
    m_server->setRetryAfterDate(3);
    auto c = client();
    QList<qint64> waits;
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(
            *KibanaExport::fromUrl(exportUrl()), outPath(),
            [&](const KibanaExportProgress &p) {
                if (p.stage == KibanaExportProgress::Stage::Waiting)
                    waits << p.nextPoll.count();
            },
            done);
    });
    QVERIFY2(result && *result, qPrintable(result->error().text()));
    QCOMPARE(waits, (QList<qint64>{3, 3}));
    QCOMPARE(m_server->http().requestCount(), 4);
}

void TestKibanaClient::generateExportWithoutRetryAfterUsesTheDefaultWait()
{
    m_server->setPendingPolls(1);
    m_server->setRetryAfter({});
    auto c = client();
    KibanaPollOptions options = fastPolls();
    options.defaultWait = 7s;
    c->setPollOptions(options);
    QList<qint64> waits;
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(
            *KibanaExport::fromUrl(exportUrl()), outPath(),
            [&](const KibanaExportProgress &p) {
                if (p.stage == KibanaExportProgress::Stage::Waiting)
                    waits << p.nextPoll.count();
            },
            done);
    });
    QVERIFY2(result && *result, qPrintable(result->error().text()));
    QCOMPARE(waits, QList<qint64>{7});
}

void TestKibanaClient::generateExportFailedJob()
{
    m_server->setPendingPolls(1);
    m_server->setRetryAfter("1");
    m_server->failNextJob(QStringLiteral("Max attempts reached (3)"));
    // An earlier file at the output path stays as it was.
    QVERIFY(QDir().mkpath(QFileInfo(outPath()).absolutePath()));
    {
        QFile old(outPath());
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old report");
    }
    auto c = client();
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {}, done);
    });
    QVERIFY(result && !*result);
    const RemoteError &e = result->error();
    QCOMPARE(e.kind(), RemoteError::Kind::HttpServerError);
    QCOMPARE(e.httpStatus(), 500);
    QCOMPARE(e.serverMessage(),
             QStringLiteral("Reporting generation failed: Max attempts reached (3)"));
    const QString jobId = m_server->jobs().last().id;
    QVERIFY2(e.text().startsWith(QStringLiteral("Kibana “ops”: download the export job %1 failed: "
                                                "500 Internal Server Error — Reporting generation "
                                                "failed: Max attempts reached (3).")
                                     .arg(jobId)),
             qPrintable(e.text()));
    QCOMPARE(m_server->http().requestCount(), 3); // POST, 503, 500: a failed job is not retried
    QFile old(outPath());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old report"));
    QCOMPARE(QDir(QFileInfo(outPath()).absolutePath()).entryList(QDir::Files),
             QStringList{QStringLiteral("out.pdf")});
}

void TestKibanaClient::generateExportJobGone()
{
    m_server->setPendingPolls(5);
    m_server->setRetryAfter("1");
    auto c = client();
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(
            *KibanaExport::fromUrl(exportUrl()), outPath(),
            [&](const KibanaExportProgress &p) {
                // Someone deletes the job while we wait.
                if (p.stage == KibanaExportProgress::Stage::Waiting)
                    m_server->removeJob(p.jobId);
            },
            done);
    });
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(result->error().text().contains(QStringLiteral("404 Not Found — the report job")),
             qPrintable(result->error().text()));
    QVERIFY2(result->error().text().contains(QLatin1String("is gone (deleted, expired, or created "
                                                           "by another user)")),
             qPrintable(result->error().text()));
    QVERIFY(!QFileInfo::exists(outPath()));
}

void TestKibanaClient::generateExportServerRefusesJobParams()
{
    const auto parsed = KibanaExport::fromUrl(exportUrl());
    QVERIFY(parsed);
    KibanaExport exportRequest = *parsed;
    QJsonObject params = exportRequest.jobParams();
    params.insert(QStringLiteral("browserTimezone"), QStringLiteral("Mars/Olympus"));
    exportRequest.setJobParams(params);
    auto c = client();
    auto result = await<KibanaDownload>(
        [&](auto done) { c->generateExport(exportRequest, outPath(), {}, done); });
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind(), RemoteError::Kind::HttpClientError);
    QCOMPARE(result->error().text(),
             QStringLiteral("Kibana “ops”: generate the export “Ops weekly” failed: 400 Bad "
                            "Request — Invalid timezone \"Mars/Olympus\"."));
    QCOMPARE(m_server->http().requestCount(), 1); // a POST is never repeated
}

void TestKibanaClient::generateExportGivesUpAfterMaxTotalWait()
{
    m_server->setPendingPolls(100);
    m_server->setRetryAfter("30");
    auto c = client();
    KibanaPollOptions options = fastPolls();
    options.maxTotalWait = 45s;
    c->setPollOptions(options);
    QList<qint64> waits;
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(
            *KibanaExport::fromUrl(exportUrl()), outPath(),
            [&](const KibanaExportProgress &p) {
                if (p.stage == KibanaExportProgress::Stage::Waiting)
                    waits << p.nextPoll.count();
            },
            done);
    });
    QVERIFY(result && !*result);
    // 30 s as asked, then the 15 s left, then one last look at the limit.
    QCOMPARE(waits, (QList<qint64>{30, 15}));
    QCOMPARE(result->error().kind(), RemoteError::Kind::Timeout);
    const QString jobId = m_server->jobs().last().id;
    QVERIFY2(result->error().text().contains(
                 QStringLiteral("no answer within 45 s — the report job %1 was still processing "
                                "after 3 poll")
                     .arg(jobId)),
             qPrintable(result->error().text()));
    QCOMPARE(m_server->downloadRequests(jobId), 3);
    QVERIFY(!QFileInfo::exists(outPath()));
}

void TestKibanaClient::generateExportUnderBasePathAndSpace()
{
    m_server->setBasePath(QStringLiteral("/kibana"));
    m_server->setPendingPolls(1);
    m_server->setRetryAfter("1");
    RemoteServer p = profile();
    p.baseUrl = m_server->url(); // http://127.0.0.1:<port>/kibana/
    p.organisation = QStringLiteral("default-space-of-the-profile");
    auto c = client(p);
    // The pasted URL's space wins (its dashboard lives there); the base path is the profile's.
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl(QStringLiteral("marketing"))), outPath(),
                          {}, done);
    });
    QVERIFY2(result && *result, qPrintable(result->error().text()));
    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).path,
             QStringLiteral("/kibana/s/marketing/api/reporting/generate/printablePdfV2"));
    QCOMPARE(requests.at(1).path,
             QStringLiteral("/kibana/api/reporting/jobs/download/") + (*result)->jobId);
}

void TestKibanaClient::generateExportFollowsAnInternalDownloadPath()
{
    m_server->setPendingPolls(2);
    m_server->setRetryAfter("1");
    const QString id =
        m_server->addJob(QStringLiteral("Internal"), QString::fromLatin1(KibanaTestServer::kUser),
                         QStringLiteral("pending"));
    // A Kibana that hands out the internal download path (202 while pending).
    m_server->http().route(
        "POST", QStringLiteral("/api/reporting/generate/{type}"), [id](const LoopbackRequest &) {
            return LoopbackResponse::json(
                200, QJsonObject{{QStringLiteral("path"), QStringLiteral("/internal/reporting/jobs/"
                                                                         "download/") +
                                                              id},
                                 {QStringLiteral("job"), QJsonObject{{QStringLiteral("id"), id}}}});
        });
    auto c = client();
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {}, done);
    });
    QVERIFY2(result && *result, qPrintable(result->error().text()));
    QCOMPARE((*result)->polls, 3);
    const auto polls =
        requestsTo(*m_server, "GET", QStringLiteral("/internal/reporting/jobs/download/"));
    QCOMPARE(polls.size(), 3);
    for (const auto &r : polls)
        QCOMPARE(r.header("x-elastic-internal-origin"), QByteArray("Kibana"));

    // And a failed job there: 202 with a JSON message.
    const QString failed =
        m_server->addJob(QStringLiteral("Broken"), QString::fromLatin1(KibanaTestServer::kUser),
                         QStringLiteral("failed"));
    m_server->http().route(
        "POST", QStringLiteral("/api/reporting/generate/{type}"),
        [failed](const LoopbackRequest &) {
            return LoopbackResponse::json(
                200, QJsonObject{{QStringLiteral("path"), QStringLiteral("/internal/reporting/jobs/"
                                                                         "download/") +
                                                              failed}});
        });
    result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(QStringLiteral("b.pdf")), {},
                          done);
    });
    QVERIFY(result && !*result);
    QVERIFY2(result->error().text().contains(
                 QLatin1String("Reporting generation failed: Max attempts reached (1)")),
             qPrintable(result->error().text()));
}

void TestKibanaClient::generateExportRefusesAWrongFileKind()
{
    m_server->setPendingPolls(0);
    m_server->http().route(
        "GET", QStringLiteral("/api/reporting/jobs/download/{id}"), [](const LoopbackRequest &) {
            return LoopbackResponse::bytes(200, "<html><title>Sign in</title></html>", "text/html");
        });
    auto c = client();
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {}, done);
    });
    QVERIFY(result && !*result);
    QCOMPARE(result->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(result->error().text().contains(
                 QStringLiteral("the download is not a PDF file (it came as “text/html”)")),
             qPrintable(result->error().text()));
    QVERIFY(!QFileInfo::exists(outPath()));
}

void TestKibanaClient::generateExportUnwritableOutput()
{
    m_server->setPendingPolls(0);
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto c = client();
    const QString target = blocker + QStringLiteral("/report.pdf");
    auto result = await<KibanaDownload>([&](auto done) {
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), target, {}, done);
    });
    QVERIFY(result && !*result);
    QVERIFY2(result->error().text().contains(
                 QStringLiteral("save the export to “%1” failed: the file could not be written")
                     .arg(target)),
             qPrintable(result->error().text()));
}

void TestKibanaClient::cancelWhileWaiting()
{
    m_server->setPendingPolls(100);
    m_server->setRetryAfter("1");
    auto c = client();
    KibanaPollOptions options = fastPolls();
    options.timeScale = 0.02; // 20 ms between polls
    c->setPollOptions(options);
    bool waiting = false;
    std::optional<RemoteResult<KibanaDownload>> result;
    QPointer<KibanaExportTask> task = c->generateExport(
        *KibanaExport::fromUrl(exportUrl()), outPath(),
        [&](const KibanaExportProgress &p) {
            if (p.stage == KibanaExportProgress::Stage::Waiting)
                waiting = true;
        },
        [&](const RemoteResult<KibanaDownload> &r) { result = r; });
    QTRY_VERIFY(waiting);
    QVERIFY(task);
    const QString jobId = task->jobId();
    QVERIFY(!jobId.isEmpty());
    task->cancel();
    QVERIFY(!result.has_value()); // answers come from the event loop
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().kind(), RemoteError::Kind::Cancelled);
    QVERIFY2(result->error().text().contains(QLatin1String("cancelled")),
             qPrintable(result->error().text()));
    const int polls = m_server->downloadRequests(jobId);
    QTest::qWait(200); // ten poll intervals: nothing more may arrive
    QCOMPARE(m_server->downloadRequests(jobId), polls);
    QVERIFY(!QFileInfo::exists(outPath()));
    QTRY_VERIFY(!task);            // the task is gone
    QVERIFY(m_server->job(jobId)); // the job stays on the server
}

void TestKibanaClient::cancelWhilePosting()
{
    m_server->http().route("POST", QStringLiteral("/api/reporting/generate/{type}"),
                           [](const LoopbackRequest &) {
                               return LoopbackResponse::json(200, QJsonObject{}).after(5s);
                           });
    auto c = client();
    std::optional<RemoteResult<KibanaDownload>> result;
    KibanaExportTask *task =
        c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {},
                          [&](const RemoteResult<KibanaDownload> &r) { result = r; });
    QTRY_COMPARE(m_server->http().requestCount(), 1);
    task->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 2000);
    QCOMPARE(result->error().kind(), RemoteError::Kind::Cancelled);
}

void TestKibanaClient::cancelExportsCancelsAll()
{
    m_server->setPendingPolls(100);
    m_server->setRetryAfter("1");
    auto c = client();
    KibanaPollOptions options = fastPolls();
    options.timeScale = 0.02;
    c->setPollOptions(options);
    QList<RemoteResult<KibanaDownload>> results;
    for (int i = 0; i < 3; ++i)
        c->generateExport(*KibanaExport::fromUrl(exportUrl()),
                          outPath(QStringLiteral("%1.pdf").arg(i)), {},
                          [&](const RemoteResult<KibanaDownload> &r) { results << r; });
    QTRY_VERIFY(m_server->jobs().size() == 3);
    c->cancelExports();
    QTRY_COMPARE(results.size(), 3);
    for (const auto &r : results)
        QCOMPARE(r.error().kind(), RemoteError::Kind::Cancelled);
}

void TestKibanaClient::generateDownloadsAnExistingJob()
{
    const QString done = m_server->addJob(QStringLiteral("Finished report"));
    const QString failed =
        m_server->addJob(QStringLiteral("Broken"), QString::fromLatin1(KibanaTestServer::kUser),
                         QStringLiteral("failed"));
    auto c = client();
    auto path = await<QString>([&](auto d) { c->generate(done, outPath(), d); });
    QVERIFY2(path && *path, qPrintable(path->error().text()));
    QCOMPARE(path->value(), QFileInfo(outPath()).absoluteFilePath());
    QVERIFY(test::pdfText(outPath()).contains(QLatin1String("Finished report")));
    QCOMPARE(m_server->http().requestCount(), 1);

    auto broken =
        await<QString>([&](auto d) { c->generate(failed, outPath(QStringLiteral("b.pdf")), d); });
    QVERIFY(broken && !*broken);
    QCOMPARE(broken->error().httpStatus(), 500);

    auto missing = await<QString>([&](auto d) {
        c->generate(QStringLiteral("nope-id"), outPath(QStringLiteral("c.pdf")), d);
    });
    QVERIFY(missing && !*missing);
    QCOMPARE(missing->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(missing->error().text().contains(QLatin1String("the report job nope-id is gone")),
             qPrintable(missing->error().text()));
}

void TestKibanaClient::logsContainNoSecrets()
{
    m_server->setPendingPolls(1);
    m_server->setRetryAfter("1");
    const QString password = QString::fromLatin1(KibanaTestServer::kPassword);
    const QString apiKey = QString::fromLatin1(KibanaTestServer::kApiKey);
    QStringList texts;
    {
        auto c = client();
        auto info = await<ServerInfo>([&](auto d) { c->testConnection(d); });
        QVERIFY(*info);
        auto r = await<KibanaDownload>([&](auto d) {
            c->generateExport(*KibanaExport::fromUrl(exportUrl()), outPath(), {}, d);
        });
        QVERIFY(*r);
        auto bad = client(profile(), password + QStringLiteral("-wrong"));
        auto denied = await<ServerInfo>([&](auto d) { bad->testConnection(d); });
        texts << denied->error().text();
    }
    {
        auto c = client(profile(RemoteServer::Auth::ApiKey), QStringLiteral("key-id:key-secret"));
        auto info = await<ServerInfo>([&](auto d) { c->testConnection(d); });
        QVERIFY(*info);
    }
    QVERIFY(!g_logs.isEmpty()); // the layer did log (debug is on in this test)
    const QString all = g_logs.join(QLatin1Char('\n')) + texts.join(QLatin1Char('\n'));
    const QString basic = QString::fromLatin1(
        (QString::fromLatin1(KibanaTestServer::kUser) + QLatin1Char(':') + password)
            .toUtf8()
            .toBase64());
    for (const QString &secret : {password, basic, apiKey, QStringLiteral("key-secret")})
        QVERIFY2(!all.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestKibanaClient)
#include "tst_kibanaclient.moc"
