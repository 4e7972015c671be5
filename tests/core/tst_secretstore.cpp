// The secret stores against the real thing: KeychainSecretStore talks to the gnome-keyring that
// tests/run-suite.sh starts in a private D-Bus session (under a service name of this run only,
// so no real entry is touched), and every contract test runs again on the session-only store.
// The no-keychain paths run this binary as a child process (`--child-open`) in front of a D-Bus
// address with nothing behind it, a bus without a Secret Service, and a Secret Service that
// never answers, and check that SecretStores::open falls back within its timeout and says why.
// No secret may reach a file (outside the keyring's own files) or the log.
#include "domain/DataSource.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStores.h"
#include "secrets/SessionSecretStore.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

using namespace reportdesk;
using namespace std::chrono_literals;

namespace {

// What the child process writes through a keychain that cannot answer; it must not show up in
// any message or log line.
constexpr char ChildSecret[] = "child-secret-7f3Kq9-must-not-leak";
const QUuid ChildServerId(QStringLiteral("{6b1f3f0e-2a55-4c8e-9d0c-3e5f1a2b7c44}"));

QString childSecret()
{
    return QString::fromLatin1(ChildSecret);
}

// Child mode: open the stores the way the app does, then try to store a server secret directly
// in the keychain, and print what happened as one JSON object.
int childOpen(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4)
        return 2;
    const QString service = QString::fromLocal8Bit(argv[2]);
    const std::chrono::milliseconds timeout(QByteArray(argv[3]).toInt());

    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<SecretStore> store = SecretStores::openNow(service, timeout);
    QJsonObject out;
    out[QStringLiteral("elapsedMs")] = double(clock.elapsed());
    out[QStringLiteral("kind")] = store->kind() == SecretStore::Kind::Keychain
                                      ? QStringLiteral("keychain")
                                      : QStringLiteral("session");
    out[QStringLiteral("description")] = store->description();
    if (const auto *session = qobject_cast<const SessionSecretStore *>(store.get()))
        out[QStringLiteral("reason")] = session->reason();

    const QString key = SecretStore::serverKey(ChildServerId);
    const Status stored = store->writeNow(key, childSecret(), 5s);
    const SecretStore::ReadResult back = store->readNow(key, 5s);
    out[QStringLiteral("roundTrip")] = stored && back && back.value() == childSecret();
    store->removeNow(key, 5s);

    KeychainSecretStore keychain(service);
    const Status direct = keychain.writeNow(key, childSecret(), timeout);
    out[QStringLiteral("keychainWriteError")] = direct ? QString() : direct.error();
    if (direct)
        keychain.removeNow(key, timeout);

    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

// A Secret Service that takes every call and never replies: the keychain hangs, as it does
// behind an unlock prompt nobody sees.
class SilentSecretService : public QDBusVirtualObject {
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        ++m_swallowed;
        qDebug() << "silent Secret Service swallowed" << message.interface() << message.member();
        return true;
    }
    int swallowed() const { return m_swallowed; }

private:
    int m_swallowed = 0;
};

// A store that never answers, to check the blocking helpers' timeout.
class SilentStore : public SecretStore {
public:
    Kind kind() const override { return Kind::SessionOnly; }
    QString description() const override { return QStringLiteral("silent"); }
    ReadCallback pendingRead;

protected:
    void startRead(const QString &, ReadCallback done) override { pendingRead = std::move(done); }
    void startWrite(const QString &, const QString &, StatusCallback) override {}
    void startRemove(const QString &, StatusCallback) override {}
};

// Collects every log line while it lives, with the secrets category switched on at debug.
class LogCapture {
public:
    LogCapture()
    {
        s_lines.clear();
        m_previousHandler = qInstallMessageHandler(&LogCapture::handler);
        s_previousFilter = QLoggingCategory::installFilter(&LogCapture::filter);
    }
    ~LogCapture()
    {
        QLoggingCategory::installFilter(s_previousFilter);
        qInstallMessageHandler(m_previousHandler);
    }
    QStringList lines() const { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(QString::fromLatin1(context.category ? context.category : "") +
                       QStringLiteral(": ") + message);
    }
    static void filter(QLoggingCategory *category)
    {
        if (s_previousFilter)
            s_previousFilter(category);
        if (qstrcmp(category->categoryName(), "reportdesk.core.secrets") == 0) {
            category->setEnabled(QtDebugMsg, true);
            category->setEnabled(QtInfoMsg, true);
        }
    }
    QtMessageHandler m_previousHandler;
    static inline QStringList s_lines;
    static inline QLoggingCategory::CategoryFilter s_previousFilter = nullptr;
};

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keyNames();
    void descriptions();

    void roundTrip_data();
    void roundTrip();
    void overwrite_data();
    void overwrite();
    void remove_data();
    void remove();
    void missingKeyIsNothingStored_data();
    void missingKeyIsNothingStored();
    void unicodeAndLongSecrets_data();
    void unicodeAndLongSecrets();
    void answersComeLaterNeverDuringTheCall_data();
    void answersComeLaterNeverDuringTheCall();
    void goneContextGetsNoAnswer_data();
    void goneContextGetsNoAnswer();
    void emptyKeyIsRefused_data();
    void emptyKeyIsRefused();

    void twoKeychainStoresSeeTheSameEntry();
    void serviceNamesKeepEntriesApart();
    void anotherProcessSeesTheEntry();
    void deletedStoreDropsItsPendingAnswer();
    void blockingHelpersGiveUpAfterTheirTimeout();

    void withoutKeychainOpenFallsBackToTheSessionStore_data();
    void withoutKeychainOpenFallsBackToTheSessionStore();
    void secretTheSessionStoreHeldIsGoneWithIt();

    void noSecretInAnyFile();
    void noSecretInTheLog();

private:
    std::unique_ptr<SecretStore> makeStore(const QString &kind) const;
    QString newKey(const QString &what);
    // Runs `--child-open` with `environment`; its JSON answer, or a failed test.
    QJsonObject runChild(const QProcessEnvironment &environment, int timeoutMs, QString *err);
    // Starts a private dbus-daemon without any activatable services; its address.
    QString startBareBus(QProcess &daemon);

    QString m_service;
    QStringList m_keysUsed;
    QTemporaryDir m_home;
    QString m_inheritedHome;
    QStringList m_inheritedDirs;
};

std::unique_ptr<SecretStore> TestSecretStore::makeStore(const QString &kind) const
{
    if (kind == QLatin1String("keychain"))
        return std::make_unique<KeychainSecretStore>(m_service);
    return std::make_unique<SessionSecretStore>(QStringLiteral("test"));
}

QString TestSecretStore::newKey(const QString &what)
{
    const QString key =
        what + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_keysUsed.append(key);
    return key;
}

void TestSecretStore::initTestCase()
{
    // Everything this process might write lands in a fresh HOME, which noSecretInAnyFile()
    // searches. The keyring daemon keeps its own files where tests/run-suite.sh put them.
    m_inheritedHome = QDir::homePath();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString dir = qEnvironmentVariable(name);
        if (!dir.isEmpty())
            m_inheritedDirs.append(dir);
    }
    QVERIFY(m_home.isValid());
    const QString home = m_home.path();
    qputenv("HOME", QFile::encodeName(home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home + QStringLiteral("/.config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home + QStringLiteral("/.local/share")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home + QStringLiteral("/.cache")));

    m_service =
        QStringLiteral("ReportDesk-tests-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // The keychain must be there: `make test` promises one, so its absence is a failure.
    const std::unique_ptr<SecretStore> store = SecretStores::openNow(m_service, 5s);
    const QString hint =
        QStringLiteral("\nThese tests need an unlocked Secret Service on the session "
                       "D-Bus (DBUS_SESSION_BUS_ADDRESS=%1). tests/run-suite.sh starts "
                       "gnome-keyring in a private D-Bus session: run them with "
                       "`tests/run-suite.sh BUILD_DIR -R tst_secretstore`.")
            .arg(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("<unset>")));
    if (store->kind() != SecretStore::Kind::Keychain)
        QFAIL(qPrintable(QStringLiteral("No keychain answered: ") + store->description() + hint));
    // Answering is not enough: it must store (gnome-keyring without a login keyring answers
    // lookups but cannot store anything).
    const QString key = newKey(QStringLiteral("check"));
    const Status stored = store->writeNow(key, QStringLiteral("check"));
    if (!stored)
        QFAIL(qPrintable(QStringLiteral("The keychain answers but cannot store: ") +
                         stored.error() + hint));
    const auto back = store->readNow(key);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value(), std::optional<QString>(QStringLiteral("check")));
}

void TestSecretStore::cleanupTestCase()
{
    KeychainSecretStore store(m_service);
    for (const QString &key : std::as_const(m_keysUsed))
        store.removeNow(key, 5s);
}

void TestSecretStore::keyNames()
{
    const QUuid id(QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}"));
    QCOMPARE(SecretStore::serverKey(id),
             QStringLiteral("server/0f8fad5b-d9cb-469f-a165-70867728950e"));
    DataSource source;
    source.name = QStringLiteral("Sales DB");
    QCOMPARE(SecretStore::dataSourceKey(source.name), source.secretKey());
    QCOMPARE(SecretStore::dataSourceKey(source.name), QStringLiteral("datasource/Sales DB"));
    QCOMPARE(SecretStore::defaultServiceName(), QStringLiteral("ReportDesk"));

    QVERIFY(
        SecretStore::purpose(SecretStore::serverKey(id)).contains(QStringLiteral("remote server")));
    QVERIFY(SecretStore::purpose(SecretStore::serverKey(id))
                .contains(id.toString(QUuid::WithoutBraces)));
    QCOMPARE(SecretStore::purpose(source.secretKey()),
             QStringLiteral("the password of data source \"Sales DB\""));
}

void TestSecretStore::descriptions()
{
    KeychainSecretStore keychain(m_service);
    QCOMPARE(keychain.kind(), SecretStore::Kind::Keychain);
    QCOMPARE(keychain.description(), QStringLiteral("System keychain (Secret Service)"));

    SessionSecretStore session(QStringLiteral("no answer within 3 s"));
    QCOMPARE(session.kind(), SecretStore::Kind::SessionOnly);
    QCOMPARE(session.description(),
             QStringLiteral("Session only: no keychain answered (no answer within 3 s). Secrets "
                            "are kept in memory until ReportDesk quits."));
}

void TestSecretStore::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("keychain") << QStringLiteral("keychain");
    QTest::newRow("session") << QStringLiteral("session");
}

void TestSecretStore::roundTrip()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("server"));

    // The asynchronous API itself, the way the GUI uses it.
    bool wrote = false;
    store->write(key, QStringLiteral("s3cret-1"), [&](Status s) {
        QVERIFY2(s, qPrintable(s.error()));
        wrote = true;
    });
    QTRY_VERIFY(wrote);
    std::optional<SecretStore::ReadResult> answer;
    store->read(key, [&](SecretStore::ReadResult r) { answer = std::move(r); });
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(*answer, qPrintable(answer->error()));
    QCOMPARE(answer->value(), std::optional<QString>(QStringLiteral("s3cret-1")));
}

void TestSecretStore::overwrite_data()
{
    roundTrip_data();
}

void TestSecretStore::overwrite()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("server"));
    QVERIFY(store->writeNow(key, QStringLiteral("first")));
    const Status second = store->writeNow(key, QStringLiteral("second"));
    QVERIFY2(second, qPrintable(second.error()));
    const auto back = store->readNow(key);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value(), std::optional<QString>(QStringLiteral("second")));
}

void TestSecretStore::remove_data()
{
    roundTrip_data();
}

void TestSecretStore::remove()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("server"));
    const QString neighbour = newKey(QStringLiteral("server"));
    QVERIFY(store->writeNow(key, QStringLiteral("to be removed")));
    QVERIFY(store->writeNow(neighbour, QStringLiteral("stays")));

    const Status removed = store->removeNow(key);
    QVERIFY2(removed, qPrintable(removed.error()));
    const auto gone = store->readNow(key);
    QVERIFY2(gone, qPrintable(gone.error()));
    QCOMPARE(gone.value(), std::nullopt);
    // Only that key: the neighbour is still there.
    QCOMPARE(store->readNow(neighbour).value(), std::optional<QString>(QStringLiteral("stays")));
    // Removing again (nothing stored) is not an error.
    const Status again = store->removeNow(key);
    QVERIFY2(again, qPrintable(again.error()));
}

void TestSecretStore::missingKeyIsNothingStored_data()
{
    roundTrip_data();
}

void TestSecretStore::missingKeyIsNothingStored()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const auto answer = store->readNow(newKey(QStringLiteral("never-written")));
    QVERIFY2(answer, qPrintable(answer.error())); // not an error: nothing stored
    QCOMPARE(answer.value(), std::nullopt);
}

void TestSecretStore::unicodeAndLongSecrets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("secret");
    QString longSecret;
    for (int i = 0; i < 1000; ++i)
        longSecret += QStringLiteral("p\u00e4ss-\u5bc6\u7801-%1;").arg(i);
    QVERIFY(longSecret.size() > 10000);
    const QList<std::pair<const char *, QString>> secrets = {
        {"unicode",
         QStringLiteral("p\u00e4ssw\u00f6rd \u5bc6\u7801 \u043f\u0430\u0440\u043e\u043b\u044c ") +
             QString::fromUtf8("\xF0\x9F\x94\x91")},
        {"whitespace and newlines", QStringLiteral("  leading\ttab\nnew line\r\ntrailing  ")},
        {"quotes and backslashes", QStringLiteral("\"'`\\$(rm -rf /);%s%n")},
        {"empty (a database user without a password)", QString()},
        {"token-like", QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")},
        {"long (over 10,000 characters)", longSecret},
    };
    for (const QString &kind : {QStringLiteral("keychain"), QStringLiteral("session")}) {
        for (const auto &[name, secret] : secrets)
            QTest::addRow("%s, %s", qPrintable(kind), name) << kind << secret;
    }
}

void TestSecretStore::unicodeAndLongSecrets()
{
    QFETCH(QString, kind);
    QFETCH(QString, secret);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("datasource"));
    const Status stored = store->writeNow(key, secret);
    QVERIFY2(stored, qPrintable(stored.error()));
    const auto back = store->readNow(key);
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back.value().has_value());
    QCOMPARE(back.value()->size(), secret.size());
    QCOMPARE(*back.value(), secret);
}

void TestSecretStore::answersComeLaterNeverDuringTheCall_data()
{
    roundTrip_data();
}

void TestSecretStore::answersComeLaterNeverDuringTheCall()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("server"));
    int answers = 0;
    bool inCall = true;
    const auto count = [&] {
        QVERIFY2(!inCall, "an answer arrived before the call returned");
        ++answers;
    };
    store->write(key, QStringLiteral("x"), [&](Status) { count(); });
    store->read(key, [&](SecretStore::ReadResult) { count(); });
    store->remove(key, [&](Status) { count(); });
    store->read(QString(), [&](SecretStore::ReadResult) { count(); }); // refused, still later
    inCall = false;
    QCOMPARE(answers, 0);
    QTRY_COMPARE(answers, 4);
    // Exactly once each: nothing more arrives.
    QVERIFY(store->readNow(key)); // the queue has drained past them
    QCOMPARE(answers, 4);
}

void TestSecretStore::goneContextGetsNoAnswer_data()
{
    roundTrip_data();
}

void TestSecretStore::goneContextGetsNoAnswer()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const QString key = newKey(QStringLiteral("server"));
    QVERIFY(store->writeNow(key, QStringLiteral("x")));

    bool answeredGone = false;
    bool answeredKept = false;
    auto gone = std::make_unique<QObject>();
    QObject kept;
    store->read(key, gone.get(), [&](SecretStore::ReadResult) { answeredGone = true; });
    store->read(key, &kept, [&](SecretStore::ReadResult) { answeredKept = true; });
    gone.reset(); // e.g. the dialog that asked was closed
    QTRY_VERIFY(answeredKept);
    // Answers come in order, so the first one has been decided by now.
    QVERIFY(!answeredGone);
}

void TestSecretStore::emptyKeyIsRefused_data()
{
    roundTrip_data();
}

void TestSecretStore::emptyKeyIsRefused()
{
    QFETCH(QString, kind);
    const auto store = makeStore(kind);
    const Status w = store->writeNow(QString(), QStringLiteral("x"));
    QVERIFY(!w);
    QVERIFY2(w.error().contains(QStringLiteral("without a key")), qPrintable(w.error()));
    QVERIFY(!store->readNow(QString()));
    QVERIFY(!store->removeNow(QString()));
}

void TestSecretStore::twoKeychainStoresSeeTheSameEntry()
{
    KeychainSecretStore writer(m_service);
    KeychainSecretStore reader(m_service);
    const QString key = SecretStore::serverKey(QUuid::createUuid());
    m_keysUsed.append(key);
    QVERIFY(writer.writeNow(key, QStringLiteral("shared")));
    QCOMPARE(reader.readNow(key).value(), std::optional<QString>(QStringLiteral("shared")));
    QVERIFY(reader.removeNow(key));
    QCOMPARE(writer.readNow(key).value(), std::nullopt);
}

void TestSecretStore::serviceNamesKeepEntriesApart()
{
    KeychainSecretStore ours(m_service);
    KeychainSecretStore other(m_service + QStringLiteral("-other"));
    const QString key = newKey(QStringLiteral("server"));
    QVERIFY(ours.writeNow(key, QStringLiteral("ours")));
    QCOMPARE(other.readNow(key).value(), std::nullopt);
    QVERIFY(other.writeNow(key, QStringLiteral("theirs")));
    QCOMPARE(ours.readNow(key).value(), std::optional<QString>(QStringLiteral("ours")));
    QVERIFY(other.removeNow(key));
    QCOMPARE(ours.readNow(key).value(), std::optional<QString>(QStringLiteral("ours")));
}

void TestSecretStore::anotherProcessSeesTheEntry()
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed: the second process is not checked");

    KeychainSecretStore store(m_service);
    const QString key = newKey(QStringLiteral("server"));
    const QStringList attributes = {QStringLiteral("user"), key, QStringLiteral("server"),
                                    m_service};
    QVERIFY(store.writeNow(key, QStringLiteral("from ReportDesk \u00e4")));

    QProcess lookup;
    lookup.start(secretTool, QStringList{QStringLiteral("lookup")} + attributes);
    QVERIFY(lookup.waitForFinished(30000));
    QCOMPARE(lookup.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(),
             QStringLiteral("from ReportDesk \u00e4"));

    // And the other way: an entry another process stored is read by the store.
    QProcess storeTool;
    storeTool.start(secretTool,
                    QStringList{QStringLiteral("store"), QStringLiteral("--label=ReportDesk test"),
                                QStringLiteral("type"), QStringLiteral("plaintext")} +
                        attributes);
    QVERIFY(storeTool.waitForStarted());
    storeTool.write("from secret-tool");
    storeTool.closeWriteChannel();
    QVERIFY(storeTool.waitForFinished(30000));
    QCOMPARE(storeTool.exitCode(), 0);
    QCOMPARE(store.readNow(key).value(),
             std::optional<QString>(QStringLiteral("from secret-tool")));

    QVERIFY(store.removeNow(key));
    lookup.start(secretTool, QStringList{QStringLiteral("lookup")} + attributes);
    QVERIFY(lookup.waitForFinished(30000));
    QVERIFY(lookup.exitCode() != 0 || lookup.readAllStandardOutput().isEmpty());
}

void TestSecretStore::deletedStoreDropsItsPendingAnswer()
{
    const QString key = newKey(QStringLiteral("server"));
    bool answered = false;
    {
        KeychainSecretStore store(m_service);
        store.write(key, QStringLiteral("x"), [&](Status) { answered = true; });
    } // the job is still running in the keychain
    // Keychain jobs run one after another, so once this one is answered the first has finished.
    KeychainSecretStore other(m_service);
    const auto back = other.readNow(key);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value(), std::optional<QString>(QStringLiteral("x"))); // the write did happen
    QVERIFY(!answered);
}

void TestSecretStore::blockingHelpersGiveUpAfterTheirTimeout()
{
    SilentStore store;
    QElapsedTimer clock;
    clock.start();
    const auto answer = store.readNow(SecretStore::serverKey(ChildServerId), 300ms);
    QVERIFY(!answer);
    QVERIFY(clock.elapsed() >= 250);
    QVERIFY2(clock.elapsed() < 5000, "readNow waited far past its timeout");
    QVERIFY2(answer.error().contains(QStringLiteral("did not answer within 0.3 s")),
             qPrintable(answer.error()));
    QVERIFY2(answer.error().contains(QStringLiteral("remote server")), qPrintable(answer.error()));
    // A late answer goes nowhere (the waiting stack frame is gone) and does not crash.
    QVERIFY(store.pendingRead);
    store.pendingRead(SecretStore::ReadResult(std::optional<QString>(QStringLiteral("late"))));
}

QString TestSecretStore::startBareBus(QProcess &daemon)
{
    const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (dbusDaemon.isEmpty())
        return {};
    // A session bus with no service directories: nothing can be activated on it, in particular
    // no gnome-keyring.
    const QString config = m_home.filePath(QStringLiteral("bare-bus.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral(
                   "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:dir=%1</listen>"
                   "<auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>\n")
                   .arg(QDir::tempPath())
                   .toUtf8());
    file.close();
    daemon.start(dbusDaemon, {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                              QStringLiteral("--print-address=1")});
    if (!daemon.waitForStarted(10000))
        return {};
    QString address;
    QElapsedTimer clock;
    clock.start();
    while (!daemon.canReadLine() && clock.elapsed() < 10000)
        daemon.waitForReadyRead(1000);
    address = QString::fromUtf8(daemon.readLine()).trimmed();
    return address;
}

QJsonObject TestSecretStore::runChild(const QProcessEnvironment &environment, int timeoutMs,
                                      QString *err)
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child-open"), m_service, QString::number(timeoutMs)});
    if (!child.waitForStarted(10000))
        return {};
    // Not a blocking wait: this process may be the Secret Service the child talks to.
    QSignalSpy finished(&child, &QProcess::finished);
    if (child.state() != QProcess::NotRunning && !finished.wait(60000)) {
        child.kill();
        child.waitForFinished();
        return {};
    }
    *err = QString::fromUtf8(child.readAllStandardError());
    return QJsonDocument::fromJson(child.readAllStandardOutput()).object();
}

void TestSecretStore::withoutKeychainOpenFallsBackToTheSessionStore_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("reasonPart"); // a piece of the reason; empty: any reason
    QTest::newRow("D-Bus address of a socket that does not exist")
        << QStringLiteral("missing-socket") << QString();
    QTest::newRow("no D-Bus session at all") << QStringLiteral("no-bus") << QString();
    QTest::newRow("a D-Bus session without a Secret Service")
        << QStringLiteral("bare-bus") << QString();
    QTest::newRow("a Secret Service that never answers")
        << QStringLiteral("silent-service") << QStringLiteral("no answer within 1.5 s");
}

void TestSecretStore::withoutKeychainOpenFallsBackToTheSessionStore()
{
    QFETCH(QString, situation);
    QFETCH(QString, reasonPart);
    const int timeoutMs = 1500;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("reportdesk.*=true"));
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QProcess daemon;
    QDBusConnection bus(QString{});
    SilentSecretService silent;
    const QString busName = QStringLiteral("tst_secretstore-silent");

    if (situation == QLatin1String("missing-socket")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + runtime.filePath(QStringLiteral("no-such-bus")));
    } else if (situation == QLatin1String("no-bus")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path()); // no "bus" socket in it
    } else {
        const QString address = startBareBus(daemon);
        QVERIFY2(!address.isEmpty(), "could not start a private dbus-daemon (package dbus-daemon)");
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        if (situation == QLatin1String("silent-service")) {
            bus = QDBusConnection::connectToBus(address, busName);
            QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
            QVERIFY(
                bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));
            QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.secrets")),
                     qPrintable(bus.lastError().message()));
        }
    }

    QString err;
    const QJsonObject out = runChild(env, timeoutMs, &err);
    if (bus.isConnected())
        QDBusConnection::disconnectFromBus(busName);
    if (daemon.state() != QProcess::NotRunning) {
        daemon.terminate();
        daemon.waitForFinished(5000);
    }
    QVERIFY2(!out.isEmpty(),
             qPrintable(QStringLiteral("the child gave no answer; stderr:\n") + err));

    qInfo().noquote() << "child:" << out.value(QStringLiteral("description")).toString() << "after"
                      << out.value(QStringLiteral("elapsedMs")).toDouble() << "ms;"
                      << out.value(QStringLiteral("keychainWriteError")).toString();
    QCOMPARE(out.value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
    const QString reason = out.value(QStringLiteral("reason")).toString();
    QVERIFY2(!reason.trimmed().isEmpty(), "the session store does not say why");
    if (!reasonPart.isEmpty())
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QCOMPARE(out.value(QStringLiteral("description")).toString(),
             QStringLiteral("Session only: no keychain answered (%1). Secrets are kept in memory "
                            "until ReportDesk quits.")
                 .arg(reason));
    // Bounded by the timeout (plus process noise), never hanging.
    const double elapsed = out.value(QStringLiteral("elapsedMs")).toDouble();
    QVERIFY2(elapsed < timeoutMs + 1000, qPrintable(QString::number(elapsed)));
    if (situation == QLatin1String("silent-service")) {
        QVERIFY(elapsed >= timeoutMs - 100);
        QVERIFY2(silent.swallowed() > 0, "the child never reached the silent Secret Service");
    }
    // The session store works in that process.
    QVERIFY(out.value(QStringLiteral("roundTrip")).toBool());

    // Storing in the keychain directly fails with a message naming the purpose, not the secret.
    const QString writeError = out.value(QStringLiteral("keychainWriteError")).toString();
    QVERIFY2(!writeError.isEmpty(), "storing in a keychain that is not there succeeded");
    QVERIFY2(writeError.contains(QStringLiteral("the credentials of remote server ") +
                                 ChildServerId.toString(QUuid::WithoutBraces)),
             qPrintable(writeError));
    QVERIFY2(!writeError.contains(childSecret()), qPrintable(writeError));
    // Its log says what happened, without the secret.
    QVERIFY2(err.contains(QStringLiteral("reportdesk.core.secrets")) ||
                 err.contains(QStringLiteral("no keychain answered")),
             qPrintable(err));
    QVERIFY2(!err.contains(childSecret()), qPrintable(err));
}

void TestSecretStore::secretTheSessionStoreHeldIsGoneWithIt()
{
    const QString key = SecretStore::serverKey(QUuid::createUuid());
    {
        SessionSecretStore store(QStringLiteral("test"));
        QVERIFY(store.writeNow(key, QStringLiteral("only for now")));
        QCOMPARE(store.readNow(key).value(),
                 std::optional<QString>(QStringLiteral("only for now")));
    }
    // A new session (a restarted ReportDesk) has nothing: nothing was written anywhere.
    SessionSecretStore next(QStringLiteral("test"));
    QCOMPARE(next.readNow(key).value(), std::nullopt);
    KeychainSecretStore keychain(m_service);
    QCOMPARE(keychain.readNow(key).value(), std::nullopt);
}

void TestSecretStore::noSecretInAnyFile()
{
    const QString secret =
        QStringLiteral("plaintext-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString unicodeSecret = secret + QStringLiteral("-\u00e4\u5bc6");

    KeychainSecretStore keychain(m_service);
    SessionSecretStore session(QStringLiteral("test"));
    const QString serverKey = newKey(QStringLiteral("server"));
    const QString sourceKey = newKey(QStringLiteral("datasource"));
    for (SecretStore *store :
         {static_cast<SecretStore *>(&keychain), static_cast<SecretStore *>(&session)}) {
        QVERIFY(store->writeNow(serverKey, secret));
        QVERIFY(store->writeNow(sourceKey, unicodeSecret));
        QCOMPARE(store->readNow(serverKey).value(), std::optional<QString>(secret));
        QCOMPARE(store->readNow(sourceKey).value(), std::optional<QString>(unicodeSecret));
    }
    QVERIFY(keychain.removeNow(sourceKey));

    // Every file under this process's HOME, and under the HOME/XDG folders tests/run-suite.sh
    // made for the run, except the keyring's own (encrypted) files.
    QStringList roots = {m_home.path()};
    for (const QString &dir : std::as_const(m_inheritedDirs)) {
        if (dir.contains(QStringLiteral("reportdesk-tests.")))
            roots.append(dir);
    }
    const QList<QByteArray> needles = {
        secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2),
        secret.toUtf8().toBase64()};
    int filesRead = 0;
    QStringList hits;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/keyrings/")))
                continue;
            QFile file(path);
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue; // sockets, or a file another test just removed
            const QByteArray content = file.readAll();
            ++filesRead;
            for (const QByteArray &needle : needles) {
                if (content.contains(needle))
                    hits.append(path);
            }
        }
    }
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the secret is in: ") + hits.join(u", ")));
    qInfo() << "searched" << filesRead << "files under" << roots;
}

void TestSecretStore::noSecretInTheLog()
{
    const QString secret =
        QStringLiteral("log-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList lines;
    {
        LogCapture capture;
        for (const QString &kind : {QStringLiteral("keychain"), QStringLiteral("session")}) {
            const auto store = makeStore(kind);
            const QString key = newKey(QStringLiteral("server"));
            QVERIFY(store->writeNow(key, secret));
            QVERIFY(store->writeNow(key, secret + QStringLiteral("-2")));
            QCOMPARE(store->readNow(key).value(),
                     std::optional<QString>(secret + QStringLiteral("-2")));
            QVERIFY(store->removeNow(key));
            QCOMPARE(store->readNow(key).value(), std::nullopt);
            QVERIFY(!store->writeNow(QString(), secret)); // refused
        }
        // The fallback path logs too.
        const auto opened = SecretStores::openNow(m_service, 5s);
        SilentStore silent;
        QVERIFY(!silent.readNow(QStringLiteral("server/x"), 50ms));
        lines = capture.lines();
    }
    // The log is there and names what was done...
    QVERIFY2(lines.size() >= 10, qPrintable(lines.join(u'\n')));
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("keychain: stored server/")));
    QVERIFY(lines.join(u'\n').contains(QStringLiteral("session store: stored server/")));
    // ...and never holds the secret.
    for (const QString &line : std::as_const(lines))
        QVERIFY2(!line.contains(secret), qPrintable(line));
}

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--child-open") == 0)
        return childOpen(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
