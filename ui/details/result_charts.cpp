#include "ui/details/result_charts.h"

#include "ui/details/result_chart_view.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using winnow::models::FeatureImportance;
using winnow::models::KsCurve;
using winnow::models::PrecisionRecallCurve;
using winnow::models::Residuals;
using winnow::models::RocCurve;

namespace winnow::ui {

namespace {

// The translation context of the charts' texts.
class ResultCharts {
    Q_DECLARE_TR_FUNCTIONS(ResultCharts)
};

QPen linePen(const QColor& color, qreal width = 2.0, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(color, width, style);
    pen.setCosmetic(true);
    return pen;
}

QValueAxis* valueAxis(const QString& title, double min, double max, const QString& format = {})
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    if (!format.isEmpty())
        axis->setLabelFormat(format);
    return axis;
}

// A [0, 1] axis with ticks every 0.2.
QValueAxis* shareAxis(const QString& title)
{
    QValueAxis* axis = valueAxis(title, 0.0, 1.0, u"%.1f"_s);
    axis->setTickCount(6);
    axis->setMinorTickCount(1);
    return axis;
}

QChart* newChart()
{
    auto* chart = new QChart;
    chart->setMargins(QMargins(8, 8, 8, 8));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void attach(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Hides a helper series (a marker, a guide) from the legend.
void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers)
        marker->setVisible(false);
}

// "a nice" axis range around [low, high], with a little room at both ends.
std::pair<double, double> paddedRange(double low, double high)
{
    if (!(high > low)) {
        const double pad = std::max(1.0, std::abs(low) * 0.1);
        return {low - pad, high + pad};
    }
    const double pad = (high - low) * 0.05;
    return {low - pad, high + pad};
}

QString thresholdText(double threshold)
{
    return formatChartNumber(threshold, 4);
}

} // namespace

QString formatChartNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString rocSeriesName(const RocCurve& curve, bool oneOfSeveral)
{
    const QString auc = curve.auc ? formatChartNumber(*curve.auc) : ResultCharts::tr("undefined");
    if (oneOfSeveral)
        return ResultCharts::tr("%1 (AUC %2)").arg(curve.label, auc);
    return ResultCharts::tr("ROC curve (AUC %1)").arg(auc);
}

QChart* createRocChart(const QList<RocSeries>& curves, const ChartColors& colors)
{
    QChart* chart = newChart();
    QValueAxis* x = shareAxis(ResultCharts::tr("False positive rate"));
    QValueAxis* y = shareAxis(ResultCharts::tr("True positive rate"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto* diagonal = new QLineSeries;
    diagonal->setObjectName(u"chanceDiagonal"_s);
    diagonal->setName(ResultCharts::tr("Chance (AUC 0.500)"));
    diagonal->append(0.0, 0.0);
    diagonal->append(1.0, 1.0);
    diagonal->setPen(linePen(colors.reference, 1.0, Qt::DashLine));
    attach(chart, diagonal, x, y);

    for (int i = 0; i < curves.size(); ++i) {
        const RocCurve& curve = curves.at(i).curve;
        auto* series = new QLineSeries;
        series->setObjectName(u"rocCurve"_s);
        series->setName(curves.at(i).name);
        series->setProperty("classLabel", curve.label);
        QList<QPointF> points;
        points.reserve(curve.fpr.size());
        for (int p = 0; p < curve.fpr.size(); ++p)
            points.append({curve.fpr.at(p), curve.tpr.at(p)});
        series->replace(points);
        series->setPen(linePen(colors.series(i)));
        attach(chart, series, x, y);
        const QString name = curves.at(i).name;
        showPointToolTips(series, [curve, name](int index) {
            const QString threshold =
                index == 0
                    ? ResultCharts::tr("above every score: no row predicted positive")
                    : ResultCharts::tr("%1 or more").arg(thresholdText(curve.thresholds.at(index)));
            return ResultCharts::tr(
                       "%1\nThreshold: %2\nFalse positive rate: %3\nTrue positive rate: %4")
                .arg(name, threshold, formatChartNumber(curve.fpr.at(index)),
                     formatChartNumber(curve.tpr.at(index)));
        });
    }
    applyChartColors(chart, colors);
    return chart;
}

QChart* createKsChart(const KsCurve& curve, const QStringList& labels, const ChartColors& colors)
{
    QChart* chart = newChart();
    const QString positive = labels.value(1, u"1"_s);
    const QString negative = labels.value(0, u"0"_s);
    QValueAxis* x =
        shareAxis(ResultCharts::tr("Threshold (probability of class %1)").arg(positive));
    QValueAxis* y = shareAxis(ResultCharts::tr("Share of rows scored below the threshold"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto addCdf = [&](const QList<double>& cdf, const QString& objectName, const QString& name,
                      const QColor& color) {
        auto* series = new QLineSeries;
        series->setObjectName(objectName);
        series->setName(name);
        QList<QPointF> points;
        points.reserve(cdf.size());
        for (int i = 0; i < cdf.size(); ++i)
            points.append({curve.thresholds.at(i), cdf.at(i)});
        series->replace(points);
        series->setPen(linePen(color));
        attach(chart, series, x, y);
        showPointToolTips(series, [curve, cdf, name](int index) {
            return ResultCharts::tr("%1\nThreshold: %2\nShare below it: %3")
                .arg(name, thresholdText(curve.thresholds.at(index)),
                     formatChartNumber(cdf.at(index)));
        });
        return series;
    };
    addCdf(curve.cdfPositive, u"ksPositive"_s,
           ResultCharts::tr("Positives (class %1)").arg(positive), colors.series(0));
    addCdf(curve.cdfNegative, u"ksNegative"_s,
           ResultCharts::tr("Negatives (class %1)").arg(negative), colors.series(1));

    const int at = curve.statisticIndex();
    if (at >= 0) {
        const double threshold = curve.thresholds.at(at);
        const QPointF low(threshold, curve.cdfPositive.at(at));
        const QPointF high(threshold, curve.cdfNegative.at(at));
        const QString label =
            ResultCharts::tr("KS %1 at threshold %2")
                .arg(formatChartNumber(curve.statistic), thresholdText(threshold));

        auto* gap = new QLineSeries;
        gap->setObjectName(u"ksStatistic"_s);
        gap->setName(label);
        gap->append(low);
        gap->append(high);
        gap->setPen(linePen(colors.text, 2.0, Qt::DashLine));
        attach(chart, gap, x, y);

        auto* ends = new QScatterSeries;
        ends->setObjectName(u"ksStatisticEnds"_s);
        ends->append(low);
        ends->append(high);
        ends->setMarkerSize(9);
        ends->setColor(colors.text);
        ends->setBorderColor(colors.plotArea);
        attach(chart, ends, x, y);
        hideFromLegend(chart, ends);
        showPointToolTips(ends, [label](int) { return label; });

        // The label beside the gap, kept in place when the plot area moves.
        auto* callout = new QGraphicsSimpleTextItem(label, chart);
        callout->setData(0, u"ksLabel"_s);
        callout->setBrush(colors.text);
        QFont font = callout->font();
        font.setBold(true);
        callout->setFont(font);
        callout->setZValue(10);
        auto place = [chart, callout, gap, low, high] {
            const QPointF middle = chart->mapToPosition((low + high) / 2.0, gap);
            const QRectF plot = chart->plotArea();
            const QRectF box = callout->boundingRect();
            // Right of the line when there is room, otherwise left of it.
            qreal left = middle.x() + 8;
            if (left + box.width() > plot.right())
                left = middle.x() - 8 - box.width();
            callout->setPos(left, middle.y() - box.height() / 2.0);
        };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
        place();
    }
    applyChartColors(chart, colors);
    return chart;
}

QChart* createPrecisionRecallChart(const QList<PrecisionRecallCurve>& curves, bool binary,
                                   const ChartColors& colors)
{
    QChart* chart = newChart();
    QValueAxis* x = shareAxis(ResultCharts::tr("Recall"));
    QValueAxis* y = shareAxis(ResultCharts::tr("Precision"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // With every row predicted positive (the lowest threshold, the first
    // point), precision is the positives' share: what guessing achieves.
    if (binary && curves.size() == 1 && !curves.first().precision.isEmpty()) {
        const double share = curves.first().precision.first();
        auto* baseline = new QLineSeries;
        baseline->setObjectName(u"noSkillLine"_s);
        baseline->setName(ResultCharts::tr("No skill (%1)").arg(formatChartNumber(share)));
        baseline->append(0.0, share);
        baseline->append(1.0, share);
        baseline->setPen(linePen(colors.reference, 1.0, Qt::DashLine));
        attach(chart, baseline, x, y);
    }

    for (int i = 0; i < curves.size(); ++i) {
        const PrecisionRecallCurve& curve = curves.at(i);
        auto* series = new QLineSeries;
        series->setObjectName(u"precisionRecallCurve"_s);
        series->setProperty("classLabel", curve.label);
        const QString ap = formatChartNumber(curve.averagePrecision);
        const QString name = binary ? ResultCharts::tr("Precision–recall (AP %1)").arg(ap)
                                    : ResultCharts::tr("%1 (AP %2)").arg(curve.label, ap);
        series->setName(name);
        QList<QPointF> points;
        points.reserve(curve.recall.size());
        for (int p = 0; p < curve.recall.size(); ++p)
            points.append({curve.recall.at(p), curve.precision.at(p)});
        series->replace(points);
        series->setPen(linePen(colors.series(i)));
        attach(chart, series, x, y);
        showPointToolTips(series, [curve, name](int index) {
            const QString threshold =
                index < curve.thresholds.size()
                    ? ResultCharts::tr("%1 or more").arg(thresholdText(curve.thresholds.at(index)))
                    : ResultCharts::tr("above every score");
            return ResultCharts::tr("%1\nThreshold: %2\nRecall: %3\nPrecision: %4")
                .arg(name, threshold, formatChartNumber(curve.recall.at(index)),
                     formatChartNumber(curve.precision.at(index)));
        });
    }
    applyChartColors(chart, colors);
    return chart;
}

QChart* createFeatureImportanceChart(const QList<FeatureImportance>& importance, int maxBars,
                                     const ChartColors& colors)
{
    QList<FeatureImportance> ranked = importance;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.importance > b.importance; });
    if (maxBars > 0 && ranked.size() > maxBars)
        ranked.resize(maxBars);

    QChart* chart = newChart();
    // Categories run bottom up: add the least important first so the most
    // important sits at the top.
    auto* set = new QBarSet(ResultCharts::tr("Importance"));
    set->setObjectName(u"importance"_s);
    QStringList names;
    double low = 0.0;
    double high = 0.0;
    for (auto it = ranked.crbegin(); it != ranked.crend(); ++it) {
        names << it->feature;
        set->append(it->importance);
        low = std::min(low, it->importance);
        high = std::max(high, it->importance);
    }
    set->setColor(colors.highlight);
    set->setBorderColor(colors.highlight);
    set->setLabelColor(colors.text);

    auto* series = new QHorizontalBarSeries;
    series->setObjectName(u"importanceBars"_s);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);

    auto* features = new QBarCategoryAxis;
    features->setObjectName(u"featureAxis"_s);
    features->append(names);
    features->setGridLineVisible(false);
    chart->addAxis(features, Qt::AlignLeft);
    series->attachAxis(features);

    auto [min, max] = paddedRange(low, high);
    auto* scores = valueAxis(ResultCharts::tr("Test score lost when the column is shuffled"),
                             std::min(0.0, min), max);
    scores->setLabelFormat(u"%.3f"_s);
    scores->setTickCount(6);
    chart->addAxis(scores, Qt::AlignBottom);
    series->attachAxis(scores);
    chart->legend()->hide();

    QObject::connect(set, &QBarSet::hovered, set, [set, names](bool entered, int index) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           ResultCharts::tr("%1\nImportance: %2")
                               .arg(names.value(index), formatChartNumber(set->at(index), 4)));
    });
    applyChartColors(chart, colors);
    return chart;
}

QChart* createResidualScatterChart(const Residuals& residuals, const QString& targetName,
                                   const ChartColors& colors)
{
    QChart* chart = newChart();
    double low = 0.0;
    double high = 0.0;
    if (!residuals.actual.isEmpty()) {
        const auto [minActual, maxActual] =
            std::minmax_element(residuals.actual.begin(), residuals.actual.end());
        const auto [minPredicted, maxPredicted] =
            std::minmax_element(residuals.predicted.begin(), residuals.predicted.end());
        low = std::min(*minActual, *minPredicted);
        high = std::max(*maxActual, *maxPredicted);
    }
    const auto [min, max] = paddedRange(low, high);
    const QString target = targetName.isEmpty() ? ResultCharts::tr("target") : targetName;
    QValueAxis* x = valueAxis(ResultCharts::tr("Actual %1").arg(target), min, max);
    QValueAxis* y = valueAxis(ResultCharts::tr("Predicted %1").arg(target), min, max);
    x->applyNiceNumbers();
    y->setRange(x->min(), x->max());
    y->setTickCount(x->tickCount());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto* identity = new QLineSeries;
    identity->setObjectName(u"identityLine"_s);
    identity->setName(ResultCharts::tr("Perfect prediction"));
    identity->append(x->min(), x->min());
    identity->append(x->max(), x->max());
    identity->setPen(linePen(colors.reference, 1.0, Qt::DashLine));
    attach(chart, identity, x, y);

    auto* points = new QScatterSeries;
    points->setObjectName(u"residualPoints"_s);
    points->setName(ResultCharts::tr("Rows (%1)").arg(QLocale().toString(residuals.actual.size())));
    QList<QPointF> data;
    data.reserve(residuals.actual.size());
    for (int i = 0; i < residuals.actual.size(); ++i)
        data.append({residuals.actual.at(i), residuals.predicted.at(i)});
    points->replace(data);
    points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    points->setMarkerSize(7);
    QColor fill = colors.highlight;
    fill.setAlphaF(0.55f);
    points->setColor(fill);
    points->setBorderColor(colors.highlight);
    attach(chart, points, x, y);
    showPointToolTips(points, [residuals](int index) {
        const double actual = residuals.actual.at(index);
        const double predicted = residuals.predicted.at(index);
        return ResultCharts::tr("Actual: %1\nPredicted: %2\nResidual: %3")
            .arg(formatChartNumber(actual), formatChartNumber(predicted),
                 formatChartNumber(actual - predicted));
    });
    applyChartColors(chart, colors);
    return chart;
}

HistogramBins histogram(const QList<double>& values, int count)
{
    HistogramBins bins;
    count = std::max(1, count);
    bins.counts = QList<int>(count, 0);
    if (values.isEmpty())
        return bins;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    bins.start = *low;
    bins.width = *high > *low ? (*high - *low) / count : 1.0;
    for (double value : values) {
        const int bin = std::clamp(int((value - bins.start) / bins.width), 0, count - 1);
        ++bins.counts[bin];
    }
    return bins;
}

QChart* createResidualHistogramChart(const Residuals& residuals, const QString& targetName,
                                     const ChartColors& colors)
{
    QList<double> errors;
    errors.reserve(residuals.actual.size());
    for (int i = 0; i < residuals.actual.size(); ++i)
        errors.append(residuals.actual.at(i) - residuals.predicted.at(i));
    // About √n bins, between 5 and 40.
    const int binCount = std::clamp(int(std::ceil(std::sqrt(double(errors.size())))), 5, 40);
    const HistogramBins bins = histogram(errors, binCount);

    QChart* chart = newChart();
    const QString target = targetName.isEmpty() ? ResultCharts::tr("target") : targetName;
    const double end = bins.start + bins.width * binCount;
    QValueAxis* x =
        valueAxis(ResultCharts::tr("Residual: actual − predicted %1").arg(target), bins.start, end);
    const int tallest =
        bins.counts.isEmpty() ? 1 : *std::max_element(bins.counts.begin(), bins.counts.end());
    QValueAxis* y = valueAxis(ResultCharts::tr("Rows"), 0, std::max(1, tallest) * 1.1, u"%d"_s);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%d"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The bars as one stepped outline over a filled area.
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    for (int bin = 0; bin < binCount; ++bin) {
        const double left = bins.start + bin * bins.width;
        upper->append(left, bins.counts.at(bin));
        upper->append(left + bins.width, bins.counts.at(bin));
        lower->append(left, 0);
        lower->append(left + bins.width, 0);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setObjectName(u"residualHistogram"_s);
    area->setName(ResultCharts::tr("Rows per residual range"));
    QColor fill = colors.highlight;
    fill.setAlphaF(0.45f);
    area->setBrush(fill);
    area->setPen(linePen(colors.highlight, 1.5));
    attach(chart, area, x, y);
    QObject::connect(area, &QAreaSeries::hovered, area, [bins](const QPointF& at, bool entered) {
        if (!entered) {
            QToolTip::hideText();
            return;
        }
        const int bin =
            std::clamp(int((at.x() - bins.start) / bins.width), 0, int(bins.counts.size()) - 1);
        const double left = bins.start + bin * bins.width;
        QToolTip::showText(QCursor::pos(),
                           ResultCharts::tr("Residuals from %1 to %2\nRows: %3")
                               .arg(formatChartNumber(left), formatChartNumber(left + bins.width),
                                    QLocale().toString(bins.counts.at(bin))));
    });

    // Zero residual: where a perfect model's rows would all be.
    if (bins.start <= 0.0 && end >= 0.0) {
        auto* zero = new QLineSeries;
        zero->setObjectName(u"zeroResidualLine"_s);
        zero->setName(ResultCharts::tr("No error"));
        zero->append(0.0, 0.0);
        zero->append(0.0, y->max());
        zero->setPen(linePen(colors.reference, 1.0, Qt::DashLine));
        attach(chart, zero, x, y);
    }
    applyChartColors(chart, colors);
    return chart;
}

} // namespace winnow::ui
