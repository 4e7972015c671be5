#pragma once

#include "remote/RemoteClient.h"

#include <QList>
#include <QWidget>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QTreeWidget;

namespace reportdesk {

// The right-hand page for one remote item (a report, job or schedule on a server): what the
// server says about it (name, type, server, folder, enabled, schedule, status, last update,
// description) and, in a collapsible tree, the raw JSON it sent. Read-only: edits happen on
// the server for now. The buttons mirror the window's actions for the item (Enable, Run Now,
// ...), including their enabled state and tool tips.
class RemoteItemPage : public QWidget {
    Q_OBJECT

public:
    explicit RemoteItemPage(QWidget *parent = nullptr);

    void setItem(const remote::RemoteItem &item, const QString &serverTitle,
                 const QString &folderName, const QIcon &icon);
    // Buttons below the fields for `actions`; `headerActions` (Refresh) sit beside the title.
    void setActions(const QList<QAction *> &actions, const QList<QAction *> &headerActions = {});
    const remote::RemoteItem &item() const { return m_item; }

    // The raw JSON tree, shown or folded away.
    bool isRawJsonVisible() const;
    void setRawJsonVisible(bool visible);

private:
    QLabel *addRow(const QString &label, const char *objectName);
    void fillRawJson();

    remote::RemoteItem m_item;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    QLabel *m_type = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_folder = nullptr;
    QLabel *m_enabled = nullptr;
    QLabel *m_schedule = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_description = nullptr;
    QHBoxLayout *m_buttons;
    QHBoxLayout *m_headerButtons;
    QToolButton *m_rawToggle;
    QTreeWidget *m_raw;
};

} // namespace reportdesk
