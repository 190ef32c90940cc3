#include "engine/pipeline/numeric_pipeline.h"

#include "engine/core/errors.h"

namespace winnow::engine {

NumericPipeline NumericPipeline::fit(const PipelineDefinition& definition, const Matrix& x,
                                     const Vector& y, Task task, int classCount,
                                     const RunContext& context)
{
    NumericPipeline pipeline;
    pipeline.m_definition = definition;
    pipeline.m_task = task;
    pipeline.m_classCount = classCount;
    Matrix current = x;
    for (const auto& step : definition.transformers) {
        auto transformer = makeTransformer(step.name, step.params);
        transformer->fit(current, y, task, context);
        current = transformer->transform(current);
        pipeline.m_transformers.push_back(std::move(transformer));
        context.checkpoint();
    }
    pipeline.m_learner =
        makeLearner(definition.algorithm, task, classCount, definition.learnerParams);
    pipeline.m_learner->fit(current, y, context);
    return pipeline;
}

Matrix NumericPipeline::transform(const Matrix& x) const
{
    Matrix current = x;
    for (const auto& transformer : m_transformers)
        current = transformer->transform(current);
    return current;
}

Matrix NumericPipeline::predictProba(const Matrix& x) const
{
    if (m_transformers.empty())
        return m_learner->predictProba(x);
    return m_learner->predictProba(transform(x));
}

Vector NumericPipeline::predict(const Matrix& x) const
{
    if (m_transformers.empty())
        return m_learner->predict(x);
    return m_learner->predict(transform(x));
}

nlohmann::json NumericPipeline::describeSteps() const
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& transformer : m_transformers)
        steps.push_back({{"name", transformer->name()}, {"params", transformer->params()}});
    steps.push_back({{"name", m_learner->name()}, {"params", m_learner->params()}});
    return steps;
}

std::vector<SavedState> NumericPipeline::save() const
{
    std::vector<SavedState> states;
    for (const auto& transformer : m_transformers)
        states.push_back(transformer->save());
    states.push_back(m_learner->save());
    return states;
}

NumericPipeline NumericPipeline::load(const PipelineDefinition& definition, Task task,
                                      int classCount, const std::vector<SavedState>& states)
{
    if (states.size() != definition.transformers.size() + 1)
        throw InputError("model file: the pipeline has " + std::to_string(states.size()) +
                         " saved steps where its definition names " +
                         std::to_string(definition.transformers.size() + 1));
    NumericPipeline pipeline;
    pipeline.m_definition = definition;
    pipeline.m_task = task;
    pipeline.m_classCount = classCount;
    for (std::size_t i = 0; i < definition.transformers.size(); ++i)
        pipeline.m_transformers.push_back(
            loadTransformer(definition.transformers[i].name, states[i]));
    pipeline.m_learner = loadLearner(definition.algorithm, task, classCount, states.back());
    return pipeline;
}

} // namespace winnow::engine
