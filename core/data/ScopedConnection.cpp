#include "ScopedConnection.h"

#include "domain/DataSource.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>

namespace reportdesk {

namespace {
QAtomicInteger<int> g_counter;
QString nextName()
{
    return QStringLiteral("reportdesk-data-%1").arg(g_counter.fetchAndAddRelaxed(1));
}
QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::ScopedConnection", text);
}
} // namespace

ScopedConnection::ScopedConnection(const QString &driver, const QString &databaseName)
    : m_name(nextName())
{
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        m_error = tr("The database driver %1 is not installed.").arg(driver);
        return;
    }
    m_db = QSqlDatabase::addDatabase(driver, m_name);
    m_db.setDatabaseName(databaseName);
}

ScopedConnection::ScopedConnection(const DataSource &source, const QString &password)
    : ScopedConnection(source.driver, source.databaseName)
{
    if (!m_db.isValid())
        return;
    if (source.isFileBased()) {
        // SQLite would silently create an empty database for a mistyped path.
        if (!QFileInfo::exists(source.databaseName)) {
            m_error = tr("The database file %1 does not exist.").arg(source.databaseName);
            return;
        }
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        m_db.setHostName(source.host);
        if (source.port > 0)
            m_db.setPort(source.port);
        m_db.setUserName(source.userName);
        m_db.setPassword(password);
        m_db.setConnectOptions(source.options);
    }
}

ScopedConnection::~ScopedConnection()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

bool ScopedConnection::open()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_db.open()) {
        m_error = m_db.lastError().text().trimmed();
        if (m_error.isEmpty())
            m_error = tr("The connection failed for an unknown reason.");
        return false;
    }
    return true;
}

} // namespace reportdesk
