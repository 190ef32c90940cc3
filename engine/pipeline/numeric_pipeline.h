#pragma once

#include "engine/core/run_context.h"
#include "engine/core/saved_state.h"
#include "engine/core/task.h"
#include "engine/core/types.h"
#include "engine/learners/learner.h"
#include "engine/pipeline/pipeline_definition.h"
#include "engine/preprocess/transformer.h"

#include <memory>
#include <vector>

namespace winnow::engine {

// A fitted candidate: numeric transformers then a learner, working on the
// matrix the table encoder produced. The search fits thousands of these on
// cross-validation folds; the best one, refitted on all training rows,
// becomes part of the model.
class NumericPipeline {
public:
    static NumericPipeline fit(const PipelineDefinition& definition, const Matrix& x,
                               const Vector& y, Task task, int classCount,
                               const RunContext& context);

    const PipelineDefinition& definition() const { return m_definition; }
    Task task() const { return m_task; }
    int classCount() const { return m_classCount; }

    Matrix transform(const Matrix& x) const;
    Matrix predictProba(const Matrix& x) const;
    Vector predict(const Matrix& x) const;

    // metadata.json's pipelineSteps entries for these steps: [{name, params}].
    nlohmann::json describeSteps() const;

    // One saved state per step, transformers first, the learner last.
    std::vector<SavedState> save() const;
    static NumericPipeline load(const PipelineDefinition& definition, Task task, int classCount,
                                const std::vector<SavedState>& states);

private:
    PipelineDefinition m_definition;
    Task m_task = Task::Regression;
    int m_classCount = 0;
    std::vector<std::unique_ptr<Transformer>> m_transformers;
    std::unique_ptr<Learner> m_learner;
};

} // namespace winnow::engine
