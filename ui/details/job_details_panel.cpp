#include "ui/details/job_details_panel.h"

#include "jobs/job_store.h"
#include "models/job_metrics_loader.h"
#include "models/job_metrics_names.h"
#include "resources/resources.h"
#include "ui/details/confusion_matrix_tab.h"
#include "ui/details/features_tab.h"
#include "ui/details/job_log_tab.h"
#include "ui/details/job_metrics_tab.h"
#include "ui/details/job_overview_tab.h"
#include "ui/details/leaderboard_tab.h"
#include "ui/details/pipeline_tab.h"
#include "ui/details/placeholder_stack.h"
#include "ui/details/result_chart_tab.h"
#include "ui/details/result_charts.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;
using winnow::jobs::Job;
using winnow::jobs::JobField;
using winnow::jobs::JobStatus;
using winnow::models::DataSplit;
using winnow::models::JobMetricsDocument;
using winnow::models::MetricsTask;

namespace winnow::ui {

namespace {

// The charts' builders and the reasons a chart has nothing to draw.

QChart* buildRoc(const JobMetricsDocument& document, DataSplit split, const ChartColors& colors)
{
    const QList<models::RocCurve>& curves = document.results(split).roc;
    QList<RocSeries> series;
    for (const models::RocCurve& curve : curves)
        series.append(
            {rocSeriesName(curve, document.task != MetricsTask::BinaryClassification), curve});
    return createRocChart(series, colors);
}

QString rocUnavailable(const JobMetricsDocument& document, DataSplit split)
{
    if (!document.isClassification())
        return JobDetailsPanel::tr(
            "ROC curves are for classifications; this model is a regression.");
    if (document.results(split).roc.isEmpty())
        return JobDetailsPanel::tr("No ROC curve: this split holds rows of a single class.");
    return {};
}

QChart* buildKs(const JobMetricsDocument& document, DataSplit split, const ChartColors& colors)
{
    const std::optional<models::KsCurve>& curve = document.results(split).ks;
    return curve ? createKsChart(*curve, document.labels, colors) : nullptr;
}

QString ksUnavailable(const JobMetricsDocument& document, DataSplit split)
{
    if (document.task != MetricsTask::BinaryClassification)
        return JobDetailsPanel::tr("The KS curve is for binary classifications.");
    if (!document.results(split).ks)
        return JobDetailsPanel::tr("No KS curve: this split holds rows of a single class.");
    return {};
}

QChart* buildPrecisionRecall(const JobMetricsDocument& document, DataSplit split,
                             const ChartColors& colors)
{
    return createPrecisionRecallChart(document.results(split).precisionRecall,
                                      document.task == MetricsTask::BinaryClassification, colors);
}

QString precisionRecallUnavailable(const JobMetricsDocument& document, DataSplit split)
{
    if (!document.isClassification())
        return JobDetailsPanel::tr("Precision–recall curves are for classifications.");
    if (document.results(split).precisionRecall.isEmpty())
        return JobDetailsPanel::tr("No precision–recall curve: this split has no positive rows.");
    return {};
}

constexpr int kMostImportanceBars = 25;

QChart* buildImportance(const JobMetricsDocument& document, DataSplit, const ChartColors& colors)
{
    return createFeatureImportanceChart(document.featureImportance, kMostImportanceBars, colors);
}

QString importanceUnavailable(const JobMetricsDocument& document, DataSplit)
{
    if (document.featureImportance.isEmpty())
        return JobDetailsPanel::tr("This model reports no feature importance.");
    return {};
}

QChart* buildResidualScatter(const JobMetricsDocument& document, DataSplit split,
                             const ChartColors& colors)
{
    const std::optional<models::Residuals>& residuals = document.results(split).residuals;
    return residuals ? createResidualScatterChart(*residuals, document.targetName, colors)
                     : nullptr;
}

QChart* buildResidualHistogram(const JobMetricsDocument& document, DataSplit split,
                               const ChartColors& colors)
{
    const std::optional<models::Residuals>& residuals = document.results(split).residuals;
    return residuals ? createResidualHistogramChart(*residuals, document.targetName, colors)
                     : nullptr;
}

QString residualsUnavailable(const JobMetricsDocument& document, DataSplit split)
{
    if (document.task != MetricsTask::Regression)
        return JobDetailsPanel::tr(
            "Residuals are for regressions; this model is a classification.");
    if (!document.results(split).residuals || document.results(split).residuals->actual.isEmpty())
        return JobDetailsPanel::tr("metadata.json holds no residuals for this split.");
    return {};
}

bool hasResultsToShow(JobStatus status)
{
    return status == JobStatus::Finished || status == JobStatus::Stopped ||
           status == JobStatus::Unknown;
}

} // namespace

JobDetailsPanel::JobDetailsPanel(jobs::JobStore* store, QWidget* parent)
    : QTabWidget(parent)
    , m_store(store)
{
    setObjectName(u"jobDetailsPanel"_s);
    setAccessibleName(tr("Job details"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone);

    m_loader = new models::JobMetricsLoader(this);
    connect(m_loader, &models::JobMetricsLoader::loaded, this, &JobDetailsPanel::onResultsLoaded);
    connect(m_loader, &models::JobMetricsLoader::failed, this, &JobDetailsPanel::onResultsFailed);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &JobDetailsPanel::tick);

    createTabs();
    createActions();

    if (m_store) {
        connect(m_store, &jobs::JobStore::jobChanged, this, &JobDetailsPanel::onJobChanged);
        connect(m_store, &jobs::JobStore::jobRemoved, this, &JobDetailsPanel::onJobRemoved);
    }
    setJob({});
}

JobDetailsPanel::~JobDetailsPanel() = default;

void JobDetailsPanel::createTabs()
{
    m_overview = new JobOverviewTab(this);
    m_overview->setObjectName(u"overviewTab"_s);
    m_metrics = new JobMetricsTab(this);
    m_metrics->setObjectName(u"metricsTab"_s);
    m_confusion = new ConfusionMatrixTab(this);
    m_confusion->setObjectName(u"confusionTab"_s);

    using Chart = ResultChartTab::Chart;
    m_roc =
        new ResultChartTab(tr("ROC curve"), {Chart{u"rocChartView"_s, tr("ROC curve"), buildRoc}},
                           rocUnavailable, true, this);
    m_roc->setObjectName(u"rocTab"_s);
    m_ks = new ResultChartTab(tr("KS curve"), {Chart{u"ksChartView"_s, tr("KS curve"), buildKs}},
                              ksUnavailable, true, this);
    m_ks->setObjectName(u"ksTab"_s);
    m_precisionRecall = new ResultChartTab(
        tr("Precision–recall curve"),
        {Chart{u"precisionRecallChartView"_s, tr("Precision–recall curve"), buildPrecisionRecall}},
        precisionRecallUnavailable, true, this);
    m_precisionRecall->setObjectName(u"precisionRecallTab"_s);
    m_importance = new ResultChartTab(
        tr("Feature importance, measured on the test split"),
        {Chart{u"importanceChartView"_s, tr("Feature importance"), buildImportance}},
        importanceUnavailable, false, this);
    m_importance->setObjectName(u"importanceTab"_s);
    m_residuals = new ResultChartTab(
        tr("Residuals"),
        {Chart{u"residualScatterView"_s, tr("Predicted against actual"), buildResidualScatter},
         Chart{u"residualHistogramView"_s, tr("Residuals"), buildResidualHistogram}},
        residualsUnavailable, true, this);
    m_residuals->setObjectName(u"residualsTab"_s);
    m_leaderboard = new LeaderboardTab(m_store, this);
    m_leaderboard->setObjectName(u"leaderboardTab"_s);
    m_pipeline = new PipelineTab(this);
    m_pipeline->setObjectName(u"pipelineTab"_s);
    m_features = new FeaturesTab(this);
    m_features->setObjectName(u"featuresTab"_s);
    m_log = new JobLogTab(this);
    m_log->setObjectName(u"logTab"_s);

    addTab(m_overview, tr("&Overview"));
    addTab(m_metrics, tr("&Metrics"));
    addTab(m_confusion, tr("&Confusion Matrix"));
    addTab(m_roc, tr("&ROC"));
    addTab(m_ks, tr("&KS"));
    addTab(m_precisionRecall, tr("&Precision–Recall"));
    addTab(m_importance, tr("&Importance"));
    addTab(m_residuals, tr("Resi&duals"));
    addTab(m_leaderboard, tr("&Leaderboard"));
    addTab(m_pipeline, tr("Pipelin&e"));
    addTab(m_features, tr("Feat&ures"));
    addTab(m_log, tr("Lo&g"));
    setTabToolTip(OverviewPage, tr("Status, timeline, data and spec of the job"));
    setTabToolTip(MetricsPage, tr("Every metric on the test and train rows"));
    setTabToolTip(ConfusionPage, tr("Which classes the model confuses"));
    setTabToolTip(RocPage, tr("Receiver operating characteristic: true against false positives"));
    setTabToolTip(KsPage, tr("How far apart the model scores positives and negatives"));
    setTabToolTip(PrecisionRecallPage, tr("Precision against recall over every threshold"));
    setTabToolTip(ImportancePage, tr("How much each column matters to the model"));
    setTabToolTip(ResidualsPage, tr("How far predictions are from the truth"));
    setTabToolTip(LeaderboardPage, tr("Every pipeline the search evaluated"));
    setTabToolTip(PipelinePage, tr("The fitted pipeline, step by step"));
    setTabToolTip(FeaturesPage, tr("The columns the model reads, with their profile"));
    setTabToolTip(LogPage, tr("What the engine reported while it ran"));

    // The split chosen on one tab applies to every tab.
    for (ResultChartTab* tab : {m_roc, m_ks, m_precisionRecall, m_residuals}) {
        connect(tab, &ResultChartTab::splitChanged, this, &JobDetailsPanel::setSplit);
        connect(tab, &ResultChartTab::messageRequested, this, &JobDetailsPanel::messageRequested);
    }
    connect(m_importance, &ResultChartTab::messageRequested, this,
            &JobDetailsPanel::messageRequested);
    connect(m_confusion, &ConfusionMatrixTab::splitChanged, this, &JobDetailsPanel::setSplit);
    for (ResultChartTab* tab : {m_roc, m_ks, m_precisionRecall, m_importance, m_residuals}) {
        connect(tab->stack(), &PlaceholderStack::actionTriggered, this,
                [this] { emit downloadRequested(m_jobId); });
    }
}

void JobDetailsPanel::createActions()
{
    auto* corner = new QWidget(this);
    auto* layout = new QHBoxLayout(corner);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(2);
    auto button = [&](resources::ActionIcon icon, const QString& objectName, const QString& text,
                      const QString& tip) {
        auto* tool = new QToolButton(corner);
        tool->setObjectName(objectName);
        tool->setIcon(resources::actionIcon(icon));
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAccessibleName(text);
        tool->setAutoRaise(true);
        tool->setToolButtonStyle(Qt::ToolButtonIconOnly);
        layout->addWidget(tool);
        return tool;
    };
    m_exportReport = button(resources::ActionIcon::Export, u"exportReportButton"_s,
                            tr("Export Report…"), tr("Export a report of this job's results"));
    m_download = button(resources::ActionIcon::Download, u"downloadResultsButton"_s,
                        tr("Download Results…"), tr("Save this job's result files to a folder"));
    m_predict = button(resources::ActionIcon::Predict, u"predictButton"_s, tr("Predict…"),
                       tr("Apply this job's model to new data"));
    connect(m_exportReport, &QToolButton::clicked, this,
            [this] { emit exportReportRequested(m_jobId); });
    connect(m_download, &QToolButton::clicked, this, [this] { emit downloadRequested(m_jobId); });
    connect(m_predict, &QToolButton::clicked, this, [this] { emit predictRequested(m_jobId); });
    setCornerWidget(corner, Qt::TopRightCorner);
}

QString JobDetailsPanel::metadataFile(const Job& job)
{
    return job.artifactDir.isEmpty() ? QString()
                                     : QDir(job.artifactDir).filePath(u"metadata.json"_s);
}

QString JobDetailsPanel::pipelineFile(const Job& job)
{
    return job.artifactDir.isEmpty() ? QString()
                                     : QDir(job.artifactDir).filePath(u"pipeline.html"_s);
}

namespace {

QString jobFolderFile(const Job& job, const QString& name)
{
    if (job.artifactDir.isEmpty())
        return {};
    const QString beside = QDir(job.artifactDir).filePath(u"../"_s + name);
    const QString inside = QDir(job.artifactDir).filePath(name);
    if (!QFileInfo::exists(beside) && QFileInfo::exists(inside))
        return QDir::cleanPath(inside);
    return QDir::cleanPath(beside);
}

} // namespace

QString JobDetailsPanel::eventsFile(const Job& job)
{
    return jobFolderFile(job, u"events.jsonl"_s);
}

QString JobDetailsPanel::stderrFile(const Job& job)
{
    return jobFolderFile(job, u"stderr.log"_s);
}

bool JobDetailsPanel::isLoadingResults() const
{
    return m_loader->isLoading();
}

void JobDetailsPanel::setJob(const QString& jobId)
{
    m_jobId = jobId;
    m_hasJob = false;
    m_document.reset();
    m_loadedFile.clear();
    m_loadedModified = {};
    m_loader->cancel();
    m_leaderboard->setJobId(jobId);
    reloadJob();
}

void JobDetailsPanel::reloadJob()
{
    if (m_jobId.isEmpty() || !m_store) {
        m_hasJob = false;
        m_overview->clear(tr("Select a job to see its details."));
        showResultsPlaceholder(tr("Select a job to see its results."));
        m_log->showPlaceholder(tr("Select a job to see its log."));
        m_leaderboard->setEmptyMessage(tr("Select a job to see its leaderboard."));
        m_ticker->stop();
        updateActions();
        return;
    }
    jobs::Result<Job> job = m_store->get(m_jobId);
    if (!job) {
        m_hasJob = false;
        const QString message = job.error().kind == jobs::ErrorKind::NotFound
                                    ? tr("This job no longer exists.")
                                    : tr("Could not read the job: %1").arg(job.errorString());
        m_overview->clear(message);
        showResultsPlaceholder(message);
        m_log->showPlaceholder(message);
        m_ticker->stop();
        if (job.error().kind != jobs::ErrorKind::NotFound)
            emit messageRequested(QtWarningMsg, message);
        updateActions();
        return;
    }
    m_job = std::move(job.value());
    m_hasJob = true;
    m_overview->setJob(m_job);

    const JobStatus status = m_job.status();
    if (status == JobStatus::Pending)
        m_leaderboard->setEmptyMessage(tr("The search has not started yet."));
    else if (status == JobStatus::Running)
        m_leaderboard->setEmptyMessage(tr("Candidates appear here as the search scores them."));
    else
        m_leaderboard->setEmptyMessage(tr("This job has no candidates on record."));

    refreshResults(false);
    refreshLog();
    if (status == JobStatus::Running)
        m_ticker->start();
    else
        m_ticker->stop();
    updateActions();
}

void JobDetailsPanel::onJobChanged(const QString& jobId, jobs::JobFields fields)
{
    if (jobId != m_jobId)
        return;
    jobs::Result<Job> job = m_store->get(m_jobId);
    if (!job)
        return;
    m_job = std::move(job.value());
    m_hasJob = true;
    m_overview->setJob(m_job);
    const bool resultsMayHaveChanged =
        fields & (JobField::Status | JobField::ArtifactDir | JobField::Artifacts);
    if (fields & JobField::Status) {
        // The leaderboard's empty text and the ticker follow the status.
        reloadJob();
        return;
    }
    if (resultsMayHaveChanged)
        refreshResults(false);
    if (fields & JobField::ArtifactDir)
        refreshLog();
    updateActions();
}

void JobDetailsPanel::onJobRemoved(const QString& jobId)
{
    if (jobId != m_jobId)
        return;
    m_hasJob = false;
    m_document.reset();
    m_loader->cancel();
    m_ticker->stop();
    m_overview->clear(tr("This job was removed."));
    showResultsPlaceholder(tr("This job was removed."));
    m_log->showPlaceholder(tr("This job was removed."));
    updateActions();
}

QString JobDetailsPanel::waitingMessage() const
{
    switch (m_job.status()) {
    case JobStatus::Pending:
        return tr("Results appear when the job finishes. It has not started yet.");
    case JobStatus::Running:
        return tr("Results appear when the job finishes. Meanwhile the Leaderboard and Log tabs "
                  "follow the search.");
    case JobStatus::Failed:
        return tr("The job failed, so there are no results. The Overview tab says why.");
    case JobStatus::Interrupted:
        return tr("The job was interrupted before it finished, so there are no results.");
    default: return {};
    }
}

void JobDetailsPanel::refreshResults(bool force)
{
    const QString waiting = waitingMessage();
    if (!waiting.isEmpty()) {
        m_loader->cancel();
        m_document.reset();
        m_loadedFile.clear();
        showResultsPlaceholder(waiting);
        return;
    }
    if (m_job.artifactDir.isEmpty()) {
        m_document.reset();
        if (!m_job.artifactUri.isEmpty() || m_job.backend != jobs::localBackendId())
            showResultsPlaceholder(tr("The results are kept by the service that ran the job. "
                                      "Download them to see them here."),
                                   true);
        else
            showResultsPlaceholder(tr("This job has no results folder."));
        return;
    }
    const QString file = metadataFile(m_job);
    const QFileInfo info(file);
    if (!info.exists()) {
        m_loader->cancel();
        m_document.reset();
        m_loadedFile.clear();
        if (m_job.status() == JobStatus::Stopped)
            showResultsPlaceholder(tr("The job was stopped before any candidate finished, so "
                                      "there is no model."));
        else
            showResultsPlaceholder(tr("The results are incomplete: %1 is missing. The folder "
                                      "may have been moved or deleted.")
                                       .arg(QDir::toNativeSeparators(file)));
        return;
    }
    if (!force && file == m_loadedFile && info.lastModified() == m_loadedModified)
        return; // on show already, or being read
    m_loadedFile = file;
    m_loadedModified = info.lastModified();
    if (!m_document)
        showResultsPlaceholder(tr("Reading the results…"));
    m_loader->load(file);
}

void JobDetailsPanel::onResultsLoaded(const JobMetricsDocument& document)
{
    showResults(std::make_shared<const JobMetricsDocument>(document));
    emit resultsLoaded(m_jobId);
}

void JobDetailsPanel::onResultsFailed(const QString& message)
{
    m_document.reset();
    showResultsPlaceholder(tr("Could not read the results. %1").arg(message));
    emit resultsFailed(m_jobId, message);
    updateActions();
}

void JobDetailsPanel::showResults(std::shared_ptr<const JobMetricsDocument> document)
{
    m_document = std::move(document);
    m_resultsMessage.clear();
    m_metrics->setDocument(m_document);
    m_confusion->setDocument(m_document);
    for (ResultChartTab* tab : {m_roc, m_ks, m_precisionRecall, m_importance, m_residuals})
        tab->setDocument(m_document);
    m_features->setDocument(m_document);
    m_pipeline->setPageFile(pipelineFile(m_job));
    m_leaderboard->setSmallerIsBetter(models::isSmallerBetterScoring(
        m_document->scoring,
        m_document->task == MetricsTask::Regression ? u"regression"_s : QString()));
    enableTabsForTask(m_document->task);
    updateActions();
}

void JobDetailsPanel::showResultsPlaceholder(const QString& message, bool offerDownload)
{
    m_resultsMessage = message;
    m_metrics->showPlaceholder(message);
    m_confusion->showPlaceholder(message);
    for (ResultChartTab* tab : {m_roc, m_ks, m_precisionRecall, m_importance, m_residuals}) {
        tab->showPlaceholder(message);
        if (offerDownload)
            tab->stack()->showPlaceholder(message, tr("Download Re&sults…"));
    }
    m_features->showPlaceholder(message);
    m_pipeline->showPlaceholder(message);

    std::optional<MetricsTask> task;
    if (m_hasJob && m_job.spec.task.compare(u"regression"_s, Qt::CaseInsensitive) == 0)
        task = MetricsTask::Regression;
    enableTabsForTask(task);
    updateActions();
}

void JobDetailsPanel::enableTabsForTask(std::optional<MetricsTask> task)
{
    const bool regression = task == MetricsTask::Regression;
    const bool classification = task && !regression;
    const bool binary = task == MetricsTask::BinaryClassification;
    auto enable = [this](Page page, bool enabled, const QString& why) {
        setTabEnabled(page, enabled);
        tabBar()->setTabToolTip(page, enabled ? tabBar()->tabToolTip(page).section(u'\n', 0, 0)
                                              : tabBar()->tabToolTip(page).section(u'\n', 0, 0) +
                                                    u'\n' + why);
    };
    const QString forClassification = tr("Not available: the model is a regression.");
    enable(ConfusionPage, !regression, forClassification);
    enable(RocPage, !regression, forClassification);
    enable(PrecisionRecallPage, !regression, forClassification);
    enable(KsPage, !regression && (!classification || binary),
           regression ? forClassification : tr("Not available: the KS curve is for two classes."));
    enable(ResidualsPage, !classification, tr("Not available: the model is a classification."));
    if (!isTabEnabled(currentIndex()))
        setCurrentIndex(OverviewPage);
}

void JobDetailsPanel::refreshLog()
{
    if (!m_hasJob)
        return;
    const QString events = eventsFile(m_job);
    if (events.isEmpty()) {
        if (m_job.status() == JobStatus::Pending)
            m_log->showPlaceholder(tr("The log starts when the job runs."));
        else if (m_job.backend != jobs::localBackendId())
            m_log->showPlaceholder(tr("The service that ran this job keeps its log."));
        else
            m_log->showPlaceholder(tr("No log was kept for this job."));
        return;
    }
    const QString errors = stderrFile(m_job);
    if (m_job.status() != JobStatus::Running && !QFileInfo::exists(events) &&
        !QFileInfo::exists(errors)) {
        m_log->showPlaceholder(tr("No log was kept for this job: %1 is missing.")
                                   .arg(QDir::toNativeSeparators(events)));
        return;
    }
    m_log->setLogFiles(events, errors);
}

void JobDetailsPanel::setSplit(DataSplit split)
{
    m_confusion->setSplit(split);
    for (ResultChartTab* tab : {m_roc, m_ks, m_precisionRecall, m_residuals})
        tab->setSplit(split);
}

void JobDetailsPanel::updateActions()
{
    const bool results = m_hasJob && m_document != nullptr;
    const bool ended = m_hasJob && hasResultsToShow(m_job.status());
    m_exportReport->setEnabled(results);
    m_predict->setEnabled(results);
    m_download->setEnabled(ended);
}

void JobDetailsPanel::tick()
{
    m_overview->updateTimes();
    m_log->poll();
}

} // namespace winnow::ui
