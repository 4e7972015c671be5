#include "remote/Redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QUrlQuery>

namespace reportdesk::remote::Redaction {

namespace {

QString placeholder()
{
    return QString::fromLatin1(kPlaceholder);
}

bool containsAny(const QString &lower, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (lower.contains(QLatin1String(n)))
            return true;
    }
    return false;
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (isSensitiveKey(it.key()))
                it.value() = placeholder();
            else
                it.value() = redactJson(it.value());
        }
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = redactJson(*it);
        return a;
    }
    return value;
}

QString decodedKey(const QByteArray &raw)
{
    QByteArray k = raw;
    k.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(k));
}

} // namespace

bool isSensitiveHeader(const QByteArray &name, const QByteArrayList &extraSensitive)
{
    const QString lower = QString::fromLatin1(name).toLower();
    for (const QByteArray &extra : extraSensitive) {
        if (lower == QString::fromLatin1(extra).toLower())
            return true;
    }
    return containsAny(lower, {"authorization", "cookie", "token", "secret", "password", "passcode",
                               "api-key", "apikey", "api_key", "credential"});
}

bool isSensitiveKey(const QString &key)
{
    const QString lower = key.toLower();
    return containsAny(lower,
                       {"password", "passwd", "passcode", "secret", "token", "apikey", "api_key",
                        "api-key", "signature", "credential", "authorization", "cookie"});
}

QByteArray headerValue(const QByteArray &name, const QByteArray &value,
                       const QByteArrayList &extraSensitive)
{
    return isSensitiveHeader(name, extraSensitive) ? QByteArray(kPlaceholder) : value;
}

QString headers(const QList<std::pair<QByteArray, QByteArray>> &headers,
                const QByteArrayList &extraSensitive)
{
    QStringList parts;
    parts.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        parts << QStringLiteral("%1: %2").arg(
            QString::fromLatin1(name), QString::fromUtf8(headerValue(name, value, extraSensitive)));
    }
    return parts.join(QStringLiteral(", "));
}

QString url(const QUrl &url)
{
    QString out = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                               QUrl::FullyEncoded);
    if (!url.hasQuery())
        return out;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    out += QLatin1Char('?') + QString::fromUtf8(formBody(query));
    return out;
}

QByteArray formBody(const QByteArray &body)
{
    QByteArrayList pairs = body.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            continue;
        if (isSensitiveKey(decodedKey(pair.left(eq))))
            pair = pair.left(eq + 1) + kPlaceholder;
    }
    return pairs.join('&');
}

QByteArray jsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return body;
    if (doc.isObject())
        return QJsonDocument(redactJson(doc.object()).toObject()).toJson(QJsonDocument::Compact);
    if (doc.isArray())
        return QJsonDocument(redactJson(doc.array()).toArray()).toJson(QJsonDocument::Compact);
    return body;
}

QByteArray body(const QByteArray &contentType, const QByteArray &data,
                const QStringList &knownSecrets, qsizetype maxBytes)
{
    if (data.isEmpty())
        return {};
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = data.trimmed();
    QByteArray out;
    if (type.contains("x-www-form-urlencoded")) {
        out = formBody(data);
    } else if (type.contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[')) {
        out = jsonBody(data);
    } else {
        auto decode = QStringDecoder(QStringDecoder::Utf8);
        const QString asText = decode(data.left(maxBytes));
        if (decode.hasError())
            return QByteArrayLiteral("<") + QByteArray::number(data.size()) +
                   QByteArrayLiteral(" bytes of binary data>");
        out = data;
        if (!type.startsWith("text/") && !data.contains(' ') && data.contains('='))
            out = formBody(data); // an unlabelled form body
    }
    out = text(QString::fromUtf8(out), knownSecrets).toUtf8();
    if (out.size() > maxBytes)
        out = out.left(maxBytes) + "… (" + QByteArray::number(data.size()) + " bytes)";
    return out;
}

QString text(QString text, const QStringList &knownSecrets)
{
    for (const QString &secret : knownSecrets) {
        // Very short "secrets" would blank ordinary words; a real credential is longer.
        if (secret.size() < 3)
            continue;
        text.replace(secret, placeholder());
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, placeholder());
    }
    return text;
}

} // namespace reportdesk::remote::Redaction
