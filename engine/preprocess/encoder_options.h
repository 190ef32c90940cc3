#pragma once

#include <nlohmann/json.hpp>

namespace winnow::engine {

// How the TableEncoder turns columns into numbers (docs/preprocessing.md).
struct EncoderOptions {
    // What fills a missing number, boolean or datetime part: the training
    // median, or the most frequent training value (ties to the smallest).
    enum class Imputation { Median, MostFrequent };
    Imputation imputation = Imputation::Median;

    // A category (or "missing") seen in fewer than this share of the
    // training rows is pooled into the column's <other> indicator.
    double minCategoryFrequency = 0.01;
    // A categorical column with more categories than this left after
    // pooling, or with more distinct categories than maxUniqueFraction of
    // the training rows, is frequency-encoded instead of one-hot encoded.
    int maxOneHotCategories = 50;
    double maxUniqueFraction = 0.5;

    bool operator==(const EncoderOptions&) const = default;
};

// scikit-learn's spelling of the strategy: "median", "most_frequent".
const char* imputationName(EncoderOptions::Imputation imputation);

nlohmann::json toJson(const EncoderOptions& options);
// Throws InputError when a value is missing, of the wrong type or out of
// range (a damaged model file).
EncoderOptions encoderOptionsFromJson(const nlohmann::json& json);

} // namespace winnow::engine
