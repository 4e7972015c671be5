#pragma once

#include "remote/HttpClient.h"
#include "remote/RemoteError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace reportdesk::remote {

struct OAuth2Config {
    QUrl tokenUrl; // e.g. https://auth.us01.app.avalor.io/oauth2/token
    QString clientId;
    QString clientSecret;
    QString audience;    // optional form field
    QString scope;       // optional form field
    QString displayName; // names the server in errors: "Zscaler UVM “prod”"
    QString caCertificatesFile;
    std::chrono::milliseconds timeout{std::chrono::seconds(30)};
    // A token is replaced this long before it expires (at most half its lifetime).
    std::chrono::seconds refreshMargin{60};
    // Used when the response has no usable expires_in (UVM documents one hour).
    std::chrono::seconds defaultLifetime{3600};
    // true: client_id/client_secret in the form body (UVM); false: HTTP Basic.
    bool credentialsInBody = true;
    RetryPolicy retry;
    // The current time (UTC); tests move it to expire tokens without waiting.
    std::function<QDateTime()> clock;
};

// OAuth2 client-credentials grant (RFC 6749 4.4; protocols.md 4.1): POSTs grant_type,
// client_id, client_secret (and audience/scope when set) form-encoded to the token URL, keeps
// the access_token until refreshMargin before expires_in runs out, and hands it to every
// HttpClient configured with HttpAuth::oauth2(). Callers asking while a token request is under
// way wait for that one request: ten concurrent API calls cost one token call. A 401 from the
// API makes the HttpClient invalidate() the token and ask again, once.
class OAuth2TokenProvider : public QObject {
    Q_OBJECT

public:
    using TokenCallback = std::function<void(const RemoteResult<QString> &)>;

    OAuth2TokenProvider(QNetworkAccessManager *network, OAuth2Config config,
                        QObject *parent = nullptr);
    ~OAuth2TokenProvider() override;

    const OAuth2Config &config() const { return m_config; }

    // Calls back (always from the event loop, never inside this call) with a valid token or
    // the error of the token request; not at all if context is destroyed first.
    void token(QObject *context, TokenCallback callback);
    // Forgets the token if it is still the current one (the API answered 401 to it).
    void invalidate(const QString &token);
    bool hasValidToken() const;
    QDateTime expiresAt() const { return m_expiresAt; }
    // Token requests sent so far (diagnostics and tests).
    int tokenRequests() const { return m_requests; }

private:
    struct Waiter {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    QDateTime now() const;
    void fetch();
    void onTokenResponse(const HttpResult &result);

    OAuth2Config m_config;
    std::unique_ptr<HttpClient> m_http;
    QList<Waiter> m_waiters;
    QPointer<HttpCall> m_pending;
    QString m_token;
    QDateTime m_expiresAt;
    QDateTime m_refreshAt;
    int m_requests = 0;
};

} // namespace reportdesk::remote
