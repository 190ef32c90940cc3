#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// One tunable parameter of a pipeline step and the values the search may
// give it. Steps declare their space next to their code; the search samples
// and mutates within it and never invents values outside it.
struct HyperParameter {
    enum class Kind {
        Integer, // uniform integer in [low, high]
        Real,    // uniform real in [low, high]
        LogReal, // log-uniform real in [low, high], low > 0
        Choice,  // one of `choices` (numbers, strings or booleans)
    };

    std::string name; // camelCase, as written in metadata.json's pipelineSteps
    Kind kind = Kind::Real;
    double low = 0.0;
    double high = 1.0;
    std::vector<nlohmann::json> choices;
    nlohmann::json defaultValue;

    static HyperParameter integer(std::string name, int low, int high, int defaultValue);
    static HyperParameter real(std::string name, double low, double high, double defaultValue);
    static HyperParameter logReal(std::string name, double low, double high, double defaultValue);
    static HyperParameter choice(std::string name, std::vector<nlohmann::json> choices,
                                 nlohmann::json defaultValue);

    nlohmann::json sample(std::mt19937_64& random) const;
    // Whether `value` is one this parameter may take.
    bool accepts(const nlohmann::json& value) const;
};

using HyperSpace = std::vector<HyperParameter>;

// {name: default} for every parameter of the space.
nlohmann::json defaultParams(const HyperSpace& space);
// {name: random value} for every parameter of the space.
nlohmann::json sampleParams(const HyperSpace& space, std::mt19937_64& random);
// `params` completed with defaults for what it lacks; throws InputError
// naming the step and parameter when a given value is outside the space or
// a key is unknown.
nlohmann::json resolveParams(const std::string& stepName, const HyperSpace& space,
                             const nlohmann::json& params);

} // namespace winnow::engine
