#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace reportdesk {

class Catalog;

// First-start content: a "Samples" folder with realistic reports over the bundled sample
// data source, and a default branding profile with a logo. Only seeds an empty catalog.
namespace DemoContent {
constexpr char kSamplesFolder[] = "Samples";
constexpr char kDataSourceName[] = "Sample web logs";
constexpr char kBrandingName[] = "ReportDesk";

// `day` is the (UTC) day the demo is created; the sample data runs through the end of it, so
// "last 24 hours" and "today" show data on first start.
Status seed(Catalog &catalog, const QString &sampleDatabasePath,
            const QDate &day = QDateTime::currentDateTimeUtc().date());
} // namespace DemoContent

} // namespace reportdesk
