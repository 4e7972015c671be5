#pragma once

#include <QString>
#include <QtGlobal>

namespace reportdesk {

// A database that table and chart sections query. The password is never stored here:
// it lives in the OS keychain under secretKey().
struct DataSource {
    qint64 id = 0;
    QString name;
    QString driver = QStringLiteral("QSQLITE"); // a Qt Sql driver name: QSQLITE, QPSQL, ...
    QString databaseName;                       // file path for QSQLITE, database name for servers
    QString host;
    int port = 0;
    QString userName;
    QString options; // driver connect options, e.g. "sslmode=require"

    friend bool operator==(const DataSource &, const DataSource &) = default;

    bool isFileBased() const { return driver == QLatin1String("QSQLITE"); }
    QString secretKey() const { return QStringLiteral("datasource/") + name; }
};

} // namespace reportdesk
