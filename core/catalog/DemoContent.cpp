#include "DemoContent.h"

#include "catalog/Catalog.h"
#include "data/SampleData.h"
#include "domain/Schedule.h"

#include <QCoreApplication>
#include <QFile>

namespace reportdesk::DemoContent {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::DemoContent", text);
}

Section text(const QString &title, const QString &markdown)
{
    Section s;
    s.kind = Section::Kind::Text;
    s.title = title;
    s.text = markdown;
    return s;
}

Section table(const QString &title, const QString &query, QList<ColumnFormat> columns = {})
{
    Section s;
    s.kind = Section::Kind::Table;
    s.title = title;
    s.dataSource = QLatin1String(kDataSourceName);
    s.query = query;
    s.columns = std::move(columns);
    return s;
}

Section chart(const QString &title, Section::ChartType type, const QString &query,
              const QString &category, const QStringList &series, double width = 1.0)
{
    Section s;
    s.kind = Section::Kind::Chart;
    s.title = title;
    s.chartType = type;
    s.dataSource = QLatin1String(kDataSourceName);
    s.query = query;
    s.categoryColumn = category;
    s.seriesColumns = series;
    s.widthFraction = width;
    return s;
}

ColumnFormat column(const char *name, const QString &label, const char *format = "",
                    ColumnFormat::Align align = ColumnFormat::Align::Auto, double width = 1.0)
{
    ColumnFormat c;
    c.column = QLatin1String(name);
    c.label = label;
    c.format = QLatin1String(format);
    c.align = align;
    c.widthWeight = width;
    return c;
}

Report baseReport(qint64 folderId, const QString &name, const QString &title)
{
    Report r;
    r.folderId = folderId;
    r.name = name;
    r.title = title;
    r.owner = QStringLiteral("reports@example.com");
    r.timeZone = QStringLiteral("Europe/Berlin");
    r.formats = {QStringLiteral("pdf"), QStringLiteral("csv")};
    return r;
}

} // namespace

Status seed(Catalog &catalog, const QString &sampleDatabasePath, const QDate &day)
{
    if (!catalog.isEmpty())
        return {};
    // SampleData ends its rows at the anchor's midnight: anchor on the next day.
    if (const Status s = SampleData::ensureDatabase(sampleDatabasePath, day.addDays(1)); !s)
        return s;

    DataSource source;
    source.name = QLatin1String(kDataSourceName);
    source.driver = QStringLiteral("QSQLITE");
    source.databaseName = sampleDatabasePath;
    if (const auto existing = catalog.dataSource(source.name))
        source.id = existing->id;
    if (const auto saved = catalog.saveDataSource(source); !saved)
        return Status::failure(saved.error());

    BrandingProfile brand;
    brand.name = QLatin1String(kBrandingName);
    QFile logo(QStringLiteral(":/reportdesk/demo/logo.png"));
    if (logo.open(QIODevice::ReadOnly)) {
        brand.logo = logo.readAll();
        brand.logoFileName = QStringLiteral("reportdesk-logo.png");
    }
    brand.accentColor = QStringLiteral("#1f6feb");
    brand.headerText = tr("ReportDesk · Example Corp operations");
    brand.footerText = tr("Confidential: internal use only");
    brand.footerLink = QStringLiteral("https://example.com/reports");
    brand.pageNumberFormat = tr("Page {page} of {pages}");
    brand.isDefault = true;
    if (const auto saved = catalog.saveBranding(brand); !saved)
        return Status::failure(saved.error());

    const auto folder = catalog.createFolder(0, QLatin1String(kSamplesFolder));
    if (!folder)
        return Status::failure(folder.error());
    const qint64 fid = folder->id;
    using A = ColumnFormat::Align;
    QList<Report> reports;

    Report weekly = baseReport(fid, tr("Weekly traffic"), tr("Web traffic overview"));
    weekly.description = tr("Requests, errors and latency for ${site} over the last seven days.");
    weekly.tags = {QStringLiteral("traffic"), QStringLiteral("weekly")};
    weekly.timeRange = {QStringLiteral("now-7d/d"), QStringLiteral("now/d")};
    weekly.variables = {{QStringLiteral("site"), QStringLiteral("shop.example.com")}};
    weekly.message = tr("Hello,\n\nattached is this week's traffic overview for ${site}.");
    {
        // Scheduled, so a first start shows what the Schedule tab and the run history do.
        Schedule s;
        s.frequency = Schedule::Frequency::Weekly;
        s.weekdays = {Qt::Monday};
        s.time = QTime(8, 0);
        s.timeZone = weekly.timeZone;
        weekly.schedule = s.toJson();
    }
    weekly.sections = {
        text(tr("Summary"), tr("This report covers **${site}** from ${from} to ${to}.\n\n"
                               "* Daily request volume by service\n* The busiest pages\n"
                               "* Response-time outliers")),
        chart(tr("Requests per day"), Section::ChartType::Line,
              QStringLiteral("SELECT substr(ts, 1, 10) AS day, COUNT(*) AS requests,"
                             " SUM(status >= 500) AS errors FROM web_access_log"
                             " WHERE ts >= :from AND ts < :to GROUP BY day ORDER BY day"),
              QStringLiteral("day"), {QStringLiteral("requests"), QStringLiteral("errors")}),
        chart(tr("Requests by service"), Section::ChartType::Bar,
              QStringLiteral("SELECT service, COUNT(*) AS requests FROM web_access_log"
                             " WHERE ts >= :from AND ts < :to GROUP BY service"
                             " ORDER BY requests DESC"),
              QStringLiteral("service"), {QStringLiteral("requests")}, 0.5),
        chart(tr("Traffic by country"), Section::ChartType::Pie,
              QStringLiteral("SELECT country, COUNT(*) AS requests FROM web_access_log"
                             " WHERE ts >= :from AND ts < :to GROUP BY country"
                             " ORDER BY requests DESC"),
              QStringLiteral("country"), {QStringLiteral("requests")}, 0.5),
        table(tr("Busiest pages"),
              QStringLiteral("SELECT path, COUNT(*) AS requests, ROUND(AVG(latency_ms), 1) AS"
                             " avg_latency_ms, SUM(bytes) AS bytes FROM web_access_log"
                             " WHERE ts >= :from AND ts < :to GROUP BY path"
                             " ORDER BY requests DESC LIMIT 10"),
              {column("path", tr("Page"), "", A::Left, 3.0),
               column("requests", tr("Requests"), "#,##0", A::Right),
               column("avg_latency_ms", tr("Avg latency (ms)"), "0.0", A::Right),
               column("bytes", tr("Bytes sent"), "#,##0", A::Right, 1.5)}),
    };
    weekly.page.layout = PageOptions::Layout::Grid;
    reports.append(weekly);

    Report errors = baseReport(fid, tr("Error digest"), tr("Server errors in the last 24 hours"));
    errors.description = tr("Every 5xx response with host, service and message.");
    errors.tags = {QStringLiteral("errors"), QStringLiteral("daily"), QStringLiteral("oncall")};
    errors.timeRange = {QStringLiteral("now-24h"), QStringLiteral("now")};
    errors.page.orientation = PageOptions::Orientation::Landscape;
    errors.sections = {
        chart(tr("Errors by service"), Section::ChartType::Pie,
              QStringLiteral("SELECT service, COUNT(*) AS errors FROM web_access_log"
                             " WHERE status >= :min_status AND ts >= :from AND ts < :to"
                             " GROUP BY service ORDER BY errors DESC"),
              QStringLiteral("service"), {QStringLiteral("errors")}),
        table(tr("Errors"),
              QStringLiteral("SELECT ts, host, service, method, path, status, latency_ms, message"
                             " FROM web_access_log WHERE status >= :min_status"
                             " AND ts >= :from AND ts < :to ORDER BY ts"),
              {column("ts", tr("Time (UTC)"), "yyyy-MM-dd HH:mm:ss", A::Left, 1.6),
               column("host", tr("Host")), column("service", tr("Service")),
               column("method", tr("Method"), "", A::Left, 0.7),
               column("path", tr("Path"), "", A::Left, 1.5),
               column("status", tr("Status"), "0", A::Right, 0.7),
               column("latency_ms", tr("Latency (ms)"), "#,##0.0", A::Right),
               column("message", tr("Message"), "", A::Left, 2.5)}),
    };
    errors.variables = {{QStringLiteral("min_status"), QStringLiteral("500")}};
    reports.append(errors);

    Report sla = baseReport(fid, tr("SLA summary"), tr("Service levels, previous month"));
    sla.description = tr("Availability and latency against the %1 ms objective.")
                          .arg(QStringLiteral("${threshold_ms}"));
    sla.tags = {QStringLiteral("sla"), QStringLiteral("monthly"), QStringLiteral("management")};
    {
        Schedule s;
        s.frequency = Schedule::Frequency::Monthly;
        s.dayOfMonth = 1;
        s.time = QTime(9, 0);
        s.timeZone = sla.timeZone;
        sla.schedule = s.toJson();
    }
    sla.timeRange = {QStringLiteral("now-1M/M"), QStringLiteral("now/M")};
    sla.variables = {{QStringLiteral("threshold_ms"), QStringLiteral("500")},
                     {QStringLiteral("objective"), QStringLiteral("99.5")}};
    sla.sections = {
        text(tr("Objective"),
             tr("Each service must answer **${objective} %** of requests without a server error, "
                "and within ${threshold_ms} ms.")),
        table(tr("Availability by service"),
              QStringLiteral("SELECT service, COUNT(*) AS requests,"
                             " ROUND(100.0 * SUM(status < 500) / COUNT(*), 3) AS availability,"
                             " ROUND(AVG(latency_ms), 1) AS avg_latency_ms,"
                             " SUM(latency_ms > :threshold_ms) AS slow_requests"
                             " FROM web_access_log WHERE ts >= :from AND ts < :to"
                             " GROUP BY service ORDER BY availability"),
              {column("service", tr("Service"), "", A::Left, 1.5),
               column("requests", tr("Requests"), "#,##0", A::Right),
               column("availability", tr("Availability (%)"), "0.000", A::Right),
               column("avg_latency_ms", tr("Avg latency (ms)"), "0.0", A::Right),
               column("slow_requests", tr("Slow requests"), "#,##0", A::Right)}),
        chart(tr("Availability"), Section::ChartType::Bar,
              QStringLiteral("SELECT service, ROUND(100.0 * SUM(status < 500) / COUNT(*), 3) AS"
                             " availability FROM web_access_log WHERE ts >= :from AND ts < :to"
                             " GROUP BY service ORDER BY service"),
              QStringLiteral("service"), {QStringLiteral("availability")}),
    };
    reports.append(sla);

    Report countries = baseReport(fid, tr("Country breakdown"), tr("Visitors by country"));
    countries.description = tr("Draft: not sent until it is enabled.");
    countries.enabled = false;
    countries.tags = {QStringLiteral("draft"), QStringLiteral("traffic")};
    countries.timeRange = {QStringLiteral("now-30d"), QStringLiteral("now")};
    countries.sections = {
        table(tr("Requests by country"),
              QStringLiteral("SELECT country, COUNT(*) AS requests, SUM(bytes) AS bytes"
                             " FROM web_access_log WHERE ts >= :from AND ts < :to"
                             " GROUP BY country ORDER BY requests DESC"),
              {column("country", tr("Country")),
               column("requests", tr("Requests"), "#,##0", A::Right),
               column("bytes", tr("Bytes"), "#,##0", A::Right)}),
    };
    reports.append(countries);

    for (const Report &r : std::as_const(reports)) {
        if (const auto saved = catalog.saveReport(r); !saved)
            return Status::failure(saved.error());
    }
    return {};
}

} // namespace reportdesk::DemoContent
