#pragma once

#include "remote/RemoteError.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcRemoteHttp)

namespace reportdesk::remote {

class HttpClient;
class OAuth2TokenProvider;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// How requests authenticate. The secret is handed in (from the SecretStore, by whoever builds
// the client); this layer never reads the keychain. See README.md.
struct HttpAuth {
    enum class Method {
        None,
        Basic,  // Authorization: Basic base64(user:secret)
        Bearer, // Authorization: Bearer secret
        ApiKey, // headerName: secret, e.g. "Authorization: ApiKey <b64>" or "X-API-Key: <key>"
        OAuth2, // Authorization: Bearer <token from tokenProvider>, refreshed on 401 once
    };
    Method method = Method::None;
    QString user;
    QString secret;
    QByteArray headerName;
    std::shared_ptr<OAuth2TokenProvider> tokenProvider;

    static HttpAuth none() { return {}; }
    static HttpAuth basic(QString user, QString password);
    static HttpAuth bearer(QString token);
    static HttpAuth apiKey(QByteArray headerName, QString value);
    static HttpAuth oauth2(std::shared_ptr<OAuth2TokenProvider> provider);
};

// Retries of transient failures (5xx except 501, 429, timeouts) on idempotent calls only.
// The wait before retry n (n = 1, 2, ...) is the server's Retry-After for 429/503 when it sent
// one (up to maxRetryAfter; a longer wait ends the call and the error carries it), otherwise
// exponential backoff with jitter: a random duration in [b/2, b] with
// b = min(initialBackoff * 2^(n-1), maxBackoff).
struct RetryPolicy {
    int maxAttempts = 3; // 1 = no retries
    std::chrono::milliseconds initialBackoff{500};
    std::chrono::milliseconds maxBackoff{std::chrono::seconds(30)};
    std::chrono::seconds maxRetryAfter{120};
    // Every wait (backoff and Retry-After) is multiplied by this before the timer is armed.
    // Tests set a tiny value; HttpCall::waits() still reports the unscaled waits.
    double timeScale = 1.0;

    static RetryPolicy noRetries()
    {
        RetryPolicy p;
        p.maxAttempts = 1;
        return p;
    }
};

// One call. path is relative to the base URL ("reports?folder=x" -> <base>/reports?folder=x);
// a path starting with "/" is relative to the base URL's origin (for paths a server hands
// back, such as Kibana's job `path`, which already carry the base path). url, when set and
// absolute, is used instead of path; with authenticate it must be on the base URL's origin.
struct HttpRequest {
    QByteArray method = "GET";
    QString path;
    QUrl url;
    QUrlQuery query; // appended to whatever query path already has
    HttpHeaders headers;
    QByteArray body;
    QByteArray contentType;
    QString operation; // "list reports": names the call in errors and logs (translated)
    std::optional<bool> idempotent; // default: GET/HEAD/PUT/DELETE/OPTIONS yes, POST/PATCH no
    std::optional<std::chrono::milliseconds> timeout;
    std::optional<qint64> maxResponseBytes;
    std::optional<RetryPolicy> retry;
    bool authenticate = true; // false: no auth header (presigned downloads on another host)
    // Statuses >= 400 delivered as an HttpResponse instead of an error (Kibana's 503 "pending"
    // when the caller polls itself). Such statuses are never retried by this layer.
    QList<int> acceptedStatuses;

    static HttpRequest get(QString path, QString operation);
    static HttpRequest head(QString path, QString operation);
    static HttpRequest deleteResource(QString path, QString operation);
    static HttpRequest post(QString path, QByteArray body, QByteArray contentType,
                            QString operation);
    static HttpRequest postJson(QString path, const QJsonDocument &json, QString operation);
    static HttpRequest postForm(QString path, const QUrlQuery &form, QString operation);
    static HttpRequest putJson(QString path, const QJsonDocument &json, QString operation);
    static HttpRequest patchJson(QString path, const QJsonDocument &json, QString operation);

    HttpRequest &withHeader(QByteArray name, QByteArray value);
    HttpRequest &withQuery(const QString &key, const QString &value);
    HttpRequest &withTimeout(std::chrono::milliseconds t);
    HttpRequest &markIdempotent(bool on = true);
    HttpRequest &accepting(QList<int> statuses);

    bool isIdempotent() const;
};

// A complete response (status < 400, or one listed in HttpRequest::acceptedStatuses).
struct HttpResponse {
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    QUrl url;         // the final URL, after same-origin redirects
    int attempts = 1; // how many times the request was sent
    QString serverName;
    QString operation;

    // The first header of that name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // Retry-After, as a wait from the response's Date (or now when it has none).
    std::optional<std::chrono::seconds> retryAfter() const;
    // The body as JSON; MalformedResponse (naming server and operation) when it is not.
    RemoteResult<QJsonDocument> json() const;
    RemoteResult<QJsonObject> jsonObject() const;
    RemoteResult<QJsonArray> jsonArray() const;
    // An error of this response's server and operation, for a client's own shape checks.
    RemoteError malformed(const QString &detail) const;
};

using HttpResult = RemoteResult<HttpResponse>;

// A call in flight: retries, waits and the final result. Owned by the HttpClient; deletes
// itself (deleteLater) after finished(). finished() is emitted exactly once and never from
// inside HttpClient::send().
class HttpCall : public QObject {
    Q_OBJECT

public:
    ~HttpCall() override;

    const HttpRequest &request() const { return m_request; }
    bool isFinished() const { return m_result.has_value(); }
    // Valid once finished.
    const HttpResult &result() const { return *m_result; }
    int attempts() const { return m_attempt; }
    // The waits planned before each retry, unscaled (see RetryPolicy::timeScale).
    const QList<std::chrono::milliseconds> &waits() const { return m_waits; }
    // Aborts the call; finished() follows at once with a Cancelled error.
    void cancel();

signals:
    void retrying(int nextAttempt, qint64 waitMs);
    void finished();

private:
    friend class HttpClient;
    HttpCall(HttpClient *client, HttpRequest request);

    void start();
    void authenticateAndSend();
    void sendAttempt(const QString &token);
    void onMetaData();
    void onReadyRead();
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void handleFailure(RemoteError error);
    void finish(HttpResult result);
    RemoteError makeError(RemoteError::Kind kind) const;
    qint64 maxBytes() const;
    std::chrono::milliseconds timeout() const;
    RetryPolicy retryPolicy() const;
    QStringList knownSecrets() const;

    HttpClient *m_client;
    HttpRequest m_request;
    HttpAuth m_auth; // holds the token provider alive while the call waits for it
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer m_waitTimer;
    QElapsedTimer m_attemptTimer;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    QList<std::chrono::milliseconds> m_waits;
    QString m_token; // the OAuth2 token of the current attempt
    QUrl m_refusedRedirect;
    int m_attempt = 0;
    bool m_authRetried = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    std::optional<HttpResult> m_result;
};

struct HttpClientConfig {
    QUrl baseUrl;        // http(s)://host[:port][/prefix]
    QString displayName; // "Grafana “ops”": names the server in errors
    HttpAuth auth;
    QString caCertificatesFile; // extra trusted CAs (PEM or DER), added to the system's
    std::chrono::milliseconds transferTimeout{std::chrono::seconds(30)};
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    HttpHeaders defaultHeaders; // per kind, e.g. {"kbn-xsrf", "true"}
    RetryPolicy retry;
    int maxRedirects = 10;
    // Further secret values to blank in logs (a token provider's client secret).
    QStringList redactValues;
};

// The HTTP layer shared by the remote server clients (see README.md in this folder): one
// instance per server profile, over a QNetworkAccessManager the caller owns and injects.
// It adds authentication, applies the transfer timeout and response size limit, keeps TLS
// verification on (extra CAs come from the profile; SSL errors are never ignored), follows
// redirects only within the same origin so credentials never reach another host, retries
// transient failures of idempotent calls with backoff and Retry-After, turns every failure
// into a RemoteError naming server, operation, status and the server's message, and logs
// (category reportdesk.remote.http) with secrets redacted. Results arrive asynchronously,
// through HttpCall::finished() or the callback given to send().
class HttpClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResult &)>;

    HttpClient(QNetworkAccessManager *network, HttpClientConfig config, QObject *parent = nullptr);
    ~HttpClient() override;

    const HttpClientConfig &config() const { return m_config; }
    QNetworkAccessManager *network() const { return m_network; }
    const QString &displayName() const { return m_config.displayName; }
    void setAuth(HttpAuth auth);

    // Starts a call. The returned HttpCall is owned by this client and deletes itself after
    // finished(); keep a QPointer if you need it later.
    HttpCall *send(HttpRequest request);
    // The same, calling onFinished(result) when done unless context has been destroyed.
    HttpCall *send(HttpRequest request, QObject *context, Callback onFinished);

    // Aborts every call in flight (each finishes with Cancelled).
    void cancelAll();
    int activeCalls() const;

    // The absolute URL a path resolves to (see HttpRequest).
    QUrl resolve(const QString &path) const;
    // An error carrying this server's name, for a client's own checks.
    RemoteError error(RemoteError::Kind kind, const QString &operation,
                      const QString &detail = {}) const;

    // scheme, host (case-insensitive) and port (defaulted by scheme) are equal.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static QString origin(const QUrl &url);
    // Retry-After in both forms: delta-seconds ("120") and HTTP-date (IMF-fixdate
    // "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 and asctime). A date is turned into a wait from
    // now (a date in the past gives 0). Empty when the value is neither form.
    static std::optional<std::chrono::seconds>
    parseRetryAfter(const QByteArray &value,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Percent-encodes one path segment (a report name with spaces or slashes).
    static QString pathSegment(const QString &segment);

private:
    friend class HttpCall;
    // The TLS configuration (system CAs plus the profile's), or why it cannot be built.
    std::optional<RemoteError> prepareTls();

    QNetworkAccessManager *m_network;
    HttpClientConfig m_config;
    std::optional<QSslConfiguration> m_tls;
    std::optional<RemoteError> m_configError;
    bool m_tlsPrepared = false;
};

} // namespace reportdesk::remote
