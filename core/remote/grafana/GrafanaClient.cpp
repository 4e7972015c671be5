#include "GrafanaClient.h"

#include "domain/Schedule.h"
#include "remote/HttpClient.h"
#include "scheduling/ScheduleMapping.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <climits>

Q_LOGGING_CATEGORY(lcGrafana, "reportdesk.remote.grafana")

namespace reportdesk::remote {

namespace {

QString str(const char *key)
{
    return QString::fromLatin1(key);
}

constexpr qint64 kMaxPdfBytes = 512LL * 1024 * 1024;

bool isReportId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(id).hasMatch();
}

QString reportPath(const QString &id)
{
    return QStringLiteral("reports/") + id;
}

// Answers `done` from the event loop, never inside the caller's call.
template <typename T>
void postResult(QObject *context, RemoteClient::Callback<T> done, RemoteResult<T> result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

GrafanaClient::GrafanaClient(RemoteServer profile, QString secret, QNetworkAccessManager *network,
                             QObject *parent)
    : RemoteClient(std::move(profile), parent)
{
    const RemoteServer &s = server();
    HttpClientConfig config;
    QUrl base = s.baseUrl;
    QString path = base.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    base.setPath(path + QStringLiteral("api/"));
    base.setQuery(QString());
    base.setFragment(QString());
    config.baseUrl = base;
    config.displayName = displayName();
    switch (s.auth) {
    case RemoteServer::Auth::Basic:
        config.auth = HttpAuth::basic(s.userName, secret);
        break;
    case RemoteServer::Auth::Bearer:
    case RemoteServer::Auth::ApiKey: // Grafana's API keys are bearer tokens too
        config.auth = HttpAuth::bearer(secret);
        break;
    case RemoteServer::Auth::None:
    case RemoteServer::Auth::ClientCredentials:
        config.auth = HttpAuth::none();
        break;
    }
    config.caCertificatesFile = s.caFile;
    config.transferTimeout = std::chrono::seconds(std::max(1, s.timeoutSeconds));
    config.defaultHeaders = {{"Accept", "application/json"}};
    if (const QString org = s.organisation.trimmed(); !org.isEmpty())
        config.defaultHeaders.append({"X-Grafana-Org-Id", org.toUtf8()});
    m_http = new HttpClient(network, std::move(config), this);
}

GrafanaClient::~GrafanaClient() = default;

std::chrono::milliseconds GrafanaClient::sendTimeout() const
{
    return std::max<std::chrono::milliseconds>(kMinimumSendTimeout,
                                               m_http->config().transferTimeout);
}

QDateTime GrafanaClient::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

bool GrafanaClient::supports(Capability capability) const
{
    switch (capability) {
    case Capability::Enable:
    case Capability::Trigger:
    case Capability::Delete:
    case Capability::Generate:
        return true;
    case Capability::Folders:
    case Capability::CreateFolder:
    case Capability::Move:
        return false;
    }
    return false;
}

QString GrafanaClient::unsupportedReason(Capability capability) const
{
    switch (capability) {
    case Capability::Folders:
    case Capability::CreateFolder:
        return tr("Grafana reports are not kept in folders.");
    case Capability::Move:
        return tr("Grafana reports are not kept in folders, so there is nowhere to move them.");
    default:
        return RemoteClient::unsupportedReason(capability);
    }
}

template <typename T>
bool GrafanaClient::checkId(const QString &id, const QString &operation, const Callback<T> &done)
{
    if (isReportId(id))
        return true;
    RemoteError error(RemoteError::Kind::Unsupported, displayName(), operation);
    error.setDetail(tr("“%1” is not a Grafana report id; Grafana report ids are numbers").arg(id));
    postError<T>(std::move(error), done);
    return false;
}

// Grafana without the Enterprise Reporting plugin has no /api/reports at all.
static RemoteError reportingMissing(RemoteError error)
{
    if (error.kind() != RemoteError::Kind::NotFound)
        return error;
    RemoteError out(RemoteError::Kind::Unsupported, error.serverName(), error.operation());
    out.setHttpStatus(error.httpStatus());
    out.setDetail(GrafanaClient::tr("this Grafana has no Reporting (an Enterprise feature): "
                                    "/api/reports answered 404 Not Found"));
    return out;
}

void GrafanaClient::testConnection(Callback<ServerInfo> done)
{
    const QString operation = tr("test the connection");
    // /api/health needs no sign-in and answers the same JSON on every Grafana.
    m_http->send(
        HttpRequest::get(str("health"), operation), this,
        [this, operation, done](const HttpResult &health) {
            const auto notGrafana = [&](const QString &why) {
                RemoteError e(RemoteError::Kind::MalformedResponse, displayName(), operation);
                e.setDetail(tr("this is not a Grafana server (%1)").arg(why));
                if (!health.ok())
                    e.setHttpStatus(health.error().httpStatus());
                done(e);
            };
            if (!health) {
                const RemoteError &e = health.error();
                const bool wrongPath = e.kind() == RemoteError::Kind::NotFound ||
                                       e.kind() == RemoteError::Kind::MethodNotAllowed ||
                                       e.kind() == RemoteError::Kind::HttpClientError;
                if (wrongPath)
                    return notGrafana(tr("GET /api/health answered %1").arg(e.summary()));
                return done(e);
            }
            const auto json = health->jsonObject();
            if (!json || !json->value(str("database")).isString())
                return notGrafana(tr("GET /api/health did not answer with Grafana's health "
                                     "report"));
            ServerInfo info;
            info.product = str("Grafana");
            info.version = json->value(str("version")).toString();
            m_http->send(HttpRequest::get(str("org"), tr("sign in")), this,
                         [this, info, done](const HttpResult &org) mutable {
                             if (!org)
                                 return done(org.error());
                             const auto orgJson = org->jsonObject();
                             if (!orgJson)
                                 return done(orgJson.error());
                             const QString orgName = orgJson->value(str("name")).toString();
                             m_http->send(HttpRequest::get(str("reports"), tr("list reports")),
                                          this,
                                          [info, orgName, done](const HttpResult &reports) mutable {
                                              if (!reports)
                                                  return done(reportingMissing(reports.error()));
                                              const auto list = reports->jsonArray();
                                              if (!list)
                                                  return done(list.error());
                                              info.detail = tr("organisation “%1”, %n report(s)",
                                                               nullptr, int(list->size()))
                                                                .arg(orgName);
                                              done(info);
                                          });
                         });
        });
}

RemoteResult<RemoteItem> GrafanaClient::itemFromJson(const QJsonObject &report,
                                                     const HttpResponse &response) const
{
    RemoteItem item;
    item.id = GrafanaReportMapping::idText(report.value(str("id")));
    if (item.id.isEmpty())
        return response.malformed(tr("a report without a numeric id"));
    item.name = report.value(str("name")).toString();
    item.type = tr("report");
    const QString state = report.value(str("state")).toString();
    item.enabled = GrafanaReportMapping::isEnabledState(state);
    item.status = state;
    const QJsonObject schedule = report.value(str("schedule")).toObject();
    if (const auto s = ScheduleMapping::fromGrafana(schedule); s)
        item.scheduleText = s->summary();
    else
        item.scheduleText = schedule.value(str("frequency")).toString();
    QStringList dashboards;
    const QJsonArray list = report.value(str("dashboards")).toArray();
    for (const QJsonValue &d : list) {
        const QJsonObject ref = d.toObject().value(str("dashboard")).toObject();
        const QString name = ref.value(str("name")).toString();
        dashboards << (name.isEmpty() ? ref.value(str("uid")).toString() : name);
    }
    const int recipients = int(
        GrafanaReportMapping::splitAddresses(report.value(str("recipients")).toString()).size());
    item.description =
        tr("%1; %n recipient(s)", nullptr, recipients)
            .arg(dashboards.isEmpty() ? tr("no dashboard") : dashboards.join(QStringLiteral(", ")));
    item.updated =
        QDateTime::fromString(report.value(str("updated")).toString(), Qt::ISODate).toUTC();
    item.raw = report;
    return item;
}

void GrafanaClient::listItems(const QString &folderId, Callback<QList<RemoteItem>> done)
{
    if (!folderId.isEmpty())
        return unsupported(Capability::Folders, tr("list reports"), std::move(done));
    m_http->send(HttpRequest::get(str("reports"), tr("list reports")), this,
                 [this, done](const HttpResult &result) {
                     if (!result)
                         return done(reportingMissing(result.error()));
                     const auto list = result->jsonArray();
                     if (!list)
                         return done(list.error());
                     QList<RemoteItem> items;
                     for (qsizetype i = 0; i < list->size(); ++i) {
                         if (!list->at(i).isObject())
                             return done(result->malformed(
                                 tr("entry %1 of the list is not a report").arg(i + 1)));
                         auto item = itemFromJson(list->at(i).toObject(), *result);
                         if (!item)
                             return done(item.error());
                         items.append(*item);
                     }
                     qCDebug(lcGrafana) << "listed" << items.size() << "reports";
                     done(items);
                 });
}

void GrafanaClient::fetchReport(const QString &id, const QString &operation,
                                std::function<void(const RemoteResult<QJsonObject> &)> done)
{
    m_http->send(HttpRequest::get(reportPath(id), operation), this,
                 [done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto json = result->jsonObject();
                     if (!json)
                         return done(json.error());
                     done(*json);
                 });
}

void GrafanaClient::getItem(const QString &id, Callback<RemoteItem> done)
{
    const QString operation = tr("read report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    m_http->send(HttpRequest::get(reportPath(id), operation), this,
                 [this, done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto json = result->jsonObject();
                     if (!json)
                         return done(json.error());
                     done(itemFromJson(*json, *result));
                 });
}

void GrafanaClient::getReport(const QString &id, Callback<GrafanaReport> done)
{
    const QString operation = tr("read report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    m_http->send(HttpRequest::get(reportPath(id), operation), this,
                 [this, done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto json = result->jsonObject();
                     if (!json)
                         return done(json.error());
                     auto item = itemFromJson(*json, *result);
                     if (!item)
                         return done(item.error());
                     auto mapped = GrafanaReportMapping::toReport(*json);
                     if (!mapped)
                         return done(result->malformed(mapped.error()));
                     done(GrafanaReport{*item, *mapped});
                 });
}

void GrafanaClient::putReport(const QString &id, const QJsonObject &report,
                              const QString &operation, Done done)
{
    m_http->send(HttpRequest::putJson(reportPath(id), QJsonDocument(report), operation), this,
                 [done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     done(true);
                 });
}

void GrafanaClient::setEnabled(const QString &id, bool enabled, Done done)
{
    const QString operation =
        enabled ? tr("resume report %1").arg(id) : tr("pause report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    fetchReport(id, operation, [this, id, enabled, operation, done](const auto &read) {
        if (!read)
            return done(read.error());
        QJsonObject report = *read;
        const QString state = report.value(str("state")).toString();
        const auto refuse = [&](const QString &why) {
            RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
            e.setDetail(why);
            done(e);
        };
        if (state.compare(QLatin1String("draft"), Qt::CaseInsensitive) == 0)
            return refuse(tr("the report is a draft; finish it in Grafana first"));
        if (state.compare(QLatin1String("expired"), Qt::CaseInsensitive) == 0)
            return refuse(tr("the report's schedule has ended; give it a new schedule to run it "
                             "again"));
        if (GrafanaReportMapping::isEnabledState(state) == enabled) {
            qCDebug(lcGrafana) << "report" << id << "already" << (enabled ? "runs" : "paused");
            return done(true);
        }
        report.insert(str("state"), GrafanaReportMapping::stateFor(enabled));
        putReport(id, report, operation, done);
    });
}

void GrafanaClient::trigger(const QString &id, Done done)
{
    sendReport(id, {}, std::move(done));
}

void GrafanaClient::sendReport(const QString &id, const QStringList &emails, Done done)
{
    const QString operation = tr("send report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    QJsonObject body;
    body.insert(str("id"), id); // a string, as ReportEmail wants it
    const QString list = GrafanaReportMapping::joinAddresses(emails);
    if (list.isEmpty())
        body.insert(str("useEmailsFromReport"), true);
    else
        body.insert(str("emails"), list);
    qCDebug(lcGrafana) << "sending report" << id << "to"
                       << (list.isEmpty()
                               ? QStringLiteral("its recipients")
                               : QString::number(emails.size()) + QStringLiteral(" addresses"));
    // Synchronous on the server: it renders and mails before answering. Never retried, so
    // nobody gets the mail twice.
    m_http->send(HttpRequest::postJson(str("reports/email"), QJsonDocument(body), operation)
                     .withTimeout(sendTimeout()),
                 this, [done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     done(true);
                 });
}

void GrafanaClient::sendTestEmail(const QString &id, const QStringList &emails, Done done)
{
    const QString operation = tr("send a test e-mail of report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    fetchReport(id, operation, [this, emails, operation, done](const auto &read) {
        if (!read)
            return done(read.error());
        QJsonObject report = *read;
        if (!emails.isEmpty())
            report.insert(str("recipients"), GrafanaReportMapping::joinAddresses(emails));
        m_http->send(
            HttpRequest::postJson(str("reports/test-email"), QJsonDocument(report), operation)
                .withTimeout(sendTimeout()),
            this, [done](const HttpResult &result) {
                if (!result)
                    return done(result.error());
                done(true);
            });
    });
}

void GrafanaClient::sendTestEmail(const Report &report, const QStringList &emails, Done done)
{
    const QString operation = tr("send a test e-mail of “%1”").arg(report.name);
    const auto mapped = GrafanaReportMapping::toGrafana(report, {}, now());
    if (!mapped) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
        e.setDetail(mapped.error());
        return postError<bool>(std::move(e), std::move(done));
    }
    QJsonObject body = mapped->json;
    if (!emails.isEmpty())
        body.insert(str("recipients"), GrafanaReportMapping::joinAddresses(emails));
    m_http->send(HttpRequest::postJson(str("reports/test-email"), QJsonDocument(body), operation)
                     .withTimeout(sendTimeout()),
                 this, [done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     done(true);
                 });
}

void GrafanaClient::createReport(const Report &report, Callback<GrafanaSaved> done)
{
    const QString operation = tr("create report “%1”").arg(report.name);
    const auto mapped = GrafanaReportMapping::toGrafana(report, {}, now());
    if (!mapped) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
        e.setDetail(mapped.error());
        return postError<GrafanaSaved>(std::move(e), std::move(done));
    }
    const QStringList notes = mapped->notes;
    m_http->send(HttpRequest::postJson(str("reports"), QJsonDocument(mapped->json), operation),
                 this, [notes, done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     const auto json = result->jsonObject();
                     if (!json)
                         return done(json.error());
                     const QString id = GrafanaReportMapping::idText(json->value(str("id")));
                     if (id.isEmpty())
                         return done(result->malformed(tr("the answer carries no report id")));
                     done(GrafanaSaved{id, notes});
                 });
}

void GrafanaClient::updateReport(const QString &id, const Report &report,
                                 Callback<GrafanaSaved> done)
{
    const QString operation = tr("update report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    fetchReport(id, operation, [this, id, report, operation, done](const auto &read) {
        if (!read)
            return done(read.error());
        const auto mapped = GrafanaReportMapping::toGrafana(report, *read, now());
        if (!mapped) {
            RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
            e.setDetail(mapped.error());
            return done(e);
        }
        const QStringList notes = mapped->notes;
        putReport(id, mapped->json, operation, [id, notes, done](const RemoteResult<bool> &r) {
            if (!r)
                return done(r.error());
            done(GrafanaSaved{id, notes});
        });
    });
}

void GrafanaClient::remove(const QStringList &ids, Done done)
{
    for (const QString &id : ids) {
        if (!checkId(id, tr("delete report %1").arg(id), done))
            return;
    }
    if (ids.isEmpty())
        return postResult<bool>(this, std::move(done), true);
    removeNext(ids, std::move(done));
}

void GrafanaClient::removeNext(QStringList ids, Done done)
{
    const QString id = ids.takeFirst();
    m_http->send(HttpRequest::deleteResource(reportPath(id), tr("delete report %1").arg(id)), this,
                 [this, ids, done](const HttpResult &result) {
                     if (!result)
                         return done(result.error());
                     if (ids.isEmpty())
                         return done(true);
                     removeNext(ids, done);
                 });
}

void GrafanaClient::generate(const QString &id, const QString &outputPath, Callback<QString> done)
{
    const QString operation = tr("render report %1").arg(id);
    if (!checkId(id, operation, done))
        return;
    fetchReport(id, operation, [this, outputPath, operation, done](const auto &read) {
        if (!read)
            return done(read.error());
        const QJsonObject report = *read;
        QJsonArray dashboards = report.value(str("dashboards")).toArray();
        if (dashboards.isEmpty() && report.contains(str("dashboardUid"))) {
            // Grafana <= 8: one dashboard on the report itself.
            QJsonObject d;
            d.insert(str("dashboard"),
                     QJsonObject{{str("uid"), report.value(str("dashboardUid")).toString()}});
            if (report.value(str("timeRange")).isObject())
                d.insert(str("timeRange"), report.value(str("timeRange")));
            d.insert(str("reportVariables"), report.value(str("templateVars")).toObject());
            dashboards.append(d);
        }
        if (dashboards.isEmpty()) {
            RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
            e.setDetail(tr("the report has no dashboard to render"));
            return done(e);
        }
        const QJsonObject options = report.value(str("options")).toObject();
        GrafanaRenderOptions render;
        render.orientation = options.value(str("orientation")).toString();
        render.layout = options.value(str("layout")).toString();
        render.title = report.value(str("name")).toString();
        if (const int scale = report.value(str("scaleFactor")).toInt(); scale > 0)
            render.scaleFactor = scale;
        renderPdf(dashboards, render, outputPath, done);
    });
}

void GrafanaClient::renderDashboards(const QStringList &uids, const GrafanaRenderOptions &options,
                                     const QString &outputPath, Callback<QString> done)
{
    QJsonArray dashboards;
    for (const QString &uid : uids) {
        if (uid.trimmed().isEmpty())
            continue;
        QJsonObject d;
        d.insert(str("dashboard"), QJsonObject{{str("uid"), uid.trimmed()}});
        if (!options.timeRange.from.isEmpty() || !options.timeRange.to.isEmpty())
            d.insert(str("timeRange"), QJsonObject{{str("from"), options.timeRange.from},
                                                   {str("to"), options.timeRange.to}});
        d.insert(str("reportVariables"), QJsonObject());
        dashboards.append(d);
    }
    if (dashboards.isEmpty()) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), tr("render dashboards"));
        e.setDetail(tr("name at least one dashboard uid"));
        return postError<QString>(std::move(e), std::move(done));
    }
    renderPdf(dashboards, options, outputPath, std::move(done));
}

void GrafanaClient::renderPdf(const QJsonArray &dashboards, const GrafanaRenderOptions &options,
                              const QString &outputPath, Callback<QString> done)
{
    const QString operation = tr("render a PDF");
    // Fail before the server renders anything when the file cannot be written anyway.
    const QFileInfo target(outputPath);
    const QFileInfo folder(target.absolutePath());
    if (outputPath.isEmpty() || !folder.isDir() || !folder.isWritable() || target.isDir()) {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
        e.setDetail(tr("the PDF cannot be written to “%1”: %2")
                        .arg(QDir::toNativeSeparators(outputPath),
                             target.isDir()   ? tr("that is a folder")
                             : folder.isDir() ? tr("the folder is not writable")
                                              : tr("the folder does not exist")));
        return postError<QString>(std::move(e), std::move(done));
    }
    // How the render endpoint takes `dashboards` is not confirmed [U, protocols.md 3.2]: the
    // JSON array of the report's dashboards (which carries time ranges and variables) first,
    // then, if the server refuses that as a bad request, comma-separated uids.
    QStringList uids;
    for (const QJsonValue &d : dashboards)
        uids << d.toObject().value(str("dashboard")).toObject().value(str("uid")).toString();
    const auto request = [=, this](bool asJson) {
        HttpRequest r = HttpRequest::get(str("reports/render/pdfs"), operation);
        r.withQuery(
            str("dashboards"),
            asJson ? QString::fromUtf8(QJsonDocument(dashboards).toJson(QJsonDocument::Compact))
                   : uids.join(QLatin1Char(',')));
        if (!options.orientation.isEmpty())
            r.withQuery(str("orientation"), options.orientation);
        if (!options.layout.isEmpty())
            r.withQuery(str("layout"), options.layout);
        if (!options.title.isEmpty())
            r.withQuery(str("title"), options.title);
        if (options.scaleFactor)
            r.withQuery(str("scaleFactor"), QString::number(*options.scaleFactor));
        if (options.includeTables)
            r.withQuery(str("includeTables"), str("true"));
        r.withTimeout(sendTimeout());
        r.maxResponseBytes = kMaxPdfBytes;
        r.withHeader("Accept", "application/pdf");
        return r;
    };
    m_http->send(request(true), this,
                 [this, request, outputPath, operation, done](const HttpResult &first) {
                     if (first)
                         return done(savePdf(*first, outputPath, operation));
                     if (first.error().httpStatus() != 400)
                         return done(first.error());
                     qCDebug(lcGrafana) << "render refused the dashboards as JSON; trying uids";
                     m_http->send(request(false), this,
                                  [this, outputPath, operation, done](const HttpResult &second) {
                                      if (!second)
                                          return done(second.error());
                                      done(savePdf(*second, outputPath, operation));
                                  });
                 });
}

RemoteResult<QString> GrafanaClient::savePdf(const HttpResponse &response,
                                             const QString &outputPath,
                                             const QString &operation) const
{
    if (!response.body.startsWith("%PDF-"))
        return response.malformed(tr("the server sent no PDF (Content-Type “%1”, %n byte(s))",
                                     nullptr,
                                     int(std::min<qsizetype>(response.body.size(), INT_MAX)))
                                      .arg(QString::fromLatin1(response.header("Content-Type"))));
    QSaveFile file(outputPath);
    const auto failed = [&] {
        RemoteError e(RemoteError::Kind::Unsupported, displayName(), operation);
        e.setDetail(tr("the PDF cannot be written to “%1”: %2")
                        .arg(QDir::toNativeSeparators(outputPath), file.errorString()));
        file.cancelWriting();
        return e;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(response.body) != response.body.size())
        return failed();
    if (!file.commit())
        return failed();
    qCDebug(lcGrafana) << "saved" << response.body.size() << "bytes of PDF";
    return QFileInfo(outputPath).absoluteFilePath();
}

void GrafanaClient::brandingSettings(Callback<GrafanaBranding> done)
{
    m_http->send(
        HttpRequest::get(str("reports/settings"), tr("read the report branding")), this,
        [this, done](const HttpResult &result) {
            if (!result)
                return done(reportingMissing(result.error()));
            const auto json = result->jsonObject();
            if (!json)
                return done(json.error());
            const GrafanaBrandingImport mapped = GrafanaReportMapping::toBranding(*json);
            GrafanaBranding branding{mapped.profile, mapped.reportLogoUrl, *json, mapped.notes};
            fetchLogo(std::move(branding), done);
        });
}

void GrafanaClient::fetchLogo(GrafanaBranding branding, Callback<GrafanaBranding> done)
{
    if (branding.reportLogoUrl.isEmpty())
        return postResult<GrafanaBranding>(this, std::move(done), branding);
    // A relative URL is on this Grafana (its root URL, sub-path included).
    QUrl root = server().baseUrl;
    if (!root.path().endsWith(QLatin1Char('/')))
        root.setPath(root.path() + QLatin1Char('/'));
    const QUrl logo = root.resolved(QUrl(branding.reportLogoUrl));
    const bool web =
        logo.scheme() == QLatin1String("https") || logo.scheme() == QLatin1String("http");
    if (!logo.isValid() || !web) {
        branding.notes << tr("The report logo “%1” is not a web address; it was not fetched.")
                              .arg(branding.reportLogoUrl);
        return postResult<GrafanaBranding>(this, std::move(done), branding);
    }
    HttpRequest request = HttpRequest::get(QString(), tr("fetch the report logo"));
    request.url = logo;
    // Credentials go to this Grafana only; a logo elsewhere is fetched without them.
    request.authenticate = HttpClient::sameOrigin(logo, m_http->config().baseUrl);
    request.maxResponseBytes = BrandingProfile::kMaxLogoBytes;
    request.withHeader("Accept", "image/*");
    m_http->send(
        std::move(request), this, [branding, logo, done](const HttpResult &result) mutable {
            if (result) {
                branding.profile.logo = result->body;
                branding.profile.logoFileName = logo.fileName();
            } else {
                branding.notes
                    << tr("The report logo could not be fetched: %1").arg(result.error().text());
            }
            done(branding);
        });
}

void GrafanaClient::saveBrandingSettings(const BrandingProfile &profile, Callback<QStringList> done)
{
    const QString operation = tr("save the report branding");
    brandingSettings([this, profile, operation, done](const RemoteResult<GrafanaBranding> &read) {
        if (!read)
            return done(read.error());
        const GrafanaJsonExport mapped =
            GrafanaReportMapping::toGrafanaSettings(profile, read->raw, read->profile.logo);
        if (mapped.json == read->raw) {
            qCDebug(lcGrafana) << "branding unchanged; nothing to save";
            return done(mapped.notes);
        }
        const QStringList notes = mapped.notes;
        m_http->send(
            HttpRequest::postJson(str("reports/settings"), QJsonDocument(mapped.json), operation),
            this, [notes, done](const HttpResult &result) {
                if (!result)
                    return done(result.error());
                done(notes);
            });
    });
}

} // namespace reportdesk::remote
