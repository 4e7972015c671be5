#pragma once

#include "domain/Report.h"
#include "remote/RemoteClient.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace reportdesk::remote {

class HttpClient;
struct HttpResponse;
struct RetryPolicy;

// The OpenObserve Reports client (protocols.md section 1) over the shared HTTP layer.
//
// It speaks the v2 API (`/api/v2/{org}/reports`, reports keyed by KSUID `report_id`, in report
// folders) and, for servers without it, the v1 API (`/api/{org}/reports/{name}`, keyed by name,
// one implicit folder): the profile's extra `"api": "v1"` chooses v1, and testConnection()
// switches a client to v1 when the server has no v2 routes but answers v1. Credentials are the
// profile's user e-mail and password (Basic) or a token (Bearer); the organisation defaults to
// `default`.
//
// Quirks handled here: create answers no id, so the new report is found by name in its folder's
// list; GET of a report carries no id and no folder, so the folder is remembered from lists,
// creates and moves; v1 answers 400 for a missing report on get/update (reported as NotFound);
// a bulk delete answers 200 with an `unsuccessful` list, whose ids are then deleted one by one
// so the error names the server's reason; trigger runs synchronously on the server and is never
// repeated by the HTTP layer (it sends email). Report-level calls map through
// OpenObserveReportMapping and update read-modify-write, so fields ReportDesk does not model
// survive. OpenObserve renders and mails reports itself: there is nothing to download
// (Capability::Generate is not offered).
class OpenObserveClient : public RemoteClient {
    Q_OBJECT

public:
    enum class Api { V2, V1 };

    OpenObserveClient(RemoteServer server, QString secret, QNetworkAccessManager *network,
                      QObject *parent = nullptr);
    ~OpenObserveClient() override;

    Api api() const { return m_api; }
    void setApi(Api api) { m_api = api; }
    QString organisation() const;
    HttpClient *http() const { return m_http; }
    // Rebuilds the HTTP client with another retry policy (tests shrink the waits); calls in
    // flight are dropped without answers, so set it before the first call.
    void setRetryPolicy(const RetryPolicy &policy);

    bool supports(Capability capability) const override;
    QString unsupportedReason(Capability capability) const override;

    void testConnection(Callback<ServerInfo> done) override;

    // Report folders (v2). "" names the default folder, whose id is `default`.
    void listFolders(Callback<QList<RemoteFolder>> done) override;
    void createFolder(const QString &name, Callback<RemoteFolder> done) override;
    void renameFolder(const QString &folderId, const QString &name, Done done) override;
    void deleteFolder(const QString &folderId, Done done) override;

    // The reports of a folder ("" = default); listReports narrows to names containing
    // nameContains (case-insensitive, done by the server).
    void listItems(const QString &folderId, Callback<QList<RemoteItem>> done) override;
    void listReports(const QString &folderId, const QString &nameContains,
                     Callback<QList<RemoteItem>> done);
    // The report's JSON as the server has it (RemoteItem::raw), and as a ReportDesk Report.
    void getItem(const QString &id, Callback<RemoteItem> done) override;
    void getReport(const QString &id, Callback<Report> done);

    // Creates a report in a folder and finds it again by name (create answers no id); gives
    // the new report as read back. The JSON form sends `report` as it is; the Report form maps
    // it first (a report OpenObserve cannot express is refused as Unsupported, naming why).
    void createReportJson(const QString &folderId, const QJsonObject &report,
                          Callback<RemoteItem> done);
    void createReport(const QString &folderId, const Report &report, Callback<RemoteItem> done);
    // Replaces a report; moveToFolderId, when not empty, moves it in the same call (`?folder=`).
    // The Report form reads the report first and changes only what ReportDesk models.
    void updateReportJson(const QString &id, const QJsonObject &report,
                          const QString &moveToFolderId, Done done);
    void updateReport(const QString &id, const Report &report, const QString &moveToFolderId,
                      Done done);

    void setEnabled(const QString &id, bool enabled, Done done) override;
    void trigger(const QString &id, Done done) override;
    void remove(const QStringList &ids, Done done) override;
    void move(const QStringList &ids, const QString &folderId, Done done) override;

    // The folder a report was last seen in (lists, creates, moves); empty when not known.
    QString knownFolderOf(const QString &id) const { return m_folderOf.value(id); }

private:
    QString v2(const QString &rest) const;       // "v2/<org>/<rest>"
    QString reports() const;                     // the reports collection of the API in use
    QString reportPath(const QString &id) const; // one report (KSUID or, in v1, name)
    static QString folderOrDefault(const QString &folderId);
    RemoteError adjusted(RemoteError error) const;
    RemoteItem itemFromListEntry(const QJsonObject &entry, const QString &folderId);
    RemoteItem itemFromReport(const QString &id, const QJsonObject &report) const;
    void deleteOneByOne(QStringList ids, Done done);
    void moveGroups(QList<std::pair<QString, QStringList>> groups, const QString &folderId,
                    Done done);
    void findCreated(const QString &folderId, const QString &name, const QString &operation,
                     Callback<RemoteItem> done);
    template <typename T> void later(Callback<T> done, RemoteResult<T> result);

    HttpClient *m_http = nullptr;
    Api m_api = Api::V2;
    QHash<QString, QString> m_folderOf; // report id -> folder id
};

} // namespace reportdesk::remote
