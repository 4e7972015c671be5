#include "SqlDialect.h"

#include <QSqlError>

namespace reportdesk {

QString SqlDialect::driverName() const
{
    return m_kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString SqlDialect::expand(QString statement) const
{
    const bool sqlite = m_kind == Kind::Sqlite;
    statement.replace(QLatin1String("{PK}"),
                      sqlite ? QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT")
                             : QLatin1String("BIGSERIAL PRIMARY KEY"));
    statement.replace(QLatin1String("{BLOB}"),
                      sqlite ? QLatin1String("BLOB") : QLatin1String("BYTEA"));
    statement.replace(QLatin1String("{BIGINT}"),
                      sqlite ? QLatin1String("INTEGER") : QLatin1String("BIGINT"));
    return statement;
}

QStringList SqlDialect::connectionSetup(bool readOnly) const
{
    if (m_kind != Kind::Sqlite)
        return {};
    QStringList s{QStringLiteral("PRAGMA foreign_keys = ON"),
                  QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!readOnly) {
        s << QStringLiteral("PRAGMA journal_mode = WAL")
          << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    return s;
}

bool SqlDialect::isUniqueViolation(const QSqlError &error) const
{
    if (m_kind == Kind::Postgres)
        return error.nativeErrorCode() == QLatin1String("23505");
    // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) / PRIMARYKEY (1555), or the message.
    return error.nativeErrorCode() == QLatin1String("2067") ||
           error.nativeErrorCode() == QLatin1String("1555") ||
           error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

bool SqlDialect::isForeignKeyViolation(const QSqlError &error) const
{
    if (m_kind == Kind::Postgres)
        return error.nativeErrorCode() == QLatin1String("23503");
    return error.nativeErrorCode() == QLatin1String("787") ||
           error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
}

QString SqlDialect::lastIdClause() const
{
    return m_kind == Kind::Postgres ? QStringLiteral(" RETURNING id") : QString();
}

} // namespace reportdesk
