#include "OpenObserveReportMapping.h"

#include "domain/Schedule.h"
#include "scheduling/ScheduleMapping.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace reportdesk::remote::OpenObserveReportMapping {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::remote::OpenObserveReportMapping", text);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const QString kEmail = QStringLiteral("email");
const QString kRecipients = QStringLiteral("recipients");

// RFC 3339 with an offset, as the server writes createdAt / updatedAt.
QDateTime parseTimestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QDateTime fromMicros(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(double(micros) / 1000.0)), Qt::UTC);
}

QString isoText(const QDateTime &t)
{
    return t.time().msec() ? t.toString(Qt::ISODateWithMs) : t.toString(Qt::ISODate);
}

std::optional<QDateTime> absoluteInstant(const QString &text)
{
    if (text.startsWith(QLatin1String("now")))
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t;
}

QJsonArray dashboardsOf(const QJsonObject &json)
{
    return json.value(key("dashboards")).toArray();
}

// The variables of every dashboard, first occurrence of a name wins.
QList<Variable> variablesOf(const QJsonArray &dashboards)
{
    QList<Variable> out;
    for (const QJsonValue &d : dashboards) {
        for (const QJsonValue &v : d.toObject().value(key("variables")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(key("key")).toString();
            if (name.isEmpty())
                continue;
            const bool known = std::any_of(out.cbegin(), out.cend(),
                                           [&](const Variable &x) { return x.name == name; });
            if (!known)
                out.append({name, o.value(key("value")).toString()});
        }
    }
    return out;
}

QString reportTypeOf(const QJsonObject &dashboard)
{
    const QString t = dashboard.value(key("report_type")).toString();
    return t.isEmpty() ? QStringLiteral("pdf") : t;
}

QString recipientsText(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString trN(const char *text, int n)
{
    return QCoreApplication::translate("reportdesk::remote::OpenObserveReportMapping", text,
                                       nullptr, n);
}

QString firstProblemOf(const FieldErrors &errors)
{
    return errors.isEmpty() ? QString() : errors.first().message;
}

QJsonObject variableEntry(const Variable &v, const QJsonArray &previous)
{
    for (const QJsonValue &p : previous) {
        QJsonObject o = p.toObject();
        if (o.value(key("key")).toString() == v.name) {
            o.insert(key("value"), v.value); // keeps `id` and anything else
            return o;
        }
    }
    return QJsonObject{{key("key"), v.name}, {key("value"), v.value}};
}

} // namespace

// --- Dashboard references -------------------------------------------------------------------

QString formatDashboardRef(const DashboardRef &ref)
{
    const auto enc = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s));
    };
    QStringList tabs;
    for (const QString &t : ref.tabs)
        tabs << enc(t);
    return QStringLiteral("%1/%2/%3")
        .arg(enc(ref.folder), enc(ref.dashboard), tabs.join(QLatin1Char(',')));
}

std::optional<DashboardRef> parseDashboardRef(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 3)
        return std::nullopt;
    const auto dec = [](const QString &s) {
        return QUrl::fromPercentEncoding(s.toLatin1());
    };
    DashboardRef ref;
    ref.folder = dec(parts.at(0));
    ref.dashboard = dec(parts.at(1));
    for (const QString &t : parts.at(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ref.tabs << dec(t);
    if (ref.folder.isEmpty() || ref.dashboard.isEmpty() || ref.tabs.isEmpty())
        return std::nullopt;
    return ref;
}

// --- Time range -----------------------------------------------------------------------------

Result<QJsonObject> timerangeFromTimeRange(const TimeRange &range)
{
    using R = Result<QJsonObject>;
    static const QRegularExpression relative(QStringLiteral("^now-(\\d+)([smhdwMy])$"));
    const auto m = relative.match(range.from.trimmed());
    if (m.hasMatch() && range.to.trimmed() == QLatin1String("now")) {
        qint64 amount = m.captured(1).toLongLong();
        QString unit = m.captured(2);
        if (unit == QLatin1String("y")) { // OpenObserve's periods have no years
            amount *= 12;
            unit = QStringLiteral("M");
        }
        if (amount <= 0)
            return R::failure(tr("The time range “%1 … %2” is empty.").arg(range.from, range.to));
        return QJsonObject{{key("type"), QStringLiteral("relative")},
                           {key("period"), QString::number(amount) + unit},
                           {key("from"), 0},
                           {key("to"), 0}};
    }
    const auto from = absoluteInstant(range.from.trimmed());
    const auto to = absoluteInstant(range.to.trimmed());
    if (from && to) {
        if (*to <= *from)
            return R::failure(
                tr("The time range “%1 … %2” ends before it starts.").arg(range.from, range.to));
        return QJsonObject{{key("type"), QStringLiteral("absolute")},
                           {key("period"), QString()},
                           {key("from"), from->toMSecsSinceEpoch() * 1000},
                           {key("to"), to->toMSecsSinceEpoch() * 1000}};
    }
    return R::failure(tr("OpenObserve shows either a period up to now (like now-7d … now) or a "
                         "fixed period between two dates; “%1 … %2” is neither.")
                          .arg(range.from, range.to));
}

TimeRange timeRangeFromTimerange(const QJsonObject &timerange)
{
    TimeRange range;
    if (timerange.isEmpty()) { // the server's default: relative 1w
        range.from = QStringLiteral("now-1w");
        return range;
    }
    if (timerange.value(key("type")).toString() == QLatin1String("absolute")) {
        range.from = isoText(fromMicros(timerange.value(key("from")).toInteger()));
        range.to = isoText(fromMicros(timerange.value(key("to")).toInteger()));
        return range;
    }
    const QString period = timerange.value(key("period")).toString().trimmed();
    range.from = period.isEmpty() ? QStringLiteral("now-1w") : QStringLiteral("now-") + period;
    range.to = QStringLiteral("now");
    return range;
}

// --- Recipients and names -------------------------------------------------------------------

QStringList recipients(const QJsonObject &delivery)
{
    const QJsonValue v = delivery.value(kRecipients);
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            const QString s = x.toString().trimmed();
            if (!s.isEmpty())
                out << s;
        }
        return out;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return v.toString().split(separators, Qt::SkipEmptyParts);
}

QString nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("An OpenObserve report needs a name.");
    if (name.contains(QLatin1Char('/')))
        return tr("OpenObserve report names cannot contain '/': “%1”.").arg(name);
    static const QRegularExpression unsupported(QStringLiteral("[:#?\\s'\"%&]"));
    if (const auto m = unsupported.match(name); m.hasMatch()) {
        const QString what = m.captured(0).at(0).isSpace()
                                 ? tr("spaces")
                                 : QStringLiteral("'%1'").arg(m.captured(0));
        return tr("OpenObserve report names cannot contain %1 (nor ':', '#', '?', '&', '%', "
                  "quotes or spaces): “%2”.")
            .arg(what, name);
    }
    return {};
}

// --- Reading --------------------------------------------------------------------------------

Result<Report> toReport(const QJsonObject &json, const QString &remoteId, QStringList *warnings)
{
    using R = Result<Report>;
    QStringList notes;
    if (!json.value(key("name")).isString())
        return R::failure(tr("The OpenObserve report has no name."));
    Report r;
    r.name = json.value(key("name")).toString();
    r.title = json.value(key("title")).toString();
    r.description = json.value(key("description")).toString();
    r.message = json.value(key("message")).toString();
    r.owner = json.value(key("owner")).toString();
    r.enabled = json.value(key("enabled")).toBool(false);
    r.created = parseTimestamp(json.value(key("createdAt")));
    r.updated = parseTimestamp(json.value(key("updatedAt")));
    r.remoteId = remoteId;
    r.tags.clear();

    // Schedule and zone.
    const auto schedule = ScheduleMapping::fromOpenObserve(json);
    if (schedule) {
        r.schedule = schedule->toJson();
        r.timeZone = schedule->timeZone;
    } else {
        notes << tr("The schedule cannot be shown in ReportDesk (%1); it stays as it is on the "
                    "server unless you choose a new one.")
                     .arg(schedule.error());
        const QString zone = json.value(key("timezone")).toString();
        r.timeZone = zone.isEmpty() ? QStringLiteral("UTC") : zone;
    }

    // Dashboards: sections, time range, variables and formats.
    const QJsonArray dashboards = dashboardsOf(json);
    QStringList formats;
    std::optional<TimeRange> range;
    bool rangesDiffer = false;
    for (const QJsonValue &value : dashboards) {
        const QJsonObject d = value.toObject();
        DashboardRef ref;
        ref.folder = d.value(key("folder")).toString();
        ref.dashboard = d.value(key("dashboard")).toString();
        for (const QJsonValue &t : d.value(key("tabs")).toArray())
            ref.tabs << t.toString();
        Section s;
        s.kind = Section::Kind::RemoteSnapshot;
        s.title = tr("Dashboard %1").arg(ref.dashboard);
        s.remoteRef = formatDashboardRef(ref);
        r.sections << s;
        const TimeRange thisRange = timeRangeFromTimerange(d.value(key("timerange")).toObject());
        if (!range)
            range = thisRange;
        else if (*range != thisRange)
            rangesDiffer = true;
        const QString type = reportTypeOf(d);
        if (!formats.contains(type))
            formats << type;
    }
    if (range)
        r.timeRange = *range;
    if (rangesDiffer)
        notes << tr("The dashboards have different time ranges; the first one's is shown, and "
                    "each keeps its own unless you change the time range.");
    r.variables = variablesOf(dashboards);
    if (!formats.isEmpty())
        r.formats = formats;

    // Destinations.
    QStringList emails;
    int others = 0;
    for (const QJsonValue &value : json.value(key("destinations")).toArray()) {
        const QJsonObject d = value.toObject();
        if (d.value(kEmail).isString())
            emails << d.value(kEmail).toString();
        else
            ++others;
    }
    if (!emails.isEmpty())
        r.delivery.insert(kRecipients, recipientsText(emails));
    if (others > 0)
        notes << (others == 1 ? tr("1 destination other than an email address is kept on the "
                                   "server but not shown.")
                              : trN("%n destinations other than email addresses are kept on the "
                                    "server but not shown.",
                                    others));

    if (warnings)
        *warnings = notes;
    return r;
}

// --- Writing --------------------------------------------------------------------------------

Result<QJsonObject> fromReport(const Report &report, const QJsonObject &base, const QString &orgId,
                               const QDateTime &now, QStringList *warnings)
{
    using R = Result<QJsonObject>;
    QStringList notes;
    // The report as ReportDesk saw it when it was read: what equals it is sent back untouched.
    std::optional<Report> before;
    if (!base.isEmpty()) {
        if (auto read = toReport(base))
            before = *read;
    }

    if (const QString problem = nameProblem(report.name); !problem.isEmpty())
        return R::failure(problem);

    QJsonObject out = base;
    out.insert(key("name"), report.name);
    out.insert(key("title"), report.title);
    out.insert(key("description"), report.description);
    out.insert(key("message"), report.message);
    out.insert(key("enabled"), report.enabled);
    out.insert(key("orgId"), orgId);

    // Schedule and time zone: OpenObserve has one zone for both.
    std::optional<Schedule> schedule;
    if (!report.schedule.isEmpty()) {
        const auto parsed = Schedule::fromJson(report.schedule);
        if (!parsed)
            return R::failure(parsed.error());
        schedule = parsed.value();
        if (const QString problem = firstProblemOf(schedule->validate()); !problem.isEmpty())
            return R::failure(problem);
    }
    const bool scheduleUnchanged = before && before->schedule == report.schedule;
    if (scheduleUnchanged) {
        // Sent back exactly as received (also when ReportDesk could not read it).
    } else if (!schedule) {
        return R::failure(tr("OpenObserve reports always have a schedule; choose one (and "
                             "disable the report if it should not run)."));
    } else {
        const auto keys = ScheduleMapping::toOpenObserve(*schedule, now);
        if (!keys)
            return R::failure(keys.error());
        for (auto it = keys->constBegin(); it != keys->constEnd(); ++it)
            out.insert(it.key(), it.value());
    }
    const QString zone =
        schedule ? schedule->timeZone : (before ? before->timeZone : QStringLiteral("UTC"));
    if (report.timeZone != zone)
        return R::failure(tr("OpenObserve has one time zone for the schedule and the time range: "
                             "the report's (%1) and the schedule's (%2) differ.")
                              .arg(report.timeZone, zone));

    // Dashboards.
    QJsonArray previous = dashboardsOf(base);
    QList<bool> used(previous.size(), false);
    const bool rangeUnchanged = before && before->timeRange == report.timeRange;
    const bool variablesUnchanged = before && before->variables == report.variables;
    const bool formatsUnchanged = before && before->formats == report.formats;
    std::optional<QJsonObject> timerange;
    QString reportType;
    if (!formatsUnchanged) {
        if (report.formats.size() != 1)
            return R::failure(tr("OpenObserve sends one format per report; choose one of pdf, png "
                                 "and csv (the report has %1).")
                                  .arg(report.formats.isEmpty()
                                           ? tr("none")
                                           : report.formats.join(QStringLiteral(", "))));
        reportType = report.formats.first();
        if (reportType != QLatin1String("pdf") && reportType != QLatin1String("png") &&
            reportType != QLatin1String("csv"))
            return R::failure(tr("OpenObserve cannot send the format “%1”; it sends pdf, png or "
                                 "csv.")
                                  .arg(reportType));
    }
    QJsonArray dashboards;
    for (const Section &section : report.sections) {
        if (section.kind != Section::Kind::RemoteSnapshot) {
            const QString title =
                section.title.isEmpty() ? Section::kindName(section.kind) : section.title;
            notes << tr("The section “%1” is not an OpenObserve dashboard and is not sent to the "
                        "server.")
                         .arg(title);
            continue;
        }
        const auto ref = parseDashboardRef(section.remoteRef);
        if (!ref)
            return R::failure(tr("The section “%1” does not name an OpenObserve dashboard as "
                                 "“folder/dashboard/tab”: “%2”.")
                                  .arg(section.title, section.remoteRef));
        // The dashboard as it was on the server, if it was there: it keeps what we don't model.
        QJsonObject d;
        bool existed = false;
        for (qsizetype i = 0; i < previous.size(); ++i) {
            const QJsonObject p = previous.at(i).toObject();
            if (!used.at(i) && p.value(key("dashboard")).toString() == ref->dashboard &&
                p.value(key("folder")).toString() == ref->folder) {
                used[i] = true;
                d = p;
                existed = true;
                break;
            }
        }
        d.insert(key("dashboard"), ref->dashboard);
        d.insert(key("folder"), ref->folder);
        QJsonArray tabs;
        for (const QString &t : ref->tabs)
            tabs.append(t);
        d.insert(key("tabs"), tabs);
        if (!existed || !rangeUnchanged) {
            if (!timerange) {
                auto t = timerangeFromTimeRange(report.timeRange);
                if (!t)
                    return R::failure(t.error());
                timerange = *t;
            }
            d.insert(key("timerange"), *timerange);
        }
        if (!existed || !variablesUnchanged) {
            const QJsonArray old = d.value(key("variables")).toArray();
            QJsonArray vars;
            for (const Variable &v : report.variables)
                vars.append(variableEntry(v, old));
            d.insert(key("variables"), vars);
        }
        if (!formatsUnchanged)
            d.insert(key("report_type"), reportType);
        else if (!existed)
            d.insert(key("report_type"), report.formats.value(0, QStringLiteral("pdf")));
        dashboards.append(d);
    }
    if (dashboards.isEmpty())
        return R::failure(tr("An OpenObserve report needs at least one dashboard: add a remote "
                             "snapshot section naming it as “folder/dashboard/tab”."));
    out.insert(key("dashboards"), dashboards);

    // Destinations: email addresses from the recipients; other kinds stay as they were.
    const QStringList emails = recipients(report.delivery);
    const bool recipientsUnchanged = before && recipients(before->delivery) == emails;
    if (!recipientsUnchanged) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        QJsonArray destinations;
        for (const QJsonValue &d : base.value(key("destinations")).toArray()) {
            if (!d.toObject().contains(kEmail))
                destinations.append(d);
        }
        for (const QString &e : emails) {
            if (!address.match(e).hasMatch())
                return R::failure(tr("“%1” is not an email address.").arg(e));
            destinations.append(QJsonObject{{kEmail, e}});
        }
        out.insert(key("destinations"), destinations);
    } else if (!out.contains(key("destinations"))) {
        out.insert(key("destinations"), QJsonArray());
    }

    if (warnings)
        *warnings = notes;
    return out;
}

} // namespace reportdesk::remote::OpenObserveReportMapping
