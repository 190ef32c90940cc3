#pragma once

#include "engine/core/task.h"
#include "engine/data/table.h"
#include "jobs/job.h"
#include "models/column_profile.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace winnow::jobs {
class JobBackend;
}

namespace winnow::ui {

// Where a job's data comes from, which depends on where it runs: this
// computer reads the CSV file in place, a winnow-server receives it as an
// upload, an ML Hub reads a feature table it already has, named by the user.
enum class DataSource { LocalFile, UploadedFile, FeatureTable };

DataSource dataSourceFor(const jobs::JobBackend& backend);

// Every choice of the New Job dialog, as plain values: what the dialog
// validates and turns into a job.
struct JobDraft {
    QString dataPath;
    QString backendId = jobs::localBackendId();
    DataSource source = DataSource::LocalFile;
    QString featureTable; // FeatureTable only
    QString name;

    QString target;
    QString idColumn;
    QString dateColumn;
    std::optional<QDate> startDate;
    std::optional<QDate> endDate;
    QString task;             // "" (inferred), "classification" or "regression"
    QString scoring;          // "f1", ...
    QStringList features;     // checked, in file order
    bool allFeatures = false; // features are every usable column: the spec may say nothing
    int numFeatures = 0;      // 0: keep them all
    bool toBalance = false;
    // Types chosen for columns instead of the inferred ones.
    QHash<QString, engine::ColumnType> columnTypes;

    int generations = 5;
    int populationSize = 20;
    qint64 maxRuntimeSeconds = 300;
    qint64 seed = 42;
    double testFraction = 0.2;
};

// The job a draft describes. Overridden column types go into the spec's
// extra field "columnTypes" ({"price": "numeric"}); the engine keeps
// unknown spec fields.
jobs::Job jobFromDraft(const JobDraft& draft);

// What the sampled rows say, for checking a draft against the data.
struct SampleFacts {
    const engine::Table* sample = nullptr; // typed as the job will read it
    QList<models::ColumnProfile> columns;
    bool wholeFile = false; // the sample is every row of the file
};

// The task a job will run, as the engine will decide it from the target's
// sampled values (engine::inferTask) and the task asked for.
struct TaskChoice {
    engine::Task task = engine::Task::BinaryClassification;
    QString reason; // why, when inferred ("the target holds text")
};
std::optional<TaskChoice> effectiveTask(const JobDraft& draft, const SampleFacts& facts);

// The fields of the dialog a problem is about, so it shows beside it.
enum class DraftField {
    Data,
    FeatureTable,
    ColumnTypes,
    Target,
    Task,
    Scoring,
    IdColumn,
    DateRange,
    Features,
    NumFeatures,
    Balance,
    Search,
};

struct DraftProblem {
    enum class Severity { Warning, Error };
    DraftField field;
    Severity severity = Severity::Error;
    QString message;
};

// Everything wrong with a draft that the sample can tell: errors stop the
// job from starting; warnings are things the sample suggests but only the
// whole file can confirm (a target constant in the first rows).
QList<DraftProblem> validateDraft(const JobDraft& draft, const SampleFacts& facts);

} // namespace winnow::ui
