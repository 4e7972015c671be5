#include "RenderJob.h"

#include "catalog/Catalog.h"

#include <QCoreApplication>

namespace reportdesk {

Result<RenderJob> RenderJob::fromCatalog(const Catalog &catalog, const QUuid &reportId,
                                         const RenderOptions &options)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("reportdesk::RenderJob", text);
    };
    const std::optional<Report> report = catalog.report(reportId);
    if (!report)
        return Result<RenderJob>::failure(
            tr("The report %1 does not exist.").arg(reportId.toString(QUuid::WithoutBraces)));
    RenderJob job;
    job.report = *report;
    std::optional<BrandingProfile> branding = report->brandingId != 0
                                                  ? catalog.brandingProfile(report->brandingId)
                                                  : catalog.defaultBranding();
    if (!branding && report->brandingId != 0)
        return Result<RenderJob>::failure(
            tr("The branding profile of \"%1\" no longer exists; choose another one in the "
               "report's Layout tab.")
                .arg(report->displayTitle()));
    if (branding)
        job.branding = *branding;
    job.dataSources = catalog.dataSources();
    job.options = options;
    return job;
}

} // namespace reportdesk
