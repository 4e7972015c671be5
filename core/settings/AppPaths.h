#pragma once

#include <QString>

namespace reportdesk::AppPaths {

// Where the catalog lives: --catalog PATH wins, then $REPORTDESK_CATALOG, then
// <AppDataLocation>/catalog.sqlite.
QString catalogPath(const QString &commandLineOption = {});
QString defaultCatalogPath();
// The bundled sample database sits next to the catalog it belongs to.
QString sampleDataPath(const QString &catalogPath);
// Where scheduled runs put their files when the user has chosen no folder:
// <AppDataLocation>/archive.
QString defaultArchiveRoot();

} // namespace reportdesk::AppPaths
