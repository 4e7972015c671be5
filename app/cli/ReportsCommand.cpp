#include "ReportsCommand.h"

#include "catalog/Catalog.h"
#include "domain/ReportJson.h"
#include "domain/Validation.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace reportdesk::cli {

namespace {

const char kDefaultImportFolder[] = "Imported";

// Folder id -> "Parent/Child", computed from one folder listing.
QHash<qint64, QString> folderPaths(const Catalog &catalog)
{
    QHash<qint64, Folder> byId;
    for (const Folder &f : catalog.folders())
        byId.insert(f.id, f);
    QHash<qint64, QString> paths;
    for (const Folder &f : std::as_const(byId)) {
        QStringList parts;
        qint64 id = f.id;
        for (int guard = 0; id > 0 && byId.contains(id) && guard < 1000; ++guard) {
            parts.prepend(byId.value(id).name);
            id = byId.value(id).parentId;
        }
        paths.insert(f.id, parts.join(QLatin1Char('/')));
    }
    return paths;
}

QString normalisedFolderPath(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("ReportsCommand", "yes")
                 : QCoreApplication::translate("ReportsCommand", "no");
}

// Indents the lines after the first, so multi-line values stay under their label.
QString indented(const QString &text, int indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty()) // no trailing blanks on empty lines
            lines[i].prepend(QString(indent, QLatin1Char(' ')));
    }
    return lines.join(QLatin1Char('\n'));
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

ReportsCommand::ReportsCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("list"), tr("List reports: path, enabled, title."),
                  [this](const QStringList &a) { return list(a); });
    addSubcommand(QStringLiteral("show"), tr("Show every field of one report."),
                  [this](const QStringList &a) { return show(a); });
    addSubcommand(QStringLiteral("import"), tr("Import a report document (JSON)."),
                  [this](const QStringList &a) { return importReport(a); });
    addSubcommand(QStringLiteral("export"), tr("Export a report as a JSON document."),
                  [this](const QStringList &a) { return exportReport(a); });
}

QString ReportsCommand::description() const
{
    return tr("List, show, import and export reports. A report is named by its id (UUID) or by "
              "its folder path and name, such as \"Samples/Weekly traffic\".");
}

int ReportsCommand::list(const QStringList &arguments)
{
    const QString path = QStringLiteral("reports list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List reports, sorted by path. With --folder, only the reports in that folder and "
           "its subfolders."));
    const QCommandLineOption folderOption(QStringLiteral("folder"),
                                          tr("Only reports under the folder PATH."), tr("PATH"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        tr("Print a JSON array of {id, name, folder, title, enabled, tags} instead."));
    parser.addOption(folderOption);
    parser.addOption(json);
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;

    const QHash<qint64, QString> paths = folderPaths(*catalog);
    QString prefix;
    if (parser.isSet(folderOption)) {
        const QString folder = normalisedFolderPath(parser.value(folderOption));
        if (!catalog->folderIdByPath(folder))
            return fail(tr("No folder \"%1\".").arg(parser.value(folderOption)));
        prefix = folder;
    }
    struct Row {
        ReportSummary report;
        QString folder;
        QString path;
    };
    QList<Row> rows;
    for (const ReportSummary &r : catalog->reportSummaries()) {
        const QString folder = paths.value(r.folderId);
        if (!prefix.isEmpty() && folder != prefix && !folder.startsWith(prefix + QLatin1Char('/')))
            continue;
        rows.append({r, folder, folder + QLatin1Char('/') + r.name});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.path < b.path; });

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Row &row : rows) {
            array.append(QJsonObject{
                {QStringLiteral("id"), row.report.id.toString(QUuid::WithoutBraces)},
                {QStringLiteral("name"), row.report.name},
                {QStringLiteral("folder"), row.folder},
                {QStringLiteral("title"), row.report.title},
                {QStringLiteral("enabled"), row.report.enabled},
                {QStringLiteral("tags"), QJsonArray::fromStringList(row.report.tags)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }

    const QString pathHeader = tr("PATH");
    const QString enabledHeader = tr("ENABLED");
    qsizetype pathWidth = pathHeader.size();
    qsizetype enabledWidth = enabledHeader.size();
    for (const Row &row : rows) {
        pathWidth = std::max(pathWidth, row.path.size());
        enabledWidth = std::max(enabledWidth, yesNo(row.report.enabled).size());
    }
    if (!rows.isEmpty())
        out() << pathHeader.leftJustified(pathWidth + 2)
              << enabledHeader.leftJustified(enabledWidth + 2) << tr("TITLE") << '\n';
    for (const Row &row : rows)
        out() << row.path.leftJustified(pathWidth + 2)
              << yesNo(row.report.enabled).leftJustified(enabledWidth + 2) << row.report.title
              << '\n';
    out().flush();
    return Success;
}

void ReportsCommand::printSummary(const Catalog &catalog, const Report &r)
{
    constexpr int labelWidth = 14;
    auto line = [this](const QString &label, const QString &value) {
        out() << (label + QLatin1Char(':')).leftJustified(labelWidth) << indented(value, labelWidth)
              << '\n';
    };
    const QString none = tr("(none)");
    auto orNone = [&none](const QString &s) {
        return s.isEmpty() ? none : s;
    };

    line(tr("Name"), r.name);
    line(tr("Id"), r.id.toString(QUuid::WithoutBraces));
    line(tr("Folder"), catalog.folderPath(r.folderId));
    line(tr("Title"), orNone(r.title));
    line(tr("Description"), orNone(r.description));
    line(tr("Message"), orNone(r.message));
    line(tr("Owner"), orNone(r.owner));
    line(tr("Enabled"), yesNo(r.enabled));
    line(tr("Created"), r.created.toUTC().toString(Qt::ISODateWithMs));
    line(tr("Updated"), r.updated.toUTC().toString(Qt::ISODateWithMs));
    line(tr("Tags"), orNone(r.tags.join(QStringLiteral(", "))));
    const QMarginsF &m = r.page.marginsMm;
    line(tr("Page"),
         tr("%1, %2, %3 layout, margins %4/%5/%6/%7 mm (left/top/right/bottom)")
             .arg(r.page.size,
                  r.page.orientation == PageOptions::Orientation::Landscape ? tr("landscape")
                                                                            : tr("portrait"),
                  r.page.layout == PageOptions::Layout::Grid ? tr("grid") : tr("simple"),
                  number(m.left()), number(m.top()), number(m.right()), number(m.bottom())));
    line(tr("Formats"), orNone(r.formats.join(QStringLiteral(", "))));
    QString branding = tr("default profile");
    if (r.brandingId > 0) {
        const auto profile = catalog.brandingProfile(r.brandingId);
        branding = profile ? profile->name : tr("missing profile %1").arg(r.brandingId);
    }
    line(tr("Branding"), branding);
    line(tr("Time range"), tr("%1 to %2").arg(r.timeRange.from, r.timeRange.to));
    line(tr("Time zone"), r.timeZone);
    QStringList variables;
    for (const Variable &v : r.variables)
        variables.append(QStringLiteral("%1 = %2").arg(v.name, v.value));
    line(tr("Variables"), orNone(variables.join(QLatin1Char('\n'))));
    line(tr("Schedule"), r.schedule.isEmpty() ? none : compactJson(r.schedule));
    line(tr("Delivery"), r.delivery.isEmpty() ? none : compactJson(r.delivery));
    if (r.serverId > 0 || !r.remoteId.isEmpty())
        line(tr("Remote"), tr("server %1, remote id %2").arg(r.serverId).arg(r.remoteId));

    out() << tr("Sections (%1):").arg(r.sections.size()) << '\n';
    for (qsizetype i = 0; i < r.sections.size(); ++i) {
        const Section &s = r.sections.at(i);
        QString head = QStringLiteral("  %1. %2").arg(i + 1).arg(Section::kindName(s.kind));
        if (s.kind == Section::Kind::Chart)
            head += QLatin1Char(' ') + Section::chartTypeName(s.chartType);
        if (!s.title.isEmpty())
            head += QStringLiteral(" \"%1\"").arg(s.title);
        if (s.widthFraction != 1.0)
            head += QLatin1Char(' ') + tr("(width %1)").arg(number(s.widthFraction));
        out() << head << '\n';
        auto detail = [this](const QString &label, const QString &value) {
            const QString prefix = QStringLiteral("     ") + label + QStringLiteral(": ");
            out() << prefix << indented(value, int(prefix.size())) << '\n';
        };
        switch (s.kind) {
        case Section::Kind::Text:
            detail(tr("text"), s.text);
            break;
        case Section::Kind::Chart:
            detail(tr("category"), s.categoryColumn);
            detail(tr("series"), s.seriesColumns.join(QStringLiteral(", ")));
            Q_FALLTHROUGH();
        case Section::Kind::Table: {
            detail(tr("data source"), s.dataSource);
            detail(tr("query"), s.query);
            for (const ColumnFormat &c : s.columns) {
                QStringList parts;
                if (!c.label.isEmpty())
                    parts.append(tr("label \"%1\"").arg(c.label));
                if (!c.format.isEmpty())
                    parts.append(tr("format \"%1\"").arg(c.format));
                parts.append(tr("align %1").arg(Section::alignName(c.align)));
                parts.append(c.overflow == ColumnFormat::Overflow::Elide ? tr("elide")
                                                                         : tr("wrap"));
                parts.append(tr("width %1").arg(number(c.widthWeight)));
                detail(tr("column"),
                       QStringLiteral("%1 (%2)").arg(c.column, parts.join(QStringLiteral(", "))));
            }
            break;
        }
        case Section::Kind::Image:
            detail(tr("image"),
                   tr("%1 (%n byte(s))", nullptr, int(s.imageData.size())).arg(s.imageName));
            break;
        case Section::Kind::RemoteSnapshot:
            detail(tr("remote"), s.remoteRef);
            break;
        case Section::Kind::PageBreak:
            break;
        }
    }
}

int ReportsCommand::show(const QStringList &arguments)
{
    const QString path = QStringLiteral("reports show");
    const QString syntax = QStringLiteral("REF");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show every field of a report, sections included."));
    parser.addPositionalArgument(syntax, tr("Report id, or folder path and name."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the report's JSON document (as export does)."));
    parser.addOption(json);
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const auto report = resolveReport(*catalog, parser.positionalArguments().constFirst());
    if (!report)
        return Failure;
    if (parser.isSet(json))
        out() << QString::fromUtf8(ReportJson::toDocument(*report));
    else
        printSummary(*catalog, *report);
    out().flush();
    return Success;
}

int ReportsCommand::importReport(const QStringList &arguments)
{
    const QString path = QStringLiteral("reports import");
    const QString syntax = QStringLiteral("FILE");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a report document written by \"reports export\" (or the editor).\n"
           "The report keeps its id, timestamps and fields, so exporting it again gives the same "
           "document. A document without an id gets a new one.\n"
           "A report with the same id in the catalog is an error unless --replace is given; "
           "a report with the same name in the target folder is always an error.\n"
           "Nothing is changed when the import fails."));
    parser.addPositionalArgument(syntax, tr("The JSON document, or \"-\" for standard input."));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"),
        tr("Folder to import into, created when missing (default: \"%1\"; with --replace, the "
           "replaced report's folder).")
            .arg(QLatin1String(kDefaultImportFolder)),
        tr("PATH"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        tr("Replace the catalog's report that has the document's id, in place."));
    parser.addOption(folderOption);
    parser.addOption(replace);
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;

    const QString file = parser.positionalArguments().constFirst();
    const QString source = file == QLatin1String("-") ? tr("standard input") : file;
    QByteArray bytes;
    if (file == QLatin1String("-")) {
        if (!in())
            return fail(tr("Cannot import: standard input is not available."));
        bytes = in()->readAll();
    } else {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(file, f.errorString()));
        bytes = f.readAll();
    }
    Report report;
    QString error;
    if (!ReportJson::fromDocument(bytes, &report, &error))
        return fail(tr("Cannot import %1: %2 Nothing was changed.").arg(source, error));

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    auto cannot = [&](const QString &why) {
        return fail(tr("Cannot import %1: %2 Nothing was changed.").arg(source, why));
    };

    const std::optional<Report> existing =
        report.id.isNull() ? std::nullopt : catalog->report(report.id);
    if (existing && !parser.isSet(replace)) {
        return cannot(tr("the catalog already has a report with the id %1 (\"%2/%3\"). Use "
                         "--replace to overwrite it, or remove \"id\" from the document to "
                         "import a copy.")
                          .arg(report.id.toString(QUuid::WithoutBraces),
                               catalog->folderPath(existing->folderId), existing->name));
    }
    QString folderPath = QLatin1String(kDefaultImportFolder);
    if (parser.isSet(folderOption))
        folderPath = normalisedFolderPath(parser.value(folderOption));
    else if (existing)
        folderPath = catalog->folderPath(existing->folderId);
    if (folderPath.isEmpty())
        return usageError(path, syntax, tr("The folder path is empty."));
    const QStringList parts = folderPath.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (const QString e = Validation::checkName(part, tr("folder")); !e.isEmpty())
            return cannot(tr("folder \"%1\": %2").arg(folderPath, e));
    }
    if (existing) {
        // The document does not carry these; a replaced report keeps them.
        report.brandingId = existing->brandingId;
        report.serverId = existing->serverId;
        report.remoteId = existing->remoteId;
    }

    // Check everything before creating folders, so a rejected import leaves no trace.
    FieldErrors problems = Validation::checkReport(report);
    problems.removeIf([](const FieldError &e) { return e.field == QLatin1String("folder"); });
    if (!problems.isEmpty())
        return cannot(Validation::joined(problems));
    const auto folderId = catalog->folderIdByPath(folderPath);
    if (folderId) {
        const auto clash = catalog->reportIdByName(*folderId, report.name);
        if (clash && *clash != report.id)
            return cannot(tr("the folder \"%1\" already has a report named \"%2\" (id %3). "
                             "Rename it in the document or choose another folder with "
                             "--folder.")
                              .arg(folderPath, report.name, clash->toString(QUuid::WithoutBraces)));
    }

    // The first folder on the path that does not exist yet: removed again if saving fails.
    qint64 firstCreated = 0;
    if (folderId) {
        report.folderId = *folderId;
    } else {
        QString prefix;
        qsizetype missingAt = 0;
        for (; missingAt < parts.size(); ++missingAt) {
            const QString next = prefix.isEmpty() ? parts.at(missingAt)
                                                  : prefix + QLatin1Char('/') + parts.at(missingAt);
            if (!catalog->folderIdByPath(next))
                break;
            prefix = next;
        }
        const Result<qint64> created = catalog->ensureFolderPath(folderPath);
        if (!created)
            return cannot(created.error());
        const QString firstMissing = prefix.isEmpty()
                                         ? parts.at(missingAt)
                                         : prefix + QLatin1Char('/') + parts.at(missingAt);
        firstCreated = catalog->folderIdByPath(firstMissing).value_or(0);
        report.folderId = created.value();
    }

    const Result<Report> saved = catalog->saveReport(report, Catalog::Timestamps::Keep);
    if (!saved) {
        if (firstCreated > 0)
            catalog->deleteFolder(firstCreated);
        return cannot(saved.error());
    }
    const QString where = folderPath + QLatin1Char('/') + saved->name;
    out() << (existing ? tr("Replaced \"%1\" (id %2).") : tr("Imported \"%1\" (id %2)."))
                 .arg(where, saved->id.toString(QUuid::WithoutBraces))
          << '\n';
    out().flush();
    return Success;
}

int ReportsCommand::exportReport(const QStringList &arguments)
{
    const QString path = QStringLiteral("reports export");
    const QString syntax = QStringLiteral("REF");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a report as a JSON document (format \"%1\", version %2) for \"reports "
           "import\".")
            .arg(QLatin1String(ReportJson::kFormat))
            .arg(ReportJson::kVersion));
    parser.addPositionalArgument(syntax, tr("Report id, or folder path and name."));
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("out")},
        tr("Write to FILE (replaced atomically) instead of standard output."), tr("FILE"));
    parser.addOption(outOption);
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const auto report = resolveReport(*catalog, parser.positionalArguments().constFirst());
    if (!report)
        return Failure;
    const QByteArray document = ReportJson::toDocument(*report);

    const QString target = parser.value(outOption);
    if (target.isEmpty() || target == QLatin1String("-")) {
        out() << QString::fromUtf8(document);
        out().flush();
        return Success;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(target, file.errorString()));
    if (file.write(document) != document.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(target, file.errorString()));
    out() << tr("Exported \"%1/%2\" to %3.")
                 .arg(catalog->folderPath(report->folderId), report->name,
                      QDir::toNativeSeparators(target))
          << '\n';
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
