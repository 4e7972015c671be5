#include "ReportRenderer.h"

#include "data/QueryRunner.h"
#include "data/ScopedConnection.h"
#include "rendering/CellFormatter.h"
#include "rendering/ChartPainter.h"
#include "rendering/PdfMetadata.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <memory>

Q_LOGGING_CATEGORY(lcRendering, "reportdesk.core.rendering")

namespace reportdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reportdesk::ReportRenderer", text);
}

const QRegularExpression &variablePattern()
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return re;
}

QPageSize pageSize(const QString &name)
{
    static const QHash<QString, QPageSize::PageSizeId> sizes{
        {QStringLiteral("A3"), QPageSize::A3},
        {QStringLiteral("A4"), QPageSize::A4},
        {QStringLiteral("A5"), QPageSize::A5},
        {QStringLiteral("Letter"), QPageSize::Letter},
        {QStringLiteral("Legal"), QPageSize::Legal},
        {QStringLiteral("Tabloid"), QPageSize::Tabloid},
    };
    return QPageSize(sizes.value(name, QPageSize::A4));
}

// An opaque blend of `color` into white: transparency is not allowed in PDF/A-1b.
QColor tint(const QColor &color, double amount)
{
    return QColor::fromRgbF(float(1.0 - (1.0 - color.redF()) * amount),
                            float(1.0 - (1.0 - color.greenF()) * amount),
                            float(1.0 - (1.0 - color.blueF()) * amount));
}

} // namespace

// One pass over the report. The layout pass (painting = false) runs exactly the same flow code
// as the paint pass but draws nothing, so both agree on every page break by construction.
class RenderPass {
public:
    // lupdate files strings used in here under this class's own context.
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("reportdesk::RenderPass", text);
    }
    RenderPass(ReportRenderer &renderer, QPagedPaintDevice &device, QPainter &painter);
    Status run(bool painting, int pageCount);
    int pages() const { return m_page; }

private:
    struct Column {
        int field = -1; // index in the query's record
        QString label;
        ColumnFormat format;
        CellFormatter formatter;
        bool right = false;
        double x = 0;
        double width = 0;
    };
    struct TableState {
        QList<Column> columns;
        double headerHeight = 0;
    };

    double mm(double v) const { return v * m_dpi / 25.4; }
    double pt(double v) const { return v * m_dpi / 72.0; }
    double cellPad() const { return mm(1.5); } // left and right of every table cell
    bool cancelled() const;
    Status sectionFailure(int index, const QString &message) const;

    void beginPage();
    double space() const { return m_content.bottom() - m_y; }
    bool atTop() const { return m_y <= m_content.top() + 0.01; }
    void need(double height);
    void drawPageFrame();
    void drawWatermark();

    double wrappedHeight(const QFont &font, const QString &text, double width) const;
    void drawWrapped(const QFont &font, const QColor &color, const QString &text, double width,
                     int flags = Qt::AlignLeft);
    void titleBlock();
    double sectionTitleHeight(const Section &section) const;
    void sectionTitle(const Section &section);
    Status textSection(const Section &section);
    Status tableSection(int index, const Section &section);
    Status imageSection(int index, const Section &section);
    Status chartSection(int index, const Section &section);
    Result<ChartData> chartData(int index, const Section &section);
    void placeholderSection(const Section &section, const QString &note);
    void noData(const Section &section);
    Status section(int index);
    Status gridRow(int first, int end);
    double measure(int index, const QRectF &column);
    QRectF column(double left, double width) const;

    std::unique_ptr<TableState> tableColumns(const Section &section, const QSqlRecord &record,
                                             QString *error) const;
    void tableHeader(const TableState &table);
    double rowHeight(const TableState &table, const QStringList &cells) const;
    void tableRow(const TableState &table, const QStringList &cells, double height, bool stripe);
    Result<QSqlDatabase> database(const QString &name);

    ReportRenderer &m_r;
    const Report &m_report;
    const BrandingProfile &m_brand;
    QPagedPaintDevice &m_device;
    QPainter &m_p;
    bool m_painting = false;
    bool m_measuring = false; // sizing a grid cell: stop at the first page break
    int m_page = 0;
    int m_pageCount = 0;
    double m_dpi = 72;
    QRectF m_paintRect;   // inside the margins, in device units from the painter's origin
    QRectF m_content;     // between the header and footer bands (a grid cell: its column)
    QRectF m_fullContent; // the whole width between the bands
    double m_y = 0;
    QColor m_accent;
    QImage m_logo;
    QFont m_body, m_bold, m_small, m_title, m_heading, m_watermark;
    std::map<QString, std::unique_ptr<ScopedConnection>> *m_connections = nullptr;

public:
    void setConnections(std::map<QString, std::unique_ptr<ScopedConnection>> *c)
    {
        m_connections = c;
    }
};

RenderPass::RenderPass(ReportRenderer &renderer, QPagedPaintDevice &device, QPainter &painter)
    : m_r(renderer)
    , m_report(renderer.m_job.report)
    , m_brand(renderer.m_job.branding)
    , m_device(device)
    , m_p(painter)
{
    m_dpi = device.logicalDpiY();
    const QRect full = device.pageLayout().paintRectPixels(device.logicalDpiX());
    m_paintRect = QRectF(0, 0, full.width(), full.height());
    m_accent = QColor(m_brand.accentColor);
    if (!m_accent.isValid())
        m_accent = QColor(0x1f, 0x6f, 0xeb);
    if (!m_brand.logo.isEmpty())
        m_logo = QImage::fromData(m_brand.logo);

    QFont base(m_brand.fontFamily.isEmpty() ? QStringLiteral("DejaVu Sans") : m_brand.fontFamily);
    base.setStyleHint(QFont::SansSerif);
    // No ligatures: "ﬁ" in a PDF copies and searches badly. Latin text needs no shaping anyway,
    // and skipping it makes long tables faster.
    base.setStyleStrategy(QFont::PreferNoShaping);
    m_body = base;
    m_body.setPointSizeF(9);
    m_bold = m_body;
    m_bold.setBold(true);
    m_small = base;
    m_small.setPointSizeF(7.5);
    m_title = base;
    m_title.setPointSizeF(18);
    m_title.setBold(true);
    m_heading = base;
    m_heading.setPointSizeF(12);
    m_heading.setBold(true);
    m_watermark = base;
    m_watermark.setPointSizeF(64);
    m_watermark.setBold(true);

    // Header band: logo (or a line of header text) and a rule; footer band: a rule and one line.
    const double headerBand = std::max(mm(10), QFontMetricsF(m_small, &device).height()) + mm(4);
    const double footerBand = QFontMetricsF(m_small, &device).height() + mm(4);
    m_content = m_paintRect.adjusted(0, headerBand, 0, -footerBand);
    m_fullContent = m_content;
}

bool RenderPass::cancelled() const
{
    const auto *flag = m_r.m_job.options.cancel;
    return flag && flag->load(std::memory_order_relaxed);
}

Status RenderPass::sectionFailure(int index, const QString &message) const
{
    const Section &s = m_report.sections.at(index);
    const QString where = s.title.isEmpty() ? tr("section %1").arg(index + 1)
                                            : tr("section %1 (\"%2\")").arg(index + 1).arg(s.title);
    return Status::failure(m_r.failure(tr("%1: %2").arg(where, message)));
}

void RenderPass::beginPage()
{
    if (m_page > 0 && m_painting)
        m_device.newPage();
    ++m_page;
    m_y = m_content.top();
    if (m_painting)
        drawPageFrame();
}

void RenderPass::need(double height)
{
    if (height > space() && !atTop())
        beginPage();
}

void RenderPass::drawWatermark()
{
    if (m_brand.watermarkText.trimmed().isEmpty())
        return;
    m_p.save();
    const QPointF centre = m_paintRect.center();
    const double angle = -qRadiansToDegrees(std::atan2(m_paintRect.height(), m_paintRect.width()));
    m_p.translate(centre);
    m_p.rotate(angle);
    QFont font = m_watermark;
    const double diagonal = std::hypot(m_paintRect.width(), m_paintRect.height());
    const double advance = QFontMetricsF(font, &m_device).horizontalAdvance(m_brand.watermarkText);
    if (advance > diagonal * 0.7)
        font.setPointSizeF(font.pointSizeF() * diagonal * 0.7 / advance);
    m_p.setFont(font);
    m_p.setPen(QColor(0xe4, 0xe4, 0xe4));
    const QRectF box(-diagonal / 2, -diagonal / 4, diagonal, diagonal / 2);
    m_p.drawText(box, Qt::AlignCenter, m_brand.watermarkText);
    m_p.restore();
}

void RenderPass::drawPageFrame()
{
    drawWatermark();
    m_p.save();
    const QFontMetricsF small(m_small, &m_device);
    // Header: logo on the left, header text on the right, an accent rule below.
    const double bandBottom = m_content.top() - mm(3);
    double logoRight = m_paintRect.left();
    if (!m_logo.isNull()) {
        const double h = mm(10);
        double w = h * m_logo.width() / std::max(1, m_logo.height());
        double drawH = h;
        if (w > mm(50)) { // a very wide logo keeps its aspect inside 50 mm
            drawH = h * mm(50) / w;
            w = mm(50);
        }
        const QRectF target(m_paintRect.left(), bandBottom - mm(1) - drawH, w, drawH);
        m_p.drawImage(target, m_logo);
        logoRight = target.right() + mm(4);
    }
    if (!m_brand.headerText.isEmpty()) {
        m_p.setFont(m_small);
        m_p.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF box(logoRight, bandBottom - mm(1) - small.height(),
                         m_paintRect.right() - logoRight, small.height());
        m_p.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                     small.elidedText(m_brand.headerText, Qt::ElideRight, box.width()));
    }
    m_p.setPen(QPen(m_accent, pt(0.8)));
    m_p.drawLine(QPointF(m_paintRect.left(), bandBottom), QPointF(m_paintRect.right(), bandBottom));

    // Footer: a thin rule, the footer text (a live link when the profile has one), page N of M.
    const double ruleY = m_content.bottom() + mm(2);
    m_p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pt(0.5)));
    m_p.drawLine(QPointF(m_paintRect.left(), ruleY), QPointF(m_paintRect.right(), ruleY));
    const QRectF line(m_paintRect.left(), ruleY + mm(1), m_paintRect.width(), small.height());
    const QString pageText = m_brand.formatPageNumber(m_page, m_pageCount);
    const double pageWidth = small.horizontalAdvance(pageText) + mm(4);
    m_p.setFont(m_small);
    m_p.setPen(QColor(0x44, 0x44, 0x44));
    m_p.drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
    if (!m_brand.footerText.isEmpty()) {
        const QString footer =
            small.elidedText(m_brand.footerText, Qt::ElideRight, line.width() - pageWidth);
        if (m_brand.footerLink.isEmpty()) {
            m_p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, footer);
        } else {
            // An anchor drawn through QTextDocument becomes a /URI link annotation in Qt's PDF
            // engine; a plain drawText would not be clickable.
            QTextDocument doc;
            doc.documentLayout()->setPaintDevice(&m_device);
            doc.setDocumentMargin(0);
            doc.setDefaultFont(m_small);
            doc.setHtml(QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
                            .arg(m_brand.footerLink.toHtmlEscaped(), m_accent.name(),
                                 footer.toHtmlEscaped()));
            m_p.translate(line.left(), line.top() + (line.height() - doc.size().height()) / 2);
            doc.drawContents(&m_p);
        }
    }
    m_p.restore();
}

double RenderPass::wrappedHeight(const QFont &font, const QString &text, double width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF fm(font, &m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap | Qt::TextWrapAnywhere, text)
        .height();
}

void RenderPass::drawWrapped(const QFont &font, const QColor &color, const QString &text,
                             double width, int flags)
{
    const double h = wrappedHeight(font, text, width);
    if (m_painting && !text.isEmpty()) {
        m_p.setFont(font);
        m_p.setPen(color);
        m_p.drawText(QRectF(m_content.left(), m_y, width, h),
                     flags | Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
    }
    m_y += h;
}

void RenderPass::titleBlock()
{
    const double w = m_content.width();
    drawWrapped(m_title, QColor(0x11, 0x11, 0x11), m_report.displayTitle(), w);
    m_y += mm(2);
    const QString description = ReportRenderer::substitute(m_report.description, m_r.m_textVars);
    if (!description.isEmpty()) {
        drawWrapped(m_body, QColor(0x22, 0x22, 0x22), description, w);
        m_y += mm(1.5);
    }
    const QTimeZone zone(m_report.timeZone.toUtf8());
    const QString fmt = QStringLiteral("yyyy-MM-dd HH:mm");
    const QString period =
        tr("Period: %1 to %2 (%3) · Generated %4")
            .arg(m_r.m_from.toTimeZone(zone).toString(fmt), m_r.m_to.toTimeZone(zone).toString(fmt),
                 m_report.timeZone,
                 m_r.m_runInstant.toTimeZone(zone).toString(fmt + QStringLiteral(" t")));
    drawWrapped(m_small, QColor(0x55, 0x55, 0x55), period, w);
    m_y += mm(6);
}

double RenderPass::sectionTitleHeight(const Section &section) const
{
    if (section.title.isEmpty())
        return 0;
    return wrappedHeight(m_heading, section.title, m_content.width()) + mm(2);
}

void RenderPass::sectionTitle(const Section &section)
{
    if (section.title.isEmpty())
        return;
    drawWrapped(m_heading, m_accent.darker(130), section.title, m_content.width());
    m_y += mm(2);
}

Status RenderPass::textSection(const Section &section)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&m_device);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(m_body);
    doc.setMarkdown(ReportRenderer::substitute(section.text, m_r.m_textVars));
    doc.setTextWidth(m_content.width());
    const double total = doc.size().height();

    // Where the document may break: after any line of any block.
    QList<double> breaks;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        const QRectF rect = doc.documentLayout()->blockBoundingRect(b);
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            breaks.append(rect.top() + line.y() + line.height());
        }
    }
    std::sort(breaks.begin(), breaks.end());
    breaks.append(total);

    const double firstLine = breaks.isEmpty() ? total : breaks.first();
    need(sectionTitleHeight(section) + std::min(firstLine, total));
    sectionTitle(section);

    double top = 0;
    while (top < total - 0.01) {
        double bottom = top;
        if (total - top <= space()) {
            bottom = total;
        } else {
            for (double b : std::as_const(breaks)) {
                if (b > top && b - top <= space())
                    bottom = b;
            }
        }
        if (bottom <= top) {
            if (!atTop()) {
                beginPage();
                continue;
            }
            // One line taller than a page: give it the page and clip.
            bottom = *std::upper_bound(breaks.begin(), breaks.end(), top);
            bottom = std::min(bottom, top + space());
        }
        if (m_painting) {
            m_p.save();
            m_p.translate(m_content.left(), m_y - top);
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, top, m_content.width(), bottom - top);
            ctx.palette.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
            m_p.setClipRect(ctx.clip);
            doc.documentLayout()->draw(&m_p, ctx);
            m_p.restore();
        }
        m_y += bottom - top;
        top = bottom;
        if (top < total - 0.01)
            beginPage();
    }
    return {};
}

Result<QSqlDatabase> RenderPass::database(const QString &name)
{
    auto it = m_connections->find(name);
    if (it == m_connections->end()) {
        const auto &sources = m_r.m_job.dataSources;
        const auto source = std::find_if(sources.begin(), sources.end(),
                                         [&](const DataSource &d) { return d.name == name; });
        if (source == sources.end())
            return Result<QSqlDatabase>::failure(
                tr("the data source \"%1\" does not exist").arg(name));
        auto connection =
            std::make_unique<ScopedConnection>(*source, m_r.m_job.passwords.value(name));
        if (!connection->open())
            return Result<QSqlDatabase>::failure(
                tr("cannot connect to \"%1\": %2").arg(name, connection->error()));
        // Both passes read in one transaction, so they see the same rows and agree on pages.
        connection->database().transaction();
        it = m_connections->emplace(name, std::move(connection)).first;
    }
    return it->second->database();
}

std::unique_ptr<RenderPass::TableState>
RenderPass::tableColumns(const Section &section, const QSqlRecord &record, QString *error) const
{
    auto table = std::make_unique<TableState>();
    const QLocale &locale = m_r.m_job.options.locale;
    QList<ColumnFormat> formats = section.columns;
    if (formats.isEmpty()) {
        for (int i = 0; i < record.count(); ++i) {
            ColumnFormat c;
            c.column = record.fieldName(i);
            formats.append(c);
        }
    }
    QStringList missing;
    double weights = 0;
    for (const ColumnFormat &f : std::as_const(formats)) {
        const int field = record.indexOf(f.column);
        if (field < 0) {
            missing.append(f.column);
            continue;
        }
        table->columns.append({field, f.label.isEmpty() ? f.column : f.label, f,
                               CellFormatter(f, locale), f.align == ColumnFormat::Align::Right});
        weights += std::max(0.05, f.widthWeight);
    }
    if (!missing.isEmpty()) {
        *error = tr("the query returns no column %1").arg(missing.join(QStringLiteral(", ")));
        return nullptr;
    }
    double x = m_content.left();
    for (Column &c : table->columns) {
        c.x = x;
        c.width = m_content.width() * std::max(0.05, c.format.widthWeight) / weights;
        x += c.width;
    }
    double header = 0;
    for (const Column &c : std::as_const(table->columns))
        header = std::max(header, wrappedHeight(m_bold, c.label, c.width - 2 * cellPad()));
    table->headerHeight = header + mm(2);
    return table;
}

void RenderPass::tableHeader(const TableState &table)
{
    if (m_painting) {
        m_p.fillRect(QRectF(m_content.left(), m_y, m_content.width(), table.headerHeight),
                     m_accent);
        m_p.setFont(m_bold);
        m_p.setPen(Qt::white);
        for (const Column &c : table.columns) {
            const int align = c.right                                         ? Qt::AlignRight
                              : c.format.align == ColumnFormat::Align::Center ? Qt::AlignHCenter
                                                                              : Qt::AlignLeft;
            m_p.drawText(QRectF(c.x + cellPad(), m_y + mm(1), c.width - 2 * cellPad(),
                                table.headerHeight - mm(2)),
                         align | Qt::AlignBottom | Qt::TextWordWrap, c.label);
        }
    }
    m_y += table.headerHeight;
}

double RenderPass::rowHeight(const TableState &table, const QStringList &cells) const
{
    const QFontMetricsF fm(m_body, &m_device);
    double h = fm.height();
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const Column &c = table.columns.at(i);
        const QString &text = cells.at(i);
        if (c.format.overflow == ColumnFormat::Overflow::Elide || text.isEmpty() ||
            (!text.contains(QLatin1Char('\n')) &&
             fm.horizontalAdvance(text) <= c.width - 2 * cellPad()))
            continue;
        h = std::max(h, wrappedHeight(m_body, text, c.width - 2 * cellPad()));
    }
    // A row never splits across pages; one taller than a page is cut to fit on one.
    return std::min(h + mm(1.6), m_content.height() - table.headerHeight);
}

void RenderPass::tableRow(const TableState &table, const QStringList &cells, double height,
                          bool stripe)
{
    if (m_painting) {
        if (stripe)
            m_p.fillRect(QRectF(m_content.left(), m_y, m_content.width(), height),
                         tint(m_accent, 0.1));
        const QFontMetricsF fm(m_body, &m_device);
        m_p.setFont(m_body);
        m_p.setPen(QColor(0x22, 0x22, 0x22));
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const Column &c = table.columns.at(i);
            QString text = cells.at(i);
            if (text.isEmpty())
                continue;
            const double inner = c.width - 2 * cellPad();
            const bool center = c.format.align == ColumnFormat::Align::Center;
            if (c.format.overflow == ColumnFormat::Overflow::Elide)
                text = fm.elidedText(text.simplified(), Qt::ElideRight, inner);
            const double advance = fm.horizontalAdvance(text);
            if (advance <= inner && !text.contains(QLatin1Char('\n'))) {
                // The common case: one line, drawn at its baseline without a text layout.
                const double x = c.right  ? c.x + cellPad() + inner - advance
                                 : center ? c.x + cellPad() + (inner - advance) / 2
                                          : c.x + cellPad();
                m_p.drawText(QPointF(x, m_y + mm(0.8) + fm.ascent()), text);
            } else {
                const int align = c.right  ? Qt::AlignRight
                                  : center ? Qt::AlignHCenter
                                           : Qt::AlignLeft;
                // Whole lines only: a row cut to fit a page must not end in half a line.
                const double lines =
                    std::max(1.0, std::floor((height - mm(1.6)) / fm.lineSpacing()));
                m_p.drawText(
                    QRectF(c.x + cellPad(), m_y + mm(0.8), inner, lines * fm.lineSpacing()),
                    align | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, text);
            }
        }
    }
    m_y += height;
}

Status RenderPass::tableSection(int index, const Section &section)
{
    const auto db = database(section.dataSource);
    if (!db)
        return sectionFailure(index, db.error());
    QSqlQuery q(db.value());
    if (const QString error = QueryRunner::execBound(q, section.query, m_r.m_bindings);
        !error.isEmpty())
        return sectionFailure(index, error);
    QString error;
    const auto table = tableColumns(section, q.record(), &error);
    if (!table)
        return sectionFailure(index, error);

    auto rowTexts = [&] {
        QStringList cells;
        cells.reserve(table->columns.size());
        for (Column &c : table->columns) {
            const QVariant value = q.value(c.field);
            if (c.format.align == ColumnFormat::Align::Auto && CellFormatter::isNumber(value))
                c.right = true; // the first number decides; the header follows in both passes
            cells.append(c.formatter.format(value));
        }
        return cells;
    };

    if (!q.next()) {
        if (q.lastError().isValid())
            return sectionFailure(index, QueryRunner::errorText(q));
        noData(section);
        return {};
    }
    // The first rows are read ahead so that a title and header never end a page with fewer
    // than three rows under them (or the whole table, when it is shorter).
    struct Pending {
        QStringList cells;
        double height;
    };
    QList<Pending> ahead;
    bool more = true;
    do {
        QStringList cells = rowTexts();
        const double h = rowHeight(*table, cells);
        ahead.append({std::move(cells), h});
        more = q.next();
    } while (more && ahead.size() < 3);
    double start = sectionTitleHeight(section) + table->headerHeight;
    for (const Pending &p : std::as_const(ahead))
        start += p.height;
    need(std::min(start, m_content.height()));
    sectionTitle(section);
    tableHeader(*table);
    qint64 row = 0;
    auto emitRow = [&](const QStringList &cells, double height) {
        if (height > space()) {
            beginPage();
            if (m_measuring)
                return false; // does not fit one page: the caller sees the page break
            tableHeader(*table);
        }
        tableRow(*table, cells, height, row % 2 == 1);
        ++row;
        return true;
    };
    for (const Pending &p : std::as_const(ahead)) {
        if (!emitRow(p.cells, p.height))
            return {};
    }
    while (more) {
        const QStringList cells = rowTexts();
        if (!emitRow(cells, rowHeight(*table, cells)))
            return {};
        if (row % 512 == 0 && cancelled())
            return Status::failure(tr("Rendering was cancelled."));
        more = q.next();
    }
    if (q.lastError().isValid())
        return sectionFailure(index, QueryRunner::errorText(q));
    qCDebug(lcRendering) << "table section" << index + 1 << "rows" << row << "pass painting"
                         << m_painting;
    return {};
}

Status RenderPass::imageSection(int index, const Section &section)
{
    const QImage image = QImage::fromData(section.imageData);
    if (image.isNull())
        return sectionFailure(index, tr("the image %1 cannot be read").arg(section.imageName));
    const double maxH = m_content.height() - sectionTitleHeight(section);
    double w = std::min(m_content.width(), image.width() * m_dpi / 96.0);
    double h = w * image.height() / std::max(1, image.width());
    if (h > maxH) {
        w *= maxH / h;
        h = maxH;
    }
    need(sectionTitleHeight(section) + h);
    sectionTitle(section);
    if (m_painting)
        m_p.drawImage(QRectF(m_content.left(), m_y, w, h), image);
    m_y += h;
    return {};
}

void RenderPass::placeholderSection(const Section &section, const QString &note)
{
    const double h = mm(20);
    need(sectionTitleHeight(section) + h);
    sectionTitle(section);
    if (m_painting) {
        const QRectF box(m_content.left(), m_y, m_content.width(), h);
        m_p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), pt(0.5), Qt::DashLine));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(box);
        m_p.setFont(m_small);
        m_p.setPen(QColor(0x77, 0x77, 0x77));
        m_p.drawText(box, Qt::AlignCenter, note);
    }
    m_y += h;
}

void RenderPass::noData(const Section &section)
{
    const QFontMetricsF fm(m_body, &m_device);
    need(sectionTitleHeight(section) + fm.height() + mm(2));
    sectionTitle(section);
    QFont italic = m_body;
    italic.setItalic(true);
    drawWrapped(italic, QColor(0x66, 0x66, 0x66), tr("No data for this period"), m_content.width());
}

Result<ChartData> RenderPass::chartData(int index, const Section &section)
{
    auto fail = [&](const QString &message) {
        return Result<ChartData>::failure(sectionFailure(index, message).error());
    };
    const auto db = database(section.dataSource);
    if (!db)
        return fail(db.error());
    QSqlQuery q(db.value());
    if (const QString error = QueryRunner::execBound(q, section.query, m_r.m_bindings);
        !error.isEmpty())
        return fail(error);

    const QSqlRecord record = q.record();
    const int category =
        section.categoryColumn.isEmpty() ? 0 : record.indexOf(section.categoryColumn);
    QStringList missing;
    if (category < 0)
        missing.append(section.categoryColumn);
    QList<int> series;
    ChartData data;
    const QStringList wanted = section.seriesColumns;
    for (const QString &name : wanted) {
        const int field = record.indexOf(name);
        if (field < 0)
            missing.append(name);
        series.append(field);
        data.series.append(name);
    }
    if (!missing.isEmpty())
        return fail(tr("the query returns no column %1").arg(missing.join(QStringLiteral(", "))));

    const int limit = ChartPainter::maxCategories(section.chartType);
    const bool pie = section.chartType == Section::ChartType::Pie;
    bool firstRow = true;
    qint64 rows = 0;
    while (q.next()) {
        if (firstRow && series.isEmpty()) {
            // No series chosen: every numeric column other than the category.
            for (int i = 0; i < record.count(); ++i) {
                if (i != category && CellFormatter::isNumber(q.value(i))) {
                    series.append(i);
                    data.series.append(record.fieldName(i));
                }
            }
            if (series.isEmpty())
                return fail(tr("the query returns no numeric column to chart"));
        }
        if (firstRow)
            data.values.resize(series.size());
        firstRow = false;
        ++rows;
        // A pie keeps every row so the smallest slices can be summed into "Other".
        if (!pie && data.categories.size() >= limit) {
            ++data.omittedCategories;
            continue;
        }
        const QVariant c = q.value(category);
        data.categories.append(c.typeId() == QMetaType::QDateTime
                                   ? c.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : c.typeId() == QMetaType::QDate ? c.toDate().toString(Qt::ISODate)
                                                                : c.toString());
        for (qsizetype s = 0; s < series.size(); ++s) {
            const QVariant v = q.value(series.at(s));
            bool ok = true;
            const double d = v.isNull() ? qQNaN() : v.toDouble(&ok);
            if (!ok)
                return fail(tr("the column %1 has the value \"%2\", which is not a number")
                                .arg(record.fieldName(series.at(s)), v.toString().left(40)));
            data.values[s].append(d);
        }
        if (rows % 512 == 0 && cancelled())
            return Result<ChartData>::failure(tr("Rendering was cancelled."));
    }
    if (q.lastError().isValid())
        return fail(QueryRunner::errorText(q));

    if (pie && data.categories.size() > limit) {
        // Largest first; the tail becomes one "Other" slice.
        QList<qsizetype> order(data.categories.size());
        std::iota(order.begin(), order.end(), 0);
        const QList<double> &v = data.values.first();
        auto size = [&](qsizetype i) {
            return std::isnan(v.at(i)) ? 0.0 : v.at(i);
        };
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return size(a) > size(b); });
        ChartData folded;
        folded.series = data.series.mid(0, 1);
        folded.values.resize(1);
        double other = 0;
        for (qsizetype k = 0; k < order.size(); ++k) {
            if (k < limit - 1) {
                folded.categories.append(data.categories.at(order.at(k)));
                folded.values[0].append(v.at(order.at(k)));
            } else {
                other += size(order.at(k));
            }
        }
        folded.categories.append(tr("Other (%1)").arg(order.size() - (limit - 1)));
        folded.values[0].append(other);
        folded.lastIsOther = true;
        data = folded;
    }
    return data;
}

Status RenderPass::chartSection(int index, const Section &section)
{
    const auto data = chartData(index, section);
    if (!data)
        return Status::failure(data.error());
    if (data.value().categories.isEmpty()) {
        noData(section);
        return {};
    }
    // A chart keeps a readable shape: about half as high as wide, within 55 to 85 mm (a pie,
    // whose legend sits beside it, 50 to 65 mm).
    const bool pie = section.chartType == Section::ChartType::Pie;
    const double h = pie ? std::clamp(m_content.width() * 0.4, mm(50), mm(65))
                         : std::clamp(m_content.width() * 0.5, mm(55), mm(85));
    need(sectionTitleHeight(section) + h);
    sectionTitle(section);
    if (m_painting) {
        ChartStyle style;
        style.font = m_body;
        style.accent = m_accent;
        style.device = &m_device;
        style.unit = mm(1);
        style.locale = m_r.m_job.options.locale;
        ChartPainter(style).paint(m_p, QRectF(m_content.left(), m_y, m_content.width(), h),
                                  section.chartType, data.value());
    }
    m_y += h;
    return {};
}

Status RenderPass::section(int index)
{
    const Section &s = m_report.sections.at(index);
    switch (s.kind) {
    case Section::Kind::PageBreak:
        if (!atTop())
            beginPage();
        return {};
    case Section::Kind::Text:
        return textSection(s);
    case Section::Kind::Table:
        return tableSection(index, s);
    case Section::Kind::Image:
        return imageSection(index, s);
    case Section::Kind::Chart:
        return chartSection(index, s);
    case Section::Kind::RemoteSnapshot:
        placeholderSection(s, tr("Remote snapshot (rendered in a later version)"));
        return {};
    }
    return {};
}

QRectF RenderPass::column(double left, double width) const
{
    return QRectF(left, m_fullContent.top(), width, m_fullContent.height());
}

double RenderPass::measure(int index, const QRectF &column)
{
    const bool painting = m_painting;
    const int page = m_page;
    const double y = m_y;
    m_painting = false;
    m_measuring = true;
    m_content = column;
    m_y = column.top();
    const Status status = section(index);
    const double height = m_y - column.top();
    const bool fits = status && m_page == page;
    m_page = page;
    m_y = y;
    m_measuring = false;
    m_painting = painting;
    m_content = m_fullContent;
    return fits ? height : -1;
}

// Grid layout: sections whose width fractions add up to at most 1 share a row. They sit side by
// side when each fits on one page; otherwise they follow one another, each at its own width.
Status RenderPass::gridRow(int first, int end)
{
    const double gutter = mm(5);
    const int count = end - first;
    const double usable = m_fullContent.width() - gutter * (count - 1);
    QList<QRectF> columns;
    double left = m_fullContent.left();
    for (int i = first; i < end; ++i) {
        const double w = usable * std::clamp(m_report.sections.at(i).widthFraction, 0.1, 1.0);
        columns.append(column(left, w));
        left += w + gutter;
    }
    double height = 0;
    bool sideBySide = count > 1;
    for (int i = first; sideBySide && i < end; ++i) {
        const double h = measure(i, columns.at(i - first));
        sideBySide = h >= 0;
        height = std::max(height, h);
    }
    Status status;
    if (sideBySide) {
        need(height);
        const double top = m_y;
        for (int i = first; status && i < end; ++i) {
            m_content = columns.at(i - first);
            m_y = top;
            status = section(i);
        }
        m_content = m_fullContent;
        m_y = top + height;
        return status;
    }
    for (int i = first; status && i < end; ++i) {
        m_content = columns.at(i - first);
        status = section(i);
        m_content = m_fullContent;
        if (i + 1 < end && !atTop())
            m_y += mm(6);
    }
    return status;
}

Status RenderPass::run(bool painting, int pageCount)
{
    m_painting = painting;
    m_pageCount = pageCount;
    m_page = 0;
    const auto &options = m_r.m_job.options;
    const auto &sections = m_report.sections;
    const int count = int(sections.size());
    const int steps = count * 2;
    int step = painting ? count : 0;
    const bool grid = m_report.page.layout == PageOptions::Layout::Grid;
    auto fraction = [&](int i) {
        return std::clamp(sections.at(i).widthFraction, 0.1, 1.0);
    };

    beginPage();
    titleBlock();
    for (int i = 0; i < count;) {
        if (cancelled())
            return Status::failure(tr("Rendering was cancelled."));
        const bool pageBreak = sections.at(i).kind == Section::Kind::PageBreak;
        int end = i + 1;
        if (grid && !pageBreak) {
            double used = fraction(i);
            while (end < count && sections.at(end).kind != Section::Kind::PageBreak &&
                   used + fraction(end) <= 1.0 + 1e-6)
                used += fraction(end++);
        }
        const bool narrow = grid && !pageBreak && (end - i > 1 || fraction(i) < 1.0);
        const Status status = narrow ? gridRow(i, end) : section(i);
        if (!status)
            return status;
        if (!pageBreak && !atTop())
            m_y += mm(6);
        step += end - i;
        if (options.progress)
            options.progress(step, steps);
        i = end;
    }
    return {};
}

ReportRenderer::ReportRenderer(RenderJob job)
    : m_job(std::move(job))
{}

QString ReportRenderer::failure(const QString &message) const
{
    return tr("Cannot render \"%1\": %2").arg(m_job.report.displayTitle(), message);
}

QString ReportRenderer::substitute(const QString &text, const QHash<QString, QString> &values)
{
    if (!text.contains(QLatin1String("${")))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto value = values.constFind(match.captured(1));
        if (value == values.constEnd())
            continue;
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += *value;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList ReportRenderer::textVariables(const QString &text)
{
    QStringList names;
    auto it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Status ReportRenderer::check()
{
    const Report &report = m_job.report;
    const RenderOptions &options = m_job.options;
    const QTimeZone zone(report.timeZone.toUtf8());
    if (!zone.isValid())
        return Status::failure(failure(tr("the time zone \"%1\" is unknown").arg(report.timeZone)));
    m_runInstant =
        options.runInstant.isValid() ? options.runInstant : QDateTime::currentDateTimeUtc();
    QString error;
    const QString fromExpr = options.from.isEmpty() ? report.timeRange.from : options.from;
    const QString toExpr = options.to.isEmpty() ? report.timeRange.to : options.to;
    m_from = TimeRange::resolve(fromExpr, m_runInstant, zone, &error);
    if (!m_from.isValid())
        return Status::failure(failure(tr("the start of the time range: %1").arg(error)));
    m_to = TimeRange::resolve(toExpr, m_runInstant, zone, &error);
    if (!m_to.isValid())
        return Status::failure(failure(tr("the end of the time range: %1").arg(error)));
    if (m_to < m_from)
        return Status::failure(failure(tr("the time range ends before it starts")));

    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");
    m_bindings.clear();
    m_textVars.clear();
    for (const Variable &v : report.variables) {
        m_bindings.insert(v.name, v.value);
        m_textVars.insert(v.name, v.value);
    }
    for (auto it = options.variables.begin(); it != options.variables.end(); ++it) {
        m_bindings.insert(it.key(), it.value());
        m_textVars.insert(it.key(), it.value());
    }
    m_bindings.insert(QStringLiteral("from"), m_from.toUTC().toString(iso));
    m_bindings.insert(QStringLiteral("to"), m_to.toUTC().toString(iso));
    const QString display = QStringLiteral("yyyy-MM-dd HH:mm");
    m_textVars.insert(QStringLiteral("from"), m_from.toTimeZone(zone).toString(display));
    m_textVars.insert(QStringLiteral("to"), m_to.toTimeZone(zone).toString(display));

    // Every problem at once, each with where it is, so one fix-up round is enough.
    QStringList problems;
    auto undefined = [&](const QStringList &names, const QString &prefix, const QString &where) {
        QStringList unknown;
        for (const QString &n : names) {
            if (!m_textVars.contains(n))
                unknown.append(prefix == QLatin1String("$") ? QStringLiteral("${%1}").arg(n)
                                                            : QLatin1Char(':') + n);
        }
        if (!unknown.isEmpty())
            problems.append(tr("%1 uses %2, which is not defined")
                                .arg(where, unknown.join(QStringLiteral(", "))));
    };
    undefined(textVariables(report.description), QStringLiteral("$"), tr("the description"));
    for (qsizetype i = 0; i < report.sections.size(); ++i) {
        const Section &s = report.sections.at(i);
        const QString where = s.title.isEmpty() ? tr("section %1").arg(i + 1)
                                                : tr("section %1 (\"%2\")").arg(i + 1).arg(s.title);
        if (s.kind == Section::Kind::Text)
            undefined(textVariables(s.text), QStringLiteral("$"), where);
        if (s.kind == Section::Kind::Table || s.kind == Section::Kind::Chart) {
            undefined(QueryRunner::placeholders(s.query), QStringLiteral(":"), where);
            const bool known =
                std::any_of(m_job.dataSources.begin(), m_job.dataSources.end(),
                            [&](const DataSource &d) { return d.name == s.dataSource; });
            if (!known)
                problems.append(tr("%1 uses the data source \"%2\", which does not exist")
                                    .arg(where, s.dataSource));
        }
    }
    if (!m_job.branding.logo.isEmpty() && QImage::fromData(m_job.branding.logo).isNull())
        problems.append(
            tr("the logo of the branding profile \"%1\" cannot be read").arg(m_job.branding.name));
    if (!problems.isEmpty())
        return Status::failure(failure(problems.join(QStringLiteral("; "))));
    m_checked = true;
    return {};
}

Status ReportRenderer::render(QPagedPaintDevice &device)
{
    if (!m_checked) {
        if (const Status s = check(); !s)
            return s;
    }
    const PageOptions &page = m_job.report.page;
    const QPageLayout layout(pageSize(page.size),
                             page.orientation == PageOptions::Orientation::Landscape
                                 ? QPageLayout::Landscape
                                 : QPageLayout::Portrait,
                             page.marginsMm, QPageLayout::Millimeter);
    if (!device.setPageLayout(layout))
        return Status::failure(
            failure(tr("the page layout (%1, margins) does not fit the device").arg(page.size)));
    QPainter painter;
    if (!painter.begin(&device))
        return Status::failure(failure(tr("cannot start painting on the output device")));
    std::map<QString, std::unique_ptr<ScopedConnection>> connections;
    RenderPass pass(*this, device, painter);
    pass.setConnections(&connections);
    Status status = pass.run(false, 0);
    const int pages = pass.pages();
    if (status)
        status = pass.run(true, pages);
    if (status && pass.pages() != pages)
        qCWarning(lcRendering) << "layout counted" << pages << "pages, paint produced"
                               << pass.pages();
    painter.end();
    for (auto &[name, connection] : connections)
        connection->database().rollback(); // read-only: nothing to keep
    if (!status)
        return status;
    m_pageCount = pages;
    return {};
}

Status ReportRenderer::renderPdf(const QString &path)
{
    if (const Status s = check(); !s)
        return s;
    // QSaveFile writes next to the target and renames on commit: a failed render leaves nothing
    // behind, and an existing file at the path survives a failure.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(failure(
            tr("cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())));
    // Qt's engine writes no /Author: the XMP packet carries it, and an incremental update after
    // the engine's output puts it (with the same dates) into the Info dictionary.
    PdfInfo info;
    info.title = m_job.report.displayTitle();
    info.author = m_job.report.owner.isEmpty() ? m_job.branding.name : m_job.report.owner;
    info.creator = QStringLiteral("ReportDesk");
    info.producer = QStringLiteral("Qt ") + QLatin1String(qVersion());
    info.created = QDateTime::currentDateTimeUtc();
    info.created.setTime(QTime(info.created.time().hour(), info.created.time().minute(),
                               info.created.time().second()));
    TailRecorder recorder(&file);
    recorder.open(QIODevice::WriteOnly);
    Status status;
    {
        QPdfWriter writer(&recorder);
        writer.setTitle(info.title);
        writer.setCreator(info.creator);
        writer.setDocumentXmpMetadata(PdfMetadata::xmp(info, m_job.options.pdfA));
        if (m_job.options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        status = render(writer);
    }
    if (status) {
        QString error;
        const QByteArray update =
            PdfMetadata::infoUpdate(recorder.tail(), recorder.written(), info, &error);
        if (update.isEmpty())
            qCWarning(lcRendering) << "PDF written without /Author:" << error;
        else if (file.write(update) != update.size())
            status = Status::failure(
                failure(tr("cannot write %1: %2")
                            .arg(QFileInfo(path).absoluteFilePath(), file.errorString())));
    }
    if (!status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return Status::failure(failure(
            tr("cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString())));
    return {};
}

} // namespace reportdesk
