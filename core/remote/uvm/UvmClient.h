#pragma once

#include "remote/RemoteClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace reportdesk::remote {

class HttpCall;
class HttpClient;
class OAuth2TokenProvider;
struct HttpRequest;
struct HttpResponse;

// Where a UVM profile's two endpoints are (protocols.md 4.1, 4.2).
struct UvmEndpoints {
    QUrl tokenUrl;   // POST, form-encoded client credentials
    QUrl graphqlUrl; // POST, GraphQL over JSON
};

// A report the user added to a UVM profile by id (the API cannot list reports). Kept in the
// profile's `extra` as {"reports": [{"id", "name", "description"}]}.
struct UvmReportRef {
    QString id;
    QString name; // may be empty: the id is shown then
    QString description;

    friend bool operator==(const UvmReportRef &, const UvmReportRef &) = default;
};

// One answer of getReportRunStatus.
struct UvmRunStatus {
    enum class State { Running, Completed, Failed };
    State state = State::Running;
    QString statusText;     // as the server spelled it ("Running", "Completed", "Failed", ...)
    QUrl presignedUrl;      // Completed runs started with isPresignedUrl
    QString resultFilePath; // Completed runs exporting to S3
    QString message;        // why a run failed, when the server says
    QJsonObject raw;        // the whole getReportRunStatus object
};

// The Zscaler UVM (Avalor) Reporting API client (protocols.md section 4): OAuth2 client
// credentials (the token is cached for its hour and fetched again before it runs out, or
// after a 401), GraphQL over POST with the `accountId` and `graphqlname` headers. The API has
// two operations: processReport starts a run, getReportRunStatus reports on it. generate()
// starts a run with a presigned download link, polls with growing intervals until the run is
// Completed or Failed (bounded by a maximum total wait), then downloads the CSV from the
// presigned URL on another host, with no credentials at all, into the output file atomically.
// trigger() starts a run in S3 mode (the export the report's schedule configures in UVM) and
// answers once the run has started.
//
// The API cannot list or read reports, so the reports under a UVM server are the ones the user
// added to the profile by id (configuredReports()); listItems() answers them without a network
// call and getItem() answers Unsupported for any other id.
//
// Endpoints: region "us" or "eu" uses the documented hosts; region "" uses the profile's base
// URL, with the token at <base>/oauth2/token and GraphQL at <base>/api/graphql.
class UvmClient : public RemoteClient {
    Q_OBJECT

public:
    struct Options {
        // The poll intervals grow from initialPoll by pollGrowth up to maxPoll.
        std::chrono::milliseconds initialPoll{std::chrono::seconds(2)};
        std::chrono::milliseconds maxPoll{std::chrono::seconds(30)};
        double pollGrowth = 1.5;
        // A run still not finished after this long fails with a Timeout (the run itself goes
        // on in UVM; the API cannot cancel it).
        std::chrono::milliseconds maxTotalWait{std::chrono::minutes(30)};
        // The CSV is held in memory while it downloads.
        qint64 maxDownloadBytes = 512LL * 1024 * 1024;
        // Retries of transient failures (status polls, token, download; never processReport).
        int maxAttempts = 3;
        double retryTimeScale = 1.0; // tests shrink the waits between retries
        // The current time (UTC) for the token's lifetime; tests move it.
        std::function<QDateTime()> clock;
    };

    UvmClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
              QObject *parent = nullptr);
    UvmClient(RemoteServer server, QString secret, QNetworkAccessManager *network, Options options,
              QObject *parent = nullptr);
    ~UvmClient() override;

    // --- RemoteClient ---
    bool supports(Capability capability) const override;
    QString unsupportedReason(Capability capability) const override;
    // Gets a token, then sends a harmless getReportRunStatus (no run id): any GraphQL answer,
    // even a GraphQL error about the missing run id, shows the endpoint and account work.
    void testConnection(Callback<ServerInfo> done) override;
    // The configured reports (no network call). folderId must be "".
    void listItems(const QString &folderId, Callback<QList<RemoteItem>> done) override;
    void getItem(const QString &id, Callback<RemoteItem> done) override;
    // processReport without isPresignedUrl: UVM exports to S3 as the report's schedule says.
    void trigger(const QString &id, Done done) override;
    // processReport with isPresignedUrl, poll, download the CSV to outputPath.
    void generate(const QString &id, const QString &outputPath, Callback<QString> done) override;

    // --- UVM's own operations ---
    enum class RunMode { PresignedUrl, S3Export };
    // processReport; answers the run id.
    void startRun(const QString &reportId, RunMode mode, Callback<QString> done);
    // getReportRunStatus for one run.
    void runStatus(const QString &reportId, const QString &runId, Callback<UvmRunStatus> done);
    // GET of a presigned URL without any credentials, written atomically to outputPath.
    void download(const QUrl &presignedUrl, const QString &outputPath, const QString &reportId,
                  Callback<QString> done);

    // Stops waiting for generate() runs of this report (all of them for ""); each answers
    // Cancelled. UVM cannot cancel a run, so it finishes on the server unobserved.
    void cancelGenerate(const QString &reportId = {});
    int activeGenerates() const;

    // The two endpoints of a profile; nullopt for an unknown region or an unusable base URL.
    static std::optional<UvmEndpoints> endpoints(const RemoteServer &server);
    static QList<UvmReportRef> configuredReports(const RemoteServer &server);
    static void setConfiguredReports(RemoteServer &server, const QList<UvmReportRef> &reports);
    // The report id from a report editor URL (".../explore/reports/edit/<id>") or a bare id.
    static QString reportIdFromText(const QString &text);
    // The account id from an app URL ("https://<app host>/<account id>/platform/...") or a bare
    // id.
    static QString accountIdFromText(const QString &text);

    // The token provider (diagnostics and tests: how many token requests were sent).
    const OAuth2TokenProvider *tokenProvider() const { return m_tokens.get(); }

signals:
    // A generate() run moved on: "starting", "Running" (the server's word), "downloading".
    void generateProgress(const QString &reportId, const QString &runId, const QString &status);

private:
    struct GenerateJob;
    struct LastRun {
        QString runId;
        QString status;
        QDateTime updated;
    };

    std::optional<RemoteError> configurationError(const QString &operation) const;
    QString reportLabel(const QString &reportId) const;
    HttpRequest graphqlRequest(const QString &operationName, const QString &document,
                               const QJsonObject &variables, const QString &operation) const;
    HttpCall *sendGraphql(const QString &operationName, const QString &document,
                          const QJsonObject &variables, const QString &operation, bool idempotent,
                          std::function<void(const RemoteResult<QJsonObject> &)> done);
    RemoteResult<QJsonValue> graphqlField(const HttpResponse &response, const QString &field) const;
    RemoteItem itemFor(const UvmReportRef &report) const;
    void noteRun(const QString &reportId, const QString &runId, const QString &status);

    HttpCall *startRunCall(const QString &reportId, RunMode mode, Callback<QString> done);
    HttpCall *runStatusCall(const QString &reportId, const QString &runId,
                            Callback<UvmRunStatus> done);
    HttpCall *downloadCall(const QUrl &presignedUrl, const QString &outputPath,
                           const QString &reportId, Callback<QString> done);
    void pollJob(const std::shared_ptr<GenerateJob> &job);
    void scheduleNextPoll(const std::shared_ptr<GenerateJob> &job);
    void finishJob(const std::shared_ptr<GenerateJob> &job, const RemoteResult<QString> &result);

    Options m_options;
    QString m_secret;
    std::optional<UvmEndpoints> m_endpoints;
    std::shared_ptr<OAuth2TokenProvider> m_tokens;
    HttpClient *m_http = nullptr;
    QList<std::shared_ptr<GenerateJob>> m_jobs;
    QHash<QString, LastRun> m_lastRuns;
};

} // namespace reportdesk::remote
