#pragma once

#include "LoopbackHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>
#include <optional>

namespace reportdesk::test {

// A Grafana Enterprise Reporting server on 127.0.0.1 for tests, as strict as protocols.md
// sections 3 and 5 describe it, with its reports in memory:
// - every /api call but /api/health needs `Authorization: Basic` (user:password) or
//   `Authorization: Bearer <token>`; otherwise 401 with a JSON {"message"} body;
// - report ids are numbers (anything else: 400), unknown ones 404; every answer is JSON
//   {"message": ...} or the object itself; POST/PUT bodies must be application/json objects
//   whose known fields have Grafana's types (a number where a string belongs: 400 "bad
//   request data", as Go's decoder answers);
// - POST /api/reports/email takes ReportEmail with `id` as a STRING and `emails` or
//   `useEmailsFromReport`, and answers only after "rendering" (setSendDelay);
// - GET /api/reports/render/pdfs answers a real (small) PDF whose text names the title,
//   orientation, layout and dashboards; `dashboards` may be a JSON array of report dashboards
//   or comma-separated uids (both unconfirmed [U]; setRenderForms narrows it);
// - GET/POST /api/reports/settings (branding), GET /api/reports/images/{name};
// - without Reporting (setReportingAvailable(false), Grafana OSS) /api/reports* is 404;
// - deny(action) answers 403 like Grafana's RBAC; failNext() injects one answer.
class GrafanaTestServer : public QObject {
    Q_OBJECT

public:
    enum class RenderForm { JsonArray = 1, Uids = 2, Both = 3 };

    explicit GrafanaTestServer(QObject *parent = nullptr);
    ~GrafanaTestServer() override;

    bool listen();
    // The Grafana root URL (what a server profile holds).
    QUrl url(const QString &path = QStringLiteral("/")) const { return m_http.url(path); }
    LoopbackHttpServer &http() { return m_http; }

    static constexpr const char *kUser = "report-admin";
    static constexpr const char *kPassword = "p@ss:word+secret";
    static constexpr const char *kToken = "glsa_TestServiceAccountToken_0123456789abcdef";

    void setVersion(const QString &version) { m_version = version; }
    void setOrgName(const QString &name) { m_orgName = name; }
    void setReportingAvailable(bool available) { m_reporting = available; }
    // RBAC actions ("reports:read", "reports:create", "reports:write", "reports:delete",
    // "reports:send", "reports.settings:read", "reports.settings:write") answered with 403.
    void deny(const QString &action) { m_denied.insert(action); }
    void setSendDelay(std::chrono::milliseconds delay) { m_sendDelay = delay; }
    void setRenderDelay(std::chrono::milliseconds delay) { m_renderDelay = delay; }
    void setRenderForms(RenderForm forms) { m_renderForms = forms; }
    // The next request of that method and path (exact, e.g. "/api/reports/3") gets this.
    void failNext(const QByteArray &method, const QString &path, LoopbackResponse response);

    void addDashboard(const QString &uid, const QString &name, qint64 id = 0);
    // Stores a report as the server would (id, uid, orgId, userId, created, updated, state
    // added when missing; known dashboards get their id and name) and returns its id. Unknown
    // fields are kept.
    qint64 addReport(QJsonObject report);
    std::optional<QJsonObject> report(qint64 id) const;
    int reportCount() const { return int(m_reports.size()); }
    QJsonObject settings() const { return m_settings; }
    void setSettings(const QJsonObject &settings) { m_settings = settings; }
    void setImage(const QString &name, const QByteArray &bytes, const QByteArray &contentType);

    // Accepted sends: {"id": "<id>", "emails": [...]}, with the addresses the mail went to.
    QList<QJsonObject> sentEmails() const { return m_sent; }
    QList<QJsonObject> testEmails() const { return m_testEmails; }
    // The query of every render that answered a PDF.
    QList<QUrlQuery> renders() const { return m_renders; }

    // A report shaped like Grafana's GET /api/reports/{id} example (protocols.md 3.3).
    static QJsonObject sampleReport(const QString &name, const QString &dashboardUid);
    // A one-page PDF showing these lines (Helvetica, A4).
    static QByteArray pdf(const QStringList &lines, bool landscape = false);

private:
    using Handler = std::function<LoopbackResponse(const LoopbackRequest &)>;
    // Registers a route that checks injected failures, auth, Reporting and the RBAC action.
    void api(const QByteArray &method, const QString &pattern, const QString &action,
             Handler handler, bool reporting = true);
    std::optional<LoopbackResponse> authenticate(const LoopbackRequest &request) const;
    // The body as a JSON object, or the 400 Grafana answers.
    std::optional<LoopbackResponse> jsonBody(const LoopbackRequest &request,
                                             QJsonObject *out) const;
    std::optional<LoopbackResponse> validateReport(const QJsonObject &report) const;
    QJsonObject withDashboardNames(QJsonObject report) const;
    std::optional<LoopbackResponse> reportFor(const LoopbackRequest &request, qint64 *id) const;

    LoopbackResponse listReports(const LoopbackRequest &request) const;
    LoopbackResponse createReport(const LoopbackRequest &request);
    LoopbackResponse updateReport(const LoopbackRequest &request);
    LoopbackResponse deleteReport(const LoopbackRequest &request);
    LoopbackResponse sendEmail(const LoopbackRequest &request);
    LoopbackResponse testEmail(const LoopbackRequest &request);
    LoopbackResponse renderPdfs(const LoopbackRequest &request);
    LoopbackResponse saveSettings(const LoopbackRequest &request);

    LoopbackHttpServer m_http;
    QString m_version = QStringLiteral("10.4.1");
    QString m_orgName = QStringLiteral("Main Org.");
    bool m_reporting = true;
    QSet<QString> m_denied;
    std::chrono::milliseconds m_sendDelay{0};
    std::chrono::milliseconds m_renderDelay{0};
    RenderForm m_renderForms = RenderForm::Both;
    QMap<QString, QList<LoopbackResponse>> m_failures;
    QHash<QString, std::pair<QString, qint64>> m_dashboards; // uid -> name, id
    QMap<qint64, QJsonObject> m_reports;
    qint64 m_nextId = 1;
    QJsonObject m_settings;
    QHash<QString, std::pair<QByteArray, QByteArray>> m_images;
    QList<QJsonObject> m_sent;
    QList<QJsonObject> m_testEmails;
    QList<QUrlQuery> m_renders;
};

} // namespace reportdesk::test
