#include "Command.h"

#include "FoldersCommand.h"
#include "InitCommand.h"
#include "RemoteCommand.h"
#include "RenderCommand.h"
#include "ReportsCommand.h"
#include "RunDueCommand.h"
#include "RunsCommand.h"
#include "ScheduleCommand.h"
#include "ServersCommand.h"
#include "catalog/Catalog.h"
#include "domain/RemoteServer.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStores.h"
#include "settings/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>
#include <QTimer>

Q_LOGGING_CATEGORY(lcCli, "reportdesk.cli")

namespace reportdesk::cli {

QString programName()
{
    return QStringLiteral("reportdesk-cli");
}

Command::Command(const CommandIo &io)
    : m_io(io)
{}

Command::~Command() = default;

std::vector<std::unique_ptr<Command>> Command::all(const CommandIo &io)
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>(io));
    commands.push_back(std::make_unique<FoldersCommand>(io));
    commands.push_back(std::make_unique<ReportsCommand>(io));
    commands.push_back(std::make_unique<RenderCommand>(io));
    commands.push_back(std::make_unique<ScheduleCommand>(io));
    commands.push_back(std::make_unique<RunsCommand>(io));
    commands.push_back(std::make_unique<RunDueCommand>(io, RunDueCommand::Mode::RunDue));
    commands.push_back(std::make_unique<RunDueCommand>(io, RunDueCommand::Mode::Daemon));
    commands.push_back(std::make_unique<ServersCommand>(io));
    commands.push_back(std::make_unique<RemoteCommand>(io));
    return commands;
}

void Command::addSubcommand(const QString &name, const QString &description,
                            std::function<int(const QStringList &)> run)
{
    m_subcommands.push_back({name, description, std::move(run)});
}

int Command::execute(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return groupHelp(true);
    const QString &first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help"))
        return groupHelp(false);
    for (const Subcommand &sub : m_subcommands) {
        if (sub.name == first)
            return sub.run(arguments.mid(1));
    }
    if (first.startsWith(QLatin1Char('-')))
        return usageError(name(), QStringLiteral("COMMAND"),
                          tr("Unknown option \"%1\"; give a %2 command first.").arg(first, name()));
    return usageError(name(), QStringLiteral("COMMAND"),
                      tr("Unknown %1 command \"%2\".").arg(name(), first));
}

int Command::groupHelp(bool asError)
{
    QTextStream &s = asError ? err() : out();
    s << usageLine(name(), QStringLiteral("COMMAND [options]")) << '\n'
      << description() << "\n\n"
      << tr("Commands:") << '\n';
    qsizetype width = 0;
    for (const Subcommand &sub : m_subcommands)
        width = std::max(width, sub.name.size());
    for (const Subcommand &sub : m_subcommands)
        s << "  " << sub.name.leftJustified(width + 2) << sub.description << '\n';
    s << '\n'
      << tr("Run \"%1 %2 COMMAND --help\" for the options of a command.").arg(programName(), name())
      << '\n';
    s.flush();
    return asError ? UsageError : Success;
}

QString Command::usageLine(const QString &path, const QString &syntax)
{
    QString line = tr("Usage: %1 [--catalog PATH] %2").arg(programName(), path);
    if (!syntax.isEmpty())
        line += QLatin1Char(' ') + syntax;
    return line;
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QString &path,
                                  const QString &syntax, const QStringList &arguments,
                                  int minPositional, int maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption catalog(QStringLiteral("catalog"),
                                     tr("The catalog file (overrides the global option)."),
                                     tr("PATH"));
    parser.addOption(help);
    parser.addOption(catalog);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    // QCommandLineParser treats the first element as the program name.
    if (!parser.parse(QStringList{programName()} + arguments))
        return usageError(path, syntax, parser.errorText());
    if (parser.isSet(help)) {
        // helpText() starts with a usage line naming argv[0]; ours names the command instead.
        QString text = parser.helpText();
        const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
        text = usageLine(path, QStringLiteral("[options] ") + syntax).trimmed() +
               (firstBreak >= 0 ? text.mid(firstBreak) : QString());
        out() << text;
        out().flush();
        return Success;
    }
    if (parser.isSet(catalog))
        m_catalogOption = parser.value(catalog);
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(path, syntax, tr("Missing argument."));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(
            path, syntax,
            tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

int Command::usageError(const QString &path, const QString &syntax, const QString &message)
{
    err() << programName() << ": " << message << '\n'
          << usageLine(path, syntax) << '\n'
          << tr("Run \"%1 %2 --help\" for details.").arg(programName(), path) << '\n';
    err().flush();
    return UsageError;
}

int Command::fail(const QString &message)
{
    err() << programName() << ": " << message << '\n';
    err().flush();
    return Failure;
}

QString Command::catalogPath() const
{
    return AppPaths::catalogPath(m_catalogOption);
}

std::unique_ptr<Catalog> Command::openCatalog(bool create)
{
    const QString path = catalogPath();
    if (!create && !QFileInfo::exists(path)) {
        fail(tr("No catalog at %1. Run \"%2 init\" to create it, or choose one with --catalog "
                "or REPORTDESK_CATALOG.")
                 .arg(QDir::toNativeSeparators(path), programName()));
        return nullptr;
    }
    QString error;
    auto catalog = Catalog::openSqlite(path, &error);
    if (!catalog) {
        fail(error);
        return nullptr;
    }
    qCDebug(lcCli) << "catalog" << path << "schema" << catalog->schemaVersion();
    return catalog;
}

std::optional<Report> Command::resolveReport(const Catalog &catalog, const QString &ref)
{
    const QUuid id = QUuid::fromString(ref.trimmed());
    if (!id.isNull()) {
        if (auto r = catalog.report(id))
            return r;
        fail(tr("No report \"%1\": no report has this id.").arg(ref));
        return std::nullopt;
    }
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0 || slash == ref.size() - 1) {
        fail(tr("No report \"%1\": give a report id or a folder path plus the report name, such "
                "as \"Samples/Weekly traffic\".")
                 .arg(ref));
        return std::nullopt;
    }
    const QString folder = ref.left(slash);
    const auto folderId = catalog.folderIdByPath(folder);
    if (!folderId) {
        fail(tr("No report \"%1\": no such folder \"%2\".").arg(ref, folder));
        return std::nullopt;
    }
    const auto reportId = catalog.reportIdByName(*folderId, ref.mid(slash + 1));
    std::optional<Report> report = reportId ? catalog.report(*reportId) : std::nullopt;
    if (!report)
        fail(tr("No report \"%1\": no such report in the folder \"%2\".").arg(ref, folder));
    return report;
}

std::optional<QString> Command::readSecretFromStdin(const QString &path)
{
    if (!in()) {
        fail(tr("%1: standard input cannot be read for --password-stdin.").arg(path));
        return std::nullopt;
    }
    QByteArray bytes = in()->readAll();
    // One trailing line break is the shell's (echo, a here-string), not the secret's.
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        fail(tr("%1 --password-stdin: standard input is empty; pipe the secret in, for example "
                "from a password manager.")
                 .arg(path));
        return std::nullopt;
    }
    return QString::fromUtf8(bytes);
}

std::optional<QString> Command::serverSecret(const RemoteServer &server, bool fromStdin,
                                             const QString &path)
{
    if (server.auth == RemoteServer::Auth::None)
        return QString();
    if (fromStdin)
        return readSecretFromStdin(path);
    const auto store = SecretStores::openNow();
    if (store->kind() != SecretStore::Kind::Keychain) {
        fail(tr("Cannot read the secret of server \"%1\": %2 Pass it on standard input with "
                "\"%3 %4 --password-stdin\".")
                 .arg(server.name, store->description(), programName(), path));
        return std::nullopt;
    }
    const SecretStore::ReadResult secret = store->readNow(SecretStore::serverKey(server.id));
    if (!secret) {
        fail(secret.error());
        return std::nullopt;
    }
    if (!secret.value()) {
        fail(tr("No secret is stored for server \"%1\" in the keychain. Pass it on standard input "
                "with \"%2 %3 --password-stdin\".")
                 .arg(server.name, programName(), path));
        return std::nullopt;
    }
    return *secret.value();
}

bool Command::waitForAnswer(const std::function<void(std::function<void()>)> &start,
                            int guardSeconds, const QString &who)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(std::chrono::seconds(guardSeconds));
    if (!done)
        loop.exec();
    if (!done)
        fail(tr("%1 did not answer within %2 s.").arg(who).arg(guardSeconds));
    return done;
}

} // namespace reportdesk::cli
