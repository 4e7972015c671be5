#include "Cli.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTranslator>

#include <algorithm>

namespace reportdesk::cli {

Cli::Cli(const CommandIo &io)
    : m_io(io)
{}

Cli::~Cli()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

void Cli::loadTranslations(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    const QString file = QStringLiteral(":/i18n/reportdesk_%1.qm").arg(language);
    // No translation for a language is fine: the messages stay in English.
    if (!translator->load(file)) {
        qCDebug(lcCli) << "no translation" << file;
        return;
    }
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator = std::move(translator);
    QCoreApplication::installTranslator(m_translator.get());
}

void Cli::printHelp(QTextStream &stream)
{
    stream << tr("Usage: %1 [--catalog PATH] COMMAND [options]").arg(programName()) << '\n'
           << tr("Manage and render ReportDesk reports without a display.") << "\n\n"
           << tr("Options:") << '\n'
           << "  --catalog PATH  "
           << tr("The catalog file (default: $REPORTDESK_CATALOG, else the app data folder).")
           << '\n'
           << "  --lang LANG     " << tr("Language of the messages, such as \"de\".") << '\n'
           << "  -v, --verbose   " << tr("Log what happens to standard error.") << '\n'
           << "  --version       " << tr("Print the version.") << '\n'
           << "  -h, --help      " << tr("Show this help.") << "\n\n"
           << tr("Commands:") << '\n';
    const auto commands = Command::all(m_io);
    qsizetype width = 0;
    for (const auto &command : commands)
        width = std::max(width, command->name().size());
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(width + 2) << command->description()
               << '\n';
    stream << '\n'
           << tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName())
           << '\n'
           << tr("Exit codes: 0 success, 1 the command failed, 2 bad command line.") << '\n';
    stream.flush();
}

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption catalog(QStringLiteral("catalog"), {}, QStringLiteral("PATH"));
    const QCommandLineOption lang(QStringLiteral("lang"), {}, QStringLiteral("LANG"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")}, {});
    const QCommandLineOption version(QStringLiteral("version"), {});
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, {});
    parser.addOptions({catalog, lang, verbose, version, help});

    auto usageError = [this](const QString &message) {
        m_io.err << programName() << ": " << message << '\n'
                 << tr("Usage: %1 [--catalog PATH] COMMAND [options]").arg(programName()) << '\n'
                 << tr("Run \"%1 --help\" for the commands.").arg(programName()) << '\n';
        m_io.err.flush();
        return UsageError;
    };
    if (!parser.parse(QStringList{programName()} + arguments))
        return usageError(parser.errorText());

    // Quiet by default: stderr carries only the command's own errors.
    QLoggingCategory::setFilterRules(parser.isSet(verbose)
                                         ? QStringLiteral("reportdesk.*=true")
                                         : QStringLiteral("reportdesk.*.debug=false\n"
                                                          "reportdesk.*.info=false\n"
                                                          "reportdesk.*.warning=false"));
    if (parser.isSet(lang))
        loadTranslations(parser.value(lang));

    if (parser.isSet(version)) {
        m_io.out << programName() << ' ' << QStringLiteral(REPORTDESK_VERSION) << '\n';
        m_io.out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) ||
        (!positional.isEmpty() && positional.constFirst() == QLatin1String("help") &&
         positional.size() == 1)) {
        printHelp(m_io.out);
        return Success;
    }
    if (positional.isEmpty())
        return usageError(tr("No command given."));

    // "help COMMAND" is the same as "COMMAND --help".
    QString name = positional.constFirst();
    QStringList rest = positional.mid(1);
    if (name == QLatin1String("help")) {
        name = rest.takeFirst();
        rest.append(QStringLiteral("--help"));
    }
    const auto commands = Command::all(m_io);
    for (const auto &command : commands) {
        if (command->name() != name)
            continue;
        command->setCatalogOption(parser.value(catalog));
        qCDebug(lcCli) << "running" << name << rest;
        return command->execute(rest);
    }
    return usageError(tr("Unknown command \"%1\".").arg(name));
}

} // namespace reportdesk::cli
