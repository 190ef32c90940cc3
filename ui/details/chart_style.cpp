#include "ui/details/chart_style.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace winnow::ui {

namespace {

double relativeLuminance(const QColor& color)
{
    auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Lightens or darkens `color` until it stands out from `background` enough
// for a thin line (WCAG's 3:1 for graphics).
QColor readableOn(QColor color, const QColor& background, bool dark)
{
    for (int step = 0; step < 8 && contrast(color, background) < 3.0; ++step)
        color = dark ? color.lighter(118) : color.darker(118);
    return color;
}

} // namespace

QColor mixColors(const QColor& from, const QColor& to, double fraction)
{
    const double t = std::clamp(fraction, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

ChartColors ChartColors::fromPalette(const QPalette& palette)
{
    ChartColors colors;
    colors.background = palette.color(QPalette::Window);
    colors.plotArea = palette.color(QPalette::Base);
    colors.text = palette.color(QPalette::WindowText);
    colors.dark = colors.plotArea.lightnessF() < 0.5;
    colors.mutedText = mixColors(colors.text, colors.background, 0.35);
    colors.grid = mixColors(colors.text, colors.plotArea, 0.88);
    colors.axisLine = mixColors(colors.text, colors.plotArea, 0.6);
    colors.reference = mixColors(colors.text, colors.plotArea, 0.5);
    colors.highlight = readableOn(palette.color(QPalette::Highlight), colors.plotArea, colors.dark);
    colors.highlightedText = palette.color(QPalette::HighlightedText);

    // Okabe and Ito's colour-blind-safe set, after the highlight.
    const QList<QColor> set = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                               QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00),
                               QColor(0x56, 0xB4, 0xE9), QColor(0x99, 0x88, 0x22),
                               QColor(0x00, 0x72, 0xB2)};
    colors.m_series.append(colors.highlight);
    for (const QColor& color : set)
        colors.m_series.append(readableOn(color, colors.plotArea, colors.dark));
    return colors;
}

QColor ChartColors::series(int index) const
{
    if (m_series.isEmpty())
        return highlight;
    return m_series.at(index % m_series.size());
}

QColor ChartColors::scale(double fraction) const
{
    return mixColors(plotArea, highlight, 0.06 + 0.94 * std::clamp(fraction, 0.0, 1.0));
}

QColor ChartColors::textOn(const QColor& fill) const
{
    const QColor light = dark ? text : plotArea;
    const QColor darkText = dark ? plotArea : text;
    return contrast(fill, light) >= contrast(fill, darkText) ? light : darkText;
}

void applyChartColors(QChart* chart, const ChartColors& colors)
{
    chart->setBackgroundBrush(colors.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundBrush(colors.plotArea);
    chart->setPlotAreaBackgroundPen(QPen(colors.axisLine, 1));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(colors.text);
    chart->legend()->setLabelColor(colors.text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsBrush(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePen(QPen(colors.axisLine, 1));
        axis->setGridLinePen(QPen(colors.grid, 1));
        axis->setMinorGridLinePen(QPen(colors.grid, 1, Qt::DotLine));
        axis->setShadesVisible(false);
    }
}

} // namespace winnow::ui
