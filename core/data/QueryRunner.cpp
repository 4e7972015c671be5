#include "QueryRunner.h"

#include "data/ScopedConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace reportdesk::QueryRunner {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::QueryRunner", text);
}
} // namespace

QStringList placeholders(const QString &query)
{
    QStringList names;
    QChar quote;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            continue;
        }
        // "::" is a PostgreSQL cast, not a placeholder.
        if (c == QLatin1Char(':') && i + 1 < query.size() &&
            (query.at(i + 1).isLetter() || query.at(i + 1) == QLatin1Char('_')) &&
            (i == 0 || query.at(i - 1) != QLatin1Char(':'))) {
            qsizetype j = i + 1;
            while (j < query.size() &&
                   (query.at(j).isLetterOrNumber() || query.at(j) == QLatin1Char('_')))
                ++j;
            const QString name = query.mid(i + 1, j - i - 1);
            if (!names.contains(name))
                names.append(name);
            i = j - 1;
        }
    }
    return names;
}

QString errorText(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

QString execBound(QSqlQuery &query, const QString &sql, const QVariantMap &bindings)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return errorText(query);
    for (const QString &name : placeholders(sql))
        query.bindValue(QLatin1Char(':') + name, bindings.value(name));
    if (!query.exec())
        return errorText(query);
    return {};
}

Result<QueryPreview> preview(const DataSource &source, const QString &password,
                             const QString &queryText, const QVariantMap &bindings, int maxRows)
{
    QStringList missing;
    const QStringList names = placeholders(queryText);
    for (const QString &name : names) {
        if (!bindings.contains(name))
            missing.append(QLatin1Char(':') + name);
    }
    if (!missing.isEmpty())
        return Result<QueryPreview>::failure(
            tr("The query uses %1, which is not defined. Define it under Variables.")
                .arg(missing.join(QStringLiteral(", "))));

    ScopedConnection connection(source, password);
    if (!connection.open())
        return Result<QueryPreview>::failure(
            tr("Cannot connect to \"%1\": %2").arg(source.name, connection.error()));
    QSqlQuery q(connection.database());
    if (const QString error = execBound(q, queryText, bindings); !error.isEmpty())
        return Result<QueryPreview>::failure(error);
    QueryPreview out;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        out.columns.append(record.fieldName(c));
    while (q.next()) {
        if (out.rows.size() >= maxRows) {
            out.truncated = true;
            break;
        }
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c)
            row.append(q.value(c));
        out.rows.append(row);
    }
    if (q.lastError().isValid())
        return Result<QueryPreview>::failure(q.lastError().text());
    return out;
}

Status testConnection(const DataSource &source, const QString &password)
{
    ScopedConnection connection(source, password);
    if (!connection.open())
        return Status::failure(connection.error());
    return {};
}

} // namespace reportdesk::QueryRunner
