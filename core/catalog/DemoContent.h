#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace reportdesk {

class Catalog;

// First-start content: a "Samples" folder with realistic reports over the bundled sample
// data source, and a default branding profile with a logo. Only seeds an empty catalog.
namespace DemoContent {
constexpr char kSamplesFolder[] = "Samples";
constexpr char kDataSourceName[] = "Sample web logs";
constexpr char kBrandingName[] = "ReportDesk";

Status seed(Catalog &catalog, const QString &sampleDatabasePath,
            const QDate &anchor = QDate::currentDate());
} // namespace DemoContent

} // namespace reportdesk
