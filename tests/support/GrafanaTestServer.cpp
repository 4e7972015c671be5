#include "GrafanaTestServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace reportdesk::test {

namespace {

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

LoopbackResponse message(int status, const QString &text)
{
    return LoopbackResponse::json(status, QJsonObject{{str("message"), text}});
}

// Go's encoding/json refuses a value of the wrong type for a struct field; Grafana answers
// that with 400 "bad request data".
LoopbackResponse badRequestData()
{
    return message(400, str("bad request data"));
}

bool isId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    return digits.match(text).hasMatch();
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Escapes text for a PDF string literal.
QByteArray pdfString(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if (u == '(' || u == ')' || u == '\\')
            out += '\\';
        out += u < 128 ? char(u) : '?';
    }
    return out;
}

} // namespace

GrafanaTestServer::GrafanaTestServer(QObject *parent)
    : QObject(parent)
{
    m_settings = QJsonObject{
        {str("id"), 1},
        {str("orgId"), 1},
        {str("userId"), 1},
        {str("branding"), QJsonObject{{str("reportLogoUrl"), QString()},
                                      {str("emailLogoUrl"), QString()},
                                      {str("emailFooterMode"), str("sent-by")},
                                      {str("emailFooterText"), str("Grafana Labs")},
                                      {str("emailFooterLink"), str("https://grafana.com/")}}},
        {str("pdfTheme"), str("light")},
        {str("embeddedImageTheme"), str("dark")},
    };

    // Unknown /api paths (and known ones with another method) answer like Grafana's router.
    m_http.route("*", QStringLiteral("/api/{rest*}"),
                 [](const LoopbackRequest &) { return message(404, str("Not found")); });

    m_http.route("GET", QStringLiteral("/api/health"), [this](const LoopbackRequest &) {
        return LoopbackResponse::json(200, QJsonObject{{str("commit"), str("5b85c4c2fc")},
                                                       {str("database"), str("ok")},
                                                       {str("version"), m_version}});
    });
    api(
        "GET", QStringLiteral("/api/org"), QString(),
        [this](const LoopbackRequest &) {
            return LoopbackResponse::json(200,
                                          QJsonObject{{str("id"), 1}, {str("name"), m_orgName}});
        },
        false);

    api("GET", QStringLiteral("/api/reports"), str("reports:read"),
        [this](const LoopbackRequest &r) { return listReports(r); });
    api("POST", QStringLiteral("/api/reports"), str("reports:create"),
        [this](const LoopbackRequest &r) { return createReport(r); });
    api("GET", QStringLiteral("/api/reports/{id}"), str("reports:read"),
        [this](const LoopbackRequest &r) {
            qint64 id = 0;
            if (auto error = reportFor(r, &id))
                return *error;
            return LoopbackResponse::json(200, m_reports.value(id));
        });
    api("PUT", QStringLiteral("/api/reports/{id}"), str("reports:write"),
        [this](const LoopbackRequest &r) { return updateReport(r); });
    api("DELETE", QStringLiteral("/api/reports/{id}"), str("reports:delete"),
        [this](const LoopbackRequest &r) { return deleteReport(r); });
    api("GET", QStringLiteral("/api/reports/dashboards/{uid}"), str("reports:read"),
        [this](const LoopbackRequest &r) { return listReports(r); });
    api("POST", QStringLiteral("/api/reports/email"), str("reports:send"),
        [this](const LoopbackRequest &r) { return sendEmail(r); });
    api("POST", QStringLiteral("/api/reports/test-email"), str("reports:send"),
        [this](const LoopbackRequest &r) { return testEmail(r); });
    api("GET", QStringLiteral("/api/reports/render/pdfs"), str("reports:read"),
        [this](const LoopbackRequest &r) { return renderPdfs(r); });
    api("GET", QStringLiteral("/api/reports/settings"), str("reports.settings:read"),
        [this](const LoopbackRequest &) { return LoopbackResponse::json(200, m_settings); });
    api("POST", QStringLiteral("/api/reports/settings"), str("reports.settings:write"),
        [this](const LoopbackRequest &r) { return saveSettings(r); });
    api("GET", QStringLiteral("/api/reports/images/{image}"), str("reports.settings:read"),
        [this](const LoopbackRequest &r) {
            const auto image = m_images.constFind(r.params.value(str("image")));
            if (image == m_images.constEnd())
                return message(404, str("image not found"));
            return LoopbackResponse::bytes(200, image->first, image->second);
        });
}

GrafanaTestServer::~GrafanaTestServer() = default;

bool GrafanaTestServer::listen()
{
    return m_http.listen();
}

void GrafanaTestServer::failNext(const QByteArray &method, const QString &path,
                                 LoopbackResponse response)
{
    m_failures[QString::fromLatin1(method) + QLatin1Char(' ') + path].append(std::move(response));
}

void GrafanaTestServer::addDashboard(const QString &uid, const QString &name, qint64 id)
{
    m_dashboards.insert(uid, {name, id > 0 ? id : 100 + m_dashboards.size()});
}

qint64 GrafanaTestServer::addReport(QJsonObject report)
{
    const qint64 id = report.contains(str("id")) ? report.value(str("id")).toInteger() : m_nextId;
    m_nextId = std::max(m_nextId, id + 1);
    report.insert(str("id"), id);
    if (!report.contains(str("uid")))
        report.insert(str("uid"), QStringLiteral("rep%1").arg(id));
    if (!report.contains(str("orgId")))
        report.insert(str("orgId"), 1);
    if (!report.contains(str("userId")))
        report.insert(str("userId"), 1);
    if (!report.contains(str("created")))
        report.insert(str("created"), nowText());
    if (!report.contains(str("updated")))
        report.insert(str("updated"), report.value(str("created")));
    if (!report.contains(str("state")))
        report.insert(str("state"), str("scheduled"));
    m_reports.insert(id, withDashboardNames(report));
    return id;
}

std::optional<QJsonObject> GrafanaTestServer::report(qint64 id) const
{
    const auto it = m_reports.constFind(id);
    if (it == m_reports.constEnd())
        return std::nullopt;
    return *it;
}

void GrafanaTestServer::setImage(const QString &name, const QByteArray &bytes,
                                 const QByteArray &contentType)
{
    m_images.insert(name, {bytes, contentType});
}

void GrafanaTestServer::api(const QByteArray &method, const QString &pattern, const QString &action,
                            Handler handler, bool reporting)
{
    m_http.route(
        method, pattern,
        [this, method, action, handler, reporting](const LoopbackRequest &request) {
            const QString key = QString::fromLatin1(method) + QLatin1Char(' ') + request.path;
            if (auto it = m_failures.find(key); it != m_failures.end() && !it->isEmpty()) {
                const LoopbackResponse injected = it->takeFirst();
                return injected;
            }
            if (auto denied = authenticate(request))
                return *denied;
            if (reporting && !m_reporting)
                return message(404, str("Not found"));
            if (!action.isEmpty() && m_denied.contains(action))
                return LoopbackResponse::json(
                    403,
                    QJsonObject{{str("accessErrorId"), str("ACE0947587429")},
                                {str("message"), QStringLiteral("You'll need additional "
                                                                "permissions to perform this "
                                                                "action. Permissions needed: %1")
                                                     .arg(action)},
                                {str("title"), str("Access denied")}});
            return handler(request);
        });
}

std::optional<LoopbackResponse> GrafanaTestServer::authenticate(const LoopbackRequest &r) const
{
    const QByteArray header = r.header("Authorization");
    if (header.isEmpty())
        return message(401, str("Unauthorized"));
    if (header.startsWith("Basic ")) {
        const QByteArray expected = (QByteArray(kUser) + ':' + QByteArray(kPassword)).toBase64();
        if (header.mid(6) != expected)
            return message(401, str("invalid username or password"));
        return std::nullopt;
    }
    if (header.startsWith("Bearer ")) {
        if (header.mid(7) != QByteArray(kToken))
            return message(401, str("invalid API key"));
        return std::nullopt;
    }
    return message(401, str("Unauthorized"));
}

std::optional<LoopbackResponse> GrafanaTestServer::jsonBody(const LoopbackRequest &r,
                                                            QJsonObject *out) const
{
    if (!r.header("Content-Type").toLower().startsWith("application/json"))
        return badRequestData();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return badRequestData();
    *out = doc.object();
    return std::nullopt;
}

std::optional<LoopbackResponse> GrafanaTestServer::validateReport(const QJsonObject &report) const
{
    // Types first (Go's decoder), then what the reporting service checks.
    const auto wrong = [&](const char *key, QJsonValue::Type type) {
        const QJsonValue v = report.value(str(key));
        return !v.isUndefined() && !v.isNull() && v.type() != type;
    };
    for (const char *key : {"name", "subject", "recipients", "replyTo", "message", "state"}) {
        if (wrong(key, QJsonValue::String))
            return badRequestData();
    }
    for (const char *key : {"enableDashboardUrl", "enableCsv"}) {
        if (wrong(key, QJsonValue::Bool))
            return badRequestData();
    }
    if (wrong("schedule", QJsonValue::Object) || wrong("options", QJsonValue::Object) ||
        wrong("dashboards", QJsonValue::Array) || wrong("formats", QJsonValue::Array) ||
        wrong("scaleFactor", QJsonValue::Double))
        return badRequestData();

    if (report.value(str("name")).toString().trimmed().isEmpty())
        return message(400, str("report name is required"));
    const QJsonArray dashboards = report.value(str("dashboards")).toArray();
    if (dashboards.isEmpty())
        return message(400, str("at least one dashboard is required"));
    for (const QJsonValue &d : dashboards) {
        const QJsonObject ref = d.toObject().value(str("dashboard")).toObject();
        const QString uid = ref.value(str("uid")).toString();
        if (uid.isEmpty())
            return message(400, str("dashboard uid is required"));
        if (!m_dashboards.contains(uid))
            return message(404, QStringLiteral("Dashboard not found: %1").arg(uid));
        const QJsonValue vars = d.toObject().value(str("reportVariables"));
        if (!vars.isUndefined() && !vars.isNull() && !vars.isObject())
            return badRequestData();
    }
    const QJsonArray formats = report.value(str("formats")).toArray();
    for (const QJsonValue &f : formats) {
        const QString format = f.toString();
        if (format != QLatin1String("pdf") && format != QLatin1String("csv") &&
            format != QLatin1String("image"))
            return message(400, QStringLiteral("invalid format: %1").arg(format));
    }
    const QJsonObject options = report.value(str("options")).toObject();
    const QString orientation = options.value(str("orientation")).toString();
    if (!orientation.isEmpty() && orientation != QLatin1String("portrait") &&
        orientation != QLatin1String("landscape"))
        return message(400, QStringLiteral("invalid orientation: %1").arg(orientation));
    const QString layout = options.value(str("layout")).toString();
    if (!layout.isEmpty() && layout != QLatin1String("grid") && layout != QLatin1String("simple"))
        return message(400, QStringLiteral("invalid layout: %1").arg(layout));
    const QString state = report.value(str("state")).toString();
    if (!state.isEmpty() &&
        !QStringList{str("scheduled"), str("paused"), str("draft"), str("expired")}.contains(state))
        return message(400, QStringLiteral("invalid state: %1").arg(state));

    const QJsonObject schedule = report.value(str("schedule")).toObject();
    if (!schedule.isEmpty()) {
        const QString frequency = schedule.value(str("frequency")).toString();
        static const QStringList frequencies{str("once"),   str("hourly"),  str("daily"),
                                             str("weekly"), str("monthly"), str("last"),
                                             str("custom")};
        if (!frequencies.contains(frequency))
            return message(400, QStringLiteral("invalid schedule frequency: %1").arg(frequency));
        const QString start = schedule.value(str("startDate")).toString();
        if (!start.isEmpty() && !QDateTime::fromString(start, Qt::ISODate).isValid())
            return message(400, QStringLiteral("invalid schedule start date: %1").arg(start));
        const QString zone = schedule.value(str("timeZone")).toString();
        if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
            return message(400, QStringLiteral("invalid time zone: %1").arg(zone));
        if (frequency == QLatin1String("custom")) {
            static const QStringList units{str("hours"), str("days"), str("weeks"), str("months")};
            if (!units.contains(schedule.value(str("intervalFrequency")).toString()) ||
                schedule.value(str("intervalAmount")).toInteger() < 1)
                return message(400, str("custom schedules need intervalFrequency and "
                                        "intervalAmount"));
        }
    }
    return std::nullopt;
}

QJsonObject GrafanaTestServer::withDashboardNames(QJsonObject report) const
{
    QJsonArray dashboards = report.value(str("dashboards")).toArray();
    for (qsizetype i = 0; i < dashboards.size(); ++i) {
        QJsonObject d = dashboards.at(i).toObject();
        QJsonObject ref = d.value(str("dashboard")).toObject();
        const auto found = m_dashboards.constFind(ref.value(str("uid")).toString());
        if (found == m_dashboards.constEnd())
            continue;
        const auto known = *found;
        ref.insert(str("name"), known.first);
        ref.insert(str("id"), known.second);
        d.insert(str("dashboard"), ref);
        dashboards.replace(i, d);
    }
    report.insert(str("dashboards"), dashboards);
    return report;
}

std::optional<LoopbackResponse> GrafanaTestServer::reportFor(const LoopbackRequest &r,
                                                             qint64 *id) const
{
    const QString text = r.params.value(str("id"));
    if (!isId(text))
        return message(400, str("invalid report ID"));
    *id = text.toLongLong();
    if (!m_reports.contains(*id))
        return message(404, str("report not found"));
    return std::nullopt;
}

LoopbackResponse GrafanaTestServer::listReports(const LoopbackRequest &r) const
{
    const QString uid = r.params.value(str("uid"));
    QJsonArray list;
    for (const QJsonObject &report : m_reports) {
        if (!uid.isEmpty()) {
            bool uses = false;
            const QJsonArray dashboards = report.value(str("dashboards")).toArray();
            for (const QJsonValue &d : dashboards)
                uses =
                    uses ||
                    d.toObject().value(str("dashboard")).toObject().value(str("uid")).toString() ==
                        uid;
            if (!uses)
                continue;
        }
        list.append(report);
    }
    return LoopbackResponse::json(200, QJsonDocument(list));
}

LoopbackResponse GrafanaTestServer::createReport(const LoopbackRequest &r)
{
    QJsonObject body;
    if (auto error = jsonBody(r, &body))
        return *error;
    if (auto error = validateReport(body))
        return *error;
    for (const char *key : {"id", "uid", "orgId", "userId", "created", "updated"})
        body.remove(str(key));
    const qint64 id = addReport(body);
    return LoopbackResponse::json(
        200, QJsonObject{{str("id"), id}, {str("message"), str("Report created")}});
}

LoopbackResponse GrafanaTestServer::updateReport(const LoopbackRequest &r)
{
    qint64 id = 0;
    if (auto error = reportFor(r, &id))
        return *error;
    QJsonObject body;
    if (auto error = jsonBody(r, &body))
        return *error;
    if (auto error = validateReport(body))
        return *error;
    const QJsonObject old = m_reports.value(id);
    for (const char *key : {"id", "uid", "orgId", "userId", "created"})
        body.insert(str(key), old.value(str(key)));
    body.insert(str("updated"), nowText());
    if (!body.contains(str("state")))
        body.insert(str("state"), old.value(str("state")));
    m_reports.insert(id, withDashboardNames(body));
    return message(200, str("Report updated"));
}

LoopbackResponse GrafanaTestServer::deleteReport(const LoopbackRequest &r)
{
    qint64 id = 0;
    if (auto error = reportFor(r, &id))
        return *error;
    m_reports.remove(id);
    return message(200, str("Report config was removed"));
}

LoopbackResponse GrafanaTestServer::sendEmail(const LoopbackRequest &r)
{
    QJsonObject body;
    if (auto error = jsonBody(r, &body))
        return *error;
    // ReportEmail.id is a string holding the number; a JSON number does not decode.
    const QJsonValue idValue = body.value(str("id"));
    if (!idValue.isUndefined() && !idValue.isString())
        return badRequestData();
    if (body.contains(str("emails")) && !body.value(str("emails")).isString())
        return badRequestData();
    if (body.contains(str("useEmailsFromReport")) &&
        !body.value(str("useEmailsFromReport")).isBool())
        return badRequestData();
    const QString idText = idValue.toString();
    if (!isId(idText))
        return message(400, str("invalid report ID"));
    const QString emails = body.value(str("emails")).toString();
    const bool fromReport = body.value(str("useEmailsFromReport")).toBool();
    if (emails.trimmed().isEmpty() && !fromReport)
        return message(400, str("either emails or useEmailsFromReport is required"));
    const auto report = m_reports.constFind(idText.toLongLong());
    if (report == m_reports.constEnd())
        return message(404, str("report not found"));
    const QString to = fromReport ? report->value(str("recipients")).toString() : emails;
    QJsonArray addresses;
    const QStringList parts = to.split(QRegularExpression(QStringLiteral("[,;]")));
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            addresses.append(p.trimmed());
    }
    if (addresses.isEmpty())
        return message(400, str("the report has no recipients"));
    m_sent.append(QJsonObject{{str("id"), idText}, {str("emails"), addresses}});
    return message(200, str("Report was sent")).after(m_sendDelay);
}

LoopbackResponse GrafanaTestServer::testEmail(const LoopbackRequest &r)
{
    QJsonObject body;
    if (auto error = jsonBody(r, &body))
        return *error;
    if (auto error = validateReport(body))
        return *error;
    if (body.value(str("recipients")).toString().trimmed().isEmpty())
        return message(400, str("recipients are required for a test email"));
    m_testEmails.append(body);
    return message(200, str("Test email sent")).after(m_sendDelay);
}

LoopbackResponse GrafanaTestServer::renderPdfs(const LoopbackRequest &r)
{
    const QString dashboards = r.queryValue(str("dashboards"));
    if (dashboards.isEmpty())
        return message(400, str("dashboards are required"));
    QStringList uids;
    QStringList ranges;
    if (dashboards.startsWith(QLatin1Char('['))) {
        if (!(int(m_renderForms) & int(RenderForm::JsonArray)))
            return message(400, str("invalid dashboards parameter"));
        const QJsonDocument doc = QJsonDocument::fromJson(dashboards.toUtf8());
        if (!doc.isArray())
            return message(400, str("invalid dashboards parameter"));
        const QJsonArray list = doc.array();
        for (const QJsonValue &d : list) {
            const QJsonObject o = d.toObject();
            uids << o.value(str("dashboard")).toObject().value(str("uid")).toString();
            const QJsonObject range = o.value(str("timeRange")).toObject();
            ranges << QStringLiteral("%1..%2").arg(range.value(str("from")).toString(),
                                                   range.value(str("to")).toString());
        }
    } else {
        if (!(int(m_renderForms) & int(RenderForm::Uids)))
            return message(400, str("invalid dashboards parameter"));
        uids = dashboards.split(QLatin1Char(','));
    }
    QStringList names;
    for (const QString &uid : uids) {
        if (!m_dashboards.contains(uid))
            return message(400, QStringLiteral("dashboard not found: %1").arg(uid));
        names << m_dashboards.value(uid).first;
    }
    const QString orientation = r.queryValue(str("orientation"));
    if (!orientation.isEmpty() && orientation != QLatin1String("portrait") &&
        orientation != QLatin1String("landscape"))
        return message(400, QStringLiteral("invalid orientation: %1").arg(orientation));
    const QString layout = r.queryValue(str("layout"));
    if (!layout.isEmpty() && layout != QLatin1String("grid") && layout != QLatin1String("simple"))
        return message(400, QStringLiteral("invalid layout: %1").arg(layout));
    m_renders.append(r.query);
    QStringList lines{r.queryValue(str("title")),
                      QStringLiteral("Dashboards: %1").arg(names.join(QStringLiteral(", "))),
                      QStringLiteral("Layout: %1").arg(layout.isEmpty() ? str("grid") : layout)};
    if (!ranges.isEmpty())
        lines << QStringLiteral("Time ranges: %1").arg(ranges.join(QStringLiteral(", ")));
    return LoopbackResponse::bytes(200, pdf(lines, orientation == QLatin1String("landscape")),
                                   "application/pdf")
        .after(m_renderDelay);
}

LoopbackResponse GrafanaTestServer::saveSettings(const LoopbackRequest &r)
{
    QJsonObject body;
    if (auto error = jsonBody(r, &body))
        return *error;
    const QJsonValue brandingValue = body.value(str("branding"));
    if (!brandingValue.isUndefined() && !brandingValue.isObject())
        return badRequestData();
    const QJsonObject branding = brandingValue.toObject();
    for (auto it = branding.begin(); it != branding.end(); ++it) {
        if (!it.value().isString())
            return badRequestData();
    }
    const QString mode = branding.value(str("emailFooterMode")).toString();
    if (!mode.isEmpty() && mode != QLatin1String("sent-by") && mode != QLatin1String("none"))
        return message(400, QStringLiteral("invalid email footer mode: %1").arg(mode));
    if (mode == QLatin1String("sent-by") &&
        (branding.value(str("emailFooterText")).toString().isEmpty() ||
         branding.value(str("emailFooterLink")).toString().isEmpty()))
        return message(400, str("a sent-by footer needs emailFooterText and emailFooterLink"));
    for (const char *key : {"id", "orgId", "userId"})
        body.insert(str(key), m_settings.value(str(key)));
    m_settings = body;
    return message(200, str("Report settings saved"));
}

QJsonObject GrafanaTestServer::sampleReport(const QString &name, const QString &dashboardUid)
{
    const QJsonObject doc = QJsonDocument::fromJson(R"({
        "recipients": "ops@example.com,lead@example.com",
        "replyTo": "noreply@example.com",
        "message": "Hi,\nplease find the weekly status attached.",
        "schedule": {
            "startDate": "2024-03-04T08:00:00+01:00",
            "endDate": null,
            "frequency": "weekly",
            "intervalFrequency": "",
            "intervalAmount": 0,
            "workdaysOnly": false,
            "dayOfMonth": "",
            "timeZone": "Europe/Berlin"
        },
        "options": {"orientation": "landscape", "layout": "grid"},
        "enableDashboardUrl": true,
        "state": "scheduled",
        "formats": ["pdf", "csv"],
        "dashboards": [{
            "dashboard": {"uid": "", "name": ""},
            "timeRange": {"from": "now-7d", "to": "now"},
            "reportVariables": {"env": "prod"}
        }]
    })")
                                .object();
    QJsonObject report = doc;
    report.insert(str("name"), name);
    QJsonArray dashboards = report.value(str("dashboards")).toArray();
    QJsonObject d = dashboards.at(0).toObject();
    d.insert(str("dashboard"),
             QJsonObject{{str("uid"), dashboardUid}, {str("name"), dashboardUid}});
    dashboards.replace(0, d);
    report.insert(str("dashboards"), dashboards);
    return report;
}

QByteArray GrafanaTestServer::pdf(const QStringList &lines, bool landscape)
{
    QByteArray content = "BT /F1 14 Tf 50 " + QByteArray::number(landscape ? 540 : 790) + " Td ";
    for (const QString &line : lines)
        content += "(" + pdfString(line) + ") Tj 0 -20 Td ";
    content += "ET";
    const QByteArray box = landscape ? "[0 0 842 595]" : "[0 0 595 842]";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox " + box +
            " /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace reportdesk::test
