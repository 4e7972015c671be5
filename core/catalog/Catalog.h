#pragma once

#include "domain/BrandingProfile.h"
#include "domain/DataSource.h"
#include "domain/Folder.h"
#include "domain/RemoteServer.h"
#include "domain/Report.h"
#include "domain/Result.h"
#include "domain/Run.h"
#include "catalog/SqlDialect.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class QSqlDatabase;
class QSqlQuery;

#include <memory>
#include <optional>

namespace reportdesk {

// A folder subtree with every report in it, complete. Taken before a delete so that undo can
// put everything back with the same ids.
struct CatalogSnapshot {
    QList<Folder> folders; // parents before children
    QList<Report> reports;
};

// The local catalog: folders, reports, branding profiles and data sources in one SQL database.
// Every mutation is one transaction; on failure nothing is written and the error names the
// problem. After a successful mutation the matching change signal fires, so models update.
// Not thread-safe: use it from the thread that opened it.
class Catalog : public QObject {
    Q_OBJECT

public:
    // Opens (creating when missing) an SQLite catalog and migrates it. Returns nullptr and sets
    // *error when the file is not a catalog, was written by a newer ReportDesk, or cannot be
    // written and needs migrating. A read-only file opens read-only: reads work, writes fail.
    // With readOnly the file is opened without writing even when it is writable.
    static std::unique_ptr<Catalog> openSqlite(const QString &path, QString *error,
                                               bool readOnly = false);
    ~Catalog() override;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool isEmpty() const; // no folders and no reports
    int schemaVersion() const;

    // Folders
    QList<Folder> folders() const;
    std::optional<Folder> folder(qint64 id) const;
    QString folderPath(qint64 id) const; // "Samples/Weekly"
    std::optional<qint64> folderIdByPath(const QString &path) const;
    Result<Folder> createFolder(qint64 parentId, const QString &name);
    Result<qint64> ensureFolderPath(const QString &path); // creates missing folders
    Status renameFolder(qint64 id, const QString &name);
    Status moveFolder(qint64 id, qint64 newParentId);
    Status deleteFolder(qint64 id); // with everything in it
    bool isDescendant(qint64 folderId, qint64 ancestorId) const;

    // Reports
    QList<ReportSummary> reportSummaries() const;
    QList<ReportSummary> reportSummaries(qint64 folderId) const;
    std::optional<Report> report(const QUuid &id) const;
    std::optional<QUuid> reportIdByName(qint64 folderId, const QString &name) const;
    // "Samples/Weekly traffic" or a UUID.
    std::optional<QUuid> resolveReportRef(const QString &ref) const;
    // How saveReport sets created/updated. Touch (an edit): created stays as stored (or is now
    // for a new report), updated becomes now. Keep (an import): the report's own valid
    // timestamps are stored unchanged, so exporting an imported document yields the same bytes.
    enum class Timestamps { Touch, Keep };
    // Inserts (null or unknown id) or updates. Validates first; returns the stored report.
    Result<Report> saveReport(const Report &report, Timestamps timestamps = Timestamps::Touch);
    Status renameReport(const QUuid &id, const QString &name);
    Status moveReports(const QList<QUuid> &ids, qint64 folderId);
    Status setReportsEnabled(const QList<QUuid> &ids, bool enabled);
    Status deleteReports(const QList<QUuid> &ids);
    Result<Report> duplicateReport(const QUuid &id);
    QString uniqueReportName(qint64 folderId, const QString &base) const;
    QString uniqueFolderName(qint64 parentId, const QString &base) const;

    // Undo support
    CatalogSnapshot snapshotFolder(qint64 id) const;
    Status restore(const CatalogSnapshot &snapshot);

    // Branding profiles
    QList<BrandingProfile> brandingProfiles() const;
    std::optional<BrandingProfile> brandingProfile(qint64 id) const;
    std::optional<BrandingProfile> defaultBranding() const;
    Result<BrandingProfile> saveBranding(const BrandingProfile &profile);
    Status setDefaultBranding(qint64 id);
    Status deleteBranding(qint64 id);

    // Data sources (no secrets: passwords live in the keychain)
    QList<DataSource> dataSources() const;
    std::optional<DataSource> dataSource(const QString &name) const;
    Result<DataSource> saveDataSource(const DataSource &source);
    Status deleteDataSource(qint64 id);

    // Run history (domain/Run.h). claimRun inserts (report, scheduledFor) under a unique
    // constraint: when that occurrence is taken already (by this or another process on the same
    // catalog), it returns claimed = false and changes nothing.
    struct Claim {
        bool claimed = false;
        Run run; // the new run when claimed
    };
    Result<Claim> claimRun(const QUuid &reportId, const QDateTime &scheduledFor,
                           Run::Trigger trigger, const QString &claimedBy);
    // Stores state, attempt, claimedBy, times, error and the artifacts (replacing them).
    Status updateRun(const Run &run);
    std::optional<Run> run(qint64 id) const;
    QList<Run> runs(const RunFilter &filter = {}) const;
    // Enabled reports that have a schedule: id -> the stored schedule JSON. Light: no sections.
    QHash<QUuid, QJsonObject> schedules() const;
    // The latest occurrence claimed for the report by its schedule (or a catch-up of it).
    std::optional<QDateTime> lastScheduledFor(const QUuid &reportId) const;
    QHash<QUuid, QDateTime> lastScheduledFor() const; // the same for every report, one query
    // Small persistent values of the catalog's own (for example the scheduler's last check).
    QString metaValue(const QString &key) const;
    Status setMetaValue(const QString &key, const QString &value);

    // Remote server profiles (CatalogServers.cpp). No secrets: those live in the keychain under
    // SecretStore::serverKey(id). Names are unique regardless of case.
    QList<RemoteServer> servers() const; // by name, case-insensitively
    std::optional<RemoteServer> server(const QUuid &id) const;
    std::optional<RemoteServer> serverByName(const QString &name) const; // case-insensitive
    // Inserts (null or unknown id; a null id gets a new one) or updates. Validates first
    // (RemoteServer::validate) and refuses a name another server has; returns the stored profile.
    Result<RemoteServer> saveServer(const RemoteServer &server);
    Status deleteServer(const QUuid &id);

signals:
    void folderInserted(const reportdesk::Folder &folder);
    void folderChanged(const reportdesk::Folder &before, const reportdesk::Folder &after);
    void folderRemoved(const reportdesk::Folder &folder); // children are removed first
    void reportInserted(const reportdesk::ReportSummary &report);
    void reportChanged(const reportdesk::ReportSummary &before,
                       const reportdesk::ReportSummary &after);
    void reportRemoved(const reportdesk::ReportSummary &report);
    void brandingChanged();
    void dataSourcesChanged();
    void runChanged(const reportdesk::Run &run); // claimed or updated by this process
    void serverInserted(const reportdesk::RemoteServer &server);
    void serverChanged(const reportdesk::RemoteServer &before,
                       const reportdesk::RemoteServer &after);
    void serverRemoved(const reportdesk::RemoteServer &server);

private:
    Catalog(QString connectionName, QString path, bool readOnly, SqlDialect dialect);
    QSqlDatabase db() const; // the connection, by name: headers stay free of Qt Sql types
    class Transaction;

    Status checkCompatible() const; // not a catalog, or written by a newer version
    Status migrate();
    Status writable() const;
    QString sqlFailure(const QString &what, const QSqlQuery &query) const;
    Status insertReport(const Report &report, QSqlQuery &query);
    Status writeSections(const Report &report);
    QString nameConflict(qint64 folderId, const QString &name, const QUuid &except) const;
    QString folderNameConflict(qint64 parentId, const QString &name, qint64 except) const;
    QList<Folder> subtree(qint64 id) const; // the folder and its descendants, parents first
    QList<RunArtifact> runArtifacts(qint64 runId) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    SqlDialect m_dialect;
};

} // namespace reportdesk
