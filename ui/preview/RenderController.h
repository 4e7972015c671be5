#pragma once

#include "domain/Result.h"
#include "rendering/RenderJob.h"
#include "rendering/ReportExporter.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class QPrinter;
class QTemporaryDir;

namespace reportdesk {

// Runs every render of the preview, every export and every print job on one worker thread,
// never on the GUI thread, so the window stays responsive however big the report is.
//
// One worker, one queue: renders never compete with each other for the cores or the data
// sources. A new preview render cancels the one running (it stops at the renderer's next check,
// within a few hundred table rows) and any that is still waiting; only the newest render ever
// reports back, so a stale preview is never shown. Export and print run behind it in order.
//
// A preview render writes a PDF into a private temporary folder: the preview shows that file,
// so what is on screen is exactly the PDF. The previous preview's file is removed right after
// finished() has delivered a newer one (connect directly, so the receiver has switched).
class RenderController : public QObject {
    Q_OBJECT

public:
    explicit RenderController(QObject *parent = nullptr);
    ~RenderController() override; // cancels everything and waits for the worker

    // Preview. The job's own progress callback (if any) is still called, on the worker.
    void render(RenderJob job);
    void cancel();  // emits cancelled() once the render has stopped
    void abandon(); // cancels without a word: nothing more is reported for that render
    bool isRendering() const { return m_render.id != 0; }

    // Output: one at a time (false while another runs), queued behind a running render.
    bool exportTo(RenderJob job, ExportFormat format, const QString &path,
                  const ExportOptions &options = {});
    // Paints the job onto `printer`, set up by the caller (QPrintDialog). Once painting has
    // started it is not cancelled: QPrinter cannot abort, and ending early would print a part.
    bool print(RenderJob job, std::shared_ptr<QPrinter> printer);
    void cancelOutput(); // an export, or a print still waiting its turn
    bool isWritingOutput() const { return m_output.id != 0; }

    QThread *workerThread() { return &m_thread; }

signals:
    void started();
    void progress(int step, int steps); // sections of the layout pass, then of the paint pass
    void finished(const QString &pdfPath, int pageCount);
    void failed(const QString &message);
    void cancelled();

    void outputProgress(int step, int steps);
    void exported(const reportdesk::ExportOutcome &outcome);
    void printed(int pageCount);
    void outputFailed(const QString &message);
    void outputCancelled();

private:
    struct Task {
        quint64 id = 0;
        std::shared_ptr<std::atomic<bool>> cancel;
    };

    Task newTask();
    // Points the job's cancel flag at the task's and forwards its progress through `signal`.
    void hookUp(RenderJob &job, const Task &task, void (RenderController::*signal)(int, int),
                const Task RenderController::*slot);
    void post(std::function<void()> work);
    void renderDone(quint64 id, const Status &status, const QString &path, int pages);
    // From the worker: hands the outcome of an output task to the GUI thread.
    void postOutput(quint64 id, std::function<void()> report, const QString &error);
    void outputDone(quint64 id, const std::function<void()> &report, const QString &error);

    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    std::unique_ptr<QTemporaryDir> m_dir;
    quint64 m_lastId = 0;
    Task m_render;
    Task m_output;
    QString m_shownPdf; // the last PDF handed out by finished()
};

} // namespace reportdesk
