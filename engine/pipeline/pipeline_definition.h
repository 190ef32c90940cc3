#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// One candidate of the search before it is fitted: the numeric
// preprocessing steps, in order, and the learner that ends the pipeline.
// The table encoder (imputation, encoding of text and dates) always comes
// first and is not part of the definition: every candidate shares it.
struct PipelineDefinition {
    struct Step {
        std::string name; // a transformerRegistry() name
        nlohmann::json params = nlohmann::json::object();
        bool operator==(const Step&) const = default;
    };

    std::vector<Step> transformers;
    std::string algorithm; // a learnerRegistry() algorithm id
    nlohmann::json learnerParams = nlohmann::json::object();

    // "standardscaler -> logistic_regression"
    std::string summary() const;
    nlohmann::json toJson() const;
    // Throws InputError when the document is not a pipeline definition.
    static PipelineDefinition fromJson(const nlohmann::json& document);
    bool operator==(const PipelineDefinition&) const = default;
};

} // namespace winnow::engine
