#pragma once

#include "CatalogTreeModel.h"
#include "catalog/Catalog.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <algorithm>

namespace reportdesk::test {

// Every row of a catalog tree as "F path" / "R path [disabled]", sorted, so a test compares what
// a model shows with what the catalog holds in one QCOMPARE.
inline void collectRows(const QAbstractItemModel &model, const QModelIndex &parent,
                        QStringList *out)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const bool folder = index.data(CatalogTreeModel::NodeTypeRole).toInt() ==
                            int(CatalogTreeModel::NodeType::Folder);
        QString line = (folder ? QStringLiteral("F ") : QStringLiteral("R ")) +
                       index.data(CatalogTreeModel::PathRole).toString();
        if (!folder && !index.data(CatalogTreeModel::EnabledRole).toBool())
            line += QStringLiteral(" [disabled]");
        out->append(line);
        collectRows(model, index, out);
    }
}

inline QStringList modelRows(const QAbstractItemModel &model)
{
    QStringList rows;
    collectRows(model, {}, &rows);
    std::sort(rows.begin(), rows.end());
    return rows;
}

inline QStringList catalogRows(const Catalog &catalog)
{
    QStringList rows;
    for (const Folder &f : catalog.folders())
        rows.append(QStringLiteral("F ") + catalog.folderPath(f.id));
    for (const ReportSummary &r : catalog.reportSummaries()) {
        QString line =
            QStringLiteral("R ") + catalog.folderPath(r.folderId) + QLatin1Char('/') + r.name;
        if (!r.enabled)
            line += QStringLiteral(" [disabled]");
        rows.append(line);
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace reportdesk::test
