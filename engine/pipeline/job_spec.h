#pragma once

#include "engine/core/scoring.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// What a training job is asked to do: the ML Hub's run_job fields plus the
// budgets and knobs of SageMaker Autopilot's CreateAutoMLJob. Read from a
// JSON document (docs/job-spec.md) or from winnow-engine's flags.
struct JobSpec {
    // ML Hub fields.
    std::string featureTableName;              // the local engine: a CSV path
    std::vector<std::string> featuresSelected; // empty: every usable column
    std::string idColumn;                      // optional; carried to predictions
    std::string targetName;
    std::string dateColumn;         // needed when startDate/endDate are set
    std::string startDate;          // inclusive, as given (ISO 8601 or ML Hub form)
    std::string endDate;            // inclusive
    std::string task;               // "classification", "regression" or "" (inferred)
    std::optional<Scoring> scoring; // absent: the task's default
    std::optional<int> numFeatures; // features kept after selection
    int generations = 5;
    bool toBalance = false;

    // Winnow's and Autopilot's knobs.
    int populationSize = 20;
    double testFraction = 0.2;
    std::uint64_t seed = 42;
    double maxRuntimeSeconds = 300.0;
    double maxRuntimePerCandidateSeconds = 60.0;
    int maxCandidates = 0;               // 0: no limit but the time budget
    std::vector<std::string> algorithms; // empty: every algorithm that fits the task

    // Throws InputError naming the field when a value has the wrong type or
    // is out of range. Unknown fields are kept in `extra` and written back.
    static JobSpec fromJson(const nlohmann::json& document);
    nlohmann::json toJson() const;

    nlohmann::json extra = nlohmann::json::object();
};

// The whole spec document read from a file; InputError names the file.
JobSpec readJobSpec(const std::string& path);

} // namespace winnow::engine
