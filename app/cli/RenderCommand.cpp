#include "RenderCommand.h"

#include "catalog/Catalog.h"
#include "data/QueryRunner.h"
#include "domain/TimeRange.h"
#include "rendering/RenderJob.h"
#include "rendering/ReportExporter.h"
#include "rendering/ReportRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

namespace reportdesk::cli {

namespace {

// Every variable name the report defines or uses (${name} in text, :name in queries).
QSet<QString> knownVariables(const Report &report)
{
    QSet<QString> names;
    for (const Variable &v : report.variables)
        names.insert(v.name);
    for (const QString &n : ReportRenderer::textVariables(report.description))
        names.insert(n);
    for (const Section &s : report.sections) {
        for (const QString &n : ReportRenderer::textVariables(s.text))
            names.insert(n);
        if (s.kind == Section::Kind::Table || s.kind == Section::Kind::Chart) {
            for (const QString &n : QueryRunner::placeholders(s.query))
                names.insert(n);
        }
    }
    names.remove(QStringLiteral("from"));
    names.remove(QStringLiteral("to"));
    return names;
}

} // namespace

RenderCommand::RenderCommand(const CommandIo &io)
    : Command(io)
{}

QString RenderCommand::description() const
{
    return tr("Render a report to PDF, CSV or PNG files.");
}

int RenderCommand::execute(const QStringList &arguments)
{
    const QString path = name();
    const QString syntax = QStringLiteral("REF --out PATH");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a report as the scheduler would, and print the path of every file written, "
           "one per line.\n"
           "pdf writes PATH. csv writes one file per table section: PATH for one table, "
           "else STEM-N-TITLE.csv beside it. png writes one image per page: STEM-PAGE.png.\n"
           "Nothing is left behind when rendering fails, and existing files stay as they were."));
    parser.addPositionalArgument(QStringLiteral("REF"), tr("Report id, or folder path and name."));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       tr("The file to write (required)."), tr("PATH"));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        tr("pdf, csv or png (default: from the extension of --out, else pdf)."), tr("FORMAT"));
    const QCommandLineOption varOption(
        QStringLiteral("var"),
        tr("Set a report variable for this run; repeat for several. The report must define or "
           "use NAME."),
        tr("NAME=VALUE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("Start of the period instead of the report's: now-7d, now/d, now-1M/M or an ISO 8601 "
           "instant."),
        tr("TIME"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("End of the period instead of the report's."), tr("TIME"));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        tr("Render as if run at this instant (ISO 8601 with a time zone, such as "
           "2025-03-10T09:30:00Z), so the output is reproducible. Default: now."),
        tr("INSTANT"));
    const QCommandLineOption pdfaOption(QStringLiteral("pdfa"),
                                        tr("Write PDF/A-1b, for archiving (pdf only)."));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("Pixels per inch of the PNG pages (png only; "
                                          "default %1, %2 to %3).")
                                           .arg(ExportOptions().dpi)
                                           .arg(ExportOptions::kMinDpi)
                                           .arg(ExportOptions::kMaxDpi),
                                       tr("N"));
    parser.addOptions({outOption, formatOption, varOption, fromOption, toOption, atOption,
                       pdfaOption, dpiOption});
    if (const auto exit = parse(parser, path, syntax, arguments, 1, 1))
        return *exit;
    auto bad = [&](const QString &message) {
        return usageError(path, syntax, message);
    };

    // The command line first, all of it, before the catalog is opened.
    const QString target = parser.value(outOption);
    if (!parser.isSet(outOption) || target.isEmpty())
        return bad(tr("Missing --out PATH: the file to write."));
    if (target == QLatin1String("-"))
        return bad(tr("--out -: render writes files, not standard output; give a file name."));
    ExportFormat format = ExportFormat::Pdf;
    if (parser.isSet(formatOption)) {
        if (!ReportExporter::formatFromName(parser.value(formatOption), &format))
            return bad(tr("Unknown format \"%1\" for --format: use pdf, csv or png.")
                           .arg(parser.value(formatOption)));
    } else {
        ReportExporter::formatFromName(QFileInfo(target).suffix(), &format); // else stays pdf
    }

    RenderOptions options;
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (const QString &assignment : parser.values(varOption)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(equals);
        if (equals < 0 || !variableName.match(name).hasMatch())
            return bad(tr("Bad --var \"%1\": use NAME=VALUE, NAME made of letters, digits and _ "
                          "and not starting with a digit.")
                           .arg(assignment));
        if (name == QLatin1String("from") || name == QLatin1String("to"))
            return bad(
                tr("Bad --var \"%1\": the period is set with --from and --to.").arg(assignment));
        options.variables.insert(name, assignment.mid(equals + 1)); // the last one wins
    }
    for (const auto &[option, field] :
         {std::pair{&fromOption, &options.from}, std::pair{&toOption, &options.to}}) {
        if (!parser.isSet(*option))
            continue;
        const QString value = parser.value(*option);
        const QString problem = TimeRange::validateExpression(value);
        if (!problem.isEmpty() || value.trimmed().isEmpty())
            return bad(tr("Bad --%1 \"%2\": %3")
                           .arg(option->names().constFirst(), value,
                                problem.isEmpty() ? tr("the time is empty.") : problem));
        *field = value;
    }
    if (parser.isSet(atOption)) {
        const QString value = parser.value(atOption);
        const QDateTime at = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            return bad(tr("Bad --at \"%1\": give an ISO 8601 instant with a time zone, such as "
                          "2025-03-10T09:30:00Z or 2025-03-10T10:30:00+01:00.")
                           .arg(value));
        options.runInstant = at.toUTC();
    }
    if (parser.isSet(pdfaOption)) {
        if (format != ExportFormat::Pdf)
            return bad(tr("--pdfa applies to pdf output only, not %1.")
                           .arg(ReportExporter::formatName(format)));
        options.pdfA = true;
    }
    ExportOptions exportOptions;
    if (parser.isSet(dpiOption)) {
        bool ok = false;
        const int dpi = parser.value(dpiOption).toInt(&ok);
        if (!ok || dpi < ExportOptions::kMinDpi || dpi > ExportOptions::kMaxDpi)
            return bad(tr("Bad --dpi \"%1\": give a whole number from %2 to %3.")
                           .arg(parser.value(dpiOption))
                           .arg(ExportOptions::kMinDpi)
                           .arg(ExportOptions::kMaxDpi));
        if (format != ExportFormat::Png)
            return bad(tr("--dpi applies to png output only, not %1.")
                           .arg(ReportExporter::formatName(format)));
        exportOptions.dpi = dpi;
    }

    // Fonts and painting need a QGuiApplication (reportdesk-cli's main creates one).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Cannot render: this program was started without Qt Gui."));
    const auto catalog = openCatalog();
    if (!catalog)
        return Failure;
    const auto report = resolveReport(*catalog, parser.positionalArguments().constFirst());
    if (!report)
        return Failure;
    const QSet<QString> known = knownVariables(*report);
    for (auto it = options.variables.cbegin(); it != options.variables.cend(); ++it) {
        if (known.contains(it.key()))
            continue;
        QStringList names = known.values();
        names.sort();
        return fail(tr("Cannot render \"%1\": --var %2: the report neither defines nor uses a "
                       "variable \"%2\" (its variables: %3).")
                        .arg(report->displayTitle(), it.key(),
                             names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }

    bool progressShown = false;
    if (errIsTerminal()) {
        const QString label = report->name;
        options.progress = [this, label, &progressShown](int step, int steps) {
            // \r and "erase to end of line": one line that counts up, on a terminal only.
            err() << '\r' << tr("Rendering %1: %2/%3").arg(label).arg(step).arg(steps) << "\x1b[K";
            err().flush();
            progressShown = true;
        };
    }
    const Result<RenderJob> job = RenderJob::fromCatalog(*catalog, report->id, options);
    if (!job)
        return fail(job.error());
    qCDebug(lcCli) << "render" << report->name << ReportExporter::formatName(format) << target;
    const Result<ExportOutcome> outcome =
        ReportExporter(job.value()).exportTo(format, target, exportOptions);
    if (progressShown) {
        err() << "\r\x1b[K";
        err().flush();
    }
    if (!outcome)
        return fail(outcome.error());
    for (const QString &file : outcome->files)
        out() << QDir::toNativeSeparators(file) << '\n';
    out().flush();
    return Success;
}

} // namespace reportdesk::cli
