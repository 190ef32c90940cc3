#include "ui/details/job_overview_tab.h"

#include "jobs/job_timing.h"
#include "models/job_metrics_names.h"
#include "models/job_metrics_rows.h"
#include "models/job_timing.h"
#include "ui/details/engine_event_text.h"
#include "ui/details/moment_text.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using winnow::jobs::Job;
using winnow::jobs::JobStatus;

namespace winnow::ui {

namespace {

QString statusDisplayName(const Job& job)
{
    switch (job.status()) {
    case JobStatus::Pending: return JobOverviewTab::tr("Waiting to start");
    case JobStatus::Running: return JobOverviewTab::tr("Running");
    case JobStatus::Finished: return JobOverviewTab::tr("Finished");
    case JobStatus::Failed: return JobOverviewTab::tr("Failed");
    case JobStatus::Stopped: return JobOverviewTab::tr("Stopped");
    case JobStatus::Interrupted:
        return JobOverviewTab::tr("Interrupted: Winnow was closed while it ran");
    case JobStatus::Unknown: return job.statusText();
    }
    return job.statusText();
}

QString backendDisplayName(const QString& backend)
{
    if (backend == jobs::localBackendId())
        return JobOverviewTab::tr("This computer");
    return backend;
}

QString yesNo(bool value)
{
    return value ? JobOverviewTab::tr("Yes") : JobOverviewTab::tr("No");
}

QString orDefault(const QString& value)
{
    return value.isEmpty() ? JobOverviewTab::tr("Engine's default") : value;
}

template <typename T>
QString optionalNumber(const std::optional<T>& value, const QString& unset)
{
    return value ? QLocale().toString(*value) : unset;
}

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QGroupBox* section(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setFlat(true);
    return box;
}

} // namespace

JobOverviewTab::JobOverviewTab(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);

    m_title = valueLabel(m_body, u"jobTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = valueLabel(m_body, u"jobSubtitle"_s);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    body->addWidget(m_title);
    body->addWidget(m_subtitle);

    // Status and times.
    QGroupBox* statusBox = section(tr("Status"), m_body);
    auto* statusForm = new QFormLayout(statusBox);
    statusForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_status = addField(statusForm, tr("Status"), u"statusValue"_s);
    m_phase = addField(statusForm, tr("Phase"), u"phaseValue"_s);
    m_progress = new QProgressBar(statusBox);
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setFormat(u"%p %"_s);
    m_progressLabel = new QLabel(tr("Progress:"), statusBox);
    m_progressLabel->setBuddy(m_progress);
    statusForm->addRow(m_progressLabel, m_progress);
    m_bestScore = addField(statusForm, tr("Best score"), u"bestScoreValue"_s);
    m_created = addField(statusForm, tr("Created"), u"createdValue"_s);
    m_started = addField(statusForm, tr("Started"), u"startedValue"_s);
    m_ended = addField(statusForm, tr("Ended"), u"endedValue"_s);
    m_elapsed = addField(statusForm, tr("Elapsed"), u"elapsedValue"_s);
    m_elapsedLabel = qobject_cast<QLabel*>(statusForm->labelForField(m_elapsed));
    m_remaining = addField(statusForm, tr("Time left"), u"remainingValue"_s);
    m_remainingLabel = qobject_cast<QLabel*>(statusForm->labelForField(m_remaining));
    m_remaining->setToolTip(
        tr("An estimate from the progress so far, within the job's time budget"));
    body->addWidget(statusBox);

    // Why it failed, in full and selectable: it is what the user acts on.
    m_failureBox = section(tr("Why the job failed"), m_body);
    auto* failureLayout = new QVBoxLayout(m_failureBox);
    m_failure = new QPlainTextEdit(m_failureBox);
    m_failure->setObjectName(u"failureReason"_s);
    m_failure->setAccessibleName(tr("Failure reason"));
    m_failure->setReadOnly(true);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failure->setMaximumHeight(120);
    m_failure->setTabChangesFocus(true);
    failureLayout->addWidget(m_failure);
    body->addWidget(m_failureBox);

    // The phases, with when each began and how long it took.
    QGroupBox* timelineBox = section(tr("Timeline"), m_body);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new QTreeWidget(timelineBox);
    m_timeline->setObjectName(u"statusTimeline"_s);
    m_timeline->setAccessibleName(tr("Status timeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("Phase"), tr("Began"), tr("Took")});
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setMinimumHeight(120);
    timelineLayout->addWidget(m_timeline);
    body->addWidget(timelineBox);

    // Where it runs and where its files are.
    QGroupBox* placesBox = section(tr("Data and results"), m_body);
    auto* placesForm = new QFormLayout(placesBox);
    placesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_dataFile = addField(placesForm, tr("Data file"), u"dataFileValue"_s);
    m_backend = addField(placesForm, tr("Runs on"), u"backendValue"_s);
    m_remoteId = addField(placesForm, tr("Remote id"), u"remoteIdValue"_s);
    m_remoteIdLabel = qobject_cast<QLabel*>(placesForm->labelForField(m_remoteId));
    m_resultsFolder = addField(placesForm, tr("Results folder"), u"resultsFolderValue"_s);
    m_tags = addField(placesForm, tr("Tags"), u"tagsValue"_s);
    body->addWidget(placesBox);

    // Every field of the spec.
    QGroupBox* specBox = section(tr("Job spec"), m_body);
    m_specForm = new QFormLayout(specBox);
    m_specForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    body->addWidget(specBox);
    body->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"overviewScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_body);

    m_emptyMessage = new QLabel(this);
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    layout->addWidget(m_emptyMessage);
}

QLabel* JobOverviewTab::addField(QFormLayout* form, const QString& label, const QString& objectName)
{
    QLabel* value = valueLabel(form->parentWidget(), objectName);
    auto* name = new QLabel(tr("%1:").arg(label), form->parentWidget());
    name->setBuddy(value);
    form->addRow(name, value);
    m_fields.insert(label, value);
    return value;
}

QString JobOverviewTab::fieldText(const QString& label) const
{
    const QLabel* value = m_fields.value(label);
    return value ? value->text() : QString();
}

QString JobOverviewTab::failureText() const
{
    return m_failureBox->isHidden() ? QString() : m_failure->toPlainText();
}

void JobOverviewTab::clear(const QString& message)
{
    m_hasJob = false;
    m_job = {};
    m_scroll->hide();
    m_emptyMessage->setText(message);
    m_emptyMessage->show();
}

void JobOverviewTab::setJob(const Job& job)
{
    m_job = job;
    m_hasJob = true;
    m_emptyMessage->hide();
    m_scroll->show();
    const QLocale locale;

    m_title->setText(job.displayName());
    QStringList subtitle;
    if (!job.spec.targetName.isEmpty())
        subtitle << tr("predicts %1").arg(job.spec.targetName);
    if (!job.spec.task.isEmpty())
        subtitle << (job.spec.task == u"regression"_s ? tr("regression") : tr("classification"));
    subtitle << tr("id %1").arg(job.id);
    m_subtitle->setText(subtitle.join(u" · "_s));

    m_status->setText(statusDisplayName(job));
    m_phase->setText(
        job.secondaryStatus.isEmpty() ? tr("—") : secondaryStatusDisplayName(job.secondaryStatus));
    m_progress->setValue(int(job.progress * 1000.0));
    m_progress->setFormat(locale.toString(job.progress * 100.0, 'f', 0) + locale.percent());
    m_progress->setVisible(job.status() == JobStatus::Running);
    m_progressLabel->setVisible(job.status() == JobStatus::Running);
    if (job.bestScore) {
        const QString scoring = job.spec.scoring.isEmpty()
                                    ? QString()
                                    : u" ("_s + models::scoringDisplayName(job.spec.scoring) + u')';
        m_bestScore->setText(models::formatMetricValue(*job.bestScore, false) + scoring);
    } else {
        m_bestScore->setText(tr("—"));
    }
    m_created->setText(formatMoment(job.createdAt));
    m_started->setText(job.startedAt.isValid() ? formatMoment(job.startedAt) : tr("Not yet"));
    m_ended->setText(job.endedAt.isValid()
                         ? formatMoment(job.endedAt)
                         : (job.status() == JobStatus::Running ? tr("Still running") : tr("—")));
    updateTimes();

    m_failureBox->setVisible(!job.failureReason.isEmpty());
    if (m_failure->toPlainText() != job.failureReason)
        m_failure->setPlainText(job.failureReason);

    fillTimeline(job);

    m_dataFile->setText(job.dataPath.isEmpty() ? job.spec.featureTableName
                                               : QDir::toNativeSeparators(job.dataPath));
    m_backend->setText(backendDisplayName(job.backend));
    m_remoteId->setText(job.remoteId);
    m_remoteId->setVisible(!job.remoteId.isEmpty());
    m_remoteIdLabel->setVisible(!job.remoteId.isEmpty());
    QString results =
        job.artifactDir.isEmpty() ? job.artifactUri : QDir::toNativeSeparators(job.artifactDir);
    m_resultsFolder->setText(results.isEmpty() ? tr("None yet") : results);
    m_tags->setText(job.tags.isEmpty() ? tr("None") : locale.createSeparatedList(job.tags));

    fillSpec(job.spec);
}

void JobOverviewTab::updateTimes()
{
    if (!m_hasJob)
        return;
    const jobs::JobTiming timing = jobs::jobTiming(m_job, m_clock());
    const bool running = m_job.status() == JobStatus::Running;
    m_elapsedLabel->setText(running ? tr("Elapsed:") : tr("Duration:"));
    m_elapsed->setText(timing.elapsedSeconds ? models::formatDuration(*timing.elapsedSeconds)
                                             : tr("—"));
    m_remaining->setVisible(timing.remainingSeconds.has_value());
    m_remainingLabel->setVisible(timing.remainingSeconds.has_value());
    if (timing.remainingSeconds)
        m_remaining->setText(tr("about %1").arg(models::formatDuration(*timing.remainingSeconds)));
}

void JobOverviewTab::fillTimeline(const Job& job)
{
    m_timeline->clear();
    for (int i = 0; i < job.timeline.size(); ++i) {
        const jobs::TimelineEntry& entry = job.timeline.at(i);
        QString took;
        QDateTime next;
        if (i + 1 < job.timeline.size())
            next = job.timeline.at(i + 1).time;
        else if (job.status() == JobStatus::Running)
            next = m_clock();
        const bool lastOfEnded = i + 1 == job.timeline.size() && job.status() != JobStatus::Running;
        if (next.isValid() && entry.time.isValid() && !lastOfEnded)
            took = models::formatDuration(entry.time.secsTo(next));
        auto* item =
            new QTreeWidgetItem(m_timeline, {secondaryStatusDisplayName(entry.secondaryStatus),
                                             formatMoment(entry.time), took});
        item->setToolTip(0, entry.secondaryStatus);
    }
    if (job.timeline.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_timeline, {tr("No phases yet"), QString(), QString()});
        item->setDisabled(true);
    }
}

void JobOverviewTab::fillSpec(const jobs::JobSpec& spec)
{
    // Rebuilt each time: the spec of a job rarely changes, and its rows differ between jobs.
    for (QLabel* value : std::as_const(m_specValues)) {
        for (auto it = m_fields.begin(); it != m_fields.end();) {
            if (it.value() == value)
                it = m_fields.erase(it);
            else
                ++it;
        }
    }
    m_specValues.clear();
    while (m_specForm->rowCount() > 0)
        m_specForm->removeRow(0);

    const QLocale locale;
    auto add = [&](const QString& label, const QString& value) {
        QLabel* field = addField(m_specForm, label, u"spec_"_s + label);
        field->setText(value);
        m_specValues << field;
    };
    add(tr("Target"), spec.targetName);
    add(tr("Task"), spec.task.isEmpty()
                        ? tr("Inferred from the target")
                        : (spec.task == u"regression"_s ? tr("Regression") : tr("Classification")));
    add(tr("Scoring"), spec.scoring.isEmpty() ? tr("Engine's default for the task")
                                              : models::scoringDisplayName(spec.scoring));
    add(tr("Data"), spec.featureTableName);
    add(tr("Row id column"), spec.idColumn.isEmpty() ? tr("None") : spec.idColumn);
    add(tr("Features"), spec.featuresSelected.isEmpty()
                            ? tr("Every usable column")
                            : locale.createSeparatedList(spec.featuresSelected));
    add(tr("Number of features"), optionalNumber(spec.numFeatures, tr("All")));
    add(tr("Date column"), spec.dateColumn.isEmpty() ? tr("None") : spec.dateColumn);
    add(tr("Rows from"), spec.startDate.isValid()
                             ? locale.toString(spec.startDate, QLocale::ShortFormat)
                             : tr("The first"));
    add(tr("Rows until"), spec.endDate.isValid()
                              ? locale.toString(spec.endDate, QLocale::ShortFormat)
                              : tr("The last"));
    add(tr("Balance classes"), spec.toBalance ? yesNo(*spec.toBalance) : tr("No"));
    add(tr("Test fraction"),
        spec.testFraction ? locale.toString(*spec.testFraction * 100.0, 'f', 0) + locale.percent()
                          : orDefault({}));
    add(tr("Generations"), optionalNumber(spec.generations, orDefault({})));
    add(tr("Population"), optionalNumber(spec.populationSize, orDefault({})));
    add(tr("Time budget"),
        spec.maxRuntimeSeconds ? models::formatDuration(*spec.maxRuntimeSeconds) : orDefault({}));
    add(tr("Time per candidate"), spec.maxRuntimePerCandidateSeconds
                                      ? models::formatDuration(*spec.maxRuntimePerCandidateSeconds)
                                      : orDefault({}));
    add(tr("Most candidates"), spec.maxCandidates && *spec.maxCandidates > 0
                                   ? locale.toString(*spec.maxCandidates)
                                   : tr("No limit"));
    QStringList algorithms;
    for (const QString& algorithm : spec.algorithms)
        algorithms << models::algorithmDisplayName(algorithm);
    add(tr("Algorithms"), algorithms.isEmpty() ? tr("Every algorithm the task allows")
                                               : locale.createSeparatedList(algorithms));
    add(tr("Random seed"), optionalNumber(spec.seed, orDefault({})));
    for (auto it = spec.otherFields.begin(); it != spec.otherFields.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isArray() || value.isObject())
            text = QString::fromUtf8(
                value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        add(it.key(), text);
    }
}

} // namespace winnow::ui
