#include "OpenObserveTestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <limits>
#include <variant>

namespace reportdesk::test {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const QString kDefault = QStringLiteral("default");

// {"code":N,"message":...} (protocols.md 1.2)
LoopbackResponse envelope(int status, const QString &message)
{
    return LoopbackResponse::json(status,
                                  QJsonObject{{key("code"), status}, {key("message"), message}});
}

LoopbackResponse unauthorized()
{
    return LoopbackResponse::text(401, "Unauthorized Access")
        .withHeader("WWW-Authenticate", "Bearer realm=\"openobserve\"");
}

qint64 nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

QString rfc3339Now()
{
    // chrono's to_rfc3339: an explicit offset, never "Z".
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("+00:00");
}

// --- serde-like deserialization ------------------------------------------------------------
// A failure is the plain-text 422 body axum's Json extractor sends.

struct DeError {
    QString text;
};

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean `%1`")
            .arg(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return v.toDouble() == double(v.toInteger())
                   ? QStringLiteral("integer `%1`").arg(v.toInteger())
                   : QStringLiteral("floating point `%1`").arg(v.toDouble());
    case QJsonValue::String:
        return QStringLiteral("string \"%1\"").arg(v.toString());
    case QJsonValue::Array:
        return QStringLiteral("sequence");
    case QJsonValue::Object:
        return QStringLiteral("map");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("unit");
}

class Reader {
public:
    Reader(QJsonObject in, QString path)
        : m_in(std::move(in))
        , m_path(std::move(path))
    {}

    // Each read copies the (possibly defaulted) value into out under the same key.
    void string(const char *name, bool required, const QString &def = {})
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined() || (v.isNull() && !required)) {
            if (required)
                return fail(QStringLiteral("missing field `%1`").arg(key(name)));
            m_out.insert(key(name), def);
            return;
        }
        if (!v.isString())
            return fail(typeError(name, v, "a string"));
        m_out.insert(key(name), v);
    }
    void optionalString(const char *name) // Option<String>: omitted when null
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return fail(typeError(name, v, "a string"));
        m_out.insert(key(name), v);
    }
    void boolean(const char *name, bool def)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined()) {
            m_out.insert(key(name), def);
            return;
        }
        if (!v.isBool())
            return fail(typeError(name, v, "a boolean"));
        m_out.insert(key(name), v);
    }
    void integer(const char *name, qint64 def, qint64 min, qint64 max, const char *type)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined()) {
            m_out.insert(key(name), def);
            return;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < min ||
            v.toInteger() > max)
            return fail(typeError(name, v, type));
        m_out.insert(key(name), v.toInteger());
    }
    void requiredInteger(const char *name, const char *type)
    {
        if (!m_in.contains(key(name)))
            return fail(QStringLiteral("missing field `%1`").arg(key(name)));
        integer(name, 0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
                type);
    }
    void variant(const char *name, const QStringList &variants, const QString &def, bool required)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined()) {
            if (required)
                return fail(QStringLiteral("missing field `%1`").arg(key(name)));
            m_out.insert(key(name), def);
            return;
        }
        if (!v.isString())
            return fail(typeError(name, v, "a string"));
        if (!variants.contains(v.toString())) {
            QStringList quoted;
            for (const QString &x : variants)
                quoted << QStringLiteral("`%1`").arg(x);
            return fail(QStringLiteral("%1: unknown variant `%2`, expected one of %3")
                            .arg(at(name), v.toString(), quoted.join(QStringLiteral(", "))));
        }
        m_out.insert(key(name), v);
    }
    void stringArray(const char *name, bool required)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined()) {
            if (required)
                return fail(QStringLiteral("missing field `%1`").arg(key(name)));
            m_out.insert(key(name), QJsonArray());
            return;
        }
        if (!v.isArray())
            return fail(typeError(name, v, "a sequence"));
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isString())
                return fail(typeError(name, x, "a string"));
        }
        m_out.insert(key(name), v);
    }
    // Nested struct or array of structs, read by `read`.
    void object(const char *name, bool required,
                const std::function<std::optional<QJsonObject>(const QJsonObject &, const QString &,
                                                               DeError *)> &read,
                std::optional<QJsonObject> def, bool nullable = false)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined() || (nullable && v.isNull())) {
            if (required)
                return fail(QStringLiteral("missing field `%1`").arg(key(name)));
            if (def)
                m_out.insert(key(name), *def);
            return;
        }
        if (!v.isObject())
            return fail(typeError(name, v, "a map"));
        DeError e;
        const auto o = read(v.toObject(), at(name), &e);
        if (!o)
            return fail(e.text);
        m_out.insert(key(name), *o);
    }
    void array(const char *name, bool required,
               const std::function<std::optional<QJsonValue>(const QJsonValue &, const QString &,
                                                             DeError *)> &read)
    {
        const QJsonValue v = m_in.value(key(name));
        if (v.isUndefined()) {
            if (required)
                return fail(QStringLiteral("missing field `%1`").arg(key(name)));
            m_out.insert(key(name), QJsonArray());
            return;
        }
        if (!v.isArray())
            return fail(typeError(name, v, "a sequence"));
        QJsonArray out;
        const QJsonArray in = v.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            DeError e;
            const auto x = read(in.at(i), QStringLiteral("%1[%2]").arg(at(name)).arg(i), &e);
            if (!x)
                return fail(e.text);
            out.append(*x);
        }
        m_out.insert(key(name), out);
    }

    std::optional<QJsonObject> result(DeError *error) const
    {
        if (m_error.isEmpty())
            return m_out;
        error->text = m_error;
        return std::nullopt;
    }

private:
    QString at(const char *name) const
    {
        return m_path.isEmpty() ? key(name) : m_path + QLatin1Char('.') + key(name);
    }
    QString typeError(const char *name, const QJsonValue &v, const char *expected) const
    {
        return QStringLiteral("%1: invalid type: %2, expected %3")
            .arg(at(name), describe(v), QString::fromLatin1(expected));
    }
    void fail(const QString &text)
    {
        if (m_error.isEmpty())
            m_error = text;
    }

    QJsonObject m_in;
    QString m_path;
    QJsonObject m_out;
    QString m_error;
};

std::optional<QJsonObject> readFrequency(const QJsonObject &in, const QString &path, DeError *e)
{
    Reader r(in, path);
    r.integer("interval", 0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
              "i64");
    r.string("cron", false);
    r.variant("type",
              {QStringLiteral("once"), QStringLiteral("hours"), QStringLiteral("days"),
               QStringLiteral("weeks"), QStringLiteral("months"), QStringLiteral("cron")},
              QStringLiteral("weeks"), false);
    r.boolean("align_time", true);
    return r.result(e);
}

std::optional<QJsonObject> readTimerange(const QJsonObject &in, const QString &path, DeError *e)
{
    // No per-field defaults: all four keys are required when the object is present.
    Reader r(in, path);
    r.variant("type", {QStringLiteral("relative"), QStringLiteral("absolute")}, {}, true);
    r.string("period", true);
    r.requiredInteger("from", "i64");
    r.requiredInteger("to", "i64");
    return r.result(e);
}

std::optional<QJsonObject> readDimensions(const QJsonObject &in, const QString &path, DeError *e)
{
    Reader r(in, path);
    if (!in.contains(key("width")) || !in.contains(key("height"))) {
        e->text = QStringLiteral("%1: missing field `%2`")
                      .arg(path, in.contains(key("width")) ? key("height") : key("width"));
        return std::nullopt;
    }
    r.integer("width", 0, 0, std::numeric_limits<quint32>::max(), "u32");
    r.integer("height", 0, 0, std::numeric_limits<quint32>::max(), "u32");
    return r.result(e);
}

std::optional<QJsonValue> readVariable(const QJsonValue &in, const QString &path, DeError *e)
{
    if (!in.isObject()) {
        e->text = QStringLiteral("%1: invalid type: %2, expected struct ReportDashboardVariable")
                      .arg(path, describe(in));
        return std::nullopt;
    }
    Reader r(in.toObject(), path);
    r.string("key", true);
    r.string("value", true);
    r.optionalString("id");
    const auto o = r.result(e);
    return o ? std::optional<QJsonValue>(*o) : std::nullopt;
}

std::optional<QJsonValue> readDashboard(const QJsonValue &in, const QString &path, DeError *e)
{
    if (!in.isObject()) {
        e->text = QStringLiteral("%1: invalid type: %2, expected struct ReportDashboard")
                      .arg(path, describe(in));
        return std::nullopt;
    }
    Reader r(in.toObject(), path);
    r.string("dashboard", true);
    r.string("folder", true);
    r.stringArray("tabs", true);
    r.array("variables", false, readVariable);
    r.object("timerange", false, readTimerange,
             QJsonObject{{key("type"), QStringLiteral("relative")},
                         {key("period"), QStringLiteral("1w")},
                         {key("from"), 0},
                         {key("to"), 0}});
    r.variant("report_type", {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("csv")},
              QStringLiteral("pdf"), false);
    r.variant("email_attachment_type", {QStringLiteral("standard"), QStringLiteral("inline")},
              QStringLiteral("standard"), false);
    r.object("attachment_dimensions", false, readDimensions, std::nullopt, true);
    const auto o = r.result(e);
    return o ? std::optional<QJsonValue>(*o) : std::nullopt;
}

// Externally tagged enum with one variant: {"email": "..."}.
std::optional<QJsonValue> readDestination(const QJsonValue &in, const QString &path, DeError *e)
{
    if (in.isString()) {
        e->text =
            QStringLiteral("%1: unknown variant `%2`, expected `email`").arg(path, in.toString());
        return std::nullopt;
    }
    const QJsonObject o = in.toObject();
    if (!in.isObject() || o.size() != 1) {
        e->text = QStringLiteral("%1: invalid type: %2, expected enum ReportDestination")
                      .arg(path, describe(in));
        return std::nullopt;
    }
    if (!o.contains(key("email"))) {
        e->text = QStringLiteral("%1: unknown variant `%2`, expected `email`")
                      .arg(path, o.constBegin().key());
        return std::nullopt;
    }
    if (!o.value(key("email")).isString()) {
        e->text = QStringLiteral("%1.email: invalid type: %2, expected a string")
                      .arg(path, describe(o.value(key("email"))));
        return std::nullopt;
    }
    return QJsonValue(o);
}

// The Report struct (protocols.md 1.4): top level camelCase, nested snake_case, unknown keys
// dropped.
std::optional<QJsonObject> readReport(const QJsonObject &in, DeError *e)
{
    Reader r(in, {});
    r.string("name", false);
    r.string("title", false);
    r.string("orgId", true);
    r.object("frequency", false, readFrequency,
             QJsonObject{{key("interval"), 1},
                         {key("cron"), QString()},
                         {key("type"), QStringLiteral("weeks")},
                         {key("align_time"), true}});
    r.integer("start", 0, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(),
              "i64");
    r.array("dashboards", true, readDashboard);
    r.array("destinations", true, readDestination);
    r.string("description", false);
    r.string("message", false);
    r.boolean("enabled", false);
    r.boolean("imagePreview", false);
    r.string("timezone", false);
    r.integer("timezoneOffset", 0, std::numeric_limits<qint32>::min(),
              std::numeric_limits<qint32>::max(), "i32");
    r.string("createdAt", false);
    r.optionalString("updatedAt");
    r.string("owner", false);
    r.string("lastEditedBy", false);
    return r.result(e);
}

// The request's JSON body as axum's Json<T> extractor takes it: 415, 400 or 422 on failure.
std::variant<QJsonObject, LoopbackResponse>
jsonBody(const LoopbackRequest &request,
         const std::function<std::optional<QJsonObject>(const QJsonObject &, DeError *)> &read)
{
    if (!request.header("Content-Type").toLower().startsWith("application/json"))
        return LoopbackResponse::text(415, "Expected request with `Content-Type: "
                                           "application/json`");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return LoopbackResponse::text(400, "Failed to parse the request body as JSON: " +
                                               parseError.errorString().toUtf8());
    if (!doc.isObject())
        return LoopbackResponse::text(422, "Failed to deserialize the JSON body into the target "
                                           "type: invalid type: expected a map");
    DeError e;
    const auto o = read(doc.object(), &e);
    if (!o)
        return LoopbackResponse::text(422, "Failed to deserialize the JSON body into the target "
                                           "type: " +
                                               e.text.toUtf8());
    return *o;
}

bool boolQuery(const LoopbackRequest &r, const QString &name, bool def)
{
    if (!r.query.hasQueryItem(name))
        return def;
    const QString v = r.queryValue(name);
    if (v == QLatin1String("true"))
        return true;
    return false; // missing or unparsable: false (protocols.md 1.3 #7, #15)
}

bool validCron(const QString &cron)
{
    const QStringList fields = cron.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() < 6 || fields.size() > 7)
        return false;
    static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*/,?#L-]+$"));
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &f) { return field.match(f).hasMatch(); });
}

} // namespace

// --- Set-up --------------------------------------------------------------------------------

OpenObserveTestServer::OpenObserveTestServer(QObject *parent)
    : QObject(parent)
{
    addRoutes();
}

OpenObserveTestServer::~OpenObserveTestServer() = default;

bool OpenObserveTestServer::listen()
{
    return m_http.listen();
}

void OpenObserveTestServer::addUser(const QString &email, const QString &password)
{
    m_passwords.insert(email, password);
}

void OpenObserveTestServer::addToken(const QString &token, const QString &email)
{
    m_tokens.insert(token, email);
}

void OpenObserveTestServer::addDashboard(const QString &folder, const QString &dashboard,
                                         const QStringList &tabs)
{
    m_dashboards.insert(dashboard, {folder, tabs});
}

QString OpenObserveTestServer::addFolder(const QString &name, const QString &description,
                                         const QString &org)
{
    const QString id = newKsuid();
    (void)folders(org); // creates the default folder
    m_folders[org].append({id, name, description});
    return id;
}

QString OpenObserveTestServer::addReport(const QString &folderId, const QJsonObject &report,
                                         const QString &org)
{
    DeError e;
    const auto canonical = readReport(report, &e);
    Q_ASSERT_X(canonical, "OpenObserveTestServer::addReport", qPrintable(e.text));
    StoredReport s;
    s.id = newKsuid();
    s.org = org;
    s.folderId = folderId;
    s.report = canonical.value_or(report);
    if (s.report.value(key("createdAt")).toString().isEmpty())
        s.report.insert(key("createdAt"), rfc3339Now());
    s.createdAtMicros = nowMicros();
    m_reports.append(s);
    return s.id;
}

void OpenObserveTestServer::failNext(const QByteArray &method, const QString &pathSuffix,
                                     LoopbackResponse response)
{
    m_injected.append({method, pathSuffix, std::move(response)});
}

QList<OpenObserveTestServer::Folder> OpenObserveTestServer::folders(const QString &org) const
{
    auto &list = const_cast<OpenObserveTestServer *>(this)->m_folders[org];
    if (list.isEmpty() || list.first().id != kDefault)
        list.prepend({kDefault, kDefault, QStringLiteral("The default folder")});
    return list;
}

std::optional<OpenObserveTestServer::StoredReport>
OpenObserveTestServer::report(const QString &id) const
{
    for (const StoredReport &s : m_reports) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

std::optional<OpenObserveTestServer::StoredReport>
OpenObserveTestServer::reportByName(const QString &folderId, const QString &name,
                                    const QString &org) const
{
    for (const StoredReport &s : m_reports) {
        if (s.org == org && s.folderId == folderId &&
            s.report.value(key("name")).toString() == name)
            return s;
    }
    return std::nullopt;
}

// KSUID: 4 bytes of seconds since 2014-05-13 plus 16 random bytes, as 27 base62 characters.
QString OpenObserveTestServer::newKsuid()
{
    QByteArray bytes(20, '\0');
    const quint32 stamp = quint32(QDateTime::currentSecsSinceEpoch() - 1400000000);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((stamp >> (24 - 8 * i)) & 0xff);
    for (int i = 4; i < 20; ++i)
        bytes[i] = char(QRandomGenerator::global()->bounded(256));
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString out;
    QByteArray n = bytes;
    while (std::any_of(n.cbegin(), n.cend(), [](char c) { return c != 0; })) {
        int remainder = 0;
        for (auto &c : n) {
            const int value = remainder * 256 + quint8(c);
            c = char(value / 62);
            remainder = value % 62;
        }
        out.prepend(QLatin1Char(alphabet[remainder]));
    }
    while (out.size() < 27)
        out.prepend(QLatin1Char('0'));
    return out;
}

bool OpenObserveTestServer::isKsuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]{27}$"));
    return re.match(text).hasMatch();
}

// --- Routing and auth ----------------------------------------------------------------------

std::optional<OpenObserveTestServer::Caller>
OpenObserveTestServer::authenticate(const LoopbackRequest &request) const
{
    const QByteArray auth = request.header("Authorization");
    if (auth.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return std::nullopt;
        const QString user = QString::fromUtf8(decoded.left(colon));
        const QString password = QString::fromUtf8(decoded.mid(colon + 1));
        if (m_passwords.contains(user) && m_passwords.value(user) == password)
            return Caller{user};
        return std::nullopt;
    }
    if (auth.startsWith("Bearer ")) {
        const QString token = QString::fromUtf8(auth.mid(7).trimmed());
        if (m_tokens.contains(token))
            return Caller{m_tokens.value(token)};
    }
    return std::nullopt;
}

void OpenObserveTestServer::on(
    const QByteArray &method, const QString &pattern, const QString &action,
    std::function<LoopbackResponse(const LoopbackRequest &, const Caller &)> handler)
{
    const bool v2 = pattern.startsWith(QLatin1String("/api/v2/"));
    m_http.route(method, pattern, [=, this](const LoopbackRequest &r) {
        for (qsizetype i = 0; i < m_injected.size(); ++i) {
            const Injected &x = m_injected.at(i);
            if (x.method == r.method && r.path.endsWith(x.suffix))
                return m_injected.takeAt(i).response;
        }
        if (v2 && !m_v2Enabled) // an older server: no such route
            return LoopbackResponse::empty(404);
        const auto caller = authenticate(r);
        if (!caller)
            return unauthorized();
        if (m_forbidden.contains(action))
            return envelope(403, QStringLiteral("Unauthorized Access"));
        return handler(r, *caller);
    });
}

void OpenObserveTestServer::addRoutes()
{
    using R = const LoopbackRequest &;
    using C = const Caller &;
    const QString v1 = QStringLiteral("/api/{org}/reports");
    const QString v2 = QStringLiteral("/api/v2/{org}/reports");
    const QString folders = QStringLiteral("/api/v2/{org}/folders/reports");

    // v1, keyed by name.
    on("POST", v1, QStringLiteral("create"),
       [this](R r, C c) { return createReport(r, c, Api::V1); });
    on("GET", v1, QStringLiteral("list"), [this](R r, C) { return listReports(r, Api::V1); });
    on("GET", v1 + QStringLiteral("/{id}"), QStringLiteral("get"),
       [this](R r, C) { return getReport(r, Api::V1); });
    on("PUT", v1 + QStringLiteral("/{id}"), QStringLiteral("update"),
       [this](R r, C c) { return updateReport(r, c, Api::V1); });
    on("DELETE", v1 + QStringLiteral("/{id}"), QStringLiteral("delete"),
       [this](R r, C) { return deleteReport(r, Api::V1); });
    on("PUT", v1 + QStringLiteral("/{id}/enable"), QStringLiteral("enable"),
       [this](R r, C) { return enableReport(r, Api::V1); });
    on("PUT", v1 + QStringLiteral("/{id}/trigger"), QStringLiteral("trigger"),
       [this](R r, C) { return triggerReport(r, Api::V1); });

    // v2, keyed by KSUID.
    on("POST", v2, QStringLiteral("create"),
       [this](R r, C c) { return createReport(r, c, Api::V2); });
    on("GET", v2, QStringLiteral("list"), [this](R r, C) { return listReports(r, Api::V2); });
    on("GET", v2 + QStringLiteral("/{id}"), QStringLiteral("get"),
       [this](R r, C) { return getReport(r, Api::V2); });
    on("PUT", v2 + QStringLiteral("/{id}"), QStringLiteral("update"),
       [this](R r, C c) { return updateReport(r, c, Api::V2); });
    on("DELETE", v2 + QStringLiteral("/{id}"), QStringLiteral("delete"),
       [this](R r, C) { return deleteReport(r, Api::V2); });
    on("PATCH", v2 + QStringLiteral("/{id}/enable"), QStringLiteral("enable"),
       [this](R r, C) { return enableReport(r, Api::V2); });
    on("PUT", v2 + QStringLiteral("/{id}/trigger"), QStringLiteral("trigger"),
       [this](R r, C) { return triggerReport(r, Api::V2); });

    // Literal segments win over {id} (routes added later are tried first).
    on("DELETE", v1 + QStringLiteral("/bulk"), QStringLiteral("delete"),
       [this](R r, C) { return bulkDelete(r, Api::V1); });
    on("DELETE", v2 + QStringLiteral("/bulk"), QStringLiteral("delete"),
       [this](R r, C) { return bulkDelete(r, Api::V2); });
    on("PATCH", v2 + QStringLiteral("/move"), QStringLiteral("move"),
       [this](R r, C) { return moveReports(r); });

    // Report folders.
    on("GET", folders, QStringLiteral("folders"), [this](R r, C) { return listFolders(r); });
    on("POST", folders, QStringLiteral("folders"), [this](R r, C) { return createFolder(r); });
    on("GET", folders + QStringLiteral("/{folder}"), QStringLiteral("folders"),
       [this](R r, C) { return getFolder(r, false); });
    on("GET", folders + QStringLiteral("/name/{folder}"), QStringLiteral("folders"),
       [this](R r, C) { return getFolder(r, true); });
    on("PUT", folders + QStringLiteral("/{folder}"), QStringLiteral("folders"),
       [this](R r, C) { return updateFolder(r); });
    on("DELETE", folders + QStringLiteral("/{folder}"), QStringLiteral("folders"),
       [this](R r, C) { return deleteFolder(r); });
}

// --- Reports -------------------------------------------------------------------------------

OpenObserveTestServer::StoredReport *OpenObserveTestServer::find(const LoopbackRequest &r, Api api)
{
    return const_cast<StoredReport *>(std::as_const(*this).find(r, api));
}

const OpenObserveTestServer::StoredReport *OpenObserveTestServer::find(const LoopbackRequest &r,
                                                                       Api api) const
{
    const QString org = r.params.value(QStringLiteral("org"));
    const QString id = r.params.value(QStringLiteral("id"));
    for (const StoredReport &s : m_reports) {
        if (s.org != org)
            continue;
        if (api == Api::V2
                ? s.id == id
                : (s.folderId == kDefault && s.report.value(key("name")).toString() == id))
            return &s;
    }
    return nullptr;
}

bool OpenObserveTestServer::folderExists(const QString &org, const QString &id) const
{
    const auto list = folders(org);
    return std::any_of(list.cbegin(), list.cend(), [&](const Folder &f) { return f.id == id; });
}

std::optional<std::pair<int, QString>>
OpenObserveTestServer::validate(const QJsonObject &report, bool checkDashboards, const QString &org,
                                const QString &folderId, const QString &exceptId) const
{
    const QString name = report.value(key("name")).toString();
    if (name.trimmed().isEmpty())
        return std::pair{400, QStringLiteral("Report name is required")};
    if (name.contains(QLatin1Char('/')))
        return std::pair{400, QStringLiteral("Report name cannot contain '/'")};
    static const QRegularExpression unsupported(QStringLiteral("[:#?\\s'\"%&]"));
    if (unsupported.match(name).hasMatch())
        return std::pair{400, QStringLiteral("Report name cannot contain ':', '#', '?', '&', "
                                             "'%', quotes and space characters")};
    const QJsonArray dashboards = report.value(key("dashboards")).toArray();
    if (dashboards.isEmpty())
        return std::pair{400, QStringLiteral("Atleast one dashboard is required")};
    for (const QJsonValue &v : dashboards) {
        const QJsonObject d = v.toObject();
        if (d.value(key("tabs")).toArray().isEmpty())
            return std::pair{400, QStringLiteral("Atleast one tab is required")};
        if (d.value(key("email_attachment_type")).toString() == QLatin1String("inline") &&
            d.value(key("report_type")).toString() == QLatin1String("pdf"))
            return std::pair{400, QStringLiteral("Inline attachment type is only supported for "
                                                 "PNG reports, not PDF")};
    }
    const QJsonObject frequency = report.value(key("frequency")).toObject();
    if (frequency.value(key("type")).toString() == QLatin1String("cron") &&
        !validCron(frequency.value(key("cron")).toString()))
        return std::pair{400, QStringLiteral("Invalid cron expression: %1")
                                  .arg(frequency.value(key("cron")).toString())};
    if (checkDashboards) {
        for (const QJsonValue &v : dashboards) {
            const QJsonObject d = v.toObject();
            const auto it = m_dashboards.constFind(d.value(key("dashboard")).toString());
            // Only tabs[0] is checked (protocols.md 1.4).
            if (it == m_dashboards.cend() || it->folder != d.value(key("folder")).toString() ||
                !it->tabs.contains(d.value(key("tabs")).toArray().first().toString()))
                return std::pair{404, QStringLiteral("Some dashboards/tabs not found")};
        }
    }
    if (!report.value(key("destinations")).toArray().isEmpty() && !m_smtpEnabled)
        return std::pair{500, QStringLiteral("SMTP configuration not enabled")};
    for (const StoredReport &s : m_reports) {
        if (s.org == org && s.folderId == folderId && s.id != exceptId &&
            s.report.value(key("name")).toString() == name)
            return std::pair{400, QStringLiteral("Report already exists")};
    }
    return std::nullopt;
}

LoopbackResponse OpenObserveTestServer::createReport(const LoopbackRequest &r, const Caller &c,
                                                     Api api)
{
    const auto body = jsonBody(r, readReport);
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    QJsonObject report = std::get<QJsonObject>(body);
    const QString org = r.params.value(QStringLiteral("org"));
    // v1 ignores ?folder= and always saves into `default`.
    const QString folderId = api == Api::V2 && r.query.hasQueryItem(QStringLiteral("folder"))
                                 ? r.queryValue(QStringLiteral("folder"))
                                 : kDefault;
    if (api == Api::V2 && !folderExists(org, folderId))
        return envelope(404, QStringLiteral("Folder not found"));
    if (const auto problem = validate(report, true, org, folderId, {}))
        return envelope(api == Api::V1 ? 400 : problem->first, problem->second);
    report.insert(key("owner"), c.email);
    report.insert(key("lastEditedBy"), c.email);
    report.insert(key("createdAt"), rfc3339Now());
    report.remove(key("updatedAt"));
    StoredReport s;
    s.id = newKsuid();
    s.org = org;
    s.folderId = folderId;
    s.report = report;
    s.createdAtMicros = nowMicros();
    m_reports.append(s);
    return envelope(200, QStringLiteral("Report saved"));
}

QJsonObject OpenObserveTestServer::listItem(const StoredReport &s) const
{
    QString folderName;
    for (const Folder &f : folders(s.org)) {
        if (f.id == s.folderId)
            folderName = f.name;
    }
    const QJsonObject r = s.report;
    QJsonArray dashboards;
    if (const QJsonArray all = r.value(key("dashboards")).toArray(); !all.isEmpty()) {
        const QJsonObject d = all.first().toObject();
        // `folder` carries the report's folder id here (protocols.md 1.5).
        dashboards.append(QJsonObject{{key("dashboard"), d.value(key("dashboard"))},
                                      {key("folder"), s.folderId},
                                      {key("tabs"), d.value(key("tabs"))},
                                      {key("timerange"), d.value(key("timerange"))}});
    }
    const auto orNull = [](const QJsonValue &v) {
        return v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : v;
    };
    return QJsonObject{
        {key("report_id"), s.id},
        {key("folder_id"), s.folderId},
        {key("folder_name"), folderName},
        {key("name"), r.value(key("name"))},
        {key("owner"), orNull(r.value(key("owner")))},
        {key("description"), orNull(r.value(key("description")))},
        {key("created_at"), s.createdAtMicros},
        {key("dashboards"), dashboards},
        {key("frequency"), r.value(key("frequency"))},
        {key("enabled"), r.value(key("enabled"))},
        {key("org_id"), s.org},
        {key("last_triggered_at"), s.lastTriggeredAtMicros ? QJsonValue(*s.lastTriggeredAtMicros)
                                                           : QJsonValue(QJsonValue::Null)},
    };
}

LoopbackResponse OpenObserveTestServer::listReports(const LoopbackRequest &r, Api api) const
{
    const QString org = r.params.value(QStringLiteral("org"));
    const QString folderParam =
        api == Api::V2 ? QStringLiteral("folder") : QStringLiteral("folder_id");
    const bool anyFolder = api == Api::V1 && !r.query.hasQueryItem(folderParam);
    const QString folder = r.query.hasQueryItem(folderParam) ? r.queryValue(folderParam) : kDefault;
    const QString substring =
        api == Api::V2 ? r.queryValue(QStringLiteral("report_name_substring")) : QString();
    const QString dashboard = r.queryValue(QStringLiteral("dashboard_id"));
    const bool hasCache = r.query.hasQueryItem(QStringLiteral("cache"));
    const bool cache = boolQuery(r, QStringLiteral("cache"), false);
    QJsonArray out;
    for (const StoredReport &s : m_reports) {
        if (s.org != org || (!anyFolder && s.folderId != folder))
            continue;
        if (!substring.isEmpty() &&
            !s.report.value(key("name")).toString().contains(substring, Qt::CaseInsensitive))
            continue;
        const QJsonArray dashboards = s.report.value(key("dashboards")).toArray();
        if (!dashboard.isEmpty() &&
            std::none_of(dashboards.cbegin(), dashboards.cend(), [&](const QJsonValue &d) {
                return d.toObject().value(key("dashboard")).toString() == dashboard;
            }))
            continue;
        // cache=true: only reports without destinations; false: only with.
        if (hasCache && cache != s.report.value(key("destinations")).toArray().isEmpty())
            continue;
        out.append(listItem(s));
    }
    return LoopbackResponse::json(200, QJsonDocument(out));
}

LoopbackResponse OpenObserveTestServer::getReport(const LoopbackRequest &r, Api api) const
{
    const StoredReport *s = find(r, api);
    if (!s) // v1 get maps every error to 400
        return envelope(api == Api::V1 ? 400 : 404, QStringLiteral("Report not found"));
    return LoopbackResponse::json(200, s->report); // camelCase, no id
}

LoopbackResponse OpenObserveTestServer::updateReport(const LoopbackRequest &r, const Caller &c,
                                                     Api api)
{
    const int notFound = api == Api::V1 ? 400 : 404;
    const auto body = jsonBody(r, readReport);
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    QJsonObject report = std::get<QJsonObject>(body);
    StoredReport *s = find(r, api);
    if (!s)
        return envelope(notFound, QStringLiteral("Report not found"));
    if (api == Api::V1) // the path's name wins
        report.insert(key("name"), r.params.value(QStringLiteral("id")));
    QString folderId = s->folderId;
    if (api == Api::V2 && r.query.hasQueryItem(QStringLiteral("folder"))) {
        folderId = r.queryValue(QStringLiteral("folder"));
        if (!folderExists(s->org, folderId))
            return envelope(404, QStringLiteral("Folder not found"));
    }
    // v2 update does not check that dashboards and tabs exist; v1 (the shared save) does.
    if (const auto problem = validate(report, api == Api::V1, s->org, folderId, s->id))
        return envelope(api == Api::V1 ? 400 : problem->first, problem->second);
    report.insert(key("owner"), s->report.value(key("owner")));
    report.insert(key("createdAt"), s->report.value(key("createdAt")));
    report.insert(key("lastEditedBy"), c.email);
    report.insert(key("updatedAt"), rfc3339Now());
    s->report = report;
    s->folderId = folderId;
    return envelope(200, api == Api::V1 ? QStringLiteral("Report saved")
                                        : QStringLiteral("Report updated"));
}

LoopbackResponse OpenObserveTestServer::deleteReport(const LoopbackRequest &r, Api api)
{
    StoredReport *s = find(r, api);
    if (!s)
        return envelope(404, QStringLiteral("Report not found"));
    const QString id = s->id;
    m_reports.removeIf([&](const StoredReport &x) { return x.id == id; });
    return envelope(200, QStringLiteral("Report deleted"));
}

LoopbackResponse OpenObserveTestServer::bulkDelete(const LoopbackRequest &r, Api api)
{
    const auto body = jsonBody(r, [](const QJsonObject &in, DeError *e) {
        Reader reader(in, {});
        reader.stringArray("ids", true);
        return reader.result(e);
    });
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    const QString org = r.params.value(QStringLiteral("org"));
    QJsonArray successful;
    QJsonArray unsuccessful;
    for (const QJsonValue &v : std::get<QJsonObject>(body).value(key("ids")).toArray()) {
        const QString id = v.toString();
        if (m_bulkFailures.contains(id)) {
            unsuccessful.append(id);
            continue;
        }
        // Not-found ids count as deleted (idempotent).
        m_reports.removeIf([&](const StoredReport &s) {
            return s.org == org &&
                   (api == Api::V2
                        ? s.id == id
                        : s.folderId == kDefault && s.report.value(key("name")).toString() == id);
        });
        successful.append(id);
    }
    return LoopbackResponse::json(
        200, QJsonObject{{key("successful"), successful},
                         {key("unsuccessful"), unsuccessful},
                         {key("err"), unsuccessful.isEmpty()
                                          ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(QStringLiteral("Error deleting reports"))}});
}

LoopbackResponse OpenObserveTestServer::enableReport(const LoopbackRequest &r, Api api)
{
    StoredReport *s = find(r, api);
    if (!s)
        return envelope(404, QStringLiteral("Report not found"));
    const bool value = boolQuery(r, QStringLiteral("value"), false);
    s->report.insert(key("enabled"), value);
    return LoopbackResponse::json(200, QJsonObject{{key("enabled"), value}});
}

LoopbackResponse OpenObserveTestServer::triggerReport(const LoopbackRequest &r, Api api)
{
    StoredReport *s = find(r, api);
    if (!s)
        return envelope(404, QStringLiteral("Report not found"));
    if (!m_chromeEnabled)
        return envelope(500, QStringLiteral("Chrome not enabled"));
    if (!s->report.value(key("destinations")).toArray().isEmpty() && !m_smtpEnabled)
        return envelope(500, QStringLiteral("SMTP configuration not enabled"));
    ++s->triggers;
    s->lastTriggeredAtMicros = nowMicros();
    return envelope(200, QStringLiteral("Report triggered"));
}

LoopbackResponse OpenObserveTestServer::moveReports(const LoopbackRequest &r)
{
    const auto body = jsonBody(r, [](const QJsonObject &in, DeError *e) {
        Reader reader(in, {});
        reader.stringArray("report_ids", true);
        reader.string("dst_folder_id", true);
        return reader.result(e);
    });
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    const QString org = r.params.value(QStringLiteral("org"));
    const QJsonObject o = std::get<QJsonObject>(body);
    const QString destination = o.value(key("dst_folder_id")).toString();
    if (!folderExists(org, destination))
        return envelope(404, QStringLiteral("Folder not found"));
    const QJsonArray ids = o.value(key("report_ids")).toArray();
    // One at a time; the first missing id stops, the earlier ones stay moved.
    for (const QJsonValue &v : ids) {
        auto it = std::find_if(m_reports.begin(), m_reports.end(), [&](const StoredReport &s) {
            return s.org == org && s.id == v.toString();
        });
        if (it == m_reports.end())
            return envelope(404, QStringLiteral("Report not found"));
        it->folderId = destination;
    }
    return envelope(200, ids.size() == 1 ? QStringLiteral("Report moved")
                                         : QStringLiteral("Reports moved"));
}

// --- Folders -------------------------------------------------------------------------------

namespace {
QJsonObject folderJson(const OpenObserveTestServer::Folder &f)
{
    return QJsonObject{
        {key("folderId"), f.id}, {key("name"), f.name}, {key("description"), f.description}};
}
} // namespace

LoopbackResponse OpenObserveTestServer::listFolders(const LoopbackRequest &r) const
{
    QJsonArray list;
    for (const Folder &f : folders(r.params.value(QStringLiteral("org"))))
        list.append(folderJson(f));
    return LoopbackResponse::json(200, QJsonObject{{key("list"), list}});
}

LoopbackResponse OpenObserveTestServer::createFolder(const LoopbackRequest &r)
{
    const auto body = jsonBody(r, [](const QJsonObject &in, DeError *e) {
        Reader reader(in, {});
        reader.string("name", true); // both required, no defaults
        reader.string("description", true);
        return reader.result(e);
    });
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    const QJsonObject o = std::get<QJsonObject>(body);
    const QString org = r.params.value(QStringLiteral("org"));
    const QString name = o.value(key("name")).toString().trimmed();
    if (name.isEmpty())
        return envelope(400, QStringLiteral("Folder name cannot be empty"));
    const auto list = folders(org);
    if (std::any_of(list.cbegin(), list.cend(), [&](const Folder &f) { return f.name == name; }))
        return envelope(
            400, QStringLiteral("Folder with this name already exists in this organization"));
    const QString id = addFolder(name, o.value(key("description")).toString(), org);
    return LoopbackResponse::json(200,
                                  folderJson({id, name, o.value(key("description")).toString()}));
}

LoopbackResponse OpenObserveTestServer::getFolder(const LoopbackRequest &r, bool byName) const
{
    const QString wanted = r.params.value(QStringLiteral("folder"));
    for (const Folder &f : folders(r.params.value(QStringLiteral("org")))) {
        if ((byName ? f.name : f.id) == wanted)
            return LoopbackResponse::json(200, folderJson(f));
    }
    return envelope(404, QStringLiteral("Folder not found"));
}

LoopbackResponse OpenObserveTestServer::updateFolder(const LoopbackRequest &r)
{
    const auto body = jsonBody(r, [](const QJsonObject &in, DeError *e) {
        Reader reader(in, {});
        reader.string("folderId", false);
        reader.string("name", true);
        reader.string("description", true);
        return reader.result(e);
    });
    if (const auto *error = std::get_if<LoopbackResponse>(&body))
        return *error;
    const QString org = r.params.value(QStringLiteral("org"));
    const QString id = r.params.value(QStringLiteral("folder"));
    if (id == kDefault)
        return envelope(400, QStringLiteral("Can't update default folder"));
    (void)folders(org);
    for (Folder &f : m_folders[org]) {
        if (f.id == id) {
            const QJsonObject o = std::get<QJsonObject>(body);
            f.name = o.value(key("name")).toString();
            f.description = o.value(key("description")).toString();
            return envelope(200, QStringLiteral("Folder updated"));
        }
    }
    return envelope(404, QStringLiteral("Folder not found"));
}

LoopbackResponse OpenObserveTestServer::deleteFolder(const LoopbackRequest &r)
{
    const QString org = r.params.value(QStringLiteral("org"));
    const QString id = r.params.value(QStringLiteral("folder"));
    if (!folderExists(org, id))
        return envelope(404, QStringLiteral("Folder not found"));
    if (std::any_of(m_reports.cbegin(), m_reports.cend(),
                    [&](const StoredReport &s) { return s.org == org && s.folderId == id; }))
        return envelope(400, QStringLiteral("Folder contains reports, please move/delete reports "
                                            "from folder"));
    if (id == kDefault)
        return envelope(400, QStringLiteral("Can't delete default folder"));
    m_folders[org].removeIf([&](const Folder &f) { return f.id == id; });
    return envelope(200, QStringLiteral("Folder deleted"));
}

} // namespace reportdesk::test
