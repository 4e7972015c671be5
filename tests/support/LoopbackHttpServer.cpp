#include "LoopbackHttpServer.h"

#include "PdfTools.h"

#include <QDir>
#include <QFile>
#include <QJsonParseError>
#include <QLocale>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>

#include <algorithm>

namespace reportdesk::test {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;

bool isTokenChar(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(ch);
}

QByteArray headerOf(const LoopbackHeaders &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool hasHeaderOf(const LoopbackHeaders &headers, const QByteArray &name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QStringList segmentsOf(const QString &path)
{
    QStringList s = path.split(QLatin1Char('/'));
    if (!s.isEmpty() && s.first().isEmpty())
        s.removeFirst();
    return s;
}

QString decoded(const QString &raw)
{
    return QUrl::fromPercentEncoding(raw.toLatin1());
}

// Matches raw (still encoded) path segments against a pattern; fills params.
bool matches(const QStringList &pattern, const QStringList &path, QHash<QString, QString> *params)
{
    QHash<QString, QString> captured;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString &p = pattern.at(i);
        const bool placeholder = p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'));
        if (placeholder && p.endsWith(QLatin1String("*}"))) {
            const QStringList rest = path.mid(i);
            captured.insert(p.mid(1, p.size() - 3), decoded(rest.join(QLatin1Char('/'))));
            *params = captured;
            return true;
        }
        if (i >= path.size())
            return false;
        if (placeholder) {
            if (path.at(i).isEmpty())
                return false;
            captured.insert(p.mid(1, p.size() - 2), decoded(path.at(i)));
        } else if (p != decoded(path.at(i))) {
            return false;
        }
    }
    if (pattern.size() != path.size())
        return false;
    *params = captured;
    return true;
}

QSslKey readKey(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = f.readAll();
    for (const auto algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
        QSslKey key(data, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

// --- LoopbackRequest / LoopbackResponse ----------------------------------------------------

QByteArray LoopbackRequest::header(const QByteArray &name) const
{
    return headerOf(headers, name);
}

bool LoopbackRequest::hasHeader(const QByteArray &name) const
{
    return hasHeaderOf(headers, name);
}

QString LoopbackRequest::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QJsonDocument LoopbackRequest::json() const
{
    return QJsonDocument::fromJson(body);
}

QUrlQuery LoopbackRequest::form() const
{
    QByteArray b = body;
    b.replace('+', ' ');
    QUrlQuery q;
    for (const QByteArray &pair : b.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        q.addQueryItem(QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1))));
    }
    return q;
}

LoopbackResponse LoopbackResponse::json(int status, const QJsonDocument &doc)
{
    return bytes(status, doc.toJson(QJsonDocument::Compact), "application/json");
}

LoopbackResponse LoopbackResponse::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

LoopbackResponse LoopbackResponse::text(int status, const QByteArray &text)
{
    return bytes(status, text, "text/plain; charset=utf-8");
}

LoopbackResponse LoopbackResponse::bytes(int status, QByteArray body, const QByteArray &contentType)
{
    LoopbackResponse r;
    r.status = status;
    r.body = std::move(body);
    r.headers.append({"Content-Type", contentType});
    return r;
}

LoopbackResponse LoopbackResponse::empty(int status)
{
    LoopbackResponse r;
    r.status = status;
    return r;
}

LoopbackResponse LoopbackResponse::redirect(int status, const QByteArray &location)
{
    LoopbackResponse r = empty(status);
    r.headers.append({"Location", location});
    return r;
}

LoopbackResponse &LoopbackResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

LoopbackResponse &LoopbackResponse::after(std::chrono::milliseconds wait)
{
    delay = wait;
    return *this;
}

// --- TestCertificates ------------------------------------------------------------------------

std::optional<TestCertificates> TestCertificates::generate(const QString &dirPath, QString *error)
{
    const QDir dir(dirPath);
    const auto path = [&](const char *name) {
        return dir.filePath(QString::fromLatin1(name));
    };
    const QString config = path("openssl.cnf");
    {
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(config);
            return std::nullopt;
        }
        f.write("[req]\n"
                "distinguished_name = dn\n"
                "prompt = no\n"
                "[dn]\n"
                "CN = ReportDesk\n"
                "[ca_ext]\n"
                "basicConstraints = critical,CA:TRUE\n"
                "keyUsage = critical,keyCertSign,cRLSign\n"
                "subjectKeyIdentifier = hash\n"
                "[server_ext]\n"
                "basicConstraints = critical,CA:FALSE\n"
                "keyUsage = critical,digitalSignature,keyEncipherment\n"
                "extendedKeyUsage = serverAuth\n"
                "subjectAltName = IP:127.0.0.1,DNS:localhost\n"
                "subjectKeyIdentifier = hash\n"
                "authorityKeyIdentifier = keyid\n"
                "[wrong_ext]\n"
                "basicConstraints = critical,CA:FALSE\n"
                "keyUsage = critical,digitalSignature,keyEncipherment\n"
                "extendedKeyUsage = serverAuth\n"
                "subjectAltName = DNS:other.invalid\n"
                "[self_ext]\n"
                "basicConstraints = critical,CA:TRUE\n"
                "keyUsage = critical,digitalSignature,keyCertSign\n"
                "extendedKeyUsage = serverAuth\n"
                "subjectAltName = IP:127.0.0.1,DNS:localhost\n"
                "subjectKeyIdentifier = hash\n");
    }
    const QStringList newKey = {
        QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    const QString days = QStringLiteral("7300");
    const auto run = [&](const QStringList &args) {
        const Tool t = runTool(QStringLiteral("openssl"), args);
        if (t.exitCode != 0)
            *error =
                QStringLiteral("openssl %1 failed: %2").arg(args.join(QLatin1Char(' ')), t.err);
        return t.exitCode == 0;
    };
    const auto selfSigned = [&](const QString &cn, const char *key, const char *cert,
                                const QString &extensions) {
        return run(
            QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-new")} +
            newKey +
            QStringList{QStringLiteral("-keyout"), path(key), QStringLiteral("-out"), path(cert),
                        QStringLiteral("-days"), days, QStringLiteral("-config"), config,
                        QStringLiteral("-extensions"), extensions, QStringLiteral("-subj"), cn});
    };
    const auto signedByCa = [&](const QString &cn, const char *key, const char *cert,
                                const QString &extensions) {
        const QString csr = path(cert) + QStringLiteral(".csr");
        return run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + newKey +
                   QStringList{QStringLiteral("-keyout"), path(key), QStringLiteral("-out"), csr,
                               QStringLiteral("-config"), config, QStringLiteral("-subj"), cn}) &&
               run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), path("ca.pem"), QStringLiteral("-CAkey"), path("ca.key"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), path(cert),
                    QStringLiteral("-days"), days, QStringLiteral("-extfile"), config,
                    QStringLiteral("-extensions"), extensions});
    };
    if (!selfSigned(QStringLiteral("/CN=ReportDesk Test CA"), "ca.key", "ca.pem",
                    QStringLiteral("ca_ext")) ||
        !signedByCa(QStringLiteral("/CN=127.0.0.1"), "server.key", "server.pem",
                    QStringLiteral("server_ext")) ||
        !signedByCa(QStringLiteral("/CN=other.invalid"), "wrong.key", "wrong.pem",
                    QStringLiteral("wrong_ext")) ||
        !selfSigned(QStringLiteral("/CN=127.0.0.1"), "self.key", "self.pem",
                    QStringLiteral("self_ext")))
        return std::nullopt;
    TestCertificates c;
    c.caCertificate = path("ca.pem");
    c.serverCertificate = path("server.pem");
    c.serverKey = path("server.key");
    c.selfSignedCertificate = path("self.pem");
    c.selfSignedKey = path("self.key");
    c.wrongHostCertificate = path("wrong.pem");
    c.wrongHostKey = path("wrong.key");
    return c;
}

// --- LoopbackHttpServer ------------------------------------------------------------------------

class LoopbackHttpServer::Listener : public QTcpServer {
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

struct LoopbackHttpServer::Connection {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    int id = 0;
    bool busy = false;
    bool closing = false;
};

LoopbackHttpServer::LoopbackHttpServer(QObject *parent)
    : QObject(parent)
    , m_listener(std::make_unique<Listener>())
{
    m_listener->onIncoming = [this](qintptr d) {
        accept(d);
    };
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    close();
}

bool LoopbackHttpServer::listen(quint16 port)
{
    m_tls = false;
    return startListening(port);
}

bool LoopbackHttpServer::listenTls(const QString &certificateFile, const QString &keyFile,
                                   quint16 port)
{
    m_certificateChain = QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    m_key = readKey(keyFile);
    if (m_certificateChain.isEmpty() || m_key.isNull()) {
        m_error = QStringLiteral("cannot read the certificate %1 or the key %2")
                      .arg(certificateFile, keyFile);
        return false;
    }
    m_tls = true;
    return startListening(port);
}

bool LoopbackHttpServer::startListening(quint16 port)
{
    if (!m_listener->listen(QHostAddress::LocalHost, port)) {
        m_error = m_listener->errorString();
        return false;
    }
    return true;
}

void LoopbackHttpServer::close()
{
    m_listener->close();
    const auto sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
    for (QTcpSocket *s : sockets)
        s->abort();
}

bool LoopbackHttpServer::isListening() const
{
    return m_listener->isListening();
}

quint16 LoopbackHttpServer::port() const
{
    return m_listener->serverPort();
}

QUrl LoopbackHttpServer::url(const QString &path, const QString &host) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(host.isEmpty() ? QStringLiteral("127.0.0.1") : host);
    u.setPort(port());
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.mid(q + 1));
    return u;
}

void LoopbackHttpServer::route(const QByteArray &method, const QString &pattern, Handler handler)
{
    m_routes.prepend({method.toUpper(), segmentsOf(pattern), std::move(handler)});
}

void LoopbackHttpServer::clearRoutes()
{
    m_routes.clear();
}

int LoopbackHttpServer::requestCount(const QByteArray &method, const QString &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const auto &r) { return r.method == method && r.path == path; }));
}

void LoopbackHttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(descriptor)) {
            delete ssl;
            return;
        }
        ssl->setLocalCertificateChain(m_certificateChain);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(ssl, &QSslSocket::errorOccurred, this, [this, ssl](QAbstractSocket::SocketError) {
            if (!ssl->isEncrypted())
                m_tlsFailures << ssl->errorString();
        });
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
    }
    // Answers go out at once (no Nagle delay waiting for the client's ACK): request counts
    // and timings in benchmarks measure the client, not 40 ms of TCP politeness.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *c = new Connection;
    c->socket = socket;
    c->id = ++m_connections;
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadable(c); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, [c] { delete c; });
}

void LoopbackHttpServer::onReadable(Connection *c)
{
    c->buffer += c->socket->readAll();
    if (!c->busy && !c->closing)
        processNext(c);
}

void LoopbackHttpServer::processNext(Connection *c)
{
    LoopbackRequest request;
    int errorStatus = 0;
    QString why;
    if (!parseRequest(c, &request, &errorStatus, &why)) {
        if (errorStatus > 0) {
            m_violations << why;
            LoopbackResponse r = LoopbackResponse::text(errorStatus, why.toUtf8());
            r.close = true;
            write(c, request, r);
        }
        return;
    }
    c->busy = true;
    request.connection = c->id;
    request.tls = m_tls;
    const LoopbackResponse response = dispatch(request);
    m_requests << request;
    emit requestReceived(int(m_requests.size()) - 1);
    if (response.delay.count() > 0) {
        QTimer::singleShot(response.delay, c->socket,
                           [this, c, request, response] { write(c, request, response); });
    } else {
        write(c, request, response);
    }
}

bool LoopbackHttpServer::parseRequest(Connection *c, LoopbackRequest *request, int *errorStatus,
                                      QString *why)
{
    const auto fail = [&](int status, const QString &reason) {
        *errorStatus = status;
        *why = reason;
        return false;
    };
    QByteArray &buf = c->buffer;
    const qsizetype headerEnd = buf.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buf.size() > kMaxHeaderBytes)
            return fail(431, QStringLiteral("header section larger than 64 KiB"));
        if (buf.contains("\n\n") || (buf.contains('\n') && !buf.contains("\r\n")))
            return fail(400, QStringLiteral("lines must end with CRLF"));
        return false;
    }
    if (headerEnd > kMaxHeaderBytes)
        return fail(431, QStringLiteral("header section larger than 64 KiB"));

    QByteArrayList lines = buf.left(headerEnd).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray &line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return fail(400, QStringLiteral("line %1 does not end with CRLF").arg(i + 1));
            line.chop(1);
        }
        if (line.contains('\r'))
            return fail(400, QStringLiteral("bare CR in line %1").arg(i + 1));
    }
    const QByteArrayList requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3)
        return fail(400, QStringLiteral("malformed request line"));
    const QByteArray &method = requestLine.at(0);
    const QByteArray &target = requestLine.at(1);
    const QByteArray &version = requestLine.at(2);
    if (method.isEmpty() || !std::all_of(method.cbegin(), method.cend(),
                                         [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        return fail(400, QStringLiteral("malformed method"));
    if (!target.startsWith('/'))
        return fail(400, QStringLiteral("request-target must be in origin form"));
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return fail(505, QStringLiteral("unsupported HTTP version"));

    LoopbackHeaders headers;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, QStringLiteral("obsolete line folding"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(400, QStringLiteral("header line without a name"));
        const QByteArray name = line.left(colon);
        if (!std::all_of(name.cbegin(), name.cend(), isTokenChar))
            return fail(
                400, QStringLiteral("invalid header name \"%1\"").arg(QString::fromLatin1(name)));
        headers.append({name, line.mid(colon + 1).trimmed()});
    }
    const auto count = [&](const QByteArray &name) {
        return std::count_if(headers.cbegin(), headers.cend(), [&](const auto &h) {
            return h.first.compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (version == "HTTP/1.1" && count("Host") != 1)
        return fail(400, QStringLiteral("HTTP/1.1 requires exactly one Host header"));

    qsizetype bodyStart = headerEnd + 4;
    QByteArray body;
    const QByteArray transferEncoding = headerOf(headers, "Transfer-Encoding").toLower();
    const bool hasLength = count("Content-Length") > 0;
    if (!transferEncoding.isEmpty()) {
        if (hasLength)
            return fail(400, QStringLiteral("both Transfer-Encoding and Content-Length"));
        if (transferEncoding != "chunked")
            return fail(501, QStringLiteral("unsupported Transfer-Encoding"));
        qsizetype pos = bodyStart;
        for (;;) {
            const qsizetype eol = buf.indexOf("\r\n", pos);
            if (eol < 0)
                return false;
            bool ok = false;
            const qsizetype size =
                buf.mid(pos, eol - pos).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400, QStringLiteral("malformed chunk size"));
            if (body.size() + size > kMaxBodyBytes)
                return fail(413, QStringLiteral("body larger than 64 MiB"));
            if (size == 0) {
                const qsizetype end = buf.indexOf("\r\n\r\n", eol);
                if (end < 0 && buf.mid(eol, 4) != "\r\n\r\n")
                    return false;
                bodyStart = (end < 0 ? eol : end) + 4;
                break;
            }
            if (buf.size() < eol + 2 + size + 2)
                return false;
            body += buf.mid(eol + 2, size);
            if (buf.mid(eol + 2 + size, 2) != "\r\n")
                return fail(400, QStringLiteral("chunk without CRLF"));
            pos = eol + 2 + size + 2;
        }
    } else if (hasLength) {
        QByteArray length;
        for (const auto &[n, v] : std::as_const(headers)) {
            if (n.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            if (v.isEmpty() ||
                !std::all_of(v.cbegin(), v.cend(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                return fail(400, QStringLiteral("invalid Content-Length"));
            if (!length.isEmpty() && length != v)
                return fail(400, QStringLiteral("conflicting Content-Length headers"));
            length = v;
        }
        const qsizetype size = length.toLongLong();
        if (size > kMaxBodyBytes)
            return fail(413, QStringLiteral("body larger than 64 MiB"));
        if (buf.size() < bodyStart + size)
            return false;
        body = buf.mid(bodyStart, size);
        bodyStart += size;
    }
    buf.remove(0, bodyStart);

    request->method = method;
    request->target = target;
    const qsizetype q = target.indexOf('?');
    request->rawPath = q < 0 ? target : target.left(q);
    request->path = QUrl::fromPercentEncoding(request->rawPath);
    request->query = QUrlQuery(q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1)));
    request->headers = headers;
    request->body = body;
    if (version == "HTTP/1.0" || headerOf(headers, "Connection").toLower() == "close")
        c->closing = true;
    return true;
}

LoopbackResponse LoopbackHttpServer::dispatch(LoopbackRequest &request) const
{
    const QStringList path = segmentsOf(QString::fromLatin1(request.rawPath));
    QByteArrayList allowed;
    const Route *fallbackGet = nullptr;
    QHash<QString, QString> fallbackParams;
    for (const Route &r : m_routes) {
        QHash<QString, QString> params;
        if (!matches(r.segments, path, &params))
            continue;
        if (r.method == request.method || r.method == "*") {
            request.params = params;
            return r.handler(request);
        }
        if (request.method == "HEAD" && r.method == "GET" && !fallbackGet) {
            fallbackGet = &r;
            fallbackParams = params;
        }
        if (!allowed.contains(r.method))
            allowed << r.method;
    }
    if (fallbackGet) {
        request.params = fallbackParams;
        return fallbackGet->handler(request);
    }
    if (!allowed.isEmpty()) {
        std::sort(allowed.begin(), allowed.end());
        return LoopbackResponse::text(405, "Method Not Allowed")
            .withHeader("Allow", allowed.join(", "));
    }
    return LoopbackResponse::text(404, "Not Found");
}

void LoopbackHttpServer::write(Connection *c, const LoopbackRequest &request,
                               const LoopbackResponse &response)
{
    QTcpSocket *socket = c->socket;
    if (response.noAnswer) {
        c->closing = true;
        socket->abort();
        return;
    }
    const int status = response.status;
    const bool bodyAllowed = status >= 200 && status != 204 && status != 304;
    const bool close = response.close || c->closing;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!hasHeaderOf(response.headers, "Date"))
        out += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.chunked)
        out += "Transfer-Encoding: chunked\r\n";
    else if (bodyAllowed && !hasHeaderOf(response.headers, "Content-Length"))
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (bodyAllowed && request.method != "HEAD") {
        if (response.chunked) {
            constexpr qsizetype kChunk = 16 * 1024;
            for (qsizetype pos = 0; pos < response.body.size(); pos += kChunk) {
                const QByteArray chunk = response.body.mid(pos, kChunk);
                out += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            }
            out += "0\r\n\r\n";
        } else {
            out += response.body;
        }
    }
    socket->write(out);
    c->busy = false;
    if (close) {
        c->closing = true;
        socket->disconnectFromHost();
        return;
    }
    if (!c->buffer.isEmpty())
        QMetaObject::invokeMethod(
            socket, [this, c] { processNext(c); }, Qt::QueuedConnection);
}

QByteArray LoopbackHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray LoopbackHttpServer::httpDate(const QDateTime &at)
{
    return QLocale::c()
        .toString(at.toTimeZone(QTimeZone::utc()),
                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace reportdesk::test
