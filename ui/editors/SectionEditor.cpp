#include "SectionEditor.h"

#include "EditorSupport.h"
#include "catalog/Catalog.h"
#include "data/QueryRunner.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

enum ColumnsColumn { ColName, ColLabel, ColFormat, ColAlign, ColOverflow, ColWidth, ColCount };

QStringList splitList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

void setErrorPalette(QLabel *label, bool error)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, error ? QColor(0xb3, 0x26, 0x1e)
                                           : QApplication::palette().color(QPalette::WindowText));
    label->setPalette(p);
}

} // namespace

SectionEditor::SectionEditor(Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_kindLabel = new QLabel(this);
    m_kindLabel->setObjectName(QStringLiteral("sectionKindLabel"));
    QFont bold = m_kindLabel->font();
    bold.setBold(true);
    m_kindLabel->setFont(bold);
    layout->addWidget(m_kindLabel);

    auto *common = new QFormLayout;
    common->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_titleEdit->setPlaceholderText(tr("Shown above the section; optional"));
    auto *titleLabel = new QLabel(tr("Section &title:"), this);
    titleLabel->setBuddy(m_titleEdit);
    common->addRow(titleLabel, m_titleEdit);

    m_widthSpin = new QSpinBox(this);
    m_widthSpin->setObjectName(QStringLiteral("sectionWidthSpin"));
    m_widthSpin->setRange(1, 100);
    m_widthSpin->setSuffix(tr(" %"));
    m_widthSpin->setToolTip(tr("The share of a row this section takes in the grid layout"));
    m_widthError = EditorSupport::makeErrorLabel(QStringLiteral("sectionWidthErrorLabel"), this);
    auto *widthLabel = new QLabel(tr("&Width in grid:"), this);
    widthLabel->setBuddy(m_widthSpin);
    auto *widthRow = new QHBoxLayout;
    widthRow->addWidget(m_widthSpin);
    widthRow->addStretch();
    auto *widthBox = new QWidget(this);
    widthBox->setLayout(widthRow);
    widthRow->setContentsMargins(0, 0, 0, 0);
    common->addRow(widthLabel, EditorSupport::withErrorLabel(widthBox, m_widthError));
    layout->addLayout(common);

    m_pages = new QStackedWidget(this);
    m_textPage = buildTextPage();
    m_queryPage = buildQueryPage();
    m_imagePage = buildImagePage();
    m_pageBreakPage = buildPlainPage(tr("A page break: the next section starts on a new page."));
    m_remotePage = buildPlainPage(QString());
    m_remoteLabel = m_remotePage->findChild<QLabel *>();
    for (QWidget *page : {m_textPage, m_queryPage, m_imagePage, m_pageBreakPage, m_remotePage})
        m_pages->addWidget(page);
    layout->addWidget(m_pages, 1);

    connect(m_titleEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_section.title = text;
        edited();
    });
    connect(m_widthSpin, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_loading)
            return;
        m_section.widthFraction = value / 100.0;
        edited();
    });
    if (m_catalog)
        connect(m_catalog, &Catalog::dataSourcesChanged, this, &SectionEditor::reloadDataSources);
    reloadDataSources();
}

SectionEditor::~SectionEditor()
{
    if (m_queryThread)
        m_queryThread->wait();
}

QWidget *SectionEditor::buildTextPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Markdown (use ${name} for variables, ${from} and ${to} for the "
                                "time range):"),
                             page);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_markdownEdit = new QPlainTextEdit(splitter);
    m_markdownEdit->setObjectName(QStringLiteral("markdownEdit"));
    m_markdownEdit->setTabChangesFocus(true);
    label->setBuddy(m_markdownEdit);
    m_markdownPreview = new QTextBrowser(splitter);
    m_markdownPreview->setObjectName(QStringLiteral("markdownPreview"));
    m_markdownPreview->setOpenExternalLinks(false);
    m_markdownPreview->setFocusPolicy(Qt::ClickFocus);
    m_markdownPreview->setAccessibleName(tr("Rendered preview"));
    splitter->addWidget(m_markdownEdit);
    splitter->addWidget(m_markdownPreview);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    m_undefinedVariablesLabel =
        EditorSupport::makeErrorLabel(QStringLiteral("undefinedVariablesLabel"), page);
    layout->addWidget(m_undefinedVariablesLabel);

    connect(m_markdownEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_section.text = m_markdownEdit->toPlainText();
        updateTextPreview();
        edited();
    });
    return page;
}

QWidget *SectionEditor::buildQueryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dataSourceCombo = new QComboBox(page);
    m_dataSourceCombo->setObjectName(QStringLiteral("dataSourceCombo"));
    m_dataSourceError = EditorSupport::makeErrorLabel(QStringLiteral("dataSourceErrorLabel"), page);
    auto *dsLabel = new QLabel(tr("&Data source:"), page);
    dsLabel->setBuddy(m_dataSourceCombo);
    form->addRow(dsLabel, EditorSupport::withErrorLabel(m_dataSourceCombo, m_dataSourceError));
    layout->addLayout(form);

    auto *queryLabel =
        new QLabel(tr("S&QL query (bound parameters :from, :to and :variable):"), page);
    layout->addWidget(queryLabel);
    m_queryEdit = new QPlainTextEdit(page);
    m_queryEdit->setObjectName(QStringLiteral("queryEdit"));
    m_queryEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_queryEdit->setTabChangesFocus(true);
    m_queryEdit->setPlaceholderText(
        QStringLiteral("SELECT ... FROM ... WHERE ts >= :from AND ts < :to"));
    m_queryEdit->setMinimumHeight(90);
    m_queryEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    queryLabel->setBuddy(m_queryEdit);
    layout->addWidget(m_queryEdit, 2);
    m_queryError = EditorSupport::makeErrorLabel(QStringLiteral("queryErrorLabel"), page);
    layout->addWidget(m_queryError);
    m_parameterHint = new QLabel(page);
    m_parameterHint->setObjectName(QStringLiteral("parameterHintLabel"));
    m_parameterHint->setWordWrap(true);
    layout->addWidget(m_parameterHint);

    auto *runRow = new QHBoxLayout;
    m_runButton = new QPushButton(tr("&Run query"), page);
    m_runButton->setObjectName(QStringLiteral("runQueryButton"));
    m_runButton->setToolTip(tr("Runs the query with the report's time range and variables and "
                               "shows the first 100 rows"));
    runRow->addWidget(m_runButton);
    m_queryStatus = new QLabel(page);
    m_queryStatus->setObjectName(QStringLiteral("queryStatusLabel"));
    m_queryStatus->setWordWrap(true);
    m_queryStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runRow->addWidget(m_queryStatus, 1);
    layout->addLayout(runRow);

    m_previewModel = new QStandardItemModel(this);
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("queryPreviewView"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() +
                                                           6);
    m_previewView->setMinimumHeight(140);
    m_previewView->setAccessibleName(tr("Query result preview"));
    layout->addWidget(m_previewView, 3);

    // Table: column formats
    m_columnsBox = new QGroupBox(tr("Column formats"), page);
    m_columnsBox->setObjectName(QStringLiteral("columnFormatsBox"));
    auto *columnsLayout = new QVBoxLayout(m_columnsBox);
    m_columnsTable = new QTableWidget(0, ColCount, m_columnsBox);
    m_columnsTable->setObjectName(QStringLiteral("columnFormatsTable"));
    m_columnsTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Label"), tr("Format"), tr("Align"), tr("Overflow"), tr("Width")});
    m_columnsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_columnsTable->verticalHeader()->setVisible(false);
    m_columnsTable->setMinimumHeight(120);
    m_columnsTable->setTabKeyNavigation(false);
    m_columnsTable->setToolTip(tr("Format: a number pattern such as #,##0.00 or a date pattern "
                                  "such as yyyy-MM-dd HH:mm. Width: relative weight."));
    columnsLayout->addWidget(m_columnsTable);
    auto *columnButtons = new QHBoxLayout;
    auto *addColumn = new QPushButton(tr("Add colu&mn"), m_columnsBox);
    addColumn->setObjectName(QStringLiteral("addColumnButton"));
    auto *removeColumn = new QPushButton(tr("Remove column"), m_columnsBox);
    removeColumn->setObjectName(QStringLiteral("removeColumnButton"));
    auto *fromQuery = new QPushButton(tr("Columns from last run"), m_columnsBox);
    fromQuery->setObjectName(QStringLiteral("columnsFromQueryButton"));
    fromQuery->setToolTip(tr("Adds a row for every column of the last query run that has none"));
    columnButtons->addWidget(addColumn);
    columnButtons->addWidget(removeColumn);
    columnButtons->addWidget(fromQuery);
    columnButtons->addStretch();
    columnsLayout->addLayout(columnButtons);
    layout->addWidget(m_columnsBox, 2);

    // Chart options
    m_chartBox = new QGroupBox(tr("Chart"), page);
    m_chartBox->setObjectName(QStringLiteral("chartBox"));
    auto *chartForm = new QFormLayout(m_chartBox);
    m_chartTypeCombo = new QComboBox(m_chartBox);
    m_chartTypeCombo->setObjectName(QStringLiteral("chartTypeCombo"));
    m_chartTypeCombo->addItem(tr("Bar"), int(Section::ChartType::Bar));
    m_chartTypeCombo->addItem(tr("Line"), int(Section::ChartType::Line));
    m_chartTypeCombo->addItem(tr("Pie"), int(Section::ChartType::Pie));
    m_categoryEdit = new QLineEdit(m_chartBox);
    m_categoryEdit->setObjectName(QStringLiteral("categoryColumnEdit"));
    m_categoryEdit->setPlaceholderText(tr("e.g. day"));
    m_seriesEdit = new QLineEdit(m_chartBox);
    m_seriesEdit->setObjectName(QStringLiteral("seriesColumnsEdit"));
    m_seriesEdit->setPlaceholderText(tr("comma-separated, e.g. requests, errors"));
    chartForm->addRow(tr("Chart t&ype:"), m_chartTypeCombo);
    chartForm->addRow(tr("Ca&tegory column:"), m_categoryEdit);
    chartForm->addRow(tr("Series col&umns:"), m_seriesEdit);
    layout->addWidget(m_chartBox);

    connect(m_dataSourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_section.dataSource = m_dataSourceCombo->currentData().toString();
        edited();
    });
    connect(m_queryEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_section.query = m_queryEdit->toPlainText();
        updateParameterHint();
        edited();
    });
    connect(m_runButton, &QPushButton::clicked, this, &SectionEditor::runQuery);
    connect(m_columnsTable, &QTableWidget::itemChanged, this, &SectionEditor::columnsEdited);
    connect(addColumn, &QPushButton::clicked, this, [this] {
        addColumnRow(ColumnFormat{});
        columnsEdited();
        m_columnsTable->setCurrentCell(m_columnsTable->rowCount() - 1, ColName);
        m_columnsTable->editItem(m_columnsTable->item(m_columnsTable->rowCount() - 1, ColName));
    });
    connect(removeColumn, &QPushButton::clicked, this, [this] {
        const int row = m_columnsTable->currentRow();
        if (row < 0)
            return;
        m_columnsTable->removeRow(row);
        columnsEdited();
    });
    connect(fromQuery, &QPushButton::clicked, this, &SectionEditor::fillColumnsFromPreview);
    connect(m_chartTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_section.chartType = Section::ChartType(m_chartTypeCombo->currentData().toInt());
        edited();
    });
    connect(m_categoryEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_section.categoryColumn = text.trimmed();
        edited();
    });
    connect(m_seriesEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_section.seriesColumns = splitList(text);
        edited();
    });
    return page;
}

QWidget *SectionEditor::buildImagePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_chooseImageButton = new QPushButton(tr("C&hoose image…"), page);
    m_chooseImageButton->setObjectName(QStringLiteral("chooseImageButton"));
    row->addWidget(m_chooseImageButton);
    m_imageNameLabel = new QLabel(page);
    m_imageNameLabel->setObjectName(QStringLiteral("imageNameLabel"));
    row->addWidget(m_imageNameLabel, 1);
    layout->addLayout(row);
    m_imageError = EditorSupport::makeErrorLabel(QStringLiteral("imageErrorLabel"), page);
    layout->addWidget(m_imageError);
    m_imagePreview = new QLabel(page);
    m_imagePreview->setObjectName(QStringLiteral("imagePreview"));
    m_imagePreview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_imagePreview->setMinimumSize(160, 120);
    m_imagePreview->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_imagePreview);
    layout->addStretch();
    connect(m_chooseImageButton, &QPushButton::clicked, this, &SectionEditor::chooseImage);
    return page;
}

QWidget *SectionEditor::buildPlainPage(const QString &text)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(text, page);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
    return page;
}

void SectionEditor::setSection(const Section &section)
{
    if (m_section.query != section.query || m_section.dataSource != section.dataSource) {
        ++m_queryGeneration; // a result still on its way belongs to another section
        m_previewModel->clear();
        m_queryStatus->clear();
        m_lastColumns.clear();
    }
    m_section = section;
    loadWidgets();
}

void SectionEditor::setReportContext(const Report &report)
{
    m_context = report;
    if (m_section.kind == Section::Kind::Text)
        updateTextPreview();
    else if (m_section.kind == Section::Kind::Table || m_section.kind == Section::Kind::Chart)
        updateParameterHint();
}

void SectionEditor::loadWidgets()
{
    m_loading = true;
    const Section &s = m_section;
    QString kind;
    switch (s.kind) {
    case Section::Kind::Text:
        kind = tr("Text section");
        break;
    case Section::Kind::Table:
        kind = tr("Table section");
        break;
    case Section::Kind::Chart:
        kind = tr("Chart section");
        break;
    case Section::Kind::Image:
        kind = tr("Image section");
        break;
    case Section::Kind::PageBreak:
        kind = tr("Page break");
        break;
    case Section::Kind::RemoteSnapshot:
        kind = tr("Remote snapshot");
        break;
    }
    m_kindLabel->setText(kind);
    if (m_titleEdit->text() != s.title)
        m_titleEdit->setText(s.title);
    m_widthSpin->setValue(qBound(1, qRound(s.widthFraction * 100), 100));

    switch (s.kind) {
    case Section::Kind::Text:
        m_pages->setCurrentWidget(m_textPage);
        if (m_markdownEdit->toPlainText() != s.text)
            m_markdownEdit->setPlainText(s.text);
        updateTextPreview();
        break;
    case Section::Kind::Table:
    case Section::Kind::Chart: {
        m_pages->setCurrentWidget(m_queryPage);
        reloadDataSources();
        if (m_queryEdit->toPlainText() != s.query)
            m_queryEdit->setPlainText(s.query);
        const bool table = s.kind == Section::Kind::Table;
        m_columnsBox->setVisible(table);
        m_chartBox->setVisible(!table);
        m_columnsTable->setRowCount(0);
        for (const ColumnFormat &c : s.columns)
            addColumnRow(c);
        m_chartTypeCombo->setCurrentIndex(m_chartTypeCombo->findData(int(s.chartType)));
        m_categoryEdit->setText(s.categoryColumn);
        m_seriesEdit->setText(s.seriesColumns.join(QStringLiteral(", ")));
        updateParameterHint();
        break;
    }
    case Section::Kind::Image:
        m_pages->setCurrentWidget(m_imagePage);
        updateImagePreview();
        break;
    case Section::Kind::PageBreak:
        m_pages->setCurrentWidget(m_pageBreakPage);
        break;
    case Section::Kind::RemoteSnapshot:
        m_pages->setCurrentWidget(m_remotePage);
        if (m_remoteLabel)
            m_remoteLabel->setText(
                tr("A snapshot fetched from a remote server (%1). It is edited on the server.")
                    .arg(s.remoteRef));
        break;
    }
    m_loading = false;
}

void SectionEditor::edited()
{
    if (m_loading)
        return;
    emit changed();
}

void SectionEditor::setErrors(const QHash<QString, QString> &errors)
{
    EditorSupport::setFieldError(m_widthSpin, m_widthError, errors.value(QStringLiteral("width")));
    EditorSupport::setFieldError(m_dataSourceCombo, m_dataSourceError,
                                 errors.value(QStringLiteral("dataSource")));
    EditorSupport::setFieldError(m_queryEdit, m_queryError, errors.value(QStringLiteral("query")));
    if (!m_imageError->property("fileError").toBool())
        EditorSupport::setFieldError(m_chooseImageButton, m_imageError,
                                     errors.value(QStringLiteral("image")));
}

bool SectionEditor::focusField(const QString &key)
{
    QWidget *w = nullptr;
    if (key == QLatin1String("width"))
        w = m_widthSpin;
    else if (key == QLatin1String("dataSource"))
        w = m_dataSourceCombo;
    else if (key == QLatin1String("query"))
        w = m_queryEdit;
    else if (key == QLatin1String("image"))
        w = m_chooseImageButton;
    if (!w)
        return false;
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

void SectionEditor::reloadDataSources()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_dataSourceCombo->clear();
    m_dataSourceCombo->addItem(tr("Choose a data source…"), QString());
    bool found = m_section.dataSource.isEmpty();
    if (m_catalog) {
        const QList<DataSource> sources = m_catalog->dataSources();
        for (const DataSource &d : sources) {
            m_dataSourceCombo->addItem(d.name, d.name);
            found = found || d.name == m_section.dataSource;
        }
    }
    if (!found)
        m_dataSourceCombo->addItem(tr("%1 (missing)").arg(m_section.dataSource),
                                   m_section.dataSource);
    m_dataSourceCombo->setCurrentIndex(qMax(0, m_dataSourceCombo->findData(m_section.dataSource)));
    m_loading = wasLoading;
}

void SectionEditor::updateTextPreview()
{
    QString bindError;
    const QVariantMap values =
        EditorSupport::bindings(m_context, QDateTime::currentDateTimeUtc(), &bindError);
    QStringList undefined;
    const QString text = EditorSupport::substituteVariables(m_section.text, values, &undefined);
    m_markdownPreview->setMarkdown(text);
    QStringList names;
    for (const QString &n : undefined)
        names.append(QStringLiteral("${%1}").arg(n));
    QString message;
    if (!names.isEmpty())
        message = tr("Not defined: %1. Add them under Time & variables.")
                      .arg(names.join(QStringLiteral(", ")));
    EditorSupport::setFieldError(nullptr, m_undefinedVariablesLabel, message);
}

void SectionEditor::updateParameterHint()
{
    const QStringList used = QueryRunner::placeholders(m_section.query);
    if (used.isEmpty()) {
        m_parameterHint->setText(tr("The query uses no parameters."));
        setErrorPalette(m_parameterHint, false);
        return;
    }
    const QVariantMap values = EditorSupport::bindings(m_context, QDateTime::currentDateTimeUtc());
    QStringList all;
    QStringList missing;
    for (const QString &name : used) {
        all.append(QLatin1Char(':') + name);
        const bool timeRange = name == QLatin1String("from") || name == QLatin1String("to");
        if (!values.contains(name) && !timeRange)
            missing.append(QLatin1Char(':') + name);
    }
    QString text = tr("Parameters: %1.").arg(all.join(QStringLiteral(", ")));
    if (!missing.isEmpty())
        text += QLatin1Char(' ') + tr("Not defined: %1. Add them under Time & variables.")
                                       .arg(missing.join(QStringLiteral(", ")));
    m_parameterHint->setText(text);
    setErrorPalette(m_parameterHint, !missing.isEmpty());
}

void SectionEditor::runQuery()
{
    if (m_section.kind != Section::Kind::Table && m_section.kind != Section::Kind::Chart)
        return;
    const std::optional<DataSource> source =
        m_catalog ? m_catalog->dataSource(m_section.dataSource) : std::nullopt;
    if (!source) {
        showQueryResult(
            m_section.dataSource.isEmpty()
                ? tr("Choose a data source first.")
                : tr("The data source \"%1\" does not exist.").arg(m_section.dataSource),
            nullptr);
        return;
    }
    if (m_section.query.trimmed().isEmpty()) {
        showQueryResult(tr("The query is empty."), nullptr);
        return;
    }
    QString bindError;
    const QVariantMap values =
        EditorSupport::bindings(m_context, QDateTime::currentDateTimeUtc(), &bindError);
    const QStringList used = QueryRunner::placeholders(m_section.query);
    if (!bindError.isEmpty() &&
        (used.contains(QStringLiteral("from")) || used.contains(QStringLiteral("to")))) {
        showQueryResult(tr("The time range cannot be resolved: %1").arg(bindError), nullptr);
        return;
    }

    const quint64 generation = ++m_queryGeneration;
    m_queryStatus->setText(tr("Running…"));
    setErrorPalette(m_queryStatus, false);
    m_runButton->setEnabled(false);
    const QString query = m_section.query;
    const DataSource ds = *source;
    if (m_queryThread)
        m_queryThread->wait(); // one run at a time; SQLite queries here take well under a second
    m_queryThread = EditorSupport::runInBackground<Result<QueryPreview>>(
        this, [ds, query, values] { return QueryRunner::preview(ds, QString(), query, values); },
        [this, generation](Result<QueryPreview> result) {
            if (generation != m_queryGeneration)
                return;
            m_runButton->setEnabled(true);
            if (result)
                showQueryResult(QString(), &result.value());
            else
                showQueryResult(result.error(), nullptr);
        });
}

void SectionEditor::showQueryResult(const QString &error, const QueryPreview *preview)
{
    m_runButton->setEnabled(true);
    m_previewModel->clear();
    if (!preview) {
        m_queryStatus->setText(error);
        setErrorPalette(m_queryStatus, true);
        emit queryFinished(false);
        return;
    }
    m_lastColumns = preview->columns;
    m_previewModel->setColumnCount(int(preview->columns.size()));
    m_previewModel->setHorizontalHeaderLabels(preview->columns);
    for (const QVariantList &row : preview->rows) {
        QList<QStandardItem *> items;
        items.reserve(row.size());
        for (const QVariant &v : row) {
            auto *item = new QStandardItem(v.isNull() ? QString() : v.toString());
            if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong ||
                v.typeId() == QMetaType::Double)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_previewModel->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    const int rows = int(preview->rows.size());
    m_queryStatus->setText(preview->truncated ? tr("Showing the first %1 rows.").arg(rows)
                                              : tr("%n row(s).", nullptr, rows));
    setErrorPalette(m_queryStatus, false);
    emit queryFinished(true);
}

void SectionEditor::addColumnRow(const ColumnFormat &c)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_columnsTable->rowCount();
    m_columnsTable->insertRow(row);
    m_columnsTable->setItem(row, ColName, new QTableWidgetItem(c.column));
    m_columnsTable->setItem(row, ColLabel, new QTableWidgetItem(c.label));
    m_columnsTable->setItem(row, ColFormat, new QTableWidgetItem(c.format));
    auto *align = new QComboBox;
    align->addItem(tr("Auto"), int(ColumnFormat::Align::Auto));
    align->addItem(tr("Left"), int(ColumnFormat::Align::Left));
    align->addItem(tr("Right"), int(ColumnFormat::Align::Right));
    align->addItem(tr("Center"), int(ColumnFormat::Align::Center));
    align->setCurrentIndex(align->findData(int(c.align)));
    m_columnsTable->setCellWidget(row, ColAlign, align);
    auto *overflow = new QComboBox;
    overflow->addItem(tr("Wrap"), int(ColumnFormat::Overflow::Wrap));
    overflow->addItem(tr("Elide"), int(ColumnFormat::Overflow::Elide));
    overflow->setCurrentIndex(overflow->findData(int(c.overflow)));
    m_columnsTable->setCellWidget(row, ColOverflow, overflow);
    m_columnsTable->setItem(row, ColWidth, new QTableWidgetItem(QString::number(c.widthWeight)));
    connect(align, &QComboBox::currentIndexChanged, this, &SectionEditor::columnsEdited);
    connect(overflow, &QComboBox::currentIndexChanged, this, &SectionEditor::columnsEdited);
    m_loading = wasLoading;
}

void SectionEditor::columnsEdited()
{
    if (m_loading)
        return;
    QList<ColumnFormat> columns;
    for (int row = 0; row < m_columnsTable->rowCount(); ++row) {
        ColumnFormat c;
        auto text = [&](int col) {
            const QTableWidgetItem *item = m_columnsTable->item(row, col);
            return item ? item->text().trimmed() : QString();
        };
        c.column = text(ColName);
        c.label = text(ColLabel);
        c.format = text(ColFormat);
        if (auto *align = qobject_cast<QComboBox *>(m_columnsTable->cellWidget(row, ColAlign)))
            c.align = ColumnFormat::Align(align->currentData().toInt());
        if (auto *o = qobject_cast<QComboBox *>(m_columnsTable->cellWidget(row, ColOverflow)))
            c.overflow = ColumnFormat::Overflow(o->currentData().toInt());
        bool ok = false;
        const double w = text(ColWidth).toDouble(&ok);
        c.widthWeight = ok && w > 0 ? w : 1.0;
        columns.append(c);
    }
    m_section.columns = columns;
    edited();
}

void SectionEditor::fillColumnsFromPreview()
{
    QStringList existing;
    for (const ColumnFormat &c : std::as_const(m_section.columns))
        existing.append(c.column);
    bool added = false;
    for (const QString &name : std::as_const(m_lastColumns)) {
        if (existing.contains(name))
            continue;
        ColumnFormat c;
        c.column = name;
        addColumnRow(c);
        added = true;
    }
    if (added)
        columnsEdited();
    else if (m_lastColumns.isEmpty())
        showQueryResult(tr("Run the query first to see its columns."), nullptr);
}

void SectionEditor::chooseImage()
{
    QStringList patterns;
    const auto formats = QImageReader::supportedImageFormats();
    for (const QByteArray &f : formats)
        patterns.append(QStringLiteral("*.") + QString::fromLatin1(f));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose image"), QString(),
        tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!path.isEmpty())
        setImageFile(path);
}

bool SectionEditor::setImageFile(const QString &path)
{
    QFile file(path);
    QString error;
    QByteArray bytes;
    if (!file.open(QIODevice::ReadOnly))
        error = tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
    else
        bytes = file.readAll();
    if (error.isEmpty() && QImage::fromData(bytes).isNull())
        error = tr("%1 is not an image this application can read.").arg(QFileInfo(path).fileName());
    m_imageError->setProperty("fileError", !error.isEmpty());
    EditorSupport::setFieldError(m_chooseImageButton, m_imageError, error);
    if (!error.isEmpty())
        return false;
    m_section.imageData = bytes;
    m_section.imageName = QFileInfo(path).fileName();
    updateImagePreview();
    edited();
    return true;
}

void SectionEditor::updateImagePreview()
{
    const QImage image = QImage::fromData(m_section.imageData);
    if (image.isNull()) {
        m_imagePreview->setPixmap(QPixmap());
        m_imagePreview->setText(m_section.imageData.isEmpty() ? tr("No image chosen")
                                                              : tr("The image cannot be shown"));
        m_imageNameLabel->setText(m_section.imageName);
        return;
    }
    m_imagePreview->setPixmap(QPixmap::fromImage(image.scaled(
        QSize(360, 240).boundedTo(image.size()), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageNameLabel->setText(tr("%1 (%2 × %3 px, %4 KB)")
                                  .arg(m_section.imageName)
                                  .arg(image.width())
                                  .arg(image.height())
                                  .arg((m_section.imageData.size() + 1023) / 1024));
}

} // namespace reportdesk
