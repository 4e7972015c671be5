// reportdesk-cli: headless entry point. Everything lives in the reportdesk_cli library.
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The rendering commands will need Gui; without a display it must run offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReportDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REPORTDESK_VERSION));

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    reportdesk::cli::Cli cli({out, err, &in});
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
