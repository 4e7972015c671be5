#include "AppPaths.h"

#include "data/SampleData.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace reportdesk::AppPaths {

QString defaultCatalogPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("catalog.sqlite"));
}

QString catalogPath(const QString &commandLineOption)
{
    if (!commandLineOption.isEmpty())
        return QFileInfo(commandLineOption).absoluteFilePath();
    const QString env = qEnvironmentVariable("REPORTDESK_CATALOG");
    if (!env.isEmpty())
        return QFileInfo(env).absoluteFilePath();
    return defaultCatalogPath();
}

QString sampleDataPath(const QString &catalogPath)
{
    return QFileInfo(catalogPath).absoluteDir().filePath(SampleData::defaultFileName());
}

QString defaultArchiveRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("archive"));
}

} // namespace reportdesk::AppPaths
