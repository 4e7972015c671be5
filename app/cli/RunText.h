#pragma once

#include "domain/Run.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QUuid>

namespace reportdesk {
class Catalog;
} // namespace reportdesk

namespace reportdesk::cli {

// How the schedule and run commands show instants and runs, so `schedule next`, `run-due`,
// `daemon` and `runs list` print the same text: instants as ISO 8601 with the offset of the
// report's schedule zone (never a bare UTC time a reader has to convert), reports by their REF
// (folder path and name). Looks each report up once.
class RunText {
    Q_DECLARE_TR_FUNCTIONS(RunText)

public:
    explicit RunText(const Catalog &catalog);

    // "2026-03-29T03:00:00+02:00": the wall-clock time in `zone` with the offset it has at that
    // instant ("+00:00" for UTC, not "Z", so every line has the same shape).
    static QString iso(const QDateTime &instant, const QTimeZone &zone, bool milliseconds = false);
    // An instant given on the command line: ISO 8601 with Z or an offset. Invalid when the text
    // is not one, or has no zone (a wall-clock time would have to be guessed).
    static QDateTime parseInstant(const QString &text);
    // The usage message for a bad instant option.
    static QString badInstant(const QString &option, const QString &value);

    // Forgets the reports looked up so far (they were renamed, moved or rescheduled).
    void forgetReports() { m_reports.clear(); }

    // The zone runs of the report are shown in: its schedule's, else the report's, else UTC.
    QTimeZone zone(const QUuid &reportId);
    // "Samples/Weekly traffic" while the report exists; else the name the run recorded.
    QString reportRef(const Run &run);
    // The REF of a report, or its id when it no longer exists.
    QString reportRef(const QUuid &reportId);
    // The run's occurrence in its report's zone.
    QString scheduledFor(const Run &run);
    // One line of `run-due`: REF, scheduled-for, state, then the files (or the error), separated
    // by tabs.
    QString line(const Run &run);
    // The run as `runs list --json` prints it.
    QJsonObject toJson(const Run &run);

private:
    struct ReportInfo {
        QString ref; // empty when the report no longer exists
        QTimeZone zone;
    };
    const ReportInfo &info(const QUuid &reportId);

    const Catalog &m_catalog;
    QHash<QUuid, ReportInfo> m_reports;
};

} // namespace reportdesk::cli
