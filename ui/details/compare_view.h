#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <QtGlobal>

#include <memory>

class QLabel;

namespace winnow::jobs {
class JobStore;
}
namespace winnow::models {
class JobMetricsComparisonModel;
class JobMetricsLoader;
struct JobMetricsDocument;
} // namespace winnow::models

namespace winnow::ui {

class CopyableTableView;
class PlaceholderStack;
class ResultChartView;

// Two or more finished jobs side by side: their test metrics in one table,
// the best value of each row highlighted, and, for binary classifications,
// their ROC curves overlaid in one chart. Jobs without results are named
// and left out.
class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(jobs::JobStore* store, QWidget* parent = nullptr);
    ~CompareView() override;

    // Reads the jobs' results (on worker threads) and shows them.
    void setJobs(const QStringList& jobIds);
    QStringList jobIds() const { return m_jobIds; }
    bool isLoading() const { return m_pending > 0; }

    models::JobMetricsComparisonModel* model() const { return m_model; }
    CopyableTableView* tableView() const { return m_table; }
    ResultChartView* rocChartView() const { return m_roc; }
    PlaceholderStack* stack() const { return m_stack; }
    // Which jobs were left out and why, as shown above the table.
    QString noticeText() const;

signals:
    // Every job's results were read (or found missing); the view is up to date.
    void comparisonReady();
    void messageRequested(QtMsgType level, const QString& text);

private:
    struct Entry {
        QString id;
        QString name;
        std::shared_ptr<const models::JobMetricsDocument> document;
        QString problem; // why it is left out
    };
    void finishedOne();
    void showComparison();

    jobs::JobStore* m_store;
    QStringList m_jobIds;
    QList<Entry> m_entries;
    QList<models::JobMetricsLoader*> m_loaders;
    int m_pending = 0;
    quint64 m_generation = 0;

    QLabel* m_notice;
    models::JobMetricsComparisonModel* m_model;
    CopyableTableView* m_table;
    ResultChartView* m_roc;
    PlaceholderStack* m_rocStack;
    PlaceholderStack* m_stack;
};

} // namespace winnow::ui
