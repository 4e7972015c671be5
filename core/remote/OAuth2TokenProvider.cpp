#include "remote/OAuth2TokenProvider.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace reportdesk::remote {

using namespace std::chrono;

OAuth2TokenProvider::OAuth2TokenProvider(QNetworkAccessManager *network, OAuth2Config config,
                                         QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    HttpClientConfig http;
    http.baseUrl = m_config.tokenUrl;
    http.displayName = m_config.displayName;
    http.caCertificatesFile = m_config.caCertificatesFile;
    http.transferTimeout = m_config.timeout;
    http.retry = m_config.retry;
    http.maxResponseBytes = 1024 * 1024;
    http.redactValues = {m_config.clientSecret};
    if (!m_config.credentialsInBody)
        http.auth = HttpAuth::basic(m_config.clientId, m_config.clientSecret);
    m_http = std::make_unique<HttpClient>(network, std::move(http));
}

OAuth2TokenProvider::~OAuth2TokenProvider() = default;

QDateTime OAuth2TokenProvider::now() const
{
    return m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc();
}

bool OAuth2TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && now() < m_refreshAt;
}

void OAuth2TokenProvider::token(QObject *context, TokenCallback callback)
{
    if (hasValidToken()) {
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), token = m_token] { callback(token); },
            Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_pending)
        fetch();
}

void OAuth2TokenProvider::invalidate(const QString &token)
{
    if (!token.isEmpty() && token == m_token) {
        m_token.clear();
        m_expiresAt = {};
        m_refreshAt = {};
    }
}

void OAuth2TokenProvider::fetch()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    if (m_config.credentialsInBody) {
        form.addQueryItem(QStringLiteral("client_id"), m_config.clientId);
        form.addQueryItem(QStringLiteral("client_secret"), m_config.clientSecret);
    }
    if (!m_config.audience.isEmpty())
        form.addQueryItem(QStringLiteral("audience"), m_config.audience);
    if (!m_config.scope.isEmpty())
        form.addQueryItem(QStringLiteral("scope"), m_config.scope);
    HttpRequest request = HttpRequest::postForm({}, form, tr("get an access token"));
    request.url = m_config.tokenUrl;
    request.withHeader("Accept", "application/json");
    // Asking for a token changes nothing on the server: safe to repeat after a 5xx.
    request.markIdempotent();
    ++m_requests;
    m_pending = m_http->send(std::move(request), this,
                             [this](const HttpResult &result) { onTokenResponse(result); });
}

void OAuth2TokenProvider::onTokenResponse(const HttpResult &result)
{
    m_pending = nullptr;
    auto outcome = [&]() -> RemoteResult<QString> {
        if (!result)
            return result.error();
        const auto object = result->jsonObject();
        if (!object)
            return object.error();
        const QString accessToken = object->value(QLatin1String("access_token")).toString();
        if (accessToken.isEmpty())
            return result->malformed(tr("the token response has no access_token"));
        const QJsonValue expiresValue = object->value(QLatin1String("expires_in"));
        // Some servers send the number as a string.
        qint64 lifetime = expiresValue.isString() ? expiresValue.toString().toLongLong()
                                                  : expiresValue.toInteger();
        if (lifetime <= 0)
            lifetime = m_config.defaultLifetime.count();
        const qint64 margin = std::min<qint64>(m_config.refreshMargin.count(), lifetime / 2);
        const QDateTime at = now();
        m_token = accessToken;
        m_expiresAt = at.addSecs(lifetime);
        m_refreshAt = at.addSecs(lifetime - margin);
        qCDebug(lcRemoteHttp).noquote()
            << "   access token for"
            << (m_config.displayName.isEmpty() ? HttpClient::origin(m_config.tokenUrl)
                                               : m_config.displayName)
            << "valid for" << lifetime << "s, refreshed after" << (lifetime - margin) << "s";
        return accessToken;
    }();

    // Callbacks may ask for a token again (a retry after 401): hand out the current list only.
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &w : waiters) {
        if (w.context)
            w.callback(outcome);
    }
}

} // namespace reportdesk::remote
