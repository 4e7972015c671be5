#pragma once

#include "remote/RemoteClient.h"
#include "remote/grafana/GrafanaReportMapping.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

Q_DECLARE_LOGGING_CATEGORY(lcGrafana)

namespace reportdesk::remote {

class HttpClient;
struct HttpResponse;

// A report as read from Grafana: the tree's item (with the raw JSON) and the ReportDesk report
// it maps to, with notes on what ReportDesk cannot show of it.
struct GrafanaReport {
    RemoteItem item;
    GrafanaReportImport mapped;
};

// A report saved on Grafana: its id and what did not go along (GrafanaReportMapping notes).
struct GrafanaSaved {
    QString id;
    QStringList notes;
};

// Grafana's report branding settings as a ReportDesk branding profile. The profile's logo
// holds the report logo's bytes when it lives on this Grafana (GET /api/reports/images/...);
// a logo elsewhere is named in notes and not fetched (credentials stay with this server).
struct GrafanaBranding {
    BrandingProfile profile;
    QString reportLogoUrl;
    QJsonObject raw; // the settings exactly as received
    QStringList notes;
};

// What to render into a PDF (GET /api/reports/render/pdfs, protocols.md 3.2 #7).
struct GrafanaRenderOptions {
    QString orientation; // "portrait" | "landscape"; empty: the server's default
    QString layout;      // "grid" | "simple"; empty: the server's default
    QString title;
    // For renderDashboards(); empty (the default): each dashboard's own time range.
    TimeRange timeRange{QString(), QString()};
    std::optional<int> scaleFactor;
    bool includeTables = false;
};

// The Grafana Enterprise Reporting client (protocols.md section 3) over the shared HTTP layer.
// The profile's base URL is Grafana's root URL (sub-path included); calls go to <root>/api/.
// Auth: Basic (user name + password) or Bearer (service account token); the profile's
// organisation, when set, goes out as X-Grafana-Org-Id. Reports are listed, read, created,
// updated (read-modify-write of the whole report, so fields ReportDesk does not model
// survive), deleted, paused and resumed (their `state`, also read-modify-write), sent now
// (synchronous on the server: a client timeout of at least sendTimeout()), test-mailed and
// rendered into a PDF. The report branding settings map to a BrandingProfile. Grafana has no
// report folders and no move.
class GrafanaClient : public RemoteClient {
    Q_OBJECT

public:
    // POST /api/reports/email and the render endpoints wait for Grafana to render: at least
    // this long, or the profile's timeout when that is longer.
    static constexpr std::chrono::seconds kMinimumSendTimeout{120};

    GrafanaClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                  QObject *parent = nullptr);
    ~GrafanaClient() override;

    HttpClient *http() const { return m_http; }
    // The transfer timeout of the calls that wait for rendering (send, test mail, render).
    std::chrono::milliseconds sendTimeout() const;
    // The clock that anchors a schedule without a start when a report is written (tests).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    bool supports(Capability capability) const override;
    QString unsupportedReason(Capability capability) const override;

    // GET /api/health (is it Grafana, which version), GET /api/org (do the credentials work,
    // which organisation), GET /api/reports (is Reporting there: Enterprise only).
    void testConnection(Callback<ServerInfo> done) override;
    // folderId must be "": Grafana reports have no folders.
    void listItems(const QString &folderId, Callback<QList<RemoteItem>> done) override;
    void getItem(const QString &id, Callback<RemoteItem> done) override;
    // Pauses (disabled) or resumes (enabled) the report's schedule through its `state`, with a
    // read-modify-write of the whole report. Drafts and expired reports are refused, as in
    // Grafana's own list. Nothing is written when the report is already in that state.
    void setEnabled(const QString &id, bool enabled, Done done) override;
    // Sends the report now to its own recipients (POST /api/reports/email).
    void trigger(const QString &id, Done done) override;
    // DELETE /api/reports/{id}, one after the other; stops at the first failure.
    void remove(const QStringList &ids, Done done) override;
    // Renders the report's dashboards with its options into a PDF at outputPath.
    void generate(const QString &id, const QString &outputPath, Callback<QString> done) override;

    // --- Grafana's own operations -------------------------------------------------------

    // The report and its ReportDesk form.
    void getReport(const QString &id, Callback<GrafanaReport> done);
    // POST /api/reports with the report mapped to Grafana's JSON.
    void createReport(const Report &report, Callback<GrafanaSaved> done);
    // GET, apply the report onto the server's JSON (only what changed), PUT the whole object.
    void updateReport(const QString &id, const Report &report, Callback<GrafanaSaved> done);
    // Sends the report now; to `emails` instead of the report's recipients when not empty.
    void sendReport(const QString &id, const QStringList &emails, Done done);
    // POST /api/reports/test-email (nothing is saved): the server's report `id` as it is, or a
    // ReportDesk report mapped to Grafana, to `emails` (or the report's own recipients).
    void sendTestEmail(const QString &id, const QStringList &emails, Done done);
    void sendTestEmail(const Report &report, const QStringList &emails, Done done);
    // GET /api/reports/settings (and the report logo when it lives on this server).
    void brandingSettings(Callback<GrafanaBranding> done);
    // Read-modify-write of the settings: only the footer (text, link, mode) and a removed
    // logo change; the notes say what Grafana's branding has no place for.
    void saveBrandingSettings(const BrandingProfile &profile, Callback<QStringList> done);
    // Renders dashboards (by uid) into a PDF at outputPath.
    void renderDashboards(const QStringList &uids, const GrafanaRenderOptions &options,
                          const QString &outputPath, Callback<QString> done);

private:
    // id must be a Grafana report id (digits); otherwise `done` gets an error naming it.
    template <typename T>
    bool checkId(const QString &id, const QString &operation, const Callback<T> &done);
    void fetchReport(const QString &id, const QString &operation,
                     std::function<void(const RemoteResult<QJsonObject> &)> done);
    void putReport(const QString &id, const QJsonObject &report, const QString &operation,
                   Done done);
    void renderPdf(const QJsonArray &dashboards, const GrafanaRenderOptions &options,
                   const QString &outputPath, Callback<QString> done);
    void removeNext(QStringList ids, Done done);
    void fetchLogo(GrafanaBranding branding, Callback<GrafanaBranding> done);
    RemoteResult<RemoteItem> itemFromJson(const QJsonObject &report,
                                          const HttpResponse &response) const;
    // Writes a rendered PDF to outputPath atomically (QSaveFile).
    RemoteResult<QString> savePdf(const HttpResponse &response, const QString &outputPath,
                                  const QString &operation) const;
    QDateTime now() const;

    HttpClient *m_http;
    std::function<QDateTime()> m_now;
};

} // namespace reportdesk::remote
