#include "ChartPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace reportdesk {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("reportdesk::ChartPainter", text, nullptr, n);
}

const QColor kGrid(0xe2, 0xe2, 0xe2);
const QColor kAxis(0x88, 0x88, 0x88);
const QColor kLabel(0x55, 0x55, 0x55);
const QColor kText(0x22, 0x22, 0x22);

// The value range a chart's axis must show: always includes zero, never empty.
std::pair<double, double> valueRange(const ChartData &data)
{
    double lo = 0;
    double hi = 0;
    for (const auto &series : data.values) {
        for (double v : series) {
            if (std::isnan(v))
                continue;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi - lo < 1e-12)
        hi = lo + 1;
    return {lo, hi};
}

} // namespace

ChartPainter::ChartPainter(ChartStyle style)
    : m_style(std::move(style))
{}

int ChartPainter::maxCategories(Section::ChartType type)
{
    switch (type) {
    case Section::ChartType::Bar:
        return 60;
    case Section::ChartType::Line:
        return 1000;
    case Section::ChartType::Pie:
        return 9; // eight slices and "Other"
    }
    return 60;
}

QList<QColor> ChartPainter::palette(const QColor &accent, int count)
{
    // The accent first, then a categorical set that stays apart on screen and paper (Tableau
    // 10's hues), without the one closest to the accent. Past its end the set repeats darker.
    static const QRgb set[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                               0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f};
    const QColor first = accent.isValid() ? accent : QColor(0x1f, 0x6f, 0xeb);
    auto hueDistance = [](const QColor &a, const QColor &b) {
        const int d = std::abs(std::max(0, a.hslHue()) - std::max(0, b.hslHue()));
        return std::min(d, 360 - d);
    };
    QList<QColor> rest;
    int closest = 0;
    for (int i = 0; i < int(std::size(set)); ++i) {
        rest.append(QColor(set[i]));
        if (hueDistance(rest.last(), first) < hueDistance(rest.at(closest), first))
            closest = i;
    }
    rest.removeAt(closest);
    QList<QColor> colors{first};
    for (int i = 1; i < count; ++i) {
        const int k = (i - 1) % int(rest.size());
        const int round = (i - 1) / int(rest.size());
        colors.append(round == 0 ? rest.at(k) : rest.at(k).darker(100 + 25 * round));
    }
    colors.resize(count);
    return colors;
}

QList<double> ChartPainter::ticks(double min, double max, int maxTicks)
{
    if (!(max > min))
        max = min + 1;
    maxTicks = std::max(2, maxTicks);
    const double rough = (max - min) / (maxTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    QList<double> values;
    const double first = std::floor(min / step + 1e-9) * step;
    for (double v = first; v < max + step * 0.999; v += step)
        values.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return values;
}

QString ChartPainter::tickLabel(double value, double step) const
{
    const QLocale &locale = m_style.locale;
    const double big = std::max(std::abs(value), step);
    auto compact = [&](double divisor, const QString &suffix) {
        const int decimals = step / divisor >= 1 ? 0 : step / divisor >= 0.1 ? 1 : 2;
        return locale.toString(value / divisor, 'f', decimals) + suffix;
    };
    if (big >= 1e9)
        return compact(1e9, QStringLiteral("G"));
    if (big >= 1e6)
        return compact(1e6, QStringLiteral("M"));
    if (big >= 1e4)
        return compact(1e3, QStringLiteral("k"));
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return locale.toString(value, 'f', std::min(decimals, 6));
}

QString ChartPainter::valueLabel(double value) const
{
    const QLocale &locale = m_style.locale;
    if (std::abs(value) >= 1e6)
        return tickLabel(value, std::pow(10.0, std::floor(std::log10(std::abs(value))) - 1));
    if (value == std::round(value))
        return locale.toString(qint64(value));
    const QString text = locale.toString(value, 'f', std::abs(value) >= 100 ? 1 : 2);
    return text;
}

double ChartPainter::legend(QPainter *p, const QRectF &rect, const QStringList &names,
                            const QList<QColor> &colors) const
{
    QFont font = m_style.font;
    font.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF fm(font, m_style.device);
    const double swatch = fm.height() * 0.55;
    const double gap = mm(4);
    double width = 0;
    for (const QString &n : names)
        width += swatch + mm(1.2) + fm.horizontalAdvance(n) + gap;
    width -= gap;
    // One row, right-aligned; names are shortened evenly when the row does not fit.
    const double maxName =
        names.isEmpty() ? 0
                        : (rect.width() - names.size() * (swatch + mm(1.2) + gap)) / names.size();
    double x = width <= rect.width() ? rect.right() - width : rect.left();
    if (p) {
        p->setFont(font);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = width <= rect.width()
                                     ? names.at(i)
                                     : fm.elidedText(names.at(i), Qt::ElideRight, maxName);
            const double cy = rect.top() + fm.height() / 2;
            p->fillRect(QRectF(x, cy - swatch / 2, swatch, swatch), colors.at(i));
            x += swatch + mm(1.2);
            p->setPen(kLabel);
            p->drawText(QPointF(x, rect.top() + fm.ascent()), name);
            x += fm.horizontalAdvance(name) + gap;
        }
    }
    return fm.height() + mm(2);
}

void ChartPainter::paint(QPainter &p, const QRectF &rect, Section::ChartType type,
                         const ChartData &data) const
{
    p.save();
    QRectF area = rect;
    if (data.omittedCategories > 0) {
        QFont font = m_style.font;
        font.setPointSizeF(font.pointSizeF() * 0.8);
        font.setItalic(true);
        const QFontMetricsF fm(font, m_style.device);
        const QString note = tr("%n more categories not shown", data.omittedCategories);
        p.setFont(font);
        p.setPen(kLabel);
        p.drawText(QRectF(area.left(), area.bottom() - fm.height(), area.width(), fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, note);
        area.setBottom(area.bottom() - fm.height() - mm(1));
    }
    if (type == Section::ChartType::Pie)
        paintPie(p, area, data);
    else
        paintAxes(p, area, type, data);
    p.restore();
}

void ChartPainter::paintAxes(QPainter &p, const QRectF &rect, Section::ChartType type,
                             const ChartData &data) const
{
    const QList<QColor> colors = palette(m_style.accent, int(data.series.size()));
    const double legendHeight = legend(&p, rect, data.series, colors);

    QFont small = m_style.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF fm(small, m_style.device);
    p.setFont(small);

    const auto [lo, hi] = valueRange(data);
    const double plotHeightGuess = rect.height() - legendHeight - fm.height() * 2;
    const int maxTicks = std::clamp(int(plotHeightGuess / (fm.height() * 2.2)), 2, 8);
    const QList<double> tickValues = ticks(lo, hi, maxTicks);
    const double step = tickValues.size() > 1 ? tickValues.at(1) - tickValues.at(0) : 1;
    const double axisMin = tickValues.first();
    const double axisMax = tickValues.last();
    double labelWidth = 0;
    QStringList tickLabels;
    for (double v : tickValues) {
        tickLabels.append(tickLabel(v, step));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(tickLabels.last()));
    }

    // Category labels: level when they fit their band; a bar chart's labels turn 45 degrees
    // when they do not; otherwise (long time series) every k-th label is shown.
    const qsizetype n = data.categories.size();
    const double plotWidth = rect.width() - labelWidth - mm(2);
    const double band = plotWidth / std::max<qsizetype>(1, n);
    double widest = 0;
    for (const QString &c : data.categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    widest = std::min(widest, mm(28));
    const bool rotate =
        type == Section::ChartType::Bar && widest + mm(1) > band && band >= fm.height() * 1.05;
    const double labelBand =
        rotate ? (widest + fm.height()) * M_SQRT1_2 + mm(1.5) : fm.height() + mm(2);
    const int every =
        rotate ? 1 : std::max(1, int(std::ceil((widest + mm(2)) / std::max(band, 1e-6))));

    const QRectF plot(rect.left() + labelWidth + mm(2), rect.top() + legendHeight, plotWidth,
                      rect.height() - legendHeight - labelBand);
    auto yOf = [&](double v) {
        return plot.bottom() - (v - axisMin) / (axisMax - axisMin) * plot.height();
    };

    // Grid and value labels.
    for (qsizetype i = 0; i < tickValues.size(); ++i) {
        const double y = yOf(tickValues.at(i));
        p.setPen(QPen(kGrid, mm(0.15)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kLabel);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, labelWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabels.at(i));
    }
    if (n == 0)
        return;

    p.setPen(kLabel);
    for (qsizetype i = 0; i < n; i += every) {
        const double cx = plot.left() + band * (i + 0.5);
        if (rotate) {
            const QString label =
                fm.elidedText(data.categories.at(i), Qt::ElideRight, widest + mm(0.5));
            p.save();
            p.translate(cx, plot.bottom() + mm(1.5));
            p.rotate(-45);
            p.drawText(QRectF(-widest - mm(1), -fm.height() / 2, widest + mm(1), fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter, label);
            p.restore();
            continue;
        }
        const double w = band * every - mm(1);
        const QString label = fm.elidedText(data.categories.at(i), Qt::ElideRight, w);
        p.drawText(QRectF(cx - w / 2, plot.bottom() + mm(1), w, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }

    const qsizetype seriesCount = data.series.size();
    if (type == Section::ChartType::Bar) {
        const double group = band * (seriesCount > 1 ? 0.8 : 0.66);
        const double barWidth = group / std::max<qsizetype>(1, seriesCount);
        const double zero = yOf(std::clamp(0.0, axisMin, axisMax));
        // Values above the bars when there is room for them.
        bool valueLabels = seriesCount == 1 && n <= 24;
        if (valueLabels) {
            for (double v : data.values.value(0)) {
                if (!std::isnan(v) && fm.horizontalAdvance(valueLabel(v)) > band)
                    valueLabels = false;
            }
        }
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const auto &values = data.values.at(s);
            for (qsizetype i = 0; i < n; ++i) {
                const double v = values.value(i, qQNaN());
                if (std::isnan(v))
                    continue;
                const double x = plot.left() + band * i + (band - group) / 2 + barWidth * s;
                const double y = yOf(v);
                const QRectF bar(QPointF(x, std::min(y, zero)),
                                 QPointF(x + barWidth * 0.92, std::max(y, zero)));
                p.fillRect(bar, colors.at(s));
                if (valueLabels) {
                    p.setPen(kText);
                    const QString label = valueLabel(v);
                    const double ly = v >= 0 ? bar.top() - mm(0.6) - fm.height() : bar.bottom();
                    p.drawText(QRectF(plot.left() + band * i, ly, band, fm.height()),
                               Qt::AlignHCenter | Qt::AlignBottom, label);
                }
            }
        }
    } else {
        const bool markers = n <= 40;
        for (qsizetype s = 0; s < seriesCount; ++s) {
            const auto &values = data.values.at(s);
            QPainterPath path;
            bool pen = false; // a NaN lifts the pen: gaps stay gaps
            QList<QPointF> points;
            for (qsizetype i = 0; i < n; ++i) {
                const double v = values.value(i, qQNaN());
                if (std::isnan(v)) {
                    pen = false;
                    continue;
                }
                const QPointF pt(plot.left() + band * (i + 0.5), yOf(v));
                if (pen)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                pen = true;
                points.append(pt);
            }
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(colors.at(s), mm(0.55), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPath(path);
            if (markers) {
                p.setPen(QPen(Qt::white, mm(0.25)));
                p.setBrush(colors.at(s));
                for (const QPointF &pt : std::as_const(points))
                    p.drawEllipse(pt, mm(0.9), mm(0.9));
            }
        }
    }
    // The value axis's zero line, drawn last so bars sit on it.
    p.setPen(QPen(kAxis, mm(0.25)));
    const double zeroY = yOf(std::clamp(0.0, axisMin, axisMax));
    p.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
}

void ChartPainter::paintPie(QPainter &p, const QRectF &rect, const ChartData &data) const
{
    const QList<double> values = data.values.value(0);
    double total = 0;
    for (double v : values) {
        if (!std::isnan(v) && v > 0)
            total += v;
    }
    QFont small = m_style.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF fm(small, m_style.device);
    p.setFont(small);
    if (total <= 0) {
        p.setPen(kLabel);
        p.drawText(rect, Qt::AlignCenter, tr("Nothing to show: every value is zero or empty"));
        return;
    }
    const qsizetype n = data.categories.size();
    QList<QColor> colors = palette(m_style.accent, int(n));
    if (data.lastIsOther && n > 0)
        colors.last() = QColor(0xb4, 0xb4, 0xb4); // "Other" is not a category of its own

    // The pie on the left, a legend with value and share beside it.
    const double diameter = std::min({rect.height(), rect.width() * 0.45, mm(70)});
    const QRectF pie(rect.left() + mm(1), rect.top() + (rect.height() - diameter) / 2, diameter,
                     diameter);
    double angle = 90 * 16; // twelve o'clock, clockwise
    p.setPen(QPen(Qt::white, mm(0.35)));
    for (qsizetype i = 0; i < n; ++i) {
        const double v = values.value(i);
        if (std::isnan(v) || v <= 0)
            continue;
        const double span = -v / total * 360 * 16;
        p.setBrush(colors.at(i));
        if (std::abs(span) >= 360 * 16 - 1)
            p.drawEllipse(pie);
        else
            p.drawPie(pie, int(std::lround(angle)), int(std::lround(span)));
        // The share inside slices wide enough to hold it.
        if (std::abs(span) / 16 >= 22) {
            const double mid = qDegreesToRadians((angle + span / 2) / 16);
            const QPointF c =
                pie.center() + QPointF(std::cos(mid), -std::sin(mid)) * diameter * 0.32;
            const QString share =
                m_style.locale.toString(v / total * 100, 'f', 0) + QStringLiteral(" %");
            p.save();
            // Dark text on light slices, white on dark ones (relative luminance).
            const QColor c0 = colors.at(i);
            const double luma = 0.2126 * c0.redF() + 0.7152 * c0.greenF() + 0.0722 * c0.blueF();
            p.setPen(luma > 0.55 ? kText : QColor(Qt::white));
            p.drawText(QRectF(c.x() - mm(8), c.y() - fm.height() / 2, mm(16), fm.height()),
                       Qt::AlignCenter, share);
            p.restore();
        }
        angle += span;
    }

    // Legend: swatch, name, value, share; as many lines as fit.
    const double left = pie.right() + mm(6);
    const double width = rect.right() - left;
    const double line = fm.height() * 1.35;
    const int fit = std::max(1, int(rect.height() / line));
    const int shown = int(std::min<qsizetype>(n, fit));
    double y = rect.top() + (rect.height() - shown * line) / 2;
    const double swatch = fm.height() * 0.6;
    double valueWidth = 0;
    for (qsizetype i = 0; i < shown; ++i)
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(valueLabel(values.value(i))));
    const double shareWidth = fm.horizontalAdvance(QStringLiteral("100.0 %"));
    double widestName = 0;
    for (qsizetype i = 0; i < shown; ++i)
        widestName = std::max(widestName, fm.horizontalAdvance(data.categories.at(i)));
    // Value and share follow the names closely; names are shortened only when space runs out.
    const double nameWidth =
        std::min(widestName + mm(2), width - swatch - mm(2) - valueWidth - shareWidth - mm(6));
    for (int i = 0; i < shown; ++i) {
        const double v = values.value(i);
        p.fillRect(QRectF(left, y + (line - swatch) / 2, swatch, swatch), colors.at(i));
        p.setPen(kText);
        const QRectF nameBox(left + swatch + mm(2), y, nameWidth, line);
        p.drawText(nameBox, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(data.categories.at(i), Qt::ElideRight, nameBox.width()));
        p.setPen(kLabel);
        const QRectF valueBox(nameBox.right() + mm(3), y, valueWidth, line);
        p.drawText(valueBox, Qt::AlignRight | Qt::AlignVCenter,
                   std::isnan(v) ? QString() : valueLabel(v));
        const QRectF shareBox(valueBox.right() + mm(3), y, shareWidth, line);
        p.drawText(shareBox, Qt::AlignRight | Qt::AlignVCenter,
                   std::isnan(v) || v <= 0
                       ? QString()
                       : m_style.locale.toString(v / total * 100, 'f', 1) + QStringLiteral(" %"));
        y += line;
    }
}

} // namespace reportdesk
