#pragma once

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QTreeWidget;

namespace reportdesk {

class Catalog;

// "Move to…": pick the folder to move the selection into. Folders that would end up inside
// themselves are shown but cannot be chosen; the top level is offered only when folders alone
// are moving (reports always live in a folder).
class MoveToDialog : public QDialog {
    Q_OBJECT

public:
    MoveToDialog(const Catalog &catalog, const QList<qint64> &movingFolders, bool movingReports,
                 QWidget *parent = nullptr);

    // The chosen folder (0 = top level), or nullopt while nothing valid is selected.
    std::optional<qint64> target() const;

private:
    QTreeWidget *m_tree;
    QDialogButtonBox *m_buttons;
};

} // namespace reportdesk
