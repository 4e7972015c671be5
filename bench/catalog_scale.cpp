// catalog_scale: how the catalog tree behaves at 100,000 reports in 1,000 folders.
//
// 1. Builds the catalog once (one transaction of raw SQL inserts; the Catalog API would take
//    minutes and is not what is measured).
// 2. Measures, from a closed file, the time to a populated tree: open the catalog, build
//    CatalogTreeModel and CatalogFilterModel, and ask the row count of every folder through the
//    proxy (what a view does as the user expands folders).
// 3. Types "weekly 42" into the filter one character at a time and times each keystroke: the
//    filter change itself, and the filter change plus a walk over every visible row (what a
//    view with "expand all while filtering" asks for).
// 4. Prints peak RSS (getrusage ru_maxrss).
//
// Usage: catalog_scale [catalog-file]   (default: a fresh file in a temporary folder)

#include "CatalogFilterModel.h"
#include "CatalogTreeModel.h"
#include "catalog/Catalog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace reportdesk;

namespace {

constexpr int kTopFolders = 50;
constexpr int kSubFoldersEach = 19; // 50 + 50 * 19 = 1,000 folders
constexpr int kReports = 100'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    out() << "SQL failed: " << q.lastError().text() << Qt::endl;
    return false;
}

// Creates the schema through Catalog, then fills it through a second connection on the same
// file in one transaction.
bool buildCatalog(const QString &path)
{
    {
        QString error;
        if (!Catalog::openSqlite(path, &error)) {
            out() << "cannot create the catalog: " << error << Qt::endl;
            return false;
        }
    }
    const QString connection = QStringLiteral("catalog_scale_fill");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            out() << "cannot open " << path << ": " << db.lastError().text() << Qt::endl;
            return false;
        }
        db.transaction();
        QSqlQuery q(db);
        std::vector<qint64> folderIds;
        q.prepare(QStringLiteral("INSERT INTO folders (id, parent_id, name, position)"
                                 " VALUES (?, ?, ?, ?)"));
        qint64 nextId = 1;
        for (int t = 0; t < kTopFolders && ok; ++t) {
            const qint64 top = nextId++;
            q.addBindValue(top);
            q.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
            q.addBindValue(QStringLiteral("Department %1").arg(t + 1, 2, 10, QLatin1Char('0')));
            q.addBindValue(t);
            ok = exec(q);
            folderIds.push_back(top);
            for (int s = 0; s < kSubFoldersEach && ok; ++s) {
                const qint64 id = nextId++;
                q.addBindValue(id);
                q.addBindValue(top);
                q.addBindValue(QStringLiteral("Team %1").arg(s + 1));
                q.addBindValue(s);
                ok = exec(q);
                folderIds.push_back(id);
            }
        }
        const QStringList kinds{QStringLiteral("Weekly traffic"),  QStringLiteral("Daily errors"),
                                QStringLiteral("Monthly revenue"), QStringLiteral("Latency"),
                                QStringLiteral("Weekly signups"),  QStringLiteral("Capacity")};
        const QStringList tagPool{QStringLiteral("web"),       QStringLiteral("ops"),
                                  QStringLiteral("finance"),   QStringLiteral("sre"),
                                  QStringLiteral("marketing"), QStringLiteral("exec")};
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        q.prepare(QStringLiteral("INSERT INTO reports (id, folder_id, name, title, enabled,"
                                 " created, updated, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < kReports && ok; ++i) {
            const qint64 folder = folderIds[size_t(i) % folderIds.size()];
            const QString kind = kinds.at(i % kinds.size());
            const QString name = QStringLiteral("%1 %2").arg(kind).arg(i / int(folderIds.size()));
            QJsonArray tags{tagPool.at(i % tagPool.size()), tagPool.at((i / 7) % tagPool.size())};
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            q.addBindValue(folder);
            q.addBindValue(name);
            q.addBindValue(QStringLiteral("%1 for team %2").arg(kind).arg(folder));
            q.addBindValue(i % 10 == 0 ? 0 : 1);
            q.addBindValue(now);
            q.addBindValue(now);
            q.addBindValue(QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact)));
            ok = exec(q);
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

int walkVisible(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int n = 0;
    const int rows = model.rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex index = model.index(r, 0, parent);
        (void)index.data(Qt::DisplayRole);
        n += 1 + walkVisible(model, index);
    }
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QTemporaryDir dir;
    const QStringList args = app.arguments();
    const QString path =
        args.size() > 1 ? args.at(1) : dir.filePath(QStringLiteral("catalog_scale.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer build;
        build.start();
        if (!buildCatalog(path))
            return 1;
        out() << "built " << kReports << " reports in " << kTopFolders * (1 + kSubFoldersEach)
              << " folders in " << qRound(ms(build)) << " ms: " << path << Qt::endl;
    }
    const long rssBefore = peakRssKiB();

    // Time to a populated tree.
    QElapsedTimer total;
    total.start();
    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::openSqlite(path, &error);
    if (!catalog) {
        out() << "cannot open the catalog: " << error << Qt::endl;
        return 1;
    }
    const double opened = ms(total);
    QUndoStack stack;
    CatalogTreeModel tree(catalog.get(), &stack);
    const double loaded = ms(total);
    CatalogFilterModel proxy;
    proxy.setSourceModel(&tree);
    int folders = 0;
    int rows = 0;
    std::vector<QModelIndex> pending{QModelIndex()};
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        const int n = proxy.rowCount(parent);
        rows += n;
        for (int r = 0; r < n; ++r) {
            const QModelIndex child = proxy.index(r, 0, parent);
            if (tree.nodeType(proxy.mapToSource(child)) == CatalogTreeModel::NodeType::Folder) {
                ++folders;
                pending.push_back(child);
            }
        }
    }
    const double populated = ms(total);
    out() << "tree: open " << qRound(opened) << " ms, model " << qRound(loaded - opened)
          << " ms, proxy + rowCount of all " << folders << " folders (" << rows << " rows) "
          << qRound(populated - loaded) << " ms; total " << qRound(populated) << " ms" << Qt::endl;

    // Filter keystrokes.
    const QString typed = QStringLiteral("weekly 42");
    std::vector<double> filterOnly, withWalk;
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        QElapsedTimer t;
        t.start();
        proxy.setFilterText(typed.left(i));
        const double f = ms(t);
        const int visible = walkVisible(proxy, {});
        const double w = ms(t);
        filterOnly.push_back(f);
        withWalk.push_back(w);
        out() << QStringLiteral("  \"%1\"").arg(typed.left(i)).leftJustified(14) << " filter "
              << QString::number(f, 'f', 1) << " ms, + walk of " << visible << " visible rows "
              << QString::number(w, 'f', 1) << " ms" << Qt::endl;
    }
    // And back to no filter, as when the user clears the field.
    QElapsedTimer clear;
    clear.start();
    proxy.setFilterText(QString());
    const double cleared = ms(clear);
    const int all = walkVisible(proxy, {});
    out() << "  clear filter " << QString::number(cleared, 'f', 1) << " ms, + walk of " << all
          << " rows " << QString::number(ms(clear), 'f', 1) << " ms" << Qt::endl;

    auto summary = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        const double median =
            v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
        return QStringLiteral("median %1 ms, max %2 ms")
            .arg(median, 0, 'f', 1)
            .arg(v.back(), 0, 'f', 1);
    };
    out() << "keystroke (filter only): " << summary(filterOnly) << Qt::endl;
    out() << "keystroke (filter + walk visible rows): " << summary(withWalk) << Qt::endl;
    out() << "peak RSS: " << peakRssKiB() / 1024 << " MiB (" << rssBefore / 1024
          << " MiB before opening the catalog)" << Qt::endl;
    return 0;
}
