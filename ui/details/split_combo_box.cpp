#include "ui/details/split_combo_box.h"

namespace winnow::ui {

SplitComboBox::SplitComboBox(QWidget* parent) : QComboBox(parent)
{
    addItem(tr("Test split"), int(models::DataSplit::Test));
    setItemData(0, tr("Rows held out from training: how the model does on new data"),
                Qt::ToolTipRole);
    addItem(tr("Train split"), int(models::DataSplit::Train));
    setItemData(1, tr("Rows the model was fitted on"), Qt::ToolTipRole);
    setToolTip(tr("The rows the results are measured on"));
    setAccessibleName(tr("Split"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit splitChanged(split()); });
}

models::DataSplit SplitComboBox::split() const
{
    return models::DataSplit(currentData().toInt());
}

void SplitComboBox::setSplit(models::DataSplit split)
{
    setCurrentIndex(findData(int(split)));
}

} // namespace winnow::ui
