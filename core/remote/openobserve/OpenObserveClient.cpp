#include "OpenObserveClient.h"

#include "domain/Schedule.h"
#include "remote/HttpClient.h"
#include "remote/openobserve/OpenObserveReportMapping.h"
#include "scheduling/ScheduleMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <algorithm>
#include <chrono>

Q_LOGGING_CATEGORY(lcOpenObserve, "reportdesk.remote.openobserve")

namespace reportdesk::remote {

namespace {

using namespace std::chrono_literals;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const QString kDefaultFolder = QStringLiteral("default");

HttpClientConfig configFor(const RemoteServer &server, const QString &secret,
                           const QString &displayName)
{
    HttpClientConfig c;
    QUrl base = server.baseUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path + QStringLiteral("api/"));
    base.setQuery(QString());
    base.setFragment(QString());
    c.baseUrl = base;
    c.displayName = displayName;
    switch (server.auth) {
    case RemoteServer::Auth::Basic:
        c.auth = HttpAuth::basic(server.userName, secret);
        break;
    case RemoteServer::Auth::Bearer:
        c.auth = HttpAuth::bearer(secret);
        break;
    default:
        c.auth = HttpAuth::none();
        break;
    }
    c.caCertificatesFile = server.caFile;
    c.transferTimeout = std::chrono::seconds(std::max(1, server.timeoutSeconds));
    c.defaultHeaders = {{"Accept", "application/json"}};
    return c;
}

QJsonDocument idsBody(const char *name, const QStringList &ids)
{
    return QJsonDocument(QJsonObject{{key(name), QJsonArray::fromStringList(ids)}});
}

// OpenObserve answers 401 with `WWW-Authenticate: Bearer realm="openobserve"` or, with Dex,
// `Bearer as_uri="..."` (protocols.md 1.1).
bool looksLikeOpenObserveChallenge(const QByteArray &challenge)
{
    const QByteArray c = challenge.toLower();
    return c.startsWith("bearer") && (c.contains("openobserve") || c.contains("as_uri"));
}

QString listScheduleText(const QJsonObject &frequency)
{
    const QString type = frequency.value(key("type")).toString(QStringLiteral("weeks"));
    const int n = std::max(1, frequency.value(key("interval")).toInt(1));
    const auto trN = [n](const char *text) {
        return QCoreApplication::translate("reportdesk::remote::OpenObserveClient", text, nullptr,
                                           n);
    };
    if (type == QLatin1String("once"))
        return OpenObserveClient::tr("Once");
    if (type == QLatin1String("hours"))
        return n == 1 ? OpenObserveClient::tr("Every hour") : trN("Every %n hours");
    if (type == QLatin1String("days"))
        return n == 1 ? OpenObserveClient::tr("Every day") : trN("Every %n days");
    if (type == QLatin1String("weeks"))
        return n == 1 ? OpenObserveClient::tr("Every week") : trN("Every %n weeks");
    if (type == QLatin1String("months"))
        return n == 1 ? OpenObserveClient::tr("Every month") : trN("Every %n months");
    if (type == QLatin1String("cron"))
        return OpenObserveClient::tr("On the cron schedule “%1”")
            .arg(frequency.value(key("cron")).toString());
    return type;
}

} // namespace

OpenObserveClient::OpenObserveClient(RemoteServer server, QString secret,
                                     QNetworkAccessManager *network, QObject *parent)
    : RemoteClient(std::move(server), parent)
{
    m_http = new HttpClient(network, configFor(this->server(), secret, displayName()), this);
    if (this->server()
            .extra.value(key("api"))
            .toString()
            .compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0)
        m_api = Api::V1;
}

OpenObserveClient::~OpenObserveClient() = default;

QString OpenObserveClient::organisation() const
{
    const QString org = server().organisation.trimmed();
    return org.isEmpty() ? kDefaultFolder : org; // OpenObserve's first organisation is "default"
}

void OpenObserveClient::setRetryPolicy(const RetryPolicy &policy)
{
    HttpClientConfig config = m_http->config();
    config.retry = policy;
    auto *replacement = new HttpClient(m_http->network(), std::move(config), this);
    delete m_http;
    m_http = replacement;
}

bool OpenObserveClient::supports(Capability capability) const
{
    switch (capability) {
    case Capability::Folders:
    case Capability::CreateFolder:
    case Capability::Move:
        return m_api == Api::V2;
    case Capability::Enable:
    case Capability::Trigger:
    case Capability::Delete:
        return true;
    case Capability::Generate:
        return false;
    }
    return false;
}

QString OpenObserveClient::unsupportedReason(Capability capability) const
{
    switch (capability) {
    case Capability::Folders:
    case Capability::CreateFolder:
    case Capability::Move:
        return tr("This OpenObserve server offers only its v1 reports API, which has no report "
                  "folders.");
    case Capability::Generate:
        return tr("OpenObserve renders and emails reports itself and offers no download; use "
                  "Run now to send the report.");
    default:
        return RemoteClient::unsupportedReason(capability);
    }
}

// --- Paths and helpers ----------------------------------------------------------------------

QString OpenObserveClient::v2(const QString &rest) const
{
    return QStringLiteral("v2/%1/%2").arg(HttpClient::pathSegment(organisation()), rest);
}

QString OpenObserveClient::reports() const
{
    return m_api == Api::V2
               ? v2(QStringLiteral("reports"))
               : QStringLiteral("%1/reports").arg(HttpClient::pathSegment(organisation()));
}

QString OpenObserveClient::reportPath(const QString &id) const
{
    return reports() + QLatin1Char('/') + HttpClient::pathSegment(id);
}

QString OpenObserveClient::folderOrDefault(const QString &folderId)
{
    return folderId.isEmpty() ? kDefaultFolder : folderId;
}

// v1 answers 400 for every error of create, update and get, "Report not found" included
// (protocols.md 1.3): callers should see NotFound either way.
RemoteError OpenObserveClient::adjusted(RemoteError error) const
{
    if (error.httpStatus() == 400 &&
        error.serverMessage().contains(QLatin1String("not found"), Qt::CaseInsensitive)) {
        RemoteError e(RemoteError::Kind::NotFound, error.serverName(), error.operation());
        e.setHttpStatus(400)
            .setServerMessage(error.serverMessage())
            .setBody(error.body())
            .setDetail(error.detail());
        return e;
    }
    return error;
}

template <typename T> void OpenObserveClient::later(Callback<T> done, RemoteResult<T> result)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

RemoteItem OpenObserveClient::itemFromListEntry(const QJsonObject &entry, const QString &folderId)
{
    RemoteItem item;
    item.name = entry.value(key("name")).toString();
    item.id = m_api == Api::V2 ? entry.value(key("report_id")).toString() : item.name;
    item.folderId = entry.value(key("folder_id")).toString();
    if (item.folderId.isEmpty())
        item.folderId = m_api == Api::V2 ? folderOrDefault(folderId) : QString();
    item.type = tr("report");
    item.description = entry.value(key("description")).toString();
    if (entry.value(key("enabled")).isBool())
        item.enabled = entry.value(key("enabled")).toBool();
    item.scheduleText = listScheduleText(entry.value(key("frequency")).toObject());
    item.raw = entry;
    if (!item.id.isEmpty() && m_api == Api::V2)
        m_folderOf.insert(item.id, item.folderId);
    return item;
}

RemoteItem OpenObserveClient::itemFromReport(const QString &id, const QJsonObject &report) const
{
    RemoteItem item;
    item.id = id;
    item.folderId = m_folderOf.value(id);
    item.name = report.value(key("name")).toString();
    item.type = tr("report");
    item.description = report.value(key("description")).toString();
    item.enabled = report.value(key("enabled")).toBool(false);
    const auto schedule = ScheduleMapping::fromOpenObserve(report);
    item.scheduleText =
        schedule ? schedule->summary() : tr("Schedule not readable: %1").arg(schedule.error());
    for (const char *field : {"updatedAt", "createdAt"}) {
        const QDateTime t =
            QDateTime::fromString(report.value(key(field)).toString(), Qt::ISODateWithMs);
        if (t.isValid()) {
            item.updated = t.toUTC();
            break;
        }
    }
    item.raw = report;
    return item;
}

// --- Connection -----------------------------------------------------------------------------

void OpenObserveClient::testConnection(Callback<ServerInfo> done)
{
    const QString operation = tr("test the connection");
    if (server().auth != RemoteServer::Auth::Basic && server().auth != RemoteServer::Auth::Bearer)
        return postError<ServerInfo>(
            m_http->error(RemoteError::Kind::Configuration, operation,
                          tr("OpenObserve signs in with a user e-mail and password (basic) or a "
                             "token (bearer).")),
            std::move(done));

    const auto info = [this](int folders) {
        ServerInfo i;
        i.product = QStringLiteral("OpenObserve");
        QString who = server().auth == RemoteServer::Auth::Basic ? server().userName : QString();
        i.detail =
            m_api == Api::V2
                ? (folders == 1 ? tr("organisation “%1”, 1 report folder")
                                : tr("organisation “%1”, %n report folders", nullptr, folders))
                      .arg(organisation())
                : tr("organisation “%1”, v1 reports API (no report folders)").arg(organisation());
        if (!who.isEmpty())
            i.detail = tr("%1, signed in as %2").arg(i.detail, who);
        return i;
    };
    // A non-OpenObserve answer: the HTTP status was fine, the shape was not.
    const auto notOpenObserve = [operation](const HttpResponse &r, const QString &why) {
        RemoteError e = r.malformed(tr("this is not an OpenObserve server (%1)").arg(why));
        e.setOperation(operation);
        return e;
    };
    const auto statusError = [this, operation](const HttpResponse &r) {
        RemoteError e =
            RemoteError::fromHttpStatus(r.status, r.body, m_http->displayName(), operation);
        if (r.status == 401 && !looksLikeOpenObserveChallenge(r.header("WWW-Authenticate"))) {
            const QString message = e.serverMessage();
            e.setServerMessage(
                tr("%1the answer has no WWW-Authenticate: Bearer realm=\"openobserve\", so this "
                   "may not be an OpenObserve server")
                    .arg(message.isEmpty() ? QString() : message + QStringLiteral("; ")));
        }
        return e;
    };

    auto request = HttpRequest::get(v2(QStringLiteral("folders/reports")), operation);
    request.accepting({401, 403, 404});
    if (m_api == Api::V1) {
        request = HttpRequest::get(reports(), operation);
        request.accepting({401, 403, 404});
    }
    m_http->send(std::move(request), this, [=, this](const HttpResult &result) {
        if (!result)
            return done(result.error());
        const HttpResponse &r = *result;
        if (r.status == 401 || r.status == 403)
            return done(statusError(r));
        if (r.status == 404) {
            if (m_api == Api::V1) {
                RemoteError e = statusError(r);
                e.setServerMessage(tr("not an OpenObserve server, or the base URL has a wrong "
                                      "path (%1 answered 404)")
                                       .arg(r.url.path()));
                return done(e);
            }
            // No v2 routes: an older OpenObserve answers the v1 list, anything else is not one.
            auto probe = HttpRequest::get(
                QStringLiteral("%1/reports").arg(HttpClient::pathSegment(organisation())),
                operation);
            probe.accepting({401, 403, 404});
            const QString v2Path = r.url.path();
            m_http->send(std::move(probe), this, [=, this](const HttpResult &v1) {
                if (v1 && v1->status == 200) {
                    const auto list = v1->jsonArray();
                    if (list) {
                        m_api = Api::V1;
                        return done(info(0));
                    }
                }
                RemoteError e = statusError(r);
                e.setServerMessage(tr("not an OpenObserve server, or the base URL has a wrong "
                                      "path (%1 answered 404)")
                                       .arg(v2Path));
                done(e);
            });
            return;
        }
        const auto doc = r.json();
        if (!doc)
            return done(notOpenObserve(r, tr("the answer is not JSON")));
        if (m_api == Api::V1) {
            if (!doc->isArray())
                return done(notOpenObserve(r, tr("the reports answer is not a list")));
            return done(info(0));
        }
        if (!doc->isObject() || !doc->object().value(key("list")).isArray())
            return done(notOpenObserve(r, tr("the report folders answer has no “list”")));
        done(info(int(doc->object().value(key("list")).toArray().size())));
    });
}

// --- Folders --------------------------------------------------------------------------------

void OpenObserveClient::listFolders(Callback<QList<RemoteFolder>> done)
{
    if (m_api == Api::V1)
        return RemoteClient::listFolders(std::move(done));
    m_http->send(HttpRequest::get(v2(QStringLiteral("folders/reports")), tr("list report folders")),
                 this, [done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto o = result->jsonObject();
                     if (!o)
                         return done(o.error());
                     const QJsonValue list = o->value(key("list"));
                     if (!list.isArray())
                         return done(result->malformed(tr("the answer has no folder “list”")));
                     QList<RemoteFolder> folders;
                     for (const QJsonValue &v : list.toArray()) {
                         const QJsonObject f = v.toObject();
                         const QString id = f.value(key("folderId")).toString();
                         if (id.isEmpty())
                             return done(result->malformed(tr("a folder has no “folderId”")));
                         folders.append({id, f.value(key("name")).toString()});
                     }
                     done(folders);
                 });
}

void OpenObserveClient::createFolder(const QString &name, Callback<RemoteFolder> done)
{
    if (m_api == Api::V1)
        return RemoteClient::createFolder(name, std::move(done));
    const QJsonObject body{{key("name"), name}, {key("description"), QString()}};
    m_http->send(HttpRequest::postJson(v2(QStringLiteral("folders/reports")), QJsonDocument(body),
                                       tr("create the folder “%1”").arg(name)),
                 this, [done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto o = result->jsonObject();
                     if (!o)
                         return done(o.error());
                     const QString id = o->value(key("folderId")).toString();
                     if (id.isEmpty())
                         return done(result->malformed(tr("the new folder has no “folderId”")));
                     done(RemoteFolder{id, o->value(key("name")).toString()});
                 });
}

void OpenObserveClient::renameFolder(const QString &folderId, const QString &name, Done done)
{
    if (m_api == Api::V1)
        return RemoteClient::renameFolder(folderId, name, std::move(done));
    // Read first: the PUT replaces the folder, and its description must survive.
    const QString path = v2(QStringLiteral("folders/reports/")) + HttpClient::pathSegment(folderId);
    const QString operation = tr("rename the folder to “%1”").arg(name);
    m_http->send(HttpRequest::get(path, operation), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     auto folder = result->jsonObject();
                     if (!folder)
                         return done(folder.error());
                     QJsonObject body = *folder;
                     body.insert(key("folderId"), folderId);
                     body.insert(key("name"), name);
                     if (!body.contains(key("description")))
                         body.insert(key("description"), QString());
                     m_http->send(HttpRequest::putJson(path, QJsonDocument(body), operation), this,
                                  [done](const HttpResult &put) {
                                      if (!put)
                                          return done(put.error());
                                      done(true);
                                  });
                 });
}

void OpenObserveClient::deleteFolder(const QString &folderId, Done done)
{
    if (m_api == Api::V1)
        return RemoteClient::deleteFolder(folderId, std::move(done));
    m_http->send(HttpRequest::deleteResource(v2(QStringLiteral("folders/reports/")) +
                                                 HttpClient::pathSegment(folderId),
                                             tr("delete the folder")),
                 this, [done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     done(true);
                 });
}

// --- Reading reports ------------------------------------------------------------------------

void OpenObserveClient::listItems(const QString &folderId, Callback<QList<RemoteItem>> done)
{
    listReports(folderId, {}, std::move(done));
}

void OpenObserveClient::listReports(const QString &folderId, const QString &nameContains,
                                    Callback<QList<RemoteItem>> done)
{
    auto request = HttpRequest::get(reports(), tr("list reports"));
    if (m_api == Api::V2) {
        request.withQuery(QStringLiteral("folder"), folderOrDefault(folderId));
        if (!nameContains.isEmpty())
            request.withQuery(QStringLiteral("report_name_substring"), nameContains);
    }
    m_http->send(
        std::move(request), this, [=, this, done = std::move(done)](const HttpResult &result) {
            if (!result)
                return done(result.error());
            const auto list = result->jsonArray();
            if (!list)
                return done(list.error());
            QList<RemoteItem> items;
            for (const QJsonValue &v : *list) {
                if (!v.isObject())
                    return done(result->malformed(tr("a list entry is not an object")));
                RemoteItem item = itemFromListEntry(v.toObject(), folderId);
                if (item.id.isEmpty())
                    return done(
                        result->malformed(tr("the report “%1” has no “report_id”").arg(item.name)));
                // v1 has no server-side search.
                if (m_api == Api::V1 && !nameContains.isEmpty() &&
                    !item.name.contains(nameContains, Qt::CaseInsensitive))
                    continue;
                items.append(item);
            }
            done(items);
        });
}

void OpenObserveClient::getItem(const QString &id, Callback<RemoteItem> done)
{
    m_http->send(HttpRequest::get(reportPath(id), tr("read the report")), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(adjusted(result.error()));
                     const auto o = result->jsonObject();
                     if (!o)
                         return done(o.error());
                     if (!o->value(key("name")).isString())
                         return done(result->malformed(tr("the report has no “name”")));
                     done(itemFromReport(id, *o));
                 });
}

void OpenObserveClient::getReport(const QString &id, Callback<Report> done)
{
    getItem(id, [this, id, done = std::move(done)](const RemoteResult<RemoteItem> &item) {
        if (!item)
            return done(item.error());
        auto report = OpenObserveReportMapping::toReport(item->raw, id);
        if (!report)
            return done(m_http->error(RemoteError::Kind::MalformedResponse, tr("read the report"),
                                      report.error()));
        done(*report);
    });
}

// --- Writing reports ------------------------------------------------------------------------

void OpenObserveClient::findCreated(const QString &folderId, const QString &name,
                                    const QString &operation, Callback<RemoteItem> done)
{
    if (m_api == Api::V1) // the name is the id
        return getItem(name, std::move(done));
    auto request = HttpRequest::get(reports(), operation);
    request.withQuery(QStringLiteral("folder"), folderOrDefault(folderId))
        .withQuery(QStringLiteral("report_name_substring"), name);
    m_http->send(
        std::move(request), this, [=, this, done = std::move(done)](const HttpResult &result) {
            if (!result)
                return done(result.error());
            const auto list = result->jsonArray();
            if (!list)
                return done(list.error());
            // The search is a case-insensitive substring: pick the exact name.
            for (const QJsonValue &v : *list) {
                const QJsonObject entry = v.toObject();
                if (entry.value(key("name")).toString() != name)
                    continue;
                const RemoteItem found = itemFromListEntry(entry, folderId);
                if (found.id.isEmpty())
                    break;
                return getItem(found.id, done);
            }
            done(
                result->malformed(tr("the new report “%1” is not in the folder's list").arg(name)));
        });
}

void OpenObserveClient::createReportJson(const QString &folderId, const QJsonObject &report,
                                         Callback<RemoteItem> done)
{
    const QString name = report.value(key("name")).toString();
    auto request = HttpRequest::postJson(reports(), QJsonDocument(report),
                                         tr("create the report “%1”").arg(name));
    if (m_api == Api::V2)
        request.withQuery(QStringLiteral("folder"), folderOrDefault(folderId));
    else if (!folderId.isEmpty() && folderId != kDefaultFolder)
        return unsupported(Capability::Folders, request.operation, std::move(done));
    m_http->send(std::move(request), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     // 200 {"code":200,"message":"Report saved"}, and no id.
                     findCreated(folderId, name, tr("find the new report “%1”").arg(name), done);
                 });
}

void OpenObserveClient::createReport(const QString &folderId, const Report &report,
                                     Callback<RemoteItem> done)
{
    const auto json = OpenObserveReportMapping::fromReport(report, {}, organisation());
    if (!json) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(),
                      tr("create the report “%1”").arg(report.name));
        e.setDetail(json.error());
        return postError<RemoteItem>(std::move(e), std::move(done));
    }
    createReportJson(folderId, *json, std::move(done));
}

void OpenObserveClient::updateReportJson(const QString &id, const QJsonObject &report,
                                         const QString &moveToFolderId, Done done)
{
    auto request = HttpRequest::putJson(
        reportPath(id), QJsonDocument(report),
        tr("update the report “%1”").arg(report.value(key("name")).toString(id)));
    if (!moveToFolderId.isEmpty()) {
        if (m_api == Api::V1)
            return unsupported(Capability::Move, request.operation, std::move(done));
        request.withQuery(QStringLiteral("folder"), moveToFolderId);
    }
    m_http->send(std::move(request), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(adjusted(result.error()));
                     if (!moveToFolderId.isEmpty())
                         m_folderOf.insert(id, moveToFolderId);
                     done(true);
                 });
}

void OpenObserveClient::updateReport(const QString &id, const Report &report,
                                     const QString &moveToFolderId, Done done)
{
    const QString operation = tr("update the report “%1”").arg(report.name);
    if (m_api == Api::V1 && report.name != id) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
        e.setDetail(
            tr("OpenObserve's v1 API keys reports by name and cannot rename “%1”.").arg(id));
        return postError<bool>(std::move(e), std::move(done));
    }
    // Read-modify-write: what ReportDesk does not model is sent back as the server has it.
    getItem(id, [=, this](const RemoteResult<RemoteItem> &current) {
        if (!current)
            return done(current.error());
        const auto json =
            OpenObserveReportMapping::fromReport(report, current->raw, organisation());
        if (!json) {
            RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
            e.setDetail(json.error());
            return done(e);
        }
        updateReportJson(id, *json, moveToFolderId, done);
    });
}

void OpenObserveClient::setEnabled(const QString &id, bool enabled, Done done)
{
    const QString operation = enabled ? tr("enable the report") : tr("disable the report");
    // v2: PATCH .../enable?value=; v1: PUT (protocols.md 1.3 #7 and #15).
    HttpRequest request = HttpRequest::get(reportPath(id) + QStringLiteral("/enable"), operation);
    request.method = m_api == Api::V2 ? "PATCH" : "PUT";
    request.withQuery(QStringLiteral("value"),
                      enabled ? QStringLiteral("true") : QStringLiteral("false"));
    request.markIdempotent(); // setting a flag to a value
    m_http->send(
        std::move(request), this, [=, this, done = std::move(done)](const HttpResult &result) {
            if (!result)
                return done(adjusted(result.error()));
            const auto o = result->jsonObject();
            if (!o)
                return done(o.error());
            const QJsonValue now = o->value(key("enabled"));
            if (!now.isBool())
                return done(result->malformed(tr("the answer has no “enabled”")));
            if (now.toBool() != enabled)
                return done(
                    result->malformed(enabled ? tr("the server says the report is still disabled")
                                              : tr("the server says the report is still enabled")));
            done(true);
        });
}

void OpenObserveClient::trigger(const QString &id, Done done)
{
    // Synchronous on the server (render, then email): give it time, and never send it twice.
    HttpRequest request =
        HttpRequest::get(reportPath(id) + QStringLiteral("/trigger"), tr("run the report now"));
    request.method = "PUT";
    request.markIdempotent(false);
    request.withTimeout(std::max<std::chrono::milliseconds>(m_http->config().transferTimeout,
                                                            std::chrono::minutes(2)));
    m_http->send(std::move(request), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(adjusted(result.error()));
                     done(true);
                 });
}

void OpenObserveClient::remove(const QStringList &ids, Done done)
{
    if (ids.isEmpty())
        return later<bool>(std::move(done), true);
    if (ids.size() == 1) {
        const QString id = ids.first();
        m_http->send(HttpRequest::deleteResource(reportPath(id), tr("delete the report")), this,
                     [=, this, done = std::move(done)](const HttpResult &result) {
                         if (!result)
                             return done(adjusted(result.error()));
                         m_folderOf.remove(id);
                         done(true);
                     });
        return;
    }
    HttpRequest request = HttpRequest::deleteResource(
        reports() + QStringLiteral("/bulk"), tr("delete %n reports", nullptr, int(ids.size())));
    request.body = idsBody("ids", ids).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    // `folder` is only for the permission check; send it when all reports share one.
    if (m_api == Api::V2) {
        const QString folder = m_folderOf.value(ids.first());
        const bool shared =
            !folder.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [&](const QString &id) {
                return m_folderOf.value(id) == folder;
            });
        if (shared)
            request.withQuery(QStringLiteral("folder"), folder);
    }
    m_http->send(std::move(request), this,
                 [=, this, done = std::move(done)](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto o = result->jsonObject();
                     if (!o)
                         return done(o.error());
                     QStringList failed;
                     for (const QJsonValue &v : o->value(key("unsuccessful")).toArray())
                         failed << v.toString();
                     for (const QString &id : ids) {
                         if (!failed.contains(id))
                             m_folderOf.remove(id);
                     }
                     if (failed.isEmpty())
                         return done(true);
                     // The bulk answer gives one `err` for all; a single delete says why.
                     qCDebug(lcOpenObserve) << "bulk delete left" << failed.size()
                                            << "reports; deleting them one by one";
                     deleteOneByOne(failed, done);
                 });
}

void OpenObserveClient::deleteOneByOne(QStringList ids, Done done)
{
    if (ids.isEmpty())
        return done(true);
    const QString id = ids.takeFirst();
    m_http->send(HttpRequest::deleteResource(reportPath(id), tr("delete the report %1").arg(id)),
                 this, [=, this](const HttpResult &result) {
                     if (!result)
                         return done(adjusted(result.error()));
                     m_folderOf.remove(id);
                     deleteOneByOne(ids, done);
                 });
}

void OpenObserveClient::move(const QStringList &ids, const QString &folderId, Done done)
{
    if (m_api == Api::V1)
        return RemoteClient::move(ids, folderId, std::move(done));
    if (ids.isEmpty())
        return later<bool>(std::move(done), true);
    // `folder` names the source folder for the permission check: one call per source folder.
    QList<std::pair<QString, QStringList>> groups;
    for (const QString &id : ids) {
        const QString from = folderOrDefault(m_folderOf.value(id));
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == from; });
        if (it == groups.end())
            groups.append({from, {id}});
        else
            it->second.append(id);
    }
    moveGroups(std::move(groups), folderId, std::move(done));
}

void OpenObserveClient::moveGroups(QList<std::pair<QString, QStringList>> groups,
                                   const QString &folderId, Done done)
{
    if (groups.isEmpty())
        return done(true);
    const auto [from, ids] = groups.takeFirst();
    QJsonObject body{{key("report_ids"), QJsonArray::fromStringList(ids)},
                     {key("dst_folder_id"), folderOrDefault(folderId)}};
    auto request = HttpRequest::patchJson(
        v2(QStringLiteral("reports/move")), QJsonDocument(body),
        ids.size() == 1 ? tr("move 1 report") : tr("move %n reports", nullptr, int(ids.size())));
    request.withQuery(QStringLiteral("folder"), from);
    m_http->send(std::move(request), this, [=, this, ids = ids](const HttpResult &result) {
        if (!result)
            return done(result.error());
        for (const QString &id : ids)
            m_folderOf.insert(id, folderOrDefault(folderId));
        moveGroups(groups, folderId, done);
    });
}

} // namespace reportdesk::remote
