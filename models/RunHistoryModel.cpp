#include "RunHistoryModel.h"

#include "catalog/Catalog.h"

#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRunHistoryModel, "reportdesk.models.runs")

namespace reportdesk {

namespace {

// Newest scheduled-for first, then the newer id: the order of Catalog::runs().
bool shownBefore(const Run &a, const Run &b)
{
    if (a.scheduledFor != b.scheduledFor)
        return a.scheduledFor > b.scheduledFor;
    return a.id > b.id;
}

QString isoUtc(const QDateTime &instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

RunHistoryModel::RunHistoryModel(Catalog *catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
    connect(m_catalog, &Catalog::runChanged, this, &RunHistoryModel::onRunChanged);
    m_runs = m_catalog->runs(m_filter);
}

RunHistoryModel::~RunHistoryModel() = default;

int RunHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Run &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ReportColumn:
            return run.reportName;
        case ScheduledForColumn:
            return timeText(run.scheduledFor);
        case TriggerColumn:
            return triggerText(run.trigger);
        case StateColumn:
            return stateText(run.state);
        case AttemptColumn:
            return run.attempt;
        case StartedColumn:
            return timeText(run.startedAt);
        case DurationColumn:
            return durationText(run);
        case OutputColumn:
            return outputText(run);
        case ErrorColumn:
            return firstLine(run.error);
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case ReportColumn:
            return tr("%1\nReport id: %2")
                .arg(run.reportName, run.reportId.toString(QUuid::WithoutBraces));
        case ScheduledForColumn:
            return isoUtc(run.scheduledFor);
        case StartedColumn:
            if (!run.startedAt.isValid())
                return tr("Not started");
            if (!run.finishedAt.isValid())
                return tr("Started %1").arg(isoUtc(run.startedAt));
            return tr("Started %1\nFinished %2").arg(isoUtc(run.startedAt), isoUtc(run.finishedAt));
        case DurationColumn:
            return run.finishedAt.isValid() ? tr("Finished %1").arg(isoUtc(run.finishedAt))
                                            : QVariant();
        case StateColumn:
        case ErrorColumn:
            return run.error.isEmpty() ? QVariant() : run.error;
        case OutputColumn: {
            QStringList lines;
            for (const RunArtifact &a : run.artifacts)
                lines.append(tr("%1 (%2)").arg(QDir::toNativeSeparators(a.path), sizeText(a.size)));
            return lines.isEmpty() ? QVariant() : lines.join(QLatin1Char('\n'));
        }
        }
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return stateIcon(run.state);
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn) {
            const QColor color = stateColor(run.state);
            if (color.isValid())
                return color;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == AttemptColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == StateColumn && !run.error.isEmpty())
            return run.error;
        break;
    case RunIdRole:
        return run.id;
    case ReportIdRole:
        return run.reportId;
    case StateRole:
        return int(run.state);
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ReportColumn:
            return tr("Report");
        case ScheduledForColumn:
            return tr("Scheduled for");
        case TriggerColumn:
            return tr("Trigger");
        case StateColumn:
            return tr("State");
        case AttemptColumn:
            return tr("Attempt");
        case StartedColumn:
            return tr("Started");
        case DurationColumn:
            return tr("Duration");
        case OutputColumn:
            return tr("Output");
        case ErrorColumn:
            return tr("Error");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScheduledForColumn:
            return tr("The occurrence the run is for (for Run now: when it was asked for), in "
                      "this computer's time zone");
        case AttemptColumn:
            return tr("1 for the first try; failed runs are tried again after a pause");
        case OutputColumn:
            return tr("The files the run wrote into the archive");
        }
    }
    if (role == Qt::TextAlignmentRole && (section == AttemptColumn || section == DurationColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RunHistoryModel::setFilter(const RunFilter &filter)
{
    m_filter = filter;
    reload();
}

void RunHistoryModel::reload()
{
    beginResetModel();
    m_runs = m_catalog->runs(m_filter);
    endResetModel();
    qCDebug(lcRunHistoryModel) << "loaded" << m_runs.size() << "runs";
}

Run RunHistoryModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? m_runs.at(row) : Run{};
}

int RunHistoryModel::rowOfRun(qint64 id) const
{
    for (qsizetype row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == id)
            return int(row);
    }
    return -1;
}

bool RunHistoryModel::matches(const Run &run) const
{
    if (m_filter.reportId && run.reportId != *m_filter.reportId)
        return false;
    return !m_filter.state || run.state == *m_filter.state;
}

int RunHistoryModel::insertPosition(const Run &run) const
{
    const auto it = std::lower_bound(m_runs.cbegin(), m_runs.cend(), run, shownBefore);
    return int(it - m_runs.cbegin());
}

void RunHistoryModel::onRunChanged(const Run &run)
{
    const int row = rowOfRun(run.id);
    const bool wanted = matches(run);
    if (row >= 0 && wanted && m_runs.at(row).scheduledFor == run.scheduledFor) {
        m_runs[row] = run;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_runs.removeAt(row);
        endRemoveRows();
    }
    if (!wanted)
        return;
    const int at = insertPosition(run);
    const int limit = std::max(1, m_filter.limit);
    if (at >= limit)
        return; // older than everything the limit lets in, as Catalog::runs() would say
    beginInsertRows({}, at, at);
    m_runs.insert(at, run);
    endInsertRows();
    if (m_runs.size() > limit) {
        beginRemoveRows({}, limit, int(m_runs.size()) - 1);
        m_runs.resize(limit);
        endRemoveRows();
    }
}

// ------------------------------------------------------------------------------ texts

QString RunHistoryModel::stateText(Run::State state)
{
    switch (state) {
    case Run::State::Queued:
        return tr("Queued");
    case Run::State::Running:
        return tr("Running");
    case Run::State::Succeeded:
        return tr("Succeeded");
    case Run::State::Failed:
        return tr("Failed");
    case Run::State::Cancelled:
        return tr("Cancelled");
    case Run::State::Skipped:
        return tr("Skipped");
    case Run::State::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString RunHistoryModel::triggerText(Run::Trigger trigger)
{
    switch (trigger) {
    case Run::Trigger::Schedule:
        return tr("Schedule");
    case Run::Trigger::Manual:
        return tr("Manual");
    case Run::Trigger::CatchUp:
        return tr("Catch-up");
    case Run::Trigger::Remote:
        return tr("Remote");
    }
    return {};
}

QString RunHistoryModel::timeText(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

QString RunHistoryModel::durationText(const Run &run)
{
    if (!run.startedAt.isValid() || !run.finishedAt.isValid())
        return {};
    const qint64 ms = std::max<qint64>(0, run.startedAt.msecsTo(run.finishedAt));
    const QLocale locale;
    if (ms < 100)
        return tr("< 0.1 s");
    if (ms < 60 * 1000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = (seconds + 30) / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString RunHistoryModel::sizeText(qint64 bytes)
{
    const QLocale locale;
    // Singular and plural spelled out: the tests and an untranslated build read them as they are.
    if (bytes < 1024)
        return bytes == 1 ? tr("1 byte") : tr("%1 bytes").arg(bytes);
    static const char *const units[] = {QT_TR_NOOP("%1 KB"), QT_TR_NOOP("%1 MB"),
                                        QT_TR_NOOP("%1 GB"), QT_TR_NOOP("%1 TB")};
    double value = double(bytes);
    int unit = -1;
    do {
        value /= 1024.0;
        ++unit;
    } while (value >= 1024.0 && unit < 3);
    // Three significant digits at most: "84 KB", "1.5 MB".
    return tr(units[unit]).arg(locale.toString(value, 'f', value < 10.0 ? 1 : 0));
}

QString RunHistoryModel::outputText(const Run &run)
{
    if (run.artifacts.isEmpty())
        return {};
    qint64 total = 0;
    for (const RunArtifact &a : run.artifacts)
        total += a.size;
    if (run.artifacts.size() == 1)
        return tr("1 file, %1").arg(sizeText(total));
    return tr("%1 files, %2").arg(run.artifacts.size()).arg(sizeText(total));
}

QString RunHistoryModel::firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
}

QColor RunHistoryModel::stateColor(Run::State state)
{
    // Mid-tone colours: readable on a light and on a dark base.
    switch (state) {
    case Run::State::Succeeded:
        return QColor(0x2e, 0x8b, 0x3e);
    case Run::State::Failed:
        return QColor(0xd3, 0x2f, 0x2f);
    case Run::State::Interrupted:
        return QColor(0xc7, 0x6a, 0x00);
    case Run::State::Running:
        return QColor(0x1e, 0x78, 0xd2);
    case Run::State::Cancelled:
    case Run::State::Skipped:
        return QColor(0x80, 0x80, 0x80);
    case Run::State::Queued:
        break;
    }
    return {};
}

QIcon RunHistoryModel::stateIcon(Run::State state) const
{
    const auto cached = m_icons.constFind(int(state));
    if (cached != m_icons.cend())
        return *cached;
    // A dot in the state's colour; hollow while the run has not finished.
    const QColor color = stateColor(state).isValid() ? stateColor(state) : QColor(0x80, 0x80, 0x80);
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QRectF dot(4 * unit, 4 * unit, 8 * unit, 8 * unit);
        if (state == Run::State::Queued || state == Run::State::Running) {
            p.setPen(QPen(color, 1.6 * unit));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(dot.adjusted(0.8 * unit, 0.8 * unit, -0.8 * unit, -0.8 * unit));
            if (state == Run::State::Running) { // half filled: under way
                p.setPen(Qt::NoPen);
                p.setBrush(color);
                p.drawPie(dot, 90 * 16, 180 * 16);
            }
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(dot);
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    m_icons.insert(int(state), icon);
    return icon;
}

} // namespace reportdesk
