#include "TestCatalog.h"

#include <QJsonArray>

#include <QFile>
#include <QTest>

namespace reportdesk::test {

TestCatalog::TestCatalog()
    : m_path(m_dir.filePath(QStringLiteral("catalog.sqlite")))
{
    reopen();
}

void TestCatalog::reopen()
{
    m_catalog.reset();
    QString error;
    m_catalog = Catalog::openSqlite(m_path, &error);
    if (!m_catalog)
        qFatal("cannot open test catalog: %s", qPrintable(error));
}

Folder TestCatalog::addFolder(const QString &name, qint64 parentId)
{
    const auto f = m_catalog->createFolder(parentId, name);
    if (!f)
        qFatal("cannot create folder: %s", qPrintable(f.error()));
    return f.value();
}

Report TestCatalog::addReport(qint64 folderId, const QString &name)
{
    Report r;
    r.folderId = folderId;
    r.name = name;
    r.title = name + QStringLiteral(" title");
    const auto saved = m_catalog->saveReport(r);
    if (!saved)
        qFatal("cannot save report: %s", qPrintable(saved.error()));
    return saved.value();
}

Report fullyPopulatedReport(qint64 folderId)
{
    Report r;
    r.folderId = folderId;
    r.name = QStringLiteral("Everything");
    r.title = QStringLiteral("Every field — ümlauts, 中文");
    r.description = QStringLiteral("A description\nover two lines");
    r.message = QStringLiteral("Hello ${team},\nsee attached.");
    r.owner = QStringLiteral("owner@example.com");
    r.enabled = false;
    r.tags = {QStringLiteral("alpha"), QStringLiteral("beta")};
    Section text;
    text.kind = Section::Kind::Text;
    text.title = QStringLiteral("Intro");
    text.text = QStringLiteral("# Heading\n\nHello ${team} from ${from} to ${to}.");
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("Rows");
    table.dataSource = QStringLiteral("Sample web logs");
    table.query = QStringLiteral("SELECT host, status FROM web_access_log WHERE ts >= :from");
    ColumnFormat c1;
    c1.column = QStringLiteral("host");
    c1.label = QStringLiteral("Host");
    c1.align = ColumnFormat::Align::Left;
    c1.overflow = ColumnFormat::Overflow::Elide;
    c1.widthWeight = 2.5;
    ColumnFormat c2;
    c2.column = QStringLiteral("status");
    c2.format = QStringLiteral("0");
    c2.align = ColumnFormat::Align::Right;
    table.columns = {c1, c2};
    table.widthFraction = 0.5;
    Section chart;
    chart.kind = Section::Kind::Chart;
    chart.chartType = Section::ChartType::Pie;
    chart.dataSource = QStringLiteral("Sample web logs");
    chart.query = QStringLiteral("SELECT service, COUNT(*) AS n FROM web_access_log GROUP BY 1");
    chart.categoryColumn = QStringLiteral("service");
    chart.seriesColumns = {QStringLiteral("n")};
    Section image;
    image.kind = Section::Kind::Image;
    image.imageName = QStringLiteral("dot.png");
    image.imageData = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQ"
                                             "VR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    Section pageBreak;
    pageBreak.kind = Section::Kind::PageBreak;
    r.sections = {text, table, chart, image, pageBreak};
    r.page.size = QStringLiteral("Letter");
    r.page.orientation = PageOptions::Orientation::Landscape;
    r.page.layout = PageOptions::Layout::Grid;
    r.page.marginsMm = QMarginsF(10, 12, 14, 16);
    r.formats = {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("png")};
    r.timeRange = {QStringLiteral("now-1M/M"), QStringLiteral("now/M")};
    r.timeZone = QStringLiteral("Europe/Berlin");
    r.variables = {{QStringLiteral("team"), QStringLiteral("SRE")},
                   {QStringLiteral("limit"), QStringLiteral("10")}};
    r.schedule = QJsonObject{{QStringLiteral("frequency"), QStringLiteral("weekly")},
                             {QStringLiteral("weekdays"), QJsonArray{1, 3}},
                             {QStringLiteral("time"), QStringLiteral("08:00")},
                             {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}};
    r.delivery = QJsonObject{{QStringLiteral("recipients"), QStringLiteral("a@example.com")}};
    return r;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace reportdesk::test
