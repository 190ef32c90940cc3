#include "ui/newjob/job_draft.h"

#include "engine/core/scoring.h"
#include "engine/pipeline/prepared_data.h"
#include "jobs/job_backend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace winnow::ui {
namespace {

struct DraftText {
    Q_DECLARE_TR_FUNCTIONS(winnow::ui::JobDraft)
};

const models::ColumnProfile* profileNamed(const SampleFacts& facts, const QString& name)
{
    for (const models::ColumnProfile& profile : facts.columns)
        if (profile.name == name)
            return &profile;
    return nullptr;
}

const engine::Column* sampleColumn(const SampleFacts& facts, const QString& name)
{
    return facts.sample ? facts.sample->find(name.toStdString()) : nullptr;
}

QString quoted(const QString& text)
{
    return QLocale().quoteString(text);
}

double startOfDay(const QDate& date)
{
    return double(date.startOfDay(Qt::UTC).toSecsSinceEpoch());
}

} // namespace

DataSource dataSourceFor(const jobs::JobBackend& backend)
{
    if (backend.id() == jobs::localBackendId())
        return DataSource::LocalFile;
    if (backend.can(jobs::BackendCapability::UploadData))
        return DataSource::UploadedFile;
    return DataSource::FeatureTable;
}

jobs::Job jobFromDraft(const JobDraft& draft)
{
    jobs::Job job;
    job.backend = draft.backendId;
    job.name = draft.name.trimmed();

    jobs::JobSpec& spec = job.spec;
    switch (draft.source) {
    case DataSource::LocalFile:
        job.dataPath = draft.dataPath;
        spec.featureTableName = draft.dataPath;
        break;
    case DataSource::UploadedFile:
        // The service names the uploaded copy; until then, the file's name.
        job.dataPath = draft.dataPath;
        spec.featureTableName = QFileInfo(draft.dataPath).fileName();
        break;
    case DataSource::FeatureTable: spec.featureTableName = draft.featureTable.trimmed(); break;
    }
    spec.targetName = draft.target;
    spec.idColumn = draft.idColumn;
    spec.dateColumn = draft.dateColumn;
    if (!draft.dateColumn.isEmpty()) {
        spec.startDate = draft.startDate.value_or(QDate());
        spec.endDate = draft.endDate.value_or(QDate());
    }
    spec.task = draft.task;
    spec.scoring = draft.scoring;
    if (!draft.allFeatures)
        spec.featuresSelected = draft.features;
    if (draft.numFeatures > 0)
        spec.numFeatures = draft.numFeatures;
    spec.generations = draft.generations;
    spec.populationSize = draft.populationSize;
    spec.maxRuntimeSeconds = draft.maxRuntimeSeconds;
    spec.seed = draft.seed;
    spec.testFraction = draft.testFraction;
    spec.toBalance = draft.toBalance;
    if (!draft.columnTypes.isEmpty()) {
        QJsonObject types;
        for (auto it = draft.columnTypes.begin(); it != draft.columnTypes.end(); ++it)
            types.insert(it.key(), QString::fromStdString(engine::columnTypeName(it.value())));
        spec.otherFields.insert(u"columnTypes"_s, types);
    }
    return job;
}

std::optional<TaskChoice> effectiveTask(const JobDraft& draft, const SampleFacts& facts)
{
    const engine::Column* target = sampleColumn(facts, draft.target);
    if (!target)
        return std::nullopt;
    TaskChoice choice;
    if (draft.task == u"regression") {
        choice.task = engine::Task::Regression;
    } else if (draft.task == u"classification") {
        const models::ColumnProfile* profile = profileNamed(facts, draft.target);
        choice.task = profile && profile->distinct > 2 ? engine::Task::MulticlassClassification
                                                       : engine::Task::BinaryClassification;
    } else {
        std::string reason;
        choice.task = engine::inferTask(*target, &reason);
        choice.reason = QString::fromStdString(reason);
    }
    return choice;
}

QList<DraftProblem> validateDraft(const JobDraft& draft, const SampleFacts& facts)
{
    using Severity = DraftProblem::Severity;
    QList<DraftProblem> problems;
    auto error = [&](DraftField field, const QString& message) {
        problems.append({field, Severity::Error, message});
    };
    // An error when the sample is the whole file; else only a warning, as
    // the rows not read may settle it.
    auto sampled = [&](DraftField field, const QString& message) {
        problems.append({field, facts.wholeFile ? Severity::Error : Severity::Warning, message});
    };
    const QLocale locale;
    const qint64 sampleRows = facts.sample ? qint64(facts.sample->rowCount()) : 0;
    const QString inSample =
        facts.wholeFile ? DraftText::tr("in the file")
                        : DraftText::tr("in the first %1 rows").arg(locale.toString(sampleRows));

    if (draft.source == DataSource::FeatureTable) {
        if (draft.featureTable.trimmed().isEmpty())
            error(DraftField::FeatureTable,
                  DraftText::tr("Name the feature table the service should train on."));
    } else if (draft.dataPath.isEmpty()) {
        error(DraftField::Data, DraftText::tr("Choose a CSV file to train on."));
    }

    const bool columnsKnown = facts.sample != nullptr;
    if (columnsKnown && facts.columns.size() == 1)
        error(DraftField::Target,
              DraftText::tr("The file has a single column: a job needs a target and at least one "
                            "feature. Are its values separated by , ; tab or |?"));

    // The target.
    const models::ColumnProfile* target = profileNamed(facts, draft.target);
    if (draft.target.isEmpty()) {
        error(DraftField::Target, DraftText::tr("Choose the column to predict."));
    } else if (columnsKnown && !target) {
        error(DraftField::Target,
              DraftText::tr("The file has no column %1.").arg(quoted(draft.target)));
    } else if (target) {
        if (target->constant()) {
            const QString value = target->examples.value(0);
            sampled(DraftField::Target,
                    target->distinct == 0
                        ? DraftText::tr("%1 has no values %2: there is nothing to learn.")
                              .arg(quoted(draft.target), inSample)
                        : DraftText::tr("%1 is %2 in every row %3: there is nothing to learn.")
                              .arg(quoted(draft.target), quoted(value), inSample));
        } else if (target->missing > 0) {
            problems.append({DraftField::Target, Severity::Warning,
                             DraftText::tr("%Ln row(s) %1 have no target value; the engine leaves "
                                           "such rows out.",
                                           nullptr, int(target->missing))
                                 .arg(inSample)});
        }
    }

    // The task and its scoring.
    const std::optional<TaskChoice> task = target ? effectiveTask(draft, facts) : std::nullopt;
    if (task && target && !target->constant()) {
        if (task->task == engine::Task::Regression &&
            target->type == engine::ColumnType::Categorical)
            error(DraftField::Task, DraftText::tr("%1 holds text, so a regression cannot predict "
                                                  "it; choose classification.")
                                        .arg(quoted(draft.target)));
        if (engine::isClassification(task->task)) {
            const engine::Column* column = sampleColumn(facts, draft.target);
            bool fractional = false;
            if (column && column->type == engine::ColumnType::Numeric)
                for (double value : column->values)
                    fractional = fractional || (!std::isnan(value) && value != std::floor(value));
            if (fractional && target->distinct > 20)
                error(DraftField::Task,
                      DraftText::tr("%1 has %2 distinct fractional values %3, which are not "
                                    "classes; choose regression.")
                          .arg(quoted(draft.target), locale.toString(target->distinct), inSample));
            else if (column)
                if (auto balance = models::classBalance(*column);
                    balance && balance->minorityCount < 2)
                    sampled(DraftField::Task,
                            DraftText::tr("The class %1 has a single row %2; every class needs at "
                                          "least 2 to be split into training and test rows.")
                                .arg(quoted(balance->minorityLabel), inSample));
        }
    }
    if (task && !draft.scoring.isEmpty()) {
        const std::optional<engine::Scoring> scoring =
            engine::parseScoring(draft.scoring.toStdString());
        if (!scoring)
            error(DraftField::Scoring,
                  DraftText::tr("Unknown scoring %1.").arg(quoted(draft.scoring)));
        else if (!engine::scoringFitsTask(*scoring, task->task))
            error(
                DraftField::Scoring,
                DraftText::tr("%1 cannot judge a %2 task; choose another scoring.")
                    .arg(draft.scoring,
                         QString::fromStdString(engine::taskName(task->task)).replace(u'_', u' ')));
    }

    // The id column.
    if (!draft.idColumn.isEmpty()) {
        const models::ColumnProfile* id = profileNamed(facts, draft.idColumn);
        if (draft.idColumn == draft.target)
            error(DraftField::IdColumn, DraftText::tr("The id column cannot also be the target."));
        else if (columnsKnown && !id)
            error(DraftField::IdColumn,
                  DraftText::tr("The file has no column %1.").arg(quoted(draft.idColumn)));
        else if (id && id->missing > 0)
            error(DraftField::IdColumn,
                  DraftText::tr("%1 is empty in %Ln row(s) %2; every row needs an id.", nullptr,
                                int(id->missing))
                      .arg(quoted(draft.idColumn), inSample));
        else if (id && !id->repeatedValue.isEmpty())
            error(DraftField::IdColumn,
                  DraftText::tr("%1 is not unique: %2 appears more than once %3.")
                      .arg(quoted(draft.idColumn), quoted(id->repeatedValue), inSample));
    }

    // The date range.
    const bool range = draft.startDate || draft.endDate;
    if (draft.dateColumn.isEmpty()) {
        if (range)
            error(DraftField::DateRange,
                  DraftText::tr("Choose the date column the range applies to."));
    } else if (const engine::Column* dates = sampleColumn(facts, draft.dateColumn)) {
        if (dates->type != engine::ColumnType::Datetime) {
            error(DraftField::DateRange,
                  DraftText::tr("%1 is not read as dates; make its type Date/time under Columns.")
                      .arg(quoted(draft.dateColumn)));
        } else if (draft.startDate && draft.endDate && *draft.startDate > *draft.endDate) {
            error(DraftField::DateRange, DraftText::tr("The start date is after the end date."));
        } else if (range) {
            std::optional<double> from, until;
            if (draft.startDate)
                from = startOfDay(*draft.startDate);
            if (draft.endDate)
                until = startOfDay(draft.endDate->addDays(1)); // the end date's whole day
            if (models::rowsInDateRange(*dates, from, until) == 0)
                sampled(DraftField::DateRange,
                        DraftText::tr("No row %1 falls in this date range.").arg(inSample));
        }
    } else if (columnsKnown) {
        error(DraftField::DateRange,
              DraftText::tr("The file has no column %1.").arg(quoted(draft.dateColumn)));
    }

    // Features.
    if (columnsKnown && draft.features.isEmpty())
        error(DraftField::Features, DraftText::tr("Check at least one feature to consider."));
    if (draft.numFeatures > 0 && columnsKnown && draft.numFeatures > draft.features.size())
        error(DraftField::NumFeatures,
              DraftText::tr("Only %Ln feature(s) are checked; the job cannot keep more.", nullptr,
                            int(draft.features.size())));
    return problems;
}

} // namespace winnow::ui
