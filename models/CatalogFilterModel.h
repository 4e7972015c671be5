#pragma once

#include "CatalogTreeModel.h"

#include <QCollator>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace reportdesk {

// Filters the catalog tree by text (matches name, title or tag, case-insensitive) and by state.
// A folder stays visible while anything below it matches, so matches keep their context.
// Sorts folders before reports, then by name (locale-aware); remote servers follow the local
// folders. Remote items match like reports (their name, type and description); "Loading…" and
// error rows show only while nothing is filtered.
//
// The text is split into words; an item matches when every word occurs in its name, title or
// tags, or in the name of a folder that contains it. So a folder whose name matches shows its
// whole content (subject to the state filter), and "weekly 42" finds report "Traffic 42" in
// folder "Weekly". The state filter applies to reports; with it active, folders show only while
// they contain a matching report. Works on CatalogTreeModel's SearchTextRole, which is
// precomputed case-folded text, so accepting a row is a few substring searches.
class CatalogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StateFilter { All, Enabled, Disabled };

    explicit CatalogFilterModel(QObject *parent = nullptr);

    // Also turns sorting on: QSortFilterProxyModel forgets a sort() made before it had a source.
    void setSourceModel(QAbstractItemModel *model) override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    void setStateFilter(StateFilter state);
    StateFilter stateFilter() const { return m_state; }
    // True when a filter is active (the view shows an "n matches" hint and expands all).
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool textMatches(const QModelIndex &sourceIndex) const;
    bool isFolder(const QModelIndex &sourceIndex) const; // or a server or remote folder
    CatalogTreeModel::NodeType nodeType(const QModelIndex &sourceIndex) const;
    QString searchText(const QModelIndex &sourceIndex) const;

    const CatalogTreeModel *m_tree = nullptr; // the source, when it is one: fast paths
    QString m_text;
    QStringList m_words; // case-folded
    QCollator m_collator;
    StateFilter m_state = StateFilter::All;
};

} // namespace reportdesk
