#include "RunsCommand.h"

#include "RunText.h"
#include "catalog/Catalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace reportdesk::cli {

namespace {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100000;

QString stateNames()
{
    QStringList names;
    for (const Run::State state : Run::allStates())
        names.append(Run::stateName(state));
    return names.join(QStringLiteral(", "));
}

} // namespace

RunsCommand::RunsCommand(const CommandIo &io)
    : Command(io)
{
    addSubcommand(QStringLiteral("list"), tr("List the run history, newest first."),
                  [this](const QStringList &a) { return list(a); });
}

QString RunsCommand::description() const
{
    return tr("Show the history of scheduled and manual runs.");
}

int RunsCommand::list(const QStringList &arguments)
{
    const QString path = QStringLiteral("runs list");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List runs, the latest occurrence first: id, scheduled-for (ISO 8601 with the offset "
           "of the report's schedule zone), report, trigger, state, attempt, and the files "
           "written or the error."));
    const QCommandLineOption reportOption(QStringLiteral("report"),
                                          tr("Only the runs of this report (id, or folder path "
                                             "and name)."),
                                          tr("REF"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"), tr("Only runs in this state: %1.").arg(stateNames()), tr("S"));
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), tr("At most N runs (default %1).").arg(kDefaultLimit), tr("N"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("Print a JSON array of runs instead, with every time and each file's path, format, "
           "size and SHA-256."));
    parser.addOptions({reportOption, stateOption, limitOption, jsonOption});
    if (const auto exit = parse(parser, path, {}, arguments, 0, 0))
        return *exit;

    RunFilter filter;
    filter.limit = kDefaultLimit;
    if (parser.isSet(stateOption)) {
        Run::State state;
        if (!Run::stateFromName(parser.value(stateOption), &state))
            return usageError(path, {},
                              tr("Unknown state \"%1\" for --state: use one of %2.")
                                  .arg(parser.value(stateOption), stateNames()));
        filter.state = state;
    }
    if (parser.isSet(limitOption)) {
        bool ok = false;
        filter.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
            return usageError(path, {},
                              tr("Bad --limit \"%1\": give a whole number from 1 to %2.")
                                  .arg(parser.value(limitOption))
                                  .arg(kMaxLimit));
    }

    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    if (parser.isSet(reportOption)) {
        const auto report = resolveReport(*catalog, parser.value(reportOption));
        if (!report)
            return Failure;
        filter.reportId = report->id;
    }
    const QList<Run> runs = catalog->runs(filter);
    RunText text(*catalog);

    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Run &run : runs)
            array.append(text.toJson(run));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out().flush();
        return Success;
    }

    // A table; the last column (files or error) is not padded.
    QList<QStringList> rows;
    rows.append({tr("ID"), tr("SCHEDULED FOR"), tr("REPORT"), tr("TRIGGER"), tr("STATE"),
                 tr("ATTEMPT"), tr("FILES OR ERROR")});
    for (const Run &run : runs) {
        QStringList files;
        for (const RunArtifact &a : run.artifacts)
            files.append(a.path);
        rows.append({QString::number(run.id), text.scheduledFor(run), text.reportRef(run),
                     Run::triggerName(run.trigger), Run::stateName(run.state),
                     QString::number(run.attempt),
                     run.error.isEmpty() ? files.join(QStringLiteral(", ")) : run.error});
    }
    if (runs.isEmpty())
        return Success;
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i + 1 < row.size(); ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        out() << line << row.constLast() << '\n';
    }
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
