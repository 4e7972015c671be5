#include "remote/RemoteError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

namespace reportdesk::remote {

namespace {

constexpr qsizetype kMaxMessageChars = 300;

QString clipped(QString text)
{
    text = text.simplified();
    if (text.size() > kMaxMessageChars)
        text = text.left(kMaxMessageChars - 1).trimmed() + QChar(0x2026); // …
    return text;
}

QString messageFromJsonValue(const QJsonValue &value);

QString messageFromJsonObject(const QJsonObject &o)
{
    // Order matters: Kibana sends {"statusCode","error":"Unauthorized","message":"..."}, where
    // `message` is the useful part; OAuth2 sends {"error":"invalid_client","error_description"}.
    for (const auto key : {QLatin1String("message"), QLatin1String("error_description")}) {
        const QString s = o.value(key).toString();
        if (!s.trimmed().isEmpty())
            return s;
    }
    if (const QJsonValue err = o.value(QLatin1String("error")); !err.isUndefined()) {
        const QString s = messageFromJsonValue(err);
        if (!s.isEmpty())
            return s;
    }
    if (const QJsonArray errors = o.value(QLatin1String("errors")).toArray(); !errors.isEmpty()) {
        const QString s = messageFromJsonValue(errors.first());
        if (!s.isEmpty())
            return s;
    }
    for (const auto key : {QLatin1String("error_detail"), QLatin1String("reason"),
                           QLatin1String("detail"), QLatin1String("title")}) {
        const QString s = o.value(key).toString();
        if (!s.trimmed().isEmpty())
            return s;
    }
    return {};
}

QString messageFromJsonValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return messageFromJsonObject(value.toObject());
    return {};
}

} // namespace

RemoteError::RemoteError(Kind kind, QString serverName, QString operation)
    : m_kind(kind)
    , m_serverName(std::move(serverName))
    , m_operation(std::move(operation))
{}

RemoteError::Kind RemoteError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 405:
        return Kind::MethodNotAllowed;
    default:
        return status >= 500 ? Kind::HttpServerError : Kind::HttpClientError;
    }
}

RemoteError RemoteError::fromHttpStatus(int status, const QByteArray &body, QString serverName,
                                        QString operation)
{
    RemoteError e(kindForStatus(status), std::move(serverName), std::move(operation));
    e.m_httpStatus = status;
    e.m_serverMessage = extractServerMessage(body);
    e.m_body = body.left(64 * 1024);
    return e;
}

QString RemoteError::extractServerMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            if (doc.isObject())
                return clipped(messageFromJsonObject(doc.object()));
            if (doc.isArray() && !doc.array().isEmpty())
                return clipped(messageFromJsonValue(doc.array().first()));
            return {};
        }
    }
    if (trimmed.startsWith('<')) {
        // An HTML error page (a proxy's, usually): its title is the only readable part.
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        const auto m = title.match(QString::fromUtf8(trimmed.left(8192)));
        return m.hasMatch() ? clipped(m.captured(1)) : QString();
    }
    auto decode = QStringDecoder(QStringDecoder::Utf8);
    const QString text = decode(trimmed.left(4 * kMaxMessageChars));
    if (decode.hasError())
        return {}; // binary, not a message
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && !c.isSpace())
            return {};
    }
    return clipped(text);
}

QString RemoteError::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Payment Required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 411:
        return QStringLiteral("Length Required");
    case 413:
        return QStringLiteral("Content Too Large");
    case 414:
        return QStringLiteral("URI Too Long");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

RemoteError &RemoteError::setHttpStatus(int status)
{
    m_httpStatus = status;
    return *this;
}

RemoteError &RemoteError::setServerMessage(QString message)
{
    m_serverMessage = std::move(message);
    return *this;
}

RemoteError &RemoteError::setDetail(QString detail)
{
    m_detail = std::move(detail);
    return *this;
}

RemoteError &RemoteError::setRetryAfter(std::optional<std::chrono::seconds> wait)
{
    m_retryAfter = wait;
    return *this;
}

RemoteError &RemoteError::setBody(QByteArray body)
{
    m_body = std::move(body);
    return *this;
}

RemoteError &RemoteError::setOperation(QString operation)
{
    m_operation = std::move(operation);
    return *this;
}

RemoteError &RemoteError::setServerName(QString serverName)
{
    m_serverName = std::move(serverName);
    return *this;
}

bool RemoteError::isTransient() const
{
    if (m_kind == Kind::Timeout)
        return true;
    if (m_httpStatus == 429)
        return true;
    return m_kind == Kind::HttpServerError && m_httpStatus != 501;
}

bool RemoteError::isHttpStatus() const
{
    return m_httpStatus >= 400;
}

QString RemoteError::summary() const
{
    switch (m_kind) {
    case Kind::Configuration:
        return m_detail;
    case Kind::DnsLookup:
        return tr("the host name “%1” could not be found (DNS lookup failed)").arg(m_detail);
    case Kind::ConnectionRefused:
        return tr("the connection to %1 was refused").arg(m_detail);
    case Kind::Network:
        return tr("the server could not be reached: %1").arg(m_detail);
    case Kind::Tls:
        return tr("the server's TLS certificate is not trusted: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("no answer within %1").arg(m_detail);
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::MethodNotAllowed:
    case Kind::HttpClientError:
    case Kind::HttpServerError: {
        const QString reason = reasonPhrase(m_httpStatus);
        QString s = reason.isEmpty() ? tr("HTTP status %1").arg(m_httpStatus)
                                     : QStringLiteral("%1 %2").arg(m_httpStatus).arg(reason);
        if (m_retryAfter)
            s += tr(" (the server asks to wait %1 s)").arg(m_retryAfter->count());
        return s;
    }
    case Kind::RedirectRefused:
        return tr("the server redirected to another site (%1), which ReportDesk does not follow "
                  "so that credentials stay with this server")
            .arg(m_detail);
    case Kind::ResponseTooLarge:
        return tr("the response is larger than the limit of %1").arg(m_detail);
    case Kind::MalformedResponse:
        return tr("the response is not what was expected: %1").arg(m_detail);
    case Kind::Cancelled:
        return tr("cancelled");
    case Kind::Unsupported:
        return m_detail.isEmpty() ? tr("this server does not offer it") : m_detail;
    case Kind::ServerReported:
        return m_detail.isEmpty() ? tr("the server reported an error") : m_detail;
    }
    return {};
}

QString RemoteError::hint() const
{
    switch (m_kind) {
    case Kind::Configuration:
        return tr("Check the server profile.");
    case Kind::DnsLookup:
        return tr("Check the server address.");
    case Kind::ConnectionRefused:
        return tr("Check that the server is running and that the port is right.");
    case Kind::Network:
        return tr("Check the network connection and the server address.");
    case Kind::Tls:
        return tr("If the server uses a private certificate authority, add its CA certificate "
                  "file to the server profile.");
    case Kind::Timeout:
        return tr("The server may be busy; try again later or raise the timeout.");
    case Kind::Unauthorized:
        return tr("Check the user name and password or token.");
    case Kind::Forbidden:
        return tr("The account lacks the permission for this; ask the server's administrator.");
    case Kind::NotFound:
        return tr("Check the base URL and the organisation; the item may have been deleted.");
    case Kind::MethodNotAllowed:
        return tr("The base URL may not point to this kind of server.");
    case Kind::HttpClientError:
        return m_httpStatus == 429 ? tr("The server limits the request rate; try again later.")
                                   : QString();
    case Kind::HttpServerError:
        return tr("The server has a problem; try again later or ask its administrator.");
    case Kind::RedirectRefused:
        return tr("If that address is right, use it as the server's base URL.");
    case Kind::ResponseTooLarge:
        return tr("Check the base URL, or raise the response size limit.");
    case Kind::MalformedResponse:
        return tr("The base URL may not point to this kind of server.");
    case Kind::Cancelled:
    case Kind::Unsupported:
    case Kind::ServerReported:
        return {};
    }
    return {};
}

QString RemoteError::text() const
{
    QString s = summary();
    if (!m_serverMessage.isEmpty()) {
        QString message = m_serverMessage;
        while (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        s += QStringLiteral(" \u2014 ") + message; // em dash
    }
    if (!m_operation.isEmpty())
        s = tr("%1 failed: %2").arg(m_operation, s);
    if (!m_serverName.isEmpty())
        s = QStringLiteral("%1: %2").arg(m_serverName, s);
    if (!s.endsWith(QLatin1Char('.'))) // a detail that is a sentence already
        s += QLatin1Char('.');
    if (const QString h = hint(); !h.isEmpty())
        s += QLatin1Char(' ') + h;
    return s;
}

} // namespace reportdesk::remote
