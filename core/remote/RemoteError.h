#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <utility>
#include <variant>

namespace reportdesk::remote {

// What went wrong talking to a remote server, as a value: the kind of failure, the HTTP status
// when there was one, the server and operation it happened in, the server's own message and,
// for 429/503, how long the server asked us to wait. text() is the sentence shown to the user:
//   Grafana “ops”: list reports failed: 401 Unauthorized — invalid API key. Check the user name
//   and password or token.
// Every failure of the HTTP layer (and of the clients built on it) is one of these; nothing is
// reported as a bare QNetworkReply::NetworkError.
class RemoteError {
    Q_DECLARE_TR_FUNCTIONS(RemoteError)

public:
    enum class Kind {
        Configuration,     // bad base URL, unreadable CA file, missing credentials: fix the profile
        DnsLookup,         // the host name does not resolve
        ConnectionRefused, // nothing listens on that port
        Network,           // host unreachable, connection reset, other transport failures
        Tls,               // certificate not trusted, wrong host name, handshake failed
        Timeout,           // no (complete) answer within the transfer timeout
        Unauthorized,      // 401
        Forbidden,         // 403
        NotFound,          // 404
        MethodNotAllowed,  // 405
        HttpClientError,   // any other 4xx
        HttpServerError,   // 5xx
        RedirectRefused,   // a redirect to another origin (credentials must not follow)
        ResponseTooLarge,  // the body exceeds the configured limit
        MalformedResponse, // not the JSON (or shape) the operation expects
        Cancelled,         // the caller cancelled
        Unsupported,       // the server (kind or version) does not offer the operation
        ServerReported,    // the server answered but reports a failure of its own (a GraphQL
                           // errors[] with 200, a report run that failed): detail says what
    };

    RemoteError() = default;
    RemoteError(Kind kind, QString serverName, QString operation);

    // The kind for an HTTP status >= 400.
    static Kind kindForStatus(int status);
    // An error for an HTTP status: kind, status and the server's message taken from the body.
    static RemoteError fromHttpStatus(int status, const QByteArray &body, QString serverName,
                                      QString operation);
    // The server's own message from an error body: JSON `message`, `error_description`,
    // `error` (string or object with a message), `errors[0].message` (GraphQL),
    // `error_detail`; or a short single-line plain-text body. Empty when there is none.
    static QString extractServerMessage(const QByteArray &body);
    // "Unauthorized" for 401 etc. (English, as on the wire).
    static QString reasonPhrase(int status);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &serverName() const { return m_serverName; }
    const QString &operation() const { return m_operation; }
    const QString &serverMessage() const { return m_serverMessage; }
    // Technical detail: the TLS problems, the refused redirect's origin, the parse error.
    const QString &detail() const { return m_detail; }
    const std::optional<std::chrono::seconds> &retryAfter() const { return m_retryAfter; }
    // The (size-capped) body of an HTTP error response, for clients that need more than the
    // message (for example a GraphQL error list).
    const QByteArray &body() const { return m_body; }

    RemoteError &setHttpStatus(int status);
    RemoteError &setServerMessage(QString message);
    RemoteError &setDetail(QString detail);
    RemoteError &setRetryAfter(std::optional<std::chrono::seconds> wait);
    RemoteError &setBody(QByteArray body);
    RemoteError &setOperation(QString operation);
    RemoteError &setServerName(QString serverName);

    // True for failures worth retrying on an idempotent call: 5xx except 501, 429, timeouts.
    bool isTransient() const;
    bool isHttpStatus() const;

    // "401 Unauthorized", "the host name could not be found", ... (no server, no hint).
    QString summary() const;
    // What the user can do about it ("Check the user name and password or token.").
    QString hint() const;
    // The whole sentence: "<server>: <operation> failed: <summary> — <message>. <hint>"
    QString text() const;

private:
    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    QString m_serverName;
    QString m_operation;
    QString m_serverMessage;
    QString m_detail;
    std::optional<std::chrono::seconds> m_retryAfter;
    QByteArray m_body;
};

// A value or the RemoteError explaining why there is none. The remote counterpart of
// Result<T> (core/domain/Result.h), which only carries a message.
template <typename T> class RemoteResult {
public:
    RemoteResult(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {} // NOLINT: implicit by design
    RemoteResult(RemoteError error)
        : m_state(std::in_place_index<1>, std::move(error))
    {} // NOLINT: implicit by design

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_state); }
    T &value() { return std::get<0>(m_state); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    // The error; an empty RemoteError when ok() (so a message can be built unconditionally).
    const RemoteError &error() const
    {
        static const RemoteError none;
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, RemoteError> m_state;
};

} // namespace reportdesk::remote
