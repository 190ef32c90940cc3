#pragma once

#include "engine/core/saved_state.h"
#include "engine/core/types.h"
#include "engine/data/table.h"
#include "engine/preprocess/encoder_options.h"

#include <memory>
#include <string>
#include <vector>

namespace winnow::engine {

// A column the TableEncoder reads: its name and the type it had in training.
struct ColumnSchema {
    std::string name;
    ColumnType type = ColumnType::Numeric;

    bool operator==(const ColumnSchema&) const = default;
};

// Turns one column of a table into one or more numeric columns, learnt from
// the training rows. The TableEncoder holds one per column it keeps.
class ColumnEncoder {
public:
    virtual ~ColumnEncoder() = default;

    const ColumnSchema& schema() const { return m_schema; }
    // The pipelineSteps entry this encoding belongs to: "simpleimputer",
    // "onehotencoder", "frequencyencoder" or "datetimeexpander".
    virtual std::string stepName() const = 0;
    // Whether one of the outputs flags the rows where the column was missing.
    virtual bool hasMissingIndicator() const { return false; }
    // Names of the columns encode() writes, in order.
    virtual std::vector<std::string> outputNames() const = 0;
    // Writes column's rows into out, one output column per outputNames().
    // The column has the schema's name and a compatible type.
    virtual void encode(const Column& column, Eigen::Ref<Matrix> out) const = 0;
    // The fitted state as JSON; large numbers go into arrays under keys
    // starting with prefix.
    virtual nlohmann::json save(SavedState& state, const std::string& prefix) const = 0;

protected:
    explicit ColumnEncoder(ColumnSchema schema) : m_schema(std::move(schema)) {}

private:
    ColumnSchema m_schema;
};

// Fits the encoder a column's type and content call for, or returns nullptr
// when the column carries nothing to learn from (constant or empty in the
// training rows).
std::unique_ptr<ColumnEncoder> fitColumnEncoder(const Column& column,
                                                const EncoderOptions& options);
// Rebuilds an encoder from ColumnEncoder::save()'s output; throws
// InputError when the state is damaged.
std::unique_ptr<ColumnEncoder>
loadColumnEncoder(const nlohmann::json& json, const SavedState& state, const std::string& prefix);

// The value that fills gaps: the median of `values`, or the most frequent
// value (ties to the smallest). `values` must not be empty; it is reordered.
double imputationValue(std::vector<double>& values, EncoderOptions::Imputation imputation);

} // namespace winnow::engine
