#pragma once

#include "jobs/job.h"
#include "models/job_metrics_document.h"

#include <QDateTime>
#include <QPointer>
#include <QString>
#include <QTabWidget>
#include <QtGlobal>

#include <memory>

class QTimer;
class QToolButton;

namespace winnow::jobs {
class JobStore;
}
namespace winnow::models {
class JobMetricsLoader;
}

namespace winnow::ui {

class ConfusionMatrixTab;
class FeaturesTab;
class JobLogTab;
class JobMetricsTab;
class JobOverviewTab;
class LeaderboardTab;
class PipelineTab;
class ResultChartTab;

// Everything about one job, in tabs: overview, metrics, confusion matrix,
// ROC, KS and precision–recall curves, feature importance, residuals,
// leaderboard, pipeline, features and log. It follows the job in the
// JobStore: while the job runs, the overview, leaderboard and log update
// live; when it finishes, the results are read from its metadata.json on a
// worker thread and every tab fills in. Tabs that do not apply to the job's
// task are disabled; tabs waiting for results say why they are empty.
//
// Actions on the job (export a report, download the results, predict with
// the model) are buttons beside the tabs; the panel only asks for them by
// signal, the window carries them out.
class JobDetailsPanel : public QTabWidget {
    Q_OBJECT

public:
    // The tabs, in order.
    enum Page {
        OverviewPage,
        MetricsPage,
        ConfusionPage,
        RocPage,
        KsPage,
        PrecisionRecallPage,
        ImportancePage,
        ResidualsPage,
        LeaderboardPage,
        PipelinePage,
        FeaturesPage,
        LogPage,
        PageCount
    };

    explicit JobDetailsPanel(jobs::JobStore* store, QWidget* parent = nullptr);
    ~JobDetailsPanel() override;

    // Shows a job (an empty id shows an invitation to select one).
    void setJob(const QString& jobId);
    QString jobId() const { return m_jobId; }
    void showPage(Page page) { setCurrentIndex(int(page)); }

    // The results on show, once read.
    std::shared_ptr<const models::JobMetricsDocument> results() const { return m_document; }
    bool isLoadingResults() const;
    // Why there are no results on show ("Results appear when the job
    // finishes"), empty when there are.
    QString resultsMessage() const { return m_resultsMessage; }

    // The result files of a job: in its artifact folder.
    static QString metadataFile(const jobs::Job& job);
    static QString pipelineFile(const jobs::Job& job);
    // The runner keeps events.jsonl and stderr.log in the job's folder, the
    // parent of the engine's output folder (docs/jobs.md); a job whose
    // events were written into the output folder has them there.
    static QString eventsFile(const jobs::Job& job);
    static QString stderrFile(const jobs::Job& job);

    JobOverviewTab* overviewTab() const { return m_overview; }
    JobMetricsTab* metricsTab() const { return m_metrics; }
    ConfusionMatrixTab* confusionTab() const { return m_confusion; }
    ResultChartTab* rocTab() const { return m_roc; }
    ResultChartTab* ksTab() const { return m_ks; }
    ResultChartTab* precisionRecallTab() const { return m_precisionRecall; }
    ResultChartTab* importanceTab() const { return m_importance; }
    ResultChartTab* residualsTab() const { return m_residuals; }
    LeaderboardTab* leaderboardTab() const { return m_leaderboard; }
    PipelineTab* pipelineTab() const { return m_pipeline; }
    FeaturesTab* featuresTab() const { return m_features; }
    JobLogTab* logTab() const { return m_log; }

    QToolButton* exportReportButton() const { return m_exportReport; }
    QToolButton* downloadButton() const { return m_download; }
    QToolButton* predictButton() const { return m_predict; }

signals:
    void exportReportRequested(const QString& jobId);
    void downloadRequested(const QString& jobId);
    void predictRequested(const QString& jobId);
    // For the window's message bar: saved images, unreadable results.
    void messageRequested(QtMsgType level, const QString& text);
    // The job's results were read and every tab shows them.
    void resultsLoaded(const QString& jobId);
    // The job's results could not be read; `message` says why.
    void resultsFailed(const QString& jobId, const QString& message);

private:
    void createTabs();
    void createActions();
    void onJobChanged(const QString& jobId, jobs::JobFields fields);
    void onJobRemoved(const QString& jobId);
    void onResultsLoaded(const models::JobMetricsDocument& document);
    void onResultsFailed(const QString& message);
    void reloadJob();
    void refreshResults(bool force);
    void refreshLog();
    void showResults(std::shared_ptr<const models::JobMetricsDocument> document);
    // Every result tab shows `message`, with a Download button when `offerDownload`.
    void showResultsPlaceholder(const QString& message, bool offerDownload = false);
    void enableTabsForTask(std::optional<models::MetricsTask> task);
    void setSplit(models::DataSplit split);
    void updateActions();
    void tick();
    QString waitingMessage() const;

    QPointer<jobs::JobStore> m_store;
    QString m_jobId;
    jobs::Job m_job;
    bool m_hasJob = false;
    std::shared_ptr<const models::JobMetricsDocument> m_document;
    QString m_resultsMessage;
    QString m_loadedFile; // the metadata.json on show or being read
    QDateTime m_loadedModified;
    models::JobMetricsLoader* m_loader = nullptr;
    QTimer* m_ticker = nullptr;

    JobOverviewTab* m_overview = nullptr;
    JobMetricsTab* m_metrics = nullptr;
    ConfusionMatrixTab* m_confusion = nullptr;
    ResultChartTab* m_roc = nullptr;
    ResultChartTab* m_ks = nullptr;
    ResultChartTab* m_precisionRecall = nullptr;
    ResultChartTab* m_importance = nullptr;
    ResultChartTab* m_residuals = nullptr;
    LeaderboardTab* m_leaderboard = nullptr;
    PipelineTab* m_pipeline = nullptr;
    FeaturesTab* m_features = nullptr;
    JobLogTab* m_log = nullptr;

    QToolButton* m_exportReport = nullptr;
    QToolButton* m_download = nullptr;
    QToolButton* m_predict = nullptr;
};

} // namespace winnow::ui
