#include "ui/details/leaderboard_tab.h"

#include "models/candidate_list_model.h"
#include "models/job_metrics_names.h"
#include "models/job_metrics_rows.h"
#include "ui/details/best_value_delegate.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/placeholder_stack.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using winnow::models::CandidateListModel;

namespace winnow::ui {

LeaderboardTab::LeaderboardTab(jobs::JobStore* store, QWidget* parent) : QWidget(parent)
{
    m_model = new CandidateListModel(store, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CandidateListModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"leaderboardSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new CopyableTableView(this);
    m_table->setObjectName(u"leaderboardTable"_s);
    m_table->setAccessibleName(tr("Leaderboard"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CandidateListModel::RankColumn, Qt::AscendingOrder);
    m_table->setItemDelegate(new BestValueDelegate(CandidateListModel::IsBestRole, m_table));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CandidateListModel::PipelineColumn, QHeaderView::Stretch);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_table, 1);
    m_stack = new PlaceholderStack(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    m_emptyMessage = tr("No candidates yet.");
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LeaderboardTab::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LeaderboardTab::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LeaderboardTab::refresh);
}

void LeaderboardTab::setJobId(const QString& jobId)
{
    m_model->setJobId(jobId);
    refresh();
}

void LeaderboardTab::setEmptyMessage(const QString& message)
{
    m_emptyMessage = message;
    refresh();
}

void LeaderboardTab::setSmallerIsBetter(bool smallerIsBetter)
{
    m_model->setSmallerIsBetter(smallerIsBetter);
}

void LeaderboardTab::refresh()
{
    const int count = m_model->rowCount();
    if (count == 0) {
        m_stack->showPlaceholder(m_model->errorString().isEmpty() ? m_emptyMessage
                                                                  : m_model->errorString());
        return;
    }
    QString text = tr("%n candidate(s) evaluated", nullptr, count);
    const int best = m_model->bestRow();
    if (best >= 0) {
        const QModelIndex pipeline = m_model->index(best, CandidateListModel::PipelineColumn);
        const QModelIndex score = m_model->index(best, CandidateListModel::ScoreColumn);
        text += tr(" · best so far: %1, score %2 (%3 is better)")
                    .arg(pipeline.data().toString(), score.data().toString(),
                         m_model->smallerIsBetter() ? tr("smaller") : tr("larger"));
    }
    m_summary->setText(text);
    m_stack->showContent();
}

} // namespace winnow::ui
