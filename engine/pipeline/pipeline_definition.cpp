#include "engine/pipeline/pipeline_definition.h"

#include "engine/core/errors.h"

namespace winnow::engine {

std::string PipelineDefinition::summary() const
{
    std::string text;
    for (const auto& step : transformers)
        text += step.name + " -> ";
    return text + algorithm;
}

nlohmann::json PipelineDefinition::toJson() const
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : transformers)
        steps.push_back({{"name", step.name}, {"params", step.params}});
    return {{"transformers", steps}, {"algorithm", algorithm}, {"learnerParams", learnerParams}};
}

PipelineDefinition PipelineDefinition::fromJson(const nlohmann::json& document)
{
    try {
        PipelineDefinition definition;
        for (const auto& step : document.at("transformers"))
            definition.transformers.push_back({step.at("name").get<std::string>(),
                                               step.value("params", nlohmann::json::object())});
        definition.algorithm = document.at("algorithm").get<std::string>();
        definition.learnerParams = document.value("learnerParams", nlohmann::json::object());
        return definition;
    } catch (const nlohmann::json::exception& error) {
        throw InputError(std::string("not a pipeline definition: ") + error.what());
    }
}

} // namespace winnow::engine
