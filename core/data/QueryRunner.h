#pragma once

#include "domain/DataSource.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

class QSqlQuery;

namespace reportdesk {

struct QueryPreview {
    QStringList columns;
    QList<QVariantList> rows;
    bool truncated = false; // more rows exist than were fetched
};

// Runs section queries against a data source with bound parameters only: every `:name` in the
// query must have a value in `bindings`, and values are never spliced into the SQL text.
namespace QueryRunner {

// The distinct `:name` placeholders in order of first use (string literals are skipped).
QStringList placeholders(const QString &query);

// The database's own message for the query's last error (the driver's text when it has none).
QString errorText(const QSqlQuery &query);

// Prepares `sql` on `query` forward-only, binds every placeholder from `bindings` and executes
// it. Returns an empty string on success, else errorText(). Renderer, CSV export and preview
// run section queries through this one function.
QString execBound(QSqlQuery &query, const QString &sql, const QVariantMap &bindings);

// Opens the source, runs the query forward-only and returns at most maxRows rows, or the
// database's own error message.
Result<QueryPreview> preview(const DataSource &source, const QString &password,
                             const QString &query, const QVariantMap &bindings, int maxRows = 100);

// Opens and closes a connection; the error is the driver's message.
Status testConnection(const DataSource &source, const QString &password);

} // namespace QueryRunner

} // namespace reportdesk
