#pragma once

#include "models/job_metrics_document.h"

#include <QComboBox>

namespace winnow::ui {

// Chooses the rows a chart or a matrix shows: the test split or the train split.
class SplitComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit SplitComboBox(QWidget* parent = nullptr);

    models::DataSplit split() const;
    void setSplit(models::DataSplit split);

signals:
    void splitChanged(winnow::models::DataSplit split);
};

} // namespace winnow::ui
