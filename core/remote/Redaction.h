#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace reportdesk::remote {

// Removes secrets from what the HTTP layer logs. Headers: Authorization, Proxy-Authorization,
// Cookie, Set-Cookie and API-key headers (plus any header a client names as its API-key
// header). Bodies and URL queries: client_secret, password, access/refresh/id tokens, API keys
// and S3 presigned-URL signatures, in form-encoded and JSON bodies and in query strings; user
// info in URLs. knownSecrets: the client's own secret values, blanked wherever they appear (a
// server echoing a token in an error message, a secret in a path). The placeholder is
// `<redacted>`; the shape of the text (which keys exist, how long lists are) stays readable.
namespace Redaction {

inline constexpr char kPlaceholder[] = "<redacted>";

// True for header names whose value is a credential (case-insensitive).
bool isSensitiveHeader(const QByteArray &name, const QByteArrayList &extraSensitive = {});
// True for query, form and JSON keys whose value is a credential (case-insensitive).
bool isSensitiveKey(const QString &key);

QByteArray headerValue(const QByteArray &name, const QByteArray &value,
                       const QByteArrayList &extraSensitive = {});
// "Name: value, Name: <redacted>" for a log line.
QString headers(const QList<std::pair<QByteArray, QByteArray>> &headers,
                const QByteArrayList &extraSensitive = {});
// The URL without user info and with sensitive query values replaced.
QString url(const QUrl &url);
// application/x-www-form-urlencoded body with sensitive values replaced.
QByteArray formBody(const QByteArray &body);
// JSON body with sensitive values replaced at any depth; not JSON: returned unchanged.
QByteArray jsonBody(const QByteArray &body);
// Picks form or JSON by content type (or by sniffing when unknown), then blanks known secrets.
// Bodies are clipped to maxBytes for logging.
QByteArray body(const QByteArray &contentType, const QByteArray &body,
                const QStringList &knownSecrets = {}, qsizetype maxBytes = 2048);
// Replaces every occurrence of a known secret value (also in its percent-encoded form).
QString text(QString text, const QStringList &knownSecrets);

} // namespace Redaction

} // namespace reportdesk::remote
