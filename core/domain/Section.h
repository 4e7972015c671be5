#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace reportdesk {

// How a table column presents its values.
struct ColumnFormat {
    enum class Align { Auto, Left, Right, Center };
    enum class Overflow { Wrap, Elide };

    QString column; // the query's column name
    QString label;  // header shown in the report; empty = column name
    QString format; // number/date format, e.g. "0.00", "#,##0", "yyyy-MM-dd HH:mm"
    Align align = Align::Auto;
    Overflow overflow = Overflow::Wrap;
    double widthWeight = 1.0;

    friend bool operator==(const ColumnFormat &, const ColumnFormat &) = default;
};

// One block of report content. Which fields matter depends on the kind.
struct Section {
    enum class Kind { Text, Table, Chart, Image, PageBreak, RemoteSnapshot };
    enum class ChartType { Bar, Line, Pie };

    Kind kind = Kind::Text;
    QString title;
    QString text;                // Text: Markdown with ${variable} placeholders
    QString dataSource;          // Table/Chart: data source name
    QString query;               // Table/Chart: SQL with bound parameters (:from, :to, :var)
    QList<ColumnFormat> columns; // Table
    ChartType chartType = ChartType::Bar; // Chart
    QString categoryColumn;               // Chart: x axis / slice label
    QList<QString> seriesColumns;         // Chart: one or more value columns
    QByteArray imageData;                 // Image: embedded bytes
    QString imageName;                    // Image: original file name, for display
    QString remoteRef;                    // RemoteSnapshot: server-specific reference
    double widthFraction = 1.0;           // grid layout: share of the row this section takes

    friend bool operator==(const Section &, const Section &) = default;

    static QString kindName(Kind kind);
    static bool kindFromName(const QString &name, Kind *kind);
    static QString chartTypeName(ChartType type);
    static bool chartTypeFromName(const QString &name, ChartType *type);
    static QString alignName(ColumnFormat::Align align);
    static bool alignFromName(const QString &name, ColumnFormat::Align *align);
};

} // namespace reportdesk
