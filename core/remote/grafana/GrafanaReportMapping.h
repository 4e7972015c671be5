#pragma once

#include "domain/BrandingProfile.h"
#include "domain/Report.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace reportdesk::remote {

// A Grafana report as a ReportDesk Report, and what ReportDesk cannot show of it faithfully.
struct GrafanaReportImport {
    Report report;
    QStringList notes; // one sentence each: "The dashboards have different time ranges ..."
};

// A Report (or BrandingProfile) written into Grafana's JSON, and what did not go along.
struct GrafanaJsonExport {
    QJsonObject json;
    QStringList notes; // what Grafana has no place for (a description, a page size, ...)
};

// Grafana branding settings as a ReportDesk branding profile.
struct GrafanaBrandingImport {
    BrandingProfile profile;
    QString reportLogoUrl; // where Grafana takes the report logo from (the profile has bytes)
    QStringList notes;
};

// Converts Grafana Enterprise report JSON (protocols.md 3.3) to and from ReportDesk's Report,
// and Grafana's report branding settings to and from a BrandingProfile. It works on the raw
// JSON: toGrafana() starts from the server's object and replaces only what ReportDesk models
// and the user changed, so every other field (subject, scaleFactor, options.pdfCombineOneFile,
// a dashboard's extra keys, fields of newer Grafana versions) stays exactly as the server sent
// it. What cannot be expressed on either side is said in notes, or refused with a message
// naming it; nothing is silently changed.
//
//   Grafana                          ReportDesk Report
//   name                             name
//   message                          message
//   recipients, replyTo (comma-sep.) delivery.recipients, delivery.replyTo (string arrays)
//   enableDashboardUrl               delivery.dashboardLink (bool)
//   formats pdf | csv | image        formats pdf | csv | png
//   options.orientation, layout      page.orientation, page.layout
//   schedule (ReportSchedule)        schedule (ReportDesk JSON, via ScheduleMapping), timeZone
//   state (paused / other)           enabled
//   dashboards[] {dashboard.uid,     sections: one RemoteSnapshot per dashboard, remoteRef = uid,
//     name}                          title = the dashboard's name
//   dashboards[].timeRange           timeRange (one for all dashboards; empty = dashboard default)
//   dashboards[].reportVariables     variables (the union; multi-values comma-separated)
//   id, created, updated             remoteId, created, updated
class GrafanaReportMapping {
    Q_DECLARE_TR_FUNCTIONS(GrafanaReportMapping)

public:
    // Keys of Report::delivery this mapping reads and writes.
    static constexpr QLatin1StringView kRecipients{"recipients"};
    static constexpr QLatin1StringView kReplyTo{"replyTo"};
    static constexpr QLatin1StringView kDashboardLink{"dashboardLink"};

    // A Grafana report (GET /api/reports/{id}) as a Report. Fails only when the JSON is not a
    // Grafana report at all (no name, dashboards that are not objects); a schedule ReportDesk
    // cannot read becomes a note and an empty schedule.
    static Result<GrafanaReportImport> toReport(const QJsonObject &grafana);

    // Writes report into base (the server's JSON from GET; {} for a new report). With a
    // non-empty base only the fields whose ReportDesk value differs from toReport(base) are
    // replaced. Fails, naming the field, when the report holds something Grafana cannot
    // express (a table section, a cron schedule, no dashboard). `now` anchors a schedule
    // without a start (Grafana needs a startDate).
    static Result<GrafanaJsonExport> toGrafana(const Report &report, const QJsonObject &base,
                                               const QDateTime &now);

    // Grafana's "paused" state is ReportDesk's disabled; any other state ("scheduled",
    // "draft", "expired", ...) counts as enabled.
    static bool isEnabledState(const QString &state);
    static QString stateFor(bool enabled); // "scheduled" or "paused"

    // "a@x, b@y; c@z" -> {"a@x", "b@y", "c@z"} (commas, and semicolons as older Grafana wrote).
    static QStringList splitAddresses(const QString &list);
    static QString joinAddresses(const QStringList &addresses); // "a@x,b@y"

    // The numeric report id as text: 7 -> "7", "7" -> "7"; empty when it is neither.
    static QString idText(const QJsonValue &id);

    // ReportSettings (GET /api/reports/settings) as a branding profile: footer text and link
    // (when the footer mode is "sent-by"); the logo is a URL there, bytes here, so it is
    // returned beside the profile for the caller to fetch.
    static GrafanaBrandingImport toBranding(const QJsonObject &settings);
    // Writes profile into base (the server's settings) the same way toGrafana() does: only
    // footer text, link and mode that changed. A logo is not sent (Grafana takes a URL, not an
    // image); when the profile's logo differs from logoBytesOnServer a note says so.
    static GrafanaJsonExport toGrafanaSettings(const BrandingProfile &profile,
                                               const QJsonObject &base,
                                               const QByteArray &logoBytesOnServer = {});
};

} // namespace reportdesk::remote
