// The loopback test server the remote tests rely on is itself strict and exact: malformed
// HTTP/1.1 is refused the way a real server refuses it, routes and methods answer 404/405,
// keep-alive connections are answered in order, and what it records is what was sent.
#include "LoopbackHttpServer.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using reportdesk::test::LoopbackHttpServer;
using reportdesk::test::LoopbackRequest;
using reportdesk::test::LoopbackResponse;
using reportdesk::test::TestCertificates;

namespace {

// A raw client: sends bytes, collects whatever comes back (event loop, no blocking waits,
// since the server runs on this thread).
class RawClient {
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_in += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // The complete responses received so far (header + Content-Length body each).
    QByteArrayList responses() const
    {
        QByteArrayList out;
        QByteArray rest = m_in;
        for (;;) {
            const qsizetype end = rest.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QByteArray head = rest.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (rest.size() < end + 4 + length)
                break;
            out << rest.left(end + 4 + length);
            rest = rest.mid(end + 4 + length);
        }
        return out;
    }
    bool disconnected() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_in;
};

QByteArray statusLine(const QByteArray &response)
{
    return response.left(response.indexOf("\r\n"));
}

} // namespace

class TestLoopbackHttpServer : public QObject {
    Q_OBJECT

private slots:
    void routesParamsAndRecording();
    void unknownPathAndWrongMethod();
    void headUsesTheGetRoute();
    void keepAliveAnswersInOrder();
    void chunkedRequestBody();
    void strictRequestParsing_data();
    void strictRequestParsing();
    void tls();
};

void TestLoopbackHttpServer::routesParamsAndRecording()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route(
        "PUT", QStringLiteral("/api/{org}/reports/{name}/enable"), [](const LoopbackRequest &r) {
            return LoopbackResponse::json(
                200, QJsonObject{{QStringLiteral("enabled"),
                                  r.queryValue(QStringLiteral("value")) == QStringLiteral("true")},
                                 {QStringLiteral("name"), r.params.value(QStringLiteral("name"))}});
        });
    RawClient client(server.port());
    client.send("PUT /api/default/reports/Ops%20weekly/enable?value=true&x=a%2Bb+c HTTP/1.1\r\n"
                "Host: 127.0.0.1\r\nAuthorization: Basic YTpi\r\nContent-Length: 0\r\n\r\n");
    QTRY_COMPARE(client.responses().size(), 1);
    const QByteArray response = client.responses().first();
    QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(response.contains("Content-Type: application/json\r\n"));
    QVERIFY(response.contains("Date: "));
    QVERIFY(response.endsWith(R"({"enabled":true,"name":"Ops weekly"})"));

    QCOMPARE(server.requestCount(), 1);
    const LoopbackRequest r = server.requests().first();
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path, QStringLiteral("/api/default/reports/Ops weekly/enable"));
    QCOMPARE(r.rawPath, QByteArray("/api/default/reports/Ops%20weekly/enable"));
    QCOMPARE(r.params.value(QStringLiteral("org")), QStringLiteral("default"));
    QCOMPARE(r.queryValue(QStringLiteral("x")),
             QStringLiteral("a+b+c")); // '+' is not decoded in a query
    QCOMPARE(r.header("authorization"), QByteArray("Basic YTpi"));
    QCOMPARE(r.connection, 1);
    QCOMPARE(server.requestCount("PUT", QStringLiteral("/api/default/reports/Ops weekly/enable")),
             1);
}

void TestLoopbackHttpServer::unknownPathAndWrongMethod()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("POST", QStringLiteral("/api/reporting/generate/{type}"),
                 [](const auto &) { return LoopbackResponse::empty(200); });
    server.route("DELETE", QStringLiteral("/api/reporting/generate/{type}"),
                 [](const auto &) { return LoopbackResponse::empty(200); });
    RawClient client(server.port());
    client.send("GET /api/reporting/generate/printablePdfV2 HTTP/1.1\r\nHost: x\r\n\r\n"
                "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(client.responses().size(), 2);
    QCOMPARE(statusLine(client.responses().at(0)), QByteArray("HTTP/1.1 405 Method Not Allowed"));
    QVERIFY(client.responses().at(0).contains("Allow: DELETE, POST\r\n"));
    QCOMPARE(statusLine(client.responses().at(1)), QByteArray("HTTP/1.1 404 Not Found"));
}

void TestLoopbackHttpServer::headUsesTheGetRoute()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/file"), [](const auto &) {
        return LoopbackResponse::bytes(200, "0123456789", "text/csv");
    });
    RawClient client(server.port());
    client.send("HEAD /file HTTP/1.1\r\nHost: x\r\n\r\nGET /file HTTP/1.1\r\nHost: x\r\n\r\n");
    // Both answers announce 10 bytes; only the GET carries them, so a reader that expected a
    // body after HEAD would read the GET's status line as body and see one response.
    QTRY_VERIFY(client.responses().size() >= 1);
    QTRY_COMPARE(server.requestCount(), 2);
    const QByteArrayList all = client.responses();
    QCOMPARE(statusLine(all.first()), QByteArray("HTTP/1.1 200 OK"));
    QVERIFY(all.first().contains("Content-Length: 10\r\n"));
    QVERIFY2(all.first().endsWith("HTTP/1.1 2"),
             all.first().constData()); // the GET follows at once
}

void TestLoopbackHttpServer::keepAliveAnswersInOrder()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("GET", QStringLiteral("/slow"),
                 [](const auto &) { return LoopbackResponse::text(200, "slow").after(200ms); });
    server.route("GET", QStringLiteral("/fast"),
                 [](const auto &) { return LoopbackResponse::text(200, "fast"); });
    RawClient client(server.port());
    client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n");
    QTRY_COMPARE(client.responses().size(), 2);
    QVERIFY(client.responses().at(0).endsWith("slow"));
    QVERIFY(client.responses().at(1).endsWith("fast"));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().at(1).connection, 1);
    QVERIFY(!client.disconnected());
}

void TestLoopbackHttpServer::chunkedRequestBody()
{
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("POST", QStringLiteral("/echo"),
                 [](const LoopbackRequest &r) { return LoopbackResponse::text(200, r.body); });
    RawClient client(server.port());
    client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\n\r\n");
    QTRY_COMPARE(client.responses().size(), 1);
    QVERIFY(client.responses().first().endsWith("hello, world"));
    QCOMPARE(server.requests().first().body, QByteArray("hello, world"));
}

void TestLoopbackHttpServer::strictRequestParsing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("status");
    QTest::newRow("no Host") << QByteArray("GET /x HTTP/1.1\r\n\r\n") << QByteArray("400");
    QTest::newRow("two Hosts") << QByteArray("GET /x HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n")
                               << QByteArray("400");
    QTest::newRow("bare LF") << QByteArray("GET /x HTTP/1.1\nHost: a\n\n") << QByteArray("400");
    QTest::newRow("line folding") << QByteArray(
                                         "GET /x HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n 2\r\n\r\n")
                                  << QByteArray("400");
    QTest::newRow("space before colon")
        << QByteArray("GET /x HTTP/1.1\r\nHost : a\r\n\r\n") << QByteArray("400");
    QTest::newRow("absolute form")
        << QByteArray("GET http://a/x HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("400");
    QTest::newRow("lower-case method")
        << QByteArray("get /x HTTP/1.1\r\nHost: a\r\n\r\n") << QByteArray("400");
    QTest::newRow("HTTP/2 preface")
        << QByteArray("GET /x HTTP/2.0\r\nHost: a\r\n\r\n") << QByteArray("505");
    QTest::newRow("bad Content-Length")
        << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n")
        << QByteArray("400");
    QTest::newRow("conflicting lengths")
        << QByteArray(
               "POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
        << QByteArray("400");
    QTest::newRow("length and chunked")
        << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n0\r\n\r\n")
        << QByteArray("400");
    QTest::newRow("gzip transfer")
        << QByteArray("POST /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\n\r\n")
        << QByteArray("501");
}

void TestLoopbackHttpServer::strictRequestParsing()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, status);
    LoopbackHttpServer server;
    QVERIFY(server.listen());
    server.route("*", QStringLiteral("/x"),
                 [](const auto &) { return LoopbackResponse::empty(204); });
    RawClient client(server.port());
    client.send(request);
    QTRY_COMPARE(client.responses().size(), 1);
    QVERIFY2(statusLine(client.responses().first()).startsWith("HTTP/1.1 " + status),
             client.responses().first().constData());
    QTRY_VERIFY(client.disconnected()); // a broken request ends the connection
    QCOMPARE(server.requestCount(), 0);
    QCOMPARE(server.protocolViolations().size(), 1);
}

void TestLoopbackHttpServer::tls()
{
    QTemporaryDir dir;
    QString error;
    const auto certs = TestCertificates::generate(dir.path(), &error);
    QVERIFY2(certs, qPrintable(error));
    LoopbackHttpServer server;
    QVERIFY2(server.listenTls(certs->serverCertificate, certs->serverKey),
             qPrintable(server.errorString()));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));
    server.route("GET", QStringLiteral("/x"),
                 [](const auto &) { return LoopbackResponse::text(200, "secure"); });

    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certs->caCertificate));
    socket.setSslConfiguration(tls);
    QByteArray in;
    connect(&socket, &QSslSocket::readyRead, [&] { in += socket.readAll(); });
    connect(&socket, &QSslSocket::encrypted,
            [&] { socket.write("GET /x HTTP/1.1\r\nHost: localhost\r\n\r\n"); });
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QTRY_VERIFY(in.endsWith("secure"));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());
    QVERIFY(server.requests().first().tls);
    QVERIFY(server.tlsFailures().isEmpty());
}

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
