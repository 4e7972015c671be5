#include "CatalogFilterModel.h"

#include "CatalogTreeModel.h"

namespace reportdesk {

namespace {

using Node = CatalogTreeModel::NodeType;

// The order of kinds among siblings: a remote container's "Loading…" or error row on top, then
// folders, then reports; at the top level the local folders before the remote servers.
int rank(Node type)
{
    switch (type) {
    case Node::Placeholder:
        return 0;
    case Node::Folder:
    case Node::RemoteFolder:
        return 1;
    case Node::Report:
    case Node::RemoteItem:
        return 2;
    case Node::Server:
        return 3;
    }
    return 2;
}

bool isContainer(Node type)
{
    return type == Node::Folder || type == Node::Server || type == Node::RemoteFolder;
}

// The C locale (LANG=C, containers, CI) has no collation rules: Qt compares code points there,
// case-sensitively and without numeric mode. English collation is the CLDR root order, a sane
// default for names.
QLocale collationLocale()
{
    const QLocale locale;
    return locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
}

} // namespace

CatalogFilterModel::CatalogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collationLocale())
{
    m_collator.setNumericMode(true); // "Report 2" before "Report 10"
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    setSortRole(Qt::DisplayRole);
}

void CatalogFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_tree = qobject_cast<const CatalogTreeModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model && sortColumn() != 0)
        sort(0, Qt::AscendingOrder);
}

void CatalogFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_text = text;
    if (words == m_words)
        return; // only spaces changed
    m_words = words;
    invalidateFilter();
}

void CatalogFilterModel::setStateFilter(StateFilter state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

bool CatalogFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_state != StateFilter::All;
}

CatalogTreeModel::NodeType CatalogFilterModel::nodeType(const QModelIndex &sourceIndex) const
{
    if (m_tree)
        return m_tree->nodeType(sourceIndex);
    return Node(sourceIndex.data(CatalogTreeModel::NodeTypeRole).toInt());
}

bool CatalogFilterModel::isFolder(const QModelIndex &sourceIndex) const
{
    return isContainer(nodeType(sourceIndex));
}

QString CatalogFilterModel::searchText(const QModelIndex &sourceIndex) const
{
    if (m_tree)
        return m_tree->searchText(sourceIndex);
    return sourceIndex.data(CatalogTreeModel::SearchTextRole).toString();
}

bool CatalogFilterModel::textMatches(const QModelIndex &sourceIndex) const
{
    if (m_words.isEmpty())
        return true;
    // One bit per word still to find: the item's own text first, then its folders' names.
    // Words beyond 64 must all match the item itself (nobody types that many).
    const qsizetype n = m_words.size();
    quint64 missing = 0;
    const QString own = searchText(sourceIndex);
    for (qsizetype i = 0; i < n; ++i) {
        if (!own.contains(m_words.at(i))) {
            if (i >= 64)
                return false;
            missing |= quint64(1) << i;
        }
    }
    for (QModelIndex folder = sourceIndex.parent(); missing && folder.isValid();
         folder = folder.parent()) {
        const QString name = searchText(folder);
        for (qsizetype i = 0; i < n && i < 64; ++i) {
            const quint64 bit = quint64(1) << i;
            if ((missing & bit) && name.contains(m_words.at(i)))
                missing &= ~bit;
        }
    }
    return missing == 0;
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const Node type = nodeType(index);
    if (type == Node::Placeholder)
        return false; // "Loading…" and errors match nothing
    if (isContainer(type)) {
        // With a state filter, a folder shows only for what it contains (recursive filtering).
        return m_state == StateFilter::All && !m_words.isEmpty() && textMatches(index);
    }
    if (m_state != StateFilter::All) {
        bool enabled = true;
        if (type == Node::RemoteItem) {
            // Jobs and other remote items without an enabled state match neither state.
            const QVariant state = index.data(CatalogTreeModel::RemoteEnabledRole);
            if (!state.isValid())
                return false;
            enabled = state.toBool();
        } else {
            enabled = m_tree ? m_tree->isEnabled(index)
                             : index.data(CatalogTreeModel::EnabledRole).toBool();
        }
        if (enabled != (m_state == StateFilter::Enabled))
            return false;
    }
    return textMatches(index);
}

bool CatalogFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftRank = rank(nodeType(left));
    const int rightRank = rank(nodeType(right));
    if (leftRank != rightRank)
        return leftRank < rightRank; // folders first, servers last
    const QString l = left.data(sortRole()).toString();
    const QString r = right.data(sortRole()).toString();
    const int c = m_collator.compare(l, r);
    if (c != 0)
        return c < 0;
    return l < r; // a stable order for names the collator calls equal
}

} // namespace reportdesk
