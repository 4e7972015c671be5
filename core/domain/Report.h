#pragma once

#include "Section.h"
#include "TimeRange.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace reportdesk {

struct PageOptions {
    enum class Orientation { Portrait, Landscape };
    enum class Layout { Simple, Grid };

    QString size = QStringLiteral("A4"); // A4, A3, A5, Letter, Legal, Tabloid
    Orientation orientation = Orientation::Portrait;
    Layout layout = Layout::Simple;
    QMarginsF marginsMm{15, 15, 15, 15};

    friend bool operator==(const PageOptions &, const PageOptions &) = default;

    static const QStringList &sizeNames();
};

struct Variable {
    QString name;
    QString value;
    friend bool operator==(const Variable &, const Variable &) = default;
};

// The fields a tree needs, without the content. Listing 100,000 reports loads only these.
struct ReportSummary {
    QUuid id;
    qint64 folderId = 0;
    QString name;
    QString title;
    QStringList tags;
    bool enabled = true;

    friend bool operator==(const ReportSummary &, const ReportSummary &) = default;
};

// A report definition: what to show (sections), how (page, branding, formats), for which period
// (time range, variables), and, from later issues, when (schedule) and to whom (delivery).
struct Report {
    QUuid id;
    qint64 folderId = 0;
    QString name;  // unique in its folder, no '/'
    QString title; // shown on the first page
    QString description;
    QString message; // e-mail body
    QString owner;
    bool enabled = true;
    QDateTime created;
    QDateTime updated;
    QStringList tags;
    QList<Section> sections;
    PageOptions page;
    QStringList formats{QStringLiteral("pdf")}; // pdf, csv, png
    qint64 brandingId = 0;                      // 0 = the default profile
    TimeRange timeRange;
    QString timeZone = QStringLiteral("UTC"); // IANA id
    QList<Variable> variables;
    // Stored and round-tripped as structured JSON; typed editors arrive with the scheduler and
    // delivery work. Keeping them as JSON means no field is lost in the meantime.
    QJsonObject schedule;
    QJsonObject delivery;
    qint64 serverId = 0; // for a remote report: the server it mirrors
    QString remoteId;

    friend bool operator==(const Report &, const Report &) = default;

    ReportSummary summary() const;
    QString displayTitle() const { return title.isEmpty() ? name : title; }

    static const QStringList &formatNames();
};

} // namespace reportdesk
