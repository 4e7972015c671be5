// The run history part of Catalog: claiming occurrences, run states and their artifacts.
#include "Catalog.h"

#include "catalog/CatalogInternal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace reportdesk {

using storage::fromStorage;
using storage::toStorage;

namespace {

const char kRunColumns[] =
    "id, report_id, report_name, scheduled_for, trigger_kind, state, attempt,"
    " claimed_by, queued_at, started_at, finished_at, error";

Run runFrom(const QSqlQuery &q)
{
    Run r;
    r.id = q.value(0).toLongLong();
    r.reportId = QUuid::fromString(q.value(1).toString());
    r.reportName = q.value(2).toString();
    r.scheduledFor = fromStorage(q.value(3).toString());
    Run::triggerFromName(q.value(4).toString(), &r.trigger);
    Run::stateFromName(q.value(5).toString(), &r.state);
    r.attempt = q.value(6).toInt();
    r.claimedBy = q.value(7).toString();
    r.queuedAt = fromStorage(q.value(8).toString());
    r.startedAt = fromStorage(q.value(9).toString());
    r.finishedAt = fromStorage(q.value(10).toString());
    r.error = q.value(11).toString();
    return r;
}

// A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' columns reject.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant optionalTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(toStorage(t)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<Catalog::Claim> Catalog::claimRun(const QUuid &reportId, const QDateTime &scheduledFor,
                                         Run::Trigger trigger, const QString &claimedBy)
{
    if (const Status s = writable(); !s)
        return Result<Claim>::failure(s.error());
    if (!scheduledFor.isValid())
        return Result<Claim>::failure(tr("A run needs a valid scheduled time."));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name FROM reports WHERE id = ?"));
    q.addBindValue(reportId.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Result<Claim>::failure(sqlFailure(tr("Starting a run"), q));
    if (!q.next())
        return Result<Claim>::failure(
            tr("The report %1 no longer exists.").arg(reportId.toString(QUuid::WithoutBraces)));
    Run run;
    run.reportId = reportId;
    run.reportName = q.value(0).toString();
    run.scheduledFor = scheduledFor.toUTC();
    run.trigger = trigger;
    run.state = Run::State::Queued;
    run.claimedBy = claimedBy;
    run.queuedAt = QDateTime::currentDateTimeUtc();

    // The insert is the claim: of all processes that try an occurrence, one insert succeeds.
    q.prepare(QStringLiteral("INSERT INTO runs (report_id, report_name, scheduled_for,"
                             " trigger_kind, state, attempt, claimed_by, queued_at)"
                             " VALUES (?, ?, ?, ?, ?, 1, ?, ?)") +
              m_dialect.lastIdClause());
    q.addBindValue(reportId.toString(QUuid::WithoutBraces));
    q.addBindValue(run.reportName);
    q.addBindValue(toStorage(run.scheduledFor));
    q.addBindValue(Run::triggerName(trigger));
    q.addBindValue(Run::stateName(run.state));
    q.addBindValue(text(claimedBy));
    q.addBindValue(toStorage(run.queuedAt));
    if (!q.exec()) {
        if (m_dialect.isUniqueViolation(q.lastError()))
            return Claim{};
        return Result<Claim>::failure(sqlFailure(tr("Starting a run"), q));
    }
    run.id = m_dialect.kind() == SqlDialect::Kind::Postgres && q.next()
                 ? q.value(0).toLongLong()
                 : q.lastInsertId().toLongLong();
    emit runChanged(run);
    return Claim{true, run};
}

Status Catalog::updateRun(const Run &run)
{
    if (const Status s = writable(); !s)
        return s;
    Transaction tx(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, attempt = ?, claimed_by = ?,"
                             " started_at = ?, finished_at = ?, error = ? WHERE id = ?"));
    q.addBindValue(Run::stateName(run.state));
    q.addBindValue(run.attempt);
    q.addBindValue(text(run.claimedBy));
    q.addBindValue(optionalTime(run.startedAt));
    q.addBindValue(optionalTime(run.finishedAt));
    q.addBindValue(text(run.error));
    q.addBindValue(run.id);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Recording the run"), q));
    if (q.numRowsAffected() != 1)
        return Status::failure(tr("The run %1 no longer exists.").arg(run.id));
    q.prepare(QStringLiteral("DELETE FROM run_artifacts WHERE run_id = ?"));
    q.addBindValue(run.id);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Recording the run"), q));
    for (qsizetype i = 0; i < run.artifacts.size(); ++i) {
        const RunArtifact &a = run.artifacts.at(i);
        q.prepare(QStringLiteral("INSERT INTO run_artifacts (run_id, position, path, format, size,"
                                 " sha256) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(run.id);
        q.addBindValue(int(i));
        q.addBindValue(text(a.path));
        q.addBindValue(text(a.format));
        q.addBindValue(a.size);
        q.addBindValue(text(a.sha256));
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Recording the run's files"), q));
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Recording the run"), q));
    emit runChanged(run);
    return {};
}

QList<RunArtifact> Catalog::runArtifacts(qint64 runId) const
{
    QList<RunArtifact> list;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT path, format, size, sha256 FROM run_artifacts"
                             " WHERE run_id = ? ORDER BY position"));
    q.addBindValue(runId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString()});
    return list;
}

std::optional<Run> Catalog::run(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(QLatin1String(kRunColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Run r = runFrom(q);
    r.artifacts = runArtifacts(r.id);
    return r;
}

QList<Run> Catalog::runs(const RunFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.reportId) {
        where.append(QStringLiteral("report_id = ?"));
        values.append(filter.reportId->toString(QUuid::WithoutBraces));
    }
    if (filter.state) {
        where.append(QStringLiteral("state = ?"));
        values.append(Run::stateName(*filter.state));
    }
    QString sql = QStringLiteral("SELECT %1 FROM runs").arg(QLatin1String(kRunColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY scheduled_for DESC, id DESC LIMIT %1")
               .arg(std::max(1, filter.limit));
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<Run> list;
    if (!q.exec())
        return list;
    QHash<qint64, qsizetype> position;
    QStringList ids;
    while (q.next()) {
        list.append(runFrom(q));
        position.insert(list.last().id, list.size() - 1);
        ids.append(QString::number(list.last().id));
    }
    if (list.isEmpty())
        return list;
    // Every listed run's artifacts in one query (the ids are our own integers).
    if (q.exec(QStringLiteral("SELECT run_id, path, format, size, sha256 FROM run_artifacts"
                              " WHERE run_id IN (%1) ORDER BY run_id, position")
                   .arg(ids.join(QLatin1Char(','))))) {
        while (q.next())
            list[position.value(q.value(0).toLongLong())].artifacts.append(
                {q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                 q.value(4).toString()});
    }
    return list;
}

QHash<QUuid, QJsonObject> Catalog::schedules() const
{
    QHash<QUuid, QJsonObject> map;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, schedule FROM reports WHERE enabled = 1"
                               " AND schedule <> '{}' AND schedule <> ''")))
        return map;
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        if (!o.isEmpty())
            map.insert(QUuid::fromString(q.value(0).toString()), o);
    }
    return map;
}

QHash<QUuid, QDateTime> Catalog::lastScheduledFor() const
{
    QHash<QUuid, QDateTime> map;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT report_id, MAX(scheduled_for) FROM runs"
                               " WHERE trigger_kind IN ('schedule', 'catch-up')"
                               " GROUP BY report_id")))
        return map;
    while (q.next())
        map.insert(QUuid::fromString(q.value(0).toString()), fromStorage(q.value(1).toString()));
    return map;
}

std::optional<QDateTime> Catalog::lastScheduledFor(const QUuid &reportId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MAX(scheduled_for) FROM runs WHERE report_id = ?"
                             " AND trigger_kind IN ('schedule', 'catch-up')"));
    q.addBindValue(reportId.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return fromStorage(q.value(0).toString());
}

QString Catalog::metaValue(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("app.") + key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status Catalog::setMetaValue(const QString &key, const QString &value)
{
    if (const Status s = writable(); !s)
        return s;
    Transaction tx(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM schema_meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("app.") + key);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Saving %1").arg(key), q));
    q.prepare(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QStringLiteral("app.") + key);
    q.addBindValue(text(value));
    if (!q.exec() || !tx.commit())
        return Status::failure(sqlFailure(tr("Saving %1").arg(key), q));
    return {};
}

} // namespace reportdesk
