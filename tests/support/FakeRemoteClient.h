#pragma once

#include "remote/RemoteClient.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <utility>

namespace reportdesk::test {

// What a fake server holds and how it answers; shared by every FakeRemoteClient built for it,
// so a client created again (after a profile change) sees the same reports. Operations change
// the state when they answer, as a real server would.
struct FakeServer {
    QList<remote::Capability> capabilities{remote::Capability::Folders, remote::Capability::Enable,
                                           remote::Capability::Trigger, remote::Capability::Delete,
                                           remote::Capability::Move};
    QList<remote::RemoteFolder> folders;
    QList<remote::RemoteItem> items; // each in its folderId ("" without folders)
    QStringList calls;               // "listFolders", "listItems f1", "trigger r1", ...
    // Failures by operation name ("listFolders", "listItems", "setEnabled", "trigger",
    // "remove", "move"); the operation answers this error until it is taken out.
    QHash<QString, remote::RemoteError> failures;
    // With hold set, answers wait in `held` until release(), so a test sees "Loading…".
    bool hold = false;
    QList<std::function<void()>> held;

    void release()
    {
        const QList<std::function<void()>> answers = std::exchange(held, {});
        for (const auto &answer : answers)
            answer();
    }

    remote::RemoteItem *item(const QString &id)
    {
        for (remote::RemoteItem &i : items) {
            if (i.id == id)
                return &i;
        }
        return nullptr;
    }
};

// A RemoteClient over a FakeServer: answers from the event loop (or when released), never
// inside the call and not once destroyed; what the server lacks answers Unsupported through
// the base class, with its reason.
class FakeRemoteClient : public remote::RemoteClient {
public:
    FakeRemoteClient(RemoteServer server, FakeServer *state, QObject *parent = nullptr)
        : RemoteClient(std::move(server), parent)
        , m_state(state)
    {}

    bool supports(remote::Capability capability) const override
    {
        return m_state->capabilities.contains(capability);
    }

    void testConnection(Callback<remote::ServerInfo> done) override
    {
        answer<remote::ServerInfo>(QStringLiteral("testConnection"), QString(), std::move(done),
                                   [] {
                                       return remote::ServerInfo{QStringLiteral("Fake"), {}, {}};
                                   });
    }

    void listFolders(Callback<QList<remote::RemoteFolder>> done) override
    {
        if (!supports(remote::Capability::Folders))
            return RemoteClient::listFolders(std::move(done));
        answer<QList<remote::RemoteFolder>>(QStringLiteral("listFolders"), QString(),
                                            std::move(done), [s = m_state] { return s->folders; });
    }

    void listItems(const QString &folderId, Callback<QList<remote::RemoteItem>> done) override
    {
        answer<QList<remote::RemoteItem>>(QStringLiteral("listItems"), folderId, std::move(done),
                                          [s = m_state, folderId] {
                                              QList<remote::RemoteItem> in;
                                              for (const remote::RemoteItem &i : s->items) {
                                                  if (i.folderId == folderId)
                                                      in.append(i);
                                              }
                                              return in;
                                          });
    }

    void getItem(const QString &id, Callback<remote::RemoteItem> done) override
    {
        answer<remote::RemoteItem>(QStringLiteral("getItem"), id, std::move(done),
                                   [s = m_state, id] {
                                       const remote::RemoteItem *i = s->item(id);
                                       return i ? *i : remote::RemoteItem{};
                                   });
    }

    void setEnabled(const QString &id, bool enabled, Done done) override
    {
        if (!supports(remote::Capability::Enable))
            return RemoteClient::setEnabled(id, enabled, std::move(done));
        answer<bool>(QStringLiteral("setEnabled"),
                     id + (enabled ? QStringLiteral(" on") : QStringLiteral(" off")),
                     std::move(done), [s = m_state, id, enabled] {
                         if (remote::RemoteItem *i = s->item(id))
                             i->enabled = enabled;
                         return true;
                     });
    }

    void trigger(const QString &id, Done done) override
    {
        if (!supports(remote::Capability::Trigger))
            return RemoteClient::trigger(id, std::move(done));
        answer<bool>(QStringLiteral("trigger"), id, std::move(done), [] { return true; });
    }

    void remove(const QStringList &ids, Done done) override
    {
        if (!supports(remote::Capability::Delete))
            return RemoteClient::remove(ids, std::move(done));
        answer<bool>(QStringLiteral("remove"), ids.join(QLatin1Char(',')), std::move(done),
                     [s = m_state, ids] {
                         s->items.removeIf(
                             [&](const remote::RemoteItem &i) { return ids.contains(i.id); });
                         return true;
                     });
    }

    void move(const QStringList &ids, const QString &folderId, Done done) override
    {
        if (!supports(remote::Capability::Move))
            return RemoteClient::move(ids, folderId, std::move(done));
        answer<bool>(QStringLiteral("move"),
                     ids.join(QLatin1Char(',')) + QStringLiteral(" -> ") + folderId,
                     std::move(done), [s = m_state, ids, folderId] {
                         for (remote::RemoteItem &i : s->items) {
                             if (ids.contains(i.id))
                                 i.folderId = folderId;
                         }
                         return true;
                     });
    }

private:
    template <typename T>
    void answer(const QString &operation, const QString &argument, Callback<T> done,
                std::function<remote::RemoteResult<T>()> produce)
    {
        m_state->calls.append(argument.isEmpty() ? operation
                                                 : operation + QLatin1Char(' ') + argument);
        const QPointer<FakeRemoteClient> self(this);
        auto reply = [self, state = m_state, operation, done = std::move(done),
                      produce = std::move(produce)] {
            if (!self)
                return; // a destroyed client answers nothing
            if (const auto failure = state->failures.constFind(operation);
                failure != state->failures.cend()) {
                done(*failure);
                return;
            }
            done(produce());
        };
        if (m_state->hold)
            m_state->held.append(std::move(reply));
        else
            QMetaObject::invokeMethod(this, std::move(reply), Qt::QueuedConnection);
    }

    FakeServer *m_state;
};

// An item for a fake server.
inline remote::RemoteItem fakeItem(const QString &id, const QString &name,
                                   const QString &folderId = {}, std::optional<bool> enabled = true)
{
    remote::RemoteItem item;
    item.id = id;
    item.folderId = folderId;
    item.name = name;
    item.type = QStringLiteral("report");
    item.enabled = enabled;
    item.description = QStringLiteral("About %1").arg(name);
    item.scheduleText = QStringLiteral("Every Monday at 08:00, UTC");
    item.status = QStringLiteral("ok");
    item.updated = QDateTime(QDate(2024, 3, 4), QTime(8, 0), QTimeZone::utc());
    item.raw = QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("destinations"),
         QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("ops@example.com")}}}}};
    return item;
}

} // namespace reportdesk::test
