#include "DataSourcesDialog.h"

#include "EditorSupport.h"
#include "catalog/Catalog.h"
#include "data/QueryRunner.h"
#include "domain/Validation.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void setLabelColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

} // namespace

DataSourcesDialog::DataSourcesDialog(Catalog *catalog, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
{
    setWindowTitle(tr("Data sources"));
    setObjectName(QStringLiteral("dataSourcesDialog"));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("&Data sources:"), left);
    leftLayout->addWidget(listLabel);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("dataSourceList"));
    m_list->setMinimumWidth(200);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add"), left);
    m_addButton->setObjectName(QStringLiteral("addDataSourceButton"));
    m_deleteButton = new QPushButton(tr("De&lete"), left);
    m_deleteButton->setObjectName(QStringLiteral("deleteDataSourceButton"));
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_deleteButton);
    leftLayout->addLayout(listButtons);
    splitter->addWidget(left);

    m_editor = new QWidget(splitter);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 620});
    auto *right = new QVBoxLayout(m_editor);
    m_messageLabel = new QLabel(m_editor);
    m_messageLabel->setObjectName(QStringLiteral("dataSourceMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e6a19b;"
                       " border-radius: 4px; padding: 6px 8px; color: #5f1410; }"));
    m_messageLabel->setVisible(false);
    right->addWidget(m_messageLabel);

    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addLayout(form);
    auto field = [this, form](const QString &key, const QString &label, QWidget *w, QWidget *row) {
        QLabel *error = EditorSupport::makeErrorLabel(key + QStringLiteral("ErrorLabel"), m_editor);
        QWidget *box = EditorSupport::withErrorLabel(row, error);
        form->addRow(buddyLabel(label, w), box);
        m_fields.insert(key, {w, error});
        return box;
    };

    m_nameEdit = new QLineEdit(m_editor);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setToolTip(tr("Sections refer to the data source by this name"));
    field(QStringLiteral("name"), tr("&Name:"), m_nameEdit, m_nameEdit);
    m_driverCombo = new QComboBox(m_editor);
    m_driverCombo->setObjectName(QStringLiteral("driverCombo"));
    m_driverCombo->addItem(tr("SQLite file (QSQLITE)"), QStringLiteral("QSQLITE"));
    m_driverCombo->addItem(tr("PostgreSQL (QPSQL)"), QStringLiteral("QPSQL"));
    field(QStringLiteral("driver"), tr("D&river:"), m_driverCombo, m_driverCombo);

    // SQLite: a file
    auto *fileRow = new QWidget(m_editor);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileEdit = new QLineEdit(fileRow);
    m_fileEdit->setObjectName(QStringLiteral("databaseFileEdit"));
    auto *browse = new QPushButton(tr("&Browse…"), fileRow);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    fileLayout->addWidget(m_fileEdit, 1);
    fileLayout->addWidget(browse);
    m_fileRow = field(QStringLiteral("databaseFile"), tr("&File:"), m_fileEdit, fileRow);

    // Servers
    m_hostEdit = new QLineEdit(m_editor);
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(QStringLiteral("db.example.com"));
    m_serverRows.append(field(QStringLiteral("host"), tr("&Host:"), m_hostEdit, m_hostEdit));
    m_portSpin = new QSpinBox(m_editor);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("Default"));
    m_serverRows.append(field(QStringLiteral("port"), tr("&Port:"), m_portSpin, m_portSpin));
    m_databaseEdit = new QLineEdit(m_editor);
    m_databaseEdit->setObjectName(QStringLiteral("databaseNameEdit"));
    m_serverRows.append(
        field(QStringLiteral("databaseName"), tr("Data&base:"), m_databaseEdit, m_databaseEdit));
    m_userEdit = new QLineEdit(m_editor);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_serverRows.append(field(QStringLiteral("userName"), tr("&User:"), m_userEdit, m_userEdit));
    m_passwordEdit = new QLineEdit(m_editor);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setEnabled(false);
    m_passwordEdit->setPlaceholderText(tr("Stored in the system keychain"));
    m_passwordEdit->setToolTip(
        tr("Passwords are stored in the system keychain; arrives with keychain support"));
    form->addRow(buddyLabel(tr("Pass&word:"), m_passwordEdit), m_passwordEdit);
    m_serverRows.append(m_passwordEdit);
    m_optionsEdit = new QLineEdit(m_editor);
    m_optionsEdit->setObjectName(QStringLiteral("optionsEdit"));
    m_optionsEdit->setPlaceholderText(QStringLiteral("sslmode=require;connect_timeout=5"));
    m_serverRows.append(
        field(QStringLiteral("options"), tr("&Options:"), m_optionsEdit, m_optionsEdit));

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), m_editor);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(m_editor);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    right->addLayout(testRow);
    right->addStretch(1);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    m_revertButton = new QPushButton(tr("Re&vert"), m_editor);
    m_revertButton->setObjectName(QStringLiteral("revertDataSourceButton"));
    m_saveButton = new QPushButton(tr("&Save"), m_editor);
    m_saveButton->setObjectName(QStringLiteral("saveDataSourceButton"));
    saveRow->addWidget(m_revertButton);
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto text = [this](QString DataSource::*member) {
        return [this, member](const QString &value) {
            if (m_loading)
                return;
            m_edited.*member = value;
            edited();
        };
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, text(&DataSource::name));
    connect(m_fileEdit, &QLineEdit::textEdited, this, text(&DataSource::databaseName));
    connect(m_databaseEdit, &QLineEdit::textEdited, this, text(&DataSource::databaseName));
    connect(m_hostEdit, &QLineEdit::textEdited, this, text(&DataSource::host));
    connect(m_userEdit, &QLineEdit::textEdited, this, text(&DataSource::userName));
    connect(m_optionsEdit, &QLineEdit::textEdited, this, text(&DataSource::options));
    connect(m_portSpin, &QSpinBox::valueChanged, this, [this](int port) {
        if (m_loading)
            return;
        m_edited.port = port;
        edited();
    });
    connect(m_driverCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_edited.driver = m_driverCombo->currentData().toString();
        loadEditor();
    });
    connect(browse, &QPushButton::clicked, this, &DataSourcesDialog::browseFile);
    connect(m_testButton, &QPushButton::clicked, this, &DataSourcesDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &DataSourcesDialog::save);
    connect(m_revertButton, &QPushButton::clicked, this, &DataSourcesDialog::revert);
    connect(m_addButton, &QPushButton::clicked, this, &DataSourcesDialog::addSource);
    connect(m_deleteButton, &QPushButton::clicked, this, &DataSourcesDialog::deleteSource);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row == m_currentRow)
            return;
        if (!maybeKeepChanges()) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_currentRow);
            return;
        }
        // A draft that was discarded disappears from the list.
        const QString name =
            row >= 0 && row < m_sources.size() ? m_sources.at(row).name : QString();
        reloadSources(name);
    });

    reloadSources(QString());
}

DataSourcesDialog::~DataSourcesDialog()
{
    if (m_testThread)
        m_testThread->wait();
}

void DataSourcesDialog::reloadSources(const QString &select)
{
    m_loading = true;
    m_sources = m_catalog ? m_catalog->dataSources() : QList<DataSource>();
    m_list->clear();
    int row = m_sources.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_sources.size(); ++i) {
        m_list->addItem(m_sources.at(i).name);
        if (m_sources.at(i).name == select)
            row = i;
    }
    m_list->setCurrentRow(row);
    m_currentRow = row;
    m_loading = false;
    m_original = row >= 0 ? m_sources.at(row) : DataSource{};
    m_edited = m_original;
    ++m_testGeneration;
    m_testResult->clear();
    loadEditor();
}

void DataSourcesDialog::selectSource(const QString &name)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).name == name)
            m_list->setCurrentRow(i);
    }
}

void DataSourcesDialog::loadEditor()
{
    m_loading = true;
    const DataSource &s = m_edited;
    const bool any = m_currentRow >= 0;
    m_editor->setEnabled(any);
    m_nameEdit->setText(s.name);
    int driver = m_driverCombo->findData(s.driver);
    if (driver < 0) {
        m_driverCombo->addItem(s.driver, s.driver); // a driver this dialog does not know well
        driver = m_driverCombo->count() - 1;
    }
    m_driverCombo->setCurrentIndex(driver);
    m_fileEdit->setText(s.isFileBased() ? s.databaseName : QString());
    m_databaseEdit->setText(s.isFileBased() ? QString() : s.databaseName);
    m_hostEdit->setText(s.host);
    m_portSpin->setValue(s.port);
    m_userEdit->setText(s.userName);
    m_optionsEdit->setText(s.options);
    m_form->setRowVisible(m_fileRow, s.isFileBased());
    for (QWidget *row : std::as_const(m_serverRows))
        m_form->setRowVisible(row, !s.isFileBased());
    m_loading = false;
    edited();
}

void DataSourcesDialog::edited()
{
    if (m_loading)
        return;
    const FieldErrors errors =
        m_currentRow >= 0 ? Validation::checkDataSource(m_edited) : FieldErrors{};
    QHash<QString, QString> byField;
    for (const FieldError &e : errors) {
        const QString key = e.field == QLatin1String("databaseName") && m_edited.isFileBased()
                                ? QStringLiteral("databaseFile")
                                : e.field;
        byField.insert(key, e.message);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        EditorSupport::setFieldError(it->first, it->second, byField.value(it.key()));
    const bool draft = m_currentRow >= 0 && m_edited.id == 0;
    const bool modified = isModified() || draft;
    m_saveButton->setEnabled(modified && errors.isEmpty());
    m_revertButton->setEnabled(isModified());
    m_deleteButton->setEnabled(m_currentRow >= 0);
    m_testButton->setEnabled(m_currentRow >= 0 && !m_edited.databaseName.trimmed().isEmpty());
    if (QListWidgetItem *item = m_list->item(m_currentRow)) {
        QString text = m_edited.name.isEmpty() ? tr("(unnamed)") : m_edited.name;
        if (modified)
            text += QStringLiteral(" *");
        item->setText(text);
    }
}

void DataSourcesDialog::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

bool DataSourcesDialog::save()
{
    if (!m_catalog || m_currentRow < 0)
        return false;
    DataSource toSave = m_edited;
    if (!toSave.isFileBased())
        toSave.databaseName = toSave.databaseName.trimmed();
    const auto saved = m_catalog->saveDataSource(toSave);
    if (!saved) {
        showMessage(saved.error());
        return false;
    }
    showMessage(QString());
    reloadSources(saved->name);
    return true;
}

void DataSourcesDialog::revert()
{
    m_edited = m_original;
    showMessage(QString());
    loadEditor();
}

bool DataSourcesDialog::maybeKeepChanges()
{
    const bool draft = m_currentRow >= 0 && m_edited.id == 0;
    if (!isModified() && !draft)
        return true;
    if (!isModified() && draft)
        return true; // an untouched draft is simply dropped
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The data source \"%1\" has unsaved changes. Save them?").arg(m_edited.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    revert();
    return true;
}

void DataSourcesDialog::done(int result)
{
    if (!maybeKeepChanges())
        return;
    QDialog::done(result);
}

void DataSourcesDialog::addSource()
{
    if (!maybeKeepChanges())
        return;
    reloadSources(m_original.name);
    DataSource draft;
    QStringList names;
    for (const DataSource &s : std::as_const(m_sources))
        names.append(s.name);
    draft.name = tr("New data source");
    for (int n = 2; names.contains(draft.name); ++n)
        draft.name = tr("New data source %1").arg(n);
    m_sources.append(draft);
    m_loading = true;
    m_list->addItem(draft.name);
    m_currentRow = int(m_sources.size()) - 1;
    m_list->setCurrentRow(m_currentRow);
    m_loading = false;
    m_original = draft;
    m_edited = draft;
    showMessage(QString());
    m_testResult->clear();
    loadEditor();
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void DataSourcesDialog::deleteSource()
{
    if (m_currentRow < 0)
        return;
    if (m_original.id == 0) { // a draft: nothing stored yet
        m_edited = m_original;
        reloadSources(QString());
        return;
    }
    if (QMessageBox::question(this, tr("Delete data source"),
                              tr("Delete the data source \"%1\"?").arg(m_original.name)) !=
        QMessageBox::Yes)
        return;
    const Status status = m_catalog->deleteDataSource(m_original.id);
    if (!status) {
        showMessage(status.error());
        return;
    }
    m_edited = m_original;
    reloadSources(QString());
}

void DataSourcesDialog::browseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose SQLite database"), m_edited.databaseName,
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_edited.databaseName = path;
    m_fileEdit->setText(path);
    edited();
}

void DataSourcesDialog::testConnection()
{
    const DataSource source = m_edited;
    const quint64 generation = ++m_testGeneration;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    setLabelColor(m_testResult, QApplication::palette().color(QPalette::WindowText));
    if (m_testThread)
        m_testThread->wait();
    m_testThread = EditorSupport::runInBackground<Status>(
        this, [source] { return QueryRunner::testConnection(source, QString()); },
        [this, generation, source](Status status) {
            if (generation != m_testGeneration)
                return;
            m_testButton->setEnabled(true);
            if (status) {
                m_testResult->setText(tr("Connected to \"%1\".").arg(source.name));
                setLabelColor(m_testResult, QColor(0x1a, 0x7f, 0x37));
            } else {
                m_testResult->setText(status.error());
                setLabelColor(m_testResult, QColor(0xb3, 0x26, 0x1e));
            }
            emit connectionTested(status.ok());
        });
}

} // namespace reportdesk
