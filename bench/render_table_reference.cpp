// render_table_reference: the "bare QPainter loop" of issue 3, the yardstick for render_table.
//
// Streams a query from an SQLite file and paints one line per row onto A4 portrait pages through
// QPdfWriter (the same QPdfEngine that QPrinter's PdfFormat and ReportDesk's renderPdf use),
// paginating by itself: the header row repeats on every page, each cell is one drawText at a
// point of the value's toString(). Nothing else: no title block, branding, page numbers, zebra
// stripes, number/date formats, measuring or second pass. The one concession is the column
// named by --elide-column, which is elided to its width so a row stays on the page. Same font
// (DejaVu Sans 9 pt, no shaping), margins, column geometry and row height as ReportRenderer,
// so the PDF engine gets about the same glyphs and pages as from ReportDesk.
//
// render_table runs it as a child process to measure its wall time and peak RSS; it can also be
// run by hand:
//   render_table_reference --database data.sqlite --query "SELECT ..." --column ID=16
//       --column Host=15 ... [--elide-column 7] --out reference.pdf

#include <QCommandLineParser>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextStream>

#include <vector>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Column {
    QString label;
    double x = 0;
    double width = 0;
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bare QPainter table loop on QPdfWriter, for render_table."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"),
                                            QStringLiteral("SQLite file to query."),
                                            QStringLiteral("file"));
    const QCommandLineOption queryOption(QStringLiteral("query"), QStringLiteral("SQL to stream."),
                                         QStringLiteral("sql"));
    const QCommandLineOption columnOption(
        QStringLiteral("column"),
        QStringLiteral("Header label and width weight of the next query column (repeat)."),
        QStringLiteral("label=weight"));
    const QCommandLineOption elideOption(QStringLiteral("elide-column"),
                                         QStringLiteral("0-based column elided to its width."),
                                         QStringLiteral("index"), QStringLiteral("-1"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PDF to write."),
                                       QStringLiteral("file"));
    parser.addOptions({databaseOption, queryOption, columnOption, elideOption, outOption});
    parser.process(app);
    if (!parser.isSet(databaseOption) || !parser.isSet(queryOption) || !parser.isSet(outOption) ||
        parser.values(columnOption).isEmpty()) {
        err() << "--database, --query, --out and at least one --column are required" << Qt::endl;
        return 2;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(parser.value(databaseOption));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        err() << "cannot open the database: " << db.lastError().text() << Qt::endl;
        return 1;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(parser.value(queryOption))) {
        err() << "query failed: " << q.lastError().text() << Qt::endl;
        return 1;
    }

    QPdfWriter writer(parser.value(outOption));
    writer.setTitle(QStringLiteral("render_table reference"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer)) {
        err() << "cannot paint on " << parser.value(outOption) << Qt::endl;
        return 1;
    }
    const double dpi = writer.logicalDpiY();
    auto mm = [dpi](double v) {
        return v * dpi / 25.4;
    };
    const QRect page = writer.pageLayout().paintRectPixels(writer.logicalDpiX());
    const double pad = mm(1.5);

    QFont body(QStringLiteral("DejaVu Sans"));
    body.setStyleHint(QFont::SansSerif);
    body.setStyleStrategy(QFont::PreferNoShaping);
    body.setPointSizeF(9);
    QFont bold = body;
    bold.setBold(true);
    const QFontMetricsF fm(body, &writer);
    const QFontMetricsF bm(bold, &writer);
    const double rowHeight = fm.height() + mm(1.6);
    const double headerHeight = bm.height() + mm(2);

    std::vector<Column> columns;
    double weights = 0;
    for (const QString &spec : parser.values(columnOption)) {
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        Column c;
        c.label = spec.left(eq);
        c.width = eq < 0 ? 1.0 : spec.mid(eq + 1).toDouble();
        weights += c.width;
        columns.push_back(c);
    }
    double x = 0;
    for (Column &c : columns) {
        c.width = page.width() * c.width / weights;
        c.x = x;
        x += c.width;
    }
    const int fields = q.record().count();
    const int elide = parser.value(elideOption).toInt();
    const QColor accent(0x1f, 0x6f, 0xeb);
    const QColor text(0x22, 0x22, 0x22);

    double y = 0;
    auto header = [&] {
        p.fillRect(QRectF(0, y, page.width(), headerHeight), accent);
        p.setFont(bold);
        p.setPen(Qt::white);
        for (const Column &c : columns)
            p.drawText(QPointF(c.x + pad, y + mm(1) + bm.ascent()), c.label);
        y += headerHeight;
        p.setFont(body);
        p.setPen(text);
    };
    header();
    const int shown = std::min(fields, int(columns.size()));
    while (q.next()) {
        if (y + rowHeight > page.height()) {
            writer.newPage();
            y = 0;
            header();
        }
        for (int i = 0; i < shown; ++i) {
            QString cell = q.value(i).toString();
            if (i == elide)
                cell = fm.elidedText(cell, Qt::ElideRight, columns[size_t(i)].width - 2 * pad);
            p.drawText(QPointF(columns[size_t(i)].x + pad, y + mm(0.8) + fm.ascent()), cell);
        }
        y += rowHeight;
    }
    if (q.lastError().isValid()) {
        err() << "query failed: " << q.lastError().text() << Qt::endl;
        return 1;
    }
    return p.end() ? 0 : 1;
}
