#include "SampleData.h"

#include "data/ScopedConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <cstdint>

namespace reportdesk::SampleData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::SampleData", text);
}

// SplitMix64: small, fast and the same on every platform, unlike std:: distributions.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    std::uint64_t m_state;
};

template <std::size_t N> QString pick(Random &rng, const std::array<const char *, N> &items)
{
    return QString::fromLatin1(items[std::size_t(rng.below(int(N)))]);
}

} // namespace

QString defaultFileName()
{
    return QStringLiteral("sample-weblogs.sqlite");
}

Status ensureDatabase(const QString &path, const QDate &anchor)
{
    ScopedConnection connection(QStringLiteral("QSQLITE"), path);
    if (!connection.open())
        return Status::failure(
            tr("Cannot create the sample database %1: %2").arg(path, connection.error()));
    QSqlDatabase db = connection.database();
    QSqlQuery q(db);
    if (db.tables().contains(QStringLiteral("web_access_log"))) {
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM web_access_log")) && q.next() &&
            q.value(0).toInt() == kRowCount)
            return {};
        q.exec(QStringLiteral("DROP TABLE web_access_log"));
    }
    if (!db.transaction())
        return Status::failure(
            tr("Cannot write the sample database: %1").arg(db.lastError().text()));
    if (!q.exec(QStringLiteral("CREATE TABLE web_access_log ("
                               " ts TEXT NOT NULL," // ISO-8601 UTC, sortable
                               " host TEXT NOT NULL,"
                               " service TEXT NOT NULL,"
                               " method TEXT NOT NULL,"
                               " path TEXT NOT NULL,"
                               " status INTEGER NOT NULL,"
                               " latency_ms REAL NOT NULL,"
                               " bytes INTEGER NOT NULL,"
                               " level TEXT NOT NULL,"
                               " country TEXT NOT NULL,"
                               " message TEXT NOT NULL)")) ||
        !q.exec(QStringLiteral("CREATE INDEX web_access_log_ts ON web_access_log (ts)"))) {
        db.rollback();
        return Status::failure(
            tr("Cannot write the sample database: %1").arg(q.lastError().text()));
    }

    static constexpr std::array hosts{"web-01", "web-02", "web-03", "api-01", "api-02", "edge-01"};
    static constexpr std::array services{"storefront", "checkout", "search",
                                         "accounts",   "catalog",  "payments"};
    static constexpr std::array paths{
        "/",         "/products",       "/products/42",   "/cart",
        "/checkout", "/search?q=shoes", "/api/v1/orders", "/api/v1/users/me",
        "/login",    "/static/app.js"};
    static constexpr std::array countries{"DE", "US", "FR", "GB", "NL", "JP", "BR", "IN"};
    static constexpr std::array errors{"upstream timed out",           "connection reset by peer",
                                       "payment gateway returned 502", "database deadlock detected",
                                       "certificate verify failed",    "out of memory in worker"};

    Random rng(20261123);
    const QDateTime end(anchor, QTime(0, 0), QTimeZone::utc());
    const qint64 spanSecs = qint64(kDays) * 86400;
    q.prepare(QStringLiteral("INSERT INTO web_access_log (ts, host, service, method, path, status,"
                             " latency_ms, bytes, level, country, message)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < kRowCount; ++i) {
        // Evenly spread with jitter, so every day has traffic and rows are in time order.
        const qint64 offset = spanSecs * i / kRowCount + rng.below(int(spanSecs / kRowCount));
        const QDateTime ts = end.addSecs(offset - spanSecs);
        const double roll = rng.unit();
        const int status = roll < 0.015  ? 500 + rng.below(4)
                           : roll < 0.06 ? 404
                           : roll < 0.08 ? 301
                                         : 200;
        const QString level = status >= 500   ? QStringLiteral("error")
                              : status == 404 ? QStringLiteral("warn")
                                              : QStringLiteral("info");
        const double latency = 8.0 + rng.unit() * rng.unit() * (status >= 500 ? 3000.0 : 450.0);
        const QString path = pick(rng, paths);
        const QString message =
            status >= 500 ? pick(rng, errors) : QStringLiteral("%1 %2").arg(status).arg(path);
        q.addBindValue(ts.toUTC().toString(Qt::ISODate)); // "...Z", the form bindings use
        q.addBindValue(pick(rng, hosts));
        q.addBindValue(pick(rng, services));
        q.addBindValue(rng.below(5) == 0 ? QStringLiteral("POST") : QStringLiteral("GET"));
        q.addBindValue(path);
        q.addBindValue(status);
        q.addBindValue(double(qRound(latency * 10.0)) / 10.0);
        q.addBindValue(300 + rng.below(250000));
        q.addBindValue(level);
        q.addBindValue(pick(rng, countries));
        q.addBindValue(message);
        if (!q.exec()) {
            db.rollback();
            return Status::failure(
                tr("Cannot write the sample database: %1").arg(q.lastError().text()));
        }
    }
    if (!db.commit())
        return Status::failure(
            tr("Cannot write the sample database: %1").arg(db.lastError().text()));
    return {};
}

} // namespace reportdesk::SampleData
