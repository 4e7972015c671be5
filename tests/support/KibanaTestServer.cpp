#include "KibanaTestServer.h"

#include "remote/kibana/KibanaExport.h"
#include "remote/kibana/Rison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>

namespace reportdesk::test {

using reportdesk::remote::KibanaExport;
using reportdesk::remote::Rison;

namespace {

// Kibana's standard error body.
LoopbackResponse kibanaError(int status, const QString &message)
{
    return LoopbackResponse::json(
        status, QJsonObject{{QStringLiteral("statusCode"), status},
                            {QStringLiteral("error"),
                             QString::fromLatin1(LoopbackHttpServer::reasonPhrase(status))},
                            {QStringLiteral("message"), message}});
}

LoopbackResponse notFound()
{
    return kibanaError(404, QStringLiteral("Not Found"));
}

QString jobTypeOf(const QString &exportType)
{
    if (exportType == QLatin1String("printablePdfV2"))
        return QStringLiteral("printable_pdf_v2");
    if (exportType == QLatin1String("pngV2"))
        return QStringLiteral("PNGV2");
    if (exportType == QLatin1String("printablePdf"))
        return QStringLiteral("printable_pdf");
    if (exportType == QLatin1String("png"))
        return QStringLiteral("PNG");
    return exportType; // csv_searchsource, csv_v2
}

QByteArray contentTypeOf(const QString &exportType)
{
    if (exportType.startsWith(QLatin1String("csv")))
        return "text/csv";
    if (exportType.compare(QLatin1String("pngV2"), Qt::CaseInsensitive) == 0 ||
        exportType.compare(QLatin1String("png"), Qt::CaseInsensitive) == 0)
        return "image/png";
    return "application/pdf";
}

QString extensionOf(const QString &exportType)
{
    const QByteArray type = contentTypeOf(exportType);
    return type == "text/csv"    ? QStringLiteral("csv")
           : type == "image/png" ? QStringLiteral("png")
                                 : QStringLiteral("pdf");
}

QByteArray bodyFor(const QString &exportType, const QString &title)
{
    const QByteArray type = contentTypeOf(exportType);
    if (type == "image/png")
        return QByteArray::fromBase64(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYP"
            "hfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    if (type == "text/csv")
        return "title,count\n\"" + title.toUtf8().replace('"', "\"\"") + "\",1\n";
    return KibanaTestServer::samplePdf(title);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The keys Kibana's strict jobParams validator knows (protocols.md 2.7, KB-VAL).
const QStringList &knownJobParamsKeys()
{
    static const QStringList keys{
        QStringLiteral("browserTimezone"), QStringLiteral("objectType"),
        QStringLiteral("title"),           QStringLiteral("version"),
        QStringLiteral("layout"),          QStringLiteral("forceNow"),
        QStringLiteral("pagingStrategy"),  QStringLiteral("locatorParams"),
        QStringLiteral("searchSource"),    QStringLiteral("columns"),
        QStringLiteral("relativeUrls"),    QStringLiteral("relativeUrl")};
    return keys;
}

// What Kibana answers for jobParams it refuses; empty when they are fine.
std::optional<LoopbackResponse> checkJobParams(const QJsonObject &params, bool strict)
{
    if (strict) {
        for (auto it = params.begin(); it != params.end(); ++it) {
            if (!knownJobParamsKeys().contains(it.key()))
                return kibanaError(400, QStringLiteral("[jobParams.%1]: definition for this key "
                                                       "is missing")
                                            .arg(it.key()));
        }
    }
    if (params.contains(QLatin1String("browserTimezone"))) {
        const QString zone = params.value(QLatin1String("browserTimezone")).toString();
        if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return kibanaError(400, QStringLiteral("Invalid timezone \"%1\".").arg(zone));
    }
    if (params.contains(QLatin1String("layout"))) {
        const QJsonObject layout = params.value(QLatin1String("layout")).toObject();
        const QString id = layout.value(QLatin1String("id")).toString();
        static const QStringList ids{QStringLiteral("preserve_layout"), QStringLiteral("print"),
                                     QStringLiteral("canvas"), QStringLiteral("png")};
        if (!ids.contains(id))
            return kibanaError(400, QStringLiteral("[jobParams.layout.id]: types that failed "
                                                   "validation: \"%1\" is not a layout")
                                        .arg(id));
        const QJsonObject dims = layout.value(QLatin1String("dimensions")).toObject();
        for (const auto key : {QLatin1String("width"), QLatin1String("height")}) {
            if (!dims.contains(key))
                continue;
            const double v = dims.value(key).toDouble(-1);
            if (!(v > 0) || v > 14400)
                return kibanaError(400, QStringLiteral("[jobParams.layout.dimensions.%1]: "
                                                       "Value must be between 0 and 14400")
                                            .arg(key));
        }
    }
    if (params.value(QLatin1String("title")).toString().size() > 2048)
        return kibanaError(400, QStringLiteral("[jobParams.title]: value has length greater "
                                               "than 2048"));
    return std::nullopt;
}

QJsonValue createdByValue(const QString &user)
{
    return user.isEmpty() ? QJsonValue(false) : QJsonValue(user);
}

} // namespace

KibanaTestServer::KibanaTestServer(QObject *parent)
    : QObject(parent)
{
    addUser(QString::fromLatin1(kUser), QString::fromLatin1(kPassword));
    addApiKey(QString::fromLatin1(kApiKey), QString::fromLatin1(kUser));
    m_http.route("*", QStringLiteral("/{rest*}"),
                 [this](const LoopbackRequest &request) { return handle(request); });
}

KibanaTestServer::~KibanaTestServer() = default;

bool KibanaTestServer::listen(quint16 port)
{
    return m_http.listen(port);
}

QUrl KibanaTestServer::url(const QString &path) const
{
    return m_http.url(m_basePath + (path.isEmpty() ? QStringLiteral("/") : path));
}

QString KibanaTestServer::newId()
{
    // Kibana's ids are 20-odd lowercase letters and digits.
    return QStringLiteral("lz%1k7q2w9x4").arg(++m_counter, 8, 10, QLatin1Char('0'));
}

QString KibanaTestServer::downloadPath(const QString &id) const
{
    return m_basePath + QStringLiteral("/api/reporting/jobs/download/") + id;
}

QList<KibanaTestServer::Job> KibanaTestServer::jobs() const
{
    QList<Job> out;
    for (const QString &id : m_jobOrder) {
        if (m_jobs.contains(id))
            out << m_jobs.value(id);
    }
    return out;
}

std::optional<KibanaTestServer::Job> KibanaTestServer::job(const QString &id) const
{
    if (!m_jobs.contains(id))
        return std::nullopt;
    return m_jobs.value(id);
}

KibanaTestServer::Job *KibanaTestServer::mutableJob(const QString &id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &it.value();
}

QString KibanaTestServer::addJob(const QString &title, const QString &createdBy,
                                 const QString &status)
{
    Job job;
    job.id = newId();
    job.exportType = QStringLiteral("printablePdfV2");
    job.jobType = jobTypeOf(job.exportType);
    job.createdBy = createdBy;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.status = status;
    job.payload = QJsonObject{{QStringLiteral("title"), title},
                              {QStringLiteral("objectType"), QStringLiteral("dashboard")},
                              {QStringLiteral("browserTimezone"), QStringLiteral("UTC")},
                              {QStringLiteral("version"), m_version}};
    if (status == QLatin1String("failed"))
        job.failure = QStringLiteral("Max attempts reached (1)");
    if (status == QLatin1String("pending") || status == QLatin1String("processing"))
        job.pendingPolls = m_pendingPolls;
    m_jobs.insert(job.id, job);
    m_jobOrder << job.id;
    return job.id;
}

QString KibanaTestServer::addScheduledReport(const QString &title, const QJsonObject &rrule,
                                             bool enabled, const QString &createdBy)
{
    const QString id = QStringLiteral("sched-%1").arg(++m_counter);
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("created_at"), isoNow()},
        {QStringLiteral("created_by"), createdBy},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("jobtype"), QStringLiteral("printable_pdf_v2")},
        {QStringLiteral("next_run"), QStringLiteral("2030-01-07T08:00:00.000Z")},
        {QStringLiteral("notification"),
         QJsonObject{
             {QStringLiteral("email"),
              QJsonObject{{QStringLiteral("to"), QJsonArray{QStringLiteral("ops@example.com")}}}}}},
        {QStringLiteral("schedule"), QJsonObject{{QStringLiteral("rrule"), rrule}}},
        {QStringLiteral("space_id"), QStringLiteral("default")},
        {QStringLiteral("title"), title},
    };
    m_scheduled.insert(id, {json, createdBy});
    m_scheduledOrder << id;
    return id;
}

std::optional<QJsonObject> KibanaTestServer::scheduledReport(const QString &id) const
{
    if (!m_scheduled.contains(id))
        return std::nullopt;
    return m_scheduled.value(id).json;
}

int KibanaTestServer::downloadRequests(const QString &jobId) const
{
    int n = 0;
    for (const LoopbackRequest &r : m_http.requests()) {
        if (r.method == "GET" &&
            r.path.endsWith(QStringLiteral("/reporting/jobs/download/") + jobId))
            ++n;
    }
    return n;
}

QByteArray KibanaTestServer::samplePdf(const QString &title)
{
    QByteArray text;
    for (const QChar c : title) {
        const char16_t u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            text += '\\';
        text += (u >= 0x20 && u < 0x7f) ? char(u) : '?';
    }
    const QByteArray stream = "BT /F1 18 Tf 72 770 Td (" + text + ") Tj ET\n";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title (" + text + ") /Producer (KibanaTestServer) >>",
    };
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

std::optional<LoopbackResponse> KibanaTestServer::authenticate(const LoopbackRequest &request,
                                                               QString *user)
{
    if (!m_requireAuth) {
        user->clear();
        return std::nullopt;
    }
    const QByteArray header = request.header("Authorization");
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray value = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(value));
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        if (colon > 0 && m_users.contains(pair.left(colon)) &&
            m_users.value(pair.left(colon)) == pair.mid(colon + 1)) {
            *user = pair.left(colon);
            return std::nullopt;
        }
    } else if (scheme == "apikey" && m_apiKeys.contains(QString::fromLatin1(value))) {
        *user = m_apiKeys.value(QString::fromLatin1(value));
        return std::nullopt;
    } else if (scheme == "bearer" && m_tokens.contains(QString::fromLatin1(value))) {
        *user = m_tokens.value(QString::fromLatin1(value));
        return std::nullopt;
    }
    return kibanaError(401, QStringLiteral("[security_exception]: unable to authenticate user"))
        .withHeader("WWW-Authenticate", "Basic realm=\"kibana\", charset=\"UTF-8\"")
        .withHeader("WWW-Authenticate", "ApiKey");
}

LoopbackResponse KibanaTestServer::handle(const LoopbackRequest &request)
{
    // The base path, then an optional space, then Kibana's own routes.
    QString raw = QString::fromLatin1(request.rawPath);
    if (!m_basePath.isEmpty()) {
        if (!raw.startsWith(m_basePath + QLatin1Char('/')))
            return notFound();
        raw = raw.mid(m_basePath.size());
    }
    QStringList segs = raw.split(QLatin1Char('/'));
    if (!segs.isEmpty() && segs.first().isEmpty())
        segs.removeFirst();
    for (QString &s : segs)
        s = QUrl::fromPercentEncoding(s.toLatin1());
    QString spaceId;
    if (segs.size() >= 2 && segs.first() == QLatin1String("s")) {
        spaceId = segs.at(1);
        segs = segs.mid(2);
    }
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    const qsizetype n = segs.size();
    auto is = [&](std::initializer_list<const char *> prefix, qsizetype size) {
        if (n != size)
            return false;
        qsizetype i = 0;
        for (const char *p : prefix) {
            if (segs.at(i++) != QLatin1String(p))
                return false;
        }
        return true;
    };
    const bool internalPath = n > 0 && segs.first() == QLatin1String("internal");
    const bool reportingPath = n > 1 && segs.at(1) == QLatin1String("reporting");

    // Route lookup (Kibana's router answers 404 before anything else).
    enum class Route {
        None,
        Status,
        Generate,
        GenerateGet,
        Download,
        Delete,
        List,
        Count,
        Info,
        Schedule,
        ScheduledList,
        ScheduledBulk
    };
    Route route = Route::None;
    if (is({"api", "status"}, 2) && method == "GET") {
        route = Route::Status;
    } else if ((is({"api", "reporting", "generate"}, 4) ||
                is({"internal", "reporting", "generate"}, 4))) {
        if (method == "POST")
            route = Route::Generate;
        else if (method == "GET" && !internalPath)
            route = Route::GenerateGet;
    } else if (reportingPath && n == 5 && segs.at(2) == QLatin1String("jobs")) {
        if (segs.at(3) == QLatin1String("download") && method == "GET")
            route = Route::Download;
        else if (segs.at(3) == QLatin1String("delete") && method == "DELETE")
            route = Route::Delete;
        else if (segs.at(3) == QLatin1String("info") && method == "GET" && internalPath)
            route = Route::Info;
    } else if (is({"internal", "reporting", "jobs", "list"}, 4) && method == "GET") {
        route = Route::List;
    } else if (is({"internal", "reporting", "jobs", "count"}, 4) && method == "GET") {
        route = Route::Count;
    } else if (m_scheduledOffered && is({"internal", "reporting", "schedule"}, 4) &&
               method == "POST") {
        route = Route::Schedule;
    } else if (m_scheduledOffered && is({"internal", "reporting", "scheduled", "list"}, 4) &&
               method == "GET") {
        route = Route::ScheduledList;
    } else if (m_scheduledOffered && is({"internal", "reporting", "scheduled"}, 4) &&
               ((method == "PATCH" && (segs.at(3) == QLatin1String("bulk_enable") ||
                                       segs.at(3) == QLatin1String("bulk_disable"))) ||
                (method == "DELETE" && segs.at(3) == QLatin1String("bulk_delete")))) {
        route = Route::ScheduledBulk;
    }
    if (route == Route::None)
        return notFound();

    QString user;
    if (auto denied = authenticate(request, &user))
        return *denied;

    // Core's lifecycle handlers: XSRF, kbn-version, internal origin.
    if (method != "GET") {
        if (!request.hasHeader("kbn-xsrf") && !request.hasHeader("kbn-version"))
            return kibanaError(400, QStringLiteral("Request must contain a kbn-xsrf header."));
    }
    if (request.hasHeader("kbn-version") &&
        QString::fromUtf8(request.header("kbn-version")) != m_version)
        return kibanaError(400,
                           QStringLiteral("Browser client is out of date, please refresh "
                                          "the page (\"kbn-version\" header was \"%1\" but "
                                          "should be \"%2\")")
                               .arg(QString::fromUtf8(request.header("kbn-version")), m_version));
    if (internalPath && m_restrictInternal && !request.hasHeader("x-elastic-internal-origin") &&
        !request.query.hasQueryItem(QStringLiteral("elasticInternalOrigin")))
        return kibanaError(400,
                           QStringLiteral("uri [%1] with method [%2] exists but is not "
                                          "available with the current configuration")
                               .arg(request.path, QString::fromLatin1(request.method.toLower())));
    if (!request.body.isEmpty()) {
        const QByteArray type = request.header("Content-Type").split(';').first().trimmed();
        if (type.toLower() != "application/json")
            return kibanaError(415, QStringLiteral("Unsupported Media Type"));
        QJsonParseError error;
        QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError)
            return kibanaError(400, QStringLiteral("Invalid request payload JSON format"));
    }

    switch (route) {
    case Route::None:
        break;
    case Route::Status:
        return LoopbackResponse::json(
            200,
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("kibana-test")},
                {QStringLiteral("uuid"), QStringLiteral("5b2de169-2785-441b-ae8c-186a1936b17d")},
                {QStringLiteral("version"),
                 QJsonObject{{QStringLiteral("number"), m_version},
                             {QStringLiteral("build_hash"), QStringLiteral("0123abcd")},
                             {QStringLiteral("build_number"), 81234},
                             {QStringLiteral("build_snapshot"), false}}},
                {QStringLiteral("status"),
                 QJsonObject{{QStringLiteral("overall"),
                              QJsonObject{{QStringLiteral("level"), QStringLiteral("available")},
                                          {QStringLiteral("summary"),
                                           QStringLiteral("All services are available")}}}}}});
    case Route::GenerateGet:
        return kibanaError(405, QStringLiteral("GET is not allowed"));
    case Route::Generate:
        return generate(request, segs.at(3), spaceId, user);
    case Route::Download:
        return download(segs.at(4), internalPath, user);
    case Route::Delete: {
        const QString id = segs.at(4);
        if (!m_jobs.contains(id) || m_jobs.value(id).createdBy != user)
            return notFound();
        m_jobs.remove(id);
        return LoopbackResponse::json(200, QJsonObject{{QStringLiteral("deleted"), true}});
    }
    case Route::Info: {
        const QString id = segs.at(4);
        if (!m_jobs.contains(id) || m_jobs.value(id).createdBy != user)
            return notFound();
        return LoopbackResponse::json(200, jobJson(m_jobs.value(id)));
    }
    case Route::List: {
        bool ok = true;
        const int page = request.query.hasQueryItem(QStringLiteral("page"))
                             ? request.queryValue(QStringLiteral("page")).toInt(&ok)
                             : 0;
        bool sizeOk = true;
        int size = request.query.hasQueryItem(QStringLiteral("size"))
                       ? request.queryValue(QStringLiteral("size")).toInt(&sizeOk)
                       : 10;
        if (!ok || !sizeOk || page < 0 || size < 0)
            return kibanaError(400, QStringLiteral("[request query]: page and size must be "
                                                   "numbers"));
        size = std::min(size, 100);
        const QStringList ids =
            request.queryValue(QStringLiteral("ids")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QJsonArray mine;
        for (auto it = m_jobOrder.crbegin(); it != m_jobOrder.crend(); ++it) {
            if (!m_jobs.contains(*it))
                continue;
            const Job &job = m_jobs[*it];
            if (job.createdBy != user || (!ids.isEmpty() && !ids.contains(job.id)))
                continue;
            mine.append(jobJson(job));
        }
        QJsonArray pageItems;
        for (qsizetype i = qsizetype(page) * size;
             i < mine.size() && i < qsizetype(page + 1) * size; ++i)
            pageItems.append(mine.at(i));
        return LoopbackResponse::json(200, QJsonDocument(pageItems));
    }
    case Route::Count: {
        const auto count = std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                         [&](const Job &j) { return j.createdBy == user; });
        return LoopbackResponse::text(200, QByteArray::number(qint64(count)));
    }
    case Route::Schedule:
        return schedule(request, segs.at(3), spaceId, user);
    case Route::ScheduledList:
        return scheduledList(request, user);
    case Route::ScheduledBulk:
        return scheduledBulk(request, segs.at(3), user);
    }
    return notFound();
}

LoopbackResponse KibanaTestServer::generate(const LoopbackRequest &request,
                                            const QString &exportType, const QString &spaceId,
                                            const QString &user)
{
    QString rison;
    if (!request.body.isEmpty())
        rison = request.json().object().value(QLatin1String("jobParams")).toString();
    else
        rison = request.queryValue(QStringLiteral("jobParams"));
    if (rison.isEmpty())
        return kibanaError(400, QStringLiteral("A jobParams RISON string is required in the "
                                               "querystring or POST body"));
    if (!KibanaExport::exportTypes().contains(exportType))
        return kibanaError(400, QStringLiteral("Invalid export-type of %1").arg(exportType));
    const auto decoded = Rison::decode(rison);
    if (!decoded || !decoded->isObject())
        return kibanaError(400, QStringLiteral("invalid rison: %1").arg(rison));
    const QJsonObject params = decoded->toObject();
    if (auto refused = checkJobParams(params, m_strictJobParams))
        return *refused;

    Job job;
    job.id = newId();
    job.exportType = exportType;
    job.jobType = jobTypeOf(exportType);
    job.spaceId = spaceId.isEmpty() ? QStringLiteral("default") : spaceId;
    job.createdBy = user;
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.payload = params;
    job.payload.insert(QStringLiteral("spaceId"), job.spaceId);
    job.payload.insert(QStringLiteral("isDeprecated"), false);
    job.pendingPolls = m_pendingPolls;
    job.failure = m_nextFailure;
    m_nextFailure.clear();
    m_jobs.insert(job.id, job);
    m_jobOrder << job.id;
    return LoopbackResponse::json(200, QJsonObject{{QStringLiteral("path"), downloadPath(job.id)},
                                                   {QStringLiteral("job"), jobJson(job)}});
}

LoopbackResponse KibanaTestServer::download(const QString &id, bool internal, const QString &user)
{
    if (id.size() < 3)
        return kibanaError(400, QStringLiteral("[request params.docId]: value has length [%1] "
                                               "but it must have a minimum length of [3].")
                                    .arg(id.size()));
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->createdBy != user)
        return notFound();
    Job &job = *it;
    ++job.polls;
    if (job.status == QLatin1String("pending") || job.status == QLatin1String("processing")) {
        if (job.polls <= job.pendingPolls) {
            const QByteArray status = job.status.toUtf8();
            job.status = QStringLiteral("processing"); // picked up after the first look
            LoopbackResponse r = LoopbackResponse::text(internal ? 202 : 503, status);
            if (m_retryAfterDateSeconds) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                r.withHeader("Date", LoopbackHttpServer::httpDate(now));
                r.withHeader("retry-after",
                             LoopbackHttpServer::httpDate(now.addSecs(*m_retryAfterDateSeconds)));
            } else if (!m_retryAfter.isEmpty()) {
                r.withHeader("retry-after", m_retryAfter);
            }
            return r;
        }
        job.status = job.failure.isEmpty() ? QStringLiteral("completed") : QStringLiteral("failed");
    }
    if (job.status == QLatin1String("failed")) {
        const QJsonObject body{
            {QStringLiteral("message"),
             QStringLiteral("Reporting generation failed: %1").arg(job.failure)}};
        return LoopbackResponse::json(internal ? 202 : 500, body);
    }
    const QString title = job.payload.value(QLatin1String("title")).toString();
    const QByteArray type = contentTypeOf(job.exportType);
    const QString fileName = (title.isEmpty() ? QStringLiteral("report") : title) +
                             QLatin1Char('.') + extensionOf(job.exportType);
    return LoopbackResponse::bytes(200, bodyFor(job.exportType, title), type)
        .withHeader("Content-Disposition",
                    "attachment; filename=\"" + fileName.toUtf8().replace('"', "") + "\"");
}

QJsonObject KibanaTestServer::jobJson(const Job &job) const
{
    QJsonObject payload = job.payload;
    QJsonObject meta{{QStringLiteral("objectType"), payload.value(QLatin1String("objectType"))}};
    if (payload.contains(QLatin1String("layout")))
        meta.insert(QStringLiteral("layout"),
                    payload.value(QLatin1String("layout")).toObject().value(QLatin1String("id")));
    QJsonObject json{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("index"), QStringLiteral(".kibana-reporting")},
        {QStringLiteral("jobtype"), job.jobType},
        {QStringLiteral("created_by"), createdByValue(job.createdBy)},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("migration_version"), QStringLiteral("7.14.0")},
        {QStringLiteral("attempts"), job.status == QLatin1String("pending") ? 0 : 1},
        {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), job.status},
        {QStringLiteral("space_id"),
         job.spaceId.isEmpty() ? QStringLiteral("default") : job.spaceId},
        {QStringLiteral("max_attempts"), 1},
        {QStringLiteral("timeout"), 120000},
    };
    if (!job.scheduledReportId.isEmpty())
        json.insert(QStringLiteral("scheduled_report_id"), job.scheduledReportId);
    if (job.status == QLatin1String("completed") || job.status == QLatin1String("failed")) {
        json.insert(QStringLiteral("completed_at"),
                    job.createdAt.addSecs(5).toString(Qt::ISODateWithMs));
        QJsonObject output{
            {QStringLiteral("content_type"), QString::fromLatin1(contentTypeOf(job.exportType))}};
        if (job.status == QLatin1String("completed"))
            output.insert(
                QStringLiteral("size"),
                bodyFor(job.exportType, payload.value(QLatin1String("title")).toString()).size());
        else
            json.insert(QStringLiteral("error"), job.failure);
        json.insert(QStringLiteral("output"), output);
    }
    if (job.status != QLatin1String("pending"))
        json.insert(QStringLiteral("started_at"),
                    job.createdAt.addSecs(1).toString(Qt::ISODateWithMs));
    return json;
}

LoopbackResponse KibanaTestServer::schedule(const LoopbackRequest &request,
                                            const QString &exportType, const QString &spaceId,
                                            const QString &user)
{
    const QJsonObject body = request.json().object();
    const QString rison = body.value(QLatin1String("jobParams")).toString();
    if (rison.isEmpty())
        return kibanaError(400, QStringLiteral("A jobParams RISON string is required in the "
                                               "querystring or POST body"));
    if (!KibanaExport::exportTypes().contains(exportType))
        return kibanaError(400, QStringLiteral("Invalid export-type of %1").arg(exportType));
    const auto decoded = Rison::decode(rison);
    if (!decoded || !decoded->isObject())
        return kibanaError(400, QStringLiteral("invalid rison: %1").arg(rison));
    if (auto refused = checkJobParams(decoded->toObject(), m_strictJobParams))
        return *refused;
    const QJsonObject rrule =
        body.value(QLatin1String("schedule")).toObject().value(QLatin1String("rrule")).toObject();
    if (rrule.isEmpty())
        return kibanaError(400, QStringLiteral("A RRULE schedule is required in the POST body"));
    const QString id = addScheduledReport(
        decoded->toObject().value(QLatin1String("title")).toString(), rrule, true, user);
    Scheduled &s = m_scheduled[id];
    s.json.insert(QStringLiteral("jobtype"), jobTypeOf(exportType));
    s.json.insert(QStringLiteral("space_id"),
                  spaceId.isEmpty() ? QStringLiteral("default") : spaceId);
    if (body.contains(QLatin1String("notification")))
        s.json.insert(QStringLiteral("notification"), body.value(QLatin1String("notification")));
    else
        s.json.remove(QStringLiteral("notification"));
    QJsonObject full = s.json;
    full.insert(QStringLiteral("payload"), decoded->toObject());
    return LoopbackResponse::json(200, QJsonObject{{QStringLiteral("job"), full}});
}

LoopbackResponse KibanaTestServer::scheduledList(const LoopbackRequest &request,
                                                 const QString &user)
{
    bool pageOk = true;
    bool sizeOk = true;
    const int page = request.query.hasQueryItem(QStringLiteral("page"))
                         ? request.queryValue(QStringLiteral("page")).toInt(&pageOk)
                         : 1;
    const int size = request.query.hasQueryItem(QStringLiteral("size"))
                         ? request.queryValue(QStringLiteral("size")).toInt(&sizeOk)
                         : 10;
    if (!pageOk || page < 1)
        return kibanaError(400, QStringLiteral("[request query.page]: Value must be equal to or "
                                               "greater than [1]."));
    if (!sizeOk || size < 1 || size > 100)
        return kibanaError(400, QStringLiteral("[request query.size]: Value must be between 1 "
                                               "and 100."));
    QJsonArray mine;
    for (const QString &id : m_scheduledOrder) {
        if (m_scheduled.contains(id) && m_scheduled.value(id).createdBy == user)
            mine.append(m_scheduled.value(id).json);
    }
    QJsonArray data;
    for (qsizetype i = qsizetype(page - 1) * size; i < mine.size() && i < qsizetype(page) * size;
         ++i)
        data.append(mine.at(i));
    return LoopbackResponse::json(200, QJsonObject{{QStringLiteral("page"), page},
                                                   {QStringLiteral("per_page"), size},
                                                   {QStringLiteral("total"), int(mine.size())},
                                                   {QStringLiteral("data"), data}});
}

LoopbackResponse KibanaTestServer::scheduledBulk(const LoopbackRequest &request,
                                                 const QString &action, const QString &user)
{
    const QJsonValue idsValue = request.json().object().value(QLatin1String("ids"));
    if (!idsValue.isArray())
        return kibanaError(400, QStringLiteral("[request body.ids]: expected value of type "
                                               "[array] but got [undefined]"));
    const QJsonArray ids = idsValue.toArray();
    if (ids.isEmpty() || ids.size() > 1000)
        return kibanaError(400, QStringLiteral("[request body.ids]: array size is [%1], but "
                                               "cannot be smaller than [1] or greater than "
                                               "[1000]")
                                    .arg(ids.size()));
    QJsonArray changed;
    QJsonArray errors;
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        auto it = m_scheduled.find(id);
        if (it == m_scheduled.end() || it->createdBy != user) {
            errors.append(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found.")},
                                      {QStringLiteral("status"), 404},
                                      {QStringLiteral("id"), id}});
            continue;
        }
        if (action == QLatin1String("bulk_delete")) {
            m_scheduled.erase(it);
            m_scheduledOrder.removeAll(id);
        } else {
            it->json.insert(QStringLiteral("enabled"), action == QLatin1String("bulk_enable"));
        }
        changed.append(id);
    }
    return LoopbackResponse::json(200,
                                  QJsonObject{{QStringLiteral("scheduled_report_ids"), changed},
                                              {QStringLiteral("errors"), errors},
                                              {QStringLiteral("total"), int(changed.size())}});
}

} // namespace reportdesk::test
