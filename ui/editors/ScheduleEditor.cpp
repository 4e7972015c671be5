#include "ScheduleEditor.h"

#include "EditorSupport.h"
#include "scheduling/ScheduleCalculator.h"
#include "scheduling/ZoneClock.h"

#include <QAbstractListModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace reportdesk {

namespace {

constexpr int kRunsShown = 10;
constexpr int kOffsetRole = Qt::UserRole + 1;
const QColor kNoteColor(0x1d, 0x4f, 0x91);

// "UTC+2", "UTC+5:30", "UTC-3", "UTC": short enough for a table cell.
QString offsetText(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("UTC");
    const int minutes = std::abs(seconds) / 60;
    QString text = QStringLiteral("UTC") + (seconds < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
                   QString::number(minutes / 60);
    if (minutes % 60)
        text += QStringLiteral(":%1").arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return text;
}

QString timeText(const QTime &t)
{
    return t.toString(t.second() ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

// Qt's tz backend reads an id it has no file for as a POSIX TZ rule, so "berl" or "xyz" make
// a valid QTimeZone (UTC under that name). ZoneClock::isKnownZone refuses them (as
// Schedule::validate and Validation::checkReport do).
bool isListedZone(const QString &id)
{
    return ZoneClock::isKnownZone(id);
}

QTimeZone zoneFor(const QString &id)
{
    const auto clock = ZoneClock::forId(id);
    return clock ? clock->zone() : QTimeZone::utc();
}

// The IANA ids for the zone picker: the text is the bare id (what is typed, matched and
// stored); kOffsetRole is its offset at the reference instant, computed on first display
// (there are ~600 zones) and painted beside the id by TimeZoneDelegate.
class TimeZoneListModel : public QAbstractListModel {
public:
    explicit TimeZoneListModel(QObject *parent)
        : QAbstractListModel(parent)
    {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        m_ids.reserve(ids.size());
        for (const QByteArray &id : ids)
            m_ids.append(QString::fromUtf8(id));
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_ids.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_ids.size())
            return {};
        const QString &id = m_ids.at(index.row());
        switch (role) {
        case Qt::EditRole:
        case Qt::DisplayRole:
            return id;
        case Qt::AccessibleTextRole:
            return QStringLiteral("%1, %2").arg(id, offset(index.row()));
        case kOffsetRole:
            return offset(index.row());
        default:
            return {};
        }
    }

    void setReference(const QDateTime &instant)
    {
        if (m_reference.isValid() && qAbs(m_reference.secsTo(instant)) < 3600)
            return;
        m_reference = instant;
        m_offsets.clear();
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(int(m_ids.size()) - 1), {Qt::DisplayRole});
    }

    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

private:
    QString offset(int row) const
    {
        auto it = m_offsets.constFind(row);
        if (it == m_offsets.cend()) {
            const QTimeZone zone(m_ids.at(row).toUtf8());
            const QDateTime at =
                m_reference.isValid() ? m_reference : QDateTime::currentDateTimeUtc();
            it = m_offsets.insert(row,
                                  zone.isValid() ? offsetText(zone.offsetFromUtc(at)) : QString());
        }
        return *it;
    }

    QStringList m_ids;
    QDateTime m_reference;
    mutable QHash<int, QString> m_offsets;
};

// Paints a zone row as its id on the left and its offset, muted, on the right.
class TimeZoneDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text = index.data(Qt::EditRole).toString();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (!style)
            return QStyledItemDelegate::paint(painter, option, index);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QString offset = index.data(kOffsetRole).toString();
        if (offset.isEmpty())
            return;
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        painter->save();
        QColor color = opt.palette.color(QPalette::Text);
        if (opt.state & QStyle::State_Selected)
            color = opt.palette.color(QPalette::HighlightedText);
        color.setAlphaF(0.65f);
        painter->setPen(color);
        painter->setFont(opt.font);
        painter->drawText(text.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, offset);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text = index.data(Qt::EditRole).toString();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        QSize size = style ? style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget)
                           : QStyledItemDelegate::sizeHint(option, index);
        size.rwidth() += opt.fontMetrics.horizontalAdvance(QStringLiteral("  UTC+10:30")) +
                         opt.fontMetrics.height();
        return size;
    }
};

// A cron expression for what `schedule` did as `frequency`, as far as cron can say it.
QString cronFor(const Schedule &schedule, Schedule::Frequency frequency)
{
    const QTime t = schedule.time.isValid() ? schedule.time : QTime(0, 0);
    QString hour = QString::number(t.hour());
    QString dayOfMonth = QStringLiteral("*");
    QString dayOfWeek = schedule.workdaysOnly ? QStringLiteral("MON-FRI") : QStringLiteral("*");
    switch (frequency) {
    case Schedule::Frequency::Hourly:
        hour = QStringLiteral("*");
        break;
    case Schedule::Frequency::Weekly:
        if (!schedule.weekdays.isEmpty()) {
            QStringList days;
            for (const int d : schedule.weekdays)
                days.append(QString::number(d % 7)); // cron counts from Sunday = 0
            dayOfWeek = days.join(QLatin1Char(','));
        }
        break;
    case Schedule::Frequency::Monthly:
        dayOfMonth = QString::number(schedule.dayOfMonth);
        break;
    default:
        break;
    }
    QString text = QStringLiteral("%1 %2 %3 * %4").arg(t.minute()).arg(hour, dayOfMonth, dayOfWeek);
    if (t.second())
        text = QString::number(t.second()) + QLatin1Char(' ') + text;
    return text;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QFormLayout *newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

// The form of one frequency page, at the top of the page: the stack is as tall as the
// tallest page, and the spare height of the others goes below their fields.
QFormLayout *pageForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = newForm();
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

// Secondary text: an explanation (muted) or a note about the current values (blue).
QLabel *makeHint(const QString &objectName, const QString &text, bool note, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // Top, not centred: a form may give a wrapped label more height than its lines need.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText,
               note ? kNoteColor : p.color(QPalette::Disabled, QPalette::WindowText).darker(130));
    label->setPalette(p);
    return label;
}

// A row of widgets as one form field; the first one stretches unless told otherwise.
QWidget *row(std::initializer_list<QWidget *> widgets, bool stretchAtEnd = true)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    if (stretchAtEnd)
        layout->addStretch(1);
    return box;
}

void retainSizeWhenHidden(QWidget *w)
{
    QSizePolicy policy = w->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    w->setSizePolicy(policy);
}

// Spin boxes show a loaded out-of-range value as it is, so its error message matches the field.
void setSpinValue(QSpinBox *spin, int value, int min, int max)
{
    spin->setRange(std::min(min, value), std::max(max, value));
    spin->setValue(value);
}

QDateTimeEdit *makeDateTimeEdit(const QString &objectName, const QString &accessibleName,
                                QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    // The edit shows a wall-clock reading in the schedule's zone. It holds it as UTC, which
    // has no DST gaps, and the editor resolves the reading in the zone (ZoneClock).
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

// Mnemonics: the main window's menus (F, E, R, V, H) and the report editor's tabs (G, O, P, U,
// V, S) are visible beside this editor, so its labels use other letters.
ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_clockTimer(new QTimer(this))
{
    m_clockTimer->setInterval(std::chrono::seconds(30));
    connect(m_clockTimer, &QTimer::timeout, this, &ScheduleEditor::tick);

    auto *outer = new QVBoxLayout(this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("scheduleSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summaryLabel->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summaryLabel->setFont(summaryFont);
    // Two lines kept free, so a longer summary does not push the fields down while typing.
    m_summaryLabel->setMinimumHeight(2 * QFontMetrics(summaryFont).lineSpacing());
    m_summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(m_summaryLabel);

    m_generalErrorLabel = EditorSupport::makeErrorLabel(QStringLiteral("scheduleErrorLabel"), this);
    outer->addWidget(m_generalErrorLabel);

    m_scheduledCheck = new QCheckBox(tr("Ru&n this report on a schedule"), this);
    m_scheduledCheck->setObjectName(QStringLiteral("scheduledCheck"));
    outer->addWidget(m_scheduledCheck);

    m_fieldsBox = new QWidget(this);
    m_fieldsBox->setObjectName(QStringLiteral("scheduleFields"));
    outer->addWidget(m_fieldsBox);
    auto *form = newForm();
    form->setContentsMargins(0, 0, 0, 0);
    m_fieldsBox->setLayout(form);

    m_frequencyCombo = new QComboBox(m_fieldsBox);
    m_frequencyCombo->setObjectName(QStringLiteral("frequencyCombo"));
    m_frequencyCombo->setAccessibleName(tr("Frequency"));
    const QString frequencyLabels[] = {tr("Once"),     tr("Hourly"),  tr("Daily"),
                                       tr("Weekly"),   tr("Monthly"), tr("Last day of month"),
                                       tr("Interval"), tr("Cron")};
    for (int i = 0; i < 8; ++i)
        m_frequencyCombo->addItem(frequencyLabels[i], i);
    form->addRow(buddyLabel(tr("Fre&quency:"), m_frequencyCombo), row({m_frequencyCombo}, true));

    // One page per frequency: the stack is as tall as its tallest page, so switching the
    // frequency never moves the fields below it.
    m_frequencyStack = new QStackedWidget(m_fieldsBox);
    m_frequencyStack->setObjectName(QStringLiteral("frequencyStack"));
    form->addRow(m_frequencyStack);
    buildPages(m_frequencyStack);

    // Time zone
    m_zoneCombo = new QComboBox(m_fieldsBox);
    m_zoneCombo->setObjectName(QStringLiteral("scheduleZoneCombo"));
    m_zoneCombo->setAccessibleName(tr("Time zone"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->setMaxVisibleItems(15);
    m_zoneCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zoneCombo->setMinimumContentsLength(22);
    auto *zoneModel = new TimeZoneListModel(m_zoneCombo);
    m_zoneCombo->setModel(zoneModel);
    auto *zoneDelegate = new TimeZoneDelegate(m_zoneCombo);
    m_zoneCombo->setItemDelegate(zoneDelegate);
    auto *completer = new QCompleter(zoneModel, m_zoneCombo);
    completer->setObjectName(QStringLiteral("scheduleZoneCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCompletionRole(Qt::EditRole);
    completer->setMaxVisibleItems(12);
    m_zoneCombo->setCompleter(completer);
    completer->popup()->setItemDelegate(new TimeZoneDelegate(completer->popup()));
    m_zoneCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Berlin"));
    m_zoneOffsetLabel = new QLabel(m_fieldsBox);
    m_zoneOffsetLabel->setObjectName(QStringLiteral("scheduleZoneOffsetLabel"));
    auto *zoneError = EditorSupport::makeErrorLabel(QStringLiteral("scheduleZoneErrorLabel"));
    form->addRow(buddyLabel(tr("Time &zone:"), m_zoneCombo),
                 EditorSupport::withErrorLabel(row({m_zoneCombo, m_zoneOffsetLabel}), zoneError));
    m_fields.insert(QStringLiteral("schedule.timeZone"), {m_zoneCombo, zoneError});

    // Start and end
    // The check boxes are the labels: a start and an end are optional.
    m_startCheck = new QCheckBox(tr("St&art:"), m_fieldsBox);
    m_startCheck->setObjectName(QStringLiteral("startCheck"));
    m_startEdit =
        makeDateTimeEdit(QStringLiteral("startEdit"), tr("Start date and time"), m_fieldsBox);
    m_startOffsetLabel = new QLabel(m_fieldsBox);
    m_startOffsetLabel->setObjectName(QStringLiteral("startOffsetLabel"));
    auto *startError = EditorSupport::makeErrorLabel(QStringLiteral("startErrorLabel"));
    form->addRow(m_startCheck,
                 EditorSupport::withErrorLabel(row({m_startEdit, m_startOffsetLabel}), startError));
    m_fields.insert(QStringLiteral("schedule.start"), {m_startEdit, startError});

    m_endCheck = new QCheckBox(tr("Unt&il:"), m_fieldsBox);
    m_endCheck->setObjectName(QStringLiteral("endCheck"));
    m_endEdit = makeDateTimeEdit(QStringLiteral("endEdit"), tr("End date and time"), m_fieldsBox);
    m_endOffsetLabel = new QLabel(m_fieldsBox);
    m_endOffsetLabel->setObjectName(QStringLiteral("endOffsetLabel"));
    auto *endError = EditorSupport::makeErrorLabel(QStringLiteral("endErrorLabel"));
    form->addRow(m_endCheck,
                 EditorSupport::withErrorLabel(row({m_endEdit, m_endOffsetLabel}), endError));
    m_fields.insert(QStringLiteral("schedule.end"), {m_endEdit, endError});

    m_workdaysCheck =
        new QCheckBox(tr("Only on &workdays (no runs on Saturdays and Sundays)"), m_fieldsBox);
    m_workdaysCheck->setObjectName(QStringLiteral("workdaysOnlyCheck"));
    form->addRow(QString(), m_workdaysCheck);

    m_catchUpCombo = new QComboBox(m_fieldsBox);
    m_catchUpCombo->setObjectName(QStringLiteral("catchUpCombo"));
    m_catchUpCombo->setAccessibleName(tr("Missed runs"));
    m_catchUpCombo->setToolTip(
        tr("What happens to the runs missed while ReportDesk was not running"));
    m_catchUpCombo->addItem(tr("Skip them"), int(CatchUpPolicy::Mode::Skip));
    m_catchUpCombo->addItem(tr("Run the latest one once"), int(CatchUpPolicy::Mode::RunOnce));
    m_catchUpCombo->addItem(tr("Run each, at most"), int(CatchUpPolicy::Mode::RunEach));
    m_catchUpLimitSpin = new QSpinBox(m_fieldsBox);
    m_catchUpLimitSpin->setObjectName(QStringLiteral("catchUpLimitSpin"));
    m_catchUpLimitSpin->setAccessibleName(tr("Most missed runs to make up"));
    m_catchUpLimitSpin->setRange(0, 1000);
    m_catchUpLimitSpin->setSuffix(tr(" runs"));
    retainSizeWhenHidden(m_catchUpLimitSpin);
    auto *catchUpError = EditorSupport::makeErrorLabel(QStringLiteral("catchUpErrorLabel"));
    form->addRow(
        buddyLabel(tr("&Missed runs:"), m_catchUpCombo),
        EditorSupport::withErrorLabel(row({m_catchUpCombo, m_catchUpLimitSpin}), catchUpError));
    m_fields.insert(QStringLiteral("schedule.catchUp.limit"), {m_catchUpLimitSpin, catchUpError});

    // Next runs
    m_nextRunsTable = new QTableWidget(kRunsShown, 3, this);
    m_nextRunsTitle = buddyLabel(tr("Ne&xt runs"), m_nextRunsTable);
    m_nextRunsTitle->setObjectName(QStringLiteral("nextRunsTitle"));
    QFont titleFont = m_nextRunsTitle->font();
    titleFont.setBold(true);
    m_nextRunsTitle->setFont(titleFont);
    outer->addSpacing(6);
    outer->addWidget(m_nextRunsTitle);

    m_nextRunsStack = new QStackedWidget(this);
    m_nextRunsStack->setObjectName(QStringLiteral("nextRunsStack"));
    m_nextRunsTable->setObjectName(QStringLiteral("nextRunsTable"));
    m_nextRunsTable->setAccessibleName(tr("Next runs"));
    m_nextRunsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nextRunsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nextRunsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_nextRunsTable->setTabKeyNavigation(false);
    m_nextRunsTable->setWordWrap(false);
    m_nextRunsTable->setCornerButtonEnabled(false);
    m_nextRunsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nextRunsTable->horizontalHeader()->setStretchLastSection(true);
    m_nextRunsTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_nextRunsTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_nextRunsTable->verticalHeader()->setVisible(false); // room for the note at 540 px
    m_nextRunsTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_nextRunsTable->setHorizontalHeaderLabels({tr("Schedule's zone"), tr("Local"), tr("Note")});
    m_nextRunsTable->setFixedHeight(m_nextRunsTable->verticalHeader()->defaultSectionSize() *
                                        kRunsShown +
                                    m_nextRunsTable->horizontalHeader()->sizeHint().height() +
                                    2 * m_nextRunsTable->frameWidth());
    m_nextRunsStack->addWidget(m_nextRunsTable);
    m_nextRunsMessage = new QLabel(m_nextRunsStack);
    m_nextRunsMessage->setObjectName(QStringLiteral("nextRunsMessage"));
    m_nextRunsMessage->setWordWrap(true);
    m_nextRunsMessage->setTextFormat(Qt::PlainText);
    m_nextRunsMessage->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nextRunsMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_nextRunsMessage->setMargin(4);
    m_nextRunsStack->addWidget(m_nextRunsMessage);
    outer->addWidget(m_nextRunsStack);

    m_nextRunsFootnote = makeHint(QStringLiteral("nextRunsFootnote"), QString(), true, this);
    outer->addWidget(m_nextRunsFootnote);
    outer->addStretch(1);

    // Labels of the main form and of the frequency pages share one width, so the fields of
    // every page line up with the fields around the stack.
    int labelWidth = 0;
    const QList<QFormLayout *> forms = findChildren<QFormLayout *>();
    QList<QWidget *> labels;
    for (QFormLayout *f : forms) {
        for (int r = 0; r < f->rowCount(); ++r) {
            if (QLayoutItem *item = f->itemAt(r, QFormLayout::LabelRole); item && item->widget()) {
                labels.append(item->widget());
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(labelWidth);

    // Tab order follows the screen: the switch, frequency, the page, common fields, runs.
    QList<QWidget *> order{m_scheduledCheck, m_frequencyCombo, m_minuteSpin, m_dailyTimeEdit};
    for (int i = 0; i < m_weekdaysBox->layout()->count(); ++i) {
        if (QWidget *w = m_weekdaysBox->layout()->itemAt(i)->widget())
            order.append(w); // in the locale's week order
    }
    order += {m_weeklyTimeEdit,    m_dayOfMonthSpin,
              m_monthlySkipRadio,  m_monthlyLastDayRadio,
              m_monthlyTimeEdit,   m_lastDayTimeEdit,
              m_intervalSpin,      m_intervalUnitCombo,
              m_intervalSkipRadio, m_intervalLastDayRadio,
              m_cronEdit,          m_zoneCombo,
              m_startCheck,        m_startEdit,
              m_endCheck,          m_endEdit,
              m_workdaysCheck,     m_catchUpCombo,
              m_catchUpLimitSpin,  m_nextRunsTable};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    // Edits
    auto edit = [this](auto apply) {
        return [this, apply](auto &&...args) {
            if (m_loading)
                return;
            apply(args...);
            userEdited();
        };
    };
    connect(m_scheduledCheck, &QCheckBox::toggled, this, edit([this](bool on) {
                m_scheduled = on;
                if (!on) {
                    m_loadError.clear();
                    m_unreadable = {};
                }
                m_fieldsBox->setEnabled(on);
            }));
    connect(m_frequencyCombo, &QComboBox::currentIndexChanged, this, edit([this](int index) {
                const Schedule::Frequency previous = m_schedule.frequency;
                m_schedule.frequency = Schedule::Frequency(std::clamp(index, 0, 7));
                if (m_schedule.frequency == Schedule::Frequency::Cron &&
                    m_schedule.cron.trimmed().isEmpty()) {
                    // Start from the schedule as it was rather than from an empty field.
                    m_schedule.cron = cronFor(m_schedule, previous);
                    m_loading = true;
                    m_cronEdit->setText(m_schedule.cron);
                    m_loading = false;
                }
                if (m_schedule.frequency == Schedule::Frequency::Weekly &&
                    m_schedule.weekdays.isEmpty()) {
                    // A sensible start instead of an error: the weekday of today.
                    m_schedule.weekdays = {
                        now().toTimeZone(zoneFor(m_schedule.timeZone)).date().dayOfWeek()};
                    m_loading = true;
                    for (int d = 1; d <= 7; ++d)
                        m_weekdayChecks.at(d - 1)->setChecked(m_schedule.weekdays.contains(d));
                    m_loading = false;
                }
                if ((m_schedule.frequency == Schedule::Frequency::Once ||
                     m_schedule.frequency == Schedule::Frequency::Interval) &&
                    !m_schedule.start.isValid()) {
                    // Both need a start; offer the one already shown.
                    m_loading = true;
                    m_startCheck->setChecked(true);
                    m_startEdit->setEnabled(true);
                    m_loading = false;
                    m_schedule.start = fromWallReading(m_startEdit->dateTime());
                }
                updateFrequencyPage();
            }));
    connect(m_minuteSpin, &QSpinBox::valueChanged, this, edit([this](int minute) {
                const QTime t = m_schedule.time.isValid() ? m_schedule.time : QTime(0, 0);
                m_schedule.time = QTime(t.hour(), minute, t.second());
            }));
    for (QTimeEdit *timeEdit :
         {m_dailyTimeEdit, m_weeklyTimeEdit, m_monthlyTimeEdit, m_lastDayTimeEdit}) {
        connect(timeEdit, &QTimeEdit::timeChanged, this, edit([this, timeEdit](QTime t) {
                    m_schedule.time = t;
                    // The other pages show the same time of day.
                    m_loading = true;
                    for (QTimeEdit *other : {m_dailyTimeEdit, m_weeklyTimeEdit, m_monthlyTimeEdit,
                                             m_lastDayTimeEdit}) {
                        if (other != timeEdit)
                            other->setTime(t);
                    }
                    m_minuteSpin->setValue(t.minute());
                    m_loading = false;
                }));
    }
    for (QCheckBox *check : std::as_const(m_weekdayChecks)) {
        connect(check, &QCheckBox::toggled, this, edit([this](bool) {
                    m_schedule.weekdays.clear();
                    for (int d = 1; d <= 7; ++d) {
                        if (m_weekdayChecks.at(d - 1)->isChecked())
                            m_schedule.weekdays.append(d);
                    }
                }));
    }
    connect(m_dayOfMonthSpin, &QSpinBox::valueChanged, this,
            edit([this](int day) { m_schedule.dayOfMonth = day; }));
    auto shortMonths = [this, edit](QRadioButton *skip, QRadioButton *lastDay) {
        for (QRadioButton *radio : {skip, lastDay}) {
            connect(radio, &QRadioButton::toggled, this, edit([this, lastDay](bool checked) {
                        if (!checked)
                            return;
                        m_schedule.shortMonths = lastDay->isChecked()
                                                     ? Schedule::ShortMonths::LastDay
                                                     : Schedule::ShortMonths::Skip;
                        m_loading = true;
                        const bool last = m_schedule.shortMonths == Schedule::ShortMonths::LastDay;
                        (last ? m_monthlyLastDayRadio : m_monthlySkipRadio)->setChecked(true);
                        (last ? m_intervalLastDayRadio : m_intervalSkipRadio)->setChecked(true);
                        m_loading = false;
                    }));
        }
    };
    shortMonths(m_monthlySkipRadio, m_monthlyLastDayRadio);
    shortMonths(m_intervalSkipRadio, m_intervalLastDayRadio);
    connect(m_intervalSpin, &QSpinBox::valueChanged, this,
            edit([this](int amount) { m_schedule.intervalAmount = amount; }));
    connect(m_intervalUnitCombo, &QComboBox::currentIndexChanged, this, edit([this](int index) {
                m_schedule.intervalUnit = Schedule::IntervalUnit(std::clamp(index, 0, 4));
                updateFrequencyPage();
            }));
    connect(m_cronEdit, &QLineEdit::textEdited, this,
            edit([this](const QString &text) { m_schedule.cron = text.trimmed(); }));
    connect(m_zoneCombo, &QComboBox::editTextChanged, this, edit([this](const QString &text) {
                m_schedule.timeZone = text.trimmed();
                // Start and end keep the wall-clock reading shown, now read in the new zone.
                if (ZoneClock::forId(m_schedule.timeZone)) {
                    if (m_startCheck->isChecked())
                        m_schedule.start = fromWallReading(m_startEdit->dateTime());
                    if (m_endCheck->isChecked())
                        m_schedule.end = fromWallReading(m_endEdit->dateTime());
                }
            }));
    connect(m_startCheck, &QCheckBox::toggled, this, edit([this](bool on) {
                m_startEdit->setEnabled(on);
                m_schedule.start = on ? fromWallReading(m_startEdit->dateTime()) : QDateTime();
            }));
    connect(m_startEdit, &QDateTimeEdit::dateTimeChanged, this,
            edit([this](const QDateTime &reading) {
                if (m_startCheck->isChecked())
                    m_schedule.start = fromWallReading(reading);
            }));
    connect(m_endCheck, &QCheckBox::toggled, this, edit([this](bool on) {
                m_endEdit->setEnabled(on);
                if (on && m_schedule.start.isValid() &&
                    fromWallReading(m_endEdit->dateTime()) < m_schedule.start) {
                    // Offer an end after the start rather than an error at once.
                    m_loading = true;
                    m_endEdit->setDateTime(toWallReading(m_schedule.start).addMonths(1));
                    m_loading = false;
                }
                m_schedule.end = on ? fromWallReading(m_endEdit->dateTime()) : QDateTime();
            }));
    connect(m_endEdit, &QDateTimeEdit::dateTimeChanged, this,
            edit([this](const QDateTime &reading) {
                if (m_endCheck->isChecked())
                    m_schedule.end = fromWallReading(reading);
            }));
    connect(m_workdaysCheck, &QCheckBox::toggled, this,
            edit([this](bool on) { m_schedule.workdaysOnly = on; }));
    connect(
        m_catchUpCombo, &QComboBox::currentIndexChanged, this, edit([this](int) {
            m_schedule.catchUp.mode = CatchUpPolicy::Mode(m_catchUpCombo->currentData().toInt());
            m_catchUpLimitSpin->setVisible(m_schedule.catchUp.mode == CatchUpPolicy::Mode::RunEach);
        }));
    connect(m_catchUpLimitSpin, &QSpinBox::valueChanged, this,
            edit([this](int limit) { m_schedule.catchUp.limit = limit; }));

    setScheduleJson({});
}

ScheduleEditor::~ScheduleEditor() = default;

QWidget *ScheduleEditor::buildTimePage(QTimeEdit **edit, const char *name, const QString &hint)
{
    auto *page = new QWidget(m_frequencyStack);
    QFormLayout *form = pageForm(page);
    *edit = new QTimeEdit(page);
    (*edit)->setObjectName(QLatin1String(name));
    (*edit)->setAccessibleName(tr("Time of day"));
    (*edit)->setDisplayFormat(QStringLiteral("HH:mm"));
    auto *error = EditorSupport::makeErrorLabel(QLatin1String(name) + QStringLiteral("Error"));
    form->addRow(buddyLabel(tr("&Time of day:"), *edit),
                 EditorSupport::withErrorLabel(row({*edit}), error));
    page->setProperty("timeField", QVariant::fromValue<QObject *>(*edit));
    page->setProperty("timeError", QVariant::fromValue<QObject *>(error));
    if (!hint.isEmpty())
        form->addRow(QString(),
                     makeHint(QLatin1String(name) + QStringLiteral("Hint"), hint, false, page));
    return page;
}

void ScheduleEditor::buildPages(QStackedWidget *stack)
{
    const QString dstHint =
        tr("A time that a DST change skips runs at the first valid time after the gap; a time "
           "that occurs twice runs once, the first time.");

    // Once
    auto *once = new QWidget(stack);
    once->setObjectName(QStringLiteral("oncePage"));
    QFormLayout *onceForm = pageForm(once);
    onceForm->addRow(QString(),
                     makeHint(QStringLiteral("onceHint"),
                              tr("Runs once, at the start date and time below."), false, once));
    stack->addWidget(once);

    // Hourly
    auto *hourly = new QWidget(stack);
    hourly->setObjectName(QStringLiteral("hourlyPage"));
    QFormLayout *hourlyForm = pageForm(hourly);
    m_minuteSpin = new QSpinBox(hourly);
    m_minuteSpin->setObjectName(QStringLiteral("minuteSpin"));
    m_minuteSpin->setAccessibleName(tr("Minute past the hour"));
    m_minuteSpin->setRange(0, 59);
    m_minuteSpin->setPrefix(QStringLiteral(":"));
    auto *minuteError = EditorSupport::makeErrorLabel(QStringLiteral("minuteErrorLabel"));
    hourlyForm->addRow(buddyLabel(tr("A&t minute:"), m_minuteSpin),
                       EditorSupport::withErrorLabel(row({m_minuteSpin}), minuteError));
    hourlyForm->addRow(QString(),
                       makeHint(QStringLiteral("hourlyHint"),
                                tr("Runs whenever the clock shows this minute: 23 times on the "
                                   "day clocks spring forward, 25 times when they fall back."),
                                false, hourly));
    hourly->setProperty("timeField", QVariant::fromValue<QObject *>(m_minuteSpin));
    hourly->setProperty("timeError", QVariant::fromValue<QObject *>(minuteError));
    stack->addWidget(hourly);

    // Daily
    QWidget *daily = buildTimePage(&m_dailyTimeEdit, "dailyTimeEdit", dstHint);
    daily->setObjectName(QStringLiteral("dailyPage"));
    stack->addWidget(daily);

    // Weekly: the weekday boxes in the locale's week order.
    QWidget *weekly = buildTimePage(&m_weeklyTimeEdit, "weeklyTimeEdit", QString());
    weekly->setObjectName(QStringLiteral("weeklyPage"));
    auto *weeklyForm = weekly->findChild<QFormLayout *>();
    m_weekdaysBox = new QWidget(weekly);
    m_weekdaysBox->setObjectName(QStringLiteral("weekdaysBox"));
    m_weekdaysBox->setAccessibleName(tr("Weekdays"));
    auto *daysRow = new QHBoxLayout(m_weekdaysBox);
    daysRow->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *check = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), m_weekdaysBox);
        check->setObjectName(QStringLiteral("weekdayCheck%1").arg(d));
        check->setAccessibleName(locale.dayName(d, QLocale::LongFormat));
        m_weekdayChecks.append(check);
    }
    const int first = int(locale.firstDayOfWeek());
    QList<QCheckBox *> ordered;
    for (int i = 0; i < 7; ++i)
        ordered.append(m_weekdayChecks.at((first - 1 + i) % 7));
    for (QCheckBox *check : std::as_const(ordered))
        daysRow->addWidget(check);
    daysRow->addStretch(1);
    auto *weekdaysError = EditorSupport::makeErrorLabel(QStringLiteral("weekdaysErrorLabel"));
    auto *weekdaysNote = makeHint(QStringLiteral("weekdaysNoteLabel"), QString(), true, weekly);
    weekdaysNote->setVisible(false);
    auto *weekdaysField = EditorSupport::withErrorLabel(m_weekdaysBox, weekdaysError);
    weekdaysField->layout()->addWidget(weekdaysNote);
    weeklyForm->insertRow(0, buddyLabel(tr("On &days:"), ordered.first()), weekdaysField);
    m_fields.insert(QStringLiteral("schedule.weekdays"), {m_weekdaysBox, weekdaysError});
    m_noteLabels.insert(QStringLiteral("schedule.weekdays"), weekdaysNote);
    stack->addWidget(weekly);

    // Monthly
    QWidget *monthly = buildTimePage(&m_monthlyTimeEdit, "monthlyTimeEdit", QString());
    monthly->setObjectName(QStringLiteral("monthlyPage"));
    auto *monthlyForm = monthly->findChild<QFormLayout *>();
    m_dayOfMonthSpin = new QSpinBox(monthly);
    m_dayOfMonthSpin->setObjectName(QStringLiteral("dayOfMonthSpin"));
    m_dayOfMonthSpin->setAccessibleName(tr("Day of month"));
    m_dayOfMonthSpin->setRange(1, 31);
    auto *dayError = EditorSupport::makeErrorLabel(QStringLiteral("dayOfMonthErrorLabel"));
    m_monthlySkipRadio = new QRadioButton(tr("S&kip months without this day"), monthly);
    m_monthlySkipRadio->setObjectName(QStringLiteral("monthlySkipRadio"));
    m_monthlyLastDayRadio = new QRadioButton(tr("Run on the &last day instead"), monthly);
    m_monthlyLastDayRadio->setObjectName(QStringLiteral("monthlyLastDayRadio"));
    auto *monthlyGroup = new QButtonGroup(monthly);
    monthlyGroup->addButton(m_monthlySkipRadio);
    monthlyGroup->addButton(m_monthlyLastDayRadio);
    auto *dayNote = makeHint(QStringLiteral("dayOfMonthNoteLabel"), QString(), true, monthly);
    retainSizeWhenHidden(dayNote);
    auto *dayBox = new QWidget(monthly);
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->setContentsMargins(0, 0, 0, 0);
    dayLayout->setSpacing(2);
    dayLayout->addWidget(row({m_dayOfMonthSpin}));
    dayLayout->addWidget(dayError);
    dayLayout->addWidget(m_monthlySkipRadio);
    dayLayout->addWidget(m_monthlyLastDayRadio);
    dayLayout->addWidget(dayNote);
    monthlyForm->insertRow(0, buddyLabel(tr("&Day of month:"), m_dayOfMonthSpin), dayBox);
    m_fields.insert(QStringLiteral("schedule.dayOfMonth"), {m_dayOfMonthSpin, dayError});
    m_noteLabels.insert(QStringLiteral("schedule.dayOfMonth"), dayNote);
    stack->addWidget(monthly);

    // Last day of month
    QWidget *lastDay =
        buildTimePage(&m_lastDayTimeEdit, "lastDayTimeEdit",
                      tr("Runs on the 28th, 29th, 30th or 31st, whichever ends the month."));
    lastDay->setObjectName(QStringLiteral("lastDayPage"));
    stack->addWidget(lastDay);

    // Interval
    auto *interval = new QWidget(stack);
    interval->setObjectName(QStringLiteral("intervalPage"));
    QFormLayout *intervalForm = pageForm(interval);
    m_intervalSpin = new QSpinBox(interval);
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpin"));
    m_intervalSpin->setAccessibleName(tr("Interval amount"));
    m_intervalSpin->setRange(1, 100000);
    m_intervalUnitCombo = new QComboBox(interval);
    m_intervalUnitCombo->setObjectName(QStringLiteral("intervalUnitCombo"));
    m_intervalUnitCombo->setAccessibleName(tr("Interval unit"));
    m_intervalUnitCombo->addItems(
        {tr("minutes"), tr("hours"), tr("days"), tr("weeks"), tr("months")});
    auto *intervalError = EditorSupport::makeErrorLabel(QStringLiteral("intervalErrorLabel"));
    intervalForm->addRow(
        buddyLabel(tr("Ever&y:"), m_intervalSpin),
        EditorSupport::withErrorLabel(row({m_intervalSpin, m_intervalUnitCombo}), intervalError));
    m_fields.insert(QStringLiteral("schedule.interval.amount"), {m_intervalSpin, intervalError});
    m_intervalShortMonthsBox = new QWidget(interval);
    auto *intervalMonths = new QVBoxLayout(m_intervalShortMonthsBox);
    intervalMonths->setContentsMargins(0, 0, 0, 0);
    intervalMonths->setSpacing(2);
    m_intervalSkipRadio =
        new QRadioButton(tr("S&kip months without the start's day"), m_intervalShortMonthsBox);
    m_intervalSkipRadio->setObjectName(QStringLiteral("intervalSkipRadio"));
    m_intervalLastDayRadio =
        new QRadioButton(tr("Run on the &last day instead"), m_intervalShortMonthsBox);
    m_intervalLastDayRadio->setObjectName(QStringLiteral("intervalLastDayRadio"));
    auto *intervalGroup = new QButtonGroup(m_intervalShortMonthsBox);
    intervalGroup->addButton(m_intervalSkipRadio);
    intervalGroup->addButton(m_intervalLastDayRadio);
    auto *startNote =
        makeHint(QStringLiteral("intervalNoteLabel"), QString(), true, m_intervalShortMonthsBox);
    intervalMonths->addWidget(m_intervalSkipRadio);
    intervalMonths->addWidget(m_intervalLastDayRadio);
    intervalMonths->addWidget(startNote);
    retainSizeWhenHidden(m_intervalShortMonthsBox);
    intervalForm->addRow(QString(), m_intervalShortMonthsBox);
    m_noteLabels.insert(QStringLiteral("schedule.start"), startNote);
    intervalForm->addRow(
        QString(), makeHint(QStringLiteral("intervalHint"),
                            tr("Counted from the start below. Minutes and hours are counted in "
                               "elapsed time; days, weeks and months keep the start's time of "
                               "day across DST changes."),
                            false, interval));
    stack->addWidget(interval);

    // Cron
    auto *cron = new QWidget(stack);
    cron->setObjectName(QStringLiteral("cronPage"));
    QFormLayout *cronForm = pageForm(cron);
    m_cronEdit = new QLineEdit(cron);
    m_cronEdit->setObjectName(QStringLiteral("cronEdit"));
    m_cronEdit->setAccessibleName(tr("Cron expression"));
    m_cronEdit->setPlaceholderText(QStringLiteral("0 8 * * MON-FRI"));
    m_cronEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *cronError = EditorSupport::makeErrorLabel(QStringLiteral("cronErrorLabel"));
    auto *cronNote = makeHint(QStringLiteral("cronNoteLabel"), QString(), true, cron);
    cronNote->setVisible(false);
    auto *cronField = EditorSupport::withErrorLabel(m_cronEdit, cronError);
    cronField->layout()->addWidget(cronNote);
    cronForm->addRow(buddyLabel(tr("&Cron expression:"), m_cronEdit), cronField);
    m_fields.insert(QStringLiteral("schedule.cron"), {m_cronEdit, cronError});
    m_noteLabels.insert(QStringLiteral("schedule.cron"), cronNote);
    // The short form under the field; the whole syntax in the tooltip.
    auto *cronHint = makeHint(QStringLiteral("cronHintLabel"),
                              tr("5 fields: minute hour day-of-month month day-of-week, e.g. "
                                 "\"0 8 * * MON-FRI\"; 6 fields put seconds first."),
                              false, cron);
    m_cronEdit->setToolTip(
        tr("5 fields: minute hour day-of-month month day-of-week, e.g. \"0 8 * * MON-FRI\".\n"
           "6 fields put seconds first, as OpenObserve does: \"0 0 8 * * MON-FRI\".\n"
           "Each field takes *, a number, a list 1,15, a range 1-5, a step */10; months "
           "JAN-DEC, weekdays SUN-SAT.\n"
           "Also @daily, @weekly, @monthly, @yearly and @hourly."));
    cronHint->setToolTip(m_cronEdit->toolTip());
    cronHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cronForm->addRow(QString(), cronHint);
    stack->addWidget(cron);
}

// ------------------------------------------------------------------------------ public API

void ScheduleEditor::setScheduleJson(const QJsonObject &json)
{
    Schedule fresh;
    fresh.time = QTime(8, 0);
    fresh.timeZone = m_defaultZone;
    m_loadError.clear();
    m_unreadable = {};
    const auto parsed = Schedule::fromJson(json);
    if (!parsed) {
        m_scheduled = true;
        m_loadError = parsed.error();
        m_unreadable = json;
        m_schedule = fresh;
    } else if (!parsed->has_value()) {
        m_scheduled = false;
        m_schedule = fresh;
    } else {
        m_scheduled = true;
        m_schedule = **parsed;
    }
    loadWidgets();
    refresh();
}

QJsonObject ScheduleEditor::scheduleJson() const
{
    if (!m_scheduled)
        return {};
    if (!m_loadError.isEmpty())
        return m_unreadable; // unchanged until the user replaces it
    return m_schedule.toJson();
}

void ScheduleEditor::setDefaultTimeZone(const QString &ianaId)
{
    m_defaultZone = ZoneClock::forId(ianaId) ? ianaId : QStringLiteral("UTC");
}

void ScheduleEditor::setNow(const QDateTime &now)
{
    m_fixedNow = now;
    if (m_fixedNow.isValid())
        m_clockTimer->stop();
    else if (isVisible())
        m_clockTimer->start();
    tick();
}

QDateTime ScheduleEditor::now() const
{
    return m_fixedNow.isValid() ? m_fixedNow.toUTC() : QDateTime::currentDateTimeUtc();
}

void ScheduleEditor::focusField(const QString &key)
{
    FieldView view = m_fields.value(key);
    if (key == QLatin1String("schedule.time")) {
        QWidget *page = m_frequencyStack->currentWidget();
        view.field = qobject_cast<QWidget *>(page->property("timeField").value<QObject *>());
    }
    QWidget *w = view.field;
    if (!w || !w->isEnabled())
        w = m_scheduledCheck->isChecked() ? static_cast<QWidget *>(m_frequencyCombo)
                                          : m_scheduledCheck;
    w->setFocus(Qt::OtherFocusReason);
}

void ScheduleEditor::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fixedNow.isValid()) {
        tick(); // the runs shown may have passed while hidden
        m_clockTimer->start();
    }
}

void ScheduleEditor::hideEvent(QHideEvent *event)
{
    m_clockTimer->stop();
    QWidget::hideEvent(event);
}

// ------------------------------------------------------------------------------- loading

void ScheduleEditor::loadWidgets()
{
    m_loading = true;
    const Schedule &s = m_schedule;
    m_scheduledCheck->setChecked(m_scheduled);
    m_fieldsBox->setEnabled(m_scheduled);
    m_frequencyCombo->setCurrentIndex(int(s.frequency));
    const QTime time = s.time.isValid() ? s.time : QTime(0, 0);
    m_minuteSpin->setValue(time.minute());
    for (QTimeEdit *edit :
         {m_dailyTimeEdit, m_weeklyTimeEdit, m_monthlyTimeEdit, m_lastDayTimeEdit})
        edit->setTime(time);
    for (int d = 1; d <= 7; ++d)
        m_weekdayChecks.at(d - 1)->setChecked(s.weekdays.contains(d));
    setSpinValue(m_dayOfMonthSpin, s.dayOfMonth, 1, 31);
    const bool lastDay = s.shortMonths == Schedule::ShortMonths::LastDay;
    (lastDay ? m_monthlyLastDayRadio : m_monthlySkipRadio)->setChecked(true);
    (lastDay ? m_intervalLastDayRadio : m_intervalSkipRadio)->setChecked(true);
    setSpinValue(m_intervalSpin, s.intervalAmount, 1, 100000);
    m_intervalUnitCombo->setCurrentIndex(int(s.intervalUnit));
    m_cronEdit->setText(s.cron);
    const int zoneRow = static_cast<TimeZoneListModel *>(m_zoneCombo->model())->rowOf(s.timeZone);
    m_zoneCombo->setCurrentIndex(zoneRow);
    if (zoneRow < 0)
        m_zoneCombo->setEditText(s.timeZone);
    m_zoneCombo->lineEdit()->setCursorPosition(0);
    loadWallClockFields();
    m_workdaysCheck->setChecked(s.workdaysOnly);
    m_catchUpCombo->setCurrentIndex(m_catchUpCombo->findData(int(s.catchUp.mode)));
    m_catchUpLimitSpin->setVisible(s.catchUp.mode == CatchUpPolicy::Mode::RunEach);
    setSpinValue(m_catchUpLimitSpin, s.catchUp.limit, 1, 1000);
    updateFrequencyPage();
    m_loading = false;
}

void ScheduleEditor::loadWallClockFields()
{
    const QDateTime fallback = defaultReading();
    m_startCheck->setChecked(m_schedule.start.isValid());
    m_startEdit->setEnabled(m_schedule.start.isValid());
    m_startEdit->setDateTime(m_schedule.start.isValid() ? toWallReading(m_schedule.start)
                                                        : fallback);
    m_endCheck->setChecked(m_schedule.end.isValid());
    m_endEdit->setEnabled(m_schedule.end.isValid());
    m_endEdit->setDateTime(m_schedule.end.isValid() ? toWallReading(m_schedule.end)
                                                    : m_startEdit->dateTime().addMonths(1));
}

QDateTime ScheduleEditor::defaultReading() const
{
    // The next full hour in the schedule's zone.
    const QDateTime reading = toWallReading(now());
    return QDateTime(reading.date(), QTime(reading.time().hour(), 0), Qt::UTC).addSecs(3600);
}

QDateTime ScheduleEditor::toWallReading(const QDateTime &instant) const
{
    const QDateTime t = instant.toTimeZone(zoneFor(m_schedule.timeZone));
    const QTime time(t.time().hour(), t.time().minute(), t.time().second());
    return QDateTime(t.date(), time, Qt::UTC);
}

QDateTime ScheduleEditor::fromWallReading(const QDateTime &reading) const
{
    const QDateTime wall(reading.date(), reading.time(), Qt::UTC);
    const qint64 localSecs = wall.toSecsSinceEpoch();
    const auto clock = ZoneClock::forId(m_schedule.timeZone);
    const qint64 utc = clock ? clock->fromLocal(localSecs).utc : localSecs;
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC);
}

// ------------------------------------------------------------------------------ updating

void ScheduleEditor::userEdited()
{
    if (m_scheduled && !m_loadError.isEmpty()) {
        // The first edit replaces JSON that could not be read with what the fields show.
        m_loadError.clear();
        m_unreadable = {};
    }
    refresh();
    emit edited();
}

void ScheduleEditor::tick()
{
    const FieldErrors before = m_errors;
    refresh();
    if (m_errors != before)
        emit errorsChanged();
}

void ScheduleEditor::updateFrequencyPage()
{
    m_frequencyStack->setCurrentIndex(int(m_schedule.frequency));
    m_intervalShortMonthsBox->setVisible(m_schedule.intervalUnit == Schedule::IntervalUnit::Months);
    QWidget *page = m_frequencyStack->currentWidget();
    auto *timeField = qobject_cast<QWidget *>(page->property("timeField").value<QObject *>());
    auto *timeError = qobject_cast<QLabel *>(page->property("timeError").value<QObject *>());
    // Clear the time error of the page left behind before pointing the key at the new page.
    const FieldView old = m_fields.value(QStringLiteral("schedule.time"));
    if (old.field && old.field != timeField)
        EditorSupport::setFieldError(old.field, old.errorLabel, QString());
    if (timeField)
        m_fields.insert(QStringLiteral("schedule.time"), {timeField, timeError});
    else
        m_fields.remove(QStringLiteral("schedule.time"));
}

void ScheduleEditor::refresh()
{
    const QDateTime at = now();
    m_errors.clear();
    if (m_scheduled) {
        if (!m_loadError.isEmpty())
            m_errors.append({QStringLiteral("schedule"),
                             tr("The stored schedule cannot be read (%1). Change any field to "
                                "replace it, or turn the schedule off.")
                                 .arg(m_loadError)});
        else
            m_errors = m_schedule.validate(at);
        const bool zoneError =
            std::any_of(m_errors.cbegin(), m_errors.cend(), [](const FieldError &e) {
                return e.field == QLatin1String("schedule.timeZone");
            });
        if (m_loadError.isEmpty() && !zoneError && !isListedZone(m_schedule.timeZone))
            m_errors.prepend({QStringLiteral("schedule.timeZone"),
                              tr("\"%1\" is not a time zone this system knows; choose an IANA "
                                 "zone such as Europe/Berlin.")
                                  .arg(m_schedule.timeZone)});
    }
    static_cast<TimeZoneListModel *>(m_zoneCombo->model())->setReference(at);

    if (!m_scheduled)
        m_summaryLabel->setText(tr("Not scheduled: the report runs only when you start it."));
    else if (!m_loadError.isEmpty())
        m_summaryLabel->setText(tr("The stored schedule cannot be read."));
    else
        m_summaryLabel->setText(m_schedule.summary());

    updateFieldMessages();
    updateOffsetLabels();
    updateNextRuns();
}

void ScheduleEditor::updateFieldMessages()
{
    QHash<QString, QString> byField;
    QStringList general;
    for (const FieldError &e : std::as_const(m_errors)) {
        if (!m_fields.contains(e.field)) {
            general.append(e.message);
            continue;
        }
        QString &text = byField[e.field];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + e.message;
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        EditorSupport::setFieldError(it->field, it->errorLabel, byField.value(it.key()));
    m_generalErrorLabel->setText(general.join(QLatin1Char('\n')));
    m_generalErrorLabel->setVisible(!general.isEmpty());

    QHash<QString, QString> notes;
    if (m_scheduled && m_loadError.isEmpty()) {
        for (const FieldError &n : m_schedule.notes()) {
            QString &text = notes[n.field];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + n.message;
        }
    }
    for (auto it = m_noteLabels.cbegin(); it != m_noteLabels.cend(); ++it) {
        it.value()->setText(notes.value(it.key()));
        it.value()->setVisible(!notes.value(it.key()).isEmpty());
    }
}

void ScheduleEditor::updateOffsetLabels()
{
    const auto clock = ZoneClock::forId(m_schedule.timeZone);
    if (!clock || !isListedZone(m_schedule.timeZone)) {
        m_zoneOffsetLabel->clear();
        m_startOffsetLabel->clear();
        m_endOffsetLabel->clear();
        return;
    }
    const QTimeZone &zone = clock->zone();
    const QDateTime at = now();
    m_zoneOffsetLabel->setText(
        tr("now %1, %2").arg(offsetText(zone.offsetFromUtc(at)), zone.abbreviation(at)));
    auto describe = [&](QDateTimeEdit *edit, QLabel *label) {
        const QDateTime reading = edit->dateTime();
        const QDateTime instant = fromWallReading(reading);
        QString text = offsetText(zone.offsetFromUtc(instant));
        const QDateTime shown = toWallReading(instant);
        if (shown.toSecsSinceEpoch() != reading.toSecsSinceEpoch()) // a reading in a DST gap
            text = tr("%1: %2 does not exist (DST), so %3")
                       .arg(text, timeText(reading.time()), timeText(shown.time()));
        label->setText(text);
        label->setEnabled(edit->isEnabled());
    };
    describe(m_startEdit, m_startOffsetLabel);
    describe(m_endEdit, m_endOffsetLabel);
}

QString ScheduleEditor::dstMoveText(const QDateTime &run) const
{
    const QTimeZone zone = zoneFor(m_schedule.timeZone);
    const QDateTime before = run.toOffsetFromUtc(zone.offsetFromUtc(run.addSecs(-1)));
    const QDateTime after = run.toTimeZone(zone);
    QTime intended;
    switch (m_schedule.frequency) {
    case Schedule::Frequency::Daily:
    case Schedule::Frequency::Weekly:
    case Schedule::Frequency::Monthly:
    case Schedule::Frequency::LastDayOfMonth:
        intended = m_schedule.time;
        break;
    case Schedule::Frequency::Interval:
        if (m_schedule.start.isValid())
            intended = m_schedule.start.toTimeZone(zone).time();
        break;
    default:
        break;
    }
    const QString date = after.date().toString(Qt::ISODate);
    if (intended.isValid())
        return tr("Moved by a DST change: %1 does not exist on %2 in %3 (clocks jump from %4 to "
                  "%5), so it runs at %5.")
            .arg(timeText(intended), date, m_schedule.timeZone, timeText(before.time()),
                 timeText(after.time()));
    return tr("Moved by a DST change: the scheduled time does not exist on %1 in %2 (clocks "
              "jump from %3 to %4), so it runs at %4.")
        .arg(date, m_schedule.timeZone, timeText(before.time()), timeText(after.time()));
}

void ScheduleEditor::updateNextRuns()
{
    m_nextRunsFootnote->clear();
    m_nextRunsFootnote->setVisible(false);
    auto message = [this](const QString &text) {
        m_nextRunsMessage->setText(text);
        m_nextRunsStack->setCurrentWidget(m_nextRunsMessage);
    };
    if (!m_scheduled) {
        message(tr("Not scheduled. Turn on \"Run this report on a schedule\" to see when it "
                   "would run."));
        return;
    }
    if (!m_errors.isEmpty()) {
        QStringList lines{tr("No runs to show until the schedule is fixed:")};
        for (const FieldError &e : std::as_const(m_errors))
            lines.append(QStringLiteral("• ") + e.message);
        message(lines.join(QLatin1Char('\n')));
        return;
    }
    const QDateTime at = now();
    const QList<QDateTime> runs = ScheduleCalculator::nextN(m_schedule, at, kRunsShown);
    if (runs.isEmpty()) {
        message(tr("This schedule will not run again."));
        return;
    }

    const QTimeZone zone = zoneFor(m_schedule.timeZone);
    const QTimeZone local = QTimeZone::systemTimeZone();
    const bool seconds = std::any_of(runs.cbegin(), runs.cend(),
                                     [](const QDateTime &t) { return t.time().second() != 0; });
    const QLocale locale;
    const QString format = seconds ? QStringLiteral("ddd yyyy-MM-dd HH:mm:ss")
                                   : QStringLiteral("ddd yyyy-MM-dd HH:mm");
    auto cell = [&](const QDateTime &run, const QTimeZone &z) {
        const QDateTime t = run.toTimeZone(z);
        auto *item = new QTableWidgetItem(
            QStringLiteral("%1 %2").arg(locale.toString(t, format), offsetText(t.offsetFromUtc())));
        item->setToolTip(QStringLiteral("%1 %2 (%3), %4")
                             .arg(locale.toString(t, QStringLiteral("dddd yyyy-MM-dd HH:mm:ss")),
                                  t.timeZoneAbbreviation(), offsetText(t.offsetFromUtc()),
                                  QString::fromUtf8(z.id())));
        return item;
    };

    const QString localId = QString::fromUtf8(local.id());
    m_nextRunsTable->setHorizontalHeaderLabels(
        {m_schedule.timeZone, tr("Local: %1").arg(localId), tr("Note")});
    QStringList moves;
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < kRunsShown; ++r) {
        if (r >= runs.size()) {
            for (int c = 0; c < 3; ++c)
                m_nextRunsTable->setItem(r, c, new QTableWidgetItem);
            continue;
        }
        const QDateTime &run = runs.at(r);
        QTableWidgetItem *inZone = cell(run, zone);
        QTableWidgetItem *inLocal = cell(run, local);
        auto *note = new QTableWidgetItem;
        if (ScheduleCalculator::shiftedByDst(m_schedule, run)) {
            const QString why = dstMoveText(run);
            note->setText(tr("Moved by DST"));
            note->setIcon(warning);
            note->setData(Qt::UserRole, true);
            for (QTableWidgetItem *item : {inZone, inLocal, note})
                item->setToolTip(why);
            if (!moves.contains(why))
                moves.append(why);
        }
        m_nextRunsTable->setItem(r, 0, inZone);
        m_nextRunsTable->setItem(r, 1, inLocal);
        m_nextRunsTable->setItem(r, 2, note);
    }
    m_nextRunsStack->setCurrentWidget(m_nextRunsTable);

    QStringList footnotes = moves;
    if (runs.size() < kRunsShown)
        footnotes.append(m_schedule.frequency == Schedule::Frequency::Once
                             ? tr("A one-off schedule runs once.")
                             : tr("No runs after these: the schedule ends at %1.")
                                   .arg(locale.toString(m_schedule.end.toTimeZone(zone),
                                                        QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_nextRunsFootnote->setText(footnotes.join(QLatin1Char('\n')));
    m_nextRunsFootnote->setVisible(!footnotes.isEmpty());
}

} // namespace reportdesk
