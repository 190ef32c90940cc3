#pragma once

#include "models/job_metrics_document.h"
#include "ui/details/chart_style.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QLabel;

namespace winnow::ui {

class PlaceholderStack;
class ResultChartView;
class SplitComboBox;

// One tab of result charts (ROC, KS, precision–recall, importance,
// residuals): a caption, a choice of split where the charts depend on it,
// and one or more charts side by side, or a message saying why there is
// nothing to draw.
class ResultChartTab : public QWidget {
    Q_OBJECT

public:
    using Document = std::shared_ptr<const models::JobMetricsDocument>;
    // Builds one chart, or returns nullptr when the document lacks its data.
    using ChartBuilder = std::function<QChart*(const models::JobMetricsDocument&, models::DataSplit,
                                               const ChartColors&)>;
    // Why the tab has nothing to draw for this document and split, or an
    // empty string when it has.
    using Availability =
        std::function<QString(const models::JobMetricsDocument&, models::DataSplit)>;
    struct Chart {
        QString objectName;     // of its view, e.g. "rocChartView"
        QString accessibleName; // "ROC curve"
        ChartBuilder build;
    };

    ResultChartTab(const QString& caption, QList<Chart> charts, Availability availability,
                   bool dependsOnSplit, QWidget* parent = nullptr);

    void setDocument(Document document);
    void showPlaceholder(const QString& message);
    void setSplit(models::DataSplit split);
    models::DataSplit split() const { return m_split; }

    QList<ResultChartView*> chartViews() const { return m_views; }
    PlaceholderStack* stack() const { return m_stack; }

signals:
    void splitChanged(winnow::models::DataSplit split);
    void messageRequested(QtMsgType level, const QString& text);

private:
    void rebuild();

    QString m_caption;
    QList<Chart> m_charts;
    Availability m_availability;
    Document m_document;
    models::DataSplit m_split = models::DataSplit::Test;
    QLabel* m_captionLabel = nullptr;
    SplitComboBox* m_splitBox = nullptr;
    PlaceholderStack* m_stack = nullptr;
    QList<ResultChartView*> m_views;
};

} // namespace winnow::ui
