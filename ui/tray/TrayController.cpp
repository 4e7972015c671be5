#include "TrayController.h"

#include "catalog/Catalog.h"
#include "domain/Run.h"
#include "scheduler/Scheduler.h"
#include "settings/Settings.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTray, "reportdesk.ui.tray")

namespace reportdesk {

namespace {

constexpr int kRecentRuns = 8;
constexpr int kInfoMs = 5000;
constexpr int kFailureMs = 15000;
constexpr int kMaxErrorChars = 200;

// A report name in a menu: '&' would become a mnemonic.
QString menuText(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kMaxErrorChars)
        line = line.left(kMaxErrorChars - 1) + QChar(0x2026);
    return line;
}

TrayController::QuitDecision askWithMessageBox(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Warning, TrayController::tr("Quit ReportDesk"), question,
                    QMessageBox::NoButton, parent);
    QPushButton *now =
        box.addButton(TrayController::tr("&Quit Anyway"), QMessageBox::DestructiveRole);
    QPushButton *later =
        box.addButton(TrayController::tr("Quit When &Finished"), QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(later);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == now)
        return TrayController::QuitDecision::QuitNow;
    if (box.clickedButton() == later)
        return TrayController::QuitDecision::QuitWhenFinished;
    return TrayController::QuitDecision::Stay;
}

} // namespace

TrayController::TrayController(Catalog *catalog, Scheduler *scheduler, Settings *settings,
                               TraySurface *surface, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_scheduler(scheduler)
    , m_settings(settings)
    , m_surface(surface)
    , m_ownClock(clock ? nullptr : std::make_unique<Clock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_prompt(askWithMessageBox)
{
    // The remembered pause applies before the scheduler starts anything.
    m_scheduler->setPaused(m_settings->value(Settings::Key::SchedulerPaused).toBool());

    buildMenu();
    connect(m_scheduler, &Scheduler::runStarted, this, &TrayController::onRunStarted);
    connect(m_scheduler, &Scheduler::runFinished, this, &TrayController::onRunFinished);
    connect(m_scheduler, &Scheduler::nextRunChanged, this, &TrayController::updateToolTip);
    connect(m_scheduler, &Scheduler::idle, this, [this] {
        updateToolTip();
        if (m_quitPending) {
            qCInfo(lcTray) << "the last run finished: quitting as asked";
            m_quitPending = false;
            emit quitRequested();
        }
    });
    // A renamed or deleted next report changes the tooltip, not the time.
    connect(m_catalog, &Catalog::reportChanged, this,
            [this](const ReportSummary &, const ReportSummary &after) {
                if (after.id == m_nextId) {
                    m_nextId = QUuid();
                    updateToolTip();
                }
            });
    connect(m_catalog, &Catalog::reportRemoved, this, [this](const ReportSummary &report) {
        if (report.id == m_nextId) {
            m_nextId = QUuid();
            updateToolTip();
        }
    });

    if (m_surface) {
        connect(m_surface, &TraySurface::activated, this, &TrayController::showWindowRequested);
        connect(m_surface, &TraySurface::messageClicked, this, [this] {
            if (m_messageRunId > 0)
                emit showRunRequested(m_messageRunId);
            else
                emit showWindowRequested();
        });
        m_surface->setContextMenu(m_menu.get());
        m_surface->setPaused(m_scheduler->isPaused());
    }
    updatePauseAction();
    refreshRecentExports();
    updateToolTip();
    if (m_surface)
        m_surface->setVisible(m_surface->isAvailable());
}

TrayController::~TrayController()
{
    if (m_surface)
        m_surface->setContextMenu(nullptr);
}

void TrayController::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void TrayController::setQuitPrompt(QuitPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void TrayController::buildMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(QStringLiteral("trayMenu"));

    m_open = m_menu->addAction(tr("&Open ReportDesk"));
    m_open->setObjectName(QStringLiteral("trayOpen"));
    connect(m_open, &QAction::triggered, this, &TrayController::showWindowRequested);

    m_runDue = m_menu->addAction(tr("&Run Due Now"));
    m_runDue->setObjectName(QStringLiteral("trayRunDue"));
    connect(m_runDue, &QAction::triggered, this, [this] { runDueNow(); });

    m_pause = m_menu->addAction(QString());
    m_pause->setObjectName(QStringLiteral("trayPause"));
    connect(m_pause, &QAction::triggered, this, [this] { setPaused(!m_scheduler->isPaused()); });

    m_menu->addSeparator();
    m_recent = m_menu->addMenu(tr("Recent &Exports"));
    m_recent->setObjectName(QStringLiteral("trayRecentExports"));
    connect(m_recent, &QMenu::aboutToShow, this, &TrayController::refreshRecentExports);

    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuit"));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, [this] {
        if (confirmQuit(nullptr))
            emit quitRequested();
    });
}

// ---------------------------------------------------------------- tooltip

QString TrayController::whenText(const QDateTime &when) const
{
    // The user's own time zone: the tray answers "when will it happen here".
    const QDateTime local = when.toLocalTime();
    const QDate today = m_clock->now().toLocalTime().date();
    const qint64 days = today.daysTo(local.date());
    const QLocale locale;
    if (days >= 0 && days < 7) // the weekday is unambiguous within a week
        return locale.toString(local, QStringLiteral("ddd HH:mm"));
    if (local.date().year() == today.year())
        return locale.toString(local, QStringLiteral("ddd d MMM HH:mm"));
    return locale.toString(local, QStringLiteral("d MMM yyyy HH:mm"));
}

QString TrayController::nextReportName()
{
    const QUuid id = m_scheduler->nextReport();
    if (id != m_nextId || m_nextName.isEmpty()) {
        m_nextId = id;
        const auto report = m_catalog->report(id);
        m_nextName = report ? report->name : QString();
    }
    return m_nextName;
}

QString TrayController::runName(qint64 runId) const
{
    if (const auto it = m_runNames.find(runId); it != m_runNames.end())
        return *it;
    const auto run = m_catalog->run(runId); // started before this controller existed
    return run ? run->reportName : QString();
}

void TrayController::updateToolTip()
{
    QList<qint64> active = m_scheduler->activeRuns();
    std::sort(active.begin(), active.end()); // the run claimed first is named
    QString text;
    if (m_quitPending) {
        text = active.size() == 1
                   ? tr("ReportDesk — quitting when the run finishes")
                   : tr("ReportDesk — quitting when %n runs finish", nullptr, int(active.size()));
    } else if (active.size() == 1) {
        text = tr("ReportDesk — running: %1").arg(runName(active.first()));
    } else if (active.size() > 1) {
        text = tr("ReportDesk — running: %1 (1 of %2)")
                   .arg(runName(active.first()))
                   .arg(active.size());
    } else if (m_scheduler->isPaused()) {
        text = tr("ReportDesk — scheduling paused");
    } else if (const QDateTime next = m_scheduler->nextRun(); next.isValid()) {
        text = tr("ReportDesk — next: %1, %2").arg(nextReportName(), whenText(next));
    } else {
        text = tr("ReportDesk — nothing scheduled");
    }
    if (text == m_toolTip)
        return;
    m_toolTip = text;
    if (m_surface)
        m_surface->setToolTip(text);
}

// ---------------------------------------------------------------- menu actions

int TrayController::runDueNow()
{
    // The user asks for it, so it runs even while scheduling is paused: resume for the moment
    // (what fell due meanwhile follows each report's catch-up policy), then pause again.
    int started = 0;
    const auto counter =
        connect(m_scheduler, &Scheduler::runStarted, this, [&started] { ++started; });
    const bool paused = m_scheduler->isPaused();
    if (paused)
        m_scheduler->setPaused(false);
    m_scheduler->runDue();
    if (paused)
        m_scheduler->setPaused(true);
    disconnect(counter);

    const QString text = started == 0   ? tr("Nothing is due.")
                         : started == 1 ? tr("Started 1 run.")
                                        : tr("Started %n runs.", nullptr, started);
    qCDebug(lcTray) << "run due now:" << started << "started";
    notify(tr("ReportDesk"), text, TraySurface::Severity::Information, kInfoMs, 0);
    emit statusMessage(text);
    return started;
}

void TrayController::setPaused(bool paused)
{
    m_scheduler->setPaused(paused);
    m_settings->setValue(Settings::Key::SchedulerPaused, paused);
    m_settings->sync(); // a crash must not forget the user's pause
    if (m_surface)
        m_surface->setPaused(paused);
    updatePauseAction();
    updateToolTip();
    emit statusMessage(paused ? tr("Scheduling paused: no report runs on its own until you "
                                   "resume it.")
                              : tr("Scheduling resumed."));
}

void TrayController::updatePauseAction()
{
    m_pause->setText(m_scheduler->isPaused() ? tr("Re&sume Scheduling") : tr("&Pause Scheduling"));
}

void TrayController::refreshRecentExports()
{
    m_recent->clear();
    RunFilter filter;
    filter.state = Run::State::Succeeded;
    filter.limit = kRecentRuns;
    const QList<Run> runs = m_catalog->runs(filter); // newest first
    const QLocale locale;
    for (const Run &run : runs) {
        const QString when =
            locale.toString(run.scheduledFor.toLocalTime(), QStringLiteral("d MMM HH:mm"));
        for (const RunArtifact &artifact : run.artifacts) {
            const bool exists = QFileInfo::exists(artifact.path);
            const QString text =
                exists ? tr("%1 — %2 (%3)").arg(run.reportName, when, artifact.format.toUpper())
                       : tr("%1 — %2 (%3, file missing)")
                             .arg(run.reportName, when, artifact.format.toUpper());
            QAction *action = m_recent->addAction(menuText(text));
            action->setData(artifact.path);
            action->setToolTip(artifact.path);
            action->setEnabled(exists);
            const QString path = artifact.path;
            connect(action, &QAction::triggered, this, [this, path] { openExport(path); });
        }
    }
    if (m_recent->isEmpty())
        m_recent->addAction(tr("No exports yet"))->setEnabled(false);
}

void TrayController::openExport(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        notify(tr("Cannot open the export"), tr("“%1” no longer exists.").arg(path),
               TraySurface::Severity::Warning, kInfoMs, 0);
        refreshRecentExports();
        return;
    }
    if (!m_opener(QUrl::fromLocalFile(path))) {
        qCWarning(lcTray) << "no application opened" << path;
        notify(tr("Cannot open the export"),
               tr("No application opened “%1”. Is there one for this kind of file?").arg(path),
               TraySurface::Severity::Warning, kInfoMs, 0);
    }
}

// ---------------------------------------------------------------- runs and notifications

void TrayController::onRunStarted(const Run &run)
{
    m_runNames.insert(run.id, run.reportName);
    updateToolTip();
}

void TrayController::onRunFinished(const Run &run)
{
    m_runNames.remove(run.id);
    updateToolTip();
    switch (run.state) {
    case Run::State::Succeeded:
        refreshRecentExports();
        if (m_settings->value(Settings::Key::NotifyOnSuccess).toBool())
            notify(tr("Export ready"), tr("%1 is ready.").arg(run.reportName),
                   TraySurface::Severity::Information, kInfoMs, run.id);
        break;
    case Run::State::Failed:
    case Run::State::Interrupted: {
        // The scheduler queues a retry right after this signal; a failure that will be
        // retried is not news yet. Look once the scheduler is done with this run.
        const qint64 id = run.id;
        QMetaObject::invokeMethod(
            this, [this, id, run] { notifyFailure(id, run); }, Qt::QueuedConnection);
        break;
    }
    default: // cancelled by the user, skipped: nothing to tell
        break;
    }
}

void TrayController::notifyFailure(qint64 runId, const Run &finished)
{
    const auto now = m_catalog->run(runId);
    if (now && !now->isFinished()) {
        qCDebug(lcTray) << "run" << runId << "failed, a retry is queued:" << finished.error;
        return;
    }
    const QString error = firstLine(finished.error);
    QString text;
    if (finished.state == Run::State::Interrupted)
        text = error.isEmpty() ? tr("%1 was interrupted.").arg(finished.reportName)
                               : tr("%1 was interrupted: %2").arg(finished.reportName, error);
    else if (finished.attempt > 1)
        text =
            error.isEmpty()
                ? tr("%1 failed after %2 attempts.").arg(finished.reportName).arg(finished.attempt)
                : tr("%1 failed after %2 attempts: %3")
                      .arg(finished.reportName)
                      .arg(finished.attempt)
                      .arg(error);
    else
        text = error.isEmpty() ? tr("%1 failed.").arg(finished.reportName)
                               : tr("%1 failed: %2").arg(finished.reportName, error);
    notify(tr("Run failed"), text, TraySurface::Severity::Critical, kFailureMs, runId);
}

void TrayController::notify(const QString &title, const QString &text,
                            TraySurface::Severity severity, int msecs, qint64 runId)
{
    m_messageRunId = runId;
    if (m_surface)
        m_surface->showMessage(title, text, severity, msecs);
}

// ---------------------------------------------------------------- close and quit

bool TrayController::keepsRunningInTray() const
{
    return m_surface && m_surface->isAvailable();
}

QString TrayController::trayHint()
{
    return tr("ReportDesk keeps running in the tray, so scheduled reports still run. To quit, "
              "choose Quit in the tray icon's menu.");
}

void TrayController::windowHiddenToTray()
{
    if (m_settings->value(Settings::Key::TrayHintShown).toBool())
        return;
    m_settings->setValue(Settings::Key::TrayHintShown, true);
    m_settings->sync();
    notify(tr("ReportDesk"), trayHint(), TraySurface::Severity::Information, 10000, 0);
}

bool TrayController::confirmQuit(QWidget *parent)
{
    const int active = int(m_scheduler->activeRuns().size());
    if (active == 0)
        return true;
    const QString question =
        active == 1 ? tr("1 run is still running. Quit anyway? It will be marked interrupted "
                         "and retried at the next start.")
                    : tr("%n runs are still running. Quit anyway? They will be marked "
                         "interrupted and retried at the next start.",
                         nullptr, active);
    const QuitDecision decision = m_prompt(parent, question);
    // The prompt may have waited while the runs finished.
    const bool stillActive = !m_scheduler->activeRuns().isEmpty();
    switch (decision) {
    case QuitDecision::QuitNow:
        qCInfo(lcTray) << "quitting with" << m_scheduler->activeRuns().size() << "runs active";
        return true;
    case QuitDecision::QuitWhenFinished:
        if (!stillActive)
            return true;
        m_quitPending = true;
        m_scheduler->stop(); // nothing new starts; the runs under way finish
        updateToolTip();
        emit statusMessage(tr("ReportDesk quits when the runs under way have finished."));
        return false;
    case QuitDecision::Stay:
        break;
    }
    return false;
}

} // namespace reportdesk
