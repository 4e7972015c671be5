#include "RunText.h"

#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QStringList>

#include <cstdlib>

namespace reportdesk::cli {

RunText::RunText(const Catalog &catalog)
    : m_catalog(catalog)
{}

QString RunText::iso(const QDateTime &instant, const QTimeZone &zone, bool milliseconds)
{
    const QDateTime local = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const int offsetMinutes = local.offsetFromUtc() / 60;
    const int absolute = std::abs(offsetMinutes);
    return local.toString(milliseconds ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")
                                       : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(absolute / 60, 2, 10, QLatin1Char('0'))
               .arg(absolute % 60, 2, 10, QLatin1Char('0'));
}

QDateTime RunText::parseInstant(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return {};
    return at.toUTC();
}

QString RunText::badInstant(const QString &option, const QString &value)
{
    return tr("Bad %1 \"%2\": give an ISO 8601 instant with a time zone, such as "
              "2026-03-29T08:00:00Z or 2026-03-29T10:00:00+02:00.")
        .arg(option, value);
}

const RunText::ReportInfo &RunText::info(const QUuid &reportId)
{
    const auto found = m_reports.constFind(reportId);
    if (found != m_reports.cend())
        return *found;
    ReportInfo info;
    info.zone = QTimeZone::utc();
    if (const auto report = m_catalog.report(reportId)) {
        const QString folder = m_catalog.folderPath(report->folderId);
        info.ref = folder.isEmpty() ? report->name : folder + QLatin1Char('/') + report->name;
        // A schedule without a zone runs in UTC (Schedule::fromJson).
        const QString scheduleZone =
            report->schedule.isEmpty()
                ? QString()
                : report->schedule.value(QLatin1String("timeZone")).toString(QStringLiteral("UTC"));
        for (const QString &id : {scheduleZone, report->timeZone}) {
            const QTimeZone zone(id.toUtf8());
            if (!id.isEmpty() && zone.isValid()) {
                info.zone = zone;
                break;
            }
        }
    }
    return *m_reports.insert(reportId, info);
}

QTimeZone RunText::zone(const QUuid &reportId)
{
    return info(reportId).zone;
}

QString RunText::reportRef(const Run &run)
{
    const QString ref = info(run.reportId).ref;
    return ref.isEmpty() ? run.reportName : ref;
}

QString RunText::reportRef(const QUuid &reportId)
{
    const QString ref = info(reportId).ref;
    return ref.isEmpty() ? reportId.toString(QUuid::WithoutBraces) : ref;
}

QString RunText::scheduledFor(const Run &run)
{
    // Scheduled occurrences are whole seconds; a manual run's instant has milliseconds.
    return iso(run.scheduledFor, zone(run.reportId), run.scheduledFor.time().msec() != 0);
}

QString RunText::line(const Run &run)
{
    QStringList fields{reportRef(run), scheduledFor(run), Run::stateName(run.state)};
    if (run.state == Run::State::Succeeded) {
        for (const RunArtifact &artifact : run.artifacts)
            fields.append(artifact.path);
    } else if (!run.error.isEmpty()) {
        fields.append(run.error);
    }
    return fields.join(QLatin1Char('\t'));
}

QJsonObject RunText::toJson(const Run &run)
{
    const QTimeZone z = zone(run.reportId);
    auto time = [&](const QDateTime &t) {
        return t.isValid() ? QJsonValue(iso(t, z, true)) : QJsonValue();
    };
    QJsonArray artifacts;
    for (const RunArtifact &a : run.artifacts)
        artifacts.append(QJsonObject{
            {QStringLiteral("path"), a.path},
            {QStringLiteral("format"), a.format},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256},
        });
    return QJsonObject{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("reportId"), run.reportId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("report"), reportRef(run)},
        {QStringLiteral("reportName"), run.reportName},
        {QStringLiteral("scheduledFor"), scheduledFor(run)},
        {QStringLiteral("trigger"), Run::triggerName(run.trigger)},
        {QStringLiteral("state"), Run::stateName(run.state)},
        {QStringLiteral("attempt"), run.attempt},
        {QStringLiteral("claimedBy"), run.claimedBy},
        {QStringLiteral("queuedAt"), time(run.queuedAt)},
        {QStringLiteral("startedAt"), time(run.startedAt)},
        {QStringLiteral("finishedAt"), time(run.finishedAt)},
        {QStringLiteral("error"), run.error},
        {QStringLiteral("artifacts"), artifacts},
    };
}

} // namespace reportdesk::cli
