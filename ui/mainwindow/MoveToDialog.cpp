#include "MoveToDialog.h"

#include "Icons.h"
#include "catalog/Catalog.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace reportdesk {

namespace {
constexpr int kFolderIdRole = Qt::UserRole + 1;
}

MoveToDialog::MoveToDialog(const Catalog &catalog, const QList<qint64> &movingFolders,
                           bool movingReports, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Move To"));
    m_tree->setObjectName(QStringLiteral("folderTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));

    QList<Folder> folders = catalog.folders();
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(folders.begin(), folders.end(), [&collator](const Folder &a, const Folder &b) {
        return collator.compare(a.name, b.name) < 0;
    });

    const QIcon folderIcon = Icons::themed("folder", ":/reportdesk/icons/folder.svg");
    auto *top = new QTreeWidgetItem(m_tree, {tr("Top level")});
    top->setData(0, kFolderIdRole, qint64(0));
    top->setIcon(0, folderIcon);
    if (movingReports) {
        top->setFlags(top->flags() & ~Qt::ItemIsSelectable);
        top->setToolTip(0, tr("Reports must be in a folder."));
    }

    // Parents come before children in the sorted list only by chance; build in passes.
    QHash<qint64, QTreeWidgetItem *> items;
    items.insert(0, top);
    QList<Folder> pending = folders;
    while (!pending.isEmpty()) {
        QList<Folder> next;
        for (const Folder &f : std::as_const(pending)) {
            QTreeWidgetItem *parentItem = items.value(f.parentId);
            if (!parentItem) {
                next.append(f);
                continue;
            }
            auto *item = new QTreeWidgetItem(parentItem, {f.name});
            item->setData(0, kFolderIdRole, f.id);
            item->setIcon(0, folderIcon);
            const bool inside =
                std::any_of(movingFolders.begin(), movingFolders.end(), [&](qint64 moving) {
                    return f.id == moving || catalog.isDescendant(f.id, moving);
                });
            if (inside) {
                item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                item->setToolTip(0, tr("A folder cannot move into itself."));
            }
            items.insert(f.id, item);
        }
        if (next.size() == pending.size())
            break; // orphans: nothing more can be placed
        pending = next;
    }
    m_tree->expandAll();

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Move the selection into:"), this);
    label->setBuddy(m_tree);
    layout->addWidget(label);
    layout->addWidget(m_tree);
    layout->addWidget(m_buttons);
    resize(420, 480);

    auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(target().has_value());
    };
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, updateOk);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (target())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

std::optional<qint64> MoveToDialog::target() const
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.size() != 1 || !(selected.first()->flags() & Qt::ItemIsSelectable))
        return std::nullopt;
    return selected.first()->data(0, kFolderIdRole).toLongLong();
}

} // namespace reportdesk
