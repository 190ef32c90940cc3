#pragma once

#include "engine/core/scoring.h"
#include "engine/core/task.h"
#include "engine/core/types.h"
#include "engine/data/table.h"
#include "engine/pipeline/job_spec.h"

#include <optional>
#include <string>
#include <vector>

namespace winnow::engine {

// The target of a job in the form learners take: class indices into
// `labels` for classification, values for regression.
struct Target {
    std::string name;
    Task task = Task::Regression;
    std::vector<std::string> labels; // sorted as numbers when numeric, else as text
    bool labelsNumeric = false;
    Vector values;

    int classCount() const { return static_cast<int>(labels.size()); }
};

// A data table checked against a job spec and reduced to what training
// uses: the rows in the date range, the feature columns, the target, the ids.
struct PreparedData {
    Table features;
    Target target;
    std::optional<Column> ids;
    Scoring scoring = Scoring::Accuracy;
    std::size_t rowsRead = 0;          // before the date filter
    std::vector<std::string> notes;    // what the engine decided on its own (task inferred, ...)
    std::vector<std::string> warnings; // what the user should know (few rows, dropped columns)
    std::vector<std::string> droppedFeatures; // constant or empty columns left out
};

// Validates `spec` against `table` and prepares the data. Every problem the
// user can fix is an InputError saying what is wrong: unknown columns, a
// missing or constant target, duplicate ids, a scoring that does not fit the
// task, more features asked for than there are, an empty date range, a class
// with fewer than two rows. Fewer than 500 rows is a warning.
PreparedData prepareData(const JobSpec& spec, Table table);

// The task a target column implies when the spec does not say: text and
// booleans are classes; numbers are classes when they are whole and few
// (at most 20 distinct values and fewer than a tenth of the rows), else
// a regression. Binary and multiclass are told apart by the count.
Task inferTask(const Column& target, std::string* reason = nullptr);

// Maps a target column to learner form for a given task; InputError when
// the column cannot serve (text for a regression, missing values).
Target encodeTarget(const Column& column, Task task);

} // namespace winnow::engine
