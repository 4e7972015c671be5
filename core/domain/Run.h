#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace reportdesk {

// One file a run produced, as written into the archive.
struct RunArtifact {
    QString path;   // absolute
    QString format; // pdf, csv, png
    qint64 size = 0;
    QString sha256; // lower-case hex

    friend bool operator==(const RunArtifact &, const RunArtifact &) = default;
};

// One execution of a report: scheduled, manual, caught up after downtime, or remote. The pair
// (report, scheduled-for) is unique in the catalog, so claiming a run is an insert that only one
// process can win and every occurrence runs once.
struct Run {
    enum class Trigger { Schedule, Manual, CatchUp, Remote };
    enum class State { Queued, Running, Succeeded, Failed, Cancelled, Skipped, Interrupted };

    qint64 id = 0;
    QUuid reportId;
    QString reportName;     // as it was when the run was claimed: history outlives renames
    QDateTime scheduledFor; // UTC; the occurrence (or the request instant of a manual run)
    Trigger trigger = Trigger::Schedule;
    State state = State::Queued;
    int attempt = 1;
    QString claimedBy; // "host:pid" of the process that owns it
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString error;
    QList<RunArtifact> artifacts;

    friend bool operator==(const Run &, const Run &) = default;

    bool isFinished() const { return state != State::Queued && state != State::Running; }

    static QString triggerName(Trigger trigger); // "schedule", "manual", "catch-up", "remote"
    static bool triggerFromName(const QString &name, Trigger *trigger);
    static QString stateName(State state); // "queued", "running", ...
    static bool stateFromName(const QString &name, State *state);
    static const QList<State> &allStates();
};

// Which runs a history view or `runs list` asks for; newest scheduled-for first.
struct RunFilter {
    std::optional<QUuid> reportId;
    std::optional<Run::State> state;
    int limit = 1000;
};

} // namespace reportdesk
