#include "ui/newjob/column_type_delegate.h"

#include "engine/data/table.h"
#include "models/column_profile.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace winnow::ui {

QWidget* ColumnTypeDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"columnTypeEditor"_s);
    combo->setAccessibleName(tr("Type of %1").arg(index.siblingAtColumn(0).data().toString()));
    for (engine::ColumnType type : {engine::ColumnType::Numeric, engine::ColumnType::Boolean,
                                    engine::ColumnType::Categorical, engine::ColumnType::Datetime})
        combo->addItem(models::columnTypeText(type), int(type));
    // The choice applies at once, so that the preview follows.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ColumnTypeDelegate*>(this)->commitData(combo); });
    return combo;
}

void ColumnTypeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = qobject_cast<QComboBox*>(editor);
    if (!combo)
        return;
    const int at = combo->findData(index.data(Qt::EditRole).toInt());
    combo->setCurrentIndex(qMax(0, at));
}

void ColumnTypeDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace winnow::ui
