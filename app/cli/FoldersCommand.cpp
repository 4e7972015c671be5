#include "FoldersCommand.h"

#include "catalog/Catalog.h"
#include "domain/Validation.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace reportdesk::cli {

FoldersCommand::FoldersCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("list"), tr("List every folder by its path."),
                  [this](const QStringList &a) { return list(a); });
    addSubcommand(QStringLiteral("create"), tr("Create a folder and any missing parents."),
                  [this](const QStringList &a) { return create(a); });
}

QString FoldersCommand::description() const
{
    return tr("List and create catalog folders.");
}

int FoldersCommand::list(const QStringList &arguments)
{
    const QString path = QStringLiteral("folders list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List every folder, parents before children, one path per line."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print a JSON array of {id, name, path, parentId, reportCount} instead."));
    parser.addOption(json);
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;

    const QList<Folder> folders = catalog->folders();
    QHash<qint64, int> reportCounts;
    for (const ReportSummary &r : catalog->reportSummaries())
        ++reportCounts[r.folderId];
    QHash<qint64, QList<Folder>> children;
    for (const Folder &f : folders)
        children[f.parentId].append(f);
    for (QList<Folder> &siblings : children)
        std::sort(siblings.begin(), siblings.end(), [](const Folder &a, const Folder &b) {
            return a.position != b.position ? a.position < b.position : a.name < b.name;
        });

    // Depth first, so every folder follows its parent (the order a tree shows them in).
    struct Row {
        Folder folder;
        QString path;
    };
    QList<Row> rows;
    std::function<void(qint64, const QString &)> walk = [&](qint64 parent, const QString &prefix) {
        for (const Folder &f : children.value(parent)) {
            const QString p = prefix.isEmpty() ? f.name : prefix + QLatin1Char('/') + f.name;
            rows.append({f, p});
            walk(f.id, p);
        }
    };
    walk(0, {});

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Row &row : rows) {
            array.append(QJsonObject{
                {QStringLiteral("id"), row.folder.id},
                {QStringLiteral("name"), row.folder.name},
                {QStringLiteral("path"), row.path},
                {QStringLiteral("parentId"), row.folder.parentId},
                {QStringLiteral("reportCount"), reportCounts.value(row.folder.id)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Row &row : rows)
            out() << row.path << '\n';
    }
    out().flush();
    return Success;
}

int FoldersCommand::create(const QStringList &arguments)
{
    const QString path = QStringLiteral("folders create");
    const QString syntax = QStringLiteral("PATH");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create the folder PATH (\"Team/Weekly\"), creating missing parents on the way.\n"
           "If the folder exists already, nothing changes and the command still succeeds."));
    parser.addPositionalArgument(syntax, tr("Folder path, parts separated by \"/\"."));
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;

    const QStringList parts =
        parser.positionalArguments().constFirst().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return usageError(path, syntax, tr("The folder path is empty."));
    // Check every part first, so a bad name deep in the path creates no parents.
    for (const QString &part : parts) {
        if (const QString e = Validation::checkName(part, tr("folder")); !e.isEmpty())
            return fail(
                tr("Cannot create the folder \"%1\": %2").arg(parts.join(QLatin1Char('/')), e));
    }
    const QString folderPath = parts.join(QLatin1Char('/'));

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    if (catalog->folderIdByPath(folderPath)) {
        out() << tr("The folder \"%1\" exists already; nothing was changed.").arg(folderPath)
              << '\n';
        out().flush();
        return Success;
    }
    const Result<qint64> created = catalog->ensureFolderPath(folderPath);
    if (!created)
        return fail(tr("Cannot create the folder \"%1\": %2").arg(folderPath, created.error()));
    out() << tr("Created the folder \"%1\".").arg(folderPath) << '\n';
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
