#pragma once

#include "remote/RemoteClient.h"
#include "remote/kibana/KibanaExport.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace reportdesk::remote {

class HttpCall;
class HttpClient;
struct HttpResponse;

// How generateExport() waits for a report job (protocols.md 2.6).
struct KibanaPollOptions {
    // The wait before the next poll when a pending answer has no usable Retry-After.
    std::chrono::seconds defaultWait{5};
    // The most the waits between polls may add up to; the last wait is shortened so a final
    // poll happens at this limit, and a job still pending then fails with Timeout.
    std::chrono::seconds maxTotalWait{std::chrono::minutes(30)};
    // Every wait is multiplied by this before its timer is armed (tests and benchmarks);
    // progress and errors still report the unscaled waits.
    double timeScale = 1.0;
};

// Where an export is, for a progress bar or status line.
struct KibanaExportProgress {
    enum class Stage {
        Submitting,  // POST generate sent
        Waiting,     // the job is pending or processing; the next poll follows after nextPoll
        Downloading, // the download poll is out
        Saved,       // the file is written (done() follows)
    };
    Stage stage = Stage::Submitting;
    QString jobId;
    QString jobStatus; // the server's word: "pending", "processing"
    int polls = 0;     // download polls so far
    std::chrono::seconds nextPoll{0};
    std::chrono::seconds waited{0}; // the waits so far, added up
};

// A finished export: where the file is and what came.
struct KibanaDownload {
    QString path;
    QString jobId;
    QByteArray contentType;
    qint64 bytes = 0;
    int polls = 0; // download requests it took (the POST not counted)
};

// One generateExport() or generate() in progress. Owned by the client; deletes itself after
// its done callback. cancel() stops it: no more requests, nothing written, done() gets a
// Cancelled error from the event loop. The job stays on the server (Kibana cannot stop a
// running job); it shows among the export jobs and can be deleted there.
class KibanaExportTask : public QObject {
    Q_OBJECT

public:
    QString jobId() const { return m_jobId; }
    int polls() const { return m_polls; }
    void cancel();

private:
    friend class KibanaClient;
    explicit KibanaExportTask(QObject *parent)
        : QObject(parent)
    {}

    QString m_jobId;
    QString m_downloadPath;
    QString m_outputPath;
    QByteArray m_expectedType;
    QString m_operation;
    int m_polls = 0;
    std::chrono::seconds m_waited{0};
    QPointer<HttpCall> m_call;
    QTimer m_timer;
    bool m_finished = false;
    // Set on cancel; the file writer (a pool thread) checks it before the rename.
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::function<void(const KibanaExportProgress &)> m_progress;
    std::function<void(const RemoteResult<KibanaDownload> &)> m_done;
};

// The Kibana Reporting client (protocols.md section 2) over the shared HTTP layer: export jobs
// (list, info, delete, download), generating an export from a pasted POST URL with polling
// that honours Retry-After, and, where the server has the internal scheduled-reports API
// (Kibana 9.x), listing, enabling, disabling and deleting scheduled reports. Every non-GET
// request carries `kbn-xsrf`, every /internal/ request `x-elastic-internal-origin`, and
// `kbn-version` is never sent. The profile's organisation is the Kibana space; its base URL
// may carry a base path. Auth: basic, or an API key sent as `Authorization: ApiKey <key>`
// (an "id:key" secret is Base64-encoded first), or a bearer token.
//
// Items: export jobs (type "export job", status pending/processing/completed/failed) and
// scheduled reports (type "scheduled report", enabled, schedule in words). The ids are
// Kibana's; which kind an id is, the client remembers from listings, or finds out.
class KibanaClient : public RemoteClient {
    Q_OBJECT

public:
    static inline const QString exportJobType = QStringLiteral("export job");
    static inline const QString scheduledReportType = QStringLiteral("scheduled report");

    using Progress = std::function<void(const KibanaExportProgress &)>;

    KibanaClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                 QObject *parent = nullptr);
    ~KibanaClient() override;

    bool supports(Capability capability) const override;
    QString unsupportedReason(Capability capability) const override;

    // GET /api/status (a Kibana names its version there), then the reporting jobs count in
    // the profile's space, then whether scheduled reports are offered.
    void testConnection(Callback<ServerInfo> done) override;
    // Export jobs (newest first) then scheduled reports, where offered. folderId must be "".
    void listItems(const QString &folderId, Callback<QList<RemoteItem>> done) override;
    void getItem(const QString &id, Callback<RemoteItem> done) override;
    // Scheduled reports only (bulk_enable / bulk_disable).
    void setEnabled(const QString &id, bool enabled, Done done) override;
    // Export jobs one by one (DELETE jobs/delete), scheduled reports in one bulk_delete.
    void remove(const QStringList &ids, Done done) override;
    // Waits for the export job `id` and downloads its file.
    void generate(const QString &id, const QString &outputPath, Callback<QString> done) override;

    // POST the export's generate path (in the export's space, under the profile's base path)
    // with its jobParams, take `path` from the answer and poll it: 503 (or 202) = not ready,
    // wait Retry-After (seconds or an HTTP date); 200 = save the file atomically; 500 = the
    // job failed (the server's message says why); 404 = the job is gone. Never more polls than
    // the server's waits call for. progress may be empty.
    KibanaExportTask *generateExport(const KibanaExport &exportRequest, const QString &outputPath,
                                     Progress progress, Callback<KibanaDownload> done);
    // Downloads the file of an existing job (polling as above).
    KibanaExportTask *downloadJob(const QString &jobId, const QString &outputPath,
                                  Progress progress, Callback<KibanaDownload> done);
    // Cancels every export in progress.
    void cancelExports();

    void setPollOptions(const KibanaPollOptions &options) { m_poll = options; }
    const KibanaPollOptions &pollOptions() const { return m_poll; }

    // Whether this server has the internal scheduled-reports API; empty until a call found
    // out (testConnection, listItems, getItem, setEnabled, remove).
    std::optional<bool> scheduledReportsOffered() const { return m_scheduledOffered; }

    HttpClient *http() const { return m_http; }

private:
    friend class KibanaExportTask;
    enum class ItemKind { Job, Scheduled };

    QString apiPath(const QString &relative) const;      // <basePath>[/s/space]/<relative>
    QString internalPath(const QString &relative) const; // the same, for /internal/ calls
    void listJobs(int page, QList<RemoteItem> collected,
                  std::function<void(const RemoteResult<QList<RemoteItem>> &)> done);
    void listScheduled(int page, QList<RemoteItem> collected,
                       std::function<void(const RemoteResult<QList<RemoteItem>> &)> done);
    void deleteJobs(QStringList jobIds, QStringList scheduledIds,
                    std::optional<RemoteError> jobNotFound, Done done);
    void deleteScheduled(const QStringList &ids, Done done);
    void bulkScheduled(const QByteArray &method, const QString &action, const QStringList &ids,
                       const QString &operation, Done done);
    RemoteItem jobItem(const QJsonObject &job) const;
    RemoteItem scheduledItem(const QJsonObject &report) const;
    RemoteError scheduledNotOffered(const QString &operation) const;

    KibanaExportTask *startTask(const QString &operation, const QString &outputPath,
                                QByteArray expectedType, Progress progress,
                                Callback<KibanaDownload> done);
    void poll(KibanaExportTask *task);
    void onPollAnswer(KibanaExportTask *task, const HttpResponse &response);
    void waitAndPoll(KibanaExportTask *task, std::optional<std::chrono::seconds> retryAfter,
                     const QString &jobStatus);
    void save(KibanaExportTask *task, const HttpResponse &response);
    void finishTask(KibanaExportTask *task, const RemoteResult<KibanaDownload> &result);
    void cancelTask(KibanaExportTask *task);
    void report(KibanaExportTask *task, KibanaExportProgress::Stage stage,
                const QString &jobStatus = {}, std::chrono::seconds nextPoll = {});

    HttpClient *m_http = nullptr;
    QString m_basePath; // from the profile's base URL, no trailing slash
    std::optional<RemoteError> m_configError;
    KibanaPollOptions m_poll;
    std::optional<bool> m_scheduledOffered;
    QHash<QString, ItemKind> m_kinds;
    // Writes downloaded files (QSaveFile: write, fsync, rename) off the event loop's thread.
    QThreadPool m_writers;
};

} // namespace reportdesk::remote
