// ServerDialog on the offscreen platform: the fields follow the kind and the sign-in method,
// validate() errors show at their fields and keep OK disabled, "Test connection" shows progress
// and then the tester's answer without blocking, and a stored secret is never shown.
#include "servers/ServerDialog.h"
#include "WidgetLookup.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>

using namespace reportdesk;

class tst_ServerDialog : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void existingProfileIsLoaded();
    void fieldsFollowTheKind_data();
    void fieldsFollowTheKind();
    void uvmRegionOrCustomAddress();
    void signInMethodChangesUserAndSecretFields();
    void errorsShowAtTheFieldsAndBlockOk();
    void duplicateNameIsAnError();
    void testConnectionShowsProgressThenTheResult();
    void testConnectionErrorTextIsShown();
    void lateAnswerAfterCloseIsIgnored();
    void secretFieldIsNeverPrefilled();
    void sessionOnlyStoreIsSaid();
    void saveHandlerErrorKeepsTheDialogOpen();
    void screenshot();

private:
    ServerDialog *open(const RemoteServer &server);
    template <typename T> T *child(const char *name)
    {
        return test::findNamed<T>(m_dialog.get(), name);
    }
    bool visible(QWidget *w) const { return w->isVisibleTo(m_dialog.get()); }
    QLabel *errorLabel(const char *field);
    void choose(QComboBox *combo, const QVariant &data);
    void type(QLineEdit *edit, const QString &text);

    std::unique_ptr<ServerDialog> m_dialog;
};

namespace {

RemoteServer grafana()
{
    RemoteServer s;
    s.id = QUuid::createUuid();
    s.kind = RemoteServer::Kind::Grafana;
    s.name = QStringLiteral("ops");
    s.baseUrl = QUrl(QStringLiteral("https://grafana.example.com"));
    s.organisation = QStringLiteral("2");
    s.auth = RemoteServer::Auth::Bearer;
    s.timeoutSeconds = 45;
    return s;
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

QList<RemoteServer::Auth> comboAuths(const QComboBox *combo)
{
    QList<RemoteServer::Auth> auths;
    for (int i = 0; i < combo->count(); ++i)
        auths.append(RemoteServer::Auth(combo->itemData(i).toInt()));
    return auths;
}

} // namespace

void tst_ServerDialog::cleanup()
{
    m_dialog.reset();
}

ServerDialog *tst_ServerDialog::open(const RemoteServer &server)
{
    m_dialog = std::make_unique<ServerDialog>(server);
    m_dialog->setSecretStatus(ServerDialog::SecretStorage::Keychain,
                              QStringLiteral("System keychain (Secret Service)"), false);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qFatal("the dialog was not shown");
    return m_dialog.get();
}

QLabel *tst_ServerDialog::errorLabel(const char *field)
{
    const QByteArray name = QByteArray(field) + "ErrorLabel";
    return child<QLabel>(name.constData());
}

void tst_ServerDialog::choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void tst_ServerDialog::type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_ServerDialog::existingProfileIsLoaded()
{
    const RemoteServer server = grafana();
    open(server);
    QCOMPARE(child<QComboBox>("kindCombo")->currentText(), QStringLiteral("Grafana"));
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), QStringLiteral("ops"));
    QCOMPARE(child<QLineEdit>("urlEdit")->text(), QStringLiteral("https://grafana.example.com"));
    QCOMPARE(child<QLineEdit>("organisationEdit")->text(), QStringLiteral("2"));
    QCOMPARE(child<QComboBox>("authCombo")->currentText(), QStringLiteral("Service account token"));
    QCOMPARE(child<QSpinBox>("timeoutSpin")->value(), 45);
    QVERIFY(child<QPushButton>("okButton")->isEnabled());
    // Untouched, the dialog gives back the same profile (id included) and no secret.
    QCOMPARE(m_dialog->server(), server);
    QCOMPARE(m_dialog->secret(), std::nullopt);

    type(child<QLineEdit>("organisationEdit"), QStringLiteral("7"));
    child<QSpinBox>("timeoutSpin")->setValue(120);
    RemoteServer expected = server;
    expected.organisation = QStringLiteral("7");
    expected.timeoutSeconds = 120;
    QCOMPARE(m_dialog->server(), expected);
}

void tst_ServerDialog::fieldsFollowTheKind_data()
{
    QTest::addColumn<RemoteServer::Kind>("kind");
    QTest::addColumn<QString>("organisationLabel");
    QTest::addColumn<QList<RemoteServer::Auth>>("auths");
    QTest::addColumn<bool>("region");
    QTest::newRow("kibana") << RemoteServer::Kind::Kibana
                            << "&Space:" << RemoteServer::authMethods(RemoteServer::Kind::Kibana)
                            << false;
    QTest::newRow("grafana") << RemoteServer::Kind::Grafana << "&Organisation ID:"
                             << RemoteServer::authMethods(RemoteServer::Kind::Grafana) << false;
    QTest::newRow("openobserve") << RemoteServer::Kind::OpenObserve << "&Organisation:"
                                 << RemoteServer::authMethods(RemoteServer::Kind::OpenObserve)
                                 << false;
    QTest::newRow("uvm") << RemoteServer::Kind::Uvm << "&Account ID:"
                         << QList<RemoteServer::Auth>{RemoteServer::Auth::ClientCredentials}
                         << true;
}

void tst_ServerDialog::fieldsFollowTheKind()
{
    QFETCH(RemoteServer::Kind, kind);
    QFETCH(QString, organisationLabel);
    QFETCH(QList<RemoteServer::Auth>, auths);
    QFETCH(bool, region);
    open(grafana());
    choose(child<QComboBox>("kindCombo"), int(kind));

    QCOMPARE(m_dialog->server().kind, kind);
    QCOMPARE(child<QLabel>("organisationLabel")->text(), organisationLabel);
    auto *auth = child<QComboBox>("authCombo");
    QCOMPARE(comboAuths(auth), auths);
    // A method the kind does not take is replaced by one it does.
    QVERIFY(auths.contains(m_dialog->server().auth));
    QCOMPARE(RemoteServer::Auth(auth->currentData().toInt()), m_dialog->server().auth);
    QCOMPARE(visible(child<QComboBox>("regionCombo")), region);
    QCOMPARE(visible(child<QLineEdit>("urlEdit")), !region); // UVM starts on the US preset
    QVERIFY(!child<QLineEdit>("urlEdit")->placeholderText().isEmpty());
}

void tst_ServerDialog::uvmRegionOrCustomAddress()
{
    RemoteServer server;
    server.kind = RemoteServer::Kind::Uvm;
    server.name = QStringLiteral("uvm");
    server.auth = RemoteServer::Auth::ClientCredentials;
    open(server);
    auto *region = child<QComboBox>("regionCombo");
    auto *url = child<QLineEdit>("urlEdit");
    QVERIFY(visible(region));
    QCOMPARE(comboTexts(region),
             (QStringList{QStringLiteral("United States (US)"), QStringLiteral("Europe (EU)"),
                          QStringLiteral("Custom address")}));
    QCOMPARE(child<QLabel>("userLabel")->text(), QStringLiteral("C&lient ID:"));
    QCOMPARE(child<QLabel>("secretLabel")->text(), QStringLiteral("Client &secret:"));
    // No region in the profile: a custom address, which is asked for.
    QCOMPARE(region->currentData().toString(), QString());
    QVERIFY(visible(url));
    choose(region, QStringLiteral("eu"));
    QCOMPARE(m_dialog->server().region, QStringLiteral("eu"));
    QVERIFY(!visible(url));

    choose(region, QString()); // custom
    QVERIFY(visible(url));
    QCOMPARE(m_dialog->server().region, QString());
    QVERIFY(visible(errorLabel("baseUrl"))); // a custom region needs its address
    type(url, QStringLiteral("https://uvm.internal.example"));
    QVERIFY(!visible(errorLabel("baseUrl")));
    QCOMPARE(m_dialog->server().baseUrl, QUrl(QStringLiteral("https://uvm.internal.example")));

    // The account id is required for UVM, and said so at its field.
    type(child<QLineEdit>("userEdit"), QStringLiteral("client-1"));
    QVERIFY(visible(errorLabel("organisation")));
    QVERIFY(errorLabel("organisation")->text().contains(QStringLiteral("account id")));
    QVERIFY(!child<QPushButton>("okButton")->isEnabled());
    type(child<QLineEdit>("organisationEdit"), QStringLiteral("acct-1"));
    QVERIFY2(m_dialog->fieldErrors().isEmpty(),
             qPrintable(Validation::joined(m_dialog->fieldErrors())));
    QVERIFY(child<QPushButton>("okButton")->isEnabled());
}

void tst_ServerDialog::signInMethodChangesUserAndSecretFields()
{
    open(grafana());
    auto *auth = child<QComboBox>("authCombo");
    auto *user = child<QLineEdit>("userEdit");
    auto *secretLabel = child<QLabel>("secretLabel");
    // A token: no user name.
    QVERIFY(!visible(user));
    QCOMPARE(secretLabel->text(), QStringLiteral("&Token:"));

    choose(auth, int(RemoteServer::Auth::Basic));
    QVERIFY(visible(user));
    QCOMPARE(child<QLabel>("userLabel")->text(), QStringLiteral("&User name:"));
    QCOMPARE(secretLabel->text(), QStringLiteral("&Password:"));
    QVERIFY(visible(errorLabel("userName"))); // basic sign-in needs the user name
    QVERIFY(!child<QPushButton>("okButton")->isEnabled());
    type(user, QStringLiteral("admin"));
    QVERIFY(child<QPushButton>("okButton")->isEnabled());

    choose(child<QComboBox>("kindCombo"), int(RemoteServer::Kind::Kibana));
    choose(auth, int(RemoteServer::Auth::ApiKey));
    QVERIFY(!visible(user));
    QCOMPARE(secretLabel->text(), QStringLiteral("API &key:"));
    choose(auth, int(RemoteServer::Auth::None));
    QVERIFY(!visible(child<QLineEdit>("secretEdit")));
}

void tst_ServerDialog::errorsShowAtTheFieldsAndBlockOk()
{
    RemoteServer fresh;
    fresh.kind = RemoteServer::Kind::Grafana;
    fresh.auth = RemoteServer::Auth::Bearer;
    open(fresh);
    auto *ok = child<QPushButton>("okButton");
    QVERIFY(!ok->isEnabled());
    QVERIFY(visible(errorLabel("name")));
    QVERIFY(visible(errorLabel("baseUrl")));

    type(child<QLineEdit>("nameEdit"), QStringLiteral("ops"));
    QVERIFY(!visible(errorLabel("name")));
    QVERIFY(!ok->isEnabled());
    type(child<QLineEdit>("urlEdit"), QStringLiteral("ftp://grafana.example.com"));
    QVERIFY(visible(errorLabel("baseUrl")));
    QVERIFY2(errorLabel("baseUrl")->text().contains(QStringLiteral("\"ftp\"")),
             qPrintable(errorLabel("baseUrl")->text()));
    QVERIFY(!ok->isEnabled());
    // OK cannot be forced either: accept() refuses while anything is wrong.
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    m_dialog->accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());

    type(child<QLineEdit>("urlEdit"), QStringLiteral("https://grafana.example.com"));
    QVERIFY(!visible(errorLabel("baseUrl")));
    QVERIFY(ok->isEnabled());

    type(child<QLineEdit>("caFileEdit"), QStringLiteral("/nonexistent/ca.pem"));
    QVERIFY(visible(errorLabel("caFile")));
    QVERIFY(errorLabel("caFile")->text().contains(QStringLiteral("/nonexistent/ca.pem")));
    QVERIFY(!ok->isEnabled());
    QTemporaryFile ca;
    QVERIFY(ca.open());
    type(child<QLineEdit>("caFileEdit"), ca.fileName());
    QVERIFY(!visible(errorLabel("caFile")));
    QVERIFY(ok->isEnabled());

    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->server().caFile, ca.fileName());
}

void tst_ServerDialog::duplicateNameIsAnError()
{
    open(grafana());
    m_dialog->setExistingNames({QStringLiteral("Dev"), QStringLiteral("Staging")});
    QVERIFY(child<QPushButton>("okButton")->isEnabled());
    type(child<QLineEdit>("nameEdit"), QStringLiteral("DEV "));
    QVERIFY(visible(errorLabel("name")));
    QVERIFY2(errorLabel("name")->text().contains(QStringLiteral("\"Dev\"")),
             qPrintable(errorLabel("name")->text()));
    QVERIFY(!child<QPushButton>("okButton")->isEnabled());
}

void tst_ServerDialog::testConnectionShowsProgressThenTheResult()
{
    open(grafana());
    auto *button = child<QPushButton>("testConnectionButton");
    QVERIFY(!visible(button)); // no tester, no button
    RemoteServer tested;
    std::optional<QString> testedSecret;
    ServerDialog::TestDone answer;
    int calls = 0;
    m_dialog->setConnectionTester([&](const RemoteServer &server,
                                      const std::optional<QString> &secret,
                                      ServerDialog::TestDone done) {
        ++calls;
        tested = server;
        testedSecret = secret;
        answer = std::move(done); // answered later, as a network call would be
    });
    QVERIFY(visible(button));
    QVERIFY(button->isEnabled());
    type(child<QLineEdit>("secretEdit"), QStringLiteral("glsa_typed"));

    QSignalSpy tested_(m_dialog.get(), &ServerDialog::connectionTested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(calls, 1);
    QCOMPARE(tested, m_dialog->server());
    QCOMPARE(testedSecret, std::optional<QString>(QStringLiteral("glsa_typed")));
    // While the tester works: progress, the button waits, the rest of the dialog is usable.
    QVERIFY(m_dialog->isTesting());
    QVERIFY(visible(child<QProgressBar>("testProgress")));
    QVERIFY(!button->isEnabled());
    QVERIFY(
        child<QLabel>("testResultLabel")->text().contains(QStringLiteral("grafana.example.com")));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(calls, 1);
    type(child<QLineEdit>("organisationEdit"), QStringLiteral("3"));
    QCOMPARE(m_dialog->server().organisation, QStringLiteral("3"));

    // The answer arrives from the event loop.
    QTimer::singleShot(0, m_dialog.get(), [&] {
        answer({true, QStringLiteral("Connected to Grafana “ops”: Grafana 10.4.1 (organisation "
                                     "“Main Org.”, 2 reports)")});
    });
    QTRY_COMPARE(tested_.count(), 1);
    QCOMPARE(tested_.at(0).at(0).toBool(), true);
    QVERIFY(!m_dialog->isTesting());
    QVERIFY(!visible(child<QProgressBar>("testProgress")));
    QVERIFY(button->isEnabled());
    QCOMPARE(child<QLabel>("testResultLabel")->text(),
             QStringLiteral("Connected to Grafana “ops”: Grafana 10.4.1 (organisation "
                            "“Main Org.”, 2 reports)"));
    // Without a typed secret the tester is told to use the stored one.
    child<QLineEdit>("secretEdit")->clear();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(calls, 2);
    QCOMPARE(testedSecret, std::nullopt);
}

void tst_ServerDialog::testConnectionErrorTextIsShown()
{
    open(grafana());
    const QString error =
        QStringLiteral("Grafana “ops”: sign in failed: 401 Unauthorized — invalid API key. "
                       "Check the user name and password or token.");
    m_dialog->setConnectionTester(
        [error](const RemoteServer &, const std::optional<QString> &, ServerDialog::TestDone done) {
            QTimer::singleShot(0, [done, error] { done({false, error}); });
        });
    QSignalSpy tested(m_dialog.get(), &ServerDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QTRY_COMPARE(tested.count(), 1);
    QCOMPARE(tested.at(0).at(0).toBool(), false);
    QCOMPARE(child<QLabel>("testResultLabel")->text(), error);

    // A field with an error disables the test until it is fixed.
    type(child<QLineEdit>("urlEdit"), QStringLiteral("not an address"));
    QVERIFY(!child<QPushButton>("testConnectionButton")->isEnabled());
    QVERIFY(child<QLabel>("testResultLabel")->text().isEmpty()); // it no longer applies
}

void tst_ServerDialog::lateAnswerAfterCloseIsIgnored()
{
    open(grafana());
    ServerDialog::TestDone answer;
    m_dialog->setConnectionTester([&](const RemoteServer &, const std::optional<QString> &,
                                      ServerDialog::TestDone done) { answer = std::move(done); });
    QTest::mouseClick(child<QPushButton>("testConnectionButton"), Qt::LeftButton);
    QVERIFY(answer);
    m_dialog.reset();
    answer({true, QStringLiteral("too late")}); // must not touch the deleted dialog
}

void tst_ServerDialog::secretFieldIsNeverPrefilled()
{
    open(grafana());
    m_dialog->setSecretStatus(ServerDialog::SecretStorage::Keychain,
                              QStringLiteral("System keychain (Secret Service)"), true);
    auto *secret = child<QLineEdit>("secretEdit");
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(m_dialog->secret(), std::nullopt);
    auto *status = child<QLabel>("secretStatusLabel");
    QVERIFY(visible(status));
    QCOMPARE(status->text(),
             QStringLiteral("Stored in the keychain (System keychain (Secret Service))."));

    type(secret, QStringLiteral("new-token"));
    QCOMPARE(m_dialog->secret(), std::optional<QString>(QStringLiteral("new-token")));
    QVERIFY(status->text().startsWith(QStringLiteral("Will be stored in the keychain")));
    QVERIFY(!status->text().contains(QStringLiteral("new-token")));

    // Switching kinds and methods keeps the field as the user left it, never filled in.
    secret->clear();
    choose(child<QComboBox>("authCombo"), int(RemoteServer::Auth::Basic));
    QVERIFY(secret->text().isEmpty());
}

void tst_ServerDialog::sessionOnlyStoreIsSaid()
{
    open(grafana());
    const QString reason = QStringLiteral("Session only: no keychain answered (no answer within "
                                          "3 s). Secrets are kept in memory until ReportDesk "
                                          "quits.");
    m_dialog->setSecretStatus(ServerDialog::SecretStorage::SessionOnly, reason, false);
    const QString text = child<QLabel>("secretStatusLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("this session only")), qPrintable(text));
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY(child<QLineEdit>("secretEdit")->text().isEmpty());
}

void tst_ServerDialog::saveHandlerErrorKeepsTheDialogOpen()
{
    open(grafana());
    int saves = 0;
    QString failWith = QStringLiteral("The catalog is read-only; changes cannot be saved.");
    m_dialog->setSaveHandler(
        [&](const RemoteServer &server, const std::optional<QString> &secret) -> QString {
            ++saves;
            if (server.name != QStringLiteral("ops") || secret != QStringLiteral("tok"))
                return QStringLiteral("unexpected values");
            return failWith;
        });
    type(child<QLineEdit>("nameEdit"), QStringLiteral(" ops "));
    type(child<QLineEdit>("secretEdit"), QStringLiteral("tok"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("okButton"), Qt::LeftButton);
    QCOMPARE(saves, 1);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(child<QLabel>("serverMessageLabel")->text(), failWith);
    QVERIFY(visible(child<QLabel>("serverMessageLabel")));

    failWith.clear();
    QTest::mouseClick(child<QPushButton>("okButton"), Qt::LeftButton);
    QCOMPARE(saves, 2);
    QCOMPARE(accepted.count(), 1);
}

void tst_ServerDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("REPORTDESK_SHOTS_DIR");
    if (dir.isEmpty())
        QSKIP("set REPORTDESK_SHOTS_DIR to write screenshots");
    QDir().mkpath(dir);
    const auto settle = [] {
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    };
    open(grafana());
    m_dialog->setSecretStatus(ServerDialog::SecretStorage::Keychain,
                              QStringLiteral("System keychain (Secret Service)"), true);
    m_dialog->setConnectionTester(
        [](const RemoteServer &, const std::optional<QString> &, ServerDialog::TestDone done) {
            QTimer::singleShot(0, [done] {
                done({true, QStringLiteral("Connected to Grafana “ops”: Grafana 10.4.1 "
                                           "(organisation “Main Org.”, 12 reports)")});
            });
        });
    QSignalSpy tested(m_dialog.get(), &ServerDialog::connectionTested);
    m_dialog->testConnection();
    QTRY_COMPARE(tested.count(), 1);
    settle();
    QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/server-dialog-grafana.png")));

    RemoteServer uvm;
    uvm.kind = RemoteServer::Kind::Uvm;
    uvm.name = QStringLiteral("UVM Europe");
    uvm.region = QStringLiteral("eu");
    uvm.auth = RemoteServer::Auth::ClientCredentials;
    // As the application opens it: everything set before the dialog shows.
    m_dialog = std::make_unique<ServerDialog>(uvm);
    m_dialog->setSecretStatus(ServerDialog::SecretStorage::SessionOnly,
                              QStringLiteral("Session only: no keychain answered (no answer "
                                             "within 3 s). Secrets are kept in memory until "
                                             "ReportDesk quits."),
                              false);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    settle();
    QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/server-dialog-uvm.png")));
}

QTEST_MAIN(tst_ServerDialog)
#include "tst_serverdialog.moc"
