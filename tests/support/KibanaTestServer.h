#pragma once

#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace reportdesk::test {

// A Kibana Reporting server on 127.0.0.1 for tests and benchmarks, as strict as protocols.md
// sections 2 and 5 describe it, with its jobs and scheduled reports in memory:
// - an optional base path (setBasePath("/kibana")) and any space (/s/<id>/...) before /api and
//   /internal; other paths answer 404 like Kibana's router;
// - authentication: `Authorization: Basic` (addUser), `ApiKey <encoded>` (addApiKey) or
//   `Bearer` (addBearerToken); otherwise 401 with `WWW-Authenticate` (Basic and ApiKey) and
//   Kibana's {"statusCode","error","message"} body (setRequireAuth(false) turns it off);
// - 400 "Request must contain a kbn-xsrf header." for a non-GET/HEAD without kbn-xsrf (or
//   kbn-version), 400 when kbn-version is not the server's version, and 400 "... is not
//   available with the current configuration" on /internal/* without
//   x-elastic-internal-origin (header or elasticInternalOrigin query) unless
//   setRestrictInternalApis(false); bodies must be application/json (415 otherwise);
// - POST /api|internal/reporting/generate/{exportType}: the rison jobParams from the JSON
//   body or, without a body, the query; 400 when missing, not rison, an unknown export type,
//   an unknown browserTimezone, a layout id or key Kibana's validator refuses; answers
//   {"path","job"}. GET on it: 405 "GET is not allowed";
// - GET /api/reporting/jobs/download/{id}: 503 text/plain (the status word) with
//   `retry-after` while the job is pending (the first `pendingPolls` polls), then 200 with a
//   real small PDF (or PNG/CSV) and Content-Disposition, or 500 {"message":"Reporting
//   generation failed: ..."} for a failed job; 404 for unknown, deleted or other users' jobs;
//   the /internal/ download answers 202 instead of 503 and of 500;
// - /internal/reporting/jobs/list|count|info/{id}, DELETE /api|internal/reporting/jobs/delete;
// - scheduled reports (setScheduledReportsOffered(false) makes them 404 like an 8.x Kibana):
//   POST /internal/reporting/schedule/{exportType}, GET /internal/reporting/scheduled/list,
//   PATCH .../scheduled/bulk_enable|bulk_disable, DELETE .../scheduled/bulk_delete ({"ids"});
// - GET /api/status with the version.
// Tests add routes to http() to inject other answers (routes added later win).
class KibanaTestServer : public QObject {
    Q_OBJECT

public:
    struct Job {
        QString id;
        QString exportType;
        QString jobType;
        QString spaceId;
        QString createdBy;
        QJsonObject payload;
        QDateTime createdAt;
        QString status = QStringLiteral("pending");
        int pendingPolls = 0; // download polls answered "not ready" before the job is done
        int polls = 0;        // download polls so far
        QString failure;      // non-empty: the job fails with this error
        QString scheduledReportId;
    };

    explicit KibanaTestServer(QObject *parent = nullptr);
    ~KibanaTestServer() override;

    bool listen(quint16 port = 0);
    // http://127.0.0.1:<port><basePath><path>: what a server profile's base URL holds.
    QUrl url(const QString &path = QString()) const;
    LoopbackHttpServer &http() { return m_http; }
    const LoopbackHttpServer &http() const { return m_http; }

    static constexpr const char *kUser = "elastic";
    static constexpr const char *kPassword = "ch@nge:me+secret";
    // Base64 of "key-id:key-secret", as Kibana shows an API key's "encoded" form.
    static constexpr const char *kApiKey = "a2V5LWlkOmtleS1zZWNyZXQ=";

    void setBasePath(const QString &basePath) { m_basePath = basePath; }
    void setVersion(const QString &version) { m_version = version; }
    QString version() const { return m_version; }
    void addUser(const QString &user, const QString &password) { m_users.insert(user, password); }
    void addApiKey(const QString &encoded, const QString &user) { m_apiKeys.insert(encoded, user); }
    void addBearerToken(const QString &token, const QString &user) { m_tokens.insert(token, user); }
    void setRequireAuth(bool on) { m_requireAuth = on; }
    void setRestrictInternalApis(bool on) { m_restrictInternal = on; }
    void setScheduledReportsOffered(bool on) { m_scheduledOffered = on; }
    // Kibana's newer strict validator: unknown jobParams keys are refused (default on).
    void setStrictJobParams(bool on) { m_strictJobParams = on; }
    // Polls answered "not ready" for jobs created from now on (default 2).
    void setPendingPolls(int polls) { m_pendingPolls = polls; }
    // The retry-after value of pending answers (default "30"); empty: none. An HTTP date is
    // sent together with a Date header.
    void setRetryAfter(const QByteArray &value) { m_retryAfter = value; }
    void setRetryAfterDate(int secondsFromNow) { m_retryAfterDateSeconds = secondsFromNow; }
    // The next job created fails with this error (Kibana: "Reporting generation failed: ...").
    void failNextJob(const QString &error) { m_nextFailure = error; }

    // State, for assertions and set-up.
    QList<Job> jobs() const;
    std::optional<Job> job(const QString &id) const;
    Job *mutableJob(const QString &id);
    QString addJob(const QString &title, const QString &createdBy = QString::fromLatin1(kUser),
                   const QString &status = QStringLiteral("completed"));
    void removeJob(const QString &id) { m_jobs.remove(id); }
    QString addScheduledReport(const QString &title, const QJsonObject &rrule, bool enabled = true,
                               const QString &createdBy = QString::fromLatin1(kUser));
    std::optional<QJsonObject> scheduledReport(const QString &id) const;
    int scheduledReportCount() const { return int(m_scheduled.size()); }
    // Requests of the poll loop for one job (download requests), across both download paths.
    int downloadRequests(const QString &jobId) const;

    // A small but complete PDF (one page, Helvetica) whose text is `title`.
    static QByteArray samplePdf(const QString &title);

private:
    struct Scheduled {
        QJsonObject json;
        QString createdBy;
    };

    LoopbackResponse handle(const LoopbackRequest &request);
    std::optional<LoopbackResponse> authenticate(const LoopbackRequest &request, QString *user);
    LoopbackResponse generate(const LoopbackRequest &request, const QString &exportType,
                              const QString &spaceId, const QString &user);
    LoopbackResponse download(const QString &id, bool internal, const QString &user);
    LoopbackResponse schedule(const LoopbackRequest &request, const QString &exportType,
                              const QString &spaceId, const QString &user);
    LoopbackResponse scheduledList(const LoopbackRequest &request, const QString &user);
    LoopbackResponse scheduledBulk(const LoopbackRequest &request, const QString &action,
                                   const QString &user);
    QJsonObject jobJson(const Job &job) const;
    QString newId();
    QString downloadPath(const QString &id) const;

    LoopbackHttpServer m_http;
    QString m_basePath;
    QString m_version = QStringLiteral("9.1.0");
    QHash<QString, QString> m_users;
    QHash<QString, QString> m_apiKeys;
    QHash<QString, QString> m_tokens;
    bool m_requireAuth = true;
    bool m_restrictInternal = true;
    bool m_scheduledOffered = true;
    bool m_strictJobParams = true;
    int m_pendingPolls = 2;
    QByteArray m_retryAfter = "30";
    std::optional<int> m_retryAfterDateSeconds;
    QString m_nextFailure;
    QHash<QString, Job> m_jobs;
    QStringList m_jobOrder; // creation order
    QHash<QString, Scheduled> m_scheduled;
    QStringList m_scheduledOrder;
    int m_counter = 0;
};

} // namespace reportdesk::test
