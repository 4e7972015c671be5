#pragma once

#include <QSqlDatabase>
#include <QString>

namespace reportdesk {

struct DataSource;

// A database connection with a unique name that is closed and removed when it goes out of scope,
// so data-source queries never leak connections or share one across threads.
class ScopedConnection {
public:
    ScopedConnection(const QString &driver, const QString &databaseName);
    ScopedConnection(const DataSource &source, const QString &password);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool open(); // false: error() says why (driver missing, file missing, login failed...)
    QString error() const { return m_error; }
    QSqlDatabase database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace reportdesk
