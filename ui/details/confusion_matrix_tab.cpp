#include "ui/details/confusion_matrix_tab.h"

#include "models/job_metrics_confusion_model.h"
#include "ui/details/confusion_matrix_heat_map.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/split_combo_box.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

ConfusionMatrixTab::ConfusionMatrixTab(QWidget* parent) : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);

    m_normalized = new QCheckBox(tr("&Normalise by true class"), this);
    m_normalized->setObjectName(u"normalizeCheckBox"_s);
    m_normalized->setToolTip(tr("Show each true class's rows as shares adding up to 100 %, so "
                                "rare classes stand out as clearly as common ones"));
    m_asTable = new QCheckBox(tr("Show as &table"), this);
    m_asTable->setObjectName(u"showAsTableCheckBox"_s);
    m_asTable->setToolTip(
        tr("Show the numbers in a table, which screen readers and copying handle best"));
    m_splitBox = new SplitComboBox(this);
    auto* splitLabel = new QLabel(tr("Ro&ws:"), this);
    splitLabel->setBuddy(m_splitBox);

    auto* header = new QHBoxLayout;
    header->addWidget(m_caption, 1);
    header->addWidget(m_normalized);
    header->addSpacing(12);
    header->addWidget(m_asTable);
    header->addSpacing(12);
    header->addWidget(splitLabel);
    header->addWidget(m_splitBox);

    m_heatMap = new ConfusionMatrixHeatMap(this);
    m_heatMap->setObjectName(u"confusionHeatMap"_s);
    m_model = new models::JobMetricsConfusionModel(this);
    m_table = new CopyableTableView(this);
    m_table->setObjectName(u"confusionTable"_s);
    m_table->setAccessibleName(tr("Confusion matrix table"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->show();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setAlternatingRowColors(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_heatMap);
    m_views->addWidget(m_table);
    m_stack = new PlaceholderStack(m_views, this);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    connect(m_normalized, &QCheckBox::toggled, this, &ConfusionMatrixTab::setNormalized);
    connect(m_asTable, &QCheckBox::toggled, this, &ConfusionMatrixTab::setShowTable);
    connect(m_splitBox, &SplitComboBox::splitChanged, this, [this](models::DataSplit split) {
        setSplit(split);
        emit splitChanged(split);
    });
    setTabOrder(m_normalized, m_asTable);
    setTabOrder(m_asTable, m_splitBox);
    setTabOrder(m_splitBox, m_heatMap);
}

void ConfusionMatrixTab::setDocument(std::shared_ptr<const models::JobMetricsDocument> document)
{
    m_document = std::move(document);
    refresh();
}

void ConfusionMatrixTab::showPlaceholder(const QString& message)
{
    m_document.reset();
    m_heatMap->setMatrix({});
    m_model->setMatrix({});
    m_caption->setText(tr("Confusion matrix"));
    m_stack->showPlaceholder(message);
}

void ConfusionMatrixTab::setSplit(models::DataSplit split)
{
    if (m_splitBox->split() != split) {
        const QSignalBlocker blocker(m_splitBox);
        m_splitBox->setSplit(split);
    }
    if (split == m_split)
        return;
    m_split = split;
    refresh();
}

void ConfusionMatrixTab::setNormalized(bool normalized)
{
    if (m_normalized->isChecked() != normalized)
        m_normalized->setChecked(normalized);
    m_heatMap->setNormalized(normalized);
    m_model->setNormalized(normalized);
}

void ConfusionMatrixTab::setShowTable(bool table)
{
    if (m_asTable->isChecked() != table)
        m_asTable->setChecked(table);
    m_views->setCurrentWidget(table ? static_cast<QWidget*>(m_table) : m_heatMap);
}

void ConfusionMatrixTab::refresh()
{
    if (!m_document)
        return;
    const models::ConfusionMatrix& matrix = m_document->results(m_split).confusion;
    if (matrix.isEmpty()) {
        m_heatMap->setMatrix({});
        m_model->setMatrix({});
        m_stack->showPlaceholder(tr("metadata.json has no confusion matrix for this split."));
        return;
    }
    m_heatMap->setMatrix(matrix);
    m_model->setMatrix(matrix);
    qint64 correct = 0;
    for (int i = 0; i < matrix.size(); ++i)
        correct += matrix.count(i, i);
    const QLocale locale;
    const QString split = m_split == models::DataSplit::Test ? tr("test split") : tr("train split");
    m_caption->setText(tr("Confusion matrix on the %1: %2 of %3 rows predicted correctly")
                           .arg(split, locale.toString(correct), locale.toString(matrix.total())));
    m_stack->showContent();
}

} // namespace winnow::ui
