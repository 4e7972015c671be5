// reportdesk-cli: headless entry point. Everything lives in the reportdesk_cli library.
#include "cli/Cli.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

int main(int argc, char *argv[])
{
    // `render` paints with Qt Gui (fonts, QPdfWriter), so this is a QGuiApplication, but never on
    // a real display: offscreen needs none, cannot fail on a stale DISPLAY (as over ssh), and
    // renders the same pages from a desktop terminal as from cron. QT_QPA_PLATFORM overrides.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Qt Gui looks for a Wayland socket in XDG_RUNTIME_DIR while it starts, and warns when the
    // variable is unset (cron, containers). Offscreen needs no runtime folder; without -v standard
    // error carries only the command's own messages, so that one warning is dropped.
    static QtMessageHandler next = nullptr;
    next = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
                next(type, context, message);
        });
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(next);
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));

#ifdef Q_OS_WIN
    const bool errIsTerminal = _isatty(_fileno(stderr)) != 0;
#else
    const bool errIsTerminal = isatty(STDERR_FILENO) != 0;
#endif
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    reportdesk::cli::Cli cli({out, err, &in, errIsTerminal});
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
