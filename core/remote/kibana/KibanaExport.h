#pragma once

#include "domain/Result.h"
#include "domain/TimeRange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace reportdesk::remote {

// A "Kibana export": what Kibana's Share > PDF/PNG/CSV Reports > "Copy POST URL" gives, such as
//   http://host:5601/api/reporting/generate/printablePdfV2?jobParams=%28browserTimezone...
//   https://host/kibana/s/sales/api/reporting/generate/pngV2?jobParams=...
// parsed into its parts (origin, base path, space, export type) and its rison jobParams
// (protocols.md 2.7) as JSON. The fields a user edits have accessors that validate what
// Kibana would refuse (unknown time zone, layout id, dimensions); everything else in the
// jobParams (locator params, filters, panels, version, ...) is kept as it came, so toUrl()
// gives back the URL Kibana wrote when nothing was edited: the jobParams rison-encoded with
// sorted keys and percent-encoded the way Kibana's share menu does (everything but
// A-Z a-z 0-9 - . _ ~).
class KibanaExport {
    Q_DECLARE_TR_FUNCTIONS(KibanaExport)

public:
    KibanaExport() = default;

    // Parses a pasted POST URL. Failures say what is wrong: not an http(s) URL, not a report
    // generate path, an unknown export type, no jobParams, malformed rison (with its
    // position), jobParams that are not an object.
    static Result<KibanaExport> fromUrl(const QString &postUrl);
    // From parts (a CLI --kibana-url is parsed with fromUrl; this is for stored exports).
    static Result<KibanaExport> fromParts(const QUrl &origin, const QString &basePath,
                                          const QString &spaceId, const QString &exportType,
                                          const QString &jobParamsRison);

    // The POST URL, exactly as Kibana accepts (and writes) it.
    QString toUrlString() const;
    QUrl toUrl() const;
    // The rison of jobParams() (sorted keys, not percent-encoded).
    QString jobParamsRison() const;
    // "<basePath>[/s/<space>]/api/reporting/generate/<exportType>", origin-relative.
    QString generatePath() const;
    // The same under another base path (the server profile's), keeping the export's space.
    QString generatePath(const QString &basePath) const;

    QUrl origin() const { return m_origin; }            // scheme://host[:port]
    QString basePath() const { return m_basePath; }     // "" or "/kibana" (no trailing slash)
    QString spaceId() const { return m_spaceId; }       // "" = the default space
    QString exportType() const { return m_exportType; } // "printablePdfV2", "pngV2", "csv_v2"...
    void setSpaceId(const QString &spaceId) { m_spaceId = spaceId; }

    // The whole jobParams object, with every field (modelled or not).
    const QJsonObject &jobParams() const { return m_jobParams; }
    void setJobParams(const QJsonObject &jobParams) { m_jobParams = jobParams; }

    // What the export produces: "pdf", "png" or "csv"; its MIME type.
    QString fileExtension() const;
    QByteArray contentType() const;

    // --- The fields a user edits -----------------------------------------------------------
    QString title() const;
    Status setTitle(const QString &title); // not empty, at most 2048 characters
    QString objectType() const;            // "dashboard", "visualization", "canvas workpad"...
    Status setObjectType(const QString &objectType); // not empty, at most 256 characters
    QString browserTimezone() const;
    Status setBrowserTimezone(const QString &zone); // an IANA id this system knows
    QString layoutId() const;                       // "preserve_layout", "print", "canvas"
    Status setLayoutId(const QString &id);
    // layout.dimensions; 0 when absent.
    double layoutWidth() const;
    double layoutHeight() const;
    Status setLayoutDimensions(double width, double height); // each > 0 and <= 14400
    QString kibanaVersion() const; // jobParams.version ("9.1.0"), as the URL has it
    // locatorParams[0].params.timeRange; empty when the locator has none (a canvas workpad).
    std::optional<TimeRange> timeRange() const;
    // Sets locatorParams[0].params.timeRange {from, to}, keeping every other locator field.
    // Fails when the export has no locator params (legacy relativeUrls exports, CSV v1).
    Status setTimeRange(const TimeRange &range);

    // Everything Kibana would refuse in the modelled fields, one message per problem.
    QStringList problems() const;

    // The export types Kibana knows (protocols.md 2.2), current and legacy.
    static QStringList exportTypes();

    friend bool operator==(const KibanaExport &, const KibanaExport &) = default;

private:
    QUrl m_origin;
    QString m_basePath;
    QString m_spaceId;
    QString m_exportType;
    QJsonObject m_jobParams;
};

} // namespace reportdesk::remote
