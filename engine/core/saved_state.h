#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// The fitted state of one pipeline step, as plain data. The model file
// (engine/pipeline/model_file.h) stores `values` as JSON and `arrays` and
// `blobs` as raw little-endian bytes, so nothing in a model file is ever
// executed when it is loaded.
//
//   values  small things: hyperparameters, fitted scalars, category lists
//   arrays  large numeric data: coefficients, training rows of kNN, trees
//   blobs   opaque buffers owned by a library (XGBoost's UBJSON model)
struct SavedState {
    nlohmann::json values = nlohmann::json::object();
    std::map<std::string, std::vector<double>> arrays;
    std::map<std::string, std::vector<std::uint8_t>> blobs;

    // Lookups that throw InputError("model file: ...") when a key is
    // missing or has the wrong type, so a damaged model fails cleanly.
    const std::vector<double>& array(const std::string& key) const;
    const std::vector<std::uint8_t>& blob(const std::string& key) const;
    const nlohmann::json& value(const std::string& key) const;

    bool operator==(const SavedState&) const = default;
};

} // namespace winnow::engine
