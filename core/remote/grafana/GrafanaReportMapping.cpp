#include "GrafanaReportMapping.h"

#include "domain/Schedule.h"
#include "scheduling/ScheduleMapping.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace reportdesk::remote {

namespace {

QString str(const char *key)
{
    return QString::fromLatin1(key);
}

// One dashboard of a report as the mapping sees it, whichever form the JSON has.
struct DashboardView {
    QString uid;
    QString name;
    TimeRange range; // the effective range; empty ends = the dashboard's default
    bool hasRange = false;
    QJsonObject variables;
};

bool isEmptyRange(const QJsonObject &range)
{
    return range.value(str("from")).toString().isEmpty() &&
           range.value(str("to")).toString().isEmpty();
}

TimeRange rangeOf(const QJsonObject &range)
{
    TimeRange r;
    r.from = range.value(str("from")).toString();
    r.to = range.value(str("to")).toString();
    return r;
}

// The dashboards of a report: the dashboards[] form, or the single-dashboard form of
// Grafana <= 8 (dashboardUid, dashboardName, templateVars, timeRange) [U].
Result<QList<DashboardView>> dashboardsOf(const QJsonObject &g)
{
    using R = Result<QList<DashboardView>>;
    QList<DashboardView> out;
    const QJsonObject globalRange =
        g.value(str("options")).toObject().value(str("timeRange")).toObject();
    const QJsonValue list = g.value(str("dashboards"));
    if (list.isArray()) {
        const QJsonArray dashboards = list.toArray();
        for (qsizetype i = 0; i < dashboards.size(); ++i) {
            if (!dashboards.at(i).isObject())
                return R::failure(GrafanaReportMapping::tr(
                                      "Dashboard %1 of the Grafana report is not a JSON object.")
                                      .arg(i + 1));
            const QJsonObject d = dashboards.at(i).toObject();
            const QJsonObject ref = d.value(str("dashboard")).toObject();
            DashboardView v;
            v.uid = ref.value(str("uid")).toString();
            v.name = ref.value(str("name")).toString();
            QJsonObject range = d.value(str("timeRange")).toObject();
            if (isEmptyRange(range))
                range = globalRange;
            v.hasRange = !isEmptyRange(range);
            v.range = rangeOf(range);
            v.variables = d.value(str("reportVariables")).toObject();
            out.append(v);
        }
    } else if (!list.isUndefined() && !list.isNull()) {
        return R::failure(
            GrafanaReportMapping::tr("The Grafana report's dashboards are not a list."));
    } else if (g.contains(str("dashboardUid"))) {
        DashboardView v;
        v.uid = g.value(str("dashboardUid")).toString();
        v.name = g.value(str("dashboardName")).toString();
        QJsonObject range = g.value(str("timeRange")).toObject();
        if (isEmptyRange(range))
            range = globalRange;
        v.hasRange = !isEmptyRange(range);
        v.range = rangeOf(range);
        v.variables = g.value(str("templateVars")).toObject();
        out.append(v);
    }
    return out;
}

// A variable's value as ReportDesk shows it: a string, or the values of a multi-value
// variable joined with commas.
QString variableText(const QJsonValue &value, bool *multi = nullptr)
{
    if (value.isArray()) {
        QStringList parts;
        const QJsonArray values = value.toArray();
        for (const QJsonValue &v : values)
            parts << variableText(v);
        if (multi)
            *multi = parts.size() > 1;
        return parts.join(QLatin1Char(','));
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? str("true") : str("false");
    return value.toString();
}

QJsonValue variableJson(const QString &text, bool asArray)
{
    if (!asArray)
        return text;
    QJsonArray values;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts)
        values.append(p.trimmed());
    return values;
}

QString formatToReportDesk(const QString &grafana)
{
    if (grafana == QLatin1String("image"))
        return str("png");
    if (grafana == QLatin1String("pdf") || grafana == QLatin1String("csv"))
        return grafana;
    return {};
}

QString formatToGrafana(const QString &reportDesk)
{
    if (reportDesk == QLatin1String("png"))
        return str("image");
    if (reportDesk == QLatin1String("pdf") || reportDesk == QLatin1String("csv"))
        return reportDesk;
    return {};
}

QStringList addressesOf(const QJsonObject &delivery, QLatin1StringView key)
{
    const QJsonValue v = delivery.value(key);
    if (v.isString())
        return GrafanaReportMapping::splitAddresses(v.toString());
    QStringList out;
    const QJsonArray values = v.toArray();
    for (const QJsonValue &a : values) {
        if (const QString s = a.toString().trimmed(); !s.isEmpty())
            out << s;
    }
    return out;
}

QStringList dashboardUids(const QList<Section> &sections)
{
    QStringList out;
    for (const Section &s : sections) {
        if (s.kind == Section::Kind::RemoteSnapshot)
            out << s.remoteRef;
    }
    return out;
}

QJsonObject withRange(QJsonObject range, const TimeRange &r)
{
    range.insert(str("from"), r.from);
    range.insert(str("to"), r.to);
    return range;
}

} // namespace

bool GrafanaReportMapping::isEnabledState(const QString &state)
{
    return state.compare(QLatin1String("paused"), Qt::CaseInsensitive) != 0;
}

QString GrafanaReportMapping::stateFor(bool enabled)
{
    return enabled ? str("scheduled") : str("paused");
}

QStringList GrafanaReportMapping::splitAddresses(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList out;
    const QStringList parts = list.split(separators);
    for (const QString &p : parts) {
        if (const QString s = p.trimmed(); !s.isEmpty())
            out << s;
    }
    return out;
}

QString GrafanaReportMapping::joinAddresses(const QStringList &addresses)
{
    QStringList trimmed;
    for (const QString &a : addresses) {
        if (const QString s = a.trimmed(); !s.isEmpty())
            trimmed << s;
    }
    return trimmed.join(QLatin1Char(','));
}

QString GrafanaReportMapping::idText(const QJsonValue &id)
{
    if (id.isDouble()) {
        const double d = id.toDouble();
        if (d >= 0 && d == double(qint64(d)))
            return QString::number(qint64(d));
        return {};
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString s = id.toString();
    return digits.match(s).hasMatch() ? s : QString();
}

Result<GrafanaReportImport> GrafanaReportMapping::toReport(const QJsonObject &g)
{
    using R = Result<GrafanaReportImport>;
    if (!g.value(str("name")).isString())
        return R::failure(tr("The Grafana report has no name."));
    const auto dashboards = dashboardsOf(g);
    if (!dashboards)
        return R::failure(dashboards.error());

    GrafanaReportImport out;
    Report &r = out.report;
    r.remoteId = idText(g.value(str("id")));
    r.name = g.value(str("name")).toString();
    if (r.name.contains(QLatin1Char('/')))
        out.notes << tr("The name “%1” contains “/”, which ReportDesk report names cannot; a local "
                        "copy needs another name.")
                         .arg(r.name);
    r.message = g.value(str("message")).toString();
    r.enabled = isEnabledState(g.value(str("state")).toString());
    r.created = QDateTime::fromString(g.value(str("created")).toString(), Qt::ISODate).toUTC();
    r.updated = QDateTime::fromString(g.value(str("updated")).toString(), Qt::ISODate).toUTC();

    QJsonObject delivery;
    delivery.insert(kRecipients, QJsonArray::fromStringList(
                                     splitAddresses(g.value(str("recipients")).toString())));
    delivery.insert(kReplyTo,
                    QJsonArray::fromStringList(splitAddresses(g.value(str("replyTo")).toString())));
    delivery.insert(kDashboardLink, g.value(str("enableDashboardUrl")).toBool());
    r.delivery = delivery;

    r.formats.clear();
    const QJsonArray formats = g.value(str("formats")).toArray();
    for (const QJsonValue &f : formats) {
        const QString mapped = formatToReportDesk(f.toString());
        if (mapped.isEmpty())
            out.notes << tr("The format “%1” is not one ReportDesk knows; it stays on the server.")
                             .arg(f.toString());
        else if (!r.formats.contains(mapped))
            r.formats << mapped;
    }
    if (formats.isEmpty())
        r.formats << str("pdf"); // Grafana's default

    const QJsonObject options = g.value(str("options")).toObject();
    const QString orientation = options.value(str("orientation")).toString();
    if (orientation == QLatin1String("landscape"))
        r.page.orientation = PageOptions::Orientation::Landscape;
    else if (orientation == QLatin1String("portrait"))
        r.page.orientation = PageOptions::Orientation::Portrait;
    else if (!orientation.isEmpty())
        out.notes << tr("The orientation “%1” is not one ReportDesk knows.").arg(orientation);
    const QString layout = options.value(str("layout")).toString();
    if (layout == QLatin1String("grid"))
        r.page.layout = PageOptions::Layout::Grid;
    else if (layout == QLatin1String("simple"))
        r.page.layout = PageOptions::Layout::Simple;
    else if (!layout.isEmpty())
        out.notes << tr("The layout “%1” is not one ReportDesk knows.").arg(layout);

    const QJsonObject schedule = g.value(str("schedule")).toObject();
    if (!schedule.isEmpty()) {
        const auto s = ScheduleMapping::fromGrafana(schedule);
        if (s) {
            r.schedule = s->toJson();
            r.timeZone = s->timeZone;
        } else {
            out.notes << tr("The schedule cannot be shown: %1 It stays as it is on the server.")
                             .arg(s.error());
            if (const QString zone = schedule.value(str("timeZone")).toString(); !zone.isEmpty())
                r.timeZone = zone;
        }
    }

    // Dashboards become remote snapshot sections; their time ranges and variables become the
    // report's, which holds one of each.
    std::optional<TimeRange> firstRange;
    bool rangesDiffer = false;
    bool someDefault = false;
    QHash<QString, QString> variableValues;
    QStringList conflicting;
    bool multiValue = false;
    for (const DashboardView &d : *dashboards) {
        Section section;
        section.kind = Section::Kind::RemoteSnapshot;
        section.remoteRef = d.uid;
        section.title = d.name.isEmpty() ? d.uid : d.name;
        r.sections.append(section);
        if (d.uid.isEmpty())
            out.notes << tr("A dashboard of the report has no uid.");
        if (!d.hasRange)
            someDefault = true;
        else if (!firstRange)
            firstRange = d.range;
        else if (*firstRange != d.range)
            rangesDiffer = true;
        for (auto it = d.variables.begin(); it != d.variables.end(); ++it) {
            bool multi = false;
            const QString value = variableText(it.value(), &multi);
            multiValue = multiValue || multi;
            const auto known = variableValues.constFind(it.key());
            if (known == variableValues.constEnd()) {
                variableValues.insert(it.key(), value);
                r.variables.append({it.key(), value});
            } else if (*known != value && !conflicting.contains(it.key())) {
                conflicting << it.key();
            }
        }
    }
    if (firstRange)
        r.timeRange = *firstRange;
    if (!dashboards->isEmpty()) {
        if (!firstRange)
            out.notes << tr("The dashboards use their own default time range; ReportDesk shows "
                            "%1 to %2 and sends a time range only when you change it.")
                             .arg(r.timeRange.from, r.timeRange.to);
        else if (rangesDiffer || someDefault)
            out.notes << tr("The dashboards have different time ranges; ReportDesk shows the "
                            "first (%1 to %2), and changing it sets it for every dashboard.")
                             .arg(r.timeRange.from, r.timeRange.to);
    }
    if (!conflicting.isEmpty())
        out.notes << tr("The dashboards give different values to %1; ReportDesk shows the first "
                        "dashboard's, and changing one sets it for every dashboard.")
                         .arg(conflicting.join(QStringLiteral(", ")));
    if (multiValue)
        out.notes << tr("Variables with several values are shown comma-separated.");
    return out;
}

Result<GrafanaJsonExport>
GrafanaReportMapping::toGrafana(const Report &report, const QJsonObject &base, const QDateTime &now)
{
    using R = Result<GrafanaJsonExport>;
    const bool fresh = base.isEmpty();
    GrafanaReportImport was;
    if (!fresh) {
        auto read = toReport(base);
        if (!read)
            return R::failure(tr("The report on the server cannot be read: %1").arg(read.error()));
        was = std::move(read.value());
    }
    const Report &old = was.report;
    GrafanaJsonExport out;
    QJsonObject g = base;

    if (report.name.trimmed().isEmpty())
        return R::failure(tr("A Grafana report needs a name."));
    const QStringList uids = dashboardUids(report.sections);
    const bool dashboardsChanged = fresh || uids != dashboardUids(old.sections);
    for (const Section &s : report.sections) {
        if (s.kind != Section::Kind::RemoteSnapshot)
            return R::failure(tr("Grafana reports show dashboards only; the %1 section “%2” has "
                                 "no place there.")
                                  .arg(Section::kindName(s.kind), s.title));
    }
    if (dashboardsChanged) {
        for (const Section &s : report.sections) {
            if (s.remoteRef.trimmed().isEmpty())
                return R::failure(
                    tr("The dashboard section “%1” names no dashboard uid.").arg(s.title));
        }
        if (uids.isEmpty())
            return R::failure(tr("A Grafana report needs at least one dashboard."));
    }

    // What Grafana has no place for stays in ReportDesk; say so rather than drop it quietly.
    if (!report.description.isEmpty())
        out.notes << tr("Grafana reports have no description; it is not sent.");
    if (!report.title.isEmpty() && report.title != report.name)
        out.notes << tr("Grafana reports have no title apart from the name; “%1” is not sent.")
                         .arg(report.title);
    if (report.page.size != PageOptions().size)
        out.notes
            << tr("Grafana chooses the paper size itself; %1 is not sent.").arg(report.page.size);
    if (!report.tags.isEmpty())
        out.notes << tr("Grafana reports have no tags; they are not sent.");

    if (fresh || report.name != old.name)
        g.insert(str("name"), report.name);
    if (fresh || report.message != old.message)
        g.insert(str("message"), report.message);

    const QStringList recipients = addressesOf(report.delivery, kRecipients);
    if (fresh || recipients != addressesOf(old.delivery, kRecipients))
        g.insert(str("recipients"), joinAddresses(recipients));
    const QStringList replyTo = addressesOf(report.delivery, kReplyTo);
    if (fresh || replyTo != addressesOf(old.delivery, kReplyTo))
        g.insert(str("replyTo"), joinAddresses(replyTo));
    const bool link = report.delivery.value(kDashboardLink).toBool();
    if (fresh ? report.delivery.contains(kDashboardLink)
              : link != old.delivery.value(kDashboardLink).toBool())
        g.insert(str("enableDashboardUrl"), link);

    if (fresh || report.formats != old.formats) {
        QJsonArray formats;
        for (const QString &f : report.formats) {
            const QString mapped = formatToGrafana(f);
            if (mapped.isEmpty())
                return R::failure(tr("Grafana cannot produce the format “%1”.").arg(f));
            formats.append(mapped);
        }
        // Formats ReportDesk does not know stay as the server had them.
        const QJsonArray kept = base.value(str("formats")).toArray();
        for (const QJsonValue &f : kept) {
            if (formatToReportDesk(f.toString()).isEmpty())
                formats.append(f);
        }
        g.insert(str("formats"), formats);
        if (base.contains(str("enableCsv")))
            g.insert(str("enableCsv"), report.formats.contains(str("csv")));
    }

    QJsonObject options = base.value(str("options")).toObject();
    bool optionsChanged = false;
    if (fresh || report.page.orientation != old.page.orientation) {
        options.insert(str("orientation"),
                       report.page.orientation == PageOptions::Orientation::Landscape
                           ? str("landscape")
                           : str("portrait"));
        optionsChanged = true;
    }
    if (fresh || report.page.layout != old.page.layout) {
        options.insert(str("layout"), report.page.layout == PageOptions::Layout::Grid
                                          ? str("grid")
                                          : str("simple"));
        optionsChanged = true;
    }
    const bool rangeChanged = fresh || report.timeRange != old.timeRange;
    if (rangeChanged && !isEmptyRange(options.value(str("timeRange")).toObject())) {
        options.insert(str("timeRange"),
                       withRange(options.value(str("timeRange")).toObject(), report.timeRange));
        optionsChanged = true;
    }
    if (optionsChanged)
        g.insert(str("options"), options);

    if (fresh || report.schedule != old.schedule) {
        const auto parsed = Schedule::fromJson(report.schedule);
        if (!parsed)
            return R::failure(tr("Schedule: %1").arg(parsed.error()));
        if (!parsed.value())
            return R::failure(tr("Grafana reports always have a schedule; give the report one "
                                 "(for example “once”) before sending it to Grafana."));
        const auto schedule = ScheduleMapping::toGrafana(**parsed, now);
        if (!schedule)
            return R::failure(tr("Schedule: %1").arg(schedule.error()));
        QJsonObject merged = base.value(str("schedule")).toObject();
        for (auto it = schedule->begin(); it != schedule->end(); ++it)
            merged.insert(it.key(), it.value());
        g.insert(str("schedule"), merged);
    }

    if (fresh ? !report.enabled : report.enabled != old.enabled)
        g.insert(str("state"), stateFor(report.enabled));

    // Dashboards: kept entry by entry (with every key the server gave them); time range and
    // variables are written into them only where the report changed them.
    QHash<QString, QString> oldVariables;
    for (const Variable &v : old.variables)
        oldVariables.insert(v.name, v.value);
    QHash<QString, QString> newVariables;
    for (const Variable &v : report.variables)
        newVariables.insert(v.name, v.value);
    const bool variablesChanged = fresh || report.variables != old.variables;
    if (dashboardsChanged || rangeChanged || variablesChanged) {
        const bool legacy = !fresh && !base.value(str("dashboards")).isArray();
        QJsonArray entries;
        if (legacy) {
            // Grafana <= 8 single-dashboard report: written in the dashboards[] form.
            const auto views = dashboardsOf(base);
            for (const DashboardView &v : *views) {
                QJsonObject e;
                e.insert(str("dashboard"), QJsonObject{{str("uid"), v.uid}});
                if (v.hasRange)
                    e.insert(str("timeRange"), withRange({}, v.range));
                e.insert(str("reportVariables"), v.variables);
                entries.append(e);
            }
        } else {
            entries = base.value(str("dashboards")).toArray();
        }
        if (dashboardsChanged) {
            QJsonArray rebuilt;
            QList<bool> used(entries.size(), false);
            for (const QString &uid : uids) {
                qsizetype found = -1;
                for (qsizetype i = 0; i < entries.size() && found < 0; ++i) {
                    const QString entryUid = entries.at(i)
                                                 .toObject()
                                                 .value(str("dashboard"))
                                                 .toObject()
                                                 .value(str("uid"))
                                                 .toString();
                    if (!used[i] && entryUid == uid)
                        found = i;
                }
                if (found >= 0) {
                    used[found] = true;
                    rebuilt.append(entries.at(found));
                    continue;
                }
                QJsonObject e;
                e.insert(str("dashboard"), QJsonObject{{str("uid"), uid}});
                e.insert(str("timeRange"), withRange({}, report.timeRange));
                QJsonObject vars;
                for (const Variable &v : report.variables)
                    vars.insert(v.name, v.value);
                e.insert(str("reportVariables"), vars);
                rebuilt.append(e);
            }
            entries = rebuilt;
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            if (rangeChanged)
                e.insert(str("timeRange"),
                         withRange(e.value(str("timeRange")).toObject(), report.timeRange));
            if (variablesChanged) {
                QJsonObject vars = e.value(str("reportVariables")).toObject();
                for (auto it = oldVariables.constBegin(); it != oldVariables.constEnd(); ++it) {
                    if (!newVariables.contains(it.key()))
                        vars.remove(it.key());
                }
                for (const Variable &v : report.variables) {
                    const auto before = oldVariables.constFind(v.name);
                    if (!fresh && before != oldVariables.constEnd() && *before == v.value)
                        continue; // unchanged: the server's value (and its form) stays
                    vars.insert(v.name, variableJson(v.value, vars.value(v.name).isArray()));
                }
                e.insert(str("reportVariables"), vars);
            }
            entries.replace(i, e);
        }
        g.insert(str("dashboards"), entries);
        if (legacy) {
            for (const char *key :
                 {"dashboardId", "dashboardUid", "dashboardName", "templateVars", "timeRange"})
                g.remove(str(key));
        }
    }
    out.json = g;
    return out;
}

GrafanaBrandingImport GrafanaReportMapping::toBranding(const QJsonObject &settings)
{
    GrafanaBrandingImport out;
    const QJsonObject b = settings.value(str("branding")).toObject();
    out.profile.name = tr("Grafana report branding");
    const QString mode = b.value(str("emailFooterMode")).toString();
    const QString text = b.value(str("emailFooterText")).toString();
    const QString link = b.value(str("emailFooterLink")).toString();
    if (mode == QLatin1String("none")) {
        if (!text.isEmpty() || !link.isEmpty())
            out.notes << tr("Grafana's e-mail footer is switched off (mode “none”); its text "
                            "“%1” stays on the server.")
                             .arg(text);
    } else {
        out.profile.footerText = text;
        out.profile.footerLink = link;
    }
    out.reportLogoUrl = b.value(str("reportLogoUrl")).toString();
    const QString emailLogo = b.value(str("emailLogoUrl")).toString();
    if (!emailLogo.isEmpty() && emailLogo != out.reportLogoUrl)
        out.notes << tr("Grafana's e-mail logo (%1) has no place in a ReportDesk branding profile; "
                        "it stays on the server.")
                         .arg(emailLogo);
    return out;
}

GrafanaJsonExport GrafanaReportMapping::toGrafanaSettings(const BrandingProfile &profile,
                                                          const QJsonObject &base,
                                                          const QByteArray &logoBytesOnServer)
{
    GrafanaJsonExport out;
    const GrafanaBrandingImport was = toBranding(base);
    QJsonObject branding = base.value(str("branding")).toObject();
    bool changed = false;
    if (profile.footerText != was.profile.footerText ||
        profile.footerLink != was.profile.footerLink) {
        branding.insert(str("emailFooterText"), profile.footerText);
        branding.insert(str("emailFooterLink"), profile.footerLink);
        branding.insert(str("emailFooterMode"),
                        profile.footerText.isEmpty() ? str("none") : str("sent-by"));
        changed = true;
    }
    if (profile.logo.isEmpty() && !logoBytesOnServer.isEmpty()) {
        branding.insert(str("reportLogoUrl"), QString());
        changed = true;
    } else if (!profile.logo.isEmpty() && profile.logo != logoBytesOnServer) {
        out.notes << tr("Grafana takes the report logo as a URL, not as an image; put the logo "
                        "where Grafana can reach it and enter that URL in Grafana's reporting "
                        "settings.");
    }
    const BrandingProfile defaults;
    QStringList unsent;
    if (profile.accentColor != defaults.accentColor)
        unsent << tr("accent colour");
    if (!profile.headerText.isEmpty())
        unsent << tr("header text");
    if (!profile.watermarkText.isEmpty())
        unsent << tr("watermark");
    if (profile.fontFamily != defaults.fontFamily)
        unsent << tr("font");
    if (profile.pageNumberFormat != defaults.pageNumberFormat)
        unsent << tr("page-number format");
    if (!unsent.isEmpty())
        out.notes << tr("Grafana's branding has no %1; that stays in ReportDesk.")
                         .arg(unsent.join(QStringLiteral(", ")));
    out.json = base;
    if (changed)
        out.json.insert(str("branding"), branding);
    return out;
}

} // namespace reportdesk::remote
