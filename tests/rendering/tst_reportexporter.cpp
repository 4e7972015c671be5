// Tests for ReportExporter: CSV compared cell by cell with the query run here with the same
// bindings, RFC 4180 and formula neutralising byte by byte; PNG pages against the PDF (pdfinfo
// for the page count and size, pdftoppm for what the page shows); atomic output on failure.
#include "PdfTools.h"
#include "TestCatalog.h"
#include "catalog/DemoContent.h"
#include "data/QueryRunner.h"
#include "data/ScopedConnection.h"
#include "rendering/CsvWriter.h"
#include "rendering/ReportExporter.h"
#include "rendering/ReportRenderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace reportdesk;
using namespace reportdesk::test;

namespace {

const QDate kAnchor(2025, 3, 10);
const QDateTime kRunInstant(QDate(2025, 3, 10), QTime(9, 30), QTimeZone::utc());

// "595.276 x 841.89 pts (A4)" -> points
QSizeF pdfPageSize(const QString &path)
{
    const QStringList parts = pdfInfo(path, QStringLiteral("Page size")).split(QLatin1Char(' '));
    if (parts.size() < 3)
        return {};
    return {parts.at(0).toDouble(), parts.at(2).toDouble()};
}

struct Field {
    QString text;
    bool quoted = false;
    friend bool operator==(const Field &a, const Field &b)
    {
        return a.text == b.text && a.quoted == b.quoted;
    }
};
using Record = QList<Field>;

// A strict RFC 4180 reader written independently of CsvWriter: records end in CRLF (a bare CR
// or LF outside quotes is an error), quoted fields double their quotes.
QList<Record> parseCsv(const QByteArray &bytes, QString *error)
{
    QList<Record> records;
    const QString s = QString::fromUtf8(bytes);
    Record record;
    Field field;
    qsizetype i = 0;
    bool fieldStarted = false;
    auto endField = [&] {
        record.append(field);
        field = {};
        fieldStarted = false;
    };
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (!fieldStarted && c == QLatin1Char('"')) {
            field.quoted = true;
            fieldStarted = true;
            ++i;
            for (;;) {
                if (i >= s.size()) {
                    *error = QStringLiteral("unterminated quote");
                    return {};
                }
                if (s.at(i) == QLatin1Char('"')) {
                    if (i + 1 < s.size() && s.at(i + 1) == QLatin1Char('"')) {
                        field.text += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.text += s.at(i++);
            }
            if (i < s.size() && s.at(i) != QLatin1Char(',') && s.at(i) != QLatin1Char('\r')) {
                *error = QStringLiteral("text after a closing quote at %1").arg(i);
                return {};
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= s.size() || s.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("bare CR at %1").arg(i);
                return {};
            }
            endField();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            *error = QStringLiteral("bare LF at %1").arg(i);
            return {};
        } else if (c == QLatin1Char('"')) {
            *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
            return {};
        } else {
            field.text += c;
            fieldStarted = true;
            ++i;
        }
    }
    if (fieldStarted || !record.isEmpty()) {
        *error = QStringLiteral("the last record does not end in CRLF");
        return {};
    }
    return records;
}

QStringList texts(const Record &record)
{
    QStringList out;
    for (const Field &f : record)
        out.append(f.text);
    return out;
}

// Every file in `dir`, hidden ones (temporaries) included.
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

Section tableSection(const QString &title, const QString &query, QList<ColumnFormat> columns = {})
{
    Section s;
    s.kind = Section::Kind::Table;
    s.title = title;
    s.dataSource = QLatin1String(DemoContent::kDataSourceName);
    s.query = query;
    s.columns = std::move(columns);
    return s;
}

} // namespace

class TestReportExporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void formatNames();
    void csvEqualsTheQueryRows_data();
    void csvEqualsTheQueryRows();
    void csvQuotesPerRfc4180();
    void csvNeutralisesFormulas();
    void csvSeveralTablesSideBySide();
    void csvWithoutTableIsAnError();
    void csvQueryErrorLeavesNoFile();
    void pngPagesMatchThePdf();
    void pngSizesFollowTheDpi_data();
    void pngSizesFollowTheDpi();
    void pngZeroPadsPageNumbers();
    void pngFailureLeavesNothing();
    void unwritableOutputPath_data();
    void unwritableOutputPath();

private:
    RenderJob job(const QString &reportName) const;
    RenderJob customJob(const QList<Section> &sections) const;
    QString out(const QString &name) const { return m_out->filePath(name); }
    QByteArray csvOf(const QList<Section> &sections, QString *error = nullptr);

    std::unique_ptr<TestCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_out; // a fresh, empty output folder per test
};

void TestReportExporter::initTestCase()
{
    m_catalog = std::make_unique<TestCatalog>();
    const Status s = DemoContent::seed(
        **m_catalog, m_catalog->dir() + QStringLiteral("/sample.sqlite"), kAnchor);
    QVERIFY2(s, qPrintable(s.error()));
}

void TestReportExporter::init()
{
    m_out = std::make_unique<QTemporaryDir>();
    QVERIFY(m_out->isValid());
}

RenderJob TestReportExporter::job(const QString &reportName) const
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

RenderJob TestReportExporter::customJob(const QList<Section> &sections) const
{
    RenderJob j = job(QStringLiteral("Weekly traffic"));
    j.report.title = QStringLiteral("Custom report");
    j.report.sections = sections;
    j.report.page.layout = PageOptions::Layout::Simple;
    return j;
}

QByteArray TestReportExporter::csvOf(const QList<Section> &sections, QString *error)
{
    ReportExporter exporter(customJob(sections));
    const QString path = out(QStringLiteral("custom.csv"));
    const auto outcome = exporter.exportTo(ExportFormat::Csv, path);
    if (!outcome) {
        if (error)
            *error = outcome.error();
        return {};
    }
    return test::readFile(path);
}

void TestReportExporter::formatNames()
{
    for (ExportFormat f : {ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::Png}) {
        ExportFormat parsed = ExportFormat::Pdf;
        const QString name = ReportExporter::formatName(f);
        QVERIFY(ReportExporter::formatFromName(name, &parsed));
        QCOMPARE(parsed, f);
        QVERIFY(ReportExporter::formatFromName(name.toUpper(), &parsed));
        QCOMPARE(parsed, f);
    }
    QCOMPARE(ReportExporter::formatName(ExportFormat::Png), QStringLiteral("png"));
    ExportFormat unchanged = ExportFormat::Csv;
    QVERIFY(!ReportExporter::formatFromName(QStringLiteral("docx"), &unchanged));
    QVERIFY(!ReportExporter::formatFromName(QString(), &unchanged));
    QCOMPARE(unchanged, ExportFormat::Csv);
}

void TestReportExporter::csvEqualsTheQueryRows_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<int>("minimumRows");
    // The demo's table with its own column labels and a subset of the query's columns.
    QTest::newRow("busiest pages") << true << 10;
    // Thousands of rows, every column of the query (no column formats), bound :from and :to.
    QTest::newRow("a week of requests") << false << 3000;
}

void TestReportExporter::csvEqualsTheQueryRows()
{
    QFETCH(bool, demo);
    QFETCH(int, minimumRows);
    RenderJob j = demo ? job(QStringLiteral("Weekly traffic"))
                       : customJob({tableSection(
                             QStringLiteral("All requests"),
                             QStringLiteral("SELECT ts, host, service, method, path, status,"
                                            " latency_ms, bytes, level, country, message"
                                            " FROM web_access_log WHERE ts >= :from AND ts < :to"
                                            " ORDER BY ts, rowid"))});
    const Section *section = nullptr;
    for (const Section &s : std::as_const(j.report.sections)) {
        if (s.kind == Section::Kind::Table)
            section = &s;
    }
    QVERIFY(section);

    ReportExporter exporter(j);
    const QString path = out(QStringLiteral("rows.csv"));
    const auto outcome = exporter.exportTo(ExportFormat::Csv, path);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->files, QStringList{path});
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("rows.csv")});
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF")); // no BOM
    QString error;
    const QList<Record> records = parseCsv(bytes, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The same query with the same bindings, straight through QSqlDatabase.
    ReportRenderer renderer(j);
    QVERIFY(renderer.check());
    const QVariantMap bindings = renderer.bindings();
    QVERIFY(bindings.contains(QStringLiteral("from")));
    ScopedConnection db(QStringLiteral("QSQLITE"),
                        m_catalog->dir() + QStringLiteral("/sample.sqlite"));
    QVERIFY(db.open());
    QSqlQuery q(db.database());
    QVERIFY(q.prepare(section->query));
    for (const QString &name : QueryRunner::placeholders(section->query))
        q.bindValue(QLatin1Char(':') + name, bindings.value(name));
    QVERIFY(q.exec());
    QStringList columns, labels;
    for (const ColumnFormat &c : section->columns) {
        columns.append(c.column);
        labels.append(c.label.isEmpty() ? c.column : c.label);
    }
    if (columns.isEmpty()) {
        for (int i = 0; i < q.record().count(); ++i)
            columns.append(q.record().fieldName(i));
        labels = columns;
    }
    QCOMPARE(texts(records.value(0)), labels); // the PDF's header labels

    qint64 row = 0;
    while (q.next()) {
        ++row;
        QVERIFY2(row < records.size(), "the CSV has fewer rows than the query");
        const Record &record = records.at(row);
        QCOMPARE(record.size(), columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant value = q.value(columns.at(c));
            const Field &cell = record.at(c);
            const QString where =
                QStringLiteral("row %1 column %2: %3").arg(row).arg(columns.at(c), cell.text);
            switch (value.typeId()) {
            case QMetaType::LongLong:
                QCOMPARE(cell.text, QString::number(value.toLongLong()));
                break;
            case QMetaType::Double: {
                bool ok = false;
                QCOMPARE(cell.text.toDouble(&ok), value.toDouble()); // exact: shortest round trip
                QVERIFY2(ok && !cell.text.contains(QLatin1Char('e')), qPrintable(where));
                QVERIFY2(!cell.text.contains(QLatin1Char(',')), qPrintable(where)); // C locale
                break;
            }
            case QMetaType::QString: {
                QString expected = value.toString();
                if (QStringLiteral("=+-@\t\r").contains(expected.left(1)) && !expected.isEmpty())
                    expected.prepend(QLatin1Char('\''));
                QVERIFY2(cell.text == expected, qPrintable(where));
                break;
            }
            default:
                QVERIFY2(false, qPrintable(where + QStringLiteral(" unexpected type ") +
                                           QString::fromLatin1(value.typeName())));
            }
        }
    }
    QCOMPARE(records.size(), row + 1); // header + every row, nothing more
    QVERIFY2(row >= minimumRows, qPrintable(QString::number(row)));
    QCOMPARE(outcome->rows, row);
}

void TestReportExporter::csvQuotesPerRfc4180()
{
    QString error;
    const QByteArray bytes = csvOf(
        {tableSection(
            QStringLiteral("Quoting"),
            QStringLiteral("SELECT 'a,b' AS comma, 'say \"hi\"' AS quote,"
                           " 'line 1' || char(10) || 'line 2' AS lf, 'x' || char(13) || 'y' AS cr,"
                           " 'plain text' AS plain, '' AS empty, NULL AS missing,"
                           " 'Größe 10 €' AS utf8, 3 AS n, 0.1 AS r, 1234567.5 AS big"))},
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray expected =
        "comma,quote,lf,cr,plain,empty,missing,utf8,n,r,big\r\n"
        "\"a,b\",\"say \"\"hi\"\"\",\"line 1\nline 2\",\"x\ry\",plain text,\"\",,"
        "Gr\xC3\xB6\xC3\x9F"
        "e 10 \xE2\x82\xAC,3,0.1,1234567.5\r\n";
    QCOMPARE(bytes, expected);

    // Zero rows: the header alone.
    const QByteArray empty = csvOf({tableSection(
        QStringLiteral("Nothing"), QStringLiteral("SELECT ts, path FROM web_access_log"
                                                  " WHERE ts >= :to AND ts < :from"))});
    QCOMPARE(empty, QByteArray("ts,path\r\n"));
}

void TestReportExporter::csvNeutralisesFormulas()
{
    auto column = [](const char *name, const char *label) {
        ColumnFormat c;
        c.column = QLatin1String(name);
        c.label = QLatin1String(label);
        return c;
    };
    const QByteArray bytes = csvOf({tableSection(
        QStringLiteral("Injection"),
        QStringLiteral("SELECT '=1+2' AS eq, '+SUM(A1:A9)' AS plus, '-2+3' AS minus,"
                       " '@cmd' AS at, char(9) || 'tab' AS tab, char(13) || 'cr' AS cr,"
                       " -5 AS negative, -2.5 AS negative_real, '-' AS dash, 'a=b' AS inner,"
                       " '=HYPERLINK(\"http://x\",\"y\")' AS link"),
        {column("eq", "=Label"), column("plus", "Plus"), column("minus", "Minus"),
         column("at", "At"), column("tab", "Tab"), column("cr", "CR"),
         column("negative", "Negative"), column("negative_real", "Negative real"),
         column("dash", "Dash"), column("inner", "Inner"), column("link", "Link")})});
    const QByteArray expected =
        "'=Label,Plus,Minus,At,Tab,CR,Negative,Negative real,Dash,Inner,Link\r\n"
        "'=1+2,'+SUM(A1:A9),'-2+3,'@cmd,'\ttab,\"'\rcr\",-5,-2.5,'-,a=b,"
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n";
    QCOMPARE(bytes, expected);

    // The rule itself, for text only.
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("=x")), QStringLiteral("'=x"));
    QCOMPARE(CsvWriter::neutralised(QStringLiteral("x=")), QStringLiteral("x="));
    QCOMPARE(CsvWriter::neutralised(QString()), QString());
}

void TestReportExporter::csvSeveralTablesSideBySide()
{
    const QString byService = QStringLiteral("SELECT service, COUNT(*) AS requests FROM"
                                             " web_access_log WHERE ts >= :from AND ts < :to"
                                             " GROUP BY service ORDER BY service");
    Section text;
    text.kind = Section::Kind::Text;
    text.text = QStringLiteral("Not a table.");
    Section chart = tableSection(QStringLiteral("A chart"), byService);
    chart.kind = Section::Kind::Chart;
    chart.categoryColumn = QStringLiteral("service");
    chart.seriesColumns = {QStringLiteral("requests")};
    ReportExporter exporter(
        customJob({text, tableSection(QStringLiteral("Busiest pages"), byService), chart,
                   tableSection(QStringLiteral("Größe & Übersicht (Top 5)"),
                                QStringLiteral("SELECT 1 AS n UNION ALL SELECT 2")),
                   tableSection(QString(), QStringLiteral("SELECT 'x' AS only"))}));
    const QString path = out(QStringLiteral("traffic.csv"));
    const auto outcome = exporter.exportTo(ExportFormat::Csv, path);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    const QStringList names{QStringLiteral("traffic-1-busiest-pages.csv"),
                            QStringLiteral("traffic-2-grosse-ubersicht-top-5.csv"),
                            QStringLiteral("traffic-3-table.csv")};
    QStringList expected;
    for (const QString &name : names)
        expected.append(out(name));
    QCOMPARE(outcome->files, expected);
    QCOMPARE(filesIn(m_out->path()), names); // not traffic.csv itself, no leftovers
    QVERIFY(test::readFile(expected.at(0)).startsWith("service,requests\r\n"));
    QCOMPARE(test::readFile(expected.at(1)), QByteArray("n\r\n1\r\n2\r\n"));
    QCOMPARE(test::readFile(expected.at(2)), QByteArray("only\r\nx\r\n"));
    const qint64 services = test::readFile(expected.at(0)).count("\r\n") - 1;
    QVERIFY(services >= 3);
    QCOMPARE(outcome->rows, services + 3);
}

void TestReportExporter::csvWithoutTableIsAnError()
{
    Section text;
    text.kind = Section::Kind::Text;
    text.text = QStringLiteral("Only text.");
    ReportExporter exporter(customJob({text}));
    const auto outcome = exporter.exportTo(ExportFormat::Csv, out(QStringLiteral("none.csv")));
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QStringLiteral("\"Custom report\"")),
             qPrintable(outcome.error()));
    QVERIFY2(outcome.error().contains(QStringLiteral("no table section")),
             qPrintable(outcome.error()));
    QCOMPARE(filesIn(m_out->path()), QStringList());
}

void TestReportExporter::csvQueryErrorLeavesNoFile()
{
    // The first table is fine and written first; the second fails: neither is left.
    RenderJob j = job(QStringLiteral("SLA summary"));
    j.report.sections.insert(0, tableSection(QStringLiteral("Fine"),
                                             QStringLiteral("SELECT 1 AS n UNION ALL SELECT 2")));
    j.report.sections[2].query = QStringLiteral("SELECT service, no_such_column FROM web_access_log"
                                                " WHERE ts >= :from AND ts < :to");
    ReportExporter exporter(j);
    const auto outcome = exporter.exportTo(ExportFormat::Csv, out(QStringLiteral("sla.csv")));
    QVERIFY(!outcome);
    for (const char *part : {"Service levels, previous month",
                             "section 3 (\"Availability by "
                             "service\")",
                             "no such column: no_such_column"})
        QVERIFY2(outcome.error().contains(QLatin1String(part)), qPrintable(outcome.error()));
    QCOMPARE(filesIn(m_out->path()), QStringList());

    // One table failing: an earlier file at the path stays as it was, nothing else appears.
    RenderJob single = job(QStringLiteral("SLA summary"));
    single.report.sections[1].query = j.report.sections.at(2).query;
    const QString path = out(QStringLiteral("previous.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
    }
    QVERIFY(!ReportExporter(single).exportTo(ExportFormat::Csv, path));
    QCOMPARE(test::readFile(path), QByteArray("previous export"));
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("previous.csv")});

    // A failure while streaming rows (after the header is written) is caught too.
    QString error;
    QVERIFY(csvOf({tableSection(QStringLiteral("Fails late"),
                                QStringLiteral("SELECT 1 AS n UNION ALL"
                                               " SELECT abs(-9223372036854775807 - 1)"))},
                  &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("integer overflow")), qPrintable(error));
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("previous.csv")});
}

void TestReportExporter::pngPagesMatchThePdf()
{
    const RenderJob j = job(QStringLiteral("Weekly traffic"));
    const QString pdf = out(QStringLiteral("weekly.pdf"));
    const auto pdfOutcome = ReportExporter(j).exportTo(ExportFormat::Pdf, pdf);
    QVERIFY2(pdfOutcome, qPrintable(pdfOutcome.error()));
    QCOMPARE(pdfOutcome->files, QStringList{pdf});
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    QVERIFY(pages >= 1);
    QCOMPARE(pdfOutcome->pages, pages);

    const auto outcome =
        ReportExporter(j).exportTo(ExportFormat::Png, out(QStringLiteral("weekly.png")), {72});
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->pages, pages);
    QCOMPARE(outcome->files.size(), pages);
    for (int page = 1; page <= pages; ++page) {
        const QString png = outcome->files.at(page - 1);
        QCOMPARE(png, out(QStringLiteral("weekly-%1.png").arg(page)));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(!image.hasAlphaChannel());
        QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255)); // paper is white

        // What poppler shows for the same page at the same size: nearly the same pixels.
        const QString prefix = out(QStringLiteral("poppler-%1").arg(page));
        const Tool t =
            runTool(QStringLiteral("pdftoppm"),
                    {QStringLiteral("-png"), QStringLiteral("-gray"), QStringLiteral("-f"),
                     QString::number(page), QStringLiteral("-l"), QString::number(page),
                     QStringLiteral("-scale-to-x"), QString::number(image.width()),
                     QStringLiteral("-scale-to-y"), QString::number(image.height()),
                     QStringLiteral("-singlefile"), pdf, prefix});
        QCOMPARE(t.exitCode, 0);
        const QImage poppler(prefix + QStringLiteral(".png"));
        QCOMPARE(poppler.size(), image.size());
        double difference = 0;
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int ours = qGray(image.pixel(x, y));
                difference += std::abs(ours - qGray(poppler.pixel(x, y)));
                ink += ours < 128;
            }
        }
        difference /= double(image.width()) * image.height();
        QVERIFY2(ink > image.width() * image.height() / 200,
                 qPrintable(QString::number(ink))); // not blank
        QVERIFY2(
            difference < 6,
            qPrintable(QStringLiteral("page %1: mean difference %2").arg(page).arg(difference)));
    }
}

void TestReportExporter::pngSizesFollowTheDpi_data()
{
    QTest::addColumn<QString>("report");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("A4 portrait, 110 dpi") << QStringLiteral("Country breakdown") << 110 << false;
    QTest::newRow("A4 portrait, 150 dpi") << QStringLiteral("Country breakdown") << 150 << false;
    QTest::newRow("A4 landscape, 110 dpi") << QStringLiteral("Error digest") << 110 << true;
    QTest::newRow("A4 landscape, 36 dpi") << QStringLiteral("Error digest") << 36 << true;
}

void TestReportExporter::pngSizesFollowTheDpi()
{
    QFETCH(QString, report);
    QFETCH(int, dpi);
    QFETCH(bool, landscape);
    const RenderJob j = job(report);
    const QString pdf = out(QStringLiteral("page.pdf"));
    QVERIFY(ReportExporter(j).exportTo(ExportFormat::Pdf, pdf));
    const QSizeF points = pdfPageSize(pdf);
    QCOMPARE(points.width() > points.height(), landscape);

    ExportOptions options;
    options.dpi = dpi;
    const auto outcome =
        ReportExporter(j).exportTo(ExportFormat::Png, out(QStringLiteral("page.png")), options);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->pages, pdfInfo(pdf, QStringLiteral("Pages")).toInt());
    const QSize expected(qRound(points.width() * dpi / 72), qRound(points.height() * dpi / 72));
    if (dpi == 110) // A4 at 110 dpi, as a reader would work it out
        QCOMPARE(expected, landscape ? QSize(1286, 909) : QSize(909, 1286));
    for (const QString &file : outcome->files) {
        QImageReader reader(file);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), expected);
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    }
}

void TestReportExporter::pngZeroPadsPageNumbers()
{
    // Enough rows for ten pages or more; a small dpi keeps it quick.
    RenderJob j = customJob({tableSection(
        QStringLiteral("Requests"),
        QStringLiteral("SELECT ts, host, path FROM web_access_log ORDER BY ts LIMIT 700"))});
    ExportOptions options;
    options.dpi = 20;
    const auto outcome =
        ReportExporter(j).exportTo(ExportFormat::Png, out(QStringLiteral("long.png")), options);
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QVERIFY2(outcome->pages >= 10 && outcome->pages < 100,
             qPrintable(QString::number(outcome->pages)));
    QStringList names;
    for (int page = 1; page <= outcome->pages; ++page)
        names.append(QStringLiteral("long-%1.png").arg(page, 2, 10, QLatin1Char('0')));
    QCOMPARE(filesIn(m_out->path()), names);
    QCOMPARE(QFileInfo(outcome->files.first()).fileName(), QStringLiteral("long-01.png"));
}

void TestReportExporter::pngFailureLeavesNothing()
{
    const RenderJob j = job(QStringLiteral("Weekly traffic"));
    // Page 2's name is taken by a folder: page 1 was already written (to a temporary) and must
    // not be left behind; the old page 1 stays as it was.
    QVERIFY(QDir(m_out->path()).mkdir(QStringLiteral("weekly-2.png")));
    {
        QFile old(out(QStringLiteral("weekly-1.png")));
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous page");
    }
    const auto outcome =
        ReportExporter(j).exportTo(ExportFormat::Png, out(QStringLiteral("weekly.png")), {30});
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QStringLiteral("weekly-2.png")), qPrintable(outcome.error()));
    QCOMPARE(test::readFile(out(QStringLiteral("weekly-1.png"))), QByteArray("previous page"));
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("weekly-1.png")});

    // A query error: no page at all.
    RenderJob broken = j;
    for (Section &s : broken.report.sections) {
        if (s.kind == Section::Kind::Table)
            s.query = QStringLiteral("SELECT nope FROM web_access_log");
    }
    const auto failed =
        ReportExporter(broken).exportTo(ExportFormat::Png, out(QStringLiteral("b.png")));
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("no such column: nope")),
             qPrintable(failed.error()));
    QCOMPARE(filesIn(m_out->path()), QStringList{QStringLiteral("weekly-1.png")});

    // A resolution out of range is refused before anything is rendered.
    const auto tooFine =
        ReportExporter(j).exportTo(ExportFormat::Png, out(QStringLiteral("c.png")), {5000});
    QVERIFY(!tooFine);
    QVERIFY2(tooFine.error().contains(QStringLiteral("5000 dpi")), qPrintable(tooFine.error()));
}

void TestReportExporter::unwritableOutputPath_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("pdf") << ExportFormat::Pdf;
    QTest::newRow("csv") << ExportFormat::Csv;
    QTest::newRow("png") << ExportFormat::Png;
}

void TestReportExporter::unwritableOutputPath()
{
    QFETCH(ExportFormat, format);
    const RenderJob j = job(QStringLiteral("Country breakdown"));
    const QString path =
        out(QStringLiteral("no/such/folder/report.") + ReportExporter::formatName(format));
    const auto outcome = ReportExporter(j).exportTo(format, path);
    QVERIFY(!outcome);
    QVERIFY2(outcome.error().contains(QStringLiteral("cannot write")), qPrintable(outcome.error()));
    QVERIFY2(outcome.error().contains(out(QStringLiteral("no/such/folder"))),
             qPrintable(outcome.error()));
    QCOMPARE(filesIn(m_out->path()), QStringList());

    // A folder is not a file name.
    const auto folder = ReportExporter(j).exportTo(format, m_out->path());
    QVERIFY(!folder);
    QVERIFY2(folder.error().contains(QStringLiteral("is a folder")), qPrintable(folder.error()));
    QCOMPARE(filesIn(m_out->path()), QStringList());
}

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
