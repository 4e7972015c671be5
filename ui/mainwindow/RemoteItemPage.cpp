#include "RemoteItemPage.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

const QString kNone = QStringLiteral("—");

QString orNone(const QString &text)
{
    return text.trimmed().isEmpty() ? kNone : text;
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return RemoteItemPage::tr("[%n items]", nullptr, int(value.toArray().size()));
    case QJsonValue::Object:
        return RemoteItemPage::tr("{%n fields}", nullptr, int(value.toObject().size()));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key, scalarText(value)});
    item->setToolTip(1, value.isString() ? value.toString() : QString());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

void syncButton(QPushButton *button, const QAction *action)
{
    button->setText(action->text());
    button->setIcon(action->icon());
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    button->setToolTip(shortcut.isEmpty() || !action->isEnabled()
                           ? action->toolTip()
                           : QStringLiteral("%1 (%2)").arg(action->toolTip(), shortcut));
}

} // namespace

RemoteItemPage::RemoteItemPage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_buttons(new QHBoxLayout)
    , m_headerButtons(new QHBoxLayout)
    , m_rawToggle(new QToolButton(this))
    , m_raw(new QTreeWidget(this))
{
    m_title->setObjectName(QStringLiteral("remoteNameLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("remoteSubtitleLabel"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    header->addLayout(m_headerButtons);
    header->setAlignment(m_headerButtons, Qt::AlignTop);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setHorizontalSpacing(16);
    m_type = addRow(tr("Type:"), "remoteTypeValue");
    m_server = addRow(tr("Server:"), "remoteServerValue");
    m_folder = addRow(tr("Folder:"), "remoteFolderValue");
    m_enabled = addRow(tr("Enabled:"), "remoteEnabledValue");
    m_schedule = addRow(tr("Schedule:"), "remoteScheduleValue");
    m_status = addRow(tr("Status:"), "remoteStatusValue");
    m_updated = addRow(tr("Updated:"), "remoteUpdatedValue");
    m_description = addRow(tr("Description:"), "remoteDescriptionValue");

    m_buttons->setSpacing(8);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addLayout(m_buttons);
    buttonRow->addStretch();

    m_rawToggle->setObjectName(QStringLiteral("remoteRawToggle"));
    m_rawToggle->setText(tr("Raw JSON from the server"));
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setCheckable(true);
    m_rawToggle->setChecked(true);
    m_rawToggle->setArrowType(Qt::DownArrow);
    connect(m_rawToggle, &QToolButton::toggled, this, &RemoteItemPage::setRawJsonVisible);

    m_raw->setObjectName(QStringLiteral("remoteRawJson"));
    m_raw->setColumnCount(2);
    m_raw->setHeaderLabels({tr("Field"), tr("Value")});
    m_raw->setUniformRowHeights(true);
    m_raw->setAlternatingRowColors(true);
    m_raw->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_raw->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(m_form);
    layout->addLayout(buttonRow);
    layout->addWidget(m_rawToggle);
    layout->addWidget(m_raw, 1);
    layout->addStretch(0);
}

QLabel *RemoteItemPage::addRow(const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(label, value);
    return value;
}

void RemoteItemPage::setItem(const remote::RemoteItem &item, const QString &serverTitle,
                             const QString &folderName, const QIcon &icon)
{
    m_item = item;
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
    m_title->setText(item.name);
    QString type = item.type.isEmpty() ? tr("Item") : item.type;
    type[0] = type[0].toUpper(); // "report" as the server says it, starting a sentence
    m_subtitle->setText(
        tr("%1 on %2 · read-only here; change it on the server").arg(type, serverTitle));
    m_type->setText(orNone(item.type));
    m_server->setText(serverTitle);
    m_folder->setText(orNone(folderName));
    m_enabled->setText(!item.enabled ? kNone : *item.enabled ? tr("Yes") : tr("No"));
    m_schedule->setText(orNone(item.scheduleText));
    m_status->setText(orNone(item.status));
    m_updated->setText(item.updated.isValid()
                           ? QLocale().toString(item.updated.toLocalTime(), QLocale::LongFormat)
                           : kNone);
    m_description->setText(orNone(item.description));
    fillRawJson();
    layout()->activate(); // a grab right after a selection change sees the finished page
}

void RemoteItemPage::fillRawJson()
{
    m_raw->clear();
    for (auto it = m_item.raw.begin(); it != m_item.raw.end(); ++it)
        addJson(m_raw->invisibleRootItem(), it.key(), it.value());
    // Small answers open completely; large ones show their top level.
    int items = 0;
    for (QTreeWidgetItemIterator it(m_raw); *it && items <= 200; ++it)
        ++items;
    if (items <= 200)
        m_raw->expandAll();
    else
        m_raw->expandToDepth(0);
}

void RemoteItemPage::setActions(const QList<QAction *> &actions,
                                const QList<QAction *> &headerActions)
{
    for (QHBoxLayout *row : {m_buttons, m_headerButtons}) {
        while (QLayoutItem *item = row->takeAt(0)) {
            delete item->widget();
            delete item;
        }
    }
    for (QAction *action : headerActions) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("RemoteButton"));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_headerButtons->addWidget(button);
    }
    for (QAction *action : actions) {
        auto *button = new QPushButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("RemoteButton"));
        syncButton(button, action);
        connect(action, &QAction::changed, button,
                [button, action] { syncButton(button, action); });
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_buttons->addWidget(button);
    }
}

bool RemoteItemPage::isRawJsonVisible() const
{
    return !m_raw->isHidden();
}

void RemoteItemPage::setRawJsonVisible(bool visible)
{
    m_raw->setVisible(visible);
    m_rawToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_rawToggle->isChecked() != visible)
        m_rawToggle->setChecked(visible);
}

} // namespace reportdesk
