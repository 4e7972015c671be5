#pragma once

#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace reportdesk::test {

// A Zscaler UVM (Avalor) Reporting API on 127.0.0.1, as strict as protocols.md sections 4 and
// 5 describe it, on two loopback servers:
//  - api(): the token endpoint <base>/oauth2/token (POST, form-encoded client credentials only:
//    JSON is refused; Accept: application/json required) and GraphQL at <base>/api/graphql
//    (POST, Content-Type application/json, Authorization: Bearer <unexpired token>, accountId
//    of this account, graphqlname naming the document's root field). Tokens expire on the
//    server's clock (a 401 then); processReport starts a run, getReportRunStatus answers
//    Running for a report's pollsBeforeDone polls, then Completed (with presignedUrl when the
//    run was started with isPresignedUrl, resultFilePath always) or Failed with a message.
//  - files(): the presigned URLs, another origin (its own port), like S3: GET only, the
//    signature in the query, and any Authorization header refused with S3's 400 XML error.
// Everything it received stays recorded on the two LoopbackHttpServers; hooks inject failures.
class UvmTestServer : public QObject {
    Q_OBJECT

public:
    struct Report {
        QString id;
        QString name;
        int pollsBeforeDone = 2; // status polls answered Running before the outcome
        bool fails = false;
        QString failureMessage = QStringLiteral("The report query failed");
        QByteArray csv = "asset,severity\nweb-01,high\n";
        bool isPublic = true; // only Public reports are reachable through the API
    };
    struct Run {
        QString id;
        QString reportId;
        bool presigned = false;
        int pollsLeft = 0;
        int polls = 0;
    };
    // How processReport and getReportRunStatus put their JSON scalar in `data` (protocols.md
    // 4.3 marks the envelope not confirmed): an object, or the object's JSON text.
    enum class ScalarForm { Object, JsonText };

    explicit UvmTestServer(QString basePath = {}, QObject *parent = nullptr);
    ~UvmTestServer() override;

    bool start();
    LoopbackHttpServer &api() { return m_api; }
    LoopbackHttpServer &files() { return m_files; }
    // http://127.0.0.1:<port><basePath>: the custom base URL of a UVM profile.
    QUrl baseUrl() const;
    QString tokenPath() const { return m_basePath + QStringLiteral("/oauth2/token"); }
    QString graphqlPath() const { return m_basePath + QStringLiteral("/api/graphql"); }

    // Credentials and account.
    QString clientId = QStringLiteral("uvm-client-1");
    QString clientSecret = QStringLiteral("uvm-S3cr+t&=x");
    QString accountId = QStringLiteral("acc-7f3e21");

    // Tokens: lifetime (expires_in) and the server's clock (tests move it).
    qint64 tokenLifetimeSeconds = 3600;
    bool expiresInAsString = false;
    std::function<QDateTime()> clock;
    int tokensIssued() const { return m_tokensIssued; }
    QString lastToken() const { return m_lastToken; }
    // Every token issued so far expires now (the server's side only).
    void expireAllTokens();

    // Reports and runs.
    void addReport(const Report &report) { m_reports.insert(report.id, report); }
    Report &report(const QString &id) { return m_reports[id]; }
    QList<Run> runs() const; // in the order they were started
    ScalarForm scalarForm = ScalarForm::Object;
    // The status words (casing is not promised by protocols.md).
    QString runningWord = QStringLiteral("Running");
    QString completedWord = QStringLiteral("Completed");
    QString failedWord = QStringLiteral("Failed");
    QString failureKey = QStringLiteral("error"); // where a Failed run's message goes
    bool omitPresignedUrl = false;                // a Completed run without its link
    // GraphQL validation errors (unknown field, missing variable): 400 or 200 with errors[].
    int validationErrorStatus = 400;

    // Failure hooks, each used once by the next GraphQL call naming that operation
    // (graphqlname), after the token and headers were checked.
    void injectResponse(const QString &graphqlName, const LoopbackResponse &response);
    void injectGraphqlError(const QString &graphqlName, const QString &message,
                            const QString &code = {});
    // The presigned URLs answer S3's "Request has expired".
    bool presignedExpired = false;

    // What arrived.
    QList<LoopbackRequest> tokenRequests() const;
    QList<LoopbackRequest> graphqlRequests(const QString &graphqlName = {}) const;
    QList<LoopbackRequest> downloads() const { return m_files.requests(); }
    // Responses the GraphQL endpoint gave with status 401 (expired or unknown token).
    int unauthorizedAnswers() const { return m_unauthorized; }

private:
    QDateTime now() const;
    LoopbackResponse token(const LoopbackRequest &request);
    LoopbackResponse graphql(const LoopbackRequest &request);
    LoopbackResponse processReport(const QJsonObject &variables, bool presigned);
    LoopbackResponse runStatus(const QJsonObject &variables);
    LoopbackResponse download(const LoopbackRequest &request);
    LoopbackResponse graphqlError(int status, const QString &message, const QString &code,
                                  const QString &field = {}) const;
    LoopbackResponse data(const QString &field, const QJsonObject &value) const;
    QByteArray signatureFor(const QString &path) const;

    QString m_basePath;
    LoopbackHttpServer m_api;
    LoopbackHttpServer m_files;
    QHash<QString, QDateTime> m_tokens; // token -> expiry (server clock)
    QHash<QString, Report> m_reports;
    QHash<QString, Run> m_runs;
    QStringList m_runOrder;
    QHash<QString, LoopbackResponse> m_injected;
    int m_tokensIssued = 0;
    int m_unauthorized = 0;
    QString m_lastToken;
};

} // namespace reportdesk::test
