#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QTcpSocket;

namespace reportdesk::test {

using LoopbackHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One request as the server received it.
struct LoopbackRequest {
    QByteArray method;
    QString path;       // percent-decoded
    QByteArray rawPath; // as sent, without the query
    QByteArray target;  // the whole request-target as sent
    QUrlQuery query;
    LoopbackHeaders headers;        // in order, names as sent
    QByteArray body;                // de-chunked
    QHash<QString, QString> params; // {name} captures of the matched route
    int connection = 0;             // 1 for the first TCP connection, 2 for the next, ...
    bool tls = false;

    QByteArray header(const QByteArray &name) const; // first of that name, case-insensitive
    bool hasHeader(const QByteArray &name) const;
    QString queryValue(const QString &key) const; // fully decoded ('+' stays '+')
    QJsonDocument json() const;
    QUrlQuery form() const; // application/x-www-form-urlencoded body, '+' read as space
};

// What a route answers. A handler returns one; the server writes it after `delay`.
struct LoopbackResponse {
    int status = 200;
    LoopbackHeaders headers;
    QByteArray body;
    std::chrono::milliseconds delay{0}; // before anything is written (timeouts, slow servers)
    bool chunked = false;               // Transfer-Encoding: chunked instead of Content-Length
    bool close = false;                 // Connection: close, then close
    bool noAnswer = false;              // close the connection without a response

    static LoopbackResponse json(int status, const QJsonDocument &doc);
    static LoopbackResponse json(int status, const QJsonObject &object);
    static LoopbackResponse text(int status, const QByteArray &text); // text/plain; charset=utf-8
    static LoopbackResponse bytes(int status, QByteArray body, const QByteArray &contentType);
    static LoopbackResponse empty(int status);
    static LoopbackResponse redirect(int status, const QByteArray &location);

    LoopbackResponse &withHeader(QByteArray name, QByteArray value);
    LoopbackResponse &after(std::chrono::milliseconds wait);
};

// Certificates for TLS tests, made by the openssl CLI (EC P-256, valid 20 years).
struct TestCertificates {
    QString caCertificate;     // "ReportDesk Test CA"
    QString serverCertificate; // signed by the CA, for IP 127.0.0.1 and DNS localhost
    QString serverKey;
    QString selfSignedCertificate; // its own issuer, for 127.0.0.1 and localhost
    QString selfSignedKey;
    QString wrongHostCertificate; // signed by the CA, but for other.invalid only
    QString wrongHostKey;

    // Writes them into dir (which must exist). Empty, with *error set, when openssl is
    // missing or fails.
    static std::optional<TestCertificates> generate(const QString &dir, QString *error);
};

// A strict, scriptable HTTP/1.1 server on 127.0.0.1 for tests and benchmarks, optionally over
// TLS. Routes map a method and a path pattern to a handler; every request is recorded (method,
// path, query, headers, body, connection) so tests can assert what a client sent and count
// calls. Strict as a real server is: a request line and headers ending in CRLF, a Host header
// on HTTP/1.1, a valid Content-Length (or chunked body, never both), no obsolete line folding;
// violations answer 400 and are listed in protocolViolations(). An unknown path answers 404, a
// known path with another method 405 with Allow; HEAD is answered by the GET route without a
// body. Connections are kept alive; requests on one connection are answered in order.
// Per-kind test servers (Kibana, Grafana, OpenObserve, UVM) build on this with their routes.
class LoopbackHttpServer : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<LoopbackResponse(const LoopbackRequest &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr);
    ~LoopbackHttpServer() override;

    // Listens on 127.0.0.1; port 0 picks a free port. False (see errorString()) on failure.
    bool listen(quint16 port = 0);
    // The same over TLS, presenting certificateFile (PEM, leaf first, chain may follow).
    bool listenTls(const QString &certificateFile, const QString &keyFile, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    bool isTls() const { return m_tls; }
    QString errorString() const { return m_error; }
    // http(s)://127.0.0.1:<port><path>; host "localhost" when asked.
    QUrl url(const QString &path = QStringLiteral("/"), const QString &host = {}) const;

    // Method "*" matches any. Pattern: "/api/{org}/reports/{id}", "{rest*}" takes the remaining
    // segments. Routes added later are tried first, so a test can override a default route.
    void route(const QByteArray &method, const QString &pattern, Handler handler);
    void clearRoutes();

    QList<LoopbackRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int requestCount(const QByteArray &method, const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connections; }
    // TLS handshakes that failed (the client did not trust us, ...), with the reason.
    QStringList tlsFailures() const { return m_tlsFailures; }
    // Requests rejected for breaking HTTP/1.1, with the reason.
    QStringList protocolViolations() const { return m_violations; }

    static QByteArray reasonPhrase(int status);
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for Date and Retry-After headers.
    static QByteArray httpDate(const QDateTime &at);

signals:
    void requestReceived(int index);

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    struct Connection;

    bool startListening(quint16 port);
    void accept(qintptr descriptor);
    void onReadable(Connection *c);
    void processNext(Connection *c);
    // One complete request from the buffer, a violation (status > 0), or nothing yet.
    bool parseRequest(Connection *c, LoopbackRequest *request, int *errorStatus, QString *why);
    LoopbackResponse dispatch(LoopbackRequest &request) const;
    void write(Connection *c, const LoopbackRequest &request, const LoopbackResponse &response);

    class Listener;
    std::unique_ptr<Listener> m_listener;
    QList<Route> m_routes;
    QList<LoopbackRequest> m_requests;
    QStringList m_tlsFailures;
    QStringList m_violations;
    QList<QSslCertificate> m_certificateChain;
    QSslKey m_key;
    QString m_error;
    int m_connections = 0;
    bool m_tls = false;
};

} // namespace reportdesk::test
