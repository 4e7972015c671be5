#include "ReportEditor.h"

#include "EditorSupport.h"
#include "ScheduleEditor.h"
#include "SectionEditor.h"
#include "catalog/Catalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

const QColor kErrorColor(0xb3, 0x26, 0x1e);

QString bannerStyle(const char *objectName)
{
    return QStringLiteral("QLabel#%1 { background: #fdecea; border: 1px solid #e6a19b;"
                          " border-radius: 4px; padding: 6px 8px; color: #5f1410; }")
        .arg(QLatin1String(objectName));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !tags.contains(t))
            tags.append(t);
    }
    return tags;
}

QString kindLabel(Section::Kind kind)
{
    switch (kind) {
    case Section::Kind::Text:
        return ReportEditor::tr("Text");
    case Section::Kind::Table:
        return ReportEditor::tr("Table");
    case Section::Kind::Chart:
        return ReportEditor::tr("Chart");
    case Section::Kind::Image:
        return ReportEditor::tr("Image");
    case Section::Kind::PageBreak:
        return ReportEditor::tr("Page break");
    case Section::Kind::RemoteSnapshot:
        return ReportEditor::tr("Remote snapshot");
    }
    return {};
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A form at the top of its page; extra height goes below it, not between rows.
QFormLayout *newForm(QWidget *page)
{
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

ReportEditor::ReportEditor(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_saveErrorLabel = new QLabel(this);
    m_saveErrorLabel->setObjectName(QStringLiteral("saveErrorLabel"));
    m_saveErrorLabel->setWordWrap(true);
    m_saveErrorLabel->setTextFormat(Qt::PlainText);
    m_saveErrorLabel->setStyleSheet(bannerStyle("saveErrorLabel"));
    m_saveErrorLabel->setVisible(false);
    layout->addWidget(m_saveErrorLabel);

    m_errorSummary = new QLabel(this);
    m_errorSummary->setObjectName(QStringLiteral("errorSummaryLabel"));
    m_errorSummary->setWordWrap(true);
    m_errorSummary->setTextFormat(Qt::RichText);
    m_errorSummary->setStyleSheet(bannerStyle("errorSummaryLabel"));
    m_errorSummary->setVisible(false);
    connect(m_errorSummary, &QLabel::linkActivated, this, &ReportEditor::focusField);
    layout->addWidget(m_errorSummary);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportEditorTabs"));
    m_tabs->addTab(scrollable(buildGeneralPage()), tr("&General"));
    m_tabs->addTab(scrollable(buildContentPage()), tr("C&ontent"));
    m_tabs->addTab(scrollable(buildPagePage()), tr("&Page"));
    m_tabs->addTab(scrollable(buildOutputPage()), tr("O&utput"));
    m_tabs->addTab(scrollable(buildTimePage()), tr("Time && &variables"));
    m_scheduleEditor = new ScheduleEditor;
    m_scheduleEditor->setObjectName(QStringLiteral("scheduleEditor"));
    m_tabs->addTab(scrollable(m_scheduleEditor), tr("&Schedule"));
    layout->addWidget(m_tabs, 1);
    connect(m_scheduleEditor, &ScheduleEditor::edited, this, &ReportEditor::scheduleEdited);
    // Time passing can make a schedule invalid ("will never run again") without an edit.
    connect(m_scheduleEditor, &ScheduleEditor::errorsChanged, this, &ReportEditor::edited);

    if (m_catalog)
        connect(m_catalog, &Catalog::brandingChanged, this, &ReportEditor::reloadBrandingProfiles);
    reloadBrandingProfiles();
    setReport(Report{});
}

ReportEditor::~ReportEditor() = default;

QWidget *ReportEditor::scrollable(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// ------------------------------------------------------------------------------------ pages

QWidget *ReportEditor::buildGeneralPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("generalPage"));
    auto *form = newForm(page);

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("Unique in its folder, no \"/\""));
    auto *nameError = EditorSupport::makeErrorLabel(QStringLiteral("nameErrorLabel"), page);
    form->addRow(buddyLabel(tr("&Name:"), m_nameEdit),
                 EditorSupport::withErrorLabel(m_nameEdit, nameError));
    m_fields.insert(QStringLiteral("name"), {m_nameEdit, nameError});

    m_titleEdit = new QLineEdit(page);
    m_titleEdit->setObjectName(QStringLiteral("titleEdit"));
    m_titleEdit->setPlaceholderText(tr("Shown on the first page; the name when empty"));
    form->addRow(buddyLabel(tr("&Title:"), m_titleEdit), m_titleEdit);

    m_descriptionEdit = new QPlainTextEdit(page);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(buddyLabel(tr("&Description:"), m_descriptionEdit), m_descriptionEdit);

    m_ownerEdit = new QLineEdit(page);
    m_ownerEdit->setObjectName(QStringLiteral("ownerEdit"));
    m_ownerEdit->setPlaceholderText(tr("Who answers questions about this report"));
    form->addRow(buddyLabel(tr("O&wner:"), m_ownerEdit), m_ownerEdit);

    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(QStringLiteral("tagsEdit"));
    m_tagsEdit->setPlaceholderText(tr("Comma-separated, e.g. traffic, weekly"));
    form->addRow(buddyLabel(tr("T&ags:"), m_tagsEdit), m_tagsEdit);

    m_enabledCheck = new QCheckBox(tr("&Enabled (scheduled runs happen)"), page);
    m_enabledCheck->setObjectName(QStringLiteral("enabledCheck"));
    form->addRow(QString(), m_enabledCheck);

    m_messageEdit = new QPlainTextEdit(page);
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("The body of the e-mail that delivers the report"));
    m_messageEdit->setFixedHeight(m_messageEdit->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(buddyLabel(tr("E-&mail message:"), m_messageEdit), m_messageEdit);

    auto *folderError = EditorSupport::makeErrorLabel(QStringLiteral("folderErrorLabel"), page);
    form->addRow(QString(), folderError);
    m_fields.insert(QStringLiteral("folder"), {nullptr, folderError});

    auto text = [this](auto member) {
        return [this, member](const QString &value) {
            if (m_loading)
                return;
            m_report.*member = value;
            edited();
        };
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, text(&Report::name));
    connect(m_titleEdit, &QLineEdit::textEdited, this, text(&Report::title));
    connect(m_ownerEdit, &QLineEdit::textEdited, this, text(&Report::owner));
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_report.description = m_descriptionEdit->toPlainText();
        edited();
    });
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_report.message = m_messageEdit->toPlainText();
        edited();
    });
    connect(m_tagsEdit, &QLineEdit::textEdited, this, [this](const QString &value) {
        m_report.tags = splitTags(value);
        edited();
    });
    connect(m_enabledCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        m_report.enabled = on;
        edited();
    });
    return page;
}

QMenu *ReportEditor::buildAddSectionMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const struct {
        Section::Kind kind;
        QString text;
        const char *name;
    } kinds[] = {
        {Section::Kind::Text, tr("&Text"), "addTextSectionAction"},
        {Section::Kind::Table, tr("T&able"), "addTableSectionAction"},
        {Section::Kind::Chart, tr("&Chart"), "addChartSectionAction"},
        {Section::Kind::Image, tr("&Image"), "addImageSectionAction"},
        {Section::Kind::PageBreak, tr("&Page break"), "addPageBreakSectionAction"},
    };
    for (const auto &k : kinds) {
        QAction *action = menu->addAction(k.text);
        action->setObjectName(QLatin1String(k.name));
        const int kind = int(k.kind);
        connect(action, &QAction::triggered, this, [this, kind] { addSection(kind); });
    }
    return menu;
}

QWidget *ReportEditor::buildContentPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("contentPage"));
    auto *layout = new QVBoxLayout(page);
    m_contentStack = new QStackedWidget(page);
    layout->addWidget(m_contentStack);

    // Empty state
    m_emptyContent = new QWidget(m_contentStack);
    auto *emptyLayout = new QVBoxLayout(m_emptyContent);
    emptyLayout->addStretch();
    auto *emptyLabel =
        new QLabel(tr("This report has no content yet. Add a section: text, a table or chart "
                      "from a query, an image or a page break."),
                   m_emptyContent);
    emptyLabel->setObjectName(QStringLiteral("emptyContentLabel"));
    emptyLabel->setWordWrap(true);
    emptyLabel->setAlignment(Qt::AlignCenter);
    emptyLayout->addWidget(emptyLabel);
    auto *emptyAdd = new QToolButton(m_emptyContent);
    emptyAdd->setObjectName(QStringLiteral("emptyAddSectionButton"));
    emptyAdd->setText(tr("Add section"));
    emptyAdd->setPopupMode(QToolButton::InstantPopup);
    emptyAdd->setToolButtonStyle(Qt::ToolButtonTextOnly);
    emptyAdd->setMenu(buildAddSectionMenu(emptyAdd));
    auto *emptyRow = new QHBoxLayout;
    emptyRow->addStretch();
    emptyRow->addWidget(emptyAdd);
    emptyRow->addStretch();
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addStretch();
    m_contentStack->addWidget(m_emptyContent);

    // Sections
    m_sectionsContent = new QWidget(m_contentStack);
    auto *sectionsLayout = new QHBoxLayout(m_sectionsContent);
    sectionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, m_sectionsContent);
    splitter->setChildrenCollapsible(false);
    sectionsLayout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Sections:"), left);
    leftLayout->addWidget(listLabel);
    m_sectionList = new QListWidget(left);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sectionList->setMinimumWidth(200);
    listLabel->setBuddy(m_sectionList);
    leftLayout->addWidget(m_sectionList, 1);

    auto *buttons = new QGridLayout;
    m_addSectionButton = new QToolButton(left);
    m_addSectionButton->setObjectName(QStringLiteral("addSectionButton"));
    m_addSectionButton->setText(tr("A&dd"));
    m_addSectionButton->setToolTip(tr("Add a section after the selected one"));
    m_addSectionButton->setPopupMode(QToolButton::InstantPopup);
    m_addSectionButton->setMenu(buildAddSectionMenu(m_addSectionButton));
    m_addSectionButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_duplicateSectionButton = new QPushButton(tr("Dupli&cate"), left);
    m_duplicateSectionButton->setObjectName(QStringLiteral("duplicateSectionButton"));
    m_removeSectionButton = new QPushButton(tr("&Remove"), left);
    m_removeSectionButton->setObjectName(QStringLiteral("removeSectionButton"));
    m_removeSectionButton->setToolTip(tr("Remove the selected section (Delete)"));
    m_upSectionButton = new QPushButton(tr("Move &up"), left);
    m_upSectionButton->setObjectName(QStringLiteral("moveSectionUpButton"));
    m_upSectionButton->setToolTip(tr("Move the selected section up (Ctrl+Up)"));
    m_downSectionButton = new QPushButton(tr("Move do&wn"), left);
    m_downSectionButton->setObjectName(QStringLiteral("moveSectionDownButton"));
    m_downSectionButton->setToolTip(tr("Move the selected section down (Ctrl+Down)"));
    buttons->addWidget(m_addSectionButton, 0, 0);
    buttons->addWidget(m_duplicateSectionButton, 0, 1);
    buttons->addWidget(m_upSectionButton, 1, 0);
    buttons->addWidget(m_downSectionButton, 1, 1);
    buttons->addWidget(m_removeSectionButton, 2, 0, 1, 2);
    leftLayout->addLayout(buttons);

    m_sectionEditor = new SectionEditor(m_catalog, splitter);
    m_sectionEditor->setObjectName(QStringLiteral("sectionEditor"));
    splitter->addWidget(left);
    splitter->addWidget(m_sectionEditor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});
    m_contentStack->addWidget(m_sectionsContent);

    auto *moveUp = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_sectionList);
    moveUp->setContext(Qt::WidgetShortcut);
    auto *moveDown = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_sectionList);
    moveDown->setContext(Qt::WidgetShortcut);
    auto *remove = new QShortcut(QKeySequence::Delete, m_sectionList);
    remove->setContext(Qt::WidgetShortcut);
    connect(moveUp, &QShortcut::activated, this, [this] { moveSection(-1); });
    connect(moveDown, &QShortcut::activated, this, [this] { moveSection(1); });
    connect(remove, &QShortcut::activated, this, &ReportEditor::removeSection);
    connect(m_upSectionButton, &QPushButton::clicked, this, [this] { moveSection(-1); });
    connect(m_downSectionButton, &QPushButton::clicked, this, [this] { moveSection(1); });
    connect(m_removeSectionButton, &QPushButton::clicked, this, &ReportEditor::removeSection);
    connect(m_duplicateSectionButton, &QPushButton::clicked, this, &ReportEditor::duplicateSection);
    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool has = row >= 0 && row < m_report.sections.size();
        m_sectionEditor->setEnabled(has);
        m_removeSectionButton->setEnabled(has);
        m_duplicateSectionButton->setEnabled(has);
        m_upSectionButton->setEnabled(has && row > 0);
        m_downSectionButton->setEnabled(has && row + 1 < m_report.sections.size());
        if (!has)
            return;
        m_sectionEditor->setReportContext(m_report);
        m_sectionEditor->setSection(m_report.sections.at(row));
        updateErrors();
    });
    connect(m_sectionEditor, &SectionEditor::changed, this, [this] {
        const int row = currentSection();
        if (row < 0)
            return;
        m_report.sections[row] = m_sectionEditor->section();
        updateSectionItem(row);
        edited();
    });
    return page;
}

QWidget *ReportEditor::buildPagePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("pagePage"));
    auto *form = newForm(page);

    m_pageSizeCombo = new QComboBox(page);
    m_pageSizeCombo->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSizeCombo->addItems(PageOptions::sizeNames());
    auto *sizeError = EditorSupport::makeErrorLabel(QStringLiteral("pageSizeErrorLabel"), page);
    form->addRow(buddyLabel(tr("Page &size:"), m_pageSizeCombo),
                 EditorSupport::withErrorLabel(m_pageSizeCombo, sizeError));
    m_fields.insert(QStringLiteral("page.size"), {m_pageSizeCombo, sizeError});

    m_orientationCombo = new QComboBox(page);
    m_orientationCombo->setObjectName(QStringLiteral("orientationCombo"));
    m_orientationCombo->addItem(tr("Portrait"), int(PageOptions::Orientation::Portrait));
    m_orientationCombo->addItem(tr("Landscape"), int(PageOptions::Orientation::Landscape));
    form->addRow(buddyLabel(tr("&Orientation:"), m_orientationCombo), m_orientationCombo);

    m_layoutCombo = new QComboBox(page);
    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    m_layoutCombo->addItem(tr("Simple: one section after another"),
                           int(PageOptions::Layout::Simple));
    m_layoutCombo->addItem(tr("Grid: sections share rows by their width"),
                           int(PageOptions::Layout::Grid));
    form->addRow(buddyLabel(tr("&Layout:"), m_layoutCombo), m_layoutCombo);

    auto margin = [page](const char *name) {
        auto *spin = new QDoubleSpinBox(page);
        spin->setObjectName(QLatin1String(name));
        spin->setRange(0, 100);
        spin->setDecimals(1);
        spin->setSingleStep(1);
        spin->setSuffix(tr(" mm"));
        return spin;
    };
    m_marginTop = margin("marginTopSpin");
    m_marginBottom = margin("marginBottomSpin");
    m_marginLeft = margin("marginLeftSpin");
    m_marginRight = margin("marginRightSpin");
    auto *marginsBox = new QWidget(page);
    auto *grid = new QGridLayout(marginsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(buddyLabel(tr("To&p"), m_marginTop), 0, 0);
    grid->addWidget(m_marginTop, 0, 1);
    grid->addWidget(buddyLabel(tr("&Bottom"), m_marginBottom), 0, 2);
    grid->addWidget(m_marginBottom, 0, 3);
    grid->addWidget(buddyLabel(tr("L&eft"), m_marginLeft), 1, 0);
    grid->addWidget(m_marginLeft, 1, 1);
    grid->addWidget(buddyLabel(tr("&Right"), m_marginRight), 1, 2);
    grid->addWidget(m_marginRight, 1, 3);
    grid->setColumnStretch(4, 1);
    auto *marginsError = EditorSupport::makeErrorLabel(QStringLiteral("marginsErrorLabel"), page);
    form->addRow(new QLabel(tr("Margins:"), page),
                 EditorSupport::withErrorLabel(marginsBox, marginsError));
    m_fields.insert(QStringLiteral("page.margins"), {m_marginTop, marginsError});

    connect(m_pageSizeCombo, &QComboBox::currentTextChanged, this, [this](const QString &size) {
        if (m_loading)
            return;
        m_report.page.size = size;
        edited();
    });
    connect(m_orientationCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_report.page.orientation =
            PageOptions::Orientation(m_orientationCombo->currentData().toInt());
        edited();
    });
    connect(m_layoutCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_report.page.layout = PageOptions::Layout(m_layoutCombo->currentData().toInt());
        edited();
    });
    for (QDoubleSpinBox *spin : {m_marginTop, m_marginBottom, m_marginLeft, m_marginRight}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this] {
            if (m_loading)
                return;
            m_report.page.marginsMm = QMarginsF(m_marginLeft->value(), m_marginTop->value(),
                                                m_marginRight->value(), m_marginBottom->value());
            edited();
        });
    }
    return page;
}

QWidget *ReportEditor::buildOutputPage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("outputPage"));
    auto *form = newForm(page);

    auto *formatsBox = new QWidget(page);
    auto *formatsRow = new QHBoxLayout(formatsBox);
    formatsRow->setContentsMargins(0, 0, 0, 0);
    const QHash<QString, QString> labels{{QStringLiteral("pdf"), tr("&PDF")},
                                         {QStringLiteral("csv"), tr("&CSV (one file per table)")},
                                         {QStringLiteral("png"), tr("P&NG (one image per page)")}};
    for (const QString &format : Report::formatNames()) {
        auto *check = new QCheckBox(labels.value(format, format), formatsBox);
        check->setObjectName(format + QStringLiteral("FormatCheck"));
        formatsRow->addWidget(check);
        m_formatChecks.insert(format, check);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (m_loading)
                return;
            QStringList formats;
            for (const QString &f : Report::formatNames()) {
                if (m_formatChecks.value(f) && m_formatChecks.value(f)->isChecked())
                    formats.append(f);
            }
            m_report.formats = formats;
            edited();
        });
    }
    formatsRow->addStretch();
    auto *formatsError = EditorSupport::makeErrorLabel(QStringLiteral("formatsErrorLabel"), page);
    form->addRow(new QLabel(tr("Formats:"), page),
                 EditorSupport::withErrorLabel(formatsBox, formatsError));
    m_fields.insert(QStringLiteral("formats"),
                    {m_formatChecks.value(Report::formatNames().value(0)), formatsError});

    m_brandingCombo = new QComboBox(page);
    m_brandingCombo->setObjectName(QStringLiteral("brandingCombo"));
    form->addRow(buddyLabel(tr("&Branding profile:"), m_brandingCombo), m_brandingCombo);
    connect(m_brandingCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_report.brandingId = m_brandingCombo->currentData().toLongLong();
        edited();
    });
    return page;
}

QWidget *ReportEditor::buildTimePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("timePage"));
    auto *form = newForm(page);

    m_presetCombo = new QComboBox(page);
    m_presetCombo->setObjectName(QStringLiteral("timePresetCombo"));
    m_presetCombo->addItem(tr("Custom"), QString());
    for (const TimeRange::Preset &p : TimeRange::presets())
        m_presetCombo->addItem(QCoreApplication::translate("TimeRange", p.label),
                               QLatin1String(p.id));
    form->addRow(buddyLabel(tr("Time &range:"), m_presetCombo), m_presetCombo);

    m_fromEdit = new QLineEdit(page);
    m_fromEdit->setObjectName(QStringLiteral("timeFromEdit"));
    m_fromEdit->setPlaceholderText(tr("now-7d, now/d, now-1M/M or 2026-01-31T08:00"));
    auto *fromError = EditorSupport::makeErrorLabel(QStringLiteral("timeFromErrorLabel"), page);
    form->addRow(buddyLabel(tr("&From:"), m_fromEdit),
                 EditorSupport::withErrorLabel(m_fromEdit, fromError));
    m_fields.insert(QStringLiteral("timeRange.from"), {m_fromEdit, fromError});

    m_toEdit = new QLineEdit(page);
    m_toEdit->setObjectName(QStringLiteral("timeToEdit"));
    m_toEdit->setPlaceholderText(tr("now, now/d or an ISO-8601 date and time"));
    auto *toError = EditorSupport::makeErrorLabel(QStringLiteral("timeToErrorLabel"), page);
    form->addRow(buddyLabel(tr("&To:"), m_toEdit),
                 EditorSupport::withErrorLabel(m_toEdit, toError));
    m_fields.insert(QStringLiteral("timeRange.to"), {m_toEdit, toError});

    m_timeZoneCombo = new QComboBox(page);
    m_timeZoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZoneCombo->setEditable(true);
    m_timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_timeZoneCombo->setMaxVisibleItems(15);
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        m_timeZoneCombo->addItem(QString::fromUtf8(id));
    auto *completer = new QCompleter(m_timeZoneCombo->model(), m_timeZoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZoneCombo->setCompleter(completer);
    m_timeZoneCombo->lineEdit()->setPlaceholderText(tr("Type to search, e.g. Berlin"));
    auto *zoneError = EditorSupport::makeErrorLabel(QStringLiteral("timeZoneErrorLabel"), page);
    form->addRow(buddyLabel(tr("Time &zone:"), m_timeZoneCombo),
                 EditorSupport::withErrorLabel(m_timeZoneCombo, zoneError));
    m_fields.insert(QStringLiteral("timeZone"), {m_timeZoneCombo, zoneError});

    m_timePreview = new QLabel(page);
    m_timePreview->setObjectName(QStringLiteral("timePreviewLabel"));
    m_timePreview->setWordWrap(true);
    m_timePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(new QLabel(tr("Resolved now:"), page), m_timePreview);

    auto *varsBox = new QWidget(page);
    auto *varsLayout = new QVBoxLayout(varsBox);
    varsLayout->setContentsMargins(0, 0, 0, 0);
    m_variablesTable = new QTableWidget(0, 2, varsBox);
    m_variablesTable->setObjectName(QStringLiteral("variablesTable"));
    m_variablesTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_variablesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_variablesTable->verticalHeader()->setVisible(false);
    m_variablesTable->setTabKeyNavigation(false);
    m_variablesTable->setMinimumHeight(140);
    m_variablesTable->setToolTip(tr("Text uses ${name}; queries use :name as a bound parameter"));
    varsLayout->addWidget(m_variablesTable);
    auto *varsError = EditorSupport::makeErrorLabel(QStringLiteral("variablesErrorLabel"), page);
    varsLayout->addWidget(varsError);
    auto *varButtons = new QHBoxLayout;
    auto *addVar = new QPushButton(tr("&Add variable"), varsBox);
    addVar->setObjectName(QStringLiteral("addVariableButton"));
    auto *removeVar = new QPushButton(tr("Remo&ve variable"), varsBox);
    removeVar->setObjectName(QStringLiteral("removeVariableButton"));
    varButtons->addWidget(addVar);
    varButtons->addWidget(removeVar);
    varButtons->addStretch();
    varsLayout->addLayout(varButtons);
    form->addRow(buddyLabel(tr("Varia&bles:"), m_variablesTable), varsBox);
    m_fields.insert(QStringLiteral("variables"), {m_variablesTable, varsError});

    connect(m_presetCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_presetCombo->itemData(index).toString();
        for (const TimeRange::Preset &p : TimeRange::presets()) {
            if (id == QLatin1String(p.id)) {
                m_report.timeRange = {QLatin1String(p.from), QLatin1String(p.to)};
                m_fromEdit->setText(m_report.timeRange.from);
                m_toEdit->setText(m_report.timeRange.to);
                edited();
                return;
            }
        }
    });
    auto syncPreset = [this] {
        int index = 0;
        for (int i = 0; i < TimeRange::presets().size(); ++i) {
            const TimeRange::Preset &p = TimeRange::presets().at(i);
            if (m_report.timeRange.from == QLatin1String(p.from) &&
                m_report.timeRange.to == QLatin1String(p.to))
                index = i + 1;
        }
        m_presetCombo->setCurrentIndex(index);
    };
    connect(m_fromEdit, &QLineEdit::textEdited, this, [this, syncPreset](const QString &text) {
        m_report.timeRange.from = text.trimmed();
        syncPreset();
        edited();
    });
    connect(m_toEdit, &QLineEdit::textEdited, this, [this, syncPreset](const QString &text) {
        m_report.timeRange.to = text.trimmed();
        syncPreset();
        edited();
    });
    connect(m_timeZoneCombo, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_loading)
            return;
        m_report.timeZone = text.trimmed();
        edited();
    });
    connect(m_variablesTable, &QTableWidget::itemChanged, this, &ReportEditor::variablesEdited);
    connect(addVar, &QPushButton::clicked, this, [this] {
        QString name;
        for (int n = 1;; ++n) {
            name = QStringLiteral("variable%1").arg(n);
            const bool taken = std::any_of(m_report.variables.cbegin(), m_report.variables.cend(),
                                           [&](const Variable &v) { return v.name == name; });
            if (!taken)
                break;
        }
        m_report.variables.append({name, QString()});
        loadVariables();
        const int row = m_variablesTable->rowCount() - 1;
        m_variablesTable->setCurrentCell(row, 0);
        m_variablesTable->setFocus();
        m_variablesTable->editItem(m_variablesTable->item(row, 0));
        edited();
    });
    connect(removeVar, &QPushButton::clicked, this, [this] {
        const int row = m_variablesTable->currentRow();
        if (row < 0 || row >= m_report.variables.size())
            return;
        m_report.variables.removeAt(row);
        loadVariables();
        edited();
    });
    return page;
}

// ----------------------------------------------------------------------------- public API

void ReportEditor::setReport(const Report &report)
{
    m_original = report;
    m_report = report;
    m_saveErrorLabel->clear();
    m_saveErrorLabel->setVisible(false);
    loadWidgets();
    edited();
}

Report ReportEditor::report() const
{
    return m_report;
}

bool ReportEditor::isModified() const
{
    return m_report != m_original;
}

bool ReportEditor::isValid() const
{
    return m_errors.isEmpty();
}

FieldErrors ReportEditor::errors() const
{
    return m_errors;
}

void ReportEditor::showSaveError(const QString &message)
{
    m_saveErrorLabel->setText(message);
    m_saveErrorLabel->setVisible(!message.isEmpty());
}

void ReportEditor::revert()
{
    const int row = currentSection();
    const int tab = m_tabs->currentIndex();
    setReport(m_original);
    if (row >= 0 && row < m_report.sections.size())
        selectSection(row);
    m_tabs->setCurrentIndex(tab);
}

// ------------------------------------------------------------------------------- loading

void ReportEditor::loadWidgets()
{
    m_loading = true;
    const Report &r = m_report;
    m_nameEdit->setText(r.name);
    m_titleEdit->setText(r.title);
    m_descriptionEdit->setPlainText(r.description);
    m_messageEdit->setPlainText(r.message);
    m_ownerEdit->setText(r.owner);
    m_tagsEdit->setText(r.tags.join(QStringLiteral(", ")));
    m_enabledCheck->setChecked(r.enabled);

    if (m_pageSizeCombo->findText(r.page.size) < 0)
        m_pageSizeCombo->addItem(r.page.size); // shown as is; validation names the problem
    m_pageSizeCombo->setCurrentText(r.page.size);
    m_orientationCombo->setCurrentIndex(m_orientationCombo->findData(int(r.page.orientation)));
    m_layoutCombo->setCurrentIndex(m_layoutCombo->findData(int(r.page.layout)));
    m_marginTop->setValue(r.page.marginsMm.top());
    m_marginBottom->setValue(r.page.marginsMm.bottom());
    m_marginLeft->setValue(r.page.marginsMm.left());
    m_marginRight->setValue(r.page.marginsMm.right());

    for (auto it = m_formatChecks.cbegin(); it != m_formatChecks.cend(); ++it)
        it.value()->setChecked(r.formats.contains(it.key()));
    reloadBrandingProfiles();

    m_fromEdit->setText(r.timeRange.from);
    m_toEdit->setText(r.timeRange.to);
    int preset = 0;
    for (int i = 0; i < TimeRange::presets().size(); ++i) {
        const TimeRange::Preset &p = TimeRange::presets().at(i);
        if (r.timeRange.from == QLatin1String(p.from) && r.timeRange.to == QLatin1String(p.to))
            preset = i + 1;
    }
    m_presetCombo->setCurrentIndex(preset);
    m_timeZoneCombo->setCurrentText(r.timeZone);
    m_timeZoneCombo->lineEdit()->setCursorPosition(0);
    loadVariables();
    m_scheduleEditor->setDefaultTimeZone(r.timeZone);
    m_scheduleEditor->setScheduleJson(r.schedule);
    m_loading = false;

    loadSectionList(r.sections.isEmpty() ? -1 : 0);
}

void ReportEditor::loadVariables()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_variablesTable->setRowCount(int(m_report.variables.size()));
    for (int i = 0; i < m_report.variables.size(); ++i) {
        m_variablesTable->setItem(i, 0, new QTableWidgetItem(m_report.variables.at(i).name));
        m_variablesTable->setItem(i, 1, new QTableWidgetItem(m_report.variables.at(i).value));
    }
    m_loading = wasLoading;
}

void ReportEditor::variablesEdited()
{
    if (m_loading)
        return;
    QList<Variable> variables;
    for (int row = 0; row < m_variablesTable->rowCount(); ++row) {
        const QTableWidgetItem *name = m_variablesTable->item(row, 0);
        const QTableWidgetItem *value = m_variablesTable->item(row, 1);
        variables.append(
            {name ? name->text().trimmed() : QString(), value ? value->text() : QString()});
    }
    m_report.variables = variables;
    edited();
}

void ReportEditor::reloadBrandingProfiles()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_brandingCombo->clear();
    QString defaultName;
    QList<BrandingProfile> profiles;
    if (m_catalog) {
        profiles = m_catalog->brandingProfiles();
        for (const BrandingProfile &p : std::as_const(profiles)) {
            if (p.isDefault)
                defaultName = p.name;
        }
    }
    m_brandingCombo->addItem(
        defaultName.isEmpty() ? tr("Default") : tr("Default (%1)").arg(defaultName), qint64(0));
    for (const BrandingProfile &p : std::as_const(profiles))
        m_brandingCombo->addItem(p.name, p.id);
    int index = m_brandingCombo->findData(m_report.brandingId);
    if (index < 0) {
        m_brandingCombo->addItem(tr("Deleted profile #%1").arg(m_report.brandingId),
                                 m_report.brandingId);
        index = m_brandingCombo->count() - 1;
    }
    m_brandingCombo->setCurrentIndex(index);
    m_loading = wasLoading;
}

void ReportEditor::loadSectionList(int select)
{
    {
        const QSignalBlocker blocker(m_sectionList);
        m_sectionList->clear();
        for (int i = 0; i < m_report.sections.size(); ++i) {
            m_sectionList->addItem(QString());
            updateSectionItem(i);
        }
        m_sectionList->setCurrentRow(-1);
    }
    m_contentStack->setCurrentWidget(m_report.sections.isEmpty() ? m_emptyContent
                                                                 : m_sectionsContent);
    if (select >= 0 && select < m_report.sections.size())
        selectSection(select);
    else
        emit m_sectionList->currentRowChanged(-1); // disables the per-section buttons
}

void ReportEditor::selectSection(int row)
{
    if (m_sectionList->currentRow() == row) {
        // Same row, new content (e.g. after a move): load it again.
        m_sectionEditor->setReportContext(m_report);
        m_sectionEditor->setSection(m_report.sections.at(row));
        return;
    }
    m_sectionList->setCurrentRow(row);
}

int ReportEditor::currentSection() const
{
    const int row = m_sectionList->currentRow();
    return row >= 0 && row < m_report.sections.size() ? row : -1;
}

void ReportEditor::updateSectionItem(int row)
{
    QListWidgetItem *item = m_sectionList->item(row);
    if (!item || row >= m_report.sections.size())
        return;
    const Section &s = m_report.sections.at(row);
    QString text = QStringLiteral("%1. %2").arg(row + 1).arg(kindLabel(s.kind));
    if (!s.title.isEmpty())
        text += QStringLiteral(" — ") + s.title;
    else if (s.kind == Section::Kind::Image && !s.imageName.isEmpty())
        text += QStringLiteral(" — ") + s.imageName;
    item->setText(text);
    item->setToolTip(text);
}

// ------------------------------------------------------------------------------- sections

void ReportEditor::addSection(int kind)
{
    Section s;
    s.kind = Section::Kind(kind);
    switch (s.kind) {
    case Section::Kind::Text:
        s.title = tr("New text");
        break;
    case Section::Kind::Table:
    case Section::Kind::Chart: {
        s.title = s.kind == Section::Kind::Table ? tr("New table") : tr("New chart");
        const QList<DataSource> sources =
            m_catalog ? m_catalog->dataSources() : QList<DataSource>();
        if (sources.size() == 1)
            s.dataSource = sources.first().name;
        break;
    }
    case Section::Kind::Image:
        s.title = tr("New image");
        break;
    default:
        break;
    }
    const int at = currentSection() < 0 ? int(m_report.sections.size()) : currentSection() + 1;
    m_report.sections.insert(at, s);
    loadSectionList(at);
    m_tabs->setCurrentIndex(1);
    edited();
}

void ReportEditor::removeSection()
{
    const int row = currentSection();
    if (row < 0)
        return;
    m_report.sections.removeAt(row);
    loadSectionList(qMin(row, int(m_report.sections.size()) - 1));
    edited();
    if (m_report.sections.isEmpty())
        m_tabs->widget(1)
            ->findChild<QToolButton *>(QStringLiteral("emptyAddSectionButton"))
            ->setFocus();
    else
        m_sectionList->setFocus();
}

void ReportEditor::moveSection(int delta)
{
    const int row = currentSection();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_report.sections.size())
        return;
    m_report.sections.swapItemsAt(row, to);
    loadSectionList(to);
    edited();
}

void ReportEditor::duplicateSection()
{
    const int row = currentSection();
    if (row < 0)
        return;
    Section copy = m_report.sections.at(row);
    if (!copy.title.isEmpty())
        copy.title = tr("%1 (copy)").arg(copy.title);
    m_report.sections.insert(row + 1, copy);
    loadSectionList(row + 1);
    edited();
}

// ------------------------------------------------------------------------------ validation

void ReportEditor::edited()
{
    if (m_loading)
        return;
    if (m_saveErrorLabel->isVisible() && isModified()) {
        m_saveErrorLabel->clear();
        m_saveErrorLabel->setVisible(false);
    }
    // The schedule editor checks the schedule itself, against the current time as well
    // ("never runs again"): its errors replace checkReport's schedule.* ones.
    m_errors.clear();
    for (const FieldError &e : Validation::checkReport(m_report)) {
        if (e.field != QLatin1String("schedule") && !e.field.startsWith(QLatin1String("schedule.")))
            m_errors.append(e);
    }
    m_errors += m_scheduleEditor->errors();
    updateErrors();
    updateTimePreview();
    if (currentSection() >= 0)
        m_sectionEditor->setReportContext(m_report);

    const bool modified = isModified();
    const bool valid = isValid();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
    if (valid != m_lastValid) {
        m_lastValid = valid;
        emit validityChanged(valid);
    }
    emit changed();
}

void ReportEditor::updateErrors()
{
    QHash<QString, QString> byField; // field key -> message(s)
    QHash<QString, QString> current; // errors of the selected section, without prefix
    QSet<int> sectionsWithErrors;
    QStringList variableMessages;
    static const QRegularExpression sectionKey(QStringLiteral("^sections\\[(\\d+)\\]\\.(.+)$"));
    const int selected = currentSection();
    for (const FieldError &e : std::as_const(m_errors)) {
        if (e.field.startsWith(QLatin1String("variables["))) {
            variableMessages.append(e.message);
            continue;
        }
        const auto m = sectionKey.match(e.field);
        if (m.hasMatch()) {
            const int index = m.captured(1).toInt();
            sectionsWithErrors.insert(index);
            if (index == selected)
                current.insert(m.captured(2), e.message);
            continue;
        }
        QString &text = byField[e.field];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + e.message;
    }
    if (!variableMessages.isEmpty())
        byField.insert(QStringLiteral("variables"), variableMessages.join(QLatin1Char('\n')));

    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        EditorSupport::setFieldError(it->field, it->errorLabel, byField.value(it.key()));
    m_sectionEditor->setErrors(current);
    for (int row = 0; row < m_sectionList->count(); ++row) {
        QListWidgetItem *item = m_sectionList->item(row);
        item->setForeground(sectionsWithErrors.contains(row) ? QBrush(kErrorColor) : QBrush());
    }

    // Tabs with errors get a red title, so an error on a hidden page is not missed.
    QSet<int> tabsWithErrors;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        const FieldView view = m_fields.value(it.key());
        QWidget *w = view.field ? view.field : view.errorLabel;
        for (int t = 0; w && t < m_tabs->count(); ++t) {
            if (m_tabs->widget(t)->isAncestorOf(w))
                tabsWithErrors.insert(t);
        }
    }
    if (!sectionsWithErrors.isEmpty())
        tabsWithErrors.insert(1);
    if (!m_scheduleEditor->errors().isEmpty()) {
        for (int t = 0; t < m_tabs->count(); ++t) {
            if (m_tabs->widget(t)->isAncestorOf(m_scheduleEditor))
                tabsWithErrors.insert(t);
        }
    }
    for (int t = 0; t < m_tabs->count(); ++t)
        m_tabs->tabBar()->setTabTextColor(t, tabsWithErrors.contains(t) ? kErrorColor : QColor());

    if (m_errors.isEmpty()) {
        m_errorSummary->clear();
        m_errorSummary->setVisible(false);
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin: 2px 0 0 -24px;\">")
                       .arg(tr("%n problem(s) to fix before saving:", nullptr, int(m_errors.size()))
                                .toHtmlEscaped());
    for (const FieldError &e : std::as_const(m_errors))
        html += QStringLiteral("<li><a href=\"%1\" style=\"color:#5f1410;\">%2</a></li>")
                    .arg(e.field.toHtmlEscaped(), e.message.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_errorSummary->setText(html);
    m_errorSummary->setVisible(true);
}

void ReportEditor::focusField(const QString &key)
{
    static const QRegularExpression sectionKey(QStringLiteral("^sections\\[(\\d+)\\]\\.(.+)$"));
    if (const auto m = sectionKey.match(key); m.hasMatch()) {
        const int row = m.captured(1).toInt();
        if (row >= m_report.sections.size())
            return;
        m_tabs->setCurrentIndex(1);
        selectSection(row);
        m_sectionEditor->focusField(m.captured(2));
        return;
    }
    if (key == QLatin1String("schedule") || key.startsWith(QLatin1String("schedule."))) {
        for (int t = 0; t < m_tabs->count(); ++t) {
            if (m_tabs->widget(t)->isAncestorOf(m_scheduleEditor))
                m_tabs->setCurrentIndex(t);
        }
        m_scheduleEditor->focusField(key);
        return;
    }
    const QString fieldKey =
        key.startsWith(QLatin1String("variables[")) ? QStringLiteral("variables") : key;
    const FieldView view = m_fields.value(fieldKey);
    QWidget *w = view.field ? view.field : view.errorLabel;
    if (!w)
        return;
    for (int t = 0; t < m_tabs->count(); ++t) {
        if (m_tabs->widget(t)->isAncestorOf(w))
            m_tabs->setCurrentIndex(t);
    }
    if (view.field)
        view.field->setFocus(Qt::OtherFocusReason);
}

void ReportEditor::scheduleEdited()
{
    if (m_loading)
        return;
    QJsonObject json = m_scheduleEditor->scheduleJson();
    // Edited back to what was loaded: keep the stored JSON as it was (it may be written
    // differently, e.g. with fields of another frequency), so the report is not modified.
    if (const auto stored = Schedule::fromJson(m_original.schedule); stored.ok()) {
        const QJsonObject loaded = stored->has_value() ? (*stored)->toJson() : QJsonObject();
        if (json == loaded)
            json = m_original.schedule;
    }
    m_report.schedule = json;
    edited();
}

void ReportEditor::updateTimePreview()
{
    const QTimeZone zone(m_report.timeZone.toUtf8());
    if (!zone.isValid()) {
        m_timePreview->setText(tr("Choose a valid time zone to see the period."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString fromError;
    QString toError;
    const QDateTime from = TimeRange::resolve(m_report.timeRange.from, now, zone, &fromError);
    const QDateTime to = TimeRange::resolve(m_report.timeRange.to, now, zone, &toError);
    if (!from.isValid() || !to.isValid()) {
        m_timePreview->setText(tr("Fix the time range to see the period."));
        return;
    }
    const QString local = QStringLiteral("yyyy-MM-dd HH:mm");
    m_timePreview->setText(tr("%1 to %2 (%3)\n%4 to %5 in UTC, the values of :from and :to")
                               .arg(from.toString(local), to.toString(local),
                                    zone.displayName(from, QTimeZone::ShortName),
                                    from.toUTC().toString(Qt::ISODate),
                                    to.toUTC().toString(Qt::ISODate)));
}

} // namespace reportdesk
