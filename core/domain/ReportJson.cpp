#include "ReportJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace reportdesk::ReportJson {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::ReportJson", text);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

// Reads fields with type checks; the first problem is kept and names its JSON path.
class Reader {
public:
    QString error;

    // lupdate files strings used in here under this class's own context.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("reportdesk::ReportJson::Reader", text);
    }

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = tr("Field \"%1\": %2").arg(path, what);
    }

    QString string(const QJsonObject &o, const QString &path, const char *key, bool required,
                   const QString &fallback = {})
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(join(path, key), tr("required but missing."));
            return fallback;
        }
        if (!v.isString()) {
            fail(join(path, key), tr("must be a string."));
            return fallback;
        }
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool()) {
            fail(join(path, key), tr("must be true or false."));
            return fallback;
        }
        return v.toBool();
    }

    double number(const QJsonObject &o, const QString &path, const char *key, double fallback)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble()) {
            fail(join(path, key), tr("must be a number."));
            return fallback;
        }
        return v.toDouble();
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(join(path, key), tr("must be an array."));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            fail(join(path, key), tr("must be an object."));
            return {};
        }
        return v.toObject();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        QStringList out;
        const QJsonArray a = array(o, path, key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(QStringLiteral("%1[%2]").arg(join(path, key)).arg(i), tr("must be a string."));
                break;
            }
            out.append(a.at(i).toString());
        }
        return out;
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QString::fromLatin1(key)
                              : path + QLatin1Char('.') + QLatin1String(key);
    }
};

QString orientationName(PageOptions::Orientation o)
{
    return o == PageOptions::Orientation::Landscape ? QStringLiteral("landscape")
                                                    : QStringLiteral("portrait");
}
QString layoutName(PageOptions::Layout l)
{
    return l == PageOptions::Layout::Grid ? QStringLiteral("grid") : QStringLiteral("simple");
}

Section readSection(Reader &rd, const QString &path, const QJsonObject &so)
{
    Section s;
    const QString kind = rd.string(so, path, "kind", true);
    if (rd.ok() && !Section::kindFromName(kind, &s.kind))
        rd.fail(path + QStringLiteral(".kind"), tr("unknown section kind \"%1\".").arg(kind));
    s.title = rd.string(so, path, "title", false);
    s.widthFraction = rd.number(so, path, "width", 1.0);
    s.text = rd.string(so, path, "text", false);
    s.dataSource = rd.string(so, path, "dataSource", false);
    s.query = rd.string(so, path, "query", false);
    const QString chartType = rd.string(so, path, "chartType", false);
    if (!chartType.isEmpty() && !Section::chartTypeFromName(chartType, &s.chartType))
        rd.fail(path + QStringLiteral(".chartType"),
                tr("unknown chart type \"%1\".").arg(chartType));
    s.categoryColumn = rd.string(so, path, "categoryColumn", false);
    s.seriesColumns = rd.strings(so, path, "seriesColumns");
    s.imageName = rd.string(so, path, "imageName", false);
    const QString image = rd.string(so, path, "imageData", false);
    // Garbage must not turn into a silently broken picture.
    const auto decoded =
        QByteArray::fromBase64Encoding(image.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        s.imageData = *decoded;
    else
        rd.fail(path + QStringLiteral(".imageData"), tr("is not valid base64."));
    s.remoteRef = rd.string(so, path, "remoteRef", false);
    const QJsonArray cols = rd.array(so, path, "columns");
    for (qsizetype c = 0; c < cols.size() && rd.ok(); ++c) {
        const QString cpath = path + QStringLiteral(".columns[%1]").arg(c);
        if (!cols.at(c).isObject()) {
            rd.fail(cpath, tr("must be an object."));
            break;
        }
        const QJsonObject co = cols.at(c).toObject();
        ColumnFormat f;
        f.column = rd.string(co, cpath, "column", true);
        f.label = rd.string(co, cpath, "label", false);
        f.format = rd.string(co, cpath, "format", false);
        const QString align = rd.string(co, cpath, "align", false, QStringLiteral("auto"));
        if (!Section::alignFromName(align, &f.align))
            rd.fail(cpath + QStringLiteral(".align"), tr("unknown alignment \"%1\".").arg(align));
        f.overflow = rd.string(co, cpath, "overflow", false) == QLatin1String("elide")
                         ? ColumnFormat::Overflow::Elide
                         : ColumnFormat::Overflow::Wrap;
        f.widthWeight = rd.number(co, cpath, "width", 1.0);
        s.columns.append(f);
    }
    return s;
}

} // namespace

QJsonObject sectionToJson(const Section &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), Section::kindName(s.kind));
    if (!s.title.isEmpty())
        o.insert(QStringLiteral("title"), s.title);
    if (s.widthFraction != 1.0)
        o.insert(QStringLiteral("width"), s.widthFraction);
    switch (s.kind) {
    case Section::Kind::Text:
        o.insert(QStringLiteral("text"), s.text);
        break;
    case Section::Kind::Chart:
        o.insert(QStringLiteral("chartType"), Section::chartTypeName(s.chartType));
        o.insert(QStringLiteral("categoryColumn"), s.categoryColumn);
        o.insert(QStringLiteral("seriesColumns"), stringArray(s.seriesColumns));
        Q_FALLTHROUGH();
    case Section::Kind::Table: {
        o.insert(QStringLiteral("dataSource"), s.dataSource);
        o.insert(QStringLiteral("query"), s.query);
        if (!s.columns.isEmpty()) {
            QJsonArray cols;
            for (const ColumnFormat &c : s.columns) {
                QJsonObject co;
                co.insert(QStringLiteral("column"), c.column);
                if (!c.label.isEmpty())
                    co.insert(QStringLiteral("label"), c.label);
                if (!c.format.isEmpty())
                    co.insert(QStringLiteral("format"), c.format);
                co.insert(QStringLiteral("align"), Section::alignName(c.align));
                co.insert(QStringLiteral("overflow"), c.overflow == ColumnFormat::Overflow::Elide
                                                          ? QStringLiteral("elide")
                                                          : QStringLiteral("wrap"));
                co.insert(QStringLiteral("width"), c.widthWeight);
                cols.append(co);
            }
            o.insert(QStringLiteral("columns"), cols);
        }
        break;
    }
    case Section::Kind::Image:
        o.insert(QStringLiteral("imageName"), s.imageName);
        o.insert(QStringLiteral("imageData"), QString::fromLatin1(s.imageData.toBase64()));
        break;
    case Section::Kind::RemoteSnapshot:
        o.insert(QStringLiteral("remoteRef"), s.remoteRef);
        break;
    case Section::Kind::PageBreak:
        break;
    }
    return o;
}

bool sectionFromJson(const QJsonObject &object, Section *section, QString *error)
{
    Reader rd;
    const Section s = readSection(rd, QStringLiteral("section"), object);
    if (!rd.ok()) {
        if (error)
            *error = rd.error;
        return false;
    }
    *section = s;
    return true;
}

QJsonObject toJson(const Report &r)
{
    QJsonObject o;
    // An unsaved report has no id yet; "0000..." would not import again.
    if (!r.id.isNull())
        o.insert(QStringLiteral("id"), r.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("name"), r.name);
    o.insert(QStringLiteral("title"), r.title);
    o.insert(QStringLiteral("description"), r.description);
    o.insert(QStringLiteral("message"), r.message);
    o.insert(QStringLiteral("owner"), r.owner);
    o.insert(QStringLiteral("enabled"), r.enabled);
    if (r.created.isValid())
        o.insert(QStringLiteral("created"), r.created.toUTC().toString(Qt::ISODateWithMs));
    if (r.updated.isValid())
        o.insert(QStringLiteral("updated"), r.updated.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("tags"), stringArray(r.tags));
    QJsonArray sections;
    for (const Section &s : r.sections)
        sections.append(sectionToJson(s));
    o.insert(QStringLiteral("sections"), sections);
    QJsonObject page;
    page.insert(QStringLiteral("size"), r.page.size);
    page.insert(QStringLiteral("orientation"), orientationName(r.page.orientation));
    page.insert(QStringLiteral("layout"), layoutName(r.page.layout));
    page.insert(QStringLiteral("margins"),
                QJsonArray{r.page.marginsMm.left(), r.page.marginsMm.top(),
                           r.page.marginsMm.right(), r.page.marginsMm.bottom()});
    o.insert(QStringLiteral("page"), page);
    o.insert(QStringLiteral("formats"), stringArray(r.formats));
    o.insert(QStringLiteral("timeRange"), QJsonObject{{QStringLiteral("from"), r.timeRange.from},
                                                      {QStringLiteral("to"), r.timeRange.to}});
    o.insert(QStringLiteral("timeZone"), r.timeZone);
    QJsonArray vars;
    for (const Variable &v : r.variables)
        vars.append(
            QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("value"), v.value}});
    o.insert(QStringLiteral("variables"), vars);
    if (!r.schedule.isEmpty())
        o.insert(QStringLiteral("schedule"), r.schedule);
    if (!r.delivery.isEmpty())
        o.insert(QStringLiteral("delivery"), r.delivery);
    return o;
}

QByteArray toDocument(const Report &report)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("report"), toJson(report));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool fromJson(const QJsonObject &o, Report *out, QString *error)
{
    Reader rd;
    Report r;
    const QString idText = rd.string(o, {}, "id", false);
    if (!idText.isEmpty()) {
        r.id = QUuid::fromString(idText);
        if (r.id.isNull())
            rd.fail(QStringLiteral("id"), tr("\"%1\" is not a UUID.").arg(idText));
    }
    r.name = rd.string(o, {}, "name", true);
    r.title = rd.string(o, {}, "title", false);
    r.description = rd.string(o, {}, "description", false);
    r.message = rd.string(o, {}, "message", false);
    r.owner = rd.string(o, {}, "owner", false);
    r.enabled = rd.boolean(o, {}, "enabled", true);
    const QString created = rd.string(o, {}, "created", false);
    if (!created.isEmpty())
        r.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    const QString updated = rd.string(o, {}, "updated", false);
    if (!updated.isEmpty())
        r.updated = QDateTime::fromString(updated, Qt::ISODateWithMs);
    r.tags = rd.strings(o, {}, "tags");

    const QJsonArray sections = rd.array(o, {}, "sections");
    for (qsizetype i = 0; i < sections.size() && rd.ok(); ++i) {
        const QString path = QStringLiteral("sections[%1]").arg(i);
        if (!sections.at(i).isObject()) {
            rd.fail(path, tr("must be an object."));
            break;
        }
        r.sections.append(readSection(rd, path, sections.at(i).toObject()));
    }

    const QJsonObject page = rd.object(o, {}, "page");
    r.page.size = rd.string(page, QStringLiteral("page"), "size", false, QStringLiteral("A4"));
    const QString orientation =
        rd.string(page, QStringLiteral("page"), "orientation", false, QStringLiteral("portrait"));
    if (orientation == QLatin1String("landscape"))
        r.page.orientation = PageOptions::Orientation::Landscape;
    else if (orientation != QLatin1String("portrait"))
        rd.fail(QStringLiteral("page.orientation"), tr("must be \"portrait\" or \"landscape\"."));
    const QString layout =
        rd.string(page, QStringLiteral("page"), "layout", false, QStringLiteral("simple"));
    if (layout == QLatin1String("grid"))
        r.page.layout = PageOptions::Layout::Grid;
    else if (layout != QLatin1String("simple"))
        rd.fail(QStringLiteral("page.layout"), tr("must be \"simple\" or \"grid\"."));
    const QJsonArray margins = rd.array(page, QStringLiteral("page"), "margins");
    const bool allNumbers = std::all_of(margins.begin(), margins.end(),
                                        [](const QJsonValue &v) { return v.isDouble(); });
    if (margins.size() == 4 && allNumbers)
        r.page.marginsMm = QMarginsF(margins.at(0).toDouble(), margins.at(1).toDouble(),
                                     margins.at(2).toDouble(), margins.at(3).toDouble());
    else if (!margins.isEmpty())
        rd.fail(QStringLiteral("page.margins"),
                tr("must hold four numbers (left, top, right, bottom)."));

    if (o.contains(QLatin1String("formats")))
        r.formats = rd.strings(o, {}, "formats");
    const QJsonObject range = rd.object(o, {}, "timeRange");
    r.timeRange.from =
        rd.string(range, QStringLiteral("timeRange"), "from", false, TimeRange{}.from);
    r.timeRange.to = rd.string(range, QStringLiteral("timeRange"), "to", false, TimeRange{}.to);
    r.timeZone = rd.string(o, {}, "timeZone", false, QStringLiteral("UTC"));
    const QJsonArray vars = rd.array(o, {}, "variables");
    for (qsizetype i = 0; i < vars.size() && rd.ok(); ++i) {
        const QString path = QStringLiteral("variables[%1]").arg(i);
        if (!vars.at(i).isObject()) {
            rd.fail(path, tr("must be an object."));
            break;
        }
        const QJsonObject vo = vars.at(i).toObject();
        r.variables.append(
            {rd.string(vo, path, "name", true), rd.string(vo, path, "value", false)});
    }
    r.schedule = rd.object(o, {}, "schedule");
    r.delivery = rd.object(o, {}, "delivery");

    if (!rd.ok()) {
        if (error)
            *error = rd.error;
        return false;
    }
    *out = r;
    return true;
}

bool fromDocument(const QByteArray &bytes, Report *report, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = tr("Not valid JSON: %1 at offset %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        if (error)
            *error = tr("Not a ReportDesk report: the document is not a JSON object.");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat)) {
        if (error)
            *error = tr("Not a ReportDesk report: \"format\" must be \"%1\".")
                         .arg(QLatin1String(kFormat));
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble()) {
        if (error)
            *error = version.isUndefined() || version.isNull()
                         ? tr("Field \"version\": required but missing.")
                         : tr("Field \"version\": must be a number.");
        return false;
    }
    // Compare as a number: 1.5 is not version 1.
    if (version.toDouble() != double(kVersion)) {
        if (error)
            *error = tr("Unsupported schema version %1: this ReportDesk reads version %2.")
                         .arg(version.toDouble())
                         .arg(kVersion);
        return false;
    }
    const QJsonValue reportValue = root.value(QLatin1String("report"));
    if (!reportValue.isObject()) {
        if (error)
            *error = tr("Field \"report\": required but missing.");
        return false;
    }
    return fromJson(reportValue.toObject(), report, error);
}

} // namespace reportdesk::ReportJson
