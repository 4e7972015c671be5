#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace reportdesk {

// The right-hand page when no single report is selected: what is selected (nothing, a folder,
// several items) and buttons for the actions that fit. The buttons mirror their QAction's
// text, icon, tool tip and enabled state.
class SelectionPage : public QWidget {
    Q_OBJECT

public:
    explicit SelectionPage(QWidget *parent = nullptr);

    void setContent(const QIcon &icon, const QString &title, const QString &detail,
                    const QList<QAction *> &actions);
    QString title() const;
    QString detail() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QHBoxLayout *m_buttons;
};

} // namespace reportdesk
