// Tests for ReportRenderer: real PDFs from the demo catalog, checked with poppler's pdfinfo and
// pdftotext and with qpdf, the way a reader of the PDF would see them.
#include "PdfTools.h"
#include "TestCatalog.h"
#include "catalog/DemoContent.h"
#include "data/SampleData.h"
#include "data/ScopedConnection.h"
#include "rendering/ReportRenderer.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace reportdesk;
using namespace reportdesk::test;

namespace {

const QDate kAnchor(2025, 3, 10);
const QDateTime kRunInstant(QDate(2025, 3, 10), QTime(9, 30), QTimeZone::utc());

} // namespace

class TestReportRenderer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void weeklyTrafficIsBrandedOnEveryPage();
    void landscapeReportIsLandscape();
    void longTableStreamsEveryRow();
    void zeroRowsSayNoData();
    void longTextPaginates();
    void queryErrorLeavesNoFile();
    void missingDataSourceIsNamed();
    void undefinedVariablesAreListed();
    void unwritableOutputPath();
    void unreadableLogo();
    void hugeCellAndFiftySections();
    void rendersOnWorkerThread();
    void pdfAHasTheSameText();
    void barChartShowsEveryValue();
    void lineChartHasLegendAndAxis();
    void pieFoldsSmallSlicesIntoOther();
    void crowdedBarChartSaysWhatIsLeftOut();
    void chartErrorsNameSectionAndColumn();
    void gridPutsHalfWidthSectionsSideBySide();

private:
    RenderJob job(const QString &reportName) const;
    RenderJob customJob(const QList<Section> &sections) const;
    // Set REPORTDESK_RENDER_TEST_OUT to a folder to keep the PDFs for a look.
    QString out(const QString &name) const
    {
        const QString keep = qEnvironmentVariable("REPORTDESK_RENDER_TEST_OUT");
        return (keep.isEmpty() ? m_catalog->dir() : keep) + QLatin1Char('/') + name;
    }
    void verifyPdf(const QString &path, int *pages);
    QList<QPair<QString, qint64>> sampleRows(const QString &sql) const;

    std::unique_ptr<TestCatalog> m_catalog;
};

void TestReportRenderer::initTestCase()
{
    m_catalog = std::make_unique<TestCatalog>();
    const Status s = DemoContent::seed(
        **m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"), kAnchor);
    QVERIFY2(s, qPrintable(s.error()));
}

RenderJob TestReportRenderer::job(const QString &reportName) const
{
    Catalog &c = **m_catalog;
    const qint64 folder = c.folderIdByPath(QLatin1String(DemoContent::kSamplesFolder)).value();
    RenderJob j;
    j.report = c.report(c.reportIdByName(folder, reportName).value()).value();
    j.branding = c.defaultBranding().value();
    j.dataSources = c.dataSources();
    j.options.runInstant = kRunInstant;
    return j;
}

RenderJob TestReportRenderer::customJob(const QList<Section> &sections) const
{
    RenderJob j = job(QStringLiteral("Weekly traffic"));
    j.report.title = QStringLiteral("Custom report");
    j.report.sections = sections;
    j.report.page.layout = PageOptions::Layout::Simple;
    return j;
}

void TestReportRenderer::verifyPdf(const QString &path, int *pages)
{
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    *pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY(*pages > 0);
    // Branding and the right page number on every page, as text (searchable, copyable).
    const QStringList texts = pdfPageTexts(path);
    QCOMPARE(texts.size(), *pages);
    for (int i = 0; i < texts.size(); ++i) {
        const QString &t = texts.at(i);
        const QString where = QStringLiteral("page %1").arg(i + 1);
        QVERIFY2(t.contains(QStringLiteral("Example Corp operations")), qPrintable(where));
        QVERIFY2(t.contains(QStringLiteral("Confidential: internal use only")), qPrintable(where));
        QVERIFY2(t.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(*pages)),
                 qPrintable(where + QStringLiteral(": ") + t.right(300)));
    }
}

void TestReportRenderer::weeklyTrafficIsBrandedOnEveryPage()
{
    ReportRenderer renderer(job(QStringLiteral("Weekly traffic")));
    const QString path = out(QStringLiteral("weekly.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    QCOMPARE(pages, renderer.pageCount());

    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), QStringLiteral("Web traffic overview"));
    QCOMPARE(pdfInfo(path, QStringLiteral("Creator")), QStringLiteral("ReportDesk"));
    // The author is the report's owner (Qt's engine cannot write one; see PdfMetadata.h).
    QCOMPARE(pdfInfo(path, QStringLiteral("Author")), QStringLiteral("reports@example.com"));
    QVERIFY2(pdfInfo(path, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")),
             qPrintable(pdfInfo(path, QStringLiteral("Page size"))));
    const QStringList size = pdfInfo(path, QStringLiteral("Page size")).split(QLatin1Char(' '));
    QVERIFY(size.at(0).toDouble() < size.at(2).toDouble()); // portrait

    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Web traffic overview")));
    // ${site}, ${from} and ${to} substituted in the description and the Markdown.
    QVERIFY(text.contains(QStringLiteral("Requests, errors and latency for shop.example.com")));
    QVERIFY(text.contains(QStringLiteral("This report covers shop.example.com from 2025-03-03 "
                                         "00:00 to 2025-03-10 00:00")));
    QVERIFY(!text.contains(QStringLiteral("${")));
    // Time range and run instant in the report's time zone (Europe/Berlin, CET in March).
    QVERIFY2(text.contains(QStringLiteral("Period: 2025-03-03 00:00 to 2025-03-10 00:00 "
                                          "(Europe/Berlin)")),
             qPrintable(text.left(800)));
    QVERIFY(text.contains(QStringLiteral("Generated 2025-03-10 10:30")));
    // The busiest-pages table: headers and grouped numbers.
    QVERIFY(text.contains(QStringLiteral("Avg latency")));
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("/products\\s+\\d+\\s+\\d+\\.\\d\\s+\\d{1,3}(,\\d{3})+\\n"))));

    // The footer is a live link: a /URI annotation with the profile's address.
    const QString qdf = out(QStringLiteral("weekly-qdf.pdf"));
    const Tool t =
        runTool(QStringLiteral("qpdf"),
                {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), path, qdf});
    QCOMPARE(t.exitCode, 0);
    const QByteArray raw = test::readFile(qdf);
    QVERIFY(raw.contains("/URI (https://example.com/reports)"));
    QCOMPARE(raw.count("/URI (https://example.com/reports)"), pages);
}

void TestReportRenderer::landscapeReportIsLandscape()
{
    ReportRenderer renderer(job(QStringLiteral("Error digest")));
    const QString path = out(QStringLiteral("errors.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const QString size = pdfInfo(path, QStringLiteral("Page size"));
    QVERIFY2(size.contains(QStringLiteral("(A4)")), qPrintable(size));
    const QStringList wh = size.split(QLatin1Char(' '));
    QVERIFY2(wh.at(0).toDouble() > wh.at(2).toDouble(), qPrintable(size)); // landscape
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Server errors in the last 24 hours")));
}

void TestReportRenderer::longTableStreamsEveryRow()
{
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("All requests");
    table.dataSource = QLatin1String(DemoContent::kDataSourceName);
    table.query = QStringLiteral("SELECT ts, host, service, status, latency_ms, bytes, message"
                                 " FROM web_access_log ORDER BY ts, rowid");
    auto col = [](const char *name, const char *label, const char *format, double w) {
        ColumnFormat c;
        c.column = QLatin1String(name);
        c.label = QLatin1String(label);
        c.format = QLatin1String(format);
        c.widthWeight = w;
        return c;
    };
    table.columns = {col("ts", "Time", "yyyy-MM-dd HH:mm:ss", 1.6),
                     col("host", "Host", "", 0.8),
                     col("service", "Service", "", 1),
                     col("status", "Status", "0", 0.6),
                     col("latency_ms", "Latency", "#,##0.0", 0.8),
                     col("bytes", "Bytes", "#,##0", 0.9),
                     col("message", "Message", "", 2)};

    // The first and the last row, straight from the database.
    QStringList first, last;
    {
        ScopedConnection db(QStringLiteral("QSQLITE"),
                            m_catalog->dir() + QStringLiteral("/sample.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT ts, bytes, message FROM web_access_log"
                                      " ORDER BY ts, rowid LIMIT 1")) &&
                q.next());
        QLocale grouped = QLocale::c();
        grouped.setNumberOptions({});
        first = {q.value(0).toString(), grouped.toString(q.value(1).toLongLong())};
        QVERIFY(q.exec(QStringLiteral("SELECT ts, bytes, message FROM web_access_log"
                                      " ORDER BY ts DESC, rowid DESC LIMIT 1")) &&
                q.next());
        last = {q.value(0).toString(), q.value(1).toString()};
    }
    auto display = [](const QString &iso) {
        return QDateTime::fromString(iso, Qt::ISODate)
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };

    RenderJob j = customJob({table});
    int progressCalls = 0;
    j.options.progress = [&](int step, int steps) {
        ++progressCalls;
        QVERIFY(step <= steps);
    };
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("long.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(progressCalls, 2);
    int pages = 0;
    verifyPdf(path, &pages);
    QVERIFY2(pages > 300, qPrintable(QString::number(pages)));

    const QStringList texts = pdfPageTexts(path);
    // Column headers repeat on every page.
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY2(texts.at(i).contains(QStringLiteral("Latency")), qPrintable(QString::number(i)));
    QVERIFY(texts.first().contains(display(first.at(0))));
    QVERIFY(texts.first().contains(first.at(1)));
    QVERIFY2(texts.last().contains(display(last.at(0))), qPrintable(texts.last()));
    // Every row made it: count the timestamps on all pages.
    const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    qsizetype rows = 0;
    for (const QString &t : texts) {
        for (auto it = stamp.globalMatch(t); it.hasNext(); it.next())
            ++rows;
    }
    QCOMPARE(rows, qsizetype(SampleData::kRowCount));
}

void TestReportRenderer::zeroRowsSayNoData()
{
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("Requests from the future");
    table.dataSource = QLatin1String(DemoContent::kDataSourceName);
    table.query =
        QStringLiteral("SELECT ts, path FROM web_access_log WHERE ts >= :to AND ts < :from");
    ReportRenderer renderer(customJob({table}));
    const QString path = out(QStringLiteral("empty.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    QCOMPARE(pages, 1);
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("Requests from the future")));
    QVERIFY(text.contains(QStringLiteral("No data for this period")));
}

void TestReportRenderer::longTextPaginates()
{
    QStringList paragraphs;
    for (int i = 1; i <= 300; ++i)
        paragraphs.append(QStringLiteral("Paragraph %1 about **${site}**, a line long enough to"
                                         " wrap once or twice on an A4 page in nine point type.")
                              .arg(i));
    Section text;
    text.kind = Section::Kind::Text;
    text.title = QStringLiteral("Notes");
    text.text = paragraphs.join(QStringLiteral("\n\n"));
    Section pageBreak;
    pageBreak.kind = Section::Kind::PageBreak;
    Section after;
    after.kind = Section::Kind::Text;
    after.text = QStringLiteral("After the break.");
    ReportRenderer renderer(customJob({text, pageBreak, after}));
    const QString path = out(QStringLiteral("text.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QStringList texts = pdfPageTexts(path);
    QVERIFY(texts.first().contains(QStringLiteral("Paragraph 1 about shop.example.com")));
    QVERIFY(texts.at(pages - 2).contains(QStringLiteral("Paragraph 300 about")));
    QVERIFY(texts.last().contains(QStringLiteral("After the break.")));
    // No paragraph lost or doubled at a page boundary.
    const QString all = texts.join(QLatin1Char('\n'));
    for (int i = 1; i <= 300; ++i)
        QCOMPARE(all.count(QStringLiteral("Paragraph %1 about").arg(i)), 1);
}

void TestReportRenderer::queryErrorLeavesNoFile()
{
    RenderJob j = job(QStringLiteral("SLA summary"));
    j.report.sections[1].query = QStringLiteral("SELECT service, no_such_column FROM web_access_log"
                                                " WHERE ts >= :from AND ts < :to");
    const QString path = out(QStringLiteral("broken.pdf"));
    {
        ReportRenderer renderer(j);
        const Status s = renderer.renderPdf(path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Service levels, previous month")),
                 qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("section 2 (\"Availability by service\")")),
                 qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("no such column: no_such_column")),
                 qPrintable(s.error()));
        QVERIFY(!QFileInfo::exists(path));
    }
    // An earlier file at the path stays as it was.
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous report");
    }
    ReportRenderer renderer(j);
    QVERIFY(!renderer.renderPdf(path));
    QCOMPARE(test::readFile(path), QByteArray("previous report"));
    QFile::remove(path);
    // ... and no temporary file is left beside it either.
    QCOMPARE(QFileInfo(path).dir().entryList({QStringLiteral("broken*")}, QDir::Files),
             QStringList());
}

void TestReportRenderer::missingDataSourceIsNamed()
{
    RenderJob j = job(QStringLiteral("Country breakdown"));
    j.report.sections[0].dataSource = QStringLiteral("Warehouse");
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("nosource.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("\"Warehouse\"")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("section 1")), qPrintable(s.error()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReportRenderer::undefinedVariablesAreListed()
{
    RenderJob j = job(QStringLiteral("SLA summary"));
    j.report.variables.clear(); // threshold_ms and objective are used but now undefined
    j.report.description += QStringLiteral(" ${team}");
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("novars.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY(!s);
    for (const char *name : {"${objective}", "${threshold_ms}", ":threshold_ms", "${team}"})
        QVERIFY2(s.error().contains(QLatin1String(name)), qPrintable(s.error()));
    QVERIFY(!QFileInfo::exists(path));

    // A variable given on the command line (an override) is enough.
    j.options.variables = {{QStringLiteral("threshold_ms"), QStringLiteral("250")},
                           {QStringLiteral("objective"), QStringLiteral("99.9")},
                           {QStringLiteral("team"), QStringLiteral("SRE")}};
    ReportRenderer fixed(j);
    const Status ok = fixed.renderPdf(path);
    QVERIFY2(ok, qPrintable(ok.error()));
    QVERIFY(pdfPageTexts(path).join(QString()).contains(QStringLiteral("99.9 %")));
}

void TestReportRenderer::unwritableOutputPath()
{
    ReportRenderer renderer(job(QStringLiteral("Country breakdown")));
    const QString path = out(QStringLiteral("no/such/folder/report.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("cannot write")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(path), qPrintable(s.error()));
}

void TestReportRenderer::unreadableLogo()
{
    RenderJob j = job(QStringLiteral("Country breakdown"));
    j.branding.logo = QByteArrayLiteral("\x89PNG but not really");
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("badlogo.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("logo")), qPrintable(s.error()));
    QVERIFY2(s.error().contains(QStringLiteral("\"ReportDesk\"")), qPrintable(s.error()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestReportRenderer::hugeCellAndFiftySections()
{
    // One cell of 100,000 characters between two ordinary rows, then 49 more sections.
    Section huge;
    huge.kind = Section::Kind::Table;
    huge.title = QStringLiteral("Huge cell");
    huge.dataSource = QLatin1String(DemoContent::kDataSourceName);
    huge.query = QStringLiteral("SELECT 1 AS n, 'first row' AS body UNION ALL"
                                " SELECT 2, replace(hex(zeroblob(50000)), '00', 'ab')"
                                " UNION ALL SELECT 3, 'after the huge cell'");
    QList<Section> sections{huge};
    for (int i = 2; i <= 50; ++i) {
        Section s;
        if (i % 2 == 0) {
            s.kind = Section::Kind::Text;
            s.title = QStringLiteral("Text %1").arg(i);
            s.text = QStringLiteral("Section %1 of 50 for ${site}.").arg(i);
        } else {
            s.kind = Section::Kind::Table;
            s.title = QStringLiteral("Table %1").arg(i);
            s.dataSource = QLatin1String(DemoContent::kDataSourceName);
            s.query = QStringLiteral("SELECT service, COUNT(*) AS requests FROM web_access_log"
                                     " WHERE ts >= :from AND ts < :to GROUP BY service");
        }
        sections.append(s);
    }
    ReportRenderer renderer(customJob(sections));
    const QString path = out(QStringLiteral("fifty.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY(text.contains(QStringLiteral("first row")));
    QVERIFY(text.contains(QStringLiteral("after the huge cell")));
    QVERIFY(text.contains(QStringLiteral("ababab")));
    for (int i = 2; i <= 50; ++i)
        QVERIFY2(text.contains(i % 2 == 0
                                   ? QStringLiteral("Section %1 of 50 for shop.example.com").arg(i)
                                   : QStringLiteral("Table %1").arg(i)),
                 qPrintable(QString::number(i)));
}

void TestReportRenderer::rendersOnWorkerThread()
{
    const RenderJob j = job(QStringLiteral("Country breakdown"));
    const QString path = out(QStringLiteral("thread.pdf"));
    Status status = Status::failure(QStringLiteral("did not run"));
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ReportRenderer renderer(j);
        status = renderer.renderPdf(path);
    }));
    thread->start();
    QVERIFY(thread->wait(QDeadlineTimer(120000)));
    QVERIFY2(status, qPrintable(status.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    QVERIFY(pdfPageTexts(path).join(QString()).contains(QStringLiteral("Requests by country")));
}

void TestReportRenderer::pdfAHasTheSameText()
{
    RenderJob j = job(QStringLiteral("Weekly traffic"));
    j.branding.watermarkText = QStringLiteral("DRAFT");
    j.options.pdfA = true;
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("weekly-a.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const Tool meta = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    QVERIFY2(meta.out.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")),
             qPrintable(meta.out.left(2000)));
    QVERIFY2(meta.out.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")),
             qPrintable(meta.out.left(2000)));
    // PDF/A: the XMP and the Info dictionary say the same (author, title, creation date).
    QVERIFY(meta.out.contains(QStringLiteral("<rdf:li>reports@example.com</rdf:li>")));
    QCOMPARE(pdfInfo(path, QStringLiteral("Author")), QStringLiteral("reports@example.com"));
    const QDateTime created = QDateTime::fromString(
        QRegularExpression(QStringLiteral("<xmp:CreateDate>([^<]+)<")).match(meta.out).captured(1),
        Qt::ISODate);
    QVERIFY(created.isValid());
    const Tool isoInfo = runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-isodates"), path});
    QVERIFY2(isoInfo.out.contains(created.toUTC().toString(Qt::ISODate)), qPrintable(isoInfo.out));
    // The watermark sits in light grey across the middle of the page, behind the content.
    const QString prefix = out(QStringLiteral("weekly-a"));
    QCOMPARE(runTool(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-r"),
                      QStringLiteral("30"), QStringLiteral("-singlefile"), path, prefix})
                 .exitCode,
             0);
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    int grey = 0;
    const QRect middle(page.width() / 4, page.height() / 3, page.width() / 2, page.height() / 3);
    for (int y = middle.top(); y <= middle.bottom(); ++y) {
        for (int x = middle.left(); x <= middle.right(); ++x) {
            const int v = qGray(page.pixel(x, y));
            grey += (v > 200 && v < 240) ? 1 : 0;
        }
    }
    QVERIFY2(grey > middle.width() * middle.height() / 50, qPrintable(QString::number(grey)));
}

QTEST_MAIN(TestReportRenderer)
#include "tst_reportrenderer.moc"

namespace {

Section chartSection(Section::ChartType type, const QString &title, const QString &query,
                     const QString &category, const QStringList &series)
{
    Section c;
    c.kind = Section::Kind::Chart;
    c.chartType = type;
    c.title = title;
    c.dataSource = QLatin1String(DemoContent::kDataSourceName);
    c.query = query;
    c.categoryColumn = category;
    c.seriesColumns = series;
    return c;
}

} // namespace

// Label and count of every row of a two-column query on the sample data, whole period.
QList<QPair<QString, qint64>> TestReportRenderer::sampleRows(const QString &sql) const
{
    QList<QPair<QString, qint64>> rows;
    ScopedConnection db(QStringLiteral("QSQLITE"),
                        m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    if (!db.open())
        return rows;
    QSqlQuery q(db.database());
    if (!q.exec(sql))
        return rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong()});
    return rows;
}

void TestReportRenderer::barChartShowsEveryValue()
{
    const QString sql = QStringLiteral("SELECT service, COUNT(*) AS requests FROM web_access_log"
                                       " GROUP BY service ORDER BY service");
    const auto rows = sampleRows(sql);
    QVERIFY(rows.size() >= 4);
    RenderJob j =
        customJob({chartSection(Section::ChartType::Bar, QStringLiteral("By service"), sql,
                                QStringLiteral("service"), {QStringLiteral("requests")})});
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("bar.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY(!text.contains(QStringLiteral("rendered in a later version")));
    QVERIFY(text.contains(QStringLiteral("requests"))); // the legend
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions({});
    for (const auto &[service, count] : rows) {
        QVERIFY2(text.contains(service), qPrintable(service));
        // The value above each bar, as the table would print it.
        QVERIFY2(text.contains(grouped.toString(count)), qPrintable(grouped.toString(count)));
    }
}

void TestReportRenderer::lineChartHasLegendAndAxis()
{
    RenderJob j = job(QStringLiteral("Weekly traffic"));
    j.report.page.layout = PageOptions::Layout::Simple;
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("line.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    // "Requests per day": the legend names both series, the days of the period are on the
    // category axis and the value axis starts at zero.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("requests\\s+errors"))));
    for (int day = 3; day <= 9; ++day)
        QVERIFY2(text.contains(QStringLiteral("2025-03-0%1").arg(day)), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("(^|\\n)\\s*0\\s*\\n"))));
}

void TestReportRenderer::pieFoldsSmallSlicesIntoOther()
{
    const QString sql = QStringLiteral("SELECT path, COUNT(*) AS hits FROM web_access_log"
                                       " GROUP BY path ORDER BY path");
    const auto rows = sampleRows(sql);
    QVERIFY2(rows.size() > 9, qPrintable(QString::number(rows.size())));
    qint64 total = 0;
    for (const auto &r : rows)
        total += r.second;
    RenderJob j = customJob({chartSection(Section::ChartType::Pie, QStringLiteral("By path"), sql,
                                          QStringLiteral("path"), {QStringLiteral("hits")})});
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("pie.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    int pages = 0;
    verifyPdf(path, &pages);
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    // Eight slices and "Other" with the number of categories in it.
    QVERIFY2(text.contains(QStringLiteral("Other (%1)").arg(rows.size() - 8)), qPrintable(text));
    // The legend's shares add up to 100 % (within rounding).
    const QRegularExpression share(QStringLiteral("(\\d+\\.\\d) %"));
    double sum = 0;
    int shares = 0;
    for (auto it = share.globalMatch(text); it.hasNext();) {
        sum += it.next().captured(1).toDouble();
        ++shares;
    }
    QCOMPARE(shares, 9);
    QVERIFY2(qAbs(sum - 100.0) < 0.5, qPrintable(QString::number(sum)));
    // The largest slice comes first, with its exact value.
    auto largest = *std::max_element(
        rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions({});
    QVERIFY2(text.contains(QRegularExpression(QRegularExpression::escape(largest.first) +
                                              QStringLiteral("\\s+") +
                                              grouped.toString(largest.second))),
             qPrintable(text));
}

void TestReportRenderer::crowdedBarChartSaysWhatIsLeftOut()
{
    // 24 * 3 = 72 hourly buckets over three days: more than a bar chart shows.
    const QString sql = QStringLiteral(
        "SELECT substr(ts, 1, 13) AS hour, COUNT(*) AS requests FROM web_access_log"
        " WHERE ts >= '2025-03-01' AND ts < '2025-03-04' GROUP BY hour ORDER BY hour");
    const auto rows = sampleRows(sql);
    QCOMPARE(rows.size(), 72);
    RenderJob j = customJob({chartSection(Section::ChartType::Bar, QStringLiteral("Hourly"), sql,
                                          QStringLiteral("hour"), {QStringLiteral("requests")})});
    ReportRenderer renderer(j);
    const QString path = out(QStringLiteral("crowded.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    const QString text = pdfPageTexts(path).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("12 more categories not shown")), qPrintable(text));
}

void TestReportRenderer::chartErrorsNameSectionAndColumn()
{
    const QString sql = QStringLiteral("SELECT service, COUNT(*) AS requests, 'n/a' AS note"
                                       " FROM web_access_log GROUP BY service");
    struct Case {
        QString category;
        QStringList series;
        QString expected;
    };
    const QList<Case> cases{
        {QStringLiteral("team"), {QStringLiteral("requests")}, QStringLiteral("no column team")},
        {QStringLiteral("service"),
         {QStringLiteral("requests"), QStringLiteral("latency")},
         QStringLiteral("no column latency")},
        {QStringLiteral("service"),
         {QStringLiteral("note")},
         QStringLiteral("the column note has the value \"n/a\", which is not a number")},
    };
    for (const Case &c : cases) {
        RenderJob j = customJob({chartSection(Section::ChartType::Line, QStringLiteral("Broken"),
                                              sql, c.category, c.series)});
        ReportRenderer renderer(j);
        const QString path = out(QStringLiteral("broken-chart.pdf"));
        QFile::remove(path);
        const Status s = renderer.renderPdf(path);
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Custom report")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QStringLiteral("section 1 (\"Broken\")")),
                 qPrintable(s.error()));
        QVERIFY2(s.error().contains(c.expected), qPrintable(s.error()));
        QVERIFY(!QFile::exists(path));
    }

    // No rows is not an error: the chart says so.
    RenderJob empty = customJob({chartSection(
        Section::ChartType::Bar, QStringLiteral("Nothing"),
        QStringLiteral("SELECT service, COUNT(*) AS n FROM web_access_log WHERE ts >= :to"
                       " AND ts < :from GROUP BY service"),
        QStringLiteral("service"), {})});
    ReportRenderer renderer(empty);
    const QString path = out(QStringLiteral("empty-chart.pdf"));
    const Status s = renderer.renderPdf(path);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY(pdfPageTexts(path).join(QString()).contains(QStringLiteral("No data for this period")));
}

void TestReportRenderer::gridPutsHalfWidthSectionsSideBySide()
{
    // "Requests by service" and "Traffic by country" are half-width charts in a grid report.
    const QRegularExpression sameLine(QStringLiteral("Requests by service[ ]+Traffic by country"));
    RenderJob grid = job(QStringLiteral("Weekly traffic"));
    QCOMPARE(grid.report.page.layout, PageOptions::Layout::Grid);
    ReportRenderer gridRenderer(grid);
    const QString gridPath = out(QStringLiteral("grid.pdf"));
    Status s = gridRenderer.renderPdf(gridPath);
    QVERIFY2(s, qPrintable(s.error()));
    QVERIFY2(sameLine.match(pdfPageTexts(gridPath).join(QString())).hasMatch(),
             qPrintable(pdfPageTexts(gridPath).join(QString())));

    // The same report in the simple layout stacks them.
    RenderJob simple = grid;
    simple.report.page.layout = PageOptions::Layout::Simple;
    ReportRenderer simpleRenderer(simple);
    const QString simplePath = out(QStringLiteral("simple.pdf"));
    s = simpleRenderer.renderPdf(simplePath);
    QVERIFY2(s, qPrintable(s.error()));
    const QString simpleText = pdfPageTexts(simplePath).join(QString());
    QVERIFY(!sameLine.match(simpleText).hasMatch());
    QVERIFY(simpleText.contains(QStringLiteral("Traffic by country")));
    QVERIFY(simpleRenderer.pageCount() >= gridRenderer.pageCount());

    // A half-width table too long for one page does not sit beside anything: it flows on at
    // its own width, and every row is still there.
    Section table;
    table.kind = Section::Kind::Table;
    table.title = QStringLiteral("Long half");
    table.dataSource = QLatin1String(DemoContent::kDataSourceName);
    table.query = QStringLiteral("SELECT ts FROM web_access_log ORDER BY ts LIMIT 300");
    table.widthFraction = 0.5;
    Section side = table;
    side.title = QStringLiteral("Short half");
    side.query = QStringLiteral("SELECT 'only row' AS ts");
    RenderJob mixed = customJob({table, side});
    mixed.report.page.layout = PageOptions::Layout::Grid;
    ReportRenderer mixedRenderer(mixed);
    const QString mixedPath = out(QStringLiteral("grid-long.pdf"));
    s = mixedRenderer.renderPdf(mixedPath);
    QVERIFY2(s, qPrintable(s.error()));
    const QString mixedText = pdfPageTexts(mixedPath).join(QString());
    QVERIFY(!mixedText.contains(QRegularExpression(QStringLiteral("Long half[ ]+Short half"))));
    QCOMPARE(mixedText.count(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d"))) -
                 mixedText.count(QStringLiteral("Period: ")) * 3,
             300);
    QVERIFY(mixedText.contains(QStringLiteral("only row")));
}
