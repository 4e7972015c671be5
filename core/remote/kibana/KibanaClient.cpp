#include "remote/kibana/KibanaClient.h"

#include "remote/HttpClient.h"
#include "remote/kibana/Rison.h"
#include "scheduling/ScheduleMapping.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcKibana, "reportdesk.remote.kibana")

namespace reportdesk::remote {

using namespace std::chrono;

namespace {

constexpr int kJobsPageSize = 100; // the list endpoint caps size at 100
constexpr int kMaxJobs = 1000;     // the tree shows the newest thousand
constexpr int kScheduledPageSize = 100;
constexpr int kMaxScheduledPages = 50;
constexpr qint64 kMaxDownloadBytes = qint64(1) << 30; // a big dashboard PDF, not a runaway body
const QByteArray kInternalOrigin = "x-elastic-internal-origin";

QString segment(const QString &s)
{
    return HttpClient::pathSegment(s);
}

HttpRequest internal(HttpRequest request)
{
    request.withHeader(kInternalOrigin, "Kibana");
    return request;
}

QDateTime isoTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString durationText(seconds s)
{
    if (s.count() % 60 == 0 && s.count() >= 60)
        return KibanaClient::tr("%1 min").arg(s.count() / 60);
    return KibanaClient::tr("%1 s").arg(s.count());
}

bool looksLike(const QByteArray &body, const QByteArray &expectedType)
{
    if (expectedType == "application/pdf")
        return body.startsWith("%PDF-");
    if (expectedType == "image/png")
        return body.startsWith("\x89PNG\r\n\x1a\n");
    return true;
}

QByteArray mimeOf(const QByteArray &contentType)
{
    return contentType.split(';').first().trimmed().toLower();
}

// Writes `body` to `path` through a temporary file beside it that is renamed at the end, so the
// path holds either its old content or the whole new file, and nothing is left on failure.
// Runs on a pool thread. Empty on success, else what went wrong.
QString writeAtomically(const QString &path, const QByteArray &body,
                        const std::atomic_bool &cancelled)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return KibanaClient::tr("the folder “%1” cannot be created").arg(info.absolutePath());
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(body) != body.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (cancelled) {
        file.cancelWriting();
        return KibanaClient::tr("cancelled");
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

// --- KibanaExportTask ----------------------------------------------------------------------

void KibanaExportTask::cancel()
{
    if (auto *client = qobject_cast<KibanaClient *>(parent()))
        client->cancelTask(this);
}

// --- KibanaClient --------------------------------------------------------------------------

KibanaClient::KibanaClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                           QObject *parent)
    : RemoteClient(std::move(server), parent)
{
    const RemoteServer &profile = this->server();
    HttpClientConfig config;
    config.baseUrl = profile.baseUrl;
    config.displayName = displayName();
    config.caCertificatesFile = profile.caFile;
    if (profile.timeoutSeconds > 0)
        config.transferTimeout = seconds(profile.timeoutSeconds);
    config.defaultHeaders = {{"kbn-xsrf", "true"}};
    if (!secret.isEmpty())
        config.redactValues << secret;

    m_basePath = profile.baseUrl.path(QUrl::FullyEncoded);
    while (m_basePath.endsWith(QLatin1Char('/')))
        m_basePath.chop(1);

    const QString scheme = profile.baseUrl.scheme().toLower();
    if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        m_configError = RemoteError(RemoteError::Kind::Configuration, displayName(), {})
                            .setDetail(tr("the base URL “%1” is not an http:// or https:// address")
                                           .arg(profile.baseUrl.toString(QUrl::RemoveUserInfo)));
    }

    switch (profile.auth) {
    case RemoteServer::Auth::None:
        config.auth = HttpAuth::none();
        break;
    case RemoteServer::Auth::Basic:
        config.auth = HttpAuth::basic(profile.userName, secret);
        break;
    case RemoteServer::Auth::Bearer:
        config.auth = HttpAuth::bearer(secret);
        break;
    case RemoteServer::Auth::ApiKey: {
        // Kibana shows the "encoded" key (Base64 of id:key); an "id:key" pair is encoded here.
        const QString key = secret.contains(QLatin1Char(':'))
                                ? QString::fromLatin1(secret.toUtf8().toBase64())
                                : secret;
        config.auth = HttpAuth::apiKey("Authorization", QStringLiteral("ApiKey ") + key);
        config.redactValues << key;
        break;
    }
    case RemoteServer::Auth::ClientCredentials:
        m_configError = RemoteError(RemoteError::Kind::Configuration, displayName(), {})
                            .setDetail(tr("Kibana does not sign in with OAuth2 client "
                                          "credentials; use a user name and password or an API "
                                          "key"));
        break;
    }
    m_http = new HttpClient(network, std::move(config), this);
    m_writers.setMaxThreadCount(2);
}

KibanaClient::~KibanaClient() = default;

bool KibanaClient::supports(Capability capability) const
{
    switch (capability) {
    case Capability::Enable:
        return m_scheduledOffered != false;
    case Capability::Delete:
    case Capability::Generate:
        return true;
    case Capability::Folders:
    case Capability::CreateFolder:
    case Capability::Trigger:
    case Capability::Move:
        return false;
    }
    return false;
}

QString KibanaClient::unsupportedReason(Capability capability) const
{
    switch (capability) {
    case Capability::Enable:
        if (m_scheduledOffered == false)
            return tr("This Kibana does not offer scheduled reports.");
        return tr("Only Kibana's scheduled reports can be enabled or disabled; export jobs "
                  "cannot.");
    case Capability::Trigger:
        return tr("Kibana cannot run a scheduled report on request; generate an export instead.");
    default:
        return RemoteClient::unsupportedReason(capability);
    }
}

QString KibanaClient::apiPath(const QString &relative) const
{
    QString path = m_basePath;
    if (const QString space = server().organisation.trimmed(); !space.isEmpty())
        path += QStringLiteral("/s/") + segment(space);
    return path + QLatin1Char('/') + relative;
}

QString KibanaClient::internalPath(const QString &relative) const
{
    return apiPath(QStringLiteral("internal/reporting/") + relative);
}

RemoteError KibanaClient::scheduledNotOffered(const QString &operation) const
{
    return RemoteError(RemoteError::Kind::Unsupported, displayName(), operation)
        .setDetail(tr("this Kibana does not offer scheduled reports (its internal "
                      "scheduled-reports API, new in Kibana 9, answers 404)"));
}

// --- Connection ----------------------------------------------------------------------------

void KibanaClient::testConnection(Callback<ServerInfo> done)
{
    if (m_configError)
        return postError<ServerInfo>(*m_configError, std::move(done));
    const QString statusOp = tr("read the server status");
    m_http->send(
        HttpRequest::get(m_basePath + QStringLiteral("/api/status"), statusOp), this,
        [this, done, statusOp](const HttpResult &result) {
            if (!result) {
                RemoteError e = result.error();
                if (e.kind() == RemoteError::Kind::NotFound)
                    e.setServerMessage(tr("there is no Kibana status page (/api/status) here, so "
                                          "this is not a Kibana server or the base path is "
                                          "wrong"));
                return done(e);
            }
            const auto json = result->jsonObject();
            const QString version = json ? json->value(QLatin1String("version"))
                                               .toObject()
                                               .value(QLatin1String("number"))
                                               .toString()
                                         : QString();
            if (version.isEmpty())
                return done(result->malformed(tr("this is not a Kibana server: its /api/status "
                                                 "names no Kibana version")));
            ServerInfo info;
            info.product = QStringLiteral("Kibana");
            info.version = version;
            const QString countOp = tr("count the report jobs");
            m_http->send(
                internal(HttpRequest::get(internalPath(QStringLiteral("jobs/count")), countOp)),
                this, [this, done, info, countOp](const HttpResult &count) mutable {
                    if (!count) {
                        RemoteError e = count.error();
                        if (e.kind() == RemoteError::Kind::NotFound)
                            e.setServerMessage(tr("Kibana Reporting did not answer (the "
                                                  "Reporting plugin is off, or the space does "
                                                  "not exist)"));
                        return done(e);
                    }
                    bool ok = false;
                    const int jobs = QString::fromUtf8(count->body).trimmed().toInt(&ok);
                    if (!ok)
                        return done(count->malformed(tr("the report job count is not a number")));
                    const QString listOp = tr("list the scheduled reports");
                    m_http->send(
                        internal(HttpRequest::get(internalPath(QStringLiteral("scheduled/list")),
                                                  listOp))
                            .withQuery(QStringLiteral("page"), QStringLiteral("1"))
                            .withQuery(QStringLiteral("size"), QStringLiteral("1")),
                        this, [this, done, info, jobs](const HttpResult &scheduled) mutable {
                            if (!scheduled &&
                                scheduled.error().kind() != RemoteError::Kind::NotFound)
                                return done(scheduled.error());
                            m_scheduledOffered = scheduled.ok();
                            const QString space = server().organisation.trimmed();
                            info.detail =
                                tr("space “%1”, %n report job(s), %2", nullptr, jobs)
                                    .arg(space.isEmpty() ? tr("default") : space,
                                         scheduled ? tr("scheduled reports offered")
                                                   : tr("no scheduled reports (this Kibana does "
                                                        "not offer them)"));
                            done(info);
                        });
                });
        });
}

// --- Listing -------------------------------------------------------------------------------

void KibanaClient::listItems(const QString &folderId, Callback<QList<RemoteItem>> done)
{
    if (m_configError)
        return postError<QList<RemoteItem>>(*m_configError, std::move(done));
    if (!folderId.isEmpty())
        return postError<QList<RemoteItem>>(
            m_http->error(RemoteError::Kind::NotFound, tr("list the reports"),
                          tr("Kibana has no folder “%1”; it has no report folders").arg(folderId)),
            std::move(done));
    listJobs(0, {}, [this, done](const RemoteResult<QList<RemoteItem>> &jobs) {
        if (!jobs)
            return done(jobs.error());
        if (m_scheduledOffered == false)
            return done(jobs);
        listScheduled(1, *jobs, [done](const RemoteResult<QList<RemoteItem>> &all) { done(all); });
    });
}

void KibanaClient::listJobs(int page, QList<RemoteItem> collected,
                            std::function<void(const RemoteResult<QList<RemoteItem>> &)> done)
{
    const QString op = tr("list the export jobs");
    m_http->send(internal(HttpRequest::get(internalPath(QStringLiteral("jobs/list")), op))
                     .withQuery(QStringLiteral("page"), QString::number(page))
                     .withQuery(QStringLiteral("size"), QString::number(kJobsPageSize)),
                 this, [this, page, collected, done](const HttpResult &result) mutable {
                     if (!result)
                         return done(result.error());
                     const auto jobs = result->jsonArray();
                     if (!jobs)
                         return done(jobs.error());
                     for (const QJsonValue &job : *jobs) {
                         if (!job.isObject() ||
                             job.toObject().value(QLatin1String("id")).toString().isEmpty())
                             return done(result->malformed(tr("a job in the list has no id")));
                         collected << jobItem(job.toObject());
                         m_kinds.insert(collected.last().id, ItemKind::Job);
                     }
                     if (jobs->size() < kJobsPageSize || collected.size() >= kMaxJobs)
                         return done(collected);
                     listJobs(page + 1, std::move(collected), std::move(done));
                 });
}

void KibanaClient::listScheduled(int page, QList<RemoteItem> collected,
                                 std::function<void(const RemoteResult<QList<RemoteItem>> &)> done)
{
    const QString op = tr("list the scheduled reports");
    m_http->send(
        internal(HttpRequest::get(internalPath(QStringLiteral("scheduled/list")), op))
            .withQuery(QStringLiteral("page"), QString::number(page))
            .withQuery(QStringLiteral("size"), QString::number(kScheduledPageSize)),
        this, [this, page, collected, done](const HttpResult &result) mutable {
            if (!result) {
                if (result.error().kind() == RemoteError::Kind::NotFound && page == 1) {
                    qCDebug(lcKibana) << displayName() << "offers no scheduled reports";
                    m_scheduledOffered = false;
                    return done(collected);
                }
                return done(result.error());
            }
            m_scheduledOffered = true;
            const auto body = result->jsonObject();
            if (!body)
                return done(body.error());
            const QJsonValue data = body->value(QLatin1String("data"));
            if (!data.isArray())
                return done(result->malformed(tr("the scheduled reports list has no “data” "
                                                 "array")));
            const QJsonArray reports = data.toArray();
            for (const QJsonValue &report : reports) {
                if (!report.isObject() ||
                    report.toObject().value(QLatin1String("id")).toString().isEmpty())
                    return done(result->malformed(tr("a scheduled report in the list has no id")));
                collected << scheduledItem(report.toObject());
                m_kinds.insert(collected.last().id, ItemKind::Scheduled);
            }
            const int total = body->value(QLatin1String("total")).toInt();
            qsizetype scheduledSoFar =
                std::count_if(collected.cbegin(), collected.cend(),
                              [](const RemoteItem &i) { return i.type == scheduledReportType; });
            if (reports.isEmpty() || scheduledSoFar >= total || page >= kMaxScheduledPages)
                return done(collected);
            listScheduled(page + 1, std::move(collected), std::move(done));
        });
}

RemoteItem KibanaClient::jobItem(const QJsonObject &job) const
{
    RemoteItem item;
    item.id = job.value(QLatin1String("id")).toString();
    const QJsonObject payload = job.value(QLatin1String("payload")).toObject();
    item.name = payload.value(QLatin1String("title")).toString();
    const QString objectType =
        job.value(QLatin1String("meta")).toObject().value(QLatin1String("objectType")).toString();
    if (item.name.isEmpty())
        item.name = objectType.isEmpty() ? item.id : tr("%1 %2").arg(objectType, item.id);
    item.type = exportJobType;
    item.status = job.value(QLatin1String("status")).toString();
    const QString jobType = job.value(QLatin1String("jobtype")).toString();
    const QString createdAt = job.value(QLatin1String("created_at")).toString();
    const QJsonValue createdBy = job.value(QLatin1String("created_by"));
    item.description = createdBy.isString()
                           ? tr("%1 job, %2, created %3 by %4")
                                 .arg(jobType, item.status, createdAt, createdBy.toString())
                           : tr("%1 job, %2, created %3").arg(jobType, item.status, createdAt);
    for (const auto key : {QLatin1String("completed_at"), QLatin1String("started_at"),
                           QLatin1String("created_at")}) {
        item.updated = isoTime(job.value(key));
        if (item.updated.isValid())
            break;
    }
    item.raw = job;
    return item;
}

RemoteItem KibanaClient::scheduledItem(const QJsonObject &report) const
{
    RemoteItem item;
    item.id = report.value(QLatin1String("id")).toString();
    item.name = report.value(QLatin1String("title")).toString();
    if (item.name.isEmpty())
        item.name = item.id;
    item.type = scheduledReportType;
    if (const QJsonValue enabled = report.value(QLatin1String("enabled")); enabled.isBool())
        item.enabled = enabled.toBool();
    const QJsonObject schedule = report.value(QLatin1String("schedule")).toObject();
    if (const auto mapped = ScheduleMapping::fromKibana(schedule))
        item.scheduleText = mapped->summary();
    else
        item.scheduleText = tr("rrule %1")
                                .arg(QString::fromUtf8(
                                    QJsonDocument(schedule.value(QLatin1String("rrule")).toObject())
                                        .toJson(QJsonDocument::Compact)));
    const QString next = report.value(QLatin1String("next_run")).toString();
    const QString last = report.value(QLatin1String("last_run")).toString();
    item.description =
        tr("%1 schedule; next run %2; last run %3")
            .arg(report.value(QLatin1String("jobtype")).toString(),
                 next.isEmpty() ? tr("none") : next, last.isEmpty() ? tr("never") : last);
    item.updated = isoTime(report.value(QLatin1String("last_run")));
    if (!item.updated.isValid())
        item.updated = isoTime(report.value(QLatin1String("created_at")));
    item.raw = report;
    return item;
}

void KibanaClient::getItem(const QString &id, Callback<RemoteItem> done)
{
    if (m_configError)
        return postError<RemoteItem>(*m_configError, std::move(done));
    const QString op = tr("read the export job %1").arg(id);
    m_http->send(
        internal(HttpRequest::get(internalPath(QStringLiteral("jobs/info/") + segment(id)), op)),
        this, [this, id, done](const HttpResult &result) {
            if (result) {
                const auto job = result->jsonObject();
                if (!job)
                    return done(job.error());
                m_kinds.insert(id, ItemKind::Job);
                return done(jobItem(*job));
            }
            RemoteError notFound = result.error();
            if (notFound.kind() != RemoteError::Kind::NotFound || m_scheduledOffered == false)
                return done(notFound);
            // Not a job: perhaps a scheduled report (the API has no get-by-id; the list has it).
            listScheduled(1, {},
                          [this, id, done, notFound](const RemoteResult<QList<RemoteItem>> &all) {
                              if (!all)
                                  return done(all.error());
                              for (const RemoteItem &item : *all) {
                                  if (item.id == id) {
                                      m_kinds.insert(id, ItemKind::Scheduled);
                                      return done(item);
                                  }
                              }
                              RemoteError e = notFound;
                              e.setOperation(tr("read the item %1").arg(id));
                              e.setServerMessage(
                                  tr("there is no export job or scheduled report with this id"));
                              done(e);
                          });
        });
}

// --- Enable, disable, delete ---------------------------------------------------------------

void KibanaClient::setEnabled(const QString &id, bool enabled, Done done)
{
    const QString op = enabled ? tr("enable the scheduled report %1").arg(id)
                               : tr("disable the scheduled report %1").arg(id);
    if (m_configError)
        return postError<bool>(*m_configError, std::move(done));
    if (m_kinds.value(id, ItemKind::Scheduled) == ItemKind::Job)
        return postError<bool>(
            RemoteError(RemoteError::Kind::Unsupported, displayName(), op)
                .setDetail(tr("%1 is an export job; only scheduled reports can be enabled or "
                              "disabled")
                               .arg(id)),
            std::move(done));
    if (m_scheduledOffered == false)
        return postError<bool>(scheduledNotOffered(op), std::move(done));
    bulkScheduled("PATCH", enabled ? QStringLiteral("bulk_enable") : QStringLiteral("bulk_disable"),
                  {id}, op, std::move(done));
}

void KibanaClient::remove(const QStringList &ids, Done done)
{
    if (m_configError)
        return postError<bool>(*m_configError, std::move(done));
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done] { done(true); }, Qt::QueuedConnection);
        return;
    }
    QStringList jobs;
    QStringList scheduled;
    for (const QString &id : ids) {
        if (m_kinds.value(id, ItemKind::Job) == ItemKind::Scheduled)
            scheduled << id;
        else
            jobs << id; // a job, or unknown: tried as a job first
    }
    deleteJobs(jobs, scheduled, {}, std::move(done));
}

void KibanaClient::deleteJobs(QStringList jobIds, QStringList scheduledIds,
                              std::optional<RemoteError> jobNotFound, Done done)
{
    if (jobIds.isEmpty()) {
        if (scheduledIds.isEmpty() || !jobNotFound)
            return deleteScheduled(scheduledIds, std::move(done));
        // Some ids were not jobs; if the server has no scheduled reports either, the job's
        // 404 is the answer, not "scheduled reports are not offered".
        return deleteScheduled(scheduledIds, [done, jobNotFound](const RemoteResult<bool> &r) {
            if (!r && r.error().kind() == RemoteError::Kind::Unsupported)
                return done(*jobNotFound);
            done(r);
        });
    }
    const QString id = jobIds.takeFirst();
    const QString op = tr("delete the export job %1").arg(id);
    m_http->send(
        HttpRequest::deleteResource(
            apiPath(QStringLiteral("api/reporting/jobs/delete/") + segment(id)), op),
        this,
        [this, id, jobIds, scheduledIds, jobNotFound, done](const HttpResult &result) mutable {
            if (!result) {
                RemoteError e = result.error();
                if (e.kind() == RemoteError::Kind::NotFound)
                    e.setServerMessage(tr("there is no export job with this id (deleted already, "
                                          "or created by another user)"));
                const bool unknown = !m_kinds.contains(id);
                if (e.kind() == RemoteError::Kind::NotFound && unknown &&
                    m_scheduledOffered != false) {
                    scheduledIds << id; // not a job: perhaps a scheduled report
                    if (!jobNotFound)
                        jobNotFound = e;
                    return deleteJobs(std::move(jobIds), std::move(scheduledIds),
                                      std::move(jobNotFound), std::move(done));
                }
                return done(e);
            }
            m_kinds.remove(id);
            deleteJobs(std::move(jobIds), std::move(scheduledIds), std::move(jobNotFound),
                       std::move(done));
        });
}

void KibanaClient::deleteScheduled(const QStringList &ids, Done done)
{
    if (ids.isEmpty())
        return done(true);
    const QString op = ids.size() == 1
                           ? tr("delete the scheduled report %1").arg(ids.first())
                           : tr("delete %n scheduled report(s)", nullptr, int(ids.size()));
    if (m_scheduledOffered == false)
        return done(scheduledNotOffered(op));
    bulkScheduled("DELETE", QStringLiteral("bulk_delete"), ids, op,
                  [this, ids, done](const RemoteResult<bool> &r) {
                      if (r) {
                          for (const QString &id : ids)
                              m_kinds.remove(id);
                      }
                      done(r);
                  });
}

void KibanaClient::bulkScheduled(const QByteArray &method, const QString &action,
                                 const QStringList &ids, const QString &operation, Done done)
{
    QJsonObject body{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    HttpRequest request = HttpRequest::patchJson(
        internalPath(QStringLiteral("scheduled/") + action), QJsonDocument(body), operation);
    request.method = method; // PATCH bulk_enable/bulk_disable, DELETE bulk_delete (JSON body)
    m_http->send(
        internal(std::move(request)), this, [this, ids, operation, done](const HttpResult &result) {
            if (!result) {
                if (result.error().kind() == RemoteError::Kind::NotFound) {
                    m_scheduledOffered = false;
                    return done(scheduledNotOffered(operation));
                }
                return done(result.error());
            }
            m_scheduledOffered = true;
            // {"scheduled_report_ids":[...],"errors":[{message,status,id}],"total"};
            // an empty body is accepted too (bulk_delete's shape is not confirmed).
            QJsonObject answer;
            if (!result->body.trimmed().isEmpty()) {
                const auto json = result->jsonObject();
                if (!json)
                    return done(json.error());
                answer = *json;
            }
            const QJsonArray errors = answer.value(QLatin1String("errors")).toArray();
            if (!errors.isEmpty()) {
                const QJsonObject first = errors.first().toObject();
                const int status = first.value(QLatin1String("status")).toInt(400);
                RemoteError e(RemoteError::kindForStatus(status), displayName(), operation);
                e.setHttpStatus(status);
                QString message = first.value(QLatin1String("message")).toString();
                if (status == 404) {
                    const QString id = first.value(QLatin1String("id")).toString();
                    // An id never listed was tried as a job first.
                    message = m_kinds.contains(id)
                                  ? tr("there is no scheduled report %1").arg(id)
                                  : tr("there is no export job or scheduled report %1").arg(id);
                }
                if (errors.size() > 1)
                    message += tr(" (and %n more error(s))", nullptr, int(errors.size() - 1));
                e.setServerMessage(message);
                e.setBody(result->body.left(64 * 1024));
                return done(e);
            }
            for (const QString &id : ids)
                m_kinds.insert(id, ItemKind::Scheduled);
            done(true);
        });
}

// --- Generate and download -----------------------------------------------------------------

void KibanaClient::generate(const QString &id, const QString &outputPath, Callback<QString> done)
{
    downloadJob(id, outputPath, {}, [done](const RemoteResult<KibanaDownload> &result) {
        if (!result)
            return done(result.error());
        done(result->path);
    });
}

KibanaExportTask *KibanaClient::startTask(const QString &operation, const QString &outputPath,
                                          QByteArray expectedType, Progress progress,
                                          Callback<KibanaDownload> done)
{
    auto *task = new KibanaExportTask(this);
    task->m_operation = operation;
    task->m_outputPath = outputPath;
    task->m_expectedType = std::move(expectedType);
    task->m_progress = std::move(progress);
    task->m_done = std::move(done);
    task->m_timer.setSingleShot(true);
    connect(&task->m_timer, &QTimer::timeout, task, [this, task] { poll(task); });
    return task;
}

KibanaExportTask *KibanaClient::generateExport(const KibanaExport &exportRequest,
                                               const QString &outputPath, Progress progress,
                                               Callback<KibanaDownload> done)
{
    const QString title = exportRequest.title();
    const QString op =
        title.isEmpty() ? tr("generate the export") : tr("generate the export “%1”").arg(title);
    KibanaExportTask *task = startTask(op, outputPath, exportRequest.contentType(),
                                       std::move(progress), std::move(done));
    if (m_configError) {
        RemoteError e = *m_configError;
        e.setOperation(op);
        QMetaObject::invokeMethod(
            task, [this, task, e] { finishTask(task, e); }, Qt::QueuedConnection);
        return task;
    }
    if (outputPath.isEmpty()) {
        const RemoteError e =
            m_http->error(RemoteError::Kind::Configuration, op, tr("no output file was given"));
        QMetaObject::invokeMethod(
            task, [this, task, e] { finishTask(task, e); }, Qt::QueuedConnection);
        return task;
    }
    const QJsonObject body{{QStringLiteral("jobParams"), exportRequest.jobParamsRison()}};
    report(task, KibanaExportProgress::Stage::Submitting);
    if (task->m_finished)
        return task; // cancelled from the progress callback
    qCDebug(lcKibana) << displayName() << "generate" << exportRequest.exportType() << "in space"
                      << exportRequest.spaceId();
    task->m_call = m_http->send(
        HttpRequest::postJson(exportRequest.generatePath(m_basePath), QJsonDocument(body), op),
        task, [this, task](const HttpResult &result) {
            if (task->m_finished)
                return;
            if (!result)
                return finishTask(task, result.error());
            const auto answer = result->jsonObject();
            if (!answer)
                return finishTask(task, answer.error());
            const QJsonObject job = answer->value(QLatin1String("job")).toObject();
            task->m_jobId = job.value(QLatin1String("id")).toString();
            QString path = answer->value(QLatin1String("path")).toString();
            if (path.isEmpty() && !task->m_jobId.isEmpty())
                path = m_basePath + QStringLiteral("/api/reporting/jobs/download/") +
                       segment(task->m_jobId);
            if (path.isEmpty())
                return finishTask(task, result->malformed(tr("the answer has neither a download "
                                                             "“path” nor a job id")));
            if (task->m_jobId.isEmpty())
                task->m_jobId = path.section(QLatin1Char('/'), -1);
            m_kinds.insert(task->m_jobId, ItemKind::Job);
            task->m_downloadPath = path;
            task->m_operation = tr("download the export job %1").arg(task->m_jobId);
            poll(task);
        });
    return task;
}

KibanaExportTask *KibanaClient::downloadJob(const QString &jobId, const QString &outputPath,
                                            Progress progress, Callback<KibanaDownload> done)
{
    const QString op = tr("download the export job %1").arg(jobId);
    KibanaExportTask *task = startTask(op, outputPath, {}, std::move(progress), std::move(done));
    task->m_jobId = jobId;
    std::optional<RemoteError> error = m_configError;
    if (error)
        error->setOperation(op);
    else if (outputPath.isEmpty())
        error = m_http->error(RemoteError::Kind::Configuration, op, tr("no output file was given"));
    else if (jobId.trimmed().isEmpty())
        error = m_http->error(RemoteError::Kind::NotFound, op, tr("no job id was given"));
    if (error) {
        QMetaObject::invokeMethod(
            task, [this, task, e = *error] { finishTask(task, e); }, Qt::QueuedConnection);
        return task;
    }
    task->m_downloadPath =
        m_basePath + QStringLiteral("/api/reporting/jobs/download/") + segment(jobId);
    poll(task); // the answer arrives from the event loop
    return task;
}

void KibanaClient::poll(KibanaExportTask *task)
{
    if (task->m_finished)
        return;
    ++task->m_polls;
    report(task, KibanaExportProgress::Stage::Downloading);
    if (task->m_finished)
        return;
    HttpRequest request = HttpRequest::get(QString(), task->m_operation);
    // `path` is origin-relative (it carries the server's base path); an absolute URL must be on
    // the server's origin, or HttpClient refuses it before anything is sent.
    if (task->m_downloadPath.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        task->m_downloadPath.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        request.url = QUrl(task->m_downloadPath);
    else if (task->m_downloadPath.startsWith(QLatin1Char('/')))
        request.path = task->m_downloadPath;
    else
        request.path = QLatin1Char('/') + task->m_downloadPath;
    // 503 (public) and 202 (internal) mean "not ready"; 500 is the failed job's message. They
    // come to us rather than to the HTTP layer's retries: the poll loop is ours.
    request.accepting({202, 500, 503});
    request.maxResponseBytes = kMaxDownloadBytes;
    if (task->m_downloadPath.contains(QLatin1String("/internal/")))
        request.withHeader(kInternalOrigin, "Kibana");
    task->m_call = m_http->send(std::move(request), task, [this, task](const HttpResult &result) {
        if (task->m_finished)
            return;
        if (!result) {
            RemoteError e = result.error();
            if (e.kind() == RemoteError::Kind::NotFound)
                e.setServerMessage(tr("the report job %1 is gone (deleted, expired, or created by "
                                      "another user)")
                                       .arg(task->m_jobId));
            return finishTask(task, e);
        }
        onPollAnswer(task, *result);
    });
}

void KibanaClient::onPollAnswer(KibanaExportTask *task, const HttpResponse &response)
{
    const QByteArray type = mimeOf(response.header("Content-Type"));
    switch (response.status) {
    case 503:
        return waitAndPoll(task, response.retryAfter(),
                           QString::fromUtf8(response.body.left(40)).trimmed());
    case 202:
        // The internal download: pending is text (the status word); failed is JSON.
        if (type == "application/json") {
            const QString message = RemoteError::extractServerMessage(response.body);
            return finishTask(
                task,
                RemoteError(RemoteError::Kind::HttpServerError, response.serverName,
                            response.operation)
                    .setHttpStatus(202)
                    .setServerMessage(message.isEmpty() ? tr("the report job failed") : message));
        }
        return waitAndPoll(task, response.retryAfter(),
                           QString::fromUtf8(response.body.left(40)).trimmed());
    case 500: {
        RemoteError e = RemoteError::fromHttpStatus(500, response.body, response.serverName,
                                                    response.operation);
        if (e.serverMessage().isEmpty())
            e.setServerMessage(tr("the report job %1 failed").arg(task->m_jobId));
        return finishTask(task, e);
    }
    default:
        return save(task, response);
    }
}

void KibanaClient::waitAndPoll(KibanaExportTask *task, std::optional<seconds> retryAfter,
                               const QString &jobStatus)
{
    // Honour the server's wait; at least a second, so "Retry-After: 0" or a date in the past
    // cannot turn the loop into a busy one.
    seconds wait = std::max(retryAfter.value_or(m_poll.defaultWait), seconds(1));
    const seconds remaining = m_poll.maxTotalWait - task->m_waited;
    if (remaining <= seconds(0)) {
        RemoteError e(RemoteError::Kind::Timeout, displayName(), task->m_operation);
        e.setDetail(durationText(m_poll.maxTotalWait));
        e.setServerMessage(
            tr("the report job %1 was still %2 after %n poll(s)", nullptr, task->m_polls)
                .arg(task->m_jobId, jobStatus.isEmpty() ? tr("not ready") : jobStatus));
        return finishTask(task, e);
    }
    wait = std::min(wait, remaining);
    task->m_waited += wait;
    report(task, KibanaExportProgress::Stage::Waiting, jobStatus, wait);
    if (task->m_finished)
        return; // cancelled from the progress callback
    const auto ms =
        milliseconds(qint64(double(duration_cast<milliseconds>(wait).count()) * m_poll.timeScale));
    task->m_timer.start(std::max(ms, milliseconds(0)));
}

void KibanaClient::save(KibanaExportTask *task, const HttpResponse &response)
{
    const QByteArray type = mimeOf(response.header("Content-Type"));
    QByteArray expected = task->m_expectedType;
    if (expected.isEmpty() && (type == "application/pdf" || type == "image/png"))
        expected = type;
    if (!looksLike(response.body, expected))
        return finishTask(
            task, response.malformed(tr("the download is not a %1 file (it came as “%2”)")
                                         .arg(expected == "image/png" ? QStringLiteral("PNG")
                                                                      : QStringLiteral("PDF"),
                                              QString::fromLatin1(type))));
    // The file is written on a pool thread: QSaveFile syncs it to disk before the rename, and
    // a big PDF (or fifty small ones) must not stall the event loop (a window) meanwhile.
    const QString path = QFileInfo(task->m_outputPath).absoluteFilePath();
    const QByteArray body = response.body;
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(task);
    connect(watcher, &QFutureWatcher<QString>::finished, task,
            [this, task, watcher, path, type, size = body.size()] {
                if (task->m_finished)
                    return;
                const QString problem = watcher->future().result();
                if (!problem.isEmpty())
                    return finishTask(
                        task, m_http->error(RemoteError::Kind::Configuration,
                                            tr("save the export to “%1”").arg(task->m_outputPath),
                                            tr("the file could not be written: %1").arg(problem)));
                report(task, KibanaExportProgress::Stage::Saved);
                KibanaDownload download;
                download.path = path;
                download.jobId = task->m_jobId;
                download.contentType = type;
                download.bytes = size;
                download.polls = task->m_polls;
                qCDebug(lcKibana) << displayName() << "job" << task->m_jobId << "saved,"
                                  << download.bytes << "bytes after" << download.polls << "polls";
                finishTask(task, download);
            });
    watcher->setFuture(promise->future());
    m_writers.start([promise, path, body, cancelled = task->m_cancelled] {
        promise->start();
        promise->addResult(writeAtomically(path, body, *cancelled));
        promise->finish();
    });
}

void KibanaClient::report(KibanaExportTask *task, KibanaExportProgress::Stage stage,
                          const QString &jobStatus, seconds nextPoll)
{
    if (!task->m_progress)
        return;
    KibanaExportProgress p;
    p.stage = stage;
    p.jobId = task->m_jobId;
    p.jobStatus = jobStatus;
    p.polls = task->m_polls;
    p.nextPoll = nextPoll;
    p.waited = task->m_waited;
    task->m_progress(p);
}

void KibanaClient::finishTask(KibanaExportTask *task, const RemoteResult<KibanaDownload> &result)
{
    if (task->m_finished)
        return;
    task->m_finished = true;
    task->m_timer.stop();
    if (!result)
        qCDebug(lcKibana) << displayName() << "export failed:" << result.error().text();
    auto done = std::move(task->m_done);
    task->deleteLater();
    if (done)
        done(result);
}

void KibanaClient::cancelTask(KibanaExportTask *task)
{
    if (task->m_finished)
        return;
    task->m_finished = true; // from here on, no callback of its calls does anything
    *task->m_cancelled = true;
    task->m_timer.stop();
    if (task->m_call)
        task->m_call->cancel();
    const RemoteError e(RemoteError::Kind::Cancelled, displayName(), task->m_operation);
    auto done = std::move(task->m_done);
    task->deleteLater();
    QMetaObject::invokeMethod(
        this,
        [done, e] {
            if (done)
                done(e);
        },
        Qt::QueuedConnection);
}

void KibanaClient::cancelExports()
{
    const auto tasks = findChildren<KibanaExportTask *>(Qt::FindDirectChildrenOnly);
    for (KibanaExportTask *task : tasks)
        cancelTask(task);
}

} // namespace reportdesk::remote
