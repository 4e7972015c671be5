#pragma once

#include "domain/RemoteServer.h"

#include <QDialog>
#include <QHash>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace reportdesk {

// Edits one remote server profile: kind, name, address (UVM: region US, EU or a custom
// address), organisation / space / account id, sign-in method, user name or client id, secret,
// extra CA file and timeout. The fields follow the kind: each kind offers only the sign-in
// methods its server accepts, and labels say what the kind calls a field. Errors from
// RemoteServer::validate (and a name another profile has) show at their fields and keep OK
// disabled.
//
// The dialog never shows a stored secret: it only says where the secret is kept (the system
// keychain, or this session only, with the store's description). A secret typed here is handed
// out by secret(); saving it is the caller's job. "Test connection" runs an injected tester, so
// the widget holds no network code; the tester answers later and the dialog stays responsive.
class ServerDialog : public QDialog {
    Q_OBJECT

public:
    enum class SecretStorage { Keychain, SessionOnly };
    struct TestResult {
        bool ok = false;
        QString text; // what answered, or the error text
    };
    using TestDone = std::function<void(const TestResult &)>;
    // Starts a connection test of `server` signing in with `secret` (nullopt: the stored one)
    // and calls `done` once, later, from the event loop.
    using ConnectionTester = std::function<void(
        const RemoteServer &server, const std::optional<QString> &secret, TestDone done)>;
    // Saves the accepted profile and the secret typed (nullopt: keep the stored one). Returns
    // an error message, empty on success; on error the dialog stays open and shows it.
    using SaveHandler =
        std::function<QString(const RemoteServer &server, const std::optional<QString> &secret)>;

    explicit ServerDialog(const RemoteServer &server, QWidget *parent = nullptr);
    ~ServerDialog() override;

    // Where secrets go, as SecretStore::kind()/description() say, and whether this profile
    // already has one stored.
    void setSecretStatus(SecretStorage storage, const QString &storeDescription, bool secretStored);
    // Names of the other profiles: a clash (regardless of case) is an error at the name.
    void setExistingNames(const QStringList &names);
    void setConnectionTester(ConnectionTester tester);
    void setSaveHandler(SaveHandler handler);

    RemoteServer server() const { return m_edited; }
    // The secret typed in the dialog; nullopt when the field was left empty (keep the stored).
    std::optional<QString> secret() const;
    FieldErrors fieldErrors() const; // as shown at the fields
    bool isTesting() const { return m_testing; }

public slots:
    void testConnection();
    void accept() override;

signals:
    void connectionTested(bool ok);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    void load();
    void updateFields(); // visibility and labels for the kind and sign-in method
    void validateAll();  // errors at the fields, OK and Test enabled
    void showTestResult(const TestResult &result);
    void browseCaFile();
    QString authTitle(RemoteServer::Auth auth) const;

    RemoteServer m_edited;
    QStringList m_existingNames;
    ConnectionTester m_tester;
    SaveHandler m_save;
    SecretStorage m_storage = SecretStorage::Keychain;
    QString m_storeDescription;
    bool m_secretStored = false;
    bool m_loading = false;
    bool m_testing = false;
    quint64 m_testGeneration = 0;

    QFormLayout *m_form = nullptr;
    QLabel *m_messageLabel = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_regionCombo = nullptr;
    QWidget *m_regionRow = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QWidget *m_urlRow = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLineEdit *m_organisationEdit = nullptr;
    QComboBox *m_authCombo = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QWidget *m_userRow = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QLabel *m_secretStatus = nullptr;
    QWidget *m_secretRow = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QPushButton *m_testButton = nullptr;
    QProgressBar *m_testProgress = nullptr;
    QLabel *m_testResult = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QPair<QWidget *, QLabel *>> m_fields; // validate() key -> field, error label
};

} // namespace reportdesk
