#include "ServerDialog.h"

#include "editors/EditorSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace reportdesk {

namespace {

const QColor kSuccessText(0x1a, 0x7f, 0x37);
const QColor kErrorText(0xb3, 0x26, 0x1e);
const QColor kWarningText(0x8a, 0x5a, 0x00);

void setLabelColor(QLabel *label, const QColor &color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

const RemoteServer::Kind kKinds[] = {RemoteServer::Kind::Kibana, RemoteServer::Kind::Grafana,
                                     RemoteServer::Kind::OpenObserve, RemoteServer::Kind::Uvm};

} // namespace

ServerDialog::ServerDialog(const RemoteServer &server, QWidget *parent)
    : QDialog(parent)
    , m_edited(server)
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(server.id.isNull() ? tr("Add remote server")
                                      : tr("Remote server “%1”").arg(server.name));
    resize(560, 0);
    auto *layout = new QVBoxLayout(this);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("serverMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; border: 1px solid #e6a19b;"
                       " border-radius: 4px; padding: 6px 8px; color: #5f1410; }"));
    m_messageLabel->setVisible(false);
    layout->addWidget(m_messageLabel);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    // A form row whose field shows its validate() error under it.
    auto field = [this](const QString &key, QLabel *label, QWidget *w, QWidget *row) {
        QLabel *error = EditorSupport::makeErrorLabel(key + QStringLiteral("ErrorLabel"), this);
        QWidget *box = EditorSupport::withErrorLabel(row, error);
        label->setBuddy(w);
        m_form->addRow(label, box);
        m_fields.insert(key, {w, error});
        return box;
    };

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (const RemoteServer::Kind kind : kKinds)
        m_kindCombo->addItem(RemoteServer::kindTitle(kind), int(kind));
    field(QStringLiteral("kind"), new QLabel(tr("&Kind:"), this), m_kindCombo, m_kindCombo);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setToolTip(tr("The server's node in the tree and its name on the command line"));
    field(QStringLiteral("name"), new QLabel(tr("&Name:"), this), m_nameEdit, m_nameEdit);

    m_regionCombo = new QComboBox(this);
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_regionCombo->addItem(tr("United States (US)"), QStringLiteral("us"));
    m_regionCombo->addItem(tr("Europe (EU)"), QStringLiteral("eu"));
    m_regionCombo->addItem(tr("Custom address"), QString());
    m_regionRow = field(QStringLiteral("region"), new QLabel(tr("&Region:"), this), m_regionCombo,
                        m_regionCombo);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlRow =
        field(QStringLiteral("baseUrl"), new QLabel(tr("&Address:"), this), m_urlEdit, m_urlEdit);

    m_organisationLabel = new QLabel(this);
    m_organisationLabel->setObjectName(QStringLiteral("organisationLabel"));
    m_organisationEdit = new QLineEdit(this);
    m_organisationEdit->setObjectName(QStringLiteral("organisationEdit"));
    field(QStringLiteral("organisation"), m_organisationLabel, m_organisationEdit,
          m_organisationEdit);

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFileEdit = new QLineEdit(caRow);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("None: the system's certificates"));
    m_caFileEdit->setToolTip(tr("Extra CA certificates (PEM) to trust for this server. The "
                                "certificate is always verified."));
    auto *browse = new QPushButton(tr("&Browse…"), caRow);
    browse->setObjectName(QStringLiteral("browseCaFileButton"));
    caLayout->addWidget(m_caFileEdit, 1);
    caLayout->addWidget(browse);
    field(QStringLiteral("caFile"), new QLabel(tr("&CA certificates:"), this), m_caFileEdit, caRow);

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeoutSpin->setRange(1, 3600);
    m_timeoutSpin->setSuffix(tr(" s"));
    field(QStringLiteral("timeout"), new QLabel(tr("&Timeout:"), this), m_timeoutSpin,
          m_timeoutSpin);

    m_authCombo = new QComboBox(this);
    m_authCombo->setObjectName(QStringLiteral("authCombo"));
    field(QStringLiteral("auth"), new QLabel(tr("Sign &in with:"), this), m_authCombo, m_authCombo);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_userRow = field(QStringLiteral("userName"), m_userLabel, m_userEdit, m_userEdit);

    // The secret: typed here, never shown back. The line under it says where it is kept.
    m_secretLabel = new QLabel(this);
    m_secretLabel->setObjectName(QStringLiteral("secretLabel"));
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAttribute(Qt::WA_InputMethodEnabled, false);
    m_secretLabel->setBuddy(m_secretEdit);
    m_form->addRow(m_secretLabel, m_secretEdit);
    m_secretRow = m_secretEdit;
    m_secretStatus = new QLabel(this);
    m_secretStatus->setObjectName(QStringLiteral("secretStatusLabel"));
    m_secretStatus->setWordWrap(true);
    // Below the form, not in it: a wrapped label in a form row squeezes its neighbours.
    layout->addWidget(m_secretStatus);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("T&est connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testProgress = new QProgressBar(this);
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setRange(0, 0); // busy: the tester does not say how far it is
    m_testProgress->setTextVisible(false);
    m_testProgress->setMaximumWidth(120);
    m_testProgress->setVisible(false);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testProgress, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    layout->addLayout(testRow);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto edited = [this] {
        if (m_loading)
            return;
        if (!m_testing)
            m_testResult->clear(); // a result describes the fields it was tested with
        validateAll();
    };
    const auto text = [this, edited](QString RemoteServer::*member) {
        return [this, member, edited](const QString &value) {
            if (m_loading)
                return;
            m_edited.*member = value;
            edited();
        };
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, text(&RemoteServer::name));
    connect(m_organisationEdit, &QLineEdit::textEdited, this, text(&RemoteServer::organisation));
    connect(m_userEdit, &QLineEdit::textEdited, this, text(&RemoteServer::userName));
    connect(m_caFileEdit, &QLineEdit::textEdited, this, text(&RemoteServer::caFile));
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this, edited](const QString &value) {
        if (m_loading)
            return;
        m_edited.baseUrl = QUrl(value.trimmed(), QUrl::StrictMode);
        edited();
    });
    connect(m_secretEdit, &QLineEdit::textEdited, this, [this, edited] {
        updateFields(); // the status line says whether the typed secret replaces a stored one
        edited();
    });
    connect(m_timeoutSpin, &QSpinBox::valueChanged, this, [this, edited](int seconds) {
        if (m_loading)
            return;
        m_edited.timeoutSeconds = seconds;
        edited();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (m_loading)
            return;
        const auto kind = RemoteServer::Kind(m_kindCombo->currentData().toInt());
        m_edited.kind = kind;
        // UVM starts on a region preset (the address another kind had is not UVM's); the
        // other kinds have no regions.
        if (kind == RemoteServer::Kind::Uvm) {
            if (m_edited.region.isEmpty())
                m_edited.region = QStringLiteral("us");
        } else {
            m_edited.region.clear();
        }
        const QList<RemoteServer::Auth> methods = RemoteServer::authMethods(kind);
        if (!methods.contains(m_edited.auth) && !methods.isEmpty())
            m_edited.auth = methods.constFirst();
        load();
        edited();
    });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (m_loading)
            return;
        m_edited.region = m_regionCombo->currentData().toString();
        updateFields();
        edited();
    });
    connect(m_authCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (m_loading || m_authCombo->currentIndex() < 0)
            return;
        m_edited.auth = RemoteServer::Auth(m_authCombo->currentData().toInt());
        updateFields();
        edited();
    });
    connect(browse, &QPushButton::clicked, this, &ServerDialog::browseCaFile);
    connect(m_testButton, &QPushButton::clicked, this, &ServerDialog::testConnection);

    load();
    validateAll();
    m_nameEdit->setFocus();
}

ServerDialog::~ServerDialog() = default;

void ServerDialog::setSecretStatus(SecretStorage storage, const QString &storeDescription,
                                   bool secretStored)
{
    m_storage = storage;
    m_storeDescription = storeDescription;
    m_secretStored = secretStored;
    updateFields();
}

void ServerDialog::setExistingNames(const QStringList &names)
{
    m_existingNames = names;
    validateAll();
}

void ServerDialog::setConnectionTester(ConnectionTester tester)
{
    m_tester = std::move(tester);
    validateAll();
}

void ServerDialog::setSaveHandler(SaveHandler handler)
{
    m_save = std::move(handler);
}

std::optional<QString> ServerDialog::secret() const
{
    const QString typed = m_secretEdit->text();
    if (typed.isEmpty())
        return std::nullopt;
    return typed;
}

QString ServerDialog::authTitle(RemoteServer::Auth auth) const
{
    switch (auth) {
    case RemoteServer::Auth::None:
        return tr("No sign-in");
    case RemoteServer::Auth::Basic:
        return tr("User name and password");
    case RemoteServer::Auth::Bearer:
        return m_edited.kind == RemoteServer::Kind::Grafana ? tr("Service account token")
                                                            : tr("Token");
    case RemoteServer::Auth::ApiKey:
        return tr("API key");
    case RemoteServer::Auth::ClientCredentials:
        return tr("OAuth2 client credentials");
    }
    return {};
}

void ServerDialog::load()
{
    m_loading = true;
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_edited.kind)));
    m_nameEdit->setText(m_edited.name);
    const int region = m_regionCombo->findData(m_edited.region);
    m_regionCombo->setCurrentIndex(region >= 0 ? region : m_regionCombo->count() - 1);
    m_urlEdit->setText(m_edited.baseUrl.toString());
    m_organisationEdit->setText(m_edited.organisation);
    m_authCombo->clear();
    const QList<RemoteServer::Auth> methods = RemoteServer::authMethods(m_edited.kind);
    for (const RemoteServer::Auth auth : methods)
        m_authCombo->addItem(authTitle(auth), int(auth));
    if (!methods.contains(m_edited.auth)) // a stored method the kind no longer takes: say so
        m_authCombo->addItem(authTitle(m_edited.auth), int(m_edited.auth));
    m_authCombo->setCurrentIndex(m_authCombo->findData(int(m_edited.auth)));
    m_userEdit->setText(m_edited.userName);
    m_caFileEdit->setText(m_edited.caFile);
    m_timeoutSpin->setValue(m_edited.timeoutSeconds);
    m_edited.timeoutSeconds = m_timeoutSpin->value(); // what the spin box can hold
    m_loading = false;
    updateFields();
}

void ServerDialog::updateFields()
{
    using Kind = RemoteServer::Kind;
    using Auth = RemoteServer::Auth;
    const Kind kind = m_edited.kind;
    const bool uvm = kind == Kind::Uvm;
    m_form->setRowVisible(m_regionRow, uvm);
    m_form->setRowVisible(m_urlRow, !uvm || m_edited.region.isEmpty());

    switch (kind) {
    case Kind::Kibana:
        m_urlEdit->setPlaceholderText(QStringLiteral("https://kibana.example.com:5601"));
        m_organisationLabel->setText(tr("&Space:"));
        m_organisationEdit->setPlaceholderText(tr("default"));
        m_organisationEdit->setToolTip(tr("The Kibana space; empty for the default space"));
        break;
    case Kind::Grafana:
        m_urlEdit->setPlaceholderText(QStringLiteral("https://grafana.example.com"));
        m_organisationLabel->setText(tr("&Organisation ID:"));
        m_organisationEdit->setPlaceholderText(tr("the user's current organisation"));
        m_organisationEdit->setToolTip(tr("The numeric Grafana organisation id"));
        break;
    case Kind::OpenObserve:
        m_urlEdit->setPlaceholderText(QStringLiteral("https://openobserve.example.com"));
        m_organisationLabel->setText(tr("&Organisation:"));
        m_organisationEdit->setPlaceholderText(tr("default"));
        m_organisationEdit->setToolTip(tr("The OpenObserve organisation the reports belong to"));
        break;
    case Kind::Uvm:
        m_urlEdit->setPlaceholderText(QStringLiteral("https://uvm.example.com"));
        m_organisationLabel->setText(tr("&Account ID:"));
        m_organisationEdit->setPlaceholderText(QString());
        m_organisationEdit->setToolTip(tr("The Zscaler UVM account id"));
        break;
    }

    const Auth auth = m_edited.auth;
    const bool user = auth == Auth::Basic || auth == Auth::ClientCredentials;
    m_form->setRowVisible(m_userRow, user);
    m_userLabel->setText(auth == Auth::ClientCredentials ? tr("C&lient ID:") : tr("&User name:"));
    m_form->setRowVisible(m_secretRow, auth != Auth::None);
    m_secretStatus->setVisible(auth != Auth::None);
    switch (auth) {
    case Auth::None:
    case Auth::Basic:
        m_secretLabel->setText(tr("&Password:"));
        break;
    case Auth::Bearer:
        m_secretLabel->setText(tr("&Token:"));
        break;
    case Auth::ApiKey:
        m_secretLabel->setText(tr("API &key:"));
        break;
    case Auth::ClientCredentials:
        m_secretLabel->setText(tr("Client &secret:"));
        break;
    }

    // Where the secret is, never what it is.
    const bool typed = !m_secretEdit->text().isEmpty();
    QString status;
    if (m_storage == SecretStorage::Keychain) {
        if (typed)
            status = tr("Will be stored in the keychain (%1).").arg(m_storeDescription);
        else if (m_secretStored)
            status = tr("Stored in the keychain (%1).").arg(m_storeDescription);
        else
            status =
                tr("Not stored yet; it will be kept in the keychain (%1).").arg(m_storeDescription);
        setLabelColor(m_secretStatus, QApplication::palette().color(QPalette::WindowText));
    } else {
        status = m_secretStored && !typed ? tr("Kept for this session only. %1")
                                          : tr("Will be kept for this session only. %1");
        status = status.arg(m_storeDescription);
        setLabelColor(m_secretStatus, kWarningText);
    }
    m_secretStatus->setText(status);
    fitHeight();
    m_secretEdit->setPlaceholderText(m_secretStored ? tr("Unchanged; type to replace it")
                                                    : QString());
}

FieldErrors ServerDialog::fieldErrors() const
{
    FieldErrors errors = m_edited.validate();
    const QString name = m_edited.name.trimmed();
    if (!name.isEmpty()) {
        for (const QString &other : m_existingNames) {
            if (other.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                errors.append({QStringLiteral("name"),
                               tr("Another server is called \"%1\"; choose another name.")
                                   .arg(other.trimmed())});
                break;
            }
        }
    }
    return errors;
}

void ServerDialog::validateAll()
{
    const FieldErrors errors = fieldErrors();
    QHash<QString, QString> byField;
    for (const FieldError &e : errors) {
        if (!byField.contains(e.field)) // the first error of a field is the one to fix first
            byField.insert(e.field, e.message);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        EditorSupport::setFieldError(it->first, it->second, byField.value(it.key()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
    fitHeight(); // error texts come and go
    m_testButton->setVisible(bool(m_tester));
    m_testButton->setEnabled(bool(m_tester) && !m_testing && errors.isEmpty());
    m_testButton->setToolTip(errors.isEmpty() ? QString()
                                              : tr("Correct the fields marked in red first"));
}

void ServerDialog::testConnection()
{
    if (!m_tester || m_testing || !fieldErrors().isEmpty())
        return;
    const quint64 generation = ++m_testGeneration;
    m_testing = true;
    m_testProgress->setVisible(true);
    const QString host = m_edited.baseUrl.host();
    m_testResult->setText(host.isEmpty() ? tr("Connecting…") : tr("Connecting to %1…").arg(host));
    setLabelColor(m_testResult, QApplication::palette().color(QPalette::WindowText));
    validateAll();
    QPointer<ServerDialog> self(this);
    m_tester(m_edited, secret(), [self, generation](const TestResult &result) {
        if (!self || generation != self->m_testGeneration)
            return;
        self->showTestResult(result);
    });
}

void ServerDialog::showTestResult(const TestResult &result)
{
    m_testing = false;
    m_testProgress->setVisible(false);
    m_testResult->setText(result.text);
    setLabelColor(m_testResult, result.ok ? kSuccessText : kErrorText);
    validateAll();
    fitHeight();
    emit connectionTested(result.ok);
}

void ServerDialog::accept()
{
    const FieldErrors errors = fieldErrors();
    if (!errors.isEmpty()) {
        validateAll();
        return;
    }
    m_edited.name = m_edited.name.trimmed();
    if (m_save) {
        const QString error = m_save(m_edited, secret());
        if (!error.isEmpty()) {
            m_messageLabel->setText(error);
            m_messageLabel->setVisible(true);
            return;
        }
    }
    m_messageLabel->setVisible(false);
    QDialog::accept();
}

void ServerDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitHeight();
}

void ServerDialog::fitHeight()
{
    EditorSupport::fitHeightForWrappedText(this);
}

void ServerDialog::browseCaFile()
{
    const QString start =
        m_edited.caFile.isEmpty() ? QString() : QFileInfo(m_edited.caFile).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose CA certificates"), start,
                                     tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (path.isEmpty())
        return;
    m_edited.caFile = path;
    m_caFileEdit->setText(path);
    validateAll();
}

} // namespace reportdesk
