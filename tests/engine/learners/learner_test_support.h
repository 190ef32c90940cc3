#pragma once

// Data and reference results for the learner tests. Features lie on a grid
// of 2^-16, so they are exact in float (what XGBoost and scikit-learn's
// trees compute in) and print exactly in CSV; with continuous draws on so
// fine a grid, ties between rows are practically absent.

#include "engine/core/types.h"

#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <optional>

#include <nlohmann/json.hpp>

namespace winnow::test {

struct Dataset {
    engine::Matrix x;
    engine::Vector y;
};

engine::Matrix gridFeatures(engine::Index rows, engine::Index cols, std::uint64_t seed);
// Classes 0..classes-1 from the argmax of noisy linear scores.
Dataset classificationData(engine::Index rows, engine::Index cols, int classes, std::uint64_t seed);
// A linear target with a nonlinear part and noise.
Dataset regressionData(engine::Index rows, engine::Index cols, std::uint64_t seed);
// Rows [begin, end) of a dataset.
Dataset slice(const Dataset& data, engine::Index begin, engine::Index end);

struct ReferenceResult {
    nlohmann::json json;
    QString error; // empty on success
};

// Runs reference_models.py with /usr/bin/python3 on `train` and `test`,
// written to `dir`. `request` gives "model", "params" and "task"
// ("classification" or "regression"); the file names are added.
ReferenceResult runReference(const QTemporaryDir& dir, nlohmann::json request, const Dataset& train,
                             const Dataset& test);

// Largest |a - b| / max(1, |b|) over all entries.
double relativeDifference(const engine::Matrix& a, const engine::Matrix& b);
engine::Matrix jsonMatrix(const nlohmann::json& rows);
engine::Vector jsonVector(const nlohmann::json& values);

} // namespace winnow::test

// Runs the reference and fails the test (with the script's message) when it
// cannot: missing Python, scikit-learn or xgboost fail rather than skip.
#define WINNOW_REFERENCE(name, ...)                                                                \
    const auto name##Result = ::winnow::test::runReference(__VA_ARGS__);                           \
    QVERIFY2(name##Result.error.isEmpty(), qPrintable(name##Result.error));                        \
    const nlohmann::json& name = name##Result.json
