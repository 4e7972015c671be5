#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTranslator;

namespace reportdesk::cli {

// The top level of reportdesk-cli: global options (--catalog, --lang, --verbose, --version,
// --help), then dispatch to the command named next. Needs a QCoreApplication; writes only to
// the streams in `io`, so tests can run it in-process.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    explicit Cli(const CommandIo &io);
    ~Cli();

    // `arguments` excludes the program name. Returns the process exit code.
    int run(const QStringList &arguments);

private:
    void printHelp(QTextStream &stream);
    void loadTranslations(const QString &language);

    CommandIo m_io;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace reportdesk::cli
