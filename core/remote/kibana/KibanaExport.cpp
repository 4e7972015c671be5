#include "remote/kibana/KibanaExport.h"

#include "remote/kibana/Rison.h"

#include <QJsonArray>
#include <QTimeZone>

namespace reportdesk::remote {

namespace {

// Limits of Kibana's jobParams validator (protocols.md 2.7, KB-VAL).
constexpr qsizetype kMaxTitle = 2048;
constexpr qsizetype kMaxObjectType = 256;
constexpr double kMaxDimension = 14400;

const QLatin1String kTitle("title");
const QLatin1String kObjectType("objectType");
const QLatin1String kBrowserTimezone("browserTimezone");
const QLatin1String kLayout("layout");
const QLatin1String kDimensions("dimensions");
const QLatin1String kLocatorParams("locatorParams");
const QLatin1String kParams("params");
const QLatin1String kTimeRange("timeRange");

QStringList layoutIds()
{
    return {QStringLiteral("preserve_layout"), QStringLiteral("print"), QStringLiteral("canvas"),
            QStringLiteral("png")};
}

bool isCsv(const QString &exportType)
{
    return exportType.startsWith(QLatin1String("csv"));
}

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

// The value of `key` in a query string, decoded as Kibana's server reads it ('+' is a space).
std::optional<QString> queryValue(const QByteArray &query, const QByteArray &key)
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        if (QUrl::fromPercentEncoding(name).toUtf8() != key)
            continue;
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        value.replace('+', ' ');
        return QUrl::fromPercentEncoding(value);
    }
    return std::nullopt;
}

} // namespace

QStringList KibanaExport::exportTypes()
{
    return {QStringLiteral("printablePdfV2"), QStringLiteral("pngV2"),
            QStringLiteral("csv_v2"),         QStringLiteral("csv_searchsource"),
            QStringLiteral("printablePdf"),   QStringLiteral("png")};
}

Result<KibanaExport> KibanaExport::fromUrl(const QString &postUrl)
{
    using R = Result<KibanaExport>;
    const QString text = postUrl.trimmed();
    if (text.isEmpty())
        return R::failure(tr("No URL given; paste the POST URL from Kibana's Share menu "
                             "(PDF Reports > Copy POST URL)."));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return R::failure(tr("“%1” is not a Kibana URL: it must start with http:// or https:// "
                             "and name the Kibana host.")
                              .arg(text.left(200)));

    const QString generateHint = tr("Copy the POST URL from Kibana's Share menu; it ends in "
                                    "/api/reporting/generate/<export type>?jobParams=...");
    QStringList segments = url.path(QUrl::FullyEncoded).split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    for (QString &s : segments)
        s = QUrl::fromPercentEncoding(s.toUtf8());
    const qsizetype n = segments.size();
    const bool generatePath = n >= 4 && segments.at(n - 3) == QLatin1String("reporting") &&
                              segments.at(n - 2) == QLatin1String("generate") &&
                              (segments.at(n - 4) == QLatin1String("api") ||
                               segments.at(n - 4) == QLatin1String("internal"));
    if (!generatePath)
        return R::failure(tr("The URL is not a Kibana report POST URL: its path “%1” is not a "
                             "report generate path. %2")
                              .arg(url.path(), generateHint));

    KibanaExport e;
    e.m_exportType = segments.at(n - 1);
    if (!exportTypes().contains(e.m_exportType))
        return R::failure(tr("The URL asks for the export type “%1”, which Kibana does not know "
                             "(known: %2).")
                              .arg(e.m_exportType, exportTypes().join(QLatin1String(", "))));
    QStringList prefix = segments.mid(0, n - 4);
    if (prefix.size() >= 2 && prefix.at(prefix.size() - 2) == QLatin1String("s")) {
        e.m_spaceId = prefix.last();
        prefix.resize(prefix.size() - 2);
        if (e.m_spaceId.isEmpty())
            return R::failure(tr("The URL has an empty space id after /s/."));
    }
    for (const QString &p : prefix)
        e.m_basePath += QLatin1Char('/') + encodedSegment(p);

    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host());
    origin.setPort(url.port());
    e.m_origin = origin;

    const auto rison = queryValue(url.query(QUrl::FullyEncoded).toUtf8(), "jobParams");
    if (!rison || rison->isEmpty())
        return R::failure(tr("The URL has no jobParams, so it says nothing about what to export. "
                             "%1")
                              .arg(generateHint));
    Rison::Error risonError;
    const auto decoded = Rison::decode(*rison, &risonError);
    if (!decoded)
        return R::failure(tr("The URL's jobParams are not valid: %1.").arg(decoded.error()));
    if (!decoded->isObject())
        return R::failure(tr("The URL's jobParams must be a rison object “(...)”, not “%1”.")
                              .arg(rison->left(80)));
    e.m_jobParams = decoded->toObject();
    return e;
}

Result<KibanaExport> KibanaExport::fromParts(const QUrl &origin, const QString &basePath,
                                             const QString &spaceId, const QString &exportType,
                                             const QString &jobParamsRison)
{
    using R = Result<KibanaExport>;
    if (!exportTypes().contains(exportType))
        return R::failure(tr("Kibana does not know the export type “%1” (known: %2).")
                              .arg(exportType, exportTypes().join(QLatin1String(", "))));
    const auto decoded = Rison::decode(jobParamsRison);
    if (!decoded)
        return R::failure(tr("The jobParams are not valid: %1.").arg(decoded.error()));
    if (!decoded->isObject())
        return R::failure(tr("The jobParams must be a rison object “(...)”."));
    KibanaExport e;
    e.m_origin = origin.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::RemoveUserInfo);
    e.m_basePath = basePath;
    while (e.m_basePath.endsWith(QLatin1Char('/')))
        e.m_basePath.chop(1);
    if (!e.m_basePath.isEmpty() && !e.m_basePath.startsWith(QLatin1Char('/')))
        e.m_basePath.prepend(QLatin1Char('/'));
    e.m_spaceId = spaceId;
    e.m_exportType = exportType;
    e.m_jobParams = decoded->toObject();
    return e;
}

QString KibanaExport::jobParamsRison() const
{
    return Rison::encode(m_jobParams);
}

QString KibanaExport::generatePath() const
{
    return generatePath(m_basePath);
}

QString KibanaExport::generatePath(const QString &basePath) const
{
    QString path = basePath;
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!m_spaceId.isEmpty())
        path += QStringLiteral("/s/") + encodedSegment(m_spaceId);
    return path + QStringLiteral("/api/reporting/generate/") + encodedSegment(m_exportType);
}

QString KibanaExport::toUrlString() const
{
    return m_origin.toString(QUrl::FullyEncoded) + generatePath() + QStringLiteral("?jobParams=") +
           QString::fromLatin1(QUrl::toPercentEncoding(jobParamsRison()));
}

QUrl KibanaExport::toUrl() const
{
    return QUrl::fromEncoded(toUrlString().toLatin1(), QUrl::StrictMode);
}

QString KibanaExport::fileExtension() const
{
    if (isCsv(m_exportType))
        return QStringLiteral("csv");
    if (m_exportType.compare(QLatin1String("pngV2"), Qt::CaseInsensitive) == 0 ||
        m_exportType.compare(QLatin1String("png"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("png");
    return QStringLiteral("pdf");
}

QByteArray KibanaExport::contentType() const
{
    const QString ext = fileExtension();
    if (ext == QLatin1String("csv"))
        return "text/csv";
    if (ext == QLatin1String("png"))
        return "image/png";
    return "application/pdf";
}

QString KibanaExport::title() const
{
    return m_jobParams.value(kTitle).toString();
}

Status KibanaExport::setTitle(const QString &title)
{
    const QString t = title.trimmed();
    if (t.isEmpty())
        return Status::failure(tr("The title is empty."));
    if (t.size() > kMaxTitle)
        return Status::failure(tr("The title has %1 characters; Kibana takes at most %2.")
                                   .arg(t.size())
                                   .arg(kMaxTitle));
    m_jobParams.insert(kTitle, t);
    return {};
}

QString KibanaExport::objectType() const
{
    return m_jobParams.value(kObjectType).toString();
}

Status KibanaExport::setObjectType(const QString &objectType)
{
    const QString t = objectType.trimmed();
    if (t.isEmpty())
        return Status::failure(tr("The object type is empty (for example “dashboard”)."));
    if (t.size() > kMaxObjectType)
        return Status::failure(tr("The object type has %1 characters; Kibana takes at most %2.")
                                   .arg(t.size())
                                   .arg(kMaxObjectType));
    m_jobParams.insert(kObjectType, t);
    return {};
}

QString KibanaExport::browserTimezone() const
{
    return m_jobParams.value(kBrowserTimezone).toString();
}

Status KibanaExport::setBrowserTimezone(const QString &zone)
{
    const QString z = zone.trimmed();
    if (z.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(z.toUtf8()))
        return Status::failure(
            tr("“%1” is not a time zone this system knows; use an IANA name such as "
               "Europe/Berlin or UTC.")
                .arg(zone));
    m_jobParams.insert(kBrowserTimezone, z);
    return {};
}

QString KibanaExport::layoutId() const
{
    return m_jobParams.value(kLayout).toObject().value(QLatin1String("id")).toString();
}

Status KibanaExport::setLayoutId(const QString &id)
{
    if (isCsv(m_exportType))
        return Status::failure(tr("CSV exports have no page layout."));
    if (!layoutIds().contains(id))
        return Status::failure(tr("“%1” is not a Kibana layout (use %2).")
                                   .arg(id, layoutIds().mid(0, 3).join(QLatin1String(", "))));
    QJsonObject layout = m_jobParams.value(kLayout).toObject();
    layout.insert(QLatin1String("id"), id);
    m_jobParams.insert(kLayout, layout);
    return {};
}

double KibanaExport::layoutWidth() const
{
    return m_jobParams.value(kLayout)
        .toObject()
        .value(kDimensions)
        .toObject()
        .value(QLatin1String("width"))
        .toDouble();
}

double KibanaExport::layoutHeight() const
{
    return m_jobParams.value(kLayout)
        .toObject()
        .value(kDimensions)
        .toObject()
        .value(QLatin1String("height"))
        .toDouble();
}

Status KibanaExport::setLayoutDimensions(double width, double height)
{
    if (isCsv(m_exportType))
        return Status::failure(tr("CSV exports have no page layout."));
    for (const double v : {width, height}) {
        if (!(v > 0) || v > kMaxDimension)
            return Status::failure(tr("Layout width and height must be more than 0 and at most "
                                      "%1 pixels; %2 × %3 is not.")
                                       .arg(kMaxDimension)
                                       .arg(width)
                                       .arg(height));
    }
    QJsonObject layout = m_jobParams.value(kLayout).toObject();
    QJsonObject dimensions = layout.value(kDimensions).toObject();
    dimensions.insert(QLatin1String("width"), width);
    dimensions.insert(QLatin1String("height"), height);
    layout.insert(kDimensions, dimensions);
    m_jobParams.insert(kLayout, layout);
    return {};
}

QString KibanaExport::kibanaVersion() const
{
    return m_jobParams.value(QLatin1String("version")).toString();
}

std::optional<TimeRange> KibanaExport::timeRange() const
{
    const QJsonArray locators = m_jobParams.value(kLocatorParams).toArray();
    if (locators.isEmpty())
        return std::nullopt;
    const QJsonValue range =
        locators.first().toObject().value(kParams).toObject().value(kTimeRange);
    if (!range.isObject())
        return std::nullopt;
    TimeRange r;
    r.from = range.toObject().value(QLatin1String("from")).toString();
    r.to = range.toObject().value(QLatin1String("to")).toString();
    return r;
}

Status KibanaExport::setTimeRange(const TimeRange &range)
{
    QJsonArray locators = m_jobParams.value(kLocatorParams).toArray();
    if (locators.isEmpty() || !locators.first().isObject())
        return Status::failure(tr("This export has no locator parameters, so it has no time "
                                  "range to change."));
    if (const QString problem = range.validate(); !problem.isEmpty())
        return Status::failure(problem);
    QJsonObject locator = locators.first().toObject();
    QJsonObject params = locator.value(kParams).toObject();
    QJsonObject timeRange = params.value(kTimeRange).toObject(); // keeps e.g. "mode"
    timeRange.insert(QLatin1String("from"), range.from);
    timeRange.insert(QLatin1String("to"), range.to);
    params.insert(kTimeRange, timeRange);
    locator.insert(kParams, params);
    locators.replace(0, locator);
    m_jobParams.insert(kLocatorParams, locators);
    return {};
}

QStringList KibanaExport::problems() const
{
    QStringList out;
    if (!exportTypes().contains(m_exportType))
        out << tr("Kibana does not know the export type “%1”.").arg(m_exportType);
    if (title().trimmed().isEmpty())
        out << tr("The title is empty.");
    else if (title().size() > kMaxTitle)
        out << tr("The title is longer than %1 characters.").arg(kMaxTitle);
    if (objectType().size() > kMaxObjectType)
        out << tr("The object type is longer than %1 characters.").arg(kMaxObjectType);
    if (m_jobParams.contains(kBrowserTimezone) &&
        !QTimeZone::isTimeZoneIdAvailable(browserTimezone().toUtf8()))
        out << tr("“%1” is not a time zone this system knows.").arg(browserTimezone());
    if (m_jobParams.contains(kLayout)) {
        if (!layoutIds().contains(layoutId()))
            out << tr("“%1” is not a Kibana layout.").arg(layoutId());
        const QJsonObject dims =
            m_jobParams.value(kLayout).toObject().value(kDimensions).toObject();
        if (!dims.isEmpty()) {
            const double w = layoutWidth();
            const double h = layoutHeight();
            if (!(w > 0) || w > kMaxDimension || !(h > 0) || h > kMaxDimension)
                out << tr("Layout width and height must be more than 0 and at most %1 pixels.")
                           .arg(kMaxDimension);
        }
    }
    if (const auto range = timeRange()) {
        if (const QString problem = range->validate(); !problem.isEmpty())
            out << problem;
    }
    return out;
}

} // namespace reportdesk::remote
