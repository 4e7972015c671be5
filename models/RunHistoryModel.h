#pragma once

#include "domain/Run.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>

namespace reportdesk {

class Catalog;

// The catalog's run history (the scheduler's runs) as a table, newest scheduled-for first, the
// same order as Catalog::runs(). A thin adapter: it reads Catalog::runs(filter) and mirrors
// Catalog::runChanged, so a run this process claims appears at its place at once, its row
// follows its state, and a run that stops matching the state filter leaves. Runs written by
// other processes (a daemon, reportdesk-cli run-due) arrive on reload().
//
// Times are shown in the local zone in QLocale's short format; the tool tip has the UTC instant
// in ISO 8601.
class RunHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ReportColumn,
        ScheduledForColumn,
        TriggerColumn,
        StateColumn,
        AttemptColumn,
        StartedColumn,
        DurationColumn,
        OutputColumn,
        ErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RunIdRole = Qt::UserRole + 1, // qint64
        ReportIdRole,                 // QUuid
        StateRole,                    // int(Run::State)
    };

    explicit RunHistoryModel(Catalog *catalog, QObject *parent = nullptr);
    ~RunHistoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Which runs to show (report, state, how many); reloads.
    void setFilter(const RunFilter &filter);
    const RunFilter &filter() const { return m_filter; }
    // Re-reads everything, for runs other processes wrote to the catalog.
    void reload();

    Run runAt(int row) const;      // a default Run for a row out of range
    int rowOfRun(qint64 id) const; // -1 when the run is not shown

    // How the table says things, shared with the run details of the view.
    static QString stateText(Run::State state);        // "Succeeded"
    static QString triggerText(Run::Trigger trigger);  // "Manual"
    static QString timeText(const QDateTime &instant); // local zone, QLocale short format
    static QString durationText(const Run &run);       // "2.4 s", "3 min 05 s"; "" unfinished
    static QString sizeText(qint64 bytes);             // "84 KB"
    static QString outputText(const Run &run);         // "2 files, 84 KB"; "" without files
    static QString firstLine(const QString &text);
    // A colour for the state that reads on light and dark backgrounds; invalid: the default.
    static QColor stateColor(Run::State state);

private:
    bool matches(const Run &run) const;
    int insertPosition(const Run &run) const;
    void onRunChanged(const reportdesk::Run &run);
    QIcon stateIcon(Run::State state) const;

    Catalog *m_catalog;
    RunFilter m_filter;
    QList<Run> m_runs;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace reportdesk
