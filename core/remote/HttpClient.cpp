#include "remote/HttpClient.h"

#include "remote/OAuth2TokenProvider.h"
#include "remote/Redaction.h"

#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QTimeZone>

#include <algorithm>
#include <climits>

Q_LOGGING_CATEGORY(lcRemoteHttp, "reportdesk.remote.http")

namespace reportdesk::remote {

using namespace std::chrono;

namespace {

int defaultPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

QString formatDuration(milliseconds d)
{
    if (d < seconds(1))
        return HttpClient::tr("%1 ms").arg(d.count());
    if (d.count() % 1000 == 0)
        return HttpClient::tr("%1 s").arg(d.count() / 1000);
    return HttpClient::tr("%1 s").arg(QLocale().toString(double(d.count()) / 1000.0, 'f', 1));
}

QString formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Date-time of an HTTP-date in any of its three forms (RFC 9110 5.6.7), UTC; invalid if none.
QDateTime parseHttpDate(const QByteArray &value)
{
    QString s = QString::fromLatin1(value).simplified();
    // Drop the weekday: "Sun, " (IMF-fixdate), "Sunday, " (RFC 850) or "Sun " (asctime).
    if (const qsizetype comma = s.indexOf(QLatin1Char(',')); comma >= 0)
        s = s.mid(comma + 1).trimmed();
    else if (s.size() > 4 && s.at(3) == QLatin1Char(' '))
        s = s.mid(4);
    for (const auto zone : {QLatin1String(" GMT"), QLatin1String(" UTC"), QLatin1String(" +0000"),
                            QLatin1String(" Z")}) {
        if (s.endsWith(zone)) {
            s.chop(zone.size());
            break;
        }
    }
    // The time is the token with colons; the rest is the date. Parsing date and time apart
    // keeps the local time zone (and its DST gaps) out of it.
    QStringList tokens = s.split(QLatin1Char(' '));
    QTime time;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i).contains(QLatin1Char(':'))) {
            time = QTime::fromString(tokens.takeAt(i), QStringLiteral("HH:mm:ss"));
            break;
        }
    }
    if (!time.isValid())
        return {};
    const QString dateText = tokens.join(QLatin1Char(' '));
    const QLocale c = QLocale::c();
    for (const QString &format :
         {QStringLiteral("dd MMM yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("dd-MMM-yy"),
          QStringLiteral("dd-MMM-yyyy"), QStringLiteral("MMM d yyyy")}) {
        QDate date = c.toDate(dateText, format);
        if (!date.isValid())
            continue;
        if (date.year() < 1970) // RFC 850's two-digit years
            date = date.addYears(100);
        return QDateTime(date, time, QTimeZone::utc());
    }
    return {};
}

std::optional<seconds> retryAfterOf(const HttpHeaders &headers)
{
    QByteArray value;
    QByteArray date;
    for (const auto &[name, v] : headers) {
        if (value.isEmpty() && name.compare("retry-after", Qt::CaseInsensitive) == 0)
            value = v;
        else if (date.isEmpty() && name.compare("date", Qt::CaseInsensitive) == 0)
            date = v;
    }
    if (value.isEmpty())
        return std::nullopt;
    // A date is measured from the server's own Date when it sent one: clock skew between us
    // and the server then does not stretch or cut the wait.
    const QDateTime serverNow = parseHttpDate(date);
    return HttpClient::parseRetryAfter(
        value, serverNow.isValid() ? serverNow : QDateTime::currentDateTimeUtc());
}

QByteArray headerOf(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

void setHeader(HttpHeaders &headers, const QByteArray &name, const QByteArray &value)
{
    headers.removeIf(
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

} // namespace

// --- HttpAuth -----------------------------------------------------------------------------

HttpAuth HttpAuth::basic(QString user, QString password)
{
    HttpAuth a;
    a.method = Method::Basic;
    a.user = std::move(user);
    a.secret = std::move(password);
    return a;
}

HttpAuth HttpAuth::bearer(QString token)
{
    HttpAuth a;
    a.method = Method::Bearer;
    a.secret = std::move(token);
    return a;
}

HttpAuth HttpAuth::apiKey(QByteArray headerName, QString value)
{
    HttpAuth a;
    a.method = Method::ApiKey;
    a.headerName = std::move(headerName);
    a.secret = std::move(value);
    return a;
}

HttpAuth HttpAuth::oauth2(std::shared_ptr<OAuth2TokenProvider> provider)
{
    HttpAuth a;
    a.method = Method::OAuth2;
    a.tokenProvider = std::move(provider);
    return a;
}

// --- HttpRequest --------------------------------------------------------------------------

HttpRequest HttpRequest::get(QString path, QString operation)
{
    HttpRequest r;
    r.path = std::move(path);
    r.operation = std::move(operation);
    return r;
}

HttpRequest HttpRequest::head(QString path, QString operation)
{
    HttpRequest r = get(std::move(path), std::move(operation));
    r.method = "HEAD";
    return r;
}

HttpRequest HttpRequest::deleteResource(QString path, QString operation)
{
    HttpRequest r = get(std::move(path), std::move(operation));
    r.method = "DELETE";
    return r;
}

HttpRequest HttpRequest::post(QString path, QByteArray body, QByteArray contentType,
                              QString operation)
{
    HttpRequest r = get(std::move(path), std::move(operation));
    r.method = "POST";
    r.body = std::move(body);
    r.contentType = std::move(contentType);
    return r;
}

HttpRequest HttpRequest::postJson(QString path, const QJsonDocument &json, QString operation)
{
    return post(std::move(path), json.toJson(QJsonDocument::Compact), "application/json",
                std::move(operation));
}

HttpRequest HttpRequest::postForm(QString path, const QUrlQuery &form, QString operation)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space.
    QByteArrayList pairs;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
        pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    return post(std::move(path), pairs.join('&'), "application/x-www-form-urlencoded",
                std::move(operation));
}

HttpRequest HttpRequest::putJson(QString path, const QJsonDocument &json, QString operation)
{
    HttpRequest r = postJson(std::move(path), json, std::move(operation));
    r.method = "PUT";
    return r;
}

HttpRequest HttpRequest::patchJson(QString path, const QJsonDocument &json, QString operation)
{
    HttpRequest r = postJson(std::move(path), json, std::move(operation));
    r.method = "PATCH";
    return r;
}

HttpRequest &HttpRequest::withHeader(QByteArray name, QByteArray value)
{
    setHeader(headers, name, value);
    return *this;
}

HttpRequest &HttpRequest::withQuery(const QString &key, const QString &value)
{
    query.addQueryItem(key, value);
    return *this;
}

HttpRequest &HttpRequest::withTimeout(milliseconds t)
{
    timeout = t;
    return *this;
}

HttpRequest &HttpRequest::markIdempotent(bool on)
{
    idempotent = on;
    return *this;
}

HttpRequest &HttpRequest::accepting(QList<int> statuses)
{
    acceptedStatuses = std::move(statuses);
    return *this;
}

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray m = method.toUpper();
    return m == "GET" || m == "HEAD" || m == "PUT" || m == "DELETE" || m == "OPTIONS";
}

// --- HttpResponse -------------------------------------------------------------------------

QByteArray HttpResponse::header(const QByteArray &name) const
{
    return headerOf(headers, name);
}

bool HttpResponse::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &h) {
        return h.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

std::optional<seconds> HttpResponse::retryAfter() const
{
    return retryAfterOf(headers);
}

RemoteResult<QJsonDocument> HttpResponse::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            return malformed(HttpClient::tr("the body is empty where JSON was expected"));
        return malformed(HttpClient::tr("invalid JSON at byte %1 (%2)")
                             .arg(error.offset)
                             .arg(error.errorString()));
    }
    return doc;
}

RemoteResult<QJsonObject> HttpResponse::jsonObject() const
{
    auto doc = json();
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return malformed(HttpClient::tr("a JSON object was expected"));
    return doc->object();
}

RemoteResult<QJsonArray> HttpResponse::jsonArray() const
{
    auto doc = json();
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return malformed(HttpClient::tr("a JSON array was expected"));
    return doc->array();
}

RemoteError HttpResponse::malformed(const QString &detail) const
{
    return RemoteError(RemoteError::Kind::MalformedResponse, serverName, operation)
        .setDetail(detail);
}

// --- HttpCall -----------------------------------------------------------------------------

HttpCall::HttpCall(HttpClient *client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_auth(client->config().auth) // a call keeps the credentials it was sent with
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &HttpCall::authenticateAndSend);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpCall::cancel()
{
    if (isFinished())
        return;
    m_cancelled = true;
    finish(makeError(RemoteError::Kind::Cancelled));
}

RemoteError HttpCall::makeError(RemoteError::Kind kind) const
{
    return RemoteError(kind, m_client->displayName(), m_request.operation);
}

qint64 HttpCall::maxBytes() const
{
    return m_request.maxResponseBytes.value_or(m_client->config().maxResponseBytes);
}

milliseconds HttpCall::timeout() const
{
    return m_request.timeout.value_or(m_client->config().transferTimeout);
}

RetryPolicy HttpCall::retryPolicy() const
{
    return m_request.retry.value_or(m_client->config().retry);
}

QStringList HttpCall::knownSecrets() const
{
    const HttpClientConfig &c = m_client->config();
    QStringList secrets = c.redactValues;
    if (!m_auth.secret.isEmpty())
        secrets << m_auth.secret;
    if (m_auth.method == HttpAuth::Method::Basic) // as it travels (a server may echo it)
        secrets << QString::fromLatin1(
            (m_auth.user + QLatin1Char(':') + m_auth.secret).toUtf8().toBase64());
    if (!m_token.isEmpty())
        secrets << m_token;
    return secrets;
}

void HttpCall::start()
{
    const HttpClientConfig &c = m_client->config();
    if (m_request.url.isValid() && !m_request.url.isRelative())
        m_url = m_request.url;
    else
        m_url = m_client->resolve(m_request.path);
    if (!m_request.query.isEmpty()) {
        // Encoded by hand so that '+' and '&' in values reach the server as themselves.
        QByteArrayList pairs;
        for (const auto &[key, value] : m_request.query.queryItems(QUrl::FullyDecoded))
            pairs << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
        QString query = m_url.query(QUrl::FullyEncoded);
        if (!query.isEmpty())
            query += QLatin1Char('&');
        m_url.setQuery(query + QString::fromLatin1(pairs.join('&')));
    }

    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || m_url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const QString shown = c.baseUrl.toString(QUrl::RemoveUserInfo);
        finish(
            makeError(RemoteError::Kind::Configuration)
                .setDetail(tr("the server address “%1” is not an http or https URL").arg(shown)));
        return;
    }
    if (m_request.authenticate && m_auth.method != HttpAuth::Method::None &&
        !HttpClient::sameOrigin(m_url, c.baseUrl)) {
        finish(makeError(RemoteError::Kind::Configuration)
                   .setDetail(tr("refusing to send the credentials for %1 to %2")
                                  .arg(HttpClient::origin(c.baseUrl), HttpClient::origin(m_url))));
        return;
    }
    if (m_request.authenticate && m_auth.method == HttpAuth::Method::OAuth2 &&
        !m_auth.tokenProvider) {
        finish(makeError(RemoteError::Kind::Configuration)
                   .setDetail(tr("OAuth2 is configured without a token provider")));
        return;
    }
    if (scheme == QLatin1String("https")) {
        if (auto error = m_client->prepareTls()) {
            finish(error->setServerName(m_client->displayName()).setOperation(m_request.operation));
            return;
        }
    }
    authenticateAndSend();
}

void HttpCall::authenticateAndSend()
{
    if (isFinished())
        return;
    const HttpAuth &auth = m_auth;
    if (m_request.authenticate && auth.method == HttpAuth::Method::OAuth2) {
        auth.tokenProvider->token(this, [this](const RemoteResult<QString> &token) {
            if (isFinished())
                return;
            if (!token) {
                finish(token.error());
                return;
            }
            sendAttempt(*token);
        });
        return;
    }
    sendAttempt({});
}

void HttpCall::sendAttempt(const QString &token)
{
    const HttpClientConfig &c = m_client->config();
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_token = token;

    QNetworkRequest req(m_url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::UserVerifiedRedirectPolicy);
    req.setMaximumRedirectsAllowed(c.maxRedirects);
    // No credential, cookie or cache state shared behind our back: two profiles on the same
    // host with different accounts must not see each other's session.
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setTransferTimeout(int(std::min<qint64>(timeout().count(), INT_MAX)));
    if (m_client->m_tls &&
        m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        req.setSslConfiguration(*m_client->m_tls);
        // QNetworkAccessManager hands a cached connection, with the TLS configuration of the
        // request that opened it, to any later request for the same host and port; the peer
        // verify name is part of that cache key. Setting it (to the host itself, so nothing
        // about verification changes) keeps connections trusting the profile's CA apart from
        // those trusting only the system's: a connection that failed before a CA file was
        // added is not reused by the request made with it.
        if (!c.caCertificatesFile.isEmpty())
            req.setPeerVerifyName(m_url.host());
    }

    HttpHeaders headers;
    setHeader(headers, "User-Agent", QByteArrayLiteral("ReportDesk/") + REPORTDESK_VERSION);
    for (const auto &[name, value] : c.defaultHeaders)
        setHeader(headers, name, value);
    for (const auto &[name, value] : m_request.headers)
        setHeader(headers, name, value);
    if (!m_request.contentType.isEmpty())
        setHeader(headers, "Content-Type", m_request.contentType);
    else if (!m_request.body.isEmpty() &&
             std::none_of(headers.cbegin(), headers.cend(), [](const auto &h) {
                 return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
             }))
        setHeader(headers, "Content-Type", "application/octet-stream"); // never Qt's guess
    QByteArrayList extraSensitive;
    if (m_request.authenticate) {
        switch (m_auth.method) {
        case HttpAuth::Method::None:
            break;
        case HttpAuth::Method::Basic:
            setHeader(headers, "Authorization",
                      "Basic " +
                          (m_auth.user + QLatin1Char(':') + m_auth.secret).toUtf8().toBase64());
            break;
        case HttpAuth::Method::Bearer:
            setHeader(headers, "Authorization", "Bearer " + m_auth.secret.toUtf8());
            break;
        case HttpAuth::Method::ApiKey:
            setHeader(headers, m_auth.headerName, m_auth.secret.toUtf8());
            extraSensitive << m_auth.headerName;
            break;
        case HttpAuth::Method::OAuth2:
            setHeader(headers, "Authorization", "Bearer " + token.toUtf8());
            break;
        }
    }
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);

    qCDebug(lcRemoteHttp).noquote()
        << "->" << QString::fromLatin1(m_request.method)
        << Redaction::text(Redaction::url(m_url), knownSecrets()) << "attempt" << m_attempt
        << "headers:"
        << Redaction::text(Redaction::headers(headers, extraSensitive), knownSecrets());
    if (!m_request.body.isEmpty()) {
        qCDebug(lcRemoteHttp).noquote()
            << "   body:"
            << QString::fromUtf8(
                   Redaction::body(m_request.contentType, m_request.body, knownSecrets()));
    }

    QNetworkAccessManager *nam = m_client->network();
    const QByteArray method = m_request.method.toUpper();
    QNetworkReply *reply = nullptr;
    if (method == "GET" && m_request.body.isEmpty())
        reply = nam->get(req);
    else if (method == "HEAD")
        reply = nam->head(req);
    else if (method == "POST")
        reply = nam->post(req, m_request.body);
    else if (method == "PUT")
        reply = nam->put(req, m_request.body);
    else if (method == "DELETE" && m_request.body.isEmpty())
        reply = nam->deleteResource(req);
    else
        reply = nam->sendCustomRequest(req, method, m_request.body);
    reply->setParent(this);
    m_reply = reply;
    m_attemptTimer.start();
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::redirected, this, &HttpCall::onRedirected);
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
}

void HttpCall::onMetaData()
{
    if (!m_reply || m_request.method.toUpper() == "HEAD")
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect's own body is never ours
    bool ok = false;
    const qint64 length = m_reply->rawHeader("Content-Length").toLongLong(&ok);
    if (ok && length > maxBytes()) {
        qCDebug(lcRemoteHttp).noquote() << "<-" << status << Redaction::url(m_url) << "announces"
                                        << length << "bytes; limit" << maxBytes();
        finish(makeError(RemoteError::Kind::ResponseTooLarge).setDetail(formatBytes(maxBytes())));
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > maxBytes()) {
        qCDebug(lcRemoteHttp).noquote() << "<-" << Redaction::url(m_url)
                                        << "body exceeds the limit of" << maxBytes() << "bytes";
        finish(makeError(RemoteError::Kind::ResponseTooLarge).setDetail(formatBytes(maxBytes())));
    }
}

void HttpCall::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    if (HttpClient::sameOrigin(target, m_url)) {
        qCDebug(lcRemoteHttp).noquote() << "   redirect to" << Redaction::url(target);
        m_body.clear();
        emit m_reply->redirectAllowed();
        return;
    }
    // The credentials were set on the first request; following would send them elsewhere.
    qCDebug(lcRemoteHttp).noquote()
        << "   redirect to another origin refused:" << Redaction::url(target);
    finish(makeError(RemoteError::Kind::RedirectRefused).setDetail(HttpClient::origin(target)));
}

void HttpCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (isFinished())
        return;
    if (reply->isOpen()) // a reply the transfer timeout aborted is closed
        m_body += reply->readAll();
    const qint64 ms = m_attemptTimer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();

    // Transport failures (codes below 200) have no usable HTTP answer; content, protocol and
    // server error codes come with a status and are judged by that status below.
    if (error != QNetworkReply::NoError &&
        (error < QNetworkReply::ContentAccessDenied || status == 0)) {
        RemoteError e = makeError(RemoteError::Kind::Network);
        switch (error) {
        case QNetworkReply::HostNotFoundError:
            e = makeError(RemoteError::Kind::DnsLookup).setDetail(m_url.host());
            break;
        case QNetworkReply::ConnectionRefusedError:
            e = makeError(RemoteError::Kind::ConnectionRefused)
                    .setDetail(QStringLiteral("%1:%2")
                                   .arg(m_url.host())
                                   .arg(m_url.port(defaultPort(m_url))));
            break;
        case QNetworkReply::SslHandshakeFailedError: {
            QStringList problems;
            for (const QSslError &ssl : std::as_const(m_sslErrors)) {
                if (!problems.contains(ssl.errorString()))
                    problems << ssl.errorString();
            }
            if (problems.isEmpty())
                problems << reply->errorString();
            e = makeError(RemoteError::Kind::Tls).setDetail(problems.join(QStringLiteral("; ")));
            break;
        }
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            // We never abort a reply we still listen to, so a cancellation is the transfer
            // timeout firing.
            e = makeError(RemoteError::Kind::Timeout).setDetail(formatDuration(timeout()));
            break;
        default:
            e.setDetail(reply->errorString());
            break;
        }
        qCDebug(lcRemoteHttp).noquote()
            << "<-" << Redaction::url(m_url) << "failed after" << ms << "ms:" << e.summary();
        handleFailure(std::move(e));
        return;
    }

    HttpResponse response;
    response.status = status;
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    response.body = m_body;
    response.url = reply->url();
    response.attempts = m_attempt;
    response.serverName = m_client->displayName();
    response.operation = m_request.operation;
    qCDebug(lcRemoteHttp).noquote() << "<-" << status << Redaction::url(response.url) << "in" << ms
                                    << "ms," << m_body.size() << "bytes";

    if (status >= 400 && !m_request.acceptedStatuses.contains(status)) {
        RemoteError e = RemoteError::fromHttpStatus(status, m_body, m_client->displayName(),
                                                    m_request.operation);
        e.setRetryAfter(response.retryAfter());
        qCDebug(lcRemoteHttp).noquote()
            << "   error body:"
            << QString::fromUtf8(
                   Redaction::body(response.header("Content-Type"), m_body, knownSecrets(), 512));
        handleFailure(std::move(e));
        return;
    }
    finish(std::move(response));
}

void HttpCall::handleFailure(RemoteError error)
{
    const HttpAuth &auth = m_auth;
    // An OAuth2 token can be revoked or expire early: fetch a new one and try once more.
    if (error.kind() == RemoteError::Kind::Unauthorized && m_request.authenticate &&
        auth.method == HttpAuth::Method::OAuth2 && !m_authRetried) {
        m_authRetried = true;
        auth.tokenProvider->invalidate(m_token);
        qCDebug(lcRemoteHttp).noquote() << "   401 with an OAuth2 token: fetching a new token";
        authenticateAndSend();
        return;
    }
    const RetryPolicy policy = retryPolicy();
    if (!error.isTransient() || !m_request.isIdempotent() || m_attempt >= policy.maxAttempts) {
        finish(std::move(error));
        return;
    }
    milliseconds wait{0};
    const int status = error.httpStatus();
    if ((status == 429 || status == 503) && error.retryAfter()) {
        if (*error.retryAfter() > policy.maxRetryAfter) {
            finish(std::move(error)); // the caller decides whether to wait that long
            return;
        }
        wait = *error.retryAfter();
    } else {
        qint64 backoff = policy.initialBackoff.count();
        for (int i = 1; i < m_attempt && backoff < policy.maxBackoff.count(); ++i)
            backoff *= 2;
        backoff = std::min<qint64>(backoff, policy.maxBackoff.count());
        // Jitter spreads the retries of many clients hit by the same outage.
        const qint64 low = backoff / 2;
        wait = milliseconds(low +
                            qint64(QRandomGenerator::global()->bounded(double(backoff - low + 1))));
    }
    m_waits << wait;
    const auto scaled = milliseconds(qint64(double(wait.count()) * policy.timeScale));
    qCDebug(lcRemoteHttp).noquote()
        << "   retrying" << QString::fromLatin1(m_request.method) << Redaction::url(m_url) << "in"
        << wait.count() << "ms after:" << error.summary();
    emit retrying(m_attempt + 1, wait.count());
    m_waitTimer.start(scaled);
}

void HttpCall::finish(HttpResult result)
{
    if (isFinished())
        return;
    m_waitTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_result = std::move(result);
    if (!m_result->ok()) {
        qCDebug(lcRemoteHttp).noquote()
            << "   failed:" << Redaction::text(m_result->error().text(), knownSecrets());
    }
    emit finished();
    deleteLater();
}

// --- HttpClient ---------------------------------------------------------------------------

HttpClient::HttpClient(QNetworkAccessManager *network, HttpClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    Q_ASSERT(m_network);
}

HttpClient::~HttpClient() = default;

void HttpClient::setAuth(HttpAuth auth)
{
    m_config.auth = std::move(auth);
}

HttpCall *HttpClient::send(HttpRequest request)
{
    auto *call = new HttpCall(this, std::move(request));
    // Started from the event loop, so the caller can connect to the call first and no result
    // ever arrives inside send().
    QMetaObject::invokeMethod(
        call, [call] { call->start(); }, Qt::QueuedConnection);
    return call;
}

HttpCall *HttpClient::send(HttpRequest request, QObject *context, Callback onFinished)
{
    HttpCall *call = send(std::move(request));
    connect(call, &HttpCall::finished, context,
            [call, onFinished = std::move(onFinished)] { onFinished(call->result()); });
    return call;
}

void HttpClient::cancelAll()
{
    const auto calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    for (HttpCall *call : calls)
        call->cancel();
}

int HttpClient::activeCalls() const
{
    const auto calls = findChildren<HttpCall *>(Qt::FindDirectChildrenOnly);
    return int(std::count_if(calls.cbegin(), calls.cend(),
                             [](const HttpCall *c) { return !c->isFinished(); }));
}

QUrl HttpClient::resolve(const QString &path) const
{
    QUrl base = m_config.baseUrl;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')))
        return base.resolved(QUrl(path));
    // "./" keeps a first segment with a colon ("org:1/...") from reading as a URL scheme.
    return base.resolved(QUrl(QStringLiteral("./") + path));
}

RemoteError HttpClient::error(RemoteError::Kind kind, const QString &operation,
                              const QString &detail) const
{
    return RemoteError(kind, m_config.displayName, operation).setDetail(detail);
}

bool HttpClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString HttpClient::origin(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::RemoveFragment);
}

std::optional<seconds> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.cbegin(), v.cend(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        bool ok = false;
        const qint64 secs = v.toLongLong(&ok);
        // More than a year is no wait anyone means; treat overflow the same.
        return seconds(ok ? std::min<qint64>(secs, 366LL * 24 * 3600) : 366LL * 24 * 3600);
    }
    const QDateTime at = parseHttpDate(v);
    if (!at.isValid())
        return std::nullopt;
    return seconds(std::max<qint64>(0, now.secsTo(at)));
}

QString HttpClient::pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

std::optional<RemoteError> HttpClient::prepareTls()
{
    if (m_tlsPrepared)
        return m_configError;
    m_tlsPrepared = true;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.caCertificatesFile.isEmpty()) {
        QFile file(m_config.caCertificatesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_configError =
                RemoteError(RemoteError::Kind::Configuration, {}, {})
                    .setDetail(tr("the CA certificate file “%1” cannot be read: %2")
                                   .arg(m_config.caCertificatesFile, file.errorString()));
            return m_configError;
        }
        const QByteArray data = file.readAll();
        QList<QSslCertificate> extra = QSslCertificate::fromData(data, QSsl::Pem);
        if (extra.isEmpty())
            extra = QSslCertificate::fromData(data, QSsl::Der);
        extra.removeIf([](const QSslCertificate &c) { return c.isNull(); });
        if (extra.isEmpty()) {
            m_configError = RemoteError(RemoteError::Kind::Configuration, {}, {})
                                .setDetail(tr("the CA certificate file “%1” holds no certificate")
                                               .arg(m_config.caCertificatesFile));
            return m_configError;
        }
        // Setting CAs turns off Qt's on-demand loading of the system store, so the system's
        // CAs are added explicitly: the profile's CAs come on top, they do not replace them.
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    m_tls = tls;
    return std::nullopt;
}

} // namespace reportdesk::remote
