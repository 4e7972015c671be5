#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QString>

namespace reportdesk::SampleData {

// The bundled sample data source behind the demo reports: a table `web_access_log` of about
// 50,000 requests over the 60 days before `anchor` (the day the demo was created), generated
// from a fixed seed so the same anchor always yields the same rows.
constexpr int kRowCount = 50000;
constexpr int kDays = 60;

Status ensureDatabase(const QString &path, const QDate &anchor);
QString defaultFileName(); // "sample-weblogs.sqlite"

} // namespace reportdesk::SampleData
