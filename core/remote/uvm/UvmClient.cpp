#include "remote/uvm/UvmClient.h"

#include "remote/HttpClient.h"
#include "remote/OAuth2TokenProvider.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUvm, "reportdesk.remote.uvm")

namespace reportdesk::remote {

using namespace std::chrono;

namespace {

// protocols.md 4.1 and 4.2: the documented hosts of the two regions.
constexpr char kUsTokenUrl[] = "https://auth.us01.app.avalor.io/oauth2/token";
constexpr char kUsGraphqlUrl[] = "https://api.us01.app.avalor.io/api/graphql";
constexpr char kEuTokenUrl[] = "https://auth.eu.app.avalor.io/oauth2/token";
constexpr char kEuGraphqlUrl[] = "https://api.eu.app.avalor.io/api/graphql";

// protocols.md 4.3, verbatim: neither field has a selection set (both return a JSON scalar).
constexpr char kProcessReportPresigned[] =
    "mutation ($id: String!) {processReport(id:$id, isPresignedUrl: true)}";
constexpr char kProcessReportS3[] = "mutation ($id: String!) {processReport(id:$id)}";
constexpr char kGetReportRunStatus[] = "query ($reportId: String, $runId: String) { "
                                       "getReportRunStatus(reportId: $reportId, runId: $runId) }";

const QString kProcessReport = QStringLiteral("processReport");
const QString kRunStatus = QStringLiteral("getReportRunStatus");

QString formatWait(milliseconds d)
{
    if (d < seconds(1))
        return UvmClient::tr("%1 ms").arg(d.count());
    if (d < minutes(2))
        return UvmClient::tr("%1 s").arg(duration_cast<seconds>(d).count());
    return UvmClient::tr("%1 min").arg(duration_cast<minutes>(d).count());
}

// The server's status word as a state. Only Running, Completed and Failed are documented (as
// examples, casing not promised): other words that plainly say "finished" or "failed" count as
// such, anything else (Pending, Queued, ...) as still running.
UvmRunStatus::State stateOf(const QString &status)
{
    const QString s = status.trimmed().toLower().remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const QStringList completed = {QStringLiteral("completed"),  QStringLiteral("complete"),
                                          QStringLiteral("succeeded"),  QStringLiteral("success"),
                                          QStringLiteral("successful"), QStringLiteral("done"),
                                          QStringLiteral("finished")};
    static const QStringList failed = {
        QStringLiteral("failed"),  QStringLiteral("failure"),   QStringLiteral("error"),
        QStringLiteral("errored"), QStringLiteral("cancelled"), QStringLiteral("canceled"),
        QStringLiteral("aborted"), QStringLiteral("expired"),   QStringLiteral("timedout")};
    if (completed.contains(s))
        return UvmRunStatus::State::Completed;
    if (failed.contains(s))
        return UvmRunStatus::State::Failed;
    return UvmRunStatus::State::Running;
}

// Why a run failed, from whichever field the server uses (not documented).
QString failureMessageOf(const QJsonObject &o)
{
    for (const auto key :
         {QLatin1String("errorMessage"), QLatin1String("error"), QLatin1String("message"),
          QLatin1String("failureReason"), QLatin1String("reason"), QLatin1String("statusMessage"),
          QLatin1String("details")}) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().simplified();
        if (v.isObject()) {
            const QString m = v.toObject().value(QLatin1String("message")).toString();
            if (!m.trimmed().isEmpty())
                return m.simplified();
        }
    }
    return {};
}

// S3 answers errors as XML: <Error><Code>AccessDenied</Code><Message>Request has expired...
QString s3Message(const QByteArray &body)
{
    static const QRegularExpression message(QStringLiteral("<Message>(.*?)</Message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const auto m = message.match(QString::fromUtf8(body.left(8192)));
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

} // namespace

struct UvmClient::GenerateJob {
    QString reportId;
    QString outputPath;
    Callback<QString> done;
    QString runId;
    QString lastStatus;
    QElapsedTimer elapsed;
    milliseconds interval{0};
    int polls = 0;
    QPointer<HttpCall> call;
    std::unique_ptr<QTimer> timer;
    bool finished = false;
};

UvmClient::UvmClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                     QObject *parent)
    : UvmClient(std::move(server), std::move(secret), network, Options(), parent)
{}

UvmClient::UvmClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                     Options options, QObject *parent)
    : RemoteClient(std::move(server), parent)
    , m_options(std::move(options))
    , m_secret(std::move(secret))
{
    const RemoteServer &profile = this->server();
    m_endpoints = endpoints(profile);

    RetryPolicy retry;
    retry.maxAttempts = std::max(1, m_options.maxAttempts);
    retry.timeScale = m_options.retryTimeScale;
    const milliseconds timeout = seconds(std::max(1, profile.timeoutSeconds));

    OAuth2Config oauth;
    oauth.tokenUrl = m_endpoints ? m_endpoints->tokenUrl : QUrl();
    oauth.clientId = profile.userName.trimmed();
    oauth.clientSecret = m_secret;
    oauth.displayName = displayName();
    oauth.caCertificatesFile = profile.caFile;
    oauth.timeout = timeout;
    oauth.defaultLifetime = hours(1); // protocols.md 4.1
    oauth.credentialsInBody = true;   // form fields client_id, client_secret
    oauth.retry = retry;
    oauth.clock = m_options.clock;
    m_tokens = std::make_shared<OAuth2TokenProvider>(network, oauth);

    HttpClientConfig http;
    http.baseUrl = m_endpoints ? m_endpoints->graphqlUrl : QUrl();
    http.displayName = displayName();
    http.auth = HttpAuth::oauth2(m_tokens);
    http.caCertificatesFile = profile.caFile;
    http.transferTimeout = timeout;
    http.retry = retry;
    http.redactValues = {m_secret};
    // No default headers: accountId and graphqlname go on GraphQL calls only, never to the
    // presigned download's host.
    m_http = new HttpClient(network, std::move(http), this);
}

UvmClient::~UvmClient()
{
    for (const auto &job : std::as_const(m_jobs)) {
        job->finished = true;
        if (job->timer)
            job->timer->stop();
    }
}

// --- Profile ------------------------------------------------------------------------------

std::optional<UvmEndpoints> UvmClient::endpoints(const RemoteServer &server)
{
    const QString region = server.region.trimmed().toLower();
    if (region == QLatin1String("us"))
        return UvmEndpoints{QUrl(QString::fromLatin1(kUsTokenUrl)),
                            QUrl(QString::fromLatin1(kUsGraphqlUrl))};
    if (region == QLatin1String("eu"))
        return UvmEndpoints{QUrl(QString::fromLatin1(kEuTokenUrl)),
                            QUrl(QString::fromLatin1(kEuGraphqlUrl))};
    if (!region.isEmpty())
        return std::nullopt;
    const QUrl &base = server.baseUrl;
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || base.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || base.hasQuery() ||
        base.hasFragment())
        return std::nullopt;
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // A pasted GraphQL URL means its base.
    if (prefix.endsWith(QLatin1String("/api/graphql")))
        prefix.chop(int(QStringLiteral("/api/graphql").size()));
    QUrl token = base;
    token.setPath(prefix + QStringLiteral("/oauth2/token"));
    QUrl graphql = base;
    graphql.setPath(prefix + QStringLiteral("/api/graphql"));
    return UvmEndpoints{token, graphql};
}

QList<UvmReportRef> UvmClient::configuredReports(const RemoteServer &server)
{
    QList<UvmReportRef> reports;
    const QJsonArray array = server.extra.value(QLatin1String("reports")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        UvmReportRef ref;
        ref.id = o.value(QLatin1String("id")).toString().trimmed();
        ref.name = o.value(QLatin1String("name")).toString().trimmed();
        ref.description = o.value(QLatin1String("description")).toString();
        if (!ref.id.isEmpty())
            reports << ref;
    }
    return reports;
}

void UvmClient::setConfiguredReports(RemoteServer &server, const QList<UvmReportRef> &reports)
{
    QJsonArray array;
    for (const UvmReportRef &ref : reports) {
        QJsonObject o{{QStringLiteral("id"), ref.id}};
        if (!ref.name.isEmpty())
            o.insert(QStringLiteral("name"), ref.name);
        if (!ref.description.isEmpty())
            o.insert(QStringLiteral("description"), ref.description);
        array.append(o);
    }
    if (array.isEmpty())
        server.extra.remove(QStringLiteral("reports"));
    else
        server.extra.insert(QStringLiteral("reports"), array);
}

QString UvmClient::reportIdFromText(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression edit(QStringLiteral("/explore/reports/edit/([^/?#]+)"));
    if (const auto m = edit.match(t); m.hasMatch())
        return QUrl::fromPercentEncoding(m.captured(1).toUtf8());
    if (t.contains(QLatin1String("://")))
        return {};
    return t;
}

QString UvmClient::accountIdFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        return t;
    const QStringList segments = QUrl(t).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype platform = segments.indexOf(QStringLiteral("platform"));
    if (platform > 0)
        return segments.at(platform - 1);
    return {};
}

std::optional<RemoteError> UvmClient::configurationError(const QString &operation) const
{
    const RemoteServer &profile = server();
    QString problem;
    if (!m_endpoints) {
        problem =
            profile.region.trimmed().isEmpty()
                ? tr("the base URL “%1” is not an http or https address")
                      .arg(profile.baseUrl.toString(QUrl::RemoveUserInfo))
                : tr("unknown region “%1”; choose us, eu or a custom base URL").arg(profile.region);
    } else if (profile.auth != RemoteServer::Auth::ClientCredentials) {
        problem = tr("Zscaler UVM signs in with OAuth2 client credentials only, not %1")
                      .arg(RemoteServer::authName(profile.auth));
    } else if (profile.userName.trimmed().isEmpty()) {
        problem = tr("the OAuth2 client id is missing");
    } else if (m_secret.isEmpty()) {
        problem = tr("the OAuth2 client secret is missing");
    } else if (accountIdFromText(profile.organisation).isEmpty()) {
        problem = tr("the UVM account id is missing");
    }
    if (problem.isEmpty())
        return std::nullopt;
    return RemoteError(RemoteError::Kind::Configuration, displayName(), operation)
        .setDetail(problem);
}

QString UvmClient::reportLabel(const QString &reportId) const
{
    for (const UvmReportRef &ref : configuredReports(server())) {
        if (ref.id == reportId && !ref.name.isEmpty())
            return QStringLiteral("“%1”").arg(ref.name);
    }
    return reportId;
}

RemoteItem UvmClient::itemFor(const UvmReportRef &report) const
{
    RemoteItem item;
    item.id = report.id;
    item.name = report.name.isEmpty() ? report.id : report.name;
    item.type = tr("report");
    item.description =
        report.description.isEmpty()
            ? tr("Zscaler UVM report %1, added by id (the API cannot list reports)").arg(report.id)
            : report.description;
    QJsonObject raw{{QStringLiteral("id"), report.id}};
    if (!report.name.isEmpty())
        raw.insert(QStringLiteral("name"), report.name);
    if (!report.description.isEmpty())
        raw.insert(QStringLiteral("description"), report.description);
    if (const auto last = m_lastRuns.constFind(report.id); last != m_lastRuns.cend()) {
        item.status = last->status;
        item.updated = last->updated;
        raw.insert(QStringLiteral("lastRunId"), last->runId);
        raw.insert(QStringLiteral("lastRunStatus"), last->status);
    }
    item.raw = raw;
    return item;
}

void UvmClient::noteRun(const QString &reportId, const QString &runId, const QString &status)
{
    m_lastRuns.insert(reportId, {runId, status, QDateTime::currentDateTimeUtc()});
}

// --- GraphQL ------------------------------------------------------------------------------

HttpRequest UvmClient::graphqlRequest(const QString &operationName, const QString &document,
                                      const QJsonObject &variables, const QString &operation) const
{
    const QJsonObject body{{QStringLiteral("query"), document},
                           {QStringLiteral("variables"), variables}};
    HttpRequest request = HttpRequest::postJson({}, QJsonDocument(body), operation);
    request.url = m_endpoints->graphqlUrl;
    // Per call, never as default headers: they must not reach the presigned download's host.
    request.withHeader("Accept", "application/json")
        .withHeader("accountId", accountIdFromText(server().organisation).toUtf8())
        .withHeader("graphqlname", operationName.toUtf8());
    return request;
}

HttpCall *UvmClient::sendGraphql(const QString &operationName, const QString &document,
                                 const QJsonObject &variables, const QString &operation,
                                 bool idempotent,
                                 std::function<void(const RemoteResult<QJsonObject> &)> done)
{
    HttpRequest request = graphqlRequest(operationName, document, variables, operation);
    // A status query changes nothing: repeat it after a 5xx. processReport starts a run: never.
    request.markIdempotent(idempotent);
    return m_http->send(std::move(request), this,
                        [this, field = operationName, done = std::move(done)](const HttpResult &r) {
                            if (!r)
                                return done(r.error());
                            const auto value = graphqlField(*r, field);
                            if (!value)
                                return done(value.error());
                            // The scalar is an object, a JSON text of one, or a bare string.
                            if (value->isObject())
                                return done(value->toObject());
                            return done(QJsonObject{{QStringLiteral("value"), *value}});
                        });
}

RemoteResult<QJsonValue> UvmClient::graphqlField(const HttpResponse &response,
                                                 const QString &field) const
{
    const auto object = response.jsonObject();
    if (!object)
        return object.error();
    const QJsonArray errors = object->value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        // GraphQL reports failures beside data with status 200.
        const QJsonObject first = errors.first().toObject();
        const QString code = first.value(QLatin1String("extensions"))
                                 .toObject()
                                 .value(QLatin1String("code"))
                                 .toString();
        QString message = first.value(QLatin1String("message")).toString().simplified();
        if (message.isEmpty())
            message = RemoteError::extractServerMessage(response.body);
        return RemoteError(RemoteError::Kind::ServerReported, response.serverName,
                           response.operation)
            .setDetail(code.isEmpty() ? tr("the server refused the request")
                                      : tr("the server refused the request (%1)").arg(code))
            .setServerMessage(message)
            .setBody(response.body.left(64 * 1024));
    }
    const QJsonValue data = object->value(QLatin1String("data"));
    if (!data.isObject())
        return response.malformed(tr("the GraphQL answer has neither data nor errors"));
    QJsonValue value = data.toObject().value(field);
    if (value.isString()) {
        const QByteArray text = value.toString().toUtf8().trimmed();
        if (text.startsWith('{')) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
            if (parseError.error == QJsonParseError::NoError && doc.isObject())
                value = doc.object();
        }
    }
    if (value.isNull() || value.isUndefined() ||
        (value.isString() && value.toString().trimmed().isEmpty()))
        return response.malformed(tr("the GraphQL answer has no %1").arg(field));
    return value;
}

// --- RemoteClient -------------------------------------------------------------------------

bool UvmClient::supports(Capability capability) const
{
    return capability == Capability::Trigger || capability == Capability::Generate;
}

QString UvmClient::unsupportedReason(Capability capability) const
{
    switch (capability) {
    case Capability::Enable:
    case Capability::Delete:
        return tr("The Zscaler UVM Reporting API only runs reports; change them in the UVM app.");
    case Capability::Folders:
    case Capability::CreateFolder:
    case Capability::Move:
        return tr("Zscaler UVM reports are added to the server by id; they have no folders.");
    default:
        return RemoteClient::unsupportedReason(capability);
    }
}

void UvmClient::testConnection(Callback<ServerInfo> done)
{
    const QString operation = tr("test the connection");
    if (auto error = configurationError(operation))
        return postError<ServerInfo>(*error, std::move(done));
    // The only side-effect-free call the API documents, with no run id: a GraphQL answer of
    // any kind (even an error about the missing run) shows that the token, the endpoint and
    // the account header are accepted. Some GraphQL servers answer validation errors with 400.
    const QList<UvmReportRef> reports = configuredReports(server());
    const QJsonObject variables{
        {QStringLiteral("reportId"), reports.isEmpty() ? QJsonValue() : reports.first().id},
        {QStringLiteral("runId"), QJsonValue()}};
    const QString account = accountIdFromText(server().organisation);
    const QString graphqlHost = m_endpoints->graphqlUrl.toString(QUrl::RemoveUserInfo);

    HttpRequest request =
        graphqlRequest(kRunStatus, QString::fromLatin1(kGetReportRunStatus), variables, operation);
    request.markIdempotent().accepting({400});
    m_http->send(
        std::move(request), this,
        [this, account, graphqlHost, done = std::move(done)](const HttpResult &r) {
            if (!r)
                return done(r.error());
            const auto object = r->jsonObject();
            const bool graphql = object && (object->contains(QLatin1String("data")) ||
                                            object->value(QLatin1String("errors")).isArray());
            if (!graphql) {
                if (r->status >= 400)
                    return done(RemoteError::fromHttpStatus(r->status, r->body, r->serverName,
                                                            r->operation));
                return done(r->malformed(tr("this is not a GraphQL endpoint (the "
                                            "answer has neither data nor errors)")));
            }
            // An error about the credentials themselves is a failed test.
            const QJsonArray errors = object->value(QLatin1String("errors")).toArray();
            const QJsonObject first = errors.isEmpty() ? QJsonObject() : errors.first().toObject();
            const QString code = first.value(QLatin1String("extensions"))
                                     .toObject()
                                     .value(QLatin1String("code"))
                                     .toString()
                                     .toUpper();
            if (code == QLatin1String("UNAUTHENTICATED") || code == QLatin1String("FORBIDDEN")) {
                return done(
                    RemoteError(RemoteError::Kind::ServerReported, r->serverName, r->operation)
                        .setDetail(tr("the server refused account %1 (%2)").arg(account, code))
                        .setServerMessage(first.value(QLatin1String("message")).toString()));
            }
            ServerInfo info;
            info.product = tr("Zscaler UVM");
            info.detail = tr("account %1 at %2").arg(account, graphqlHost);
            done(info);
        });
}

void UvmClient::listItems(const QString &folderId, Callback<QList<RemoteItem>> done)
{
    if (!folderId.isEmpty())
        return unsupported(Capability::Folders, tr("list reports"), std::move(done));
    if (auto error = configurationError(tr("list reports")))
        return postError<QList<RemoteItem>>(*error, std::move(done));
    QList<RemoteItem> items;
    for (const UvmReportRef &ref : configuredReports(server()))
        items << itemFor(ref);
    QMetaObject::invokeMethod(
        this, [items, done = std::move(done)] { done(items); }, Qt::QueuedConnection);
}

void UvmClient::getItem(const QString &id, Callback<RemoteItem> done)
{
    const QString operation = tr("show report %1").arg(id);
    if (auto error = configurationError(operation))
        return postError<RemoteItem>(*error, std::move(done));
    for (const UvmReportRef &ref : configuredReports(server())) {
        if (ref.id == id) {
            QMetaObject::invokeMethod(
                this, [item = itemFor(ref), done = std::move(done)] { done(item); },
                Qt::QueuedConnection);
            return;
        }
    }
    RemoteError error(RemoteError::Kind::Unsupported, displayName(), operation);
    error.setDetail(tr("the Zscaler UVM API cannot look up reports, and report %1 has not been "
                       "added to this server in ReportDesk")
                        .arg(id));
    postError<RemoteItem>(std::move(error), std::move(done));
}

void UvmClient::trigger(const QString &id, Done done)
{
    startRun(id, RunMode::S3Export, [done = std::move(done)](const RemoteResult<QString> &run) {
        if (!run)
            return done(run.error());
        done(true);
    });
}

// --- Runs ---------------------------------------------------------------------------------

void UvmClient::startRun(const QString &reportId, RunMode mode, Callback<QString> done)
{
    startRunCall(reportId, mode, std::move(done));
}

HttpCall *UvmClient::startRunCall(const QString &reportId, RunMode mode, Callback<QString> done)
{
    const QString operation = tr("start a run of report %1").arg(reportLabel(reportId));
    if (auto error = configurationError(operation)) {
        postError<QString>(*error, std::move(done));
        return nullptr;
    }
    if (reportId.trimmed().isEmpty()) {
        postError<QString>(m_http->error(RemoteError::Kind::Configuration, operation,
                                         tr("the report id is empty")),
                           std::move(done));
        return nullptr;
    }
    const QString document = QString::fromLatin1(
        mode == RunMode::PresignedUrl ? kProcessReportPresigned : kProcessReportS3);
    return sendGraphql(
        kProcessReport, document, QJsonObject{{QStringLiteral("id"), reportId}}, operation, false,
        [this, reportId, operation,
         done = std::move(done)](const RemoteResult<QJsonObject> &result) {
            if (!result)
                return done(result.error());
            QString runId;
            for (const auto key : {QLatin1String("runId"), QLatin1String("runID"),
                                   QLatin1String("run_id"), QLatin1String("value")}) {
                const QJsonValue v = result->value(key);
                runId = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
                if (!runId.trimmed().isEmpty())
                    break;
            }
            if (runId.trimmed().isEmpty())
                return done(m_http->error(RemoteError::Kind::MalformedResponse, operation,
                                          tr("processReport gave no runId")));
            qCDebug(lcUvm).noquote() << "report" << reportId << "run" << runId << "started";
            noteRun(reportId, runId, QStringLiteral("Running"));
            done(runId.trimmed());
        });
}

void UvmClient::runStatus(const QString &reportId, const QString &runId,
                          Callback<UvmRunStatus> done)
{
    runStatusCall(reportId, runId, std::move(done));
}

HttpCall *UvmClient::runStatusCall(const QString &reportId, const QString &runId,
                                   Callback<UvmRunStatus> done)
{
    const QString operation = tr("check run %1 of report %2").arg(runId, reportLabel(reportId));
    if (auto error = configurationError(operation)) {
        postError<UvmRunStatus>(*error, std::move(done));
        return nullptr;
    }
    const QJsonObject variables{{QStringLiteral("reportId"), reportId},
                                {QStringLiteral("runId"), runId}};
    return sendGraphql(
        kRunStatus, QString::fromLatin1(kGetReportRunStatus), variables, operation, true,
        [this, operation, done = std::move(done)](const RemoteResult<QJsonObject> &result) {
            if (!result)
                return done(result.error());
            UvmRunStatus status;
            status.raw = *result;
            status.statusText = result->value(QLatin1String("status")).toString().trimmed();
            if (status.statusText.isEmpty())
                return done(m_http->error(RemoteError::Kind::MalformedResponse, operation,
                                          tr("getReportRunStatus gave no status")));
            status.state = stateOf(status.statusText);
            status.presignedUrl =
                QUrl(result->value(QLatin1String("presignedUrl")).toString().trimmed(),
                     QUrl::StrictMode);
            status.resultFilePath = result->value(QLatin1String("resultFilePath")).toString();
            status.message = failureMessageOf(*result);
            done(status);
        });
}

void UvmClient::download(const QUrl &presignedUrl, const QString &outputPath,
                         const QString &reportId, Callback<QString> done)
{
    downloadCall(presignedUrl, outputPath, reportId, std::move(done));
}

HttpCall *UvmClient::downloadCall(const QUrl &presignedUrl, const QString &outputPath,
                                  const QString &reportId, Callback<QString> done)
{
    const QString operation = tr("download the result of report %1").arg(reportLabel(reportId));
    const QString scheme = presignedUrl.scheme().toLower();
    if (!presignedUrl.isValid() || presignedUrl.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        postError<QString>(m_http->error(RemoteError::Kind::MalformedResponse, operation,
                                         tr("the download link is not an http or https URL")),
                           std::move(done));
        return nullptr;
    }
    // The CSV holds the account's findings: not over plain HTTP when the API itself is HTTPS.
    if (scheme == QLatin1String("http") && m_endpoints &&
        m_endpoints->graphqlUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) ==
            0) {
        postError<QString>(
            m_http->error(
                RemoteError::Kind::MalformedResponse, operation,
                tr("the download link %1 is not HTTPS").arg(HttpClient::origin(presignedUrl))),
            std::move(done));
        return nullptr;
    }
    HttpRequest request = HttpRequest::get({}, operation);
    request.url = presignedUrl;
    // The signature in the URL is the authorization; S3 refuses a second one, and the token
    // must never reach another host.
    request.authenticate = false;
    request.maxResponseBytes = m_options.maxDownloadBytes;
    return m_http->send(
        std::move(request), this,
        [this, outputPath, operation, done = std::move(done)](const HttpResult &r) {
            if (!r) {
                RemoteError error = r.error();
                if (error.serverMessage().isEmpty())
                    error.setServerMessage(s3Message(error.body()));
                return done(error);
            }
            const QString saveOperation = tr("save %1").arg(outputPath);
            QFileInfo info(outputPath);
            if (!QDir().mkpath(info.absolutePath()))
                return done(
                    m_http->error(RemoteError::Kind::Configuration, saveOperation,
                                  tr("the folder %1 cannot be created").arg(info.absolutePath())));
            QSaveFile file(outputPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(r->body) != r->body.size() ||
                !file.commit()) {
                file.cancelWriting();
                return done(m_http->error(
                    RemoteError::Kind::Configuration, saveOperation,
                    tr("%1 cannot be written: %2").arg(outputPath, file.errorString())));
            }
            qCDebug(lcUvm).noquote() << "saved" << r->body.size() << "bytes to" << outputPath;
            done(outputPath);
        });
}

void UvmClient::generate(const QString &id, const QString &outputPath, Callback<QString> done)
{
    const QString operation = tr("run report %1").arg(reportLabel(id));
    if (auto error = configurationError(operation))
        return postError<QString>(*error, std::move(done));
    if (outputPath.isEmpty())
        return postError<QString>(m_http->error(RemoteError::Kind::Configuration, operation,
                                                tr("no output file was given")),
                                  std::move(done));
    // Checked before the run: a report should not run for a file that cannot be saved.
    if (const QString folder = QFileInfo(outputPath).absolutePath(); !QDir().mkpath(folder))
        return postError<QString>(m_http->error(RemoteError::Kind::Configuration,
                                                tr("save %1").arg(outputPath),
                                                tr("the folder %1 cannot be created").arg(folder)),
                                  std::move(done));

    auto job = std::make_shared<GenerateJob>();
    job->reportId = id;
    job->outputPath = outputPath;
    job->done = std::move(done);
    job->interval = m_options.initialPoll;
    job->elapsed.start();
    job->timer = std::make_unique<QTimer>();
    job->timer->setSingleShot(true);
    connect(job->timer.get(), &QTimer::timeout, this,
            [this, weak = std::weak_ptr<GenerateJob>(job)] {
                if (auto j = weak.lock(); j && !j->finished)
                    pollJob(j);
            });
    m_jobs << job;

    emit generateProgress(id, {}, QStringLiteral("starting"));
    job->call =
        startRunCall(id, RunMode::PresignedUrl, [this, job](const RemoteResult<QString> &run) {
            if (job->finished)
                return;
            if (!run)
                return finishJob(job, run.error());
            job->runId = *run;
            job->lastStatus = QStringLiteral("Running");
            emit generateProgress(job->reportId, job->runId, job->lastStatus);
            scheduleNextPoll(job);
        });
}

void UvmClient::scheduleNextPoll(const std::shared_ptr<GenerateJob> &job)
{
    const milliseconds elapsed(job->elapsed.elapsed());
    const milliseconds remaining = m_options.maxTotalWait - elapsed;
    if (remaining <= milliseconds(0)) {
        const QString operation = tr("run report %1").arg(reportLabel(job->reportId));
        RemoteError error(RemoteError::Kind::Timeout, displayName(), operation);
        error.setDetail(tr("%1 (run %2 was still “%3” after %4 status checks)")
                            .arg(formatWait(m_options.maxTotalWait), job->runId, job->lastStatus)
                            .arg(job->polls));
        return finishJob(job, error);
    }
    const milliseconds wait = std::min(job->interval, remaining);
    job->interval = std::min(
        m_options.maxPoll,
        milliseconds(qint64(double(job->interval.count()) * std::max(1.0, m_options.pollGrowth))));
    job->timer->start(wait);
}

void UvmClient::pollJob(const std::shared_ptr<GenerateJob> &job)
{
    ++job->polls;
    job->call = runStatusCall(
        job->reportId, job->runId, [this, job](const RemoteResult<UvmRunStatus> &status) {
            if (job->finished)
                return;
            if (!status)
                return finishJob(job, status.error());
            job->lastStatus = status->statusText;
            noteRun(job->reportId, job->runId, status->statusText);
            switch (status->state) {
            case UvmRunStatus::State::Running:
                emit generateProgress(job->reportId, job->runId, status->statusText);
                return scheduleNextPoll(job);
            case UvmRunStatus::State::Failed: {
                RemoteError error(RemoteError::Kind::ServerReported, displayName(),
                                  tr("run report %1").arg(reportLabel(job->reportId)));
                error
                    .setDetail(
                        tr("run %1 ended with status “%2”").arg(job->runId, status->statusText))
                    .setServerMessage(status->message);
                return finishJob(job, error);
            }
            case UvmRunStatus::State::Completed:
                break;
            }
            if (status->presignedUrl.isEmpty()) {
                return finishJob(
                    job,
                    m_http->error(RemoteError::Kind::MalformedResponse,
                                  tr("run report %1").arg(reportLabel(job->reportId)),
                                  tr("run %1 completed without a presignedUrl").arg(job->runId)));
            }
            emit generateProgress(job->reportId, job->runId, QStringLiteral("downloading"));
            job->call = downloadCall(status->presignedUrl, job->outputPath, job->reportId,
                                     [this, job](const RemoteResult<QString> &saved) {
                                         if (!job->finished)
                                             finishJob(job, saved);
                                     });
        });
}

void UvmClient::finishJob(const std::shared_ptr<GenerateJob> &job,
                          const RemoteResult<QString> &result)
{
    if (job->finished)
        return;
    job->finished = true;
    job->timer->stop();
    m_jobs.removeOne(job);
    if (job->call && !job->call->isFinished())
        job->call->cancel(); // its callback sees the job finished
    if (!result)
        qCDebug(lcUvm).noquote() << "report" << job->reportId << "run" << job->runId
                                 << "failed:" << result.error().summary();
    // Always from the event loop, also when cancelGenerate() ends it.
    QMetaObject::invokeMethod(
        this, [done = job->done, result] { done(result); }, Qt::QueuedConnection);
}

void UvmClient::cancelGenerate(const QString &reportId)
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs) {
        if (!reportId.isEmpty() && job->reportId != reportId)
            continue;
        finishJob(job, RemoteError(RemoteError::Kind::Cancelled, displayName(),
                                   tr("run report %1").arg(reportLabel(job->reportId))));
    }
}

int UvmClient::activeGenerates() const
{
    return int(m_jobs.size());
}

} // namespace reportdesk::remote
