#include "RemoteLogCapture.h"

#include <QByteArrayView>
#include <QLoggingCategory>

namespace reportdesk::test {

namespace {
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
bool g_installed = false;

bool isRemoteCategory(const char *name)
{
    return name && QByteArrayView(name).startsWith("reportdesk.remote");
}

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool remote = isRemoteCategory(context.category);
    if (remote)
        RemoteLogCapture::logs() << message;
    if ((!remote || qEnvironmentVariableIsSet("TST_SHOW_LOGS")) && g_previousHandler)
        g_previousHandler(type, context, message);
}

void enableRemoteDebug(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (isRemoteCategory(category->categoryName()))
        category->setEnabled(QtDebugMsg, true);
}
} // namespace

QStringList &RemoteLogCapture::logs()
{
    static QStringList captured;
    return captured;
}

void RemoteLogCapture::install()
{
    if (g_installed)
        return;
    g_installed = true;
    g_previousFilter = QLoggingCategory::installFilter(enableRemoteDebug);
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void RemoteLogCapture::uninstall()
{
    if (!g_installed)
        return;
    g_installed = false;
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::installFilter(g_previousFilter);
}

} // namespace reportdesk::test
