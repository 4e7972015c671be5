#include "CatalogFilterModel.h"

#include "CatalogTreeModel.h"

namespace reportdesk {

namespace {

using Node = CatalogTreeModel::NodeType;

bool isFolder(const QModelIndex &index) {
    return index.data(CatalogTreeModel::NodeTypeRole).toInt() == int(Node::Folder);
}

// The C locale (LANG=C, containers, CI) has no collation rules: Qt compares code points there,
// case-sensitively and without numeric mode. English collation is the CLDR root order, a sane
// default for names.
QLocale collationLocale() {
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

} // namespace

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale()) {
    m_collator.setNumericMode(true); // "Report 2" before "Report 10"
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(Qt::DisplayRole);
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *model) {
    QSortFilterProxyModel::setSourceModel(model);
    if (model && sortColumn() != 0)
        sort(0, Qt::AscendingOrder);
}

void CatalogFilterModel::setFilterText(const QString &text) {
    if (text == m_text)
        return;
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return; // only spaces changed
    m_words = words;
    invalidateFilter();
}

void CatalogFilterModel::setStateFilter(StateFilter state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool CatalogFilterModel::isFiltering() const {
    return !m_words.isEmpty() || m_state != StateFilter::All;
}

bool CatalogFilterModel::textMatches(const QModelIndex &sourceIndex) const {
    if (m_words.isEmpty())
        return true;
    // The item's own text first, then its folders' names, for the words still missing.
    QStringList missing;
    const QString own = sourceIndex.data(CatalogTreeModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!own.contains(word))
            missing.append(word);
    }
    for (QModelIndex folder = sourceIndex.parent(); !missing.isEmpty() && folder.isValid();
         folder = folder.parent()) {
        const QString name = folder.data(CatalogTreeModel::SearchTextRole).toString();
        missing.removeIf([&](const QString &word) { return name.contains(word); });
    }
    return missing.isEmpty();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (isFolder(index)) {
        // With a state filter, a folder shows only for what it contains (recursive filtering).
        return m_state == StateFilter::All && !m_words.isEmpty() && textMatches(index);
    }
    if (m_state != StateFilter::All) {
        const bool enabled = index.data(CatalogTreeModel::EnabledRole).toBool();
        if (enabled != (m_state == StateFilter::Enabled))
            return false;
    }
    return textMatches(index);
}

bool CatalogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const bool leftFolder = isFolder(left);
    if (leftFolder != isFolder(right))
        return leftFolder; // folders first
    const QString l = left.data(sortRole()).toString();
    const QString r = right.data(sortRole()).toString();
    const int c = m_collator.compare(l, r);
    if (c != 0)
        return c < 0;
    return l < r; // a stable order for names the collator calls equal
}

} // namespace reportdesk
