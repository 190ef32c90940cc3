#include "ui/details/job_metrics_tab.h"

#include "models/job_metrics_names.h"
#include "models/job_metrics_rows.h"
#include "models/job_metrics_table_model.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/placeholder_stack.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace winnow::ui {

JobMetricsTab::JobMetricsTab(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"metricsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto* copy = new QPushButton(tr("Cop&y Table"), this);
    copy->setObjectName(u"copyMetricsButton"_s);
    copy->setToolTip(tr("Copy every metric to the clipboard, as tab-separated text"));

    m_model = new models::JobMetricsTableModel(this);
    m_table = new CopyableTableView(this);
    m_table->setObjectName(u"metricsTable"_s);
    m_table->setAccessibleName(tr("Metrics"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(models::JobMetricsTableModel::MetricColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(models::JobMetricsTableModel::TestColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(models::JobMetricsTableModel::TrainColumn,
                                                      QHeaderView::ResizeToContents);
    connect(copy, &QPushButton::clicked, m_table, &CopyableTableView::copyAll);

    auto* content = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(copy, 0, Qt::AlignTop);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_table, 1);

    m_stack = new PlaceholderStack(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
}

void JobMetricsTab::setDocument(std::shared_ptr<const models::JobMetricsDocument> document)
{
    m_model->setDocument(*document);
    const QLocale locale;
    QStringList parts;
    parts << tr("<b>%1</b>, target <b>%2</b>")
                 .arg(models::taskDisplayName(document->task).toHtmlEscaped(),
                      document->targetName.toHtmlEscaped());
    if (!document->scoring.isEmpty()) {
        QString scoring = tr("optimised for <b>%1</b>")
                              .arg(models::scoringDisplayName(document->scoring).toHtmlEscaped());
        if (document->cvScore) {
            scoring += tr(": %1 cross-validated")
                           .arg(models::formatMetricValue(*document->cvScore, false));
            if (document->folds)
                scoring += tr(" over %n fold(s)", nullptr, *document->folds);
        }
        parts << scoring;
    }
    parts << tr("%n candidate(s) evaluated", nullptr, document->candidatesEvaluated);
    QString text = parts.join(u" · "_s);
    if (document->stoppedEarly)
        text +=
            u"<br>"_s + tr("The job was stopped early: this is the best model found until then.");
    m_summary->setText(text);
    m_table->resizeColumnsToContents();
    m_stack->showContent();
}

void JobMetricsTab::showPlaceholder(const QString& message)
{
    m_model->clear();
    m_summary->clear();
    m_stack->showPlaceholder(message);
}

QString JobMetricsTab::summaryText() const
{
    return m_summary->text();
}

} // namespace winnow::ui
