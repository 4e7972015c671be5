#pragma once

#include "domain/Section.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QStringList>

class QPainter;
class QPaintDevice;

namespace reportdesk {

// The values a chart shows: one label per category and, per series, one value per category.
// NaN marks a missing value (a gap in a line, no bar).
struct ChartData {
    QStringList categories;
    QStringList series;          // series names, in legend order
    QList<QList<double>> values; // values[series][category]
    int omittedCategories = 0;   // categories left out to keep the chart readable
    bool lastIsOther = false;    // pie: the last slice sums the smallest categories
};

// How charts look: fonts and colours come from the branding profile, sizes from the device.
struct ChartStyle {
    QFont font;             // tick and category labels, legend
    QColor accent;          // first series; the palette is derived from it
    QPaintDevice *device{}; // for font metrics in device units
    double unit = 1;        // device units per millimetre
    QLocale locale;         // tick label numbers
};

// Paints bar, line and pie charts with QPainter, so they land in the PDF as vector paths and
// real text (searchable, sharp at any zoom), on any paged device and on any thread. Qt Charts is
// not used: it is a Widgets/QGraphicsView module, which the rendering layer must not depend on,
// and its output carries transparency, which PDF/A-1b forbids. Every colour here is opaque.
class ChartPainter {
public:
    explicit ChartPainter(ChartStyle style);

    void paint(QPainter &painter, const QRectF &rect, Section::ChartType type,
               const ChartData &data) const;

    // The accent first, then distinct categorical colours.
    static QList<QColor> palette(const QColor &accent, int count);
    // Round tick values ("nice numbers": 1, 2 or 5 times a power of ten) covering [min, max].
    static QList<double> ticks(double min, double max, int maxTicks);
    // Most categories a chart of this type shows before the rest are summarised or left out.
    static int maxCategories(Section::ChartType type);

private:
    void paintAxes(QPainter &p, const QRectF &rect, Section::ChartType type,
                   const ChartData &data) const;
    void paintPie(QPainter &p, const QRectF &rect, const ChartData &data) const;
    double legend(QPainter *p, const QRectF &rect, const QStringList &names,
                  const QList<QColor> &colors) const;
    QString tickLabel(double value, double step) const; // compact: "12k", "1.5M"
    QString valueLabel(double value) const;             // a data value, as exact as fits
    double mm(double v) const { return v * m_style.unit; }

    ChartStyle m_style;
};

} // namespace reportdesk
