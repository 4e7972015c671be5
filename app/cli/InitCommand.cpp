#include "InitCommand.h"

#include "catalog/Catalog.h"
#include "catalog/DemoContent.h"
#include "settings/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace reportdesk::cli {

InitCommand::InitCommand(const CommandIo &io)
    : Command(io)
{}

QString InitCommand::description() const
{
    return tr("Create the catalog if it does not exist yet (and upgrade an older one).");
}

int InitCommand::execute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        description() + QLatin1Char('\n') +
        tr("Safe to run again: an existing catalog is kept as it is. With --demo, the sample "
           "folder, reports, data source and branding are added when the catalog is empty."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Add the demo content to an empty catalog."));
    parser.addOption(demo);
    if (const auto exit = parse(parser, name(), {}, arguments, 0, 0))
        return *exit;

    const QString path = catalogPath();
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    const auto catalog = openCatalog(true);
    if (!catalog)
        return Failure;
    const QString shown = QDir::toNativeSeparators(path);
    if (existed)
        out() << tr("Catalog %1 is ready (schema version %2).")
                     .arg(shown)
                     .arg(catalog->schemaVersion())
              << '\n';
    else
        out() << tr("Created the catalog %1.").arg(shown) << '\n';

    if (parser.isSet(demo)) {
        if (!catalog->isEmpty()) {
            const bool hasSamples =
                catalog->folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)).has_value();
            out() << (hasSamples ? tr("The demo content is already there; nothing was added.")
                                 : tr("The catalog is not empty, so no demo content was added."))
                  << '\n';
        } else {
            const QString sample = AppPaths::sampleDataPath(path);
            if (const Status s = DemoContent::seed(*catalog, sample); !s)
                return fail(tr("Adding the demo content failed: %1").arg(s.error()));
            out() << tr("Added the demo content: %n report(s) in \"%1\", sample data in %2.",
                        nullptr, int(catalog->reportSummaries().size()))
                         .arg(QLatin1String(DemoContent::kSamplesFolder),
                              QDir::toNativeSeparators(sample))
                  << '\n';
        }
    }
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
