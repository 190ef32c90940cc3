#pragma once

#include "models/job_metrics_document.h"

#include <QColor>
#include <QPoint>
#include <QRect>
#include <QWidget>

namespace winnow::ui {

// A confusion matrix drawn as a heat map: one cell per (true class,
// predicted class), coloured on a scale from the palette's base colour to
// its highlight, labelled with the count and the share of the true class's
// rows. Normalised, the colour follows each true class's shares (rows add
// up to 100 %), so a rare class's errors show as clearly as a common one's.
//
// Every cell has a tooltip; the arrow keys move a focus frame from cell to
// cell and the accessible description follows it. The table view over
// JobMetricsConfusionModel is the alternative for screen readers.
class ConfusionMatrixHeatMap : public QWidget {
    Q_OBJECT

public:
    explicit ConfusionMatrixHeatMap(QWidget* parent = nullptr);

    void setMatrix(const models::ConfusionMatrix& matrix);
    const models::ConfusionMatrix& matrix() const { return m_matrix; }
    void setNormalized(bool normalized);
    bool isNormalized() const { return m_normalized; }

    // The text a cell shows first: the count, or the share when normalised.
    QString cellText(int trueClass, int predictedClass) const;
    // A sentence describing the cell, for tooltips and screen readers.
    QString cellDescription(int trueClass, int predictedClass) const;
    QColor cellColor(int trueClass, int predictedClass) const;
    // Where a cell is drawn, in widget coordinates.
    QRect cellRect(int trueClass, int predictedClass) const;
    // The cell at a point: (predicted, true) as (x, y), or (-1, -1).
    QPoint cellAt(const QPoint& position) const;
    QPoint currentCell() const { return m_current; }
    void setCurrentCell(int trueClass, int predictedClass);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Layout {
        QRect grid;         // the cells
        int cell = 0;       // side of a cell
        QRect legend;       // the colour scale
        QRect rowLabels;    // true classes, left of the grid
        QRect columnLabels; // predicted classes, below the grid
    };
    Layout layout() const;
    // The value the colour scale runs over: the share, or the count over the largest count.
    double intensity(int trueClass, int predictedClass) const;
    void updateAccessibleDescription();

    models::ConfusionMatrix m_matrix;
    bool m_normalized = false;
    qint64 m_largestCount = 0;
    QPoint m_current{0, 0}; // x: predicted class, y: true class
};

} // namespace winnow::ui
