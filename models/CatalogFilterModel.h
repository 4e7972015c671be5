#pragma once

#include <QSortFilterProxyModel>

namespace reportdesk {

// Filters the catalog tree by text (matches name, title or tag, case-insensitive) and by state.
// A folder stays visible while anything below it matches, so matches keep their context.
// Sorts folders before reports, then by name (locale-aware).
class CatalogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StateFilter { All, Enabled, Disabled };

    explicit CatalogFilterModel(QObject *parent = nullptr);

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
    QString m_text;
    StateFilter m_state = StateFilter::All;
};

} // namespace reportdesk
