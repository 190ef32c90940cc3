#pragma once

#include "jobs/job.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QWidget>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QScrollArea;
class QTreeWidget;

namespace winnow::ui {

// Everything about one job at a glance: its status with the phases it went
// through and when, how long it ran (and, while running, about how long it
// has left), why it failed, where its data and results are, where it runs,
// and every field of its spec.
class JobOverviewTab : public QWidget {
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit JobOverviewTab(QWidget* parent = nullptr);

    void setJob(const jobs::Job& job);
    void clear(const QString& message);
    // Refreshes the elapsed time and the estimate of a running job.
    void updateTimes();
    // Tests set the clock the elapsed time is measured with.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // The value shown for a field, by its label text without the colon
    // ("Status", "Elapsed", "Target"); for tests and accessibility checks.
    QString fieldText(const QString& label) const;
    QString failureText() const;
    QTreeWidget* timeline() const { return m_timeline; }

private:
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);
    void fillSpec(const jobs::JobSpec& spec);
    void fillTimeline(const jobs::Job& job);

    Clock m_clock;
    QHash<QString, QLabel*> m_fields; // by label text
    QList<QLabel*> m_specValues;
    jobs::Job m_job;
    bool m_hasJob = false;

    QLabel* m_title;
    QLabel* m_subtitle;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QLabel* m_status;
    QLabel* m_phase;
    QLabel* m_bestScore;
    QLabel* m_created;
    QLabel* m_started;
    QLabel* m_ended;
    QLabel* m_elapsedLabel;
    QLabel* m_elapsed;
    QLabel* m_remainingLabel;
    QLabel* m_remaining;
    QGroupBox* m_failureBox;
    QPlainTextEdit* m_failure;
    QTreeWidget* m_timeline;
    QLabel* m_dataFile;
    QLabel* m_backend;
    QLabel* m_remoteIdLabel;
    QLabel* m_remoteId;
    QLabel* m_resultsFolder;
    QLabel* m_tags;
    QFormLayout* m_specForm;
    QWidget* m_body;
    QScrollArea* m_scroll;
    QLabel* m_emptyMessage;
};

} // namespace winnow::ui
