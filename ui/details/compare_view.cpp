#include "ui/details/compare_view.h"

#include "jobs/job_store.h"
#include "models/job_metrics_comparison_model.h"
#include "models/job_metrics_loader.h"
#include "ui/details/best_value_delegate.h"
#include "ui/details/copyable_table_view.h"
#include "ui/details/job_details_panel.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/result_chart_view.h"
#include "ui/details/result_charts.h"

#include <QChart>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using winnow::models::JobMetricsComparisonModel;
using winnow::models::JobMetricsDocument;

namespace winnow::ui {

CompareView::CompareView(jobs::JobStore* store, QWidget* parent) : QWidget(parent), m_store(store)
{
    setObjectName(u"compareView"_s);
    setAccessibleName(tr("Job comparison"));

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"compareNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    m_model = new JobMetricsComparisonModel(this);
    m_table = new CopyableTableView(this);
    m_table->setObjectName(u"comparisonTable"_s);
    m_table->setAccessibleName(tr("Metrics of the compared jobs"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new BestValueDelegate(JobMetricsComparisonModel::IsBestRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_roc = new ResultChartView(this);
    m_roc->setObjectName(u"comparisonRocView"_s);
    m_roc->setAccessibleName(tr("ROC curves compared"));
    connect(m_roc, &ResultChartView::messageRequested, this, &CompareView::messageRequested);
    m_rocStack = new PlaceholderStack(m_roc, this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_rocStack);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({500, 500});

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(splitter, 1);
    m_stack = new PlaceholderStack(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    m_stack->showPlaceholder(tr("Choose two or more finished jobs to compare them."));
}

CompareView::~CompareView() = default;

void CompareView::setJobs(const QStringList& jobIds)
{
    m_jobIds = jobIds;
    ++m_generation;
    qDeleteAll(m_loaders);
    m_loaders.clear();
    m_entries.clear();
    m_pending = 0;

    QStringList names;
    for (const QString& id : jobIds) {
        Entry entry;
        entry.id = id;
        jobs::Result<jobs::Job> job = m_store ? m_store->get(id)
                                              : jobs::Result<jobs::Job>(jobs::Error{
                                                    jobs::ErrorKind::NotFound, tr("no job store")});
        if (!job) {
            entry.name = id;
            entry.problem = tr("it no longer exists");
            m_entries.append(entry);
            continue;
        }
        entry.name = job->displayName();
        const QString file = JobDetailsPanel::metadataFile(*job);
        if (job->status() != jobs::JobStatus::Finished &&
            job->status() != jobs::JobStatus::Stopped) {
            entry.problem = tr("it has not finished");
        } else if (file.isEmpty()) {
            entry.problem = tr("its results are not on this computer");
        } else {
            auto* loader = new models::JobMetricsLoader(this);
            const int index = int(m_entries.size());
            const quint64 generation = m_generation;
            connect(loader, &models::JobMetricsLoader::loaded, this,
                    [this, index, generation](const JobMetricsDocument& document) {
                        if (generation != m_generation)
                            return;
                        m_entries[index].document =
                            std::make_shared<const JobMetricsDocument>(document);
                        finishedOne();
                    });
            connect(loader, &models::JobMetricsLoader::failed, this,
                    [this, index, generation](const QString& message) {
                        if (generation != m_generation)
                            return;
                        m_entries[index].problem = message;
                        finishedOne();
                    });
            m_loaders.append(loader);
            ++m_pending;
            loader->load(file);
        }
        m_entries.append(entry);
    }
    // Two jobs with one name are told apart by the start of their id.
    for (Entry& entry : m_entries) {
        int same = 0;
        for (const Entry& other : std::as_const(m_entries))
            same += other.name == entry.name ? 1 : 0;
        if (same > 1)
            entry.name = tr("%1 (%2)").arg(entry.name, entry.id.left(8));
    }
    if (m_pending == 0)
        showComparison();
    else
        m_stack->showPlaceholder(tr("Reading the results…"));
}

void CompareView::finishedOne()
{
    if (--m_pending == 0)
        showComparison();
}

QString CompareView::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void CompareView::showComparison()
{
    QList<JobMetricsComparisonModel::Job> jobs;
    QStringList leftOut;
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.document)
            jobs.append({entry.id, entry.name, *entry.document});
        else
            leftOut << tr("%1: %2").arg(entry.name, entry.problem);
    }
    m_notice->setVisible(!leftOut.isEmpty());
    m_notice->setText(tr("Not compared: %1").arg(leftOut.join(u"; "_s)));

    if (jobs.size() < 2) {
        m_model->setJobs({});
        m_roc->clearChart();
        QString message = tr("Choose two or more finished jobs to compare them.");
        if (!leftOut.isEmpty())
            message += u"\n\n"_s + m_notice->text();
        m_stack->showPlaceholder(message);
        emit comparisonReady();
        return;
    }
    m_model->setJobs(jobs);
    m_table->resizeColumnsToContents();

    QList<RocSeries> curves;
    for (const JobMetricsComparisonModel::Job& job : std::as_const(jobs)) {
        if (job.document.task != models::MetricsTask::BinaryClassification ||
            job.document.test.roc.isEmpty())
            continue;
        const models::RocCurve& curve = job.document.test.roc.constFirst();
        const QString auc = curve.auc ? formatChartNumber(*curve.auc) : tr("undefined");
        curves.append({tr("%1 (AUC %2)").arg(job.name, auc), curve});
    }
    if (curves.isEmpty()) {
        m_roc->clearChart();
        m_rocStack->showPlaceholder(
            tr("ROC curves are overlaid for binary classifications; none of these jobs is one."));
    } else {
        m_roc->setChartFactory([curves](const ChartColors& colors) {
            QChart* chart = createRocChart(curves, colors);
            chart->setTitle(tr("ROC curves — test split"));
            return chart;
        });
        m_rocStack->showContent();
    }
    m_stack->showContent();
    emit comparisonReady();
}

} // namespace winnow::ui
