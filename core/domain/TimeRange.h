#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace reportdesk {

// The period a report covers. Each end is either a relative expression in the Grafana/Kibana
// style ("now", "now-7d", "now/d", "now-1M/M") or an absolute ISO-8601 instant.
struct TimeRange {
    QString from = QStringLiteral("now-7d");
    QString to = QStringLiteral("now");

    friend bool operator==(const TimeRange &, const TimeRange &) = default;

    struct Preset {
        const char *id;
        const char *label; // translated by the UI via QT_TRANSLATE_NOOP context "TimeRange"
        const char *from;
        const char *to;
    };
    static const QList<Preset> &presets();

    // Checks one end; returns an empty string when valid, else a message naming the problem.
    static QString validateExpression(const QString &expression);
    // Returns an empty string when both ends are valid and from is before to at `now`.
    QString validate() const;

    // Resolves an expression against a run instant in the report's time zone.
    // Returns an invalid QDateTime and sets *error when the expression is malformed.
    static QDateTime resolve(const QString &expression, const QDateTime &now, const QTimeZone &zone,
                             QString *error = nullptr);
};

} // namespace reportdesk
