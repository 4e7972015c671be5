#include "Catalog.h"

#include "catalog/CatalogSchema.h"
#include "catalog/CatalogInternal.h"
#include "domain/ReportJson.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QAtomicInteger>

Q_LOGGING_CATEGORY(lcCatalog, "reportdesk.core.catalog")

namespace reportdesk {

namespace {

using storage::fromStorage;
using storage::toStorage;

QString jsonText(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}
QJsonDocument jsonDoc(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8());
}

QStringList tagsFromText(const QString &s)
{
    QStringList tags;
    for (const QJsonValue &v : jsonDoc(s).array())
        tags.append(v.toString());
    return tags;
}

// A null QString binds as SQL NULL, which the NOT NULL DEFAULT '' text columns reject.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const char kSummaryColumns[] = "id, folder_id, name, title, tags, enabled";

ReportSummary summaryFrom(const QSqlQuery &q)
{
    ReportSummary s;
    s.id = QUuid::fromString(q.value(0).toString());
    s.folderId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.title = q.value(3).toString();
    s.tags = tagsFromText(q.value(4).toString());
    s.enabled = q.value(5).toBool();
    return s;
}

Folder folderFrom(const QSqlQuery &q)
{
    return Folder{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                  q.value(3).toInt()};
}

BrandingProfile brandingFrom(const QSqlQuery &q)
{
    BrandingProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.logo = q.value(2).toByteArray();
    p.logoFileName = q.value(3).toString();
    p.accentColor = q.value(4).toString();
    p.headerText = q.value(5).toString();
    p.footerText = q.value(6).toString();
    p.footerLink = q.value(7).toString();
    p.watermarkText = q.value(8).toString();
    p.fontFamily = q.value(9).toString();
    p.pageNumberFormat = q.value(10).toString();
    p.isDefault = q.value(11).toBool();
    return p;
}
const char kBrandingColumns[] =
    "id, name, logo, logo_file_name, accent_color, header_text, footer_text, footer_link,"
    " watermark_text, font_family, page_number_format, is_default";

DataSource dataSourceFrom(const QSqlQuery &q)
{
    DataSource s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.driver = q.value(2).toString();
    s.databaseName = q.value(3).toString();
    s.host = q.value(4).toString();
    s.port = q.value(5).toInt();
    s.userName = q.value(6).toString();
    s.options = q.value(7).toString();
    return s;
}
const char kDataSourceColumns[] = "id, name, driver, database_name, host, port, user_name, options";

QAtomicInteger<int> g_connectionCounter;

} // namespace

Catalog::Catalog(QString connectionName, QString path, bool readOnly, SqlDialect dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_dialect(dialect)
{}

Catalog::~Catalog()
{
    {
        QSqlDatabase connection = db();
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Catalog::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Catalog> Catalog::openSqlite(const QString &path, QString *error,
                                             bool requestReadOnly)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const QFileInfo info(path);
    bool readOnly = requestReadOnly;
    if (info.exists()) {
        if (info.isDir())
            return fail(tr("The catalog path %1 is a folder, not a file.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the catalog %1: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
            return fail(tr("%1 is not a ReportDesk catalog: it is not an SQLite database. "
                           "Nothing was changed.")
                            .arg(path));
        // Root passes every access() check, so honour a file the user marked read-only
        // (chmod a-w) as read-only for everyone, not only for ordinary users.
        // (WriteUser is left out on purpose: it asks access(), which always says yes to root.)
        const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits))
            readOnly = true;
    } else {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists() && !QDir().mkpath(info.absolutePath()))
            return fail(
                tr("Cannot create the folder %1 for the catalog.").arg(info.absolutePath()));
        if (!QFileInfo(info.absolutePath()).isWritable())
            return fail(tr("Cannot create the catalog %1: the folder is not writable.").arg(path));
        if (readOnly)
            return fail(tr("The catalog %1 does not exist.").arg(path));
    }

    const SqlDialect dialect(SqlDialect::Kind::Sqlite);
    const QString connection =
        QStringLiteral("reportdesk-catalog-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connection);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        const QString message = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return fail(tr("Cannot open the catalog %1: %2").arg(path, message));
    }
    db = QSqlDatabase();
    std::unique_ptr<Catalog> catalog(new Catalog(connection, path, readOnly, dialect));
    // Decide whether this file is ours before anything can write to it: switching to WAL
    // rewrites the file header, and a foreign or newer file must stay byte-for-byte unchanged.
    if (const Status s = catalog->checkCompatible(); !s)
        return fail(s.error());
    QSqlQuery q(catalog->db());
    for (const QString &statement : dialect.connectionSetup(readOnly)) {
        if (!q.exec(statement))
            return fail(tr("Cannot open the catalog %1: %2").arg(path, q.lastError().text()));
    }
    if (const Status s = catalog->migrate(); !s)
        return fail(s.error());
    qCInfo(lcCatalog) << "opened" << path << (readOnly ? "read-only" : "read-write") << "schema"
                      << catalog->schemaVersion();
    return catalog;
}

int Catalog::schemaVersion() const
{
    const QSqlDatabase connection = db();
    QSqlQuery q(connection);
    if (!connection.tables().contains(QStringLiteral("schema_meta")))
        return 0;
    if (q.exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'version'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Catalog::checkCompatible() const
{
    const QSqlDatabase connection = db();
    const QStringList tables = connection.tables();
    const int version = schemaVersion();
    if (version == 0 && !tables.isEmpty()) {
        return Status::failure(tr("%1 is an SQLite database but not a ReportDesk catalog. "
                                  "Nothing was changed.")
                                   .arg(m_path));
    }
    const int known = CatalogSchema::currentVersion();
    if (version > known) {
        return Status::failure(tr("The catalog %1 was written by a newer ReportDesk (schema "
                                  "version %2; this version knows up to %3). Update ReportDesk "
                                  "to open it. Nothing was changed.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(known));
    }
    return {};
}

Status Catalog::migrate()
{
    if (const Status s = checkCompatible(); !s)
        return s;
    const int version = schemaVersion();
    const int known = CatalogSchema::currentVersion();
    if (version == known)
        return {};
    if (m_readOnly) {
        return Status::failure(tr("The catalog %1 is read-only and needs an upgrade from schema "
                                  "version %2 to %3. Make it writable and open it again.")
                                   .arg(m_path)
                                   .arg(version)
                                   .arg(known));
    }
    for (const CatalogSchema::Migration &m : CatalogSchema::migrations()) {
        if (m.version <= version)
            continue;
        Transaction tx(db());
        QSqlQuery q(db());
        for (const QString &statement : m.statements) {
            if (!q.exec(m_dialect.expand(statement)))
                return Status::failure(tr("Upgrading the catalog to schema version %1 failed: %2. "
                                          "Nothing was changed.")
                                           .arg(m.version)
                                           .arg(q.lastError().text()));
        }
        q.prepare(QStringLiteral("DELETE FROM schema_meta WHERE key = 'version'"));
        q.exec();
        q.prepare(QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('version', ?)"));
        q.addBindValue(QString::number(m.version));
        if (!q.exec() || !tx.commit())
            return Status::failure(tr("Upgrading the catalog to schema version %1 failed: %2.")
                                       .arg(m.version)
                                       .arg(q.lastError().text()));
        qCInfo(lcCatalog) << "migrated" << m_path << "to schema" << m.version;
    }
    return {};
}

Status Catalog::writable() const
{
    if (m_readOnly)
        return Status::failure(
            tr("The catalog %1 is read-only; changes cannot be saved.").arg(m_path));
    return {};
}

QString Catalog::sqlFailure(const QString &what, const QSqlQuery &query) const
{
    qCWarning(lcCatalog) << what << query.lastError().text();
    const QString db = query.lastError().databaseText();
    if (db.contains(QLatin1String("disk is full")) ||
        db.contains(QLatin1String("database or disk is full")))
        return tr("%1 failed: the disk is full. Nothing was changed.").arg(what);
    if (db.contains(QLatin1String("readonly")))
        return tr("%1 failed: the catalog is read-only. Nothing was changed.").arg(what);
    if (db.contains(QLatin1String("locked")) || db.contains(QLatin1String("busy")))
        return tr("%1 failed: the catalog is locked by another process. Try again. Nothing was "
                  "changed.")
            .arg(what);
    return tr("%1 failed: %2. Nothing was changed.").arg(what, query.lastError().text());
}

bool Catalog::isEmpty() const
{
    QSqlQuery q(db());
    q.exec(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM folders) + (SELECT COUNT(*) FROM reports)"));
    return q.next() && q.value(0).toLongLong() == 0;
}

// ---------------------------------------------------------------------------------- folders

QList<Folder> Catalog::folders() const
{
    QList<Folder> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, position FROM folders"
                          " ORDER BY parent_id, position, name"));
    while (q.next())
        list.append(folderFrom(q));
    return list;
}

std::optional<Folder> Catalog::folder(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, COALESCE(parent_id, 0), name, position FROM folders WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return folderFrom(q);
    return std::nullopt;
}

QString Catalog::folderPath(qint64 id) const
{
    QStringList parts;
    for (int guard = 0; id > 0 && guard < 1000; ++guard) {
        const auto f = folder(id);
        if (!f)
            break;
        parts.prepend(f->name);
        id = f->parentId;
    }
    return parts.join(QLatin1Char('/'));
}

std::optional<qint64> Catalog::folderIdByPath(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    qint64 parent = 0;
    QSqlQuery q(db());
    for (const QString &part : parts) {
        q.prepare(
            QStringLiteral("SELECT id FROM folders WHERE COALESCE(parent_id, 0) = ? AND name = ?"));
        q.addBindValue(parent);
        q.addBindValue(part);
        if (!q.exec() || !q.next())
            return std::nullopt;
        parent = q.value(0).toLongLong();
    }
    return parent;
}

QString Catalog::folderNameConflict(qint64 parentId, const QString &name, qint64 except) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id FROM folders WHERE COALESCE(parent_id, 0) = ? AND name = ? AND id <> ?"));
    q.addBindValue(parentId);
    q.addBindValue(name);
    q.addBindValue(except);
    if (q.exec() && q.next()) {
        const QString where = parentId > 0 ? folderPath(parentId) : tr("the top level");
        return tr("A folder named \"%1\" already exists in %2.").arg(name, where);
    }
    return {};
}

Result<Folder> Catalog::createFolder(qint64 parentId, const QString &name)
{
    if (const Status s = writable(); !s)
        return Result<Folder>::failure(s.error());
    if (const QString e = Validation::checkName(name, tr("folder")); !e.isEmpty())
        return Result<Folder>::failure(e);
    if (parentId > 0 && !folder(parentId))
        return Result<Folder>::failure(tr("The parent folder no longer exists."));
    if (const QString e = folderNameConflict(parentId, name, 0); !e.isEmpty())
        return Result<Folder>::failure(e);
    Transaction tx(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM folders"
                             " WHERE COALESCE(parent_id, 0) = ?"));
    q.addBindValue(parentId);
    const int position = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("INSERT INTO folders (parent_id, name, position) VALUES (?, ?, ?)") +
              m_dialect.lastIdClause());
    q.addBindValue(nullableId(parentId));
    q.addBindValue(name);
    q.addBindValue(position);
    if (!q.exec())
        return Result<Folder>::failure(sqlFailure(tr("Creating the folder"), q));
    const qint64 id = m_dialect.kind() == SqlDialect::Kind::Postgres && q.next()
                          ? q.value(0).toLongLong()
                          : q.lastInsertId().toLongLong();
    if (!tx.commit())
        return Result<Folder>::failure(sqlFailure(tr("Creating the folder"), q));
    const Folder f{id, parentId, name, position};
    emit folderInserted(f);
    return f;
}

Result<qint64> Catalog::ensureFolderPath(const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Result<qint64>::failure(tr("The folder path is empty."));
    qint64 parent = 0;
    QStringList walked;
    for (const QString &part : parts) {
        walked.append(part);
        if (const auto existing = folderIdByPath(walked.join(QLatin1Char('/')))) {
            parent = *existing;
            continue;
        }
        const Result<Folder> created = createFolder(parent, part);
        if (!created)
            return Result<qint64>::failure(created.error());
        parent = created->id;
    }
    return parent;
}

Status Catalog::renameFolder(qint64 id, const QString &name)
{
    if (const Status s = writable(); !s)
        return s;
    const auto before = folder(id);
    if (!before)
        return Status::failure(tr("The folder no longer exists."));
    if (const QString e = Validation::checkName(name, tr("folder")); !e.isEmpty())
        return Status::failure(e);
    if (before->name == name)
        return {};
    if (const QString e = folderNameConflict(before->parentId, name, id); !e.isEmpty())
        return Status::failure(e);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Renaming the folder"), q));
    Folder after = *before;
    after.name = name;
    emit folderChanged(*before, after);
    return {};
}

bool Catalog::isDescendant(qint64 folderId, qint64 ancestorId) const
{
    for (int guard = 0; folderId > 0 && guard < 1000; ++guard) {
        if (folderId == ancestorId)
            return true;
        const auto f = folder(folderId);
        if (!f)
            return false;
        folderId = f->parentId;
    }
    return false;
}

Status Catalog::moveFolder(qint64 id, qint64 newParentId)
{
    if (const Status s = writable(); !s)
        return s;
    const auto before = folder(id);
    if (!before)
        return Status::failure(tr("The folder no longer exists."));
    if (before->parentId == newParentId)
        return {};
    if (newParentId > 0 && !folder(newParentId))
        return Status::failure(tr("The target folder no longer exists."));
    if (newParentId > 0 && isDescendant(newParentId, id))
        return Status::failure(tr("Cannot move the folder \"%1\" into itself or one of its "
                                  "subfolders.")
                                   .arg(before->name));
    if (const QString e = folderNameConflict(newParentId, before->name, id); !e.isEmpty())
        return Status::failure(e);
    Transaction tx(db());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM folders"
                             " WHERE COALESCE(parent_id, 0) = ?"));
    q.addBindValue(newParentId);
    const int position = q.exec() && q.next() ? q.value(0).toInt() : 0;
    q.prepare(QStringLiteral("UPDATE folders SET parent_id = ?, position = ? WHERE id = ?"));
    q.addBindValue(nullableId(newParentId));
    q.addBindValue(position);
    q.addBindValue(id);
    if (!q.exec() || !tx.commit())
        return Status::failure(sqlFailure(tr("Moving the folder"), q));
    Folder after = *before;
    after.parentId = newParentId;
    after.position = position;
    emit folderChanged(*before, after);
    return {};
}

QList<Folder> Catalog::subtree(qint64 id) const
{
    QList<Folder> out;
    const auto root = folder(id);
    if (!root)
        return out;
    out.append(*root);
    QSqlQuery q(db());
    for (qsizetype i = 0; i < out.size(); ++i) {
        q.prepare(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name, position FROM folders"
                                 " WHERE parent_id = ? ORDER BY position, name"));
        q.addBindValue(out.at(i).id);
        if (q.exec()) {
            while (q.next())
                out.append(folderFrom(q));
        }
    }
    return out;
}

CatalogSnapshot Catalog::snapshotFolder(qint64 id) const
{
    CatalogSnapshot snapshot;
    snapshot.folders = subtree(id);
    for (const Folder &f : std::as_const(snapshot.folders)) {
        for (const ReportSummary &s : reportSummaries(f.id)) {
            if (auto r = report(s.id))
                snapshot.reports.append(*r);
        }
    }
    return snapshot;
}

Status Catalog::deleteFolder(qint64 id)
{
    if (const Status s = writable(); !s)
        return s;
    const QList<Folder> folders = subtree(id);
    if (folders.isEmpty())
        return Status::failure(tr("The folder no longer exists."));
    QList<ReportSummary> reports;
    for (const Folder &f : folders)
        reports.append(reportSummaries(f.id));
    Transaction tx(db());
    QSqlQuery q(db());
    // Children first, so every statement is valid on its own.
    for (auto it = folders.crbegin(); it != folders.crend(); ++it) {
        q.prepare(QStringLiteral("DELETE FROM reports WHERE folder_id = ?"));
        q.addBindValue(it->id);
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Deleting the folder"), q));
        q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
        q.addBindValue(it->id);
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Deleting the folder"), q));
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Deleting the folder"), q));
    for (const ReportSummary &r : std::as_const(reports))
        emit reportRemoved(r);
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        emit folderRemoved(*it);
    return {};
}

Status Catalog::restore(const CatalogSnapshot &snapshot)
{
    if (const Status s = writable(); !s)
        return s;
    Transaction tx(db());
    QSqlQuery q(db());
    for (const Folder &f : snapshot.folders) {
        // Restoring twice (or over a folder that came back another way) would clash on the id.
        if (folder(f.id))
            return Status::failure(
                tr("The folder \"%1\" already exists; nothing was restored.").arg(f.name));
        if (const QString e = folderNameConflict(f.parentId, f.name, f.id); !e.isEmpty())
            return Status::failure(e);
        q.prepare(QStringLiteral("INSERT INTO folders (id, parent_id, name, position)"
                                 " VALUES (?, ?, ?, ?)"));
        q.addBindValue(f.id);
        q.addBindValue(nullableId(f.parentId));
        q.addBindValue(f.name);
        q.addBindValue(f.position);
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Restoring the folder \"%1\"").arg(f.name), q));
    }
    for (const Report &r : snapshot.reports) {
        if (report(r.id))
            return Status::failure(
                tr("The report \"%1\" already exists; nothing was restored.").arg(r.name));
        if (const QString e = nameConflict(r.folderId, r.name, r.id); !e.isEmpty())
            return Status::failure(e);
        if (const Status s = insertReport(r, q); !s)
            return s;
        if (const Status s = writeSections(r); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Restoring"), q));
    for (const Folder &f : snapshot.folders)
        emit folderInserted(f);
    for (const Report &r : snapshot.reports)
        emit reportInserted(r.summary());
    return {};
}

QString Catalog::uniqueFolderName(qint64 parentId, const QString &base) const
{
    QString name = base;
    for (int n = 2; !folderNameConflict(parentId, name, 0).isEmpty(); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

// ---------------------------------------------------------------------------------- reports

QList<ReportSummary> Catalog::reportSummaries() const
{
    QList<ReportSummary> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM reports ORDER BY folder_id, name")
               .arg(QLatin1String(kSummaryColumns)));
    while (q.next())
        list.append(summaryFrom(q));
    return list;
}

QList<ReportSummary> Catalog::reportSummaries(qint64 folderId) const
{
    QList<ReportSummary> list;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE folder_id = ? ORDER BY name")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(folderId);
    q.exec();
    while (q.next())
        list.append(summaryFrom(q));
    return list;
}

std::optional<Report> Catalog::report(const QUuid &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT id, folder_id, name, title, description, message, owner, enabled, created,"
        " updated, tags, page_size, orientation, layout, margin_left, margin_top, margin_right,"
        " margin_bottom, formats, COALESCE(branding_id, 0), time_from, time_to, time_zone,"
        " variables, schedule, delivery, COALESCE(server_id, 0), remote_id"
        " FROM reports WHERE id = ?"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Report r;
    r.id = QUuid::fromString(q.value(0).toString());
    r.folderId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.title = q.value(3).toString();
    r.description = q.value(4).toString();
    r.message = q.value(5).toString();
    r.owner = q.value(6).toString();
    r.enabled = q.value(7).toBool();
    r.created = fromStorage(q.value(8).toString());
    r.updated = fromStorage(q.value(9).toString());
    r.tags = tagsFromText(q.value(10).toString());
    r.page.size = q.value(11).toString();
    r.page.orientation = q.value(12).toString() == QLatin1String("landscape")
                             ? PageOptions::Orientation::Landscape
                             : PageOptions::Orientation::Portrait;
    r.page.layout = q.value(13).toString() == QLatin1String("grid") ? PageOptions::Layout::Grid
                                                                    : PageOptions::Layout::Simple;
    r.page.marginsMm = QMarginsF(q.value(14).toDouble(), q.value(15).toDouble(),
                                 q.value(16).toDouble(), q.value(17).toDouble());
    r.formats = q.value(18).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.brandingId = q.value(19).toLongLong();
    r.timeRange.from = q.value(20).toString();
    r.timeRange.to = q.value(21).toString();
    r.timeZone = q.value(22).toString();
    r.variables.clear();
    for (const QJsonValue &v : jsonDoc(q.value(23).toString()).array()) {
        const QJsonObject o = v.toObject();
        r.variables.append({o.value(QLatin1String("name")).toString(),
                            o.value(QLatin1String("value")).toString()});
    }
    r.schedule = jsonDoc(q.value(24).toString()).object();
    r.delivery = jsonDoc(q.value(25).toString()).object();
    r.serverId = q.value(26).toLongLong();
    r.remoteId = q.value(27).toString();

    q.prepare(QStringLiteral("SELECT kind, title, body, data_source, query, options, image"
                             " FROM report_sections WHERE report_id = ? ORDER BY position"));
    q.addBindValue(id.toString(QUuid::WithoutBraces));
    q.exec();
    while (q.next()) {
        // Kind-specific options are kept as the same JSON the export format uses.
        QJsonObject o = jsonDoc(q.value(5).toString()).object();
        o.insert(QStringLiteral("kind"), q.value(0).toString());
        o.insert(QStringLiteral("title"), q.value(1).toString());
        o.insert(QStringLiteral("text"), q.value(2).toString());
        o.insert(QStringLiteral("dataSource"), q.value(3).toString());
        o.insert(QStringLiteral("query"), q.value(4).toString());
        Section s;
        QString error;
        if (ReportJson::sectionFromJson(o, &s, &error)) {
            s.imageData = q.value(6).toByteArray();
            r.sections.append(s);
        } else {
            qCWarning(lcCatalog) << "unreadable section in report" << r.id << error;
        }
    }
    return r;
}

std::optional<QUuid> Catalog::reportIdByName(qint64 folderId, const QString &name) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE folder_id = ? AND name = ?"));
    q.addBindValue(folderId);
    q.addBindValue(name);
    if (q.exec() && q.next())
        return QUuid::fromString(q.value(0).toString());
    return std::nullopt;
}

std::optional<QUuid> Catalog::resolveReportRef(const QString &ref) const
{
    const QUuid asId = QUuid::fromString(ref.trimmed());
    if (!asId.isNull()) {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT 1 FROM reports WHERE id = ?"));
        q.addBindValue(asId.toString(QUuid::WithoutBraces));
        if (q.exec() && q.next())
            return asId;
        return std::nullopt;
    }
    const qsizetype slash = ref.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return std::nullopt;
    const auto folderId = folderIdByPath(ref.left(slash));
    if (!folderId)
        return std::nullopt;
    return reportIdByName(*folderId, ref.mid(slash + 1));
}

QString Catalog::nameConflict(qint64 folderId, const QString &name, const QUuid &except) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT id FROM reports WHERE folder_id = ? AND name = ? AND id <> ?"));
    q.addBindValue(folderId);
    q.addBindValue(name);
    q.addBindValue(except.toString(QUuid::WithoutBraces));
    if (q.exec() && q.next())
        return tr("A report named \"%1\" already exists in %2.").arg(name, folderPath(folderId));
    return {};
}

QString Catalog::uniqueReportName(qint64 folderId, const QString &base) const
{
    QString name = base;
    for (int n = 2; !nameConflict(folderId, name, QUuid()).isEmpty(); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

Status Catalog::insertReport(const Report &r, QSqlQuery &q)
{
    q.prepare(QStringLiteral(
        "INSERT INTO reports (id, folder_id, name, title, description, message, owner, enabled,"
        " created, updated, tags, page_size, orientation, layout, margin_left, margin_top,"
        " margin_right, margin_bottom, formats, branding_id, time_from, time_to, time_zone,"
        " variables, schedule, delivery, server_id, remote_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    q.addBindValue(r.id.toString(QUuid::WithoutBraces));
    q.addBindValue(r.folderId);
    q.addBindValue(r.name);
    q.addBindValue(notNull(r.title));
    q.addBindValue(notNull(r.description));
    q.addBindValue(notNull(r.message));
    q.addBindValue(notNull(r.owner));
    q.addBindValue(r.enabled ? 1 : 0);
    q.addBindValue(toStorage(r.created));
    q.addBindValue(toStorage(r.updated));
    QJsonArray tags;
    for (const QString &t : r.tags)
        tags.append(t);
    q.addBindValue(jsonText(tags));
    q.addBindValue(notNull(r.page.size));
    q.addBindValue(r.page.orientation == PageOptions::Orientation::Landscape
                       ? QStringLiteral("landscape")
                       : QStringLiteral("portrait"));
    q.addBindValue(r.page.layout == PageOptions::Layout::Grid ? QStringLiteral("grid")
                                                              : QStringLiteral("simple"));
    q.addBindValue(r.page.marginsMm.left());
    q.addBindValue(r.page.marginsMm.top());
    q.addBindValue(r.page.marginsMm.right());
    q.addBindValue(r.page.marginsMm.bottom());
    q.addBindValue(r.formats.join(QLatin1Char(',')));
    q.addBindValue(nullableId(r.brandingId));
    q.addBindValue(notNull(r.timeRange.from));
    q.addBindValue(notNull(r.timeRange.to));
    q.addBindValue(notNull(r.timeZone));
    QJsonArray vars;
    for (const Variable &v : r.variables)
        vars.append(
            QJsonObject{{QStringLiteral("name"), v.name}, {QStringLiteral("value"), v.value}});
    q.addBindValue(jsonText(vars));
    q.addBindValue(jsonText(r.schedule));
    q.addBindValue(jsonText(r.delivery));
    q.addBindValue(nullableId(r.serverId));
    q.addBindValue(notNull(r.remoteId));
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Saving the report \"%1\"").arg(r.name), q));
    return {};
}

Status Catalog::writeSections(const Report &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM report_sections WHERE report_id = ?"));
    q.addBindValue(r.id.toString(QUuid::WithoutBraces));
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Saving the report sections"), q));
    for (qsizetype i = 0; i < r.sections.size(); ++i) {
        const Section &s = r.sections.at(i);
        QJsonObject options = ReportJson::sectionToJson(s);
        for (const char *k : {"kind", "title", "text", "dataSource", "query", "imageData"})
            options.remove(QLatin1String(k));
        q.prepare(QStringLiteral("INSERT INTO report_sections (report_id, position, kind, title,"
                                 " body, data_source, query, options, image)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(r.id.toString(QUuid::WithoutBraces));
        q.addBindValue(int(i));
        q.addBindValue(Section::kindName(s.kind));
        q.addBindValue(notNull(s.title));
        q.addBindValue(notNull(s.text));
        q.addBindValue(notNull(s.dataSource));
        q.addBindValue(notNull(s.query));
        q.addBindValue(jsonText(options));
        q.addBindValue(s.imageData.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                             : QVariant(s.imageData));
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Saving section %1").arg(i + 1), q));
    }
    return {};
}

Result<Report> Catalog::saveReport(const Report &input, Timestamps timestamps)
{
    if (const Status s = writable(); !s)
        return Result<Report>::failure(s.error());
    if (const FieldErrors errors = Validation::checkReport(input); !errors.isEmpty())
        return Result<Report>::failure(Validation::joined(errors));
    if (!folder(input.folderId))
        return Result<Report>::failure(tr("The report's folder no longer exists."));
    if (input.brandingId > 0 && !brandingProfile(input.brandingId))
        return Result<Report>::failure(tr("The report's branding profile no longer exists."));
    Report r = input;
    if (r.id.isNull())
        r.id = QUuid::createUuid();
    if (const QString e = nameConflict(r.folderId, r.name, r.id); !e.isEmpty())
        return Result<Report>::failure(e);
    const std::optional<Report> before = report(r.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool keep = timestamps == Timestamps::Keep;
    if (keep && r.created.isValid())
        r.created = r.created.toUTC();
    else
        r.created = before ? before->created : (r.created.isValid() ? r.created.toUTC() : now);
    r.updated = keep && r.updated.isValid() ? r.updated.toUTC() : now;

    Transaction tx(db());
    QSqlQuery q(db());
    if (before) {
        q.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
        q.addBindValue(r.id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return Result<Report>::failure(
                sqlFailure(tr("Saving the report \"%1\"").arg(r.name), q));
    }
    if (const Status s = insertReport(r, q); !s)
        return Result<Report>::failure(s.error());
    if (const Status s = writeSections(r); !s)
        return Result<Report>::failure(s.error());
    if (!tx.commit())
        return Result<Report>::failure(sqlFailure(tr("Saving the report \"%1\"").arg(r.name), q));
    // Read back what is stored, so callers see exactly the catalog's state (e.g. ms precision).
    const Report stored = report(r.id).value_or(r);
    if (before)
        emit reportChanged(before->summary(), stored.summary());
    else
        emit reportInserted(stored.summary());
    return stored;
}

Status Catalog::renameReport(const QUuid &id, const QString &name)
{
    auto r = report(id);
    if (!r)
        return Status::failure(tr("The report no longer exists."));
    if (r->name == name)
        return {};
    if (const QString e = Validation::checkName(name, tr("report")); !e.isEmpty())
        return Status::failure(e);
    r->name = name;
    const Result<Report> saved = saveReport(*r);
    return saved ? Status() : Status::failure(saved.error());
}

Status Catalog::moveReports(const QList<QUuid> &ids, qint64 folderId)
{
    if (const Status s = writable(); !s)
        return s;
    if (!folder(folderId))
        return Status::failure(tr("The target folder no longer exists."));
    QList<QPair<ReportSummary, ReportSummary>> changes;
    QSet<QString> incoming;
    Transaction tx(db());
    QSqlQuery q(db());
    for (const QUuid &id : ids) {
        const auto r = report(id);
        if (!r)
            return Status::failure(tr("A report to move no longer exists."));
        if (r->folderId == folderId)
            continue;
        if (const QString e = nameConflict(folderId, r->name, id);
            !e.isEmpty() || incoming.contains(r->name))
            return Status::failure(
                e.isEmpty() ? tr("Two of the reports to move are named \"%1\".").arg(r->name) : e);
        incoming.insert(r->name);
        q.prepare(QStringLiteral("UPDATE reports SET folder_id = ?, updated = ? WHERE id = ?"));
        q.addBindValue(folderId);
        q.addBindValue(toStorage(QDateTime::currentDateTimeUtc()));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Moving \"%1\"").arg(r->name), q));
        ReportSummary after = r->summary();
        after.folderId = folderId;
        changes.append({r->summary(), after});
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Moving reports"), q));
    for (const auto &[before, after] : std::as_const(changes))
        emit reportChanged(before, after);
    return {};
}

Status Catalog::setReportsEnabled(const QList<QUuid> &ids, bool enabled)
{
    if (const Status s = writable(); !s)
        return s;
    QList<QPair<ReportSummary, ReportSummary>> changes;
    Transaction tx(db());
    QSqlQuery q(db());
    for (const QUuid &id : ids) {
        const auto r = report(id);
        if (!r)
            return Status::failure(tr("A report no longer exists."));
        if (r->enabled == enabled)
            continue;
        q.prepare(QStringLiteral("UPDATE reports SET enabled = ?, updated = ? WHERE id = ?"));
        q.addBindValue(enabled ? 1 : 0);
        q.addBindValue(toStorage(QDateTime::currentDateTimeUtc()));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Changing \"%1\"").arg(r->name), q));
        ReportSummary after = r->summary();
        after.enabled = enabled;
        changes.append({r->summary(), after});
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Enabling or disabling reports"), q));
    for (const auto &[before, after] : std::as_const(changes))
        emit reportChanged(before, after);
    return {};
}

Status Catalog::deleteReports(const QList<QUuid> &ids)
{
    if (const Status s = writable(); !s)
        return s;
    QList<ReportSummary> removed;
    Transaction tx(db());
    QSqlQuery q(db());
    for (const QUuid &id : ids) {
        const auto r = report(id);
        if (!r)
            continue;
        q.prepare(QStringLiteral("DELETE FROM reports WHERE id = ?"));
        q.addBindValue(id.toString(QUuid::WithoutBraces));
        if (!q.exec())
            return Status::failure(sqlFailure(tr("Deleting \"%1\"").arg(r->name), q));
        removed.append(r->summary());
    }
    if (!tx.commit())
        return Status::failure(sqlFailure(tr("Deleting reports"), q));
    for (const ReportSummary &r : std::as_const(removed))
        emit reportRemoved(r);
    return {};
}

Result<Report> Catalog::duplicateReport(const QUuid &id)
{
    auto r = report(id);
    if (!r)
        return Result<Report>::failure(tr("The report no longer exists."));
    r->id = QUuid();
    r->created = QDateTime();
    r->name = uniqueReportName(r->folderId, tr("%1 (copy)").arg(r->name));
    r->serverId = 0;
    r->remoteId.clear();
    return saveReport(*r);
}

// ---------------------------------------------------------------------------------- branding

QList<BrandingProfile> Catalog::brandingProfiles() const
{
    QList<BrandingProfile> list;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT %1 FROM branding_profiles ORDER BY name")
               .arg(QLatin1String(kBrandingColumns)));
    while (q.next())
        list.append(brandingFrom(q));
    return list;
}

std::optional<BrandingProfile> Catalog::brandingProfile(qint64 id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM branding_profiles WHERE id = ?")
                  .arg(QLatin1String(kBrandingColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return brandingFrom(q);
    return std::nullopt;
}

std::optional<BrandingProfile> Catalog::defaultBranding() const
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT %1 FROM branding_profiles ORDER BY is_default DESC, id LIMIT 1")
               .arg(QLatin1String(kBrandingColumns)));
    if (q.next())
        return brandingFrom(q);
    return std::nullopt;
}

Result<BrandingProfile> Catalog::saveBranding(const BrandingProfile &input)
{
    if (const Status s = writable(); !s)
        return Result<BrandingProfile>::failure(s.error());
    if (const FieldErrors errors = Validation::checkBranding(input); !errors.isEmpty())
        return Result<BrandingProfile>::failure(Validation::joined(errors));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM branding_profiles WHERE name = ? AND id <> ?"));
    q.addBindValue(input.name);
    q.addBindValue(input.id);
    if (q.exec() && q.next())
        return Result<BrandingProfile>::failure(
            tr("A branding profile named \"%1\" already exists.").arg(input.name));
    BrandingProfile p = input;
    const bool isNew = p.id <= 0 || !brandingProfile(p.id);
    Transaction tx(db());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO branding_profiles (name, logo, logo_file_name,"
                                 " accent_color, header_text, footer_text, footer_link,"
                                 " watermark_text, font_family, page_number_format, is_default)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
                  m_dialect.lastIdClause());
    } else {
        q.prepare(QStringLiteral("UPDATE branding_profiles SET name = ?, logo = ?,"
                                 " logo_file_name = ?, accent_color = ?, header_text = ?,"
                                 " footer_text = ?, footer_link = ?, watermark_text = ?,"
                                 " font_family = ?, page_number_format = ?, is_default = ?"
                                 " WHERE id = ?"));
    }
    q.addBindValue(p.name);
    q.addBindValue(p.logo.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                    : QVariant(p.logo));
    q.addBindValue(notNull(p.logoFileName));
    q.addBindValue(notNull(p.accentColor));
    q.addBindValue(notNull(p.headerText));
    q.addBindValue(notNull(p.footerText));
    q.addBindValue(notNull(p.footerLink));
    q.addBindValue(notNull(p.watermarkText));
    q.addBindValue(notNull(p.fontFamily));
    q.addBindValue(notNull(p.pageNumberFormat));
    q.addBindValue(p.isDefault ? 1 : 0);
    if (!isNew)
        q.addBindValue(p.id);
    if (!q.exec())
        return Result<BrandingProfile>::failure(
            sqlFailure(tr("Saving the branding profile \"%1\"").arg(p.name), q));
    if (isNew)
        p.id = m_dialect.kind() == SqlDialect::Kind::Postgres && q.next()
                   ? q.value(0).toLongLong()
                   : q.lastInsertId().toLongLong();
    if (p.isDefault) {
        q.prepare(QStringLiteral("UPDATE branding_profiles SET is_default = 0 WHERE id <> ?"));
        q.addBindValue(p.id);
        if (!q.exec())
            return Result<BrandingProfile>::failure(
                sqlFailure(tr("Saving the default profile"), q));
    }
    if (!tx.commit())
        return Result<BrandingProfile>::failure(sqlFailure(tr("Saving the branding profile"), q));
    emit brandingChanged();
    return p;
}

Status Catalog::setDefaultBranding(qint64 id)
{
    auto p = brandingProfile(id);
    if (!p)
        return Status::failure(tr("The branding profile no longer exists."));
    p->isDefault = true;
    const auto saved = saveBranding(*p);
    return saved ? Status() : Status::failure(saved.error());
}

Status Catalog::deleteBranding(qint64 id)
{
    if (const Status s = writable(); !s)
        return s;
    const auto p = brandingProfile(id);
    if (!p)
        return Status::failure(tr("The branding profile no longer exists."));
    if (p->isDefault)
        return Status::failure(tr("\"%1\" is the default profile. Make another profile the "
                                  "default before deleting it.")
                                   .arg(p->name));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM branding_profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Deleting the branding profile"), q));
    emit brandingChanged();
    return {};
}

// ---------------------------------------------------------------------------------- data sources

QList<DataSource> Catalog::dataSources() const
{
    QList<DataSource> list;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT %1 FROM data_sources ORDER BY name")
               .arg(QLatin1String(kDataSourceColumns)));
    while (q.next())
        list.append(dataSourceFrom(q));
    return list;
}

std::optional<DataSource> Catalog::dataSource(const QString &name) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM data_sources WHERE name = ?")
                  .arg(QLatin1String(kDataSourceColumns)));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return dataSourceFrom(q);
    return std::nullopt;
}

Result<DataSource> Catalog::saveDataSource(const DataSource &input)
{
    if (const Status s = writable(); !s)
        return Result<DataSource>::failure(s.error());
    if (const FieldErrors errors = Validation::checkDataSource(input); !errors.isEmpty())
        return Result<DataSource>::failure(Validation::joined(errors));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM data_sources WHERE name = ? AND id <> ?"));
    q.addBindValue(input.name);
    q.addBindValue(input.id);
    if (q.exec() && q.next())
        return Result<DataSource>::failure(
            tr("A data source named \"%1\" already exists.").arg(input.name));
    DataSource s = input;
    QString oldName;
    if (s.id > 0) {
        q.prepare(QStringLiteral("SELECT name FROM data_sources WHERE id = ?"));
        q.addBindValue(s.id);
        if (q.exec() && q.next())
            oldName = q.value(0).toString();
    }
    const bool isNew = oldName.isEmpty();
    Transaction tx(db());
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO data_sources (name, driver, database_name, host,"
                                 " port, user_name, options) VALUES (?, ?, ?, ?, ?, ?, ?)") +
                  m_dialect.lastIdClause());
    } else {
        q.prepare(QStringLiteral("UPDATE data_sources SET name = ?, driver = ?, database_name = ?,"
                                 " host = ?, port = ?, user_name = ?, options = ? WHERE id = ?"));
    }
    q.addBindValue(s.name);
    q.addBindValue(s.driver);
    q.addBindValue(notNull(s.databaseName));
    q.addBindValue(notNull(s.host));
    q.addBindValue(s.port);
    q.addBindValue(notNull(s.userName));
    q.addBindValue(notNull(s.options));
    if (!isNew)
        q.addBindValue(s.id);
    if (!q.exec())
        return Result<DataSource>::failure(sqlFailure(tr("Saving the data source"), q));
    if (isNew)
        s.id = m_dialect.kind() == SqlDialect::Kind::Postgres && q.next()
                   ? q.value(0).toLongLong()
                   : q.lastInsertId().toLongLong();
    // Sections refer to data sources by name: a rename follows through.
    if (!isNew && oldName != s.name) {
        q.prepare(
            QStringLiteral("UPDATE report_sections SET data_source = ? WHERE data_source = ?"));
        q.addBindValue(s.name);
        q.addBindValue(oldName);
        if (!q.exec())
            return Result<DataSource>::failure(sqlFailure(tr("Renaming the data source"), q));
    }
    if (!tx.commit())
        return Result<DataSource>::failure(sqlFailure(tr("Saving the data source"), q));
    emit dataSourcesChanged();
    return s;
}

Status Catalog::deleteDataSource(qint64 id)
{
    if (const Status s = writable(); !s)
        return s;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM report_sections s JOIN data_sources d"
                             " ON s.data_source = d.name WHERE d.id = ?"));
    q.addBindValue(id);
    const int users = q.exec() && q.next() ? q.value(0).toInt() : 0;
    if (users > 0)
        return Status::failure(
            tr("%n report section(s) still use this data source.", nullptr, users));
    q.prepare(QStringLiteral("DELETE FROM data_sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Status::failure(sqlFailure(tr("Deleting the data source"), q));
    emit dataSourcesChanged();
    return {};
}

} // namespace reportdesk
