#include "Run.h"

#include <QHash>

namespace reportdesk {

namespace {

const QList<QPair<Run::Trigger, QString>> &triggers()
{
    static const QList<QPair<Run::Trigger, QString>> list{
        {Run::Trigger::Schedule, QStringLiteral("schedule")},
        {Run::Trigger::Manual, QStringLiteral("manual")},
        {Run::Trigger::CatchUp, QStringLiteral("catch-up")},
        {Run::Trigger::Remote, QStringLiteral("remote")},
    };
    return list;
}

const QList<QPair<Run::State, QString>> &states()
{
    static const QList<QPair<Run::State, QString>> list{
        {Run::State::Queued, QStringLiteral("queued")},
        {Run::State::Running, QStringLiteral("running")},
        {Run::State::Succeeded, QStringLiteral("succeeded")},
        {Run::State::Failed, QStringLiteral("failed")},
        {Run::State::Cancelled, QStringLiteral("cancelled")},
        {Run::State::Skipped, QStringLiteral("skipped")},
        {Run::State::Interrupted, QStringLiteral("interrupted")},
    };
    return list;
}

template <typename E>
bool fromName(const QList<QPair<E, QString>> &list, const QString &name, E *value)
{
    for (const auto &[v, n] : list) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            *value = v;
            return true;
        }
    }
    return false;
}

template <typename E> QString toName(const QList<QPair<E, QString>> &list, E value)
{
    for (const auto &[v, n] : list) {
        if (v == value)
            return n;
    }
    return {};
}

} // namespace

QString Run::triggerName(Trigger trigger)
{
    return toName(triggers(), trigger);
}

bool Run::triggerFromName(const QString &name, Trigger *trigger)
{
    return fromName(triggers(), name, trigger);
}

QString Run::stateName(State state)
{
    return toName(states(), state);
}

bool Run::stateFromName(const QString &name, State *state)
{
    return fromName(states(), name, state);
}

const QList<Run::State> &Run::allStates()
{
    static const QList<State> list = [] {
        QList<State> l;
        for (const auto &[v, n] : states())
            l.append(v);
        return l;
    }();
    return list;
}

} // namespace reportdesk
