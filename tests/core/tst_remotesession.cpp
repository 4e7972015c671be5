// RemoteSession against a real SQLite catalog and the real in-memory secret store, with fake
// clients from an injected factory: one client per profile, built with the stored secret on
// first use and again after the profile or the secret changed; clear errors for a missing
// secret; requests made before the secret store exists wait for it.
#include "FakeRemoteClient.h"
#include "TestCatalog.h"
#include "remote/RemoteSession.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace reportdesk;
using namespace reportdesk::remote;
using reportdesk::test::FakeRemoteClient;
using reportdesk::test::FakeServer;
using reportdesk::test::TestCatalog;

namespace {

RemoteServer profile(const QString &name, RemoteServer::Auth auth = RemoteServer::Auth::Basic)
{
    RemoteServer s;
    s.kind = RemoteServer::Kind::OpenObserve;
    s.name = name;
    s.baseUrl = QUrl(QStringLiteral("https://o2.example.com/"));
    s.organisation = QStringLiteral("default");
    s.auth = auth;
    s.userName = auth == RemoteServer::Auth::Basic ? QStringLiteral("ops@example.com") : QString();
    return s;
}

struct Fixture {
    TestCatalog catalog;
    SessionSecretStore secrets{QStringLiteral("tests")};
    FakeServer server;
    QList<QPair<QString, QString>> built; // profile name, secret
    std::unique_ptr<RemoteSession> session;

    explicit Fixture(bool withStore = true)
    {
        session = std::make_unique<RemoteSession>(
            catalog.get(), withStore ? &secrets : nullptr,
            [this](const RemoteServer &s, const QString &secret, QString *) {
                built.append({s.name, secret});
                return std::make_unique<FakeRemoteClient>(s, &server);
            });
    }

    RemoteServer add(const RemoteServer &s, const std::optional<QString> &secret = {})
    {
        const Result<RemoteServer> saved = catalog->saveServer(s);
        if (!saved)
            qFatal("cannot save the server: %s", qPrintable(saved.error()));
        if (secret && !secrets.writeNow(SecretStore::serverKey(saved->id), *secret))
            qFatal("cannot store the secret");
        return saved.value();
    }

    // Asks for the client and waits for the answer.
    RemoteResult<RemoteClient *> clientFor(const QUuid &id)
    {
        std::optional<RemoteResult<RemoteClient *>> answer;
        session->client(id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { answer = r; });
        if (answer)
            qFatal("answered inside the call");
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            qFatal("no answer from the session");
        return *answer;
    }
};

} // namespace

class TestRemoteSession : public QObject {
    Q_OBJECT

private slots:
    void buildsOneClientWithTheStoredSecret();
    void missingSecretNamesTheServer();
    void signInWithoutSecretNeedsNoneStored();
    void profileChangeBuildsANewClient();
    void storedSecretIsUsedNext();
    void requestsWaitForTheSecretStore();
    void removeServerTakesTheSecretAlong();
    void unknownServerAndFactoryRefusal();
    void destroyedContextGetsNoAnswer();
};

void TestRemoteSession::buildsOneClientWithTheStoredSecret()
{
    Fixture f;
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("s3cret"));
    QVERIFY(!f.session->existingClient(ops.id));

    const auto first = f.clientFor(ops.id);
    QVERIFY2(first.ok(), qPrintable(first.error().text()));
    QCOMPARE(first.value()->server().name, QStringLiteral("ops"));
    QCOMPARE(f.built,
             (QList<QPair<QString, QString>>{{QStringLiteral("ops"), QStringLiteral("s3cret")}}));
    QCOMPARE(f.session->existingClient(ops.id), first.value());

    // Asked again (twice at once even): the same client, no second build.
    std::optional<RemoteResult<RemoteClient *>> a;
    std::optional<RemoteResult<RemoteClient *>> b;
    f.session->client(ops.id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { a = r; });
    f.session->client(ops.id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { b = r; });
    QTRY_VERIFY(a && b);
    QCOMPARE(a->value(), first.value());
    QCOMPARE(b->value(), first.value());
    QCOMPARE(f.built.size(), 1);
}

void TestRemoteSession::missingSecretNamesTheServer()
{
    Fixture f;
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")));
    const auto result = f.clientFor(ops.id);
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), RemoteError::Kind::Configuration);
    const QString text = result.error().text();
    QVERIFY2(text.startsWith(
                 QStringLiteral("No password is stored for “ops”; edit the server to enter it.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("session only")), qPrintable(text)); // no keychain here
    QVERIFY(f.built.isEmpty());

    // The word fits the sign-in method.
    const RemoteServer token = f.add(profile(QStringLiteral("tok"), RemoteServer::Auth::Bearer));
    QVERIFY2(f.clientFor(token.id).error().text().startsWith(
                 QStringLiteral("No token is stored for “tok”")),
             qPrintable(f.clientFor(token.id).error().text()));
}

void TestRemoteSession::signInWithoutSecretNeedsNoneStored()
{
    Fixture f;
    RemoteServer open = profile(QStringLiteral("open"), RemoteServer::Auth::None);
    open.kind = RemoteServer::Kind::Kibana;
    open = f.add(open);
    const auto result = f.clientFor(open.id);
    QVERIFY2(result.ok(), qPrintable(result.error().text()));
    QCOMPARE(f.built.first().second, QString());
}

void TestRemoteSession::profileChangeBuildsANewClient()
{
    Fixture f;
    RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("pw"));
    QPointer<RemoteClient> first = f.clientFor(ops.id).value();
    QSignalSpy reset(f.session.get(), &RemoteSession::clientReset);

    ops.baseUrl = QUrl(QStringLiteral("https://o2-new.example.com/"));
    QVERIFY(f.catalog->saveServer(ops));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reset.first().first().toUuid(), ops.id);
    QVERIFY(!f.session->existingClient(ops.id));
    QTRY_VERIFY(first.isNull()); // the old client goes (later, not inside a callback)

    const auto second = f.clientFor(ops.id);
    QVERIFY(second.ok());
    QCOMPARE(second.value()->server().baseUrl, ops.baseUrl);
    QCOMPARE(f.built.size(), 2);

    // Saving the same profile again changes nothing.
    QVERIFY(f.catalog->saveServer(ops));
    QCOMPARE(f.session->existingClient(ops.id), second.value());
}

void TestRemoteSession::storedSecretIsUsedNext()
{
    Fixture f;
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("old"));
    QVERIFY(f.clientFor(ops.id).ok());
    QSignalSpy reset(f.session.get(), &RemoteSession::clientReset);

    std::optional<Status> stored;
    f.session->storeSecret(ops.id, QStringLiteral("new"), nullptr,
                           [&](const Status &s) { stored = s; });
    // Asked for while the write is under way: waits for it and signs in with the new one.
    std::optional<RemoteResult<RemoteClient *>> answer;
    f.session->client(ops.id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { answer = r; });
    QTRY_VERIFY(stored && answer);
    QVERIFY(stored->ok());
    QVERIFY(answer->ok());
    QCOMPARE(f.built.last().second, QStringLiteral("new"));
    QCOMPARE(reset.size(), 1);

    std::optional<Result<bool>> has;
    f.session->hasSecret(ops.id, nullptr, [&](const Result<bool> &r) { has = r; });
    QTRY_VERIFY(has);
    QVERIFY(has->ok() && has->value());
}

void TestRemoteSession::requestsWaitForTheSecretStore()
{
    Fixture f(false);
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("pw"));
    std::optional<RemoteResult<RemoteClient *>> answer;
    f.session->client(ops.id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { answer = r; });
    QTest::qWait(50);
    QVERIFY(!answer); // nothing to read the secret from yet

    f.session->setSecretStore(&f.secrets);
    QTRY_VERIFY(answer);
    QVERIFY2(answer->ok(), qPrintable(answer->error().text()));
    QCOMPARE(f.built.first().second, QStringLiteral("pw"));
}

void TestRemoteSession::removeServerTakesTheSecretAlong()
{
    Fixture f;
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("pw"));
    QPointer<RemoteClient> client = f.clientFor(ops.id).value();
    std::optional<Status> removed;
    f.session->removeServer(ops.id, nullptr, [&](const Status &s) { removed = s; });
    QTRY_VERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->error()));
    QVERIFY(!f.catalog->server(ops.id));
    const SecretStore::ReadResult secret = f.secrets.readNow(SecretStore::serverKey(ops.id));
    QVERIFY(secret.ok());
    QVERIFY(!secret.value().has_value());
    QTRY_VERIFY(client.isNull());

    const auto after = f.clientFor(ops.id);
    QVERIFY(!after);
    QVERIFY2(after.error().text().contains(QStringLiteral("no longer exists")),
             qPrintable(after.error().text()));
}

void TestRemoteSession::unknownServerAndFactoryRefusal()
{
    Fixture f;
    QVERIFY(!f.clientFor(QUuid::createUuid()));

    TestCatalog catalog;
    SessionSecretStore secrets(QStringLiteral("tests"));
    RemoteSession session(
        catalog.get(), &secrets, [](const RemoteServer &s, const QString &, QString *error) {
            *error =
                QStringLiteral("No client for %1 servers.").arg(RemoteServer::kindTitle(s.kind));
            return std::unique_ptr<RemoteClient>();
        });
    const RemoteServer ops = catalog->saveServer(profile(QStringLiteral("ops"))).value();
    QVERIFY(secrets.writeNow(SecretStore::serverKey(ops.id), QStringLiteral("pw")));
    std::optional<RemoteResult<RemoteClient *>> answer;
    session.client(ops.id, nullptr, [&](const RemoteResult<RemoteClient *> &r) { answer = r; });
    QTRY_VERIFY(answer);
    QVERIFY(!*answer);
    QVERIFY2(
        answer->error().text().startsWith(QStringLiteral("No client for OpenObserve servers.")),
        qPrintable(answer->error().text()));
}

void TestRemoteSession::destroyedContextGetsNoAnswer()
{
    Fixture f;
    const RemoteServer ops = f.add(profile(QStringLiteral("ops")), QStringLiteral("pw"));
    bool answered = false;
    auto context = std::make_unique<QObject>();
    f.session->client(ops.id, context.get(),
                      [&](const RemoteResult<RemoteClient *> &) { answered = true; });
    context.reset();
    // Another request for the same server proves the read has finished.
    QVERIFY(f.clientFor(ops.id).ok());
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestRemoteSession)
#include "tst_remotesession.moc"
