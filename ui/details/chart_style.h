#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

class QAbstractAxis;
class QChart;

namespace winnow::ui {

// The colours of the result charts, taken from the widget's palette so the
// charts follow the desktop's theme, dark ones included. Series colours
// start with the palette's highlight, then a colour-blind-safe set,
// lightened on dark backgrounds.
struct ChartColors {
    QColor background; // the chart's surroundings: the palette's window colour
    QColor plotArea;   // behind the data: the palette's base colour
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axisLine;
    QColor reference; // the chance diagonal, the identity line
    QColor highlight;
    QColor highlightedText;
    bool dark = false;

    static ChartColors fromPalette(const QPalette& palette);
    QColor series(int index) const;
    // A colour of a sequential scale from the plot area (0) to the highlight (1).
    QColor scale(double fraction) const;
    // Text readable on `fill`.
    QColor textOn(const QColor& fill) const;

private:
    QList<QColor> m_series;
};

// Sets the chart's background, plot area, title, legend and every attached
// axis in these colours; call after the series and axes are attached.
void applyChartColors(QChart* chart, const ChartColors& colors);
// Mixes two colours: 0 gives `from`, 1 gives `to`.
QColor mixColors(const QColor& from, const QColor& to, double fraction);

} // namespace winnow::ui
