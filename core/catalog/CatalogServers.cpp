// The remote server profiles part of Catalog. The table has no secret column on purpose: a
// profile's password, token or client secret lives in the keychain (SecretStore::serverKey).
#include "Catalog.h"

#include "catalog/CatalogInternal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace reportdesk {

using storage::toStorage;

namespace {

const char kServerColumns[] = "id, name, kind, base_url, organisation, auth, user_name, ca_file,"
                              " timeout_seconds, region, extra";

// A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' columns reject.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

RemoteServer serverFrom(const QSqlQuery &q)
{
    RemoteServer s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.name = q.value(1).toString();
    s.kind =
        RemoteServer::kindFromName(q.value(2).toString()).value_or(RemoteServer::Kind::Grafana);
    s.baseUrl = QUrl(q.value(3).toString());
    s.organisation = q.value(4).toString();
    s.auth = RemoteServer::authFromName(q.value(5).toString()).value_or(RemoteServer::Auth::None);
    s.userName = q.value(6).toString();
    s.caFile = q.value(7).toString();
    s.timeoutSeconds = q.value(8).toInt();
    s.region = q.value(9).toString();
    s.extra = QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object();
    return s;
}

bool sameName(const QString &a, const QString &b)
{
    // Unicode case folding, beyond the ASCII-only lower() of SQLite's unique index.
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QList<RemoteServer> Catalog::servers() const
{
    QList<RemoteServer> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM remote_servers").arg(QLatin1String(kServerColumns))))
        return list;
    while (q.next())
        list.append(serverFrom(q));
    std::sort(list.begin(), list.end(), [](const RemoteServer &a, const RemoteServer &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return list;
}

std::optional<RemoteServer> Catalog::server(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM remote_servers WHERE id = ?")
                  .arg(QLatin1String(kServerColumns)));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return serverFrom(q);
}

std::optional<RemoteServer> Catalog::serverByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    for (const RemoteServer &s : servers()) {
        if (sameName(s.name, wanted))
            return s;
    }
    return std::nullopt;
}

Result<RemoteServer> Catalog::saveServer(const RemoteServer &input)
{
    if (const Status s = writable(); !s)
        return Result<RemoteServer>::failure(s.error());
    RemoteServer server = input;
    server.name = server.name.trimmed();
    if (const FieldErrors errors = server.validate(); !errors.isEmpty())
        return Result<RemoteServer>::failure(
            tr("The server \"%1\" was not saved: %2").arg(server.name, Validation::joined(errors)));
    for (const RemoteServer &other : servers()) {
        if (other.id != server.id && sameName(other.name, server.name))
            return Result<RemoteServer>::failure(
                tr("A remote server named \"%1\" already exists; choose another name.")
                    .arg(other.name));
    }
    const std::optional<RemoteServer> before = this->server(server.id);
    if (server.id.isNull())
        server.id = QUuid::createUuid();
    const QString now = toStorage(QDateTime::currentDateTimeUtc());
    const QString what = tr("Saving the remote server \"%1\"").arg(server.name);

    Transaction tx(db());
    QSqlQuery q(db());
    if (before) {
        q.prepare(QStringLiteral("UPDATE remote_servers SET name = ?, kind = ?, base_url = ?,"
                                 " organisation = ?, auth = ?, user_name = ?, ca_file = ?,"
                                 " timeout_seconds = ?, region = ?, extra = ?, updated = ?"
                                 " WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO remote_servers (name, kind, base_url, organisation,"
                                 " auth, user_name, ca_file, timeout_seconds, region, extra,"
                                 " updated, id, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                 " ?, ?)"));
    }
    q.addBindValue(server.name);
    q.addBindValue(RemoteServer::kindName(server.kind));
    q.addBindValue(text(server.baseUrl.toString(QUrl::FullyEncoded)));
    q.addBindValue(text(server.organisation));
    q.addBindValue(RemoteServer::authName(server.auth));
    q.addBindValue(text(server.userName));
    q.addBindValue(text(server.caFile));
    q.addBindValue(server.timeoutSeconds);
    q.addBindValue(text(server.region));
    q.addBindValue(QString::fromUtf8(QJsonDocument(server.extra).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(server.id.toString(QUuid::WithoutBraces));
    if (!before)
        q.addBindValue(now);
    if (!q.exec()) {
        if (m_dialect.isUniqueViolation(q.lastError()))
            return Result<RemoteServer>::failure(
                tr("A remote server named \"%1\" already exists; choose another name.")
                    .arg(server.name));
        return Result<RemoteServer>::failure(sqlFailure(what, q));
    }
    if (!tx.commit())
        return Result<RemoteServer>::failure(sqlFailure(what, q));
    // What a reader gets back, so the signal and the result match the stored row exactly.
    const RemoteServer stored = this->server(server.id).value_or(server);
    if (before)
        emit serverChanged(*before, stored);
    else
        emit serverInserted(stored);
    return stored;
}

Status Catalog::deleteServer(const QUuid &id)
{
    if (const Status s = writable(); !s)
        return s;
    const std::optional<RemoteServer> existing = server(id);
    if (!existing)
        return Status::failure(
            tr("No remote server has the id %1.").arg(id.toString(QUuid::WithoutBraces)));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM remote_servers WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Status::failure(
            sqlFailure(tr("Deleting the remote server \"%1\"").arg(existing->name), q));
    emit serverRemoved(*existing);
    return {};
}

} // namespace reportdesk
