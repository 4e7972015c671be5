#include "RenderController.h"

#include "rendering/ReportRenderer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QPrinter>
#include <QTemporaryDir>

namespace reportdesk {

Q_LOGGING_CATEGORY(lcRenderController, "reportdesk.ui.preview.render")

RenderController::RenderController(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("reportdesk-render"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RenderController::~RenderController()
{
    for (const Task *task : {&m_render, &m_output}) {
        if (task->cancel)
            task->cancel->store(true);
    }
    m_thread.quit();
    m_thread.wait();
    // Results the worker posted meanwhile are dropped with this object's posted events.
}

RenderController::Task RenderController::newTask()
{
    return {++m_lastId, std::make_shared<std::atomic<bool>>(false)};
}

void RenderController::hookUp(RenderJob &job, const Task &task,
                              void (RenderController::*signal)(int, int),
                              const Task RenderController::*slot)
{
    job.options.cancel = task.cancel.get(); // the task's lambda keeps the flag alive
    job.options.progress = [this, id = task.id, signal, slot,
                            forward = std::move(job.options.progress)](int step, int steps) {
        if (forward)
            forward(step, steps);
        QMetaObject::invokeMethod(
            this,
            [this, id, signal, slot, step, steps] {
                if ((this->*slot).id == id)
                    emit(this->*signal)(step, steps);
            },
            Qt::QueuedConnection);
    };
}

void RenderController::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

// ------------------------------------------------------------------------------ preview

void RenderController::render(RenderJob job)
{
    abandon();
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            const QString error = m_dir->errorString();
            m_dir.reset();
            emit failed(tr("Cannot create a temporary folder for the preview: %1").arg(error));
            return;
        }
    }
    const Task task = newTask();
    m_render = task;
    hookUp(job, task, &RenderController::progress, &RenderController::m_render);
    const QString path = m_dir->filePath(QStringLiteral("preview-%1.pdf").arg(task.id));
    post([this, task, path, job = std::move(job)] {
        Status status = Status::failure(QString());
        int pages = 0;
        if (!task.cancel->load()) { // skipped when a newer render came while this one waited
            ReportRenderer renderer(job);
            status = renderer.renderPdf(path);
            pages = renderer.pageCount();
        }
        QMetaObject::invokeMethod(
            this,
            [this, id = task.id, status, path, pages] { renderDone(id, status, path, pages); },
            Qt::QueuedConnection);
    });
    qCDebug(lcRenderController) << "render" << task.id << "queued";
    emit started();
}

void RenderController::cancel()
{
    if (m_render.cancel)
        m_render.cancel->store(true);
}

void RenderController::abandon()
{
    cancel();
    m_render = {};
}

void RenderController::renderDone(quint64 id, const Status &status, const QString &path, int pages)
{
    if (id != m_render.id) { // abandoned: a newer render (or none) is wanted now
        if (status)
            QFile::remove(path);
        return;
    }
    const bool wasCancelled = m_render.cancel->load();
    m_render = {};
    if (wasCancelled) {
        if (status)
            QFile::remove(path);
        qCDebug(lcRenderController) << "render" << id << "cancelled";
        emit cancelled();
        return;
    }
    if (!status) {
        qCDebug(lcRenderController) << "render" << id << "failed:" << status.error();
        emit failed(status.error());
        return;
    }
    qCDebug(lcRenderController) << "render" << id << "done," << pages << "pages";
    emit finished(path, pages);
    if (!m_shownPdf.isEmpty() && m_shownPdf != path)
        QFile::remove(m_shownPdf);
    m_shownPdf = path;
}

// ------------------------------------------------------------------------------ output

bool RenderController::exportTo(RenderJob job, ExportFormat format, const QString &path,
                                const ExportOptions &options)
{
    if (isWritingOutput())
        return false;
    const Task task = newTask();
    m_output = task;
    hookUp(job, task, &RenderController::outputProgress, &RenderController::m_output);
    post([this, task, format, path, options, job = std::move(job)] {
        if (task.cancel->load())
            return postOutput(task.id, {}, QString());
        ReportExporter exporter(job);
        const Result<ExportOutcome> result = exporter.exportTo(format, path, options);
        if (!result)
            return postOutput(task.id, {}, result.error());
        postOutput(task.id, [this, outcome = result.value()] { emit exported(outcome); }, {});
    });
    return true;
}

bool RenderController::print(RenderJob job, std::shared_ptr<QPrinter> printer)
{
    if (isWritingOutput() || !printer)
        return false;
    const Task task = newTask();
    m_output = task;
    hookUp(job, task, &RenderController::outputProgress, &RenderController::m_output);
    // Once started, a print is not cancelled (see the header): the renderer gets no flag.
    job.options.cancel = nullptr;
    post([this, task, printer, job = std::move(job)] {
        if (task.cancel->load())
            return postOutput(task.id, {}, QString());
        ReportRenderer renderer(job);
        const Status status = renderer.render(*printer);
        if (!status)
            return postOutput(task.id, {}, status.error());
        if (printer->printerState() == QPrinter::Error)
            return postOutput(task.id, {}, tr("The printer reported an error."));
        postOutput(task.id, [this, pages = renderer.pageCount()] { emit printed(pages); }, {});
    });
    return true;
}

void RenderController::cancelOutput()
{
    if (m_output.cancel)
        m_output.cancel->store(true);
}

void RenderController::postOutput(quint64 id, std::function<void()> report, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, id, report = std::move(report), error] { outputDone(id, report, error); },
        Qt::QueuedConnection);
}

// On the GUI thread. No report and no error: skipped because cancelled while waiting.
void RenderController::outputDone(quint64 id, const std::function<void()> &report,
                                  const QString &error)
{
    if (id != m_output.id)
        return;
    const bool wasCancelled = m_output.cancel->load();
    m_output = {};
    if (report)
        report(); // done, even if Cancel came too late: the files are there
    else if (wasCancelled)
        emit outputCancelled();
    else
        emit outputFailed(error);
}

} // namespace reportdesk
