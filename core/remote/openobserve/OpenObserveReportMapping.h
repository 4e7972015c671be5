#pragma once

#include "domain/Report.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace reportdesk::remote {

// Converts an OpenObserve report (protocols.md 1.4) to and from ReportDesk's Report.
//
// The wire form keeps OpenObserve's casing quirk exactly: the top level is camelCase (`orgId`,
// `timezoneOffset`, `imagePreview`, `createdAt`, `lastEditedBy`), every nested object is
// snake_case (`align_time`, `report_type`, `email_attachment_type`, `attachment_dimensions`).
//
//   name, title, description, message, enabled, owner  the same fields
//   createdAt / updatedAt (RFC 3339)                   created / updated
//   frequency, start (µs), timezone, timezoneOffset    schedule (ScheduleMapping) and timeZone
//   dashboards[]                                       one remote-snapshot section each, its
//                                                      remoteRef "<folder>/<dashboard>/<tabs>"
//   dashboards[].timerange                             timeRange ("now-1w".."now" for the
//                                                      relative period 1w; ISO instants for
//                                                      absolute microseconds)
//   dashboards[].variables                             variables (first dashboard wins a name)
//   dashboards[].report_type                           formats
//   destinations [{"email": ...}]                      delivery.recipients ("a@x, b@y")
//
// Writing is read-modify-write: fromReport() starts from the report as last read from the server
// and replaces only what changed, so every field ReportDesk does not model (imagePreview,
// attachment settings, variable ids, non-email destinations, fields of later server versions)
// survives an update, and a value ReportDesk did not change is sent back exactly as received.
// What OpenObserve cannot express is refused with a message, never silently changed.
namespace OpenObserveReportMapping {

// A dashboard as a remote-snapshot section names it: folder id, dashboard id and tab ids
// (OpenObserve uses the first tab). Written "<folder>/<dashboard>/<tab>[,<tab>...]", each part
// percent-encoded.
struct DashboardRef {
    QString folder;
    QString dashboard;
    QStringList tabs;

    friend bool operator==(const DashboardRef &, const DashboardRef &) = default;
};
QString formatDashboardRef(const DashboardRef &ref);
std::optional<DashboardRef> parseDashboardRef(const QString &text);

// A report read with GET (no id in it: pass the report_id the list gave). Parts ReportDesk
// cannot show (a schedule it cannot express, dashboards with different time ranges, destinations
// other than email) are described in *warnings; they stay on the server unless changed.
Result<Report> toReport(const QJsonObject &json, const QString &remoteId = {},
                        QStringList *warnings = nullptr);

// The JSON to send in a create (base = {}) or an update (base = the report as last read). orgId
// is the organisation of the URL. `now` anchors the time-zone offset of a schedule without a
// start. *warnings lists what was left out (sections that are not dashboards).
Result<QJsonObject> fromReport(const Report &report, const QJsonObject &base, const QString &orgId,
                               const QDateTime &now = QDateTime::currentDateTimeUtc(),
                               QStringList *warnings = nullptr);

// ReportDashboard.timerange <-> TimeRange. OpenObserve knows a period up to now ("now-7d".."now",
// units s m h d w M; years become months) or two absolute instants in microseconds.
Result<QJsonObject> timerangeFromTimeRange(const TimeRange &range);
TimeRange timeRangeFromTimerange(const QJsonObject &timerange);

// delivery.recipients as a list (a string separated by commas, semicolons or spaces, or an
// array of strings).
QStringList recipients(const QJsonObject &delivery);

// The same checks as the server (protocols.md 1.7): empty, '/', and : # ? & % quotes or space.
// An empty string when the name is fine.
QString nameProblem(const QString &name);

} // namespace OpenObserveReportMapping

} // namespace reportdesk::remote
