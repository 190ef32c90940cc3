#pragma once

#include "ui/details/chart_style.h"

#include <QChartView>
#include <QImage>
#include <QtGlobal>

#include <functional>

class QAction;
class QXYSeries;

namespace winnow::ui {

// A chart of a job's results. It builds its chart with a factory, again
// whenever the palette changes (so a switch to a dark theme restyles it),
// and offers Copy Image and Save Image… in its context menu (also reachable
// from the keyboard: the menu key, Shift+F10, and Ctrl+C to copy).
class ResultChartView : public QChartView {
    Q_OBJECT

public:
    using ChartFactory = std::function<QChart*(const ChartColors& colors)>;

    explicit ResultChartView(QWidget* parent = nullptr);
    ~ResultChartView() override;

    // Builds the chart now and on every palette change.
    void setChartFactory(ChartFactory factory);
    void clearChart();
    bool hasChart() const { return m_hasChart; }

    // The chart as an image, at the screen's pixel density.
    QImage image();
    bool saveImage(const QString& path);

    QAction* copyImageAction() const { return m_copyImage; }
    QAction* saveImageAction() const { return m_saveImage; }

signals:
    void messageRequested(QtMsgType level, const QString& text);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void copyImage();
    void chooseFileAndSave();
    QString suggestedFileName() const;

    ChartFactory m_factory;
    bool m_hasChart = false;
    bool m_rebuilding = false;
    QAction* m_copyImage = nullptr;
    QAction* m_saveImage = nullptr;
};

// While the pointer is over a line or scatter series, shows a tooltip for
// its point nearest the pointer; `describe` gives the text of point `index`.
void showPointToolTips(QXYSeries* series, std::function<QString(int index)> describe);

} // namespace winnow::ui
