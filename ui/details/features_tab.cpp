#include "ui/details/features_tab.h"

#include "models/job_metrics_feature_model.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/placeholder_stack.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using winnow::models::JobMetricsFeatureModel;

namespace winnow::ui {

namespace {

// Draws each feature's importance as a bar behind its number, as long as
// the importance relative to the largest.
class ImportanceBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        const QVariant relative = index.data(JobMetricsFeatureModel::RelativeImportanceRole);
        if (relative.isValid() && !(option.state & QStyle::State_Selected)) {
            QColor bar = option.palette.color(QPalette::Highlight);
            bar.setAlphaF(0.3f);
            QRect area = option.rect.adjusted(2, 3, -2, -3);
            area.setWidth(int(area.width() * relative.toDouble()));
            painter->fillRect(area, bar);
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Hides the columns the model does not read, unless asked to show them.
class FeatureFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowAll(bool all)
    {
        m_showAll = all;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        return m_showAll || sourceModel()
                                ->index(row, 0, parent)
                                .data(JobMetricsFeatureModel::IsFeatureRole)
                                .toBool();
    }

private:
    bool m_showAll = false;
};

} // namespace

FeaturesTab::FeaturesTab(QWidget* parent) : QWidget(parent)
{
    m_model = new JobMetricsFeatureModel(this);
    auto* filter = new FeatureFilter(this);
    filter->setSourceModel(m_model);
    filter->setSortRole(JobMetricsFeatureModel::SortRole);
    m_proxy = filter;

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"featuresSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showAll = new QCheckBox(tr("Show &all columns"), this);
    m_showAll->setObjectName(u"showUnusedColumnsCheckBox"_s);
    m_showAll->setToolTip(
        tr("Also list the target, the row id and the columns left out, with the reason"));
    connect(m_showAll, &QCheckBox::toggled, this, &FeaturesTab::setShowAllColumns);

    m_table = new CopyableTableView(this);
    m_table->setObjectName(u"featuresTable"_s);
    m_table->setAccessibleName(tr("Features"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobMetricsFeatureModel::ImportanceColumn, Qt::DescendingOrder);
    m_table->setItemDelegateForColumn(JobMetricsFeatureModel::ImportanceColumn,
                                      new ImportanceBarDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* content = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_showAll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_table, 1);
    m_stack = new PlaceholderStack(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void FeaturesTab::setDocument(std::shared_ptr<const models::JobMetricsDocument> document)
{
    m_model->setDocument(*document);
    const QLocale locale;
    QString text = tr("The model reads %n column(s).", nullptr, m_model->featureCount());
    if (!document->featureImportance.isEmpty()) {
        text += u' ' + tr("Importance: the test score lost when a column's values are shuffled "
                          "among the rows.");
    } else {
        text += u' ' + tr("This model reports no feature importance.");
    }
    if (!document->droppedFeatures.isEmpty()) {
        text += u' ' + tr("Left out as constant or empty: %1.")
                           .arg(locale.createSeparatedList(document->droppedFeatures));
    }
    m_summary->setText(text);
    m_table->resizeColumnsToContents();
    m_stack->showContent();
}

void FeaturesTab::showPlaceholder(const QString& message)
{
    m_model->clear();
    m_stack->showPlaceholder(message);
}

void FeaturesTab::setShowAllColumns(bool all)
{
    if (m_showAll->isChecked() != all)
        m_showAll->setChecked(all);
    static_cast<FeatureFilter*>(m_proxy)->setShowAll(all);
}

} // namespace winnow::ui
