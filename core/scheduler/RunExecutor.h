#pragma once

#include "domain/Run.h"
#include "rendering/RenderJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QThreadPool>

#include <atomic>
#include <chrono>
#include <memory>

namespace reportdesk {

// One run to execute: the render job (gathered on the catalog's thread) and where each format
// goes (paths prepared by Archive).
struct RunRequest {
    qint64 runId = 0;
    RenderJob job;
    QList<QPair<QString, QString>> outputs; // format ("pdf", "csv", "png") -> path
    std::chrono::milliseconds timeout{std::chrono::minutes(10)};
};

struct RunOutcome {
    qint64 runId = 0;
    bool ok = false;
    bool cancelled = false; // by cancel() or by the timeout
    bool timedOut = false;
    QString error;
    QList<RunArtifact> artifacts; // every file written, with size and SHA-256
};

// Renders runs on a pool of worker threads (default 2 at a time; more wait in the pool's
// queue). A run that fails removes the files it wrote, so the archive never holds the pieces of
// a failed run and a retry starts clean. Results arrive as signals on this object's thread.
// Virtual so the scheduler's tests can put a scripted executor in its place.
class RunExecutor : public QObject {
    Q_OBJECT

public:
    explicit RunExecutor(int parallel = 2, QObject *parent = nullptr);
    ~RunExecutor() override; // cancels what runs and waits for it

    void setParallel(int parallel);
    int parallel() const;
    virtual void start(RunRequest request);
    virtual void cancel(qint64 runId);
    void cancelAll();
    int active() const { return int(m_active.size()); }
    // Blocks until every run has finished (or msecs passed); for shutdown and tests.
    bool waitForDone(int msecs = -1);

signals:
    void progress(qint64 runId, int step, int steps);
    void finished(const reportdesk::RunOutcome &outcome);

private:
    struct Flags {
        std::atomic<bool> cancel{false};
        std::atomic<bool> timedOut{false};
    };
    static RunOutcome execute(const RunRequest &request, Flags &flags,
                              const std::function<void(int, int)> &progress);

    QThreadPool m_pool;
    QHash<qint64, std::shared_ptr<Flags>> m_active;
};

} // namespace reportdesk

Q_DECLARE_METATYPE(reportdesk::RunOutcome)
