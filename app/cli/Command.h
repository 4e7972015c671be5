#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCommandLineParser;
class QIODevice;
class QTextStream;

Q_DECLARE_LOGGING_CATEGORY(lcCli)

namespace reportdesk {

class Catalog;
struct RemoteServer;
struct Report;

namespace cli {

// Process exit codes of reportdesk-cli.
enum ExitCode : int {
    Success = 0,
    Failure = 1,    // the command ran and failed; stderr names the problem
    UsageError = 2, // the command line itself is wrong
};

// Where a command reads and writes. The executable passes stdin/stdout/stderr; tests pass
// buffers, so commands run in-process too.
struct CommandIo {
    QTextStream &out;           // results only
    QTextStream &err;           // errors and usage messages
    QIODevice *in = nullptr;    // for "-" arguments (stdin)
    bool errIsTerminal = false; // err is a terminal: progress may be shown there
};

// One command group of reportdesk-cli ("init", "folders", "reports"). A group either runs
// directly or dispatches to subcommands registered with addSubcommand(); each (sub)command
// parses its own arguments with a QCommandLineParser, so `--help` works at every level.
class Command {
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    explicit Command(const CommandIo &io);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    virtual QString name() const = 0;
    virtual QString description() const = 0;

    // The catalog given by the global --catalog option (empty: $REPORTDESK_CATALOG or default).
    void setCatalogOption(const QString &path) { m_catalogOption = path; }
    // Runs with the arguments after the command name; returns an ExitCode.
    virtual int execute(const QStringList &arguments);

    // Every command, in the order `--help` lists them.
    static std::vector<std::unique_ptr<Command>> all(const CommandIo &io);

protected:
    struct Subcommand {
        QString name;
        QString description;
        std::function<int(const QStringList &)> run;
    };
    void addSubcommand(const QString &name, const QString &description,
                       std::function<int(const QStringList &)> run);

    // Adds --help and --catalog, then parses. Returns nullopt when the command should go on;
    // otherwise the exit code (help printed: Success; bad command line: UsageError).
    // `path` is the command as typed ("reports import"), `syntax` its positional arguments.
    std::optional<int> parse(QCommandLineParser &parser, const QString &path, const QString &syntax,
                             const QStringList &arguments, int minPositional, int maxPositional);
    int usageError(const QString &path, const QString &syntax, const QString &message);
    int fail(const QString &message); // prints to err, returns Failure

    QString catalogPath() const;
    // Opens the catalog. Unless `create`, a missing catalog is an error that says to run init.
    // Prints the error and returns nullptr on failure.
    std::unique_ptr<Catalog> openCatalog(bool create = false);
    // A report reference (REF): a UUID, or a folder path plus the report name
    // ("Samples/Weekly traffic"). Prints "No report ..." naming what is missing and returns
    // nullopt when nothing matches.
    std::optional<Report> resolveReport(const Catalog &catalog, const QString &ref);

    // The secret from standard input (one trailing line break removed), or nullopt after
    // printing why there is none.
    std::optional<QString> readSecretFromStdin(const QString &path);
    // The secret a server profile signs in with: from stdin with --password-stdin, else from
    // the keychain ("" when its auth needs none). nullopt after printing why there is none;
    // `path` is the command as typed, for the hint.
    std::optional<QString> serverSecret(const RemoteServer &server, bool fromStdin,
                                        const QString &path);

    // Runs the event loop until `start` calls the `finished` it is given, or `guardSeconds`
    // pass; then prints "<who> did not answer within N s." and returns false. For the remote
    // commands: every client call ends by its own timeouts, this only guards against one that
    // never does.
    bool waitForAnswer(const std::function<void(std::function<void()> finished)> &start,
                       int guardSeconds, const QString &who);

    QTextStream &out() { return m_io.out; }
    QTextStream &err() { return m_io.err; }
    QIODevice *in() { return m_io.in; }
    bool errIsTerminal() const { return m_io.errIsTerminal; }

    static QString usageLine(const QString &path, const QString &syntax);

private:
    int groupHelp(bool asError);

    CommandIo m_io;
    QString m_catalogOption;
    std::vector<Subcommand> m_subcommands;
};

// The program name as shown in messages and usage lines.
QString programName();

} // namespace cli
} // namespace reportdesk
