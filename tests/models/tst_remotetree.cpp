// The remote servers in the one tree (CatalogTreeModel with a RemoteSession, and the filter on
// top): a real SQLite catalog and secret store, fake clients that answer from the event loop
// or when the test releases them. Checks lazy loading, the "Loading…" and error rows,
// Refresh, folders then items, what is draggable and droppable, filtering and sorting, with
// QAbstractItemModelTester watching where the model changes.
#include "CatalogFilterModel.h"
#include "CatalogTreeModel.h"
#include "FakeRemoteClient.h"
#include "OpenObserveTestServer.h"
#include "TestCatalog.h"
#include "remote/RemoteClients.h"
#include "remote/RemoteSession.h"
#include "secrets/SecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace reportdesk;
using namespace reportdesk::remote;
using reportdesk::test::fakeItem;
using reportdesk::test::FakeRemoteClient;
using reportdesk::test::FakeServer;
using reportdesk::test::OpenObserveTestServer;
using reportdesk::test::TestCatalog;
using Type = CatalogTreeModel::NodeType;
using State = CatalogTreeModel::LoadState;

namespace {

struct Fixture {
    TestCatalog catalog;
    QUndoStack stack;
    SessionSecretStore secrets{QStringLiteral("tests")};
    QHash<QString, FakeServer *> servers; // by profile name
    FakeServer o2;                        // "ops": OpenObserve with folders
    FakeServer grafana;                   // "dash": Grafana, no folders
    int built = 0;
    std::unique_ptr<RemoteSession> session;
    std::unique_ptr<CatalogTreeModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    Folder local;
    RemoteServer ops;
    RemoteServer dash;

    // The model tester opens every node it walks (fetchMore), so tests that count requests run
    // without it; modelTesterFollowsEveryChange() uses it.
    explicit Fixture(bool withTester = false)
    {
        local = catalog.addFolder(QStringLiteral("Samples"));
        catalog.addReport(local.id, QStringLiteral("Traffic"));

        o2.folders = {{QStringLiteral("f1"), QStringLiteral("Weekly")},
                      {QStringLiteral("f2"), QStringLiteral("Archive")}};
        o2.items = {
            fakeItem(QStringLiteral("r1"), QStringLiteral("Latency"), QStringLiteral("f1")),
            fakeItem(QStringLiteral("r2"), QStringLiteral("Errors"), QStringLiteral("f1"), false),
            fakeItem(QStringLiteral("r3"), QStringLiteral("Old"), QStringLiteral("f2"))};
        grafana.capabilities = {Capability::Enable, Capability::Trigger, Capability::Delete};
        grafana.items = {
            fakeItem(QStringLiteral("7"), QStringLiteral("Daily KPIs")),
            fakeItem(QStringLiteral("8"), QStringLiteral("Render job"), {}, std::nullopt)};

        ops = add(QStringLiteral("ops"), RemoteServer::Kind::OpenObserve, &o2);
        dash = add(QStringLiteral("dash"), RemoteServer::Kind::Grafana, &grafana);

        session = std::make_unique<RemoteSession>(
            catalog.get(), &secrets,
            [this](const RemoteServer &s, const QString &secret, QString *error) {
                if (secret != QStringLiteral("pw-") + s.name) {
                    *error = QStringLiteral("wrong secret");
                    return std::unique_ptr<RemoteClient>();
                }
                ++built;
                return std::unique_ptr<RemoteClient>(
                    std::make_unique<FakeRemoteClient>(s, servers.value(s.name)));
            });
        model = std::make_unique<CatalogTreeModel>(catalog.get(), &stack);
        if (withTester)
            watch();
        model->setRemoteSession(session.get());
    }

    void watch()
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    RemoteServer add(const QString &name, RemoteServer::Kind kind, FakeServer *state)
    {
        RemoteServer s;
        s.kind = kind;
        s.name = name;
        s.baseUrl = QUrl(QStringLiteral("https://%1.example.com/").arg(name));
        s.organisation = QStringLiteral("default");
        s.auth = RemoteServer::Auth::Bearer;
        const RemoteServer saved = catalog->saveServer(s).value();
        if (!secrets.writeNow(SecretStore::serverKey(saved.id), QStringLiteral("pw-") + name))
            qFatal("cannot store the secret");
        servers.insert(name, state);
        return saved;
    }

    QModelIndex server(const RemoteServer &s) const { return model->indexForServer(s.id); }

    QStringList names(const QModelIndex &parent) const
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(parent); ++row)
            out.append(model->index(row, 0, parent).data().toString());
        return out;
    }

    // Loads a container and waits until it has finished.
    bool load(const QModelIndex &container)
    {
        model->fetchMore(container);
        return QTest::qWaitFor([&] { return model->loadState(container) == State::Loaded; }, 5000);
    }
};

} // namespace

class TestRemoteTree : public QObject {
    Q_OBJECT

private slots:
    void serversFollowTheLocalFolders();
    void loadsOnlyWhenExpanded();
    void loadingRowThenFoldersThenItems();
    void serverWithoutFoldersListsItems();
    void itemRolesAndTooltip();
    void errorRowMarksTheServerAndRefreshRecovers();
    void missingSecretIsAnErrorRow();
    void refreshKeepsRowsThatRemain();
    void profileChangesFollowTheCatalog();
    void dragOntoAnotherFolderRequestsAMove();
    void unsupportedMoveIsNotDraggable();
    void filterFindsRemoteItems();
    void modelTesterFollowsEveryChange();
    void openObserveServerEndToEnd();
};

void TestRemoteTree::serversFollowTheLocalFolders()
{
    Fixture f;
    QCOMPARE(f.names({}), (QStringList{QStringLiteral("Samples"), QStringLiteral("dash"),
                                       QStringLiteral("ops")}));
    const QModelIndex ops = f.server(f.ops);
    QCOMPARE(f.model->nodeType(ops), Type::Server);
    QVERIFY(f.model->isRemote(ops));
    QVERIFY(!f.model->isRemote(f.model->indexForFolder(f.local.id)));
    QCOMPARE(f.model->serverId(ops), f.ops.id);
    QCOMPARE(ops.data(CatalogTreeModel::ServerIdRole).toUuid(), f.ops.id);
    QVERIFY2(ops.data(Qt::ToolTipRole).toString().contains(QStringLiteral("OpenObserve “ops”")),
             qPrintable(ops.data(Qt::ToolTipRole).toString()));
    const QIcon icon = ops.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QVERIFY2(!icon.pixmap(16, 16).isNull(), "server icon does not render");

    // Sorted for display: local folders first, then the servers by name.
    CatalogFilterModel filter;
    filter.setSourceModel(f.model.get());
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, 0).data().toString());
    QCOMPARE(shown, (QStringList{QStringLiteral("Samples"), QStringLiteral("dash"),
                                 QStringLiteral("ops")}));

    // A local folder added later still goes before the servers.
    f.catalog.addFolder(QStringLiteral("Zulu"));
    QCOMPARE(f.names({}).mid(0, 2),
             (QStringList{QStringLiteral("Samples"), QStringLiteral("Zulu")}));
    QCOMPARE(filter.index(1, 0).data().toString(), QStringLiteral("Zulu"));
}

void TestRemoteTree::loadsOnlyWhenExpanded()
{
    Fixture f;
    const QModelIndex ops = f.server(f.ops);
    QVERIFY(f.model->hasChildren(ops));
    QCOMPARE(f.model->rowCount(ops), 0);
    QVERIFY(f.model->canFetchMore(ops));
    QVERIFY(!f.model->canFetchMore(f.model->indexForFolder(f.local.id)));
    QTest::qWait(20);
    QCOMPARE(f.built, 0);
    QVERIFY(f.o2.calls.isEmpty());

    QVERIFY(f.load(ops));
    QCOMPARE(f.o2.calls, QStringList{QStringLiteral("listFolders")});
    QVERIFY(!f.model->canFetchMore(ops));
    // The folders wait for their own expansion.
    const QModelIndex weekly = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"));
    QVERIFY(weekly.isValid());
    QVERIFY(f.model->canFetchMore(weekly));
    QVERIFY(f.model->hasChildren(weekly));
    QCOMPARE(f.built, 1);
    QCOMPARE(f.grafana.calls, QStringList());
}

void TestRemoteTree::loadingRowThenFoldersThenItems()
{
    Fixture f;
    f.o2.hold = true;
    const QModelIndex ops = f.server(f.ops);
    QSignalSpy finished(f.model.get(), &CatalogTreeModel::remoteLoadFinished);
    f.model->fetchMore(ops);

    // A "Loading…" row under the server (from the event loop, not inside fetchMore()).
    QCOMPARE(f.model->loadState(ops), State::Loading);
    QVERIFY(!f.model->canFetchMore(ops));
    QVERIFY(f.model->hasChildren(ops));
    QTRY_COMPARE(f.model->rowCount(ops), 1);
    const QModelIndex loading = f.model->index(0, 0, ops);
    QCOMPARE(f.model->nodeType(loading), Type::Placeholder);
    QCOMPARE(loading.data().toString(), QStringLiteral("Loading…"));
    QVERIFY(f.model->flags(loading) & Qt::ItemNeverHasChildren);
    QTRY_COMPARE(f.o2.held.size(), 1);

    f.o2.release();
    QTRY_COMPARE(f.model->loadState(ops), State::Loaded);
    QCOMPARE(f.names(ops), (QStringList{QStringLiteral("Weekly"), QStringLiteral("Archive")}));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), QString());

    const QModelIndex weekly = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"));
    QCOMPARE(f.model->nodeType(weekly), Type::RemoteFolder);
    QCOMPARE(f.model->remoteId(weekly), QStringLiteral("f1"));
    f.model->fetchMore(weekly);
    QTRY_COMPARE(f.names(weekly), QStringList{QStringLiteral("Loading…")});
    QTRY_COMPARE(f.o2.held.size(), 1);
    QCOMPARE(f.o2.calls.last(), QStringLiteral("listItems f1"));
    f.o2.release();
    QTRY_COMPARE(f.model->loadState(weekly), State::Loaded);
    QCOMPARE(f.names(weekly), (QStringList{QStringLiteral("Latency"), QStringLiteral("Errors")}));
    QCOMPARE(f.model->remoteFolders(f.ops.id),
             (QList<RemoteFolder>{{QStringLiteral("f1"), QStringLiteral("Weekly")},
                                  {QStringLiteral("f2"), QStringLiteral("Archive")}}));
    const QModelIndex latency = f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r1"));
    QCOMPARE(latency.parent(), weekly);
    QCOMPARE(f.model->remoteFolderId(latency), QStringLiteral("f1"));
    QCOMPARE(latency.data(CatalogTreeModel::PathRole).toString(),
             QStringLiteral("ops/Weekly/Latency"));
}

void TestRemoteTree::serverWithoutFoldersListsItems()
{
    Fixture f;
    const QModelIndex dash = f.server(f.dash);
    QVERIFY(f.load(dash));
    QCOMPARE(f.grafana.calls.first(), QStringLiteral("listItems"));
    QVERIFY(!f.grafana.calls.contains(QStringLiteral("listFolders")));
    QCOMPARE(f.names(dash),
             (QStringList{QStringLiteral("Daily KPIs"), QStringLiteral("Render job")}));
    QVERIFY(f.model->remoteFolders(f.dash.id).isEmpty());
}

void TestRemoteTree::itemRolesAndTooltip()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.ops)));
    QVERIFY(f.load(f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"))));
    const QModelIndex latency = f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r1"));
    const QModelIndex errors = f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r2"));
    QCOMPARE(f.model->nodeType(latency), Type::RemoteItem);
    QCOMPARE(latency.data(CatalogTreeModel::RemoteIdRole).toString(), QStringLiteral("r1"));
    QCOMPARE(f.model->remoteItem(latency)->description, QStringLiteral("About Latency"));
    QVERIFY(!f.model->remoteItem(f.server(f.ops)));
    QCOMPARE(latency.data(CatalogTreeModel::EnabledRole).toBool(), true);
    QCOMPARE(errors.data(CatalogTreeModel::EnabledRole).toBool(), false);
    QCOMPARE(errors.data(CatalogTreeModel::RemoteEnabledRole).toBool(), false);

    // Disabled ones are greyed like local disabled reports.
    QCOMPARE(errors.data(Qt::ForegroundRole).value<QBrush>(),
             QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    QVERIFY(!latency.data(Qt::ForegroundRole).isValid());
    const QImage on = latency.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    const QImage off = errors.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    QVERIFY(on != off);

    const QString tip = errors.data(Qt::ToolTipRole).toString();
    for (const QString &part :
         {QStringLiteral("Errors"), QStringLiteral("report on OpenObserve “ops”"),
          QStringLiteral("Disabled"), QStringLiteral("Schedule: Every Monday at 08:00, UTC"),
          QStringLiteral("Status: ok"), QStringLiteral("About Errors")})
        QVERIFY2(tip.contains(part), qPrintable(tip));

    // Items are not renamed in the tree, and need nothing from the undo stack.
    QVERIFY(!(f.model->flags(latency) & Qt::ItemIsEditable));
    QVERIFY(!f.model->setData(latency, QStringLiteral("x")));
    QCOMPARE(f.stack.count(), 0);
}

void TestRemoteTree::errorRowMarksTheServerAndRefreshRecovers()
{
    Fixture f;
    const QModelIndex ops = f.server(f.ops);
    const QImage healthy = ops.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    RemoteError unauthorized(RemoteError::Kind::Unauthorized, QStringLiteral("OpenObserve “ops”"),
                             QStringLiteral("list report folders"));
    unauthorized.setHttpStatus(401);
    f.o2.failures.insert(QStringLiteral("listFolders"), unauthorized);
    QSignalSpy finished(f.model.get(), &CatalogTreeModel::remoteLoadFinished);

    f.model->fetchMore(ops);
    QTRY_COMPARE(f.model->loadState(ops), State::Failed);
    QCOMPARE(f.model->rowCount(ops), 1);
    const QModelIndex error = f.model->index(0, 0, ops);
    QCOMPARE(f.model->nodeType(error), Type::Placeholder);
    QCOMPARE(error.data().toString(), unauthorized.text());
    QCOMPARE(error.data(CatalogTreeModel::LoadErrorRole).toString(), unauthorized.text());
    QVERIFY2(error.data().toString().contains(QStringLiteral("401 Unauthorized")),
             qPrintable(error.data().toString()));
    QCOMPARE(f.model->loadError(ops), unauthorized.text());
    QVERIFY(ops.data(Qt::ToolTipRole).toString().contains(QStringLiteral("401 Unauthorized")));
    const QImage marked = ops.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
    QVERIFY(marked != healthy);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).toString(), unauthorized.text());

    // Refresh after the server was fixed: the error row goes, the folders come.
    f.o2.failures.clear();
    f.model->refresh(error); // on the error row: its server
    QCOMPARE(f.model->loadState(ops), State::Loading);
    QCOMPARE(f.names(ops), QStringList{QStringLiteral("Loading…")}); // the row says so at once
    QTRY_COMPARE(f.model->loadState(ops), State::Loaded);
    QCOMPARE(f.names(ops), (QStringList{QStringLiteral("Weekly"), QStringLiteral("Archive")}));
    QVERIFY(f.model->loadError(ops).isEmpty());
    QCOMPARE(ops.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage(), healthy);
}

void TestRemoteTree::missingSecretIsAnErrorRow()
{
    Fixture f;
    QVERIFY(f.secrets.removeNow(SecretStore::serverKey(f.dash.id)));
    const QModelIndex dash = f.server(f.dash);
    f.model->fetchMore(dash);
    QTRY_COMPARE(f.model->loadState(dash), State::Failed);
    const QString text = f.model->index(0, 0, dash).data().toString();
    QVERIFY2(text.startsWith(QStringLiteral("No token is stored for “dash”; edit the server to "
                                            "enter it.")),
             qPrintable(text));
    QCOMPARE(f.built, 0);
}

void TestRemoteTree::refreshKeepsRowsThatRemain()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.ops)));
    const QModelIndex weekly = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"));
    QVERIFY(f.load(weekly));
    const QPersistentModelIndex latency =
        f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r1"));
    const QPersistentModelIndex persistentWeekly = weekly;

    // On the server: one report renamed and enabled, one deleted, one new.
    f.o2.item(QStringLiteral("r1"))->name = QStringLiteral("Latency p99");
    f.o2.item(QStringLiteral("r2"))->enabled = true;
    f.o2.items.removeIf([](const RemoteItem &i) { return i.id == QStringLiteral("r3"); });
    f.o2.items.append(
        fakeItem(QStringLiteral("r4"), QStringLiteral("Saturation"), QStringLiteral("f1")));
    f.o2.folders.append({QStringLiteral("f3"), QStringLiteral("New")});

    // Refreshing the server also reloads the folder that was open.
    f.model->refresh(f.server(f.ops));
    QTRY_COMPARE(f.model->loadState(f.server(f.ops)), State::Loaded);
    QTRY_COMPARE(f.model->loadState(weekly), State::Loaded);
    QVERIFY(latency.isValid());
    QVERIFY(persistentWeekly.isValid());
    QCOMPARE(latency.data().toString(), QStringLiteral("Latency p99"));
    QCOMPARE(f.names(weekly), (QStringList{QStringLiteral("Latency p99"), QStringLiteral("Errors"),
                                           QStringLiteral("Saturation")}));
    QCOMPARE(f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r2"))
                 .data(CatalogTreeModel::EnabledRole)
                 .toBool(),
             true);
    QCOMPARE(
        f.names(f.server(f.ops)),
        (QStringList{QStringLiteral("Weekly"), QStringLiteral("Archive"), QStringLiteral("New")}));
    // The closed folder was not loaded behind the user's back.
    QCOMPARE(f.model->loadState(f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f2"))),
             State::NotLoaded);

    // A folder that disappeared takes its rows with it.
    f.o2.folders.removeFirst();
    f.model->refresh(f.server(f.ops));
    QTRY_VERIFY(!persistentWeekly.isValid());
    QVERIFY(!latency.isValid());
}

void TestRemoteTree::profileChangesFollowTheCatalog()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.dash)));
    QCOMPARE(f.built, 1);

    // Renamed (and so a new client): the node follows and loads again.
    RemoteServer renamed = f.dash;
    renamed.name = QStringLiteral("boards");
    f.servers.insert(QStringLiteral("boards"), &f.grafana);
    QVERIFY(f.secrets.writeNow(SecretStore::serverKey(f.dash.id), QStringLiteral("pw-boards")));
    QVERIFY(f.catalog->saveServer(renamed));
    const QModelIndex node = f.model->indexForServer(f.dash.id);
    QCOMPARE(node.data().toString(), QStringLiteral("boards"));
    QTRY_COMPARE(f.built, 2);
    QTRY_COMPARE(f.model->loadState(node), State::Loaded);
    QCOMPARE(f.model->rowCount(node), 2);

    // Added and removed in the catalog.
    FakeServer third;
    const RemoteServer extra = f.add(QStringLiteral("extra"), RemoteServer::Kind::Grafana, &third);
    QVERIFY(f.model->indexForServer(extra.id).isValid());
    QCOMPARE(f.names({}).last(), QStringLiteral("extra"));
    QVERIFY(f.catalog->deleteServer(f.dash.id));
    QVERIFY(!f.model->indexForServer(f.dash.id).isValid());
    QCOMPARE(f.names({}), (QStringList{QStringLiteral("Samples"), QStringLiteral("ops"),
                                       QStringLiteral("extra")}));

    // Without a session the servers go.
    f.model->setRemoteSession(nullptr);
    QCOMPARE(f.names({}), QStringList{QStringLiteral("Samples")});
}

void TestRemoteTree::dragOntoAnotherFolderRequestsAMove()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.ops)));
    const QModelIndex weekly = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"));
    const QModelIndex archive = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f2"));
    QVERIFY(f.load(weekly));
    QVERIFY(f.load(f.server(f.dash)));
    const QModelIndex latency = f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r1"));
    const QModelIndex errors = f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r2"));
    QVERIFY(f.model->flags(latency) & Qt::ItemIsDragEnabled);
    QVERIFY(f.model->flags(archive) & Qt::ItemIsDropEnabled);
    QVERIFY(!(f.model->flags(f.server(f.ops)) & Qt::ItemIsDropEnabled));

    std::unique_ptr<QMimeData> data(f.model->mimeData({latency, errors}));
    QVERIFY(data);
    QVERIFY(f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, archive));
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::CopyAction, -1, 0, archive));
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, weekly)); // already there
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, f.server(f.ops)));
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, f.server(f.dash)));
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0,
                                      f.model->indexForFolder(f.local.id)));
    QVERIFY(!f.model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));

    QSignalSpy requested(f.model.get(), &CatalogTreeModel::remoteMoveRequested);
    QVERIFY(f.model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, archive));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toUuid(), f.ops.id);
    QCOMPARE(requested.first().at(1).toStringList(),
             (QStringList{QStringLiteral("r1"), QStringLiteral("r2")}));
    QCOMPARE(requested.first().at(2).toString(), QStringLiteral("f2"));
    QVERIFY(!f.o2.calls.contains(QStringLiteral("move r1,r2 -> f2"))); // the receiver moves

    // Local and remote rows together do not drag; local drags do not land on a server.
    QVERIFY(!f.model->mimeData({latency, f.model->indexForFolder(f.local.id)}));
    std::unique_ptr<QMimeData> localData(f.model->mimeData({f.model->indexForFolder(f.local.id)}));
    QVERIFY(localData);
    QVERIFY(!f.model->canDropMimeData(localData.get(), Qt::MoveAction, -1, 0, archive));
    // Items of two servers do not drag together.
    QVERIFY(
        !f.model->mimeData({latency, f.model->indexForRemoteItem(f.dash.id, QStringLiteral("7"))}));
}

void TestRemoteTree::unsupportedMoveIsNotDraggable()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.dash)));
    const QModelIndex kpis = f.model->indexForRemoteItem(f.dash.id, QStringLiteral("7"));
    QVERIFY(kpis.isValid());
    QVERIFY(f.model->flags(kpis) & Qt::ItemIsSelectable);
    QVERIFY(!(f.model->flags(kpis) & Qt::ItemIsDragEnabled));
    QVERIFY(!(f.model->flags(f.server(f.dash)) & Qt::ItemIsDropEnabled));
}

void TestRemoteTree::filterFindsRemoteItems()
{
    Fixture f;
    QVERIFY(f.load(f.server(f.ops)));
    QVERIFY(f.load(f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"))));
    QVERIFY(f.load(f.server(f.dash)));
    CatalogFilterModel filter;
    filter.setSourceModel(f.model.get());
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto shown = [&] {
        QStringList rows;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < filter.rowCount(parent); ++row) {
                const QModelIndex index = filter.index(row, 0, parent);
                rows.append(index.data(CatalogTreeModel::PathRole).toString());
                walk(index);
            }
        };
        walk({});
        return rows;
    };

    filter.setFilterText(QStringLiteral("latency"));
    QCOMPARE(shown(), (QStringList{QStringLiteral("ops"), QStringLiteral("ops/Weekly"),
                                   QStringLiteral("ops/Weekly/Latency")}));
    // A server's name matches its whole loaded content, as a folder's does.
    filter.setFilterText(QStringLiteral("dash"));
    QCOMPARE(shown(), (QStringList{QStringLiteral("dash"), QStringLiteral("dash/Daily KPIs"),
                                   QStringLiteral("dash/Render job")}));

    // The state filter: disabled remote reports, and none of the items without a state.
    filter.setFilterText(QString());
    filter.setStateFilter(CatalogFilterModel::StateFilter::Disabled);
    QCOMPARE(shown(), (QStringList{QStringLiteral("ops"), QStringLiteral("ops/Weekly"),
                                   QStringLiteral("ops/Weekly/Errors")}));
    filter.setStateFilter(CatalogFilterModel::StateFilter::Enabled);
    QVERIFY(shown().contains(QStringLiteral("dash/Daily KPIs")));
    QVERIFY(!shown().contains(QStringLiteral("dash/Render job")));

    // "Loading…" and error rows show only while nothing is filtered.
    filter.setStateFilter(CatalogFilterModel::StateFilter::All);
    f.o2.hold = true;
    f.model->refresh(f.server(f.ops));
    QTRY_VERIFY(!f.o2.held.isEmpty());
    QVERIFY(shown().contains(QStringLiteral("ops/Loading…")));
    filter.setFilterText(QStringLiteral("o"));
    QVERIFY(!shown().contains(QStringLiteral("ops/Loading…")));
    filter.setFilterText(QString());
    // Sorted: the placeholder on top, then the folders.
    const QModelIndex opsShown = filter.mapFromSource(f.server(f.ops));
    QCOMPARE(filter.index(0, 0, opsShown).data().toString(), QStringLiteral("Loading…"));
    QCOMPARE(filter.index(1, 0, opsShown).data().toString(), QStringLiteral("Archive"));
    f.o2.hold = false;
    f.o2.release();
    QTRY_COMPARE(f.model->loadState(f.server(f.ops)), State::Loaded);
    QCOMPARE(filter.rowCount(opsShown), 2); // the placeholder went
}

void TestRemoteTree::modelTesterFollowsEveryChange()
{
    Fixture f(true); // the tester opens every server and folder as it walks the tree
    QTRY_COMPARE(f.model->loadState(f.server(f.ops)), State::Loaded);
    QTRY_COMPARE(f.model->loadState(f.server(f.dash)), State::Loaded);
    const QModelIndex weekly = f.model->indexForRemoteFolder(f.ops.id, QStringLiteral("f1"));
    QTRY_COMPARE(f.model->loadState(weekly), State::Loaded);
    QCOMPARE(f.names(weekly), (QStringList{QStringLiteral("Latency"), QStringLiteral("Errors")}));

    // An error row, then recovery.
    RemoteError down(RemoteError::Kind::ConnectionRefused, QStringLiteral("OpenObserve “ops”"),
                     QStringLiteral("list report folders"));
    down.setDetail(QStringLiteral("ops.example.com:443"));
    f.o2.failures.insert(QStringLiteral("listFolders"), down);
    f.model->refresh(f.server(f.ops));
    QTRY_COMPARE(f.model->loadState(f.server(f.ops)), State::Failed);
    QCOMPARE(f.model->index(0, 0, f.server(f.ops)).data().toString(), down.text());
    // The folders shown before stay below the error row.
    QCOMPARE(f.model->rowCount(f.server(f.ops)), 3);
    f.o2.failures.clear();

    // Server-side changes arrive with a refresh.
    f.o2.items.removeFirst();
    f.o2.folders.append({QStringLiteral("f3"), QStringLiteral("New")});
    f.o2.items.append(
        fakeItem(QStringLiteral("r9"), QStringLiteral("Fresh"), QStringLiteral("f3")));
    f.model->refresh(f.server(f.ops));
    QTRY_COMPARE(f.model->loadState(f.server(f.ops)), State::Loaded);
    QTRY_COMPARE(
        f.names(f.server(f.ops)),
        (QStringList{QStringLiteral("Weekly"), QStringLiteral("Archive"), QStringLiteral("New")}));
    QTRY_COMPARE(f.names(weekly), QStringList{QStringLiteral("Errors")});
    QTRY_VERIFY(f.model->indexForRemoteItem(f.ops.id, QStringLiteral("r9")).isValid());

    // Profiles change, go and come; local edits go on beside them.
    RemoteServer dash = f.dash;
    dash.baseUrl = QUrl(QStringLiteral("https://dash2.example.com/"));
    QVERIFY(f.catalog->saveServer(dash));
    QTRY_COMPARE(f.model->loadState(f.server(f.dash)), State::Loaded);
    f.catalog.addFolder(QStringLiteral("Later"));
    QVERIFY(f.catalog->deleteServer(f.ops.id));
    QCOMPARE(f.names({}), (QStringList{QStringLiteral("Samples"), QStringLiteral("Later"),
                                       QStringLiteral("dash")}));
    f.model->reload();
    QTRY_COMPARE(f.model->loadState(f.server(f.dash)), State::Loaded);
    f.model->setRemoteSession(nullptr);
    QCOMPARE(f.names({}), (QStringList{QStringLiteral("Samples"), QStringLiteral("Later")}));
}

namespace {
// A report as OpenObserve stores it (camelCase top level, snake_case inside).
QJsonObject openObserveReport(const QString &name, bool enabled)
{
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("title"), name},
        {QStringLiteral("orgId"), QStringLiteral("default")},
        {QStringLiteral("frequency"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("cron")},
                     {QStringLiteral("cron"), QStringLiteral("0 0 8 * * MON")},
                     {QStringLiteral("interval"), 1},
                     {QStringLiteral("align_time"), false}}},
        {QStringLiteral("start"), qint64(1767225600000000)},
        {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("timezoneOffset"), 60},
        {QStringLiteral("dashboards"),
         QJsonArray{QJsonObject{{QStringLiteral("dashboard"), QStringLiteral("dash1")},
                                {QStringLiteral("folder"), QStringLiteral("dfolder1")},
                                {QStringLiteral("tabs"), QJsonArray{QStringLiteral("tab1")}},
                                {QStringLiteral("variables"), QJsonArray{}},
                                {QStringLiteral("timerange"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("relative")},
                                             {QStringLiteral("period"), QStringLiteral("1w")},
                                             {QStringLiteral("from"), 0},
                                             {QStringLiteral("to"), 0}}}}}},
        {QStringLiteral("destinations"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}}}},
        {QStringLiteral("description"), QStringLiteral("About %1").arg(name)},
        {QStringLiteral("enabled"), enabled},
    };
}
} // namespace

// The tree over the real OpenObserve client (through RemoteClients::create, as the application
// builds it) and the strict loopback OpenObserve server: folders, then reports, a change made on
// the server shows after Refresh, and a wrong password is an error row naming the 401.
void TestRemoteTree::openObserveServerEndToEnd()
{
    OpenObserveTestServer o2;
    QVERIFY(o2.listen());
    o2.addUser(QStringLiteral("ops@example.com"), QStringLiteral("Secret+1"));
    o2.addDashboard(QStringLiteral("dfolder1"), QStringLiteral("dash1"), {QStringLiteral("tab1")});
    const QString opsFolder = o2.addFolder(QStringLiteral("Ops reports"));
    const QString latency =
        o2.addReport(opsFolder, openObserveReport(QStringLiteral("latency"), true));
    o2.addReport(opsFolder, openObserveReport(QStringLiteral("errors"), false));
    o2.addReport(QStringLiteral("default"), openObserveReport(QStringLiteral("capacity"), true));

    TestCatalog catalog;
    SessionSecretStore secrets(QStringLiteral("tests"));
    QNetworkAccessManager network;
    RemoteServer profile;
    profile.kind = RemoteServer::Kind::OpenObserve;
    profile.name = QStringLiteral("o2");
    profile.baseUrl = o2.baseUrl();
    profile.organisation = QStringLiteral("default");
    profile.auth = RemoteServer::Auth::Basic;
    profile.userName = QStringLiteral("ops@example.com");
    profile = catalog->saveServer(profile).value();
    QVERIFY(secrets.writeNow(SecretStore::serverKey(profile.id), QStringLiteral("Secret+1")));
    RemoteSession session(catalog.get(), &secrets,
                          [&network](const RemoteServer &s, const QString &secret, QString *error) {
                              return RemoteClients::create(s, secret, &network, nullptr, error);
                          });
    CatalogTreeModel model(catalog.get(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRemoteSession(&session); // the tester opens everything it sees

    const QModelIndex server = model.indexForServer(profile.id);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(server), State::Loaded, 20000);
    QStringList folders;
    for (const RemoteFolder &f : model.remoteFolders(profile.id))
        folders.append(f.name);
    folders.sort();
    QCOMPARE(folders, (QStringList{QStringLiteral("Ops reports"), QStringLiteral("default")}));
    const QModelIndex ops = model.indexForRemoteFolder(profile.id, opsFolder);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(ops), State::Loaded, 20000);
    QStringList names;
    for (int row = 0; row < model.rowCount(ops); ++row)
        names.append(model.index(row, 0, ops).data().toString());
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("errors"), QStringLiteral("latency")}));
    const QModelIndex item = model.indexForRemoteItem(profile.id, latency);
    QVERIFY(item.isValid());
    QCOMPARE(item.parent(), ops);
    QCOMPARE(item.data(CatalogTreeModel::RemoteEnabledRole).toBool(), true);
    QVERIFY(model.flags(item) & Qt::ItemIsDragEnabled); // OpenObserve moves reports

    // Disabled on the server (through the same client the tree uses), then Refresh.
    RemoteClient *client = session.existingClient(profile.id);
    QVERIFY(client);
    std::optional<RemoteResult<bool>> disabled;
    client->setEnabled(latency, false, [&](const RemoteResult<bool> &r) { disabled = r; });
    QTRY_VERIFY_WITH_TIMEOUT(disabled.has_value(), 20000);
    QVERIFY2(disabled->ok(), qPrintable(disabled->error().text()));
    model.refresh(ops);
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(ops), State::Loaded, 20000);
    QCOMPARE(model.indexForRemoteItem(profile.id, latency)
                 .data(CatalogTreeModel::RemoteEnabledRole)
                 .toBool(),
             false);

    // A wrong password: the next load is an error row that names the 401.
    QVERIFY(secrets.writeNow(SecretStore::serverKey(profile.id), QStringLiteral("wrong")));
    session.reset(profile.id); // as after "Edit Server…" stored a new secret
    QTRY_COMPARE_WITH_TIMEOUT(model.loadState(server), State::Failed, 20000);
    const QString error = model.loadError(server);
    QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));
    QCOMPARE(model.index(0, 0, server).data().toString(), error);
}

QTEST_MAIN(TestRemoteTree)
#include "tst_remotetree.moc"
