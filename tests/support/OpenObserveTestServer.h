#pragma once

#include "LoopbackHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace reportdesk::test {

// A strict OpenObserve reports server (protocols.md sections 1 and 5) on LoopbackHttpServer,
// with in-memory state, for the OpenObserveClient tests.
//
// What it enforces, as the real server does:
// - every route needs `Authorization: Basic base64(email:password)` of a known user or
//   `Bearer <token>`; otherwise 401, plain-text `Unauthorized Access`, and
//   `WWW-Authenticate: Bearer realm="openobserve"`;
// - bodies are deserialized like serde would: `Content-Type: application/json` (else 415),
//   JSON syntax (else 400), required fields and types (else 422, plain text naming the field);
//   the Report's top level is camelCase and its nested objects snake_case, so a wrongly cased
//   required key (`org_id`, nested `reportType` ...) is missing and answers 422, and a wrongly
//   cased optional key is ignored and does not survive (the server stores what it understood);
// - v2 errors use their mapped status (protocols.md 1.7); v1 create, update and get answer 400
//   for every error, "Report not found" included; v1 delete, enable and trigger answer 404;
// - create answers 200 {"code":200,"message":"Report saved"} without an id; lists give
//   `report_id` KSUIDs (27 base62 characters) with snake_case keys; GET by id has no id;
// - destinations are `{"email": ...}`; dashboards and their first tab must exist on create
//   (not on v2 update); names follow the server's rules; names are unique per folder;
// - `bulk` and `move` are literal paths beside `{report_id}`; enable reads `?value=` (missing or
//   not a bool is false) with PATCH in v2 and PUT in v1; folders of type `reports`, with
//   `default` built in.
// Hooks inject what a real server does on a bad day: RBAC denials (403 envelope), SMTP or Chrome
// not configured (500 on trigger), ids a bulk delete leaves in `unsuccessful`, a server without
// the v2 API, and one-off failures of any route.
class OpenObserveTestServer : public QObject {
    Q_OBJECT

public:
    struct Folder {
        QString id;
        QString name;
        QString description;
    };
    struct StoredReport {
        QString id; // KSUID
        QString org;
        QString folderId;
        QJsonObject report; // canonical camelCase Report, as GET returns it
        qint64 createdAtMicros = 0;
        std::optional<qint64> lastTriggeredAtMicros;
        int triggers = 0;
    };

    explicit OpenObserveTestServer(QObject *parent = nullptr);
    ~OpenObserveTestServer() override;

    bool listen();
    LoopbackHttpServer &http() { return m_http; }
    // The server's root (the client adds /api).
    QUrl baseUrl() const { return m_http.url(QStringLiteral("/")); }

    // Accounts: Basic user e-mail + password, or a Bearer token acting as a user.
    void addUser(const QString &email, const QString &password);
    void addToken(const QString &token, const QString &email);

    // A dashboard reports may show (folder id, dashboard id, tab ids).
    void addDashboard(const QString &folder, const QString &dashboard, const QStringList &tabs);
    QString addFolder(const QString &name, const QString &description = {},
                      const QString &org = QStringLiteral("default"));
    // Stores a report as if created through the API (no validation); gives its KSUID.
    QString addReport(const QString &folderId, const QJsonObject &report,
                      const QString &org = QStringLiteral("default"));

    // Hooks.
    void setSmtpEnabled(bool on) { m_smtpEnabled = on; }
    void setChromeEnabled(bool on) { m_chromeEnabled = on; }
    void setV2Enabled(bool on) { m_v2Enabled = on; }
    // RBAC: "folders", "list", "get", "create", "update", "delete", "enable", "trigger", "move".
    void forbid(const QString &action) { m_forbidden.insert(action); }
    // A bulk delete leaves this id in `unsuccessful` (with err) but a single delete works.
    void failInBulkDelete(const QString &id) { m_bulkFailures.insert(id); }
    // The next request whose method matches and whose path ends with pathSuffix gets response.
    void failNext(const QByteArray &method, const QString &pathSuffix, LoopbackResponse response);

    // State.
    QList<Folder> folders(const QString &org = QStringLiteral("default")) const;
    std::optional<StoredReport> report(const QString &id) const;
    std::optional<StoredReport> reportByName(const QString &folderId, const QString &name,
                                             const QString &org = QStringLiteral("default")) const;
    int reportCount() const { return int(m_reports.size()); }

    static QString newKsuid();
    static bool isKsuid(const QString &text);

private:
    using Handler = LoopbackHttpServer::Handler;
    struct Dashboard {
        QString folder;
        QStringList tabs;
    };
    struct Caller {
        QString email;
    };
    struct Injected {
        QByteArray method;
        QString suffix;
        LoopbackResponse response;
    };
    enum class Api { V1, V2 };

    void addRoutes();
    void on(const QByteArray &method, const QString &pattern, const QString &action,
            std::function<LoopbackResponse(const LoopbackRequest &, const Caller &)> handler);
    std::optional<Caller> authenticate(const LoopbackRequest &request) const;

    // Report endpoints, v1 and v2.
    LoopbackResponse createReport(const LoopbackRequest &r, const Caller &c, Api api);
    LoopbackResponse listReports(const LoopbackRequest &r, Api api) const;
    LoopbackResponse getReport(const LoopbackRequest &r, Api api) const;
    LoopbackResponse updateReport(const LoopbackRequest &r, const Caller &c, Api api);
    LoopbackResponse deleteReport(const LoopbackRequest &r, Api api);
    LoopbackResponse bulkDelete(const LoopbackRequest &r, Api api);
    LoopbackResponse enableReport(const LoopbackRequest &r, Api api);
    LoopbackResponse triggerReport(const LoopbackRequest &r, Api api);
    LoopbackResponse moveReports(const LoopbackRequest &r);
    // Folder endpoints.
    LoopbackResponse listFolders(const LoopbackRequest &r) const;
    LoopbackResponse createFolder(const LoopbackRequest &r);
    LoopbackResponse getFolder(const LoopbackRequest &r, bool byName) const;
    LoopbackResponse updateFolder(const LoopbackRequest &r);
    LoopbackResponse deleteFolder(const LoopbackRequest &r);

    // The report a v1 name or v2 id names in the request's org, or nullptr.
    StoredReport *find(const LoopbackRequest &r, Api api);
    const StoredReport *find(const LoopbackRequest &r, Api api) const;
    bool folderExists(const QString &org, const QString &id) const;
    // ReportError checks of the shared save path (protocols.md 1.7): the message and v2 status.
    std::optional<std::pair<int, QString>> validate(const QJsonObject &report, bool checkDashboards,
                                                    const QString &org, const QString &folderId,
                                                    const QString &exceptId) const;
    QJsonObject listItem(const StoredReport &s) const;

    LoopbackHttpServer m_http;
    QHash<QString, QString> m_passwords; // email -> password
    QHash<QString, QString> m_tokens;    // token -> email
    QHash<QString, Dashboard> m_dashboards;
    QHash<QString, QList<Folder>> m_folders; // org -> folders (default first)
    QList<StoredReport> m_reports;
    QSet<QString> m_forbidden;
    QSet<QString> m_bulkFailures;
    QList<Injected> m_injected;
    bool m_smtpEnabled = true;
    bool m_chromeEnabled = true;
    bool m_v2Enabled = true;
};

} // namespace reportdesk::test
