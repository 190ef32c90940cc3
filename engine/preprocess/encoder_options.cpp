#include "engine/preprocess/encoder_options.h"

#include "engine/core/errors.h"

namespace winnow::engine {

const char* imputationName(EncoderOptions::Imputation imputation)
{
    return imputation == EncoderOptions::Imputation::MostFrequent ? "most_frequent" : "median";
}

nlohmann::json toJson(const EncoderOptions& options)
{
    return {{"strategy", imputationName(options.imputation)},
            {"minFrequency", options.minCategoryFrequency},
            {"maxCategories", options.maxOneHotCategories},
            {"maxUniqueFraction", options.maxUniqueFraction}};
}

EncoderOptions encoderOptionsFromJson(const nlohmann::json& json)
{
    EncoderOptions options;
    auto fail = [](const std::string& what) { throw InputError("encoder options: " + what); };
    if (!json.is_object())
        fail("not a JSON object");
    if (json.contains("strategy")) {
        const auto& strategy = json["strategy"];
        if (strategy == "median")
            options.imputation = EncoderOptions::Imputation::Median;
        else if (strategy == "most_frequent")
            options.imputation = EncoderOptions::Imputation::MostFrequent;
        else
            fail("strategy must be \"median\" or \"most_frequent\", not " + strategy.dump());
    }
    if (json.contains("minFrequency")) {
        const auto& value = json["minFrequency"];
        if (!value.is_number() || value.get<double>() < 0.0 || value.get<double>() >= 1.0)
            fail("minFrequency must be a share in [0, 1), not " + value.dump());
        options.minCategoryFrequency = value.get<double>();
    }
    if (json.contains("maxCategories")) {
        const auto& value = json["maxCategories"];
        if (!value.is_number_integer() || value.get<long long>() < 1 ||
            value.get<long long>() > 100000)
            fail("maxCategories must be a whole number from 1, not " + value.dump());
        options.maxOneHotCategories = value.get<int>();
    }
    if (json.contains("maxUniqueFraction")) {
        const auto& value = json["maxUniqueFraction"];
        if (!value.is_number() || value.get<double>() <= 0.0 || value.get<double>() > 1.0)
            fail("maxUniqueFraction must be a share in (0, 1], not " + value.dump());
        options.maxUniqueFraction = value.get<double>();
    }
    return options;
}

} // namespace winnow::engine
