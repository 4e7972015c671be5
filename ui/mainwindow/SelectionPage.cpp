#include "SelectionPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace reportdesk {

namespace {
void syncButton(QPushButton *button, const QAction *action)
{
    // Menu texts carry mnemonics and an ellipsis that a button keeps; the shortcut goes into
    // the tool tip, where a button can show it.
    button->setText(action->text());
    button->setIcon(action->icon());
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(shortcut.isEmpty()
                           ? action->toolTip()
                           : QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
}
} // namespace

SelectionPage::SelectionPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("selectionTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_detail->setObjectName(QStringLiteral("selectionDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setForegroundRole(QPalette::PlaceholderText);

    m_buttons->setSpacing(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addLayout(m_buttons);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    layout->addStretch(3);
}

void SelectionPage::setContent(const QIcon &icon, const QString &title, const QString &detail,
                               const QList<QAction *> &actions)
{
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(64, 64));
    m_icon->setVisible(!icon.isNull());
    m_title->setText(title);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());

    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QPushButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        syncButton(button, action);
        connect(action, &QAction::changed, button,
                [button, action] { syncButton(button, action); });
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
    // Place the new buttons now, not at the next event loop turn: a grab() or a test that
    // looks right after a selection change sees the finished page.
    layout()->activate();
}

QString SelectionPage::title() const
{
    return m_title->text();
}
QString SelectionPage::detail() const
{
    return m_detail->text();
}

} // namespace reportdesk
