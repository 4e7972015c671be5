#include "UvmTestServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace reportdesk::test {

namespace {

QByteArray mediaType(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

LoopbackResponse oauthError(int status, const QString &error, const QString &description)
{
    return LoopbackResponse::json(status,
                                  QJsonObject{{QStringLiteral("error"), error},
                                              {QStringLiteral("error_description"), description}});
}

LoopbackResponse s3Error(int status, const QByteArray &code, const QByteArray &message)
{
    return LoopbackResponse::bytes(status,
                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" +
                                       code + "</Code><Message>" + message +
                                       "</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>",
                                   "application/xml");
}

} // namespace

UvmTestServer::UvmTestServer(QString basePath, QObject *parent)
    : QObject(parent)
    , m_basePath(std::move(basePath))
{
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);
    m_api.route("POST", tokenPath(), [this](const LoopbackRequest &r) { return token(r); });
    m_api.route("POST", graphqlPath(), [this](const LoopbackRequest &r) { return graphql(r); });
    m_files.route("GET", QStringLiteral("/uvm-exports/{rest*}"),
                  [this](const LoopbackRequest &r) { return download(r); });
}

UvmTestServer::~UvmTestServer() = default;

bool UvmTestServer::start()
{
    return m_api.listen() && m_files.listen();
}

QUrl UvmTestServer::baseUrl() const
{
    QUrl url = m_api.url(QStringLiteral("/"));
    url.setPath(m_basePath.isEmpty() ? QString() : m_basePath);
    return url;
}

QDateTime UvmTestServer::now() const
{
    return clock ? clock() : QDateTime::currentDateTimeUtc();
}

void UvmTestServer::expireAllTokens()
{
    const QDateTime past = now().addSecs(-1);
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = past;
}

QList<UvmTestServer::Run> UvmTestServer::runs() const
{
    QList<Run> out;
    for (const QString &id : m_runOrder)
        out << m_runs.value(id);
    return out;
}

void UvmTestServer::injectResponse(const QString &graphqlName, const LoopbackResponse &response)
{
    m_injected.insert(graphqlName, response);
}

void UvmTestServer::injectGraphqlError(const QString &graphqlName, const QString &message,
                                       const QString &code)
{
    m_injected.insert(graphqlName, graphqlError(200, message, code, graphqlName));
}

QList<LoopbackRequest> UvmTestServer::tokenRequests() const
{
    QList<LoopbackRequest> out;
    for (const LoopbackRequest &r : m_api.requests()) {
        if (r.path == tokenPath())
            out << r;
    }
    return out;
}

QList<LoopbackRequest> UvmTestServer::graphqlRequests(const QString &graphqlName) const
{
    QList<LoopbackRequest> out;
    for (const LoopbackRequest &r : m_api.requests()) {
        if (r.path == graphqlPath() &&
            (graphqlName.isEmpty() || r.header("graphqlname") == graphqlName.toUtf8()))
            out << r;
    }
    return out;
}

// --- Token endpoint (protocols.md 4.1) ------------------------------------------------------

LoopbackResponse UvmTestServer::token(const LoopbackRequest &request)
{
    if (mediaType(request.header("Content-Type")) != "application/x-www-form-urlencoded")
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The token request must be "
                                         "application/x-www-form-urlencoded"));
    if (!request.header("Accept").contains("application/json"))
        return LoopbackResponse::text(406, "Not Acceptable: accept application/json");
    const QUrlQuery form = request.form();
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be client_credentials"));
    if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != clientId ||
        form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded) != clientSecret)
        return oauthError(401, QStringLiteral("invalid_client"),
                          QStringLiteral("Invalid client credentials"));
    ++m_tokensIssued;
    m_lastToken = QStringLiteral("uvm-at-%1-%2")
                      .arg(m_tokensIssued)
                      .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    m_tokens.insert(m_lastToken, now().addSecs(tokenLifetimeSeconds));
    QJsonObject body{{QStringLiteral("access_token"), m_lastToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (expiresInAsString)
        body.insert(QStringLiteral("expires_in"), QString::number(tokenLifetimeSeconds));
    else
        body.insert(QStringLiteral("expires_in"), tokenLifetimeSeconds);
    return LoopbackResponse::json(200, body);
}

// --- GraphQL (protocols.md 4.2, 4.3) --------------------------------------------------------

LoopbackResponse UvmTestServer::graphqlError(int status, const QString &message,
                                             const QString &code, const QString &field) const
{
    QJsonObject error{{QStringLiteral("message"), message}};
    if (!code.isEmpty())
        error.insert(QStringLiteral("extensions"), QJsonObject{{QStringLiteral("code"), code}});
    QJsonObject body{{QStringLiteral("errors"), QJsonArray{error}}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("data"), QJsonObject{{field, QJsonValue()}});
    return LoopbackResponse::json(status, body);
}

LoopbackResponse UvmTestServer::data(const QString &field, const QJsonObject &value) const
{
    const QJsonValue scalar =
        scalarForm == ScalarForm::Object
            ? QJsonValue(value)
            : QJsonValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    return LoopbackResponse::json(
        200, QJsonObject{{QStringLiteral("data"), QJsonObject{{field, scalar}}}});
}

LoopbackResponse UvmTestServer::graphql(const LoopbackRequest &request)
{
    // Authorization: Bearer <token issued here and not expired on the server's clock>.
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ")) {
        ++m_unauthorized;
        return LoopbackResponse::json(
                   401, QJsonObject{{QStringLiteral("message"), QStringLiteral("Unauthorized")}})
            .withHeader("WWW-Authenticate", "Bearer");
    }
    const QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    const auto known = m_tokens.constFind(token);
    if (known == m_tokens.cend() || now() >= known.value()) {
        ++m_unauthorized;
        const bool expired = known != m_tokens.cend();
        return LoopbackResponse::json(401, QJsonObject{{QStringLiteral("message"),
                                                        expired ? QStringLiteral("Token expired")
                                                                : QStringLiteral("Invalid token")}})
            .withHeader("WWW-Authenticate", expired ? "Bearer error=\"invalid_token\", "
                                                      "error_description=\"The token expired\""
                                                    : "Bearer error=\"invalid_token\"");
    }
    if (mediaType(request.header("Content-Type")) != "application/json")
        return graphqlError(415, QStringLiteral("Content-Type must be application/json"), {});
    if (!request.hasHeader("accountId"))
        return graphqlError(400, QStringLiteral("Missing accountId header"), {});
    if (QString::fromUtf8(request.header("accountId")) != accountId)
        return graphqlError(403,
                            QStringLiteral("Account %1 is not accessible with these credentials")
                                .arg(QString::fromUtf8(request.header("accountId"))),
                            QStringLiteral("FORBIDDEN"));
    const QString graphqlName = QString::fromUtf8(request.header("graphqlname"));
    if (graphqlName.isEmpty())
        return graphqlError(400, QStringLiteral("Missing graphqlname header"), {});

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return graphqlError(400, QStringLiteral("Body is not a JSON object"), {});
    const QJsonObject body = doc.object();
    const QJsonValue query = body.value(QLatin1String("query"));
    const QJsonValue variablesValue = body.value(QLatin1String("variables"));
    if (!query.isString())
        return graphqlError(400, QStringLiteral("Must provide query string."), {});
    if (!variablesValue.isUndefined() && !variablesValue.isNull() && !variablesValue.isObject())
        return graphqlError(400, QStringLiteral("Variables must be an object."), {});
    const QJsonObject variables = variablesValue.toObject();

    if (const auto injected = m_injected.constFind(graphqlName); injected != m_injected.cend()) {
        const LoopbackResponse response = injected.value();
        m_injected.erase(injected);
        return response;
    }

    // The document: one operation, one root field with arguments and no selection set (the
    // fields return a JSON scalar).
    static const QRegularExpression shape(QStringLiteral(
        R"(^\s*(mutation|query)\b([^{]*)\{\s*([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*(\{)?)"));
    const auto m = shape.match(query.toString());
    if (!m.hasMatch())
        return graphqlError(validationErrorStatus, QStringLiteral("Syntax Error: cannot parse"),
                            QStringLiteral("GRAPHQL_PARSE_FAILED"));
    const QString type = m.captured(1);
    const QString definitions = m.captured(2);
    const QString field = m.captured(3);
    const QString arguments = m.captured(4);
    if (field != graphqlName)
        return graphqlError(400,
                            QStringLiteral("graphqlname \"%1\" does not match the operation's "
                                           "field \"%2\"")
                                .arg(graphqlName, field),
                            {});
    if (!m.captured(5).isEmpty())
        return graphqlError(validationErrorStatus,
                            QStringLiteral("Field \"%1\" must not have a selection since type "
                                           "\"JSON\" has no subfields.")
                                .arg(field),
                            QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
    const auto has = [](const QString &text, const QString &pattern) {
        return QRegularExpression(pattern).match(text).hasMatch();
    };
    if (field == QLatin1String("processReport")) {
        if (type != QLatin1String("mutation"))
            return graphqlError(validationErrorStatus,
                                QStringLiteral("Cannot query field \"processReport\" on type "
                                               "\"Query\"."),
                                QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        if (!has(definitions, QStringLiteral(R"(\$id\s*:\s*String!)")) ||
            !has(arguments, QStringLiteral(R"(\bid\s*:\s*\$id\b)")))
            return graphqlError(validationErrorStatus,
                                QStringLiteral("Field \"processReport\" argument \"id\" of type "
                                               "\"String!\" is required"),
                                QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        if (!variables.value(QLatin1String("id")).isString())
            return graphqlError(validationErrorStatus,
                                QStringLiteral("Variable \"$id\" of required type \"String!\" "
                                               "was not provided."),
                                QStringLiteral("BAD_USER_INPUT"));
        return processReport(variables,
                             has(arguments, QStringLiteral(R"(\bisPresignedUrl\s*:\s*true\b)")));
    }
    if (field == QLatin1String("getReportRunStatus")) {
        if (type != QLatin1String("query"))
            return graphqlError(validationErrorStatus,
                                QStringLiteral("Cannot query field \"getReportRunStatus\" on "
                                               "type \"Mutation\"."),
                                QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        if (!has(definitions, QStringLiteral(R"(\$reportId\s*:\s*String\b)")) ||
            !has(definitions, QStringLiteral(R"(\$runId\s*:\s*String\b)")) ||
            !has(arguments, QStringLiteral(R"(\breportId\s*:\s*\$reportId\b)")) ||
            !has(arguments, QStringLiteral(R"(\brunId\s*:\s*\$runId\b)")))
            return graphqlError(validationErrorStatus,
                                QStringLiteral("getReportRunStatus takes reportId and runId"),
                                QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
        return runStatus(variables);
    }
    return graphqlError(validationErrorStatus,
                        QStringLiteral("Cannot query field \"%1\" on type \"%2\".")
                            .arg(field, type == QLatin1String("mutation")
                                            ? QStringLiteral("Mutation")
                                            : QStringLiteral("Query")),
                        QStringLiteral("GRAPHQL_VALIDATION_FAILED"));
}

LoopbackResponse UvmTestServer::processReport(const QJsonObject &variables, bool presigned)
{
    const QString reportId = variables.value(QLatin1String("id")).toString();
    const auto report = m_reports.constFind(reportId);
    if (report == m_reports.cend() || !report->isPublic)
        return graphqlError(200, QStringLiteral("Report %1 not found").arg(reportId),
                            QStringLiteral("NOT_FOUND"), QStringLiteral("processReport"));
    Run run;
    run.id = QStringLiteral("run-%1").arg(m_runOrder.size() + 1);
    run.reportId = reportId;
    run.presigned = presigned;
    run.pollsLeft = report->pollsBeforeDone;
    m_runs.insert(run.id, run);
    m_runOrder << run.id;
    return data(QStringLiteral("processReport"), QJsonObject{{QStringLiteral("runId"), run.id}});
}

LoopbackResponse UvmTestServer::runStatus(const QJsonObject &variables)
{
    const QString field = QStringLiteral("getReportRunStatus");
    const QJsonValue runValue = variables.value(QLatin1String("runId"));
    if (!runValue.isString() || runValue.toString().isEmpty())
        return graphqlError(200, QStringLiteral("runId is required"),
                            QStringLiteral("BAD_USER_INPUT"), field);
    const auto it = m_runs.find(runValue.toString());
    if (it == m_runs.end() || it->reportId != variables.value(QLatin1String("reportId")).toString())
        return graphqlError(200, QStringLiteral("Run %1 not found").arg(runValue.toString()),
                            QStringLiteral("NOT_FOUND"), field);
    Run &run = it.value();
    ++run.polls;
    if (run.pollsLeft > 0) {
        --run.pollsLeft;
        return data(field, QJsonObject{{QStringLiteral("status"), runningWord}});
    }
    const Report report = m_reports.value(run.reportId);
    if (report.fails)
        return data(field, QJsonObject{{QStringLiteral("status"), failedWord},
                                       {failureKey, report.failureMessage}});
    const QString path =
        QStringLiteral("/uvm-exports/%1/%2/%3.csv").arg(accountId, run.reportId, run.id);
    QJsonObject status{
        {QStringLiteral("status"), completedWord},
        {QStringLiteral("resultFilePath"), QStringLiteral("s3://uvm-exports%1").arg(path.mid(12))}};
    if (run.presigned && !omitPresignedUrl) {
        QUrl url = m_files.url(path);
        // As S3 signs a URL: everything that authorizes the GET is in the query.
        url.setQuery(QStringLiteral("X-Amz-Algorithm=AWS4-HMAC-SHA256"
                                    "&X-Amz-Credential=AKIAUVMTEST%2F20260329%2Fus-east-1%2Fs3%"
                                    "2Faws4_request&X-Amz-Date=20260329T100000Z&X-Amz-Expires="
                                    "3600&X-Amz-SignedHeaders=host&X-Amz-Signature=") +
                     QString::fromLatin1(signatureFor(path)));
        status.insert(QStringLiteral("presignedUrl"), url.toString(QUrl::FullyEncoded));
    }
    return data(field, status);
}

// --- Presigned downloads (the S3 side) ------------------------------------------------------

QByteArray UvmTestServer::signatureFor(const QString &path) const
{
    return QCryptographicHash::hash(path.toUtf8() + "|uvm-test-signing-key",
                                    QCryptographicHash::Sha256)
        .toHex();
}

LoopbackResponse UvmTestServer::download(const LoopbackRequest &request)
{
    if (request.hasHeader("Authorization"))
        return s3Error(400, "InvalidArgument",
                       "Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                       "parameter, Signature query string parameter or the Authorization header "
                       "should be specified");
    if (request.queryValue(QStringLiteral("X-Amz-Signature")).toLatin1() !=
        signatureFor(request.path))
        return s3Error(403, "SignatureDoesNotMatch",
                       "The request signature we calculated does not match the signature you "
                       "provided.");
    if (presignedExpired)
        return s3Error(403, "AccessDenied", "Request has expired");
    const QString runId = request.path.section(QLatin1Char('/'), -1).chopped(4); // ".csv"
    const Run run = m_runs.value(runId);
    return LoopbackResponse::bytes(200, m_reports.value(run.reportId).csv, "text/csv");
}

} // namespace reportdesk::test
