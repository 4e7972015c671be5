#include "RunExecutor.h"

#include "rendering/ReportExporter.h"
#include "scheduler/Archive.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QTimer>

namespace reportdesk {

RunExecutor::RunExecutor(int parallel, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RunOutcome>();
    setParallel(parallel);
}

RunExecutor::~RunExecutor()
{
    cancelAll();
    m_pool.waitForDone();
}

void RunExecutor::setParallel(int parallel)
{
    m_pool.setMaxThreadCount(std::clamp(parallel, 1, 16));
}

int RunExecutor::parallel() const
{
    return m_pool.maxThreadCount();
}

void RunExecutor::start(RunRequest request)
{
    auto flags = std::make_shared<Flags>();
    const qint64 id = request.runId;
    m_active.insert(id, flags);
    QPointer<RunExecutor> self(this);
    if (request.timeout.count() > 0) {
        QTimer::singleShot(request.timeout, this, [flags] {
            flags->timedOut = true;
            flags->cancel = true;
        });
    }
    m_pool.start([self, flags, request = std::move(request)] {
        auto progress = [self, id = request.runId](int step, int steps) {
            if (self)
                QMetaObject::invokeMethod(
                    self, [self, id, step, steps] { emit self->progress(id, step, steps); },
                    Qt::QueuedConnection);
        };
        RunOutcome outcome = execute(request, *flags, progress);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self,
            [self, outcome] {
                if (!self)
                    return;
                self->m_active.remove(outcome.runId);
                emit self->finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

void RunExecutor::cancel(qint64 runId)
{
    if (const auto flags = m_active.value(runId))
        flags->cancel = true;
}

void RunExecutor::cancelAll()
{
    for (const auto &flags : std::as_const(m_active))
        flags->cancel = true;
}

bool RunExecutor::waitForDone(int msecs)
{
    const bool done = m_pool.waitForDone(msecs);
    QCoreApplication::sendPostedEvents(this); // deliver the finished() calls queued meanwhile
    return done;
}

RunOutcome RunExecutor::execute(const RunRequest &request, Flags &flags,
                                const std::function<void(int, int)> &progress)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("reportdesk::RunExecutor", text);
    };
    RunOutcome outcome;
    outcome.runId = request.runId;
    RenderJob job = request.job;
    job.options.cancel = &flags.cancel;
    const int formats = int(request.outputs.size());
    int done = 0;
    job.options.progress = [&](int step, int steps) {
        if (progress)
            progress(done * steps + step, formats * steps);
    };
    QStringList written;
    for (const auto &[format, path] : request.outputs) {
        ExportFormat kind;
        if (!ReportExporter::formatFromName(format, &kind)) {
            outcome.error = tr("Unknown output format \"%1\".").arg(format);
            break;
        }
        ReportExporter exporter(job);
        const auto result = exporter.exportTo(kind, path);
        if (!result) {
            outcome.error = result.error();
            break;
        }
        written += result->files;
        for (const QString &file : result->files) {
            const auto artifact = Archive::describe(file, format);
            if (!artifact) {
                outcome.error = artifact.error();
                break;
            }
            outcome.artifacts.append(artifact.value());
        }
        if (!outcome.error.isEmpty())
            break;
        ++done;
    }
    outcome.timedOut = flags.timedOut.load();
    outcome.cancelled = flags.cancel.load();
    if (outcome.cancelled && outcome.error.isEmpty())
        outcome.error = tr("The run was cancelled.");
    if (outcome.timedOut)
        outcome.error = tr("The run took longer than its time limit of %1 s and was stopped.")
                            .arg(request.timeout.count() / 1000);
    outcome.ok = outcome.error.isEmpty();
    if (!outcome.ok) {
        // No pieces of a failed run stay in the archive.
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        outcome.artifacts.clear();
    }
    return outcome;
}

} // namespace reportdesk
