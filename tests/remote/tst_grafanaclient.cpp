// GrafanaClient against GrafanaTestServer (a strict Grafana Enterprise Reporting server on
// 127.0.0.1): every operation and its error paths, what the server received (method, path,
// headers, body fields and their JSON types), read-modify-write that keeps every field,
// the long timeout of the synchronous send, atomic PDF downloads, and logs without secrets.
#include "RemoteLogCapture.h"
#include "GrafanaTestServer.h"
#include "PdfTools.h"
#include "domain/Schedule.h"
#include "remote/HttpClient.h"
#include "remote/grafana/GrafanaClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace reportdesk;
using namespace reportdesk::remote;
using namespace std::chrono_literals;
using reportdesk::test::GrafanaTestServer;
using reportdesk::test::LoopbackHttpServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList &g_logs = test::RemoteLogCapture::logs();

// Runs an asynchronous client call and waits (event loop, no sleeps) for its answer.
template <typename T, typename Call>
std::optional<RemoteResult<T>> await(Call call, int timeoutMs = 20000)
{
    std::optional<RemoteResult<T>> out;
    call([&out](const RemoteResult<T> &r) { out = r; });
    (void)QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs);
    return out;
}

QJsonObject bodyOf(const LoopbackRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestGrafanaClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void capabilities();
    void testConnectionWithBasicAuth();
    void testConnectionWithBearerToken();
    void testConnectionNamesWrongCredentials_data();
    void testConnectionNamesWrongCredentials();
    void testConnectionNamesMissingPermission();
    void testConnectionSaysNotGrafana_data();
    void testConnectionSaysNotGrafana();
    void testConnectionSaysNoReporting();
    void testConnectionNamesRefusedConnection();
    void organisationGoesOutAsHeader();
    void listItems();
    void listItemsErrors();
    void getItemAndGetReport();
    void getItemErrors();
    void answersNeverArriveInsideTheCall();
    void pauseIsReadModifyWriteOfTheWholeReport();
    void resumeAndNothingToDo();
    void pauseRefusedForDraftsAndErrorsNamed();
    void triggerSendsToTheReportsRecipients();
    void sendToAListGivenNow();
    void sendWaitsLongerThanTheDefaultTimeout();
    void sendErrors();
    void sendIsNeverRepeated();
    void sendTestEmailOfAServerReport();
    void sendTestEmailOfALocalReport();
    void createReport();
    void createReportErrors();
    void updateReportKeepsEveryField();
    void updateReportRefusesWhatGrafanaCannotExpress();
    void removeOneAfterTheOther();
    void generateWritesThePdfAtomically();
    void generateFallsBackToDashboardUids();
    void generateFailureLeavesNoFile_data();
    void generateFailureLeavesNoFile();
    void renderDashboardsByUid();
    void brandingSettingsWithTheLogo();
    void brandingLogoOnAnotherHostGetsNoCredentials();
    void saveBrandingSettings();
    void noSecretInLogs();

private:
    std::unique_ptr<GrafanaClient> client(RemoteServer::Auth auth = RemoteServer::Auth::Basic,
                                          int timeoutSeconds = 30, const QString &org = {});
    qint64 seedReport(const QString &name = s("Weekly ops"));

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GrafanaTestServer> m_server;
    QTemporaryDir m_dir;
};

void TestGrafanaClient::initTestCase()
{
    test::RemoteLogCapture::install();
    QVERIFY(m_dir.isValid());
}

void TestGrafanaClient::init()
{
    g_logs.clear();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<GrafanaTestServer>();
    QVERIFY(m_server->listen());
    m_server->addDashboard(s("7MeksYbmk"), s("Service health"), 463);
    m_server->addDashboard(s("k8sNodes"), s("Kubernetes nodes"), 464);
}

void TestGrafanaClient::cleanup()
{
    m_server.reset();
    m_network.reset();
    for (const QString &f : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(QDir(m_dir.path()).filePath(f));
}

void TestGrafanaClient::cleanupTestCase()
{
    test::RemoteLogCapture::uninstall();
}

std::unique_ptr<GrafanaClient> TestGrafanaClient::client(RemoteServer::Auth auth,
                                                         int timeoutSeconds, const QString &org)
{
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::Grafana;
    profile.name = s("ops");
    profile.baseUrl = m_server->url();
    profile.auth = auth;
    profile.userName = s(GrafanaTestServer::kUser);
    profile.timeoutSeconds = timeoutSeconds;
    profile.organisation = org;
    const QString secret = auth == RemoteServer::Auth::Basic ? s(GrafanaTestServer::kPassword)
                                                             : s(GrafanaTestServer::kToken);
    auto c = std::make_unique<GrafanaClient>(profile, secret, m_network.get());
    c->setNow([] { return QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc()); });
    return c;
}

qint64 TestGrafanaClient::seedReport(const QString &name)
{
    QJsonObject report = GrafanaTestServer::sampleReport(name, s("7MeksYbmk"));
    return m_server->addReport(report);
}

void TestGrafanaClient::capabilities()
{
    auto c = client();
    QVERIFY(c->supports(Capability::Enable));
    QVERIFY(c->supports(Capability::Trigger));
    QVERIFY(c->supports(Capability::Delete));
    QVERIFY(c->supports(Capability::Generate));
    QVERIFY(!c->supports(Capability::Folders));
    QVERIFY(!c->supports(Capability::Move));
    QCOMPARE(c->unsupportedReason(Capability::Move),
             s("Grafana reports are not kept in folders, so there is nowhere to move them."));
    const auto moved = await<bool>([&](auto done) { c->move({s("1")}, s("x"), done); });
    QVERIFY(moved && !moved->ok());
    QCOMPARE(moved->error().kind(), RemoteError::Kind::Unsupported);
    const auto folder = await<QList<RemoteItem>>([&](auto done) { c->listItems(s("f1"), done); });
    QVERIFY(folder && !folder->ok());
    QCOMPARE(folder->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(m_server->http().requestCount(), 0);

    // The API lives under Grafana's root URL, sub-path included.
    RemoteServer sub;
    sub.kind = RemoteServer::Kind::Grafana;
    sub.name = s("sub");
    sub.baseUrl = QUrl(s("https://monitor.example.com/grafana"));
    GrafanaClient under(sub, s("pw"), m_network.get());
    QCOMPARE(under.http()->config().baseUrl, QUrl(s("https://monitor.example.com/grafana/api/")));
    QCOMPARE(under.http()->config().displayName, s("Grafana “sub”"));
}

void TestGrafanaClient::testConnectionWithBasicAuth()
{
    seedReport();
    seedReport(s("Second"));
    m_server->setOrgName(s("Operations"));
    m_server->setVersion(s("11.2.0"));
    auto c = client();
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info);
    QVERIFY2(info->ok(), qPrintable(info->error().text()));
    QCOMPARE((*info)->product, s("Grafana"));
    QCOMPARE((*info)->version, s("11.2.0"));
    QCOMPARE((*info)->detail, s("organisation “Operations”, 2 report(s)"));

    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests[0].path, s("/api/health"));
    QCOMPARE(requests[1].path, s("/api/org"));
    QCOMPARE(requests[2].path, s("/api/reports"));
    const QByteArray basic =
        "Basic " +
        (QByteArray(GrafanaTestServer::kUser) + ':' + GrafanaTestServer::kPassword).toBase64();
    for (const auto &r : requests) {
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.header("Authorization"), basic);
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QVERIFY(!r.hasHeader("X-Grafana-Org-Id")); // no organisation in the profile
    }
}

void TestGrafanaClient::testConnectionWithBearerToken()
{
    auto c = client(RemoteServer::Auth::Bearer);
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && info->ok());
    QCOMPARE((*info)->detail, s("organisation “Main Org.”, 0 report(s)"));
    QCOMPARE(m_server->http().requests().last().header("Authorization"),
             QByteArray("Bearer ") + GrafanaTestServer::kToken);
}

void TestGrafanaClient::testConnectionNamesWrongCredentials_data()
{
    QTest::addColumn<RemoteServer::Auth>("auth");
    QTest::addColumn<QString>("message");
    QTest::newRow("basic") << RemoteServer::Auth::Basic << s("invalid username or password");
    QTest::newRow("bearer") << RemoteServer::Auth::Bearer << s("invalid API key");
    QTest::newRow("none") << RemoteServer::Auth::None << s("Unauthorized");
}

void TestGrafanaClient::testConnectionNamesWrongCredentials()
{
    QFETCH(RemoteServer::Auth, auth);
    QFETCH(QString, message);
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::Grafana;
    profile.name = s("ops");
    profile.baseUrl = m_server->url();
    profile.auth = auth;
    profile.userName = s(GrafanaTestServer::kUser);
    GrafanaClient c(profile, s("wrong-secret"), m_network.get());
    const auto info = await<ServerInfo>([&](auto done) { c.testConnection(done); });
    QVERIFY(info && !info->ok());
    const RemoteError &e = info->error();
    QCOMPARE(e.kind(), RemoteError::Kind::Unauthorized);
    QCOMPARE(e.httpStatus(), 401);
    QCOMPARE(e.text(), s("Grafana “ops”: sign in failed: 401 Unauthorized — %1. Check the user "
                         "name and password or token.")
                           .arg(message));
}

void TestGrafanaClient::testConnectionNamesMissingPermission()
{
    m_server->deny(s("reports:read"));
    auto c = client();
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Forbidden);
    QCOMPARE(info->error().text(),
             s("Grafana “ops”: list reports failed: 403 Forbidden — You'll need additional "
               "permissions to perform this action. Permissions needed: reports:read. The "
               "account lacks the permission for this; ask the server's administrator."));
}

void TestGrafanaClient::testConnectionSaysNotGrafana_data()
{
    QTest::addColumn<LoopbackResponse>("health");
    QTest::addColumn<QString>("why");
    QTest::newRow("404") << LoopbackResponse::text(404, "Not Found")
                         << s("GET /api/health answered 404 Not Found");
    QTest::newRow("html page") << LoopbackResponse::bytes(200, "<html>Welcome</html>", "text/html")
                               << s("GET /api/health did not answer with Grafana's health "
                                    "report");
    QTest::newRow("other JSON") << LoopbackResponse::json(200, QJsonObject{{s("status"), s("UP")}})
                                << s("GET /api/health did not answer with Grafana's health "
                                     "report");
}

void TestGrafanaClient::testConnectionSaysNotGrafana()
{
    QFETCH(LoopbackResponse, health);
    QFETCH(QString, why);
    LoopbackHttpServer other;
    QVERIFY(other.listen());
    other.route("GET", s("/api/health"), [health](const LoopbackRequest &) { return health; });
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::Grafana;
    profile.name = s("ops");
    profile.baseUrl = other.url();
    profile.userName = s("u");
    GrafanaClient c(profile, s("pw"), m_network.get());
    const auto info = await<ServerInfo>([&](auto done) { c.testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::MalformedResponse);
    QCOMPARE(info->error().text(),
             s("Grafana “ops”: test the connection failed: the response is not what was "
               "expected: this is not a Grafana server (%1). The base URL may not point to this "
               "kind of server.")
                 .arg(why));
    QCOMPARE(other.requestCount(), 1); // nothing else was tried
}

void TestGrafanaClient::testConnectionSaysNoReporting()
{
    m_server->setReportingAvailable(false); // Grafana OSS: no /api/reports
    auto c = client();
    const auto info = await<ServerInfo>([&](auto done) { c->testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(info->error().httpStatus(), 404);
    QCOMPARE(info->error().text(),
             s("Grafana “ops”: list reports failed: this Grafana has no Reporting (an "
               "Enterprise feature): /api/reports answered 404 Not Found."));
    // The list says the same.
    const auto list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(list && !list->ok());
    QVERIFY(list->error().text().contains(s("no Reporting (an Enterprise feature)")));
}

void TestGrafanaClient::testConnectionNamesRefusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::Grafana;
    profile.name = s("ops");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    profile.userName = s("u");
    GrafanaClient c(profile, s("pw"), m_network.get());
    const auto info = await<ServerInfo>([&](auto done) { c.testConnection(done); });
    QVERIFY(info && !info->ok());
    QCOMPARE(info->error().kind(), RemoteError::Kind::ConnectionRefused);
    QVERIFY2(info->error().text().startsWith(s("Grafana “ops”: test the connection failed: the "
                                               "connection to")),
             qPrintable(info->error().text()));
}

void TestGrafanaClient::organisationGoesOutAsHeader()
{
    auto c = client(RemoteServer::Auth::Basic, 30, s("4"));
    const auto list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(list && list->ok());
    QCOMPARE(m_server->http().requests().last().header("X-Grafana-Org-Id"), QByteArray("4"));
}

void TestGrafanaClient::listItems()
{
    const qint64 first = seedReport();
    QJsonObject paused = GrafanaTestServer::sampleReport(s("Paused one"), s("k8sNodes"));
    paused.insert(s("state"), s("paused"));
    paused.insert(s("recipients"), s("one@example.com"));
    paused.insert(s("updated"), s("2024-03-01T12:00:00+01:00"));
    const qint64 second = m_server->addReport(paused);
    auto c = client();
    const auto list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(list);
    QVERIFY2(list->ok(), qPrintable(list->error().text()));
    QCOMPARE((*list)->size(), 2);
    const RemoteItem &a = (*list)->at(0);
    QCOMPARE(a.id, QString::number(first));
    QCOMPARE(a.name, s("Weekly ops"));
    QCOMPARE(a.type, s("report"));
    QCOMPARE(a.enabled, std::optional<bool>(true));
    QCOMPARE(a.status, s("scheduled"));
    QCOMPARE(a.scheduleText,
             Schedule::fromJson(GrafanaReportMapping::toReport(a.raw)->report.schedule)
                 ->value()
                 .summary());
    QVERIFY2(a.scheduleText.contains(s("08:00")), qPrintable(a.scheduleText));
    QCOMPARE(a.description, s("Service health; 2 recipient(s)"));
    QCOMPARE(a.raw, *m_server->report(first));
    const RemoteItem &b = (*list)->at(1);
    QCOMPARE(b.id, QString::number(second));
    QCOMPARE(b.enabled, std::optional<bool>(false));
    QCOMPARE(b.description, s("Kubernetes nodes; 1 recipient(s)"));
    QCOMPARE(b.updated, QDateTime(QDate(2024, 3, 1), QTime(11, 0), QTimeZone::utc()));
}

void TestGrafanaClient::listItemsErrors()
{
    auto c = client();
    m_server->failNext("GET", s("/api/reports"),
                       LoopbackResponse::json(200, QJsonObject{{s("reports"), QJsonArray()}}));
    auto list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(list && !list->ok());
    QCOMPARE(list->error().kind(), RemoteError::Kind::MalformedResponse);
    QVERIFY2(list->error().text().startsWith(s("Grafana “ops”: list reports failed: the response "
                                               "is not what was expected")),
             qPrintable(list->error().text()));

    m_server->failNext("GET", s("/api/reports"),
                       LoopbackResponse::json(
                           200, QJsonDocument(QJsonArray{QJsonObject{{s("name"), s("no id")}}})));
    list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); });
    QVERIFY(list && !list->ok());
    QVERIFY2(list->error().text().contains(s("a report without a numeric id")),
             qPrintable(list->error().text()));

    // A 500 on a GET is retried (the shared layer), then named with the server's message.
    for (int i = 0; i < 3; ++i)
        m_server->failNext(
            "GET", s("/api/reports"),
            LoopbackResponse::json(500, QJsonObject{{s("message"), s("database is locked")}}));
    list = await<QList<RemoteItem>>([&](auto done) { c->listItems({}, done); }, 60000);
    QVERIFY(list && !list->ok());
    QCOMPARE(list->error().httpStatus(), 500);
    QVERIFY2(list->error().text().contains(s("500 Internal Server Error — database is locked")),
             qPrintable(list->error().text()));
}

void TestGrafanaClient::getItemAndGetReport()
{
    const qint64 id = seedReport();
    auto c = client();
    const auto item = await<RemoteItem>([&](auto done) { c->getItem(QString::number(id), done); });
    QVERIFY(item && item->ok());
    QCOMPARE((*item)->id, QString::number(id));
    QCOMPARE((*item)->raw, *m_server->report(id));
    QCOMPARE(m_server->http().requests().last().path, QStringLiteral("/api/reports/%1").arg(id));

    const auto report =
        await<GrafanaReport>([&](auto done) { c->getReport(QString::number(id), done); });
    QVERIFY(report && report->ok());
    const Report &r = (*report)->mapped.report;
    QCOMPARE(r.name, s("Weekly ops"));
    QCOMPARE(r.remoteId, QString::number(id));
    QCOMPARE(r.sections.size(), 1);
    QCOMPARE(r.sections[0].title, s("Service health")); // the server's dashboard name
    QCOMPARE(r.variables, (QList<Variable>{{s("env"), s("prod")}}));
    QCOMPARE(r.page.orientation, PageOptions::Orientation::Landscape);
    QCOMPARE((*report)->item.name, s("Weekly ops"));
}

void TestGrafanaClient::getItemErrors()
{
    auto c = client();
    auto item = await<RemoteItem>([&](auto done) { c->getItem(s("99"), done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().kind(), RemoteError::Kind::NotFound);
    QCOMPARE(item->error().text(),
             s("Grafana “ops”: read report 99 failed: 404 Not Found — report not found. Check "
               "the base URL and the organisation; the item may have been deleted."));

    item = await<RemoteItem>([&](auto done) { c->getItem(s("weekly"), done); });
    QVERIFY(item && !item->ok());
    QCOMPARE(item->error().text(), s("Grafana “ops”: read report weekly failed: “weekly” is not "
                                     "a Grafana report id; Grafana report ids are numbers."));
    QCOMPARE(m_server->http().requestCount(), 1); // the bad id never went out
}

void TestGrafanaClient::answersNeverArriveInsideTheCall()
{
    auto c = client();
    bool called = false;
    c->getItem(s("not-a-number"), [&](const RemoteResult<RemoteItem> &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
    called = false;
    c->remove({}, [&](const RemoteResult<bool> &r) { called = r.ok(); });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestGrafanaClient::pauseIsReadModifyWriteOfTheWholeReport()
{
    // Fields ReportDesk does not model, at every level, must come back exactly.
    QJsonObject report = GrafanaTestServer::sampleReport(s("Weekly ops"), s("7MeksYbmk"));
    report.insert(s("subject"), s("Status {{ .Week }}"));
    report.insert(s("scaleFactor"), 3);
    report.insert(s("newerGrafanaField"), QJsonObject{{s("a"), QJsonArray{1, s("two"), true}}});
    QJsonObject options = report.value(s("options")).toObject();
    options.insert(s("pdfCombineOneFile"), true);
    options.insert(s("timeRange"), QJsonObject{{s("from"), s("")}, {s("to"), s("")}});
    report.insert(s("options"), options);
    QJsonObject schedule = report.value(s("schedule")).toObject();
    schedule.insert(s("unknownScheduleKey"), 12.5);
    report.insert(s("schedule"), schedule);
    QJsonArray dashboards = report.value(s("dashboards")).toArray();
    QJsonObject d = dashboards[0].toObject();
    d.insert(s("panelFilter"), QJsonArray{1, 2});
    dashboards.replace(0, d);
    report.insert(s("dashboards"), dashboards);
    const qint64 id = m_server->addReport(report);
    const QJsonObject before = *m_server->report(id);

    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->setEnabled(QString::number(id), false, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));

    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[1].method, QByteArray("PUT"));
    QCOMPARE(requests[1].path, QStringLiteral("/api/reports/%1").arg(id));
    QCOMPARE(requests[1].header("Content-Type"), QByteArray("application/json"));
    QJsonObject sent = bodyOf(requests[1]);
    QCOMPARE(sent.value(s("state")), QJsonValue(s("paused")));
    sent.remove(s("state"));
    QJsonObject expected = before;
    expected.remove(s("state"));
    QCOMPARE(sent, expected); // everything else, as JSON values, exactly as read
    QCOMPARE(m_server->report(id)->value(s("state")).toString(), s("paused"));
}

void TestGrafanaClient::resumeAndNothingToDo()
{
    QJsonObject paused = GrafanaTestServer::sampleReport(s("P"), s("7MeksYbmk"));
    paused.insert(s("state"), s("paused"));
    const qint64 id = m_server->addReport(paused);
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->setEnabled(QString::number(id), true, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(m_server->report(id)->value(s("state")).toString(), s("scheduled"));
    QCOMPARE(m_server->http().requestCount("PUT", QStringLiteral("/api/reports/%1").arg(id)), 1);

    // Already running: read, nothing written.
    m_server->http().clearRequests();
    done = await<bool>([&](auto cb) { c->setEnabled(QString::number(id), true, cb); });
    QVERIFY(done && done->ok());
    QCOMPARE(m_server->http().requestCount(), 1);
    QCOMPARE(m_server->http().requests()[0].method, QByteArray("GET"));
}

void TestGrafanaClient::pauseRefusedForDraftsAndErrorsNamed()
{
    QJsonObject draft = GrafanaTestServer::sampleReport(s("D"), s("7MeksYbmk"));
    draft.insert(s("state"), s("draft"));
    const qint64 draftId = m_server->addReport(draft);
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->setEnabled(QString::number(draftId), false, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(), QStringLiteral("Grafana “ops”: pause report %1 failed: the "
                                                  "report is a draft; finish it in Grafana first.")
                                       .arg(draftId));
    QCOMPARE(m_server->http().requestCount("PUT", QStringLiteral("/api/reports/%1").arg(draftId)),
             0);

    const qint64 id = seedReport();
    m_server->deny(s("reports:write"));
    done = await<bool>([&](auto cb) { c->setEnabled(QString::number(id), false, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::Forbidden);
    QVERIFY2(done->error().text().startsWith(
                 QStringLiteral("Grafana “ops”: pause report %1 failed: 403 Forbidden — You'll "
                                "need additional permissions to perform this action. "
                                "Permissions needed: reports:write.")
                     .arg(id)),
             qPrintable(done->error().text()));
    QCOMPARE(m_server->report(id)->value(s("state")).toString(), s("scheduled"));

    done = await<bool>([&](auto cb) { c->setEnabled(s("404"), true, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY(done->error().text().startsWith(s("Grafana “ops”: resume report 404 failed: 404")));
}

void TestGrafanaClient::triggerSendsToTheReportsRecipients()
{
    const qint64 id = seedReport();
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->trigger(QString::number(id), cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const LoopbackRequest request = m_server->http().requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, s("/api/reports/email"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.keys(), QStringList({s("id"), s("useEmailsFromReport")}));
    QVERIFY(body.value(s("id")).isString()); // ReportEmail.id is a string
    QCOMPARE(body.value(s("id")).toString(), QString::number(id));
    QCOMPARE(body.value(s("useEmailsFromReport")), QJsonValue(true));
    QCOMPARE(m_server->sentEmails().size(), 1);
    QCOMPARE(m_server->sentEmails()[0].value(s("emails")).toArray(),
             QJsonArray({s("ops@example.com"), s("lead@example.com")}));
}

void TestGrafanaClient::sendToAListGivenNow()
{
    const qint64 id = seedReport();
    auto c = client();
    const auto done = await<bool>([&](auto cb) {
        c->sendReport(QString::number(id), {s("cto@example.com"), s(" audit@example.com ")}, cb);
    });
    QVERIFY(done && done->ok());
    const QJsonObject body = bodyOf(m_server->http().requests().last());
    QCOMPARE(body, (QJsonObject{{s("id"), QString::number(id)},
                                {s("emails"), s("cto@example.com,audit@example.com")}}));
    QCOMPARE(m_server->sentEmails()[0].value(s("emails")).toArray(),
             QJsonArray({s("cto@example.com"), s("audit@example.com")}));
}

void TestGrafanaClient::sendWaitsLongerThanTheDefaultTimeout()
{
    // The profile's timeout is 1 s; Grafana renders and mails before it answers, here after
    // 2.5 s. The send still succeeds, while an ordinary call that slow times out.
    const qint64 id = seedReport();
    auto c = client(RemoteServer::Auth::Basic, 1);
    QCOMPARE(c->http()->config().transferTimeout, std::chrono::milliseconds(1s));
    QVERIFY(c->sendTimeout() >= 60s);
    m_server->setSendDelay(2500ms);
    auto done = await<bool>([&](auto cb) { c->trigger(QString::number(id), cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));

    m_server->failNext("POST", s("/api/reports"),
                       LoopbackResponse::json(200, QJsonObject{{s("id"), 50}}).after(2500ms));
    Report r = GrafanaReportMapping::toReport(*m_server->report(id))->report;
    const auto created = await<GrafanaSaved>([&](auto cb) { c->createReport(r, cb); });
    QVERIFY(created && !created->ok());
    QCOMPARE(created->error().kind(), RemoteError::Kind::Timeout);

    // A longer profile timeout wins over the minimum.
    auto patient = client(RemoteServer::Auth::Basic, 300);
    QCOMPARE(patient->sendTimeout(), std::chrono::milliseconds(300s));
}

void TestGrafanaClient::sendErrors()
{
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->trigger(s("41"), cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY(done->error().text().startsWith(
        s("Grafana “ops”: send report 41 failed: 404 Not Found — report not found.")));

    QJsonObject nobody = GrafanaTestServer::sampleReport(s("Nobody"), s("7MeksYbmk"));
    nobody.insert(s("recipients"), s(""));
    const qint64 id = m_server->addReport(nobody);
    done = await<bool>([&](auto cb) { c->trigger(QString::number(id), cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(),
             QStringLiteral("Grafana “ops”: send report %1 failed: 400 Bad Request — the report "
                            "has no recipients.")
                 .arg(id));

    m_server->deny(s("reports:send"));
    done = await<bool>([&](auto cb) { c->sendReport(QString::number(id), {s("a@b.c")}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::Forbidden);
    QVERIFY(done->error().text().contains(s("Permissions needed: reports:send")));
    QVERIFY(m_server->sentEmails().isEmpty());
}

void TestGrafanaClient::sendIsNeverRepeated()
{
    const qint64 id = seedReport();
    m_server->failNext(
        "POST", s("/api/reports/email"),
        LoopbackResponse::json(500, QJsonObject{{s("message"), s("Failed to send report")}}));
    auto c = client();
    const auto done = await<bool>([&](auto cb) { c->trigger(QString::number(id), cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().kind(), RemoteError::Kind::HttpServerError);
    QVERIFY(done->error().text().contains(s("500 Internal Server Error — Failed to send report")));
    QCOMPARE(m_server->http().requestCount("POST", s("/api/reports/email")), 1);
}

void TestGrafanaClient::sendTestEmailOfAServerReport()
{
    const qint64 id = seedReport();
    auto c = client();
    const auto done = await<bool>(
        [&](auto cb) { c->sendTestEmail(QString::number(id), {s("me@example.com")}, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const LoopbackRequest request = m_server->http().requests().last();
    QCOMPARE(request.path, s("/api/reports/test-email"));
    QJsonObject expected = *m_server->report(id);
    expected.insert(s("recipients"), s("me@example.com"));
    QCOMPARE(bodyOf(request), expected);
    QCOMPARE(m_server->testEmails().size(), 1);
    QCOMPARE(m_server->report(id)->value(s("recipients")).toString(),
             s("ops@example.com,lead@example.com")); // nothing saved
}

void TestGrafanaClient::sendTestEmailOfALocalReport()
{
    Report r;
    r.name = s("Draft from ReportDesk");
    Section d;
    d.kind = Section::Kind::RemoteSnapshot;
    d.remoteRef = s("k8sNodes");
    r.sections = {d};
    Schedule once;
    once.frequency = Schedule::Frequency::Once;
    once.start = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
    r.schedule = once.toJson();
    auto c = client();
    auto done = await<bool>([&](auto cb) { c->sendTestEmail(r, {s("me@example.com")}, cb); });
    QVERIFY(done);
    QVERIFY2(done->ok(), qPrintable(done->error().text()));
    const QJsonObject body = m_server->testEmails().last();
    QCOMPARE(body.value(s("name")).toString(), s("Draft from ReportDesk"));
    QCOMPARE(body.value(s("recipients")).toString(), s("me@example.com"));
    QCOMPARE(body.value(s("schedule")).toObject().value(s("frequency")).toString(), s("once"));
    QCOMPARE(m_server->reportCount(), 0);

    Section table;
    table.kind = Section::Kind::Table;
    table.title = s("Rows");
    r.sections.append(table);
    m_server->http().clearRequests();
    done = await<bool>([&](auto cb) { c->sendTestEmail(r, {}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(), s("Grafana “ops”: send a test e-mail of “Draft from ReportDesk” "
                                     "failed: Grafana reports show dashboards only; the table "
                                     "section “Rows” has no place there."));
    QCOMPARE(m_server->http().requestCount(), 0);
}

void TestGrafanaClient::createReport()
{
    Report r;
    r.name = s("Capacity");
    r.message = s("Monthly capacity.");
    r.formats = {s("pdf"), s("png")};
    r.page.orientation = PageOptions::Orientation::Landscape;
    r.timeRange = {s("now-30d"), s("now")};
    r.variables = {{s("cluster"), s("eu-1")}};
    r.delivery = QJsonObject{{s("recipients"), QJsonArray{s("cap@example.com")}},
                             {s("dashboardLink"), false}};
    Section d;
    d.kind = Section::Kind::RemoteSnapshot;
    d.remoteRef = s("k8sNodes");
    d.title = s("Nodes");
    r.sections = {d};
    Schedule monthly;
    monthly.frequency = Schedule::Frequency::Monthly;
    monthly.dayOfMonth = 1;
    monthly.time = QTime(7, 0);
    monthly.timeZone = s("Europe/Paris");
    r.schedule = monthly.toJson();
    r.description = s("kept locally");

    auto c = client();
    const auto saved = await<GrafanaSaved>([&](auto cb) { c->createReport(r, cb); });
    QVERIFY(saved);
    QVERIFY2(saved->ok(), qPrintable(saved->error().text()));
    const LoopbackRequest request = m_server->http().requests().last();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, s("/api/reports"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject body = bodyOf(request);
    QCOMPARE(body.value(s("name")), QJsonValue(s("Capacity")));
    QCOMPARE(body.value(s("message")), QJsonValue(s("Monthly capacity.")));
    QCOMPARE(body.value(s("recipients")), QJsonValue(s("cap@example.com")));
    QCOMPARE(body.value(s("replyTo")), QJsonValue(s("")));
    QCOMPARE(body.value(s("enableDashboardUrl")), QJsonValue(false));
    QCOMPARE(body.value(s("formats")).toArray(), QJsonArray({s("pdf"), s("image")}));
    QCOMPARE(body.value(s("options")).toObject().value(s("orientation")),
             QJsonValue(s("landscape")));
    const QJsonObject schedule = body.value(s("schedule")).toObject();
    QCOMPARE(schedule.value(s("frequency")), QJsonValue(s("monthly")));
    QCOMPARE(schedule.value(s("dayOfMonth")), QJsonValue(s("1")));
    QCOMPARE(schedule.value(s("timeZone")), QJsonValue(s("Europe/Paris")));
    QCOMPARE(schedule.value(s("startDate")), QJsonValue(s("2024-04-01T07:00:00+02:00")));
    QCOMPARE(body.value(s("dashboards")).toArray(),
             (QJsonArray{QJsonObject{
                 {s("dashboard"), QJsonObject{{s("uid"), s("k8sNodes")}}},
                 {s("timeRange"), QJsonObject{{s("from"), s("now-30d")}, {s("to"), s("now")}}},
                 {s("reportVariables"), QJsonObject{{s("cluster"), s("eu-1")}}}}}));
    QVERIFY(!body.contains(s("state"))); // enabled: the server's default

    QCOMPARE(m_server->reportCount(), 1);
    const QString id = (*saved)->id;
    QVERIFY(m_server->report(id.toLongLong()));
    QCOMPARE(m_server->report(id.toLongLong())->value(s("name")).toString(), s("Capacity"));
    QCOMPARE((*saved)->notes, QStringList{s("Grafana reports have no description; it is not "
                                            "sent.")});
}

void TestGrafanaClient::createReportErrors()
{
    Report r;
    r.name = s("Unknown dashboard");
    Section d;
    d.kind = Section::Kind::RemoteSnapshot;
    d.remoteRef = s("nope");
    r.sections = {d};
    Schedule once;
    once.frequency = Schedule::Frequency::Once;
    once.start = QDateTime(QDate(2024, 5, 1), QTime(9, 0), QTimeZone::utc());
    r.schedule = once.toJson();
    auto c = client();
    auto saved = await<GrafanaSaved>([&](auto cb) { c->createReport(r, cb); });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().kind(), RemoteError::Kind::NotFound);
    QVERIFY2(saved->error().text().startsWith(s("Grafana “ops”: create report “Unknown "
                                                "dashboard” failed: 404 Not Found — Dashboard "
                                                "not found: nope.")),
             qPrintable(saved->error().text()));

    m_server->deny(s("reports:create"));
    d.remoteRef = s("k8sNodes");
    r.sections = {d};
    saved = await<GrafanaSaved>([&](auto cb) { c->createReport(r, cb); });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().kind(), RemoteError::Kind::Forbidden);

    // Refused before anything is sent.
    m_server->http().clearRequests();
    Schedule cron;
    cron.frequency = Schedule::Frequency::Cron;
    cron.cron = s("*/5 * * * *");
    r.schedule = cron.toJson();
    saved = await<GrafanaSaved>([&](auto cb) { c->createReport(r, cb); });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().kind(), RemoteError::Kind::Unsupported);
    QCOMPARE(saved->error().text(),
             s("Grafana “ops”: create report “Unknown dashboard” failed: Schedule: Grafana "
               "cannot run on a cron expression; choose hourly, daily, weekly, monthly or an "
               "interval."));
    QCOMPARE(m_server->http().requestCount(), 0);
    QCOMPARE(m_server->reportCount(), 0);
}

void TestGrafanaClient::updateReportKeepsEveryField()
{
    QJsonObject seeded = GrafanaTestServer::sampleReport(s("Weekly ops"), s("7MeksYbmk"));
    seeded.insert(s("subject"), s("kept subject"));
    seeded.insert(s("futureField"), QJsonArray{QJsonObject{{s("x"), 1}}});
    const qint64 id = m_server->addReport(seeded);
    const QJsonObject before = *m_server->report(id);
    auto c = client();
    const auto read = await<GrafanaReport>([&](auto cb) { c->getReport(QString::number(id), cb); });
    QVERIFY(read && read->ok());
    Report r = (*read)->mapped.report;
    r.name = s("Weekly ops (new)");
    r.delivery.insert(GrafanaReportMapping::kRecipients, QJsonArray{s("new@example.com")});

    m_server->http().clearRequests();
    const auto saved =
        await<GrafanaSaved>([&](auto cb) { c->updateReport(QString::number(id), r, cb); });
    QVERIFY(saved);
    QVERIFY2(saved->ok(), qPrintable(saved->error().text()));
    QCOMPARE((*saved)->id, QString::number(id));
    const auto requests = m_server->http().requests();
    QCOMPARE(requests.size(), 2); // read again (the server's latest), then write
    QCOMPARE(requests[0].method, QByteArray("GET"));
    QCOMPARE(requests[1].method, QByteArray("PUT"));
    QJsonObject expected = before;
    expected.insert(s("name"), s("Weekly ops (new)"));
    expected.insert(s("recipients"), s("new@example.com"));
    QCOMPARE(bodyOf(requests[1]), expected);
    QCOMPARE(m_server->report(id)->value(s("futureField")), before.value(s("futureField")));
}

void TestGrafanaClient::updateReportRefusesWhatGrafanaCannotExpress()
{
    const qint64 id = seedReport();
    auto c = client();
    Report r = GrafanaReportMapping::toReport(*m_server->report(id))->report;
    Schedule weekly;
    weekly.frequency = Schedule::Frequency::Weekly;
    weekly.weekdays = {1, 3};
    r.schedule = weekly.toJson();
    const auto saved =
        await<GrafanaSaved>([&](auto cb) { c->updateReport(QString::number(id), r, cb); });
    QVERIFY(saved && !saved->ok());
    QCOMPARE(saved->error().text(),
             QStringLiteral("Grafana “ops”: update report %1 failed: Schedule: Grafana runs a "
                            "weekly report on one weekday (the weekday of its start date); this "
                            "schedule runs on 2 weekdays.")
                 .arg(id));
    QCOMPARE(m_server->http().requestCount("PUT", QStringLiteral("/api/reports/%1").arg(id)), 0);

    const auto missing = await<GrafanaSaved>([&](auto cb) { c->updateReport(s("777"), r, cb); });
    QVERIFY(missing && !missing->ok());
    QCOMPARE(missing->error().kind(), RemoteError::Kind::NotFound);
}

void TestGrafanaClient::removeOneAfterTheOther()
{
    const qint64 a = seedReport(s("A"));
    const qint64 b = seedReport(s("B"));
    const qint64 c3 = seedReport(s("C"));
    auto c = client();
    auto done = await<bool>([&](auto cb) {
        c->remove({QString::number(a), QString::number(b)}, cb);
    });
    QVERIFY(done && done->ok());
    QCOMPARE(m_server->reportCount(), 1);
    QVERIFY(m_server->report(c3));
    for (const auto &r : m_server->http().requests())
        QCOMPARE(r.method, QByteArray("DELETE"));

    // Stops at the first failure; what comes after is not touched.
    m_server->http().clearRequests();
    done = await<bool>([&](auto cb) { c->remove({s("500"), QString::number(c3)}, cb); });
    QVERIFY(done && !done->ok());
    QCOMPARE(done->error().text(),
             s("Grafana “ops”: delete report 500 failed: 404 Not Found — report not found. Check "
               "the base URL and the organisation; the item may have been deleted."));
    QCOMPARE(m_server->http().requestCount(), 1);
    QVERIFY(m_server->report(c3));

    // A bad id anywhere in the list: nothing is deleted.
    done = await<bool>([&](auto cb) { c->remove({QString::number(c3), s("x")}, cb); });
    QVERIFY(done && !done->ok());
    QVERIFY(m_server->report(c3));
}

void TestGrafanaClient::generateWritesThePdfAtomically()
{
    QJsonObject report = GrafanaTestServer::sampleReport(s("Weekly ops"), s("7MeksYbmk"));
    report.insert(s("scaleFactor"), 2);
    const qint64 id = m_server->addReport(report);
    auto c = client();
    const QString out = QDir(m_dir.path()).filePath(s("weekly.pdf"));
    const auto path = await<QString>([&](auto cb) { c->generate(QString::number(id), out, cb); });
    QVERIFY(path);
    QVERIFY2(path->ok(), qPrintable(path->error().text()));
    QCOMPARE(**path, QFileInfo(out).absoluteFilePath());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{s("weekly.pdf")});

    const LoopbackRequest request = m_server->http().requests().last();
    QCOMPARE(request.path, s("/api/reports/render/pdfs"));
    QCOMPARE(request.header("Accept"), QByteArray("application/pdf"));
    QCOMPARE(request.queryValue(s("orientation")), s("landscape"));
    QCOMPARE(request.queryValue(s("layout")), s("grid"));
    QCOMPARE(request.queryValue(s("title")), s("Weekly ops"));
    QCOMPARE(request.queryValue(s("scaleFactor")), s("2"));
    QCOMPARE(QJsonDocument::fromJson(request.queryValue(s("dashboards")).toUtf8()).array(),
             m_server->report(id)->value(s("dashboards")).toArray());

    // What a reader of the PDF sees.
    QCOMPARE(test::pdfInfo(out, s("Pages")), s("1"));
    QVERIFY2(test::pdfInfo(out, s("Page size")).startsWith(s("842 x 595")),
             qPrintable(test::pdfInfo(out, s("Page size"))));
    const QString text = test::pdfText(out);
    QVERIFY2(text.contains(s("Weekly ops")), qPrintable(text));
    QVERIFY2(text.contains(s("Dashboards: Service health")), qPrintable(text));
    QVERIFY2(text.contains(s("Time ranges: now-7d..now")), qPrintable(text));
}

void TestGrafanaClient::generateFallsBackToDashboardUids()
{
    const qint64 id = seedReport();
    m_server->setRenderForms(GrafanaTestServer::RenderForm::Uids);
    auto c = client();
    const QString out = QDir(m_dir.path()).filePath(s("uids.pdf"));
    const auto path = await<QString>([&](auto cb) { c->generate(QString::number(id), out, cb); });
    QVERIFY(path);
    QVERIFY2(path->ok(), qPrintable(path->error().text()));
    QCOMPARE(m_server->http().requestCount("GET", s("/api/reports/render/pdfs")), 2);
    QCOMPARE(m_server->renders().size(), 1);
    QCOMPARE(m_server->renders()[0].queryItemValue(s("dashboards")), s("7MeksYbmk"));
    QVERIFY(test::pdfText(out).contains(s("Service health")));
}

void TestGrafanaClient::generateFailureLeavesNoFile_data()
{
    QTest::addColumn<LoopbackResponse>("answer");
    QTest::addColumn<QString>("error");
    QTest::newRow("500") << LoopbackResponse::json(
                                500, QJsonObject{{s("message"), s("rendering failed")}})
                         << s("500 Internal Server Error — rendering failed");
    QTest::newRow("not a PDF") << LoopbackResponse::bytes(200, "<html>login</html>", "text/html")
                               << s("the server sent no PDF (Content-Type “text/html”, 18 "
                                    "byte(s))");
}

void TestGrafanaClient::generateFailureLeavesNoFile()
{
    QFETCH(LoopbackResponse, answer);
    QFETCH(QString, error);
    const qint64 id = seedReport();
    for (int i = 0; i < 3; ++i) // a GET: the layer retries 5xx
        m_server->failNext("GET", s("/api/reports/render/pdfs"), answer);
    auto c = client();
    const QString out = QDir(m_dir.path()).filePath(s("kept.pdf"));
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous archive copy");
    }
    const auto path =
        await<QString>([&](auto cb) { c->generate(QString::number(id), out, cb); }, 60000);
    QVERIFY(path && !path->ok());
    QVERIFY2(path->error().text().contains(error), qPrintable(path->error().text()));
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous archive copy")); // untouched
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{s("kept.pdf")});
}

void TestGrafanaClient::renderDashboardsByUid()
{
    auto c = client();
    GrafanaRenderOptions options;
    options.orientation = s("portrait");
    options.layout = s("simple");
    options.title = s("Ad hoc");
    options.timeRange = {s("now-1h"), s("now")};
    const QString out = QDir(m_dir.path()).filePath(s("adhoc.pdf"));
    auto path = await<QString>([&](auto cb) {
        c->renderDashboards({s("7MeksYbmk"), s("k8sNodes")}, options, out, cb);
    });
    QVERIFY(path);
    QVERIFY2(path->ok(), qPrintable(path->error().text()));
    const QUrlQuery q = m_server->renders().last();
    QCOMPARE(q.queryItemValue(s("layout")), s("simple"));
    const QJsonArray dashboards =
        QJsonDocument::fromJson(
            m_server->http().requests().last().queryValue(s("dashboards")).toUtf8())
            .array();
    QCOMPARE(dashboards.size(), 2);
    QCOMPARE(
        dashboards[1].toObject(),
        (QJsonObject{{s("dashboard"), QJsonObject{{s("uid"), s("k8sNodes")}}},
                     {s("timeRange"), QJsonObject{{s("from"), s("now-1h")}, {s("to"), s("now")}}},
                     {s("reportVariables"), QJsonObject()}}));
    const QString text = test::pdfText(out);
    QVERIFY2(text.contains(s("Dashboards: Service health, Kubernetes nodes")), qPrintable(text));
    QVERIFY2(text.contains(s("Time ranges: now-1h..now, now-1h..now")), qPrintable(text));

    // Without a time range each dashboard keeps its own.
    path = await<QString>(
        [&](auto cb) { c->renderDashboards({s("k8sNodes")}, GrafanaRenderOptions(), out, cb); });
    QVERIFY(path && path->ok());
    QCOMPARE(QJsonDocument::fromJson(
                 m_server->http().requests().last().queryValue(s("dashboards")).toUtf8())
                 .array()
                 .at(0)
                 .toObject()
                 .keys(),
             QStringList({s("dashboard"), s("reportVariables")}));
    QVERIFY(!m_server->renders().last().hasQueryItem(s("orientation")));
    QVERIFY(test::pdfInfo(out, s("Page size")).startsWith(s("595 x 842")));

    // Unknown dashboard: the server's message; no file.
    const QString bad = QDir(m_dir.path()).filePath(s("bad.pdf"));
    path = await<QString>([&](auto cb) { c->renderDashboards({s("ghost")}, options, bad, cb); });
    QVERIFY(path && !path->ok());
    QVERIFY2(path->error().text().contains(s("400 Bad Request — dashboard not found: ghost")),
             qPrintable(path->error().text()));
    QVERIFY(!QFile::exists(bad));

    // A folder that does not exist: refused before the server renders anything.
    m_server->http().clearRequests();
    const QString nowhere = QDir(m_dir.path()).filePath(s("missing/x.pdf"));
    path = await<QString>(
        [&](auto cb) { c->renderDashboards({s("k8sNodes")}, options, nowhere, cb); });
    QVERIFY(path && !path->ok());
    QVERIFY2(path->error().text().contains(s("the folder does not exist")),
             qPrintable(path->error().text()));
    QCOMPARE(m_server->http().requestCount(), 0);
    path = await<QString>([&](auto cb) { c->renderDashboards({}, options, out, cb); });
    QVERIFY(path && !path->ok());
    QVERIFY(path->error().text().contains(s("name at least one dashboard uid")));
}

void TestGrafanaClient::brandingSettingsWithTheLogo()
{
    const QByteArray logo("\x89PNG\r\n\x1a\n fake logo bytes");
    m_server->setImage(s("logo.png"), logo, "image/png");
    QJsonObject settings = m_server->settings();
    QJsonObject branding = settings.value(s("branding")).toObject();
    branding.insert(s("reportLogoUrl"), s("api/reports/images/logo.png"));
    branding.insert(s("emailFooterText"), s("Ops Team"));
    branding.insert(s("emailFooterLink"), s("https://ops.example.com/"));
    settings.insert(s("branding"), branding);
    m_server->setSettings(settings);

    auto c = client();
    const auto read = await<GrafanaBranding>([&](auto cb) { c->brandingSettings(cb); });
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->error().text()));
    QCOMPARE((*read)->profile.footerText, s("Ops Team"));
    QCOMPARE((*read)->profile.footerLink, s("https://ops.example.com/"));
    QCOMPARE((*read)->profile.logo, logo);
    QCOMPARE((*read)->profile.logoFileName, s("logo.png"));
    QCOMPARE((*read)->raw, settings);
    QVERIFY((*read)->notes.isEmpty());
    const LoopbackRequest logoRequest = m_server->http().requests().last();
    QCOMPARE(logoRequest.path, s("/api/reports/images/logo.png"));
    QVERIFY(logoRequest.hasHeader("Authorization")); // this Grafana: signed in

    m_server->deny(s("reports.settings:read"));
    const auto denied = await<GrafanaBranding>([&](auto cb) { c->brandingSettings(cb); });
    QVERIFY(denied && !denied->ok());
    QCOMPARE(denied->error().kind(), RemoteError::Kind::Forbidden);
    QVERIFY(denied->error().text().startsWith(
        s("Grafana “ops”: read the report branding failed: 403 Forbidden")));
}

void TestGrafanaClient::brandingLogoOnAnotherHostGetsNoCredentials()
{
    LoopbackHttpServer cdn;
    QVERIFY(cdn.listen());
    cdn.route("GET", s("/logo.svg"), [](const LoopbackRequest &) {
        return LoopbackResponse::bytes(200, "<svg/>", "image/svg+xml");
    });
    QJsonObject settings = m_server->settings();
    QJsonObject branding = settings.value(s("branding")).toObject();
    // "localhost" is another origin than the server's 127.0.0.1.
    branding.insert(s("reportLogoUrl"), cdn.url(s("/logo.svg"), s("localhost")).toString());
    settings.insert(s("branding"), branding);
    m_server->setSettings(settings);
    auto c = client();
    const auto read = await<GrafanaBranding>([&](auto cb) { c->brandingSettings(cb); });
    QVERIFY(read && read->ok());
    QCOMPARE((*read)->profile.logo, QByteArray("<svg/>"));
    QCOMPARE(cdn.requestCount(), 1);
    QVERIFY(!cdn.requests()[0].hasHeader("Authorization"));

    // A logo that cannot be fetched is a note, not a failure.
    branding.insert(s("reportLogoUrl"), cdn.url(s("/gone.png"), s("localhost")).toString());
    settings.insert(s("branding"), branding);
    m_server->setSettings(settings);
    const auto gone = await<GrafanaBranding>([&](auto cb) { c->brandingSettings(cb); }, 60000);
    QVERIFY(gone && gone->ok());
    QVERIFY((*gone)->profile.logo.isEmpty());
    QCOMPARE((*gone)->notes.size(), 1);
    QVERIFY2((*gone)->notes[0].startsWith(s("The report logo could not be fetched:")),
             qPrintable((*gone)->notes[0]));
}

void TestGrafanaClient::saveBrandingSettings()
{
    const QJsonObject before = m_server->settings();
    auto c = client();
    BrandingProfile p = GrafanaReportMapping::toBranding(before).profile;
    p.footerText = s("Platform Team");
    p.footerLink = s("https://platform.example.com/");
    p.accentColor = s("#ff6600");
    const auto notes = await<QStringList>([&](auto cb) { c->saveBrandingSettings(p, cb); });
    QVERIFY(notes);
    QVERIFY2(notes->ok(), qPrintable(notes->error().text()));
    QCOMPARE(**notes, QStringList{s("Grafana's branding has no accent colour; that stays in "
                                    "ReportDesk.")});
    const LoopbackRequest post = m_server->http().requests().last();
    QCOMPARE(post.method, QByteArray("POST"));
    QCOMPARE(post.path, s("/api/reports/settings"));
    QJsonObject expected = before;
    QJsonObject branding = expected.value(s("branding")).toObject();
    branding.insert(s("emailFooterText"), s("Platform Team"));
    branding.insert(s("emailFooterLink"), s("https://platform.example.com/"));
    expected.insert(s("branding"), branding);
    QCOMPARE(bodyOf(post), expected); // pdfTheme, ids, ... as read
    QCOMPARE(m_server->settings(), expected);

    // Nothing changed: nothing written.
    m_server->http().clearRequests();
    const auto again = await<QStringList>([&](auto cb) { c->saveBrandingSettings(p, cb); });
    QVERIFY(again && again->ok());
    QCOMPARE(m_server->http().requestCount("POST", s("/api/reports/settings")), 0);

    // The server's validation, named: a sent-by footer without a link.
    p.footerLink.clear();
    const auto refused = await<QStringList>([&](auto cb) { c->saveBrandingSettings(p, cb); });
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().text(),
             s("Grafana “ops”: save the report branding failed: 400 Bad Request — a sent-by "
               "footer needs emailFooterText and emailFooterLink."));
}

void TestGrafanaClient::noSecretInLogs()
{
    const qint64 id = seedReport();
    for (const auto auth : {RemoteServer::Auth::Basic, RemoteServer::Auth::Bearer}) {
        auto c = client(auth);
        QVERIFY(await<ServerInfo>([&](auto cb) { c->testConnection(cb); })->ok());
        QVERIFY(await<bool>([&](auto cb) { c->setEnabled(QString::number(id), false, cb); })->ok());
        QVERIFY(await<bool>([&](auto cb) { c->trigger(QString::number(id), cb); })->ok());
        QVERIFY(await<bool>([&](auto cb) {
                    c->sendTestEmail(QString::number(id), {s("me@example.com")}, cb);
                })->ok());
    }
    // A server that echoes the credentials back in an error.
    m_server->failNext(
        "GET", s("/api/reports"),
        LoopbackResponse::json(
            400, QJsonObject{{s("message"), s("bad token %1").arg(s(GrafanaTestServer::kToken))}}));
    auto c = client(RemoteServer::Auth::Bearer);
    const auto list = await<QList<RemoteItem>>([&](auto cb) { c->listItems({}, cb); });
    QVERIFY(list && !list->ok());

    QVERIFY(g_logs.size() > 10); // the layer did log (debug on for reportdesk.remote.*)
    const QString logs = g_logs.join(QLatin1Char('\n'));
    const QByteArray basic =
        (QByteArray(GrafanaTestServer::kUser) + ':' + GrafanaTestServer::kPassword).toBase64();
    QVERIFY(!logs.contains(s(GrafanaTestServer::kPassword)));
    QVERIFY(!logs.contains(s(GrafanaTestServer::kToken)));
    QVERIFY(!logs.contains(QString::fromLatin1(basic)));
    QVERIFY2(logs.contains(s("/api/reports/email")), "the send was logged (without secrets)");
}

QTEST_GUILESS_MAIN(TestGrafanaClient)
#include "tst_grafanaclient.moc"
