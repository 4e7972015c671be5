#pragma once

#include "domain/DataSource.h"
#include "domain/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

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

// Opens the source, runs the query forward-only and returns at most maxRows rows, or the
// database's own error message.
Result<QueryPreview> preview(const DataSource &source, const QString &password,
                             const QString &query, const QVariantMap &bindings, int maxRows = 100);

// Opens and closes a connection; the error is the driver's message.
Status testConnection(const DataSource &source, const QString &password);

} // namespace QueryRunner

} // namespace reportdesk
