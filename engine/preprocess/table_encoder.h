#pragma once

#include "engine/core/saved_state.h"
#include "engine/core/types.h"
#include "engine/data/table.h"
#include "engine/preprocess/column_encoder.h"
#include "engine/preprocess/encoder_options.h"

#include <memory>
#include <string>
#include <vector>

namespace winnow::engine {

// Turns a table of feature columns (target and id already removed) into
// the dense numeric matrix learners take, and names its columns. Fitted on
// the training rows only, then applied unchanged to any later rows, so a
// model sees the same columns in training, validation and prediction.
//
//   numeric, boolean  missing filled (median or most frequent), plus
//                     "<name>_missing" when training had gaps
//   categorical       one-hot "<name>=<category>", rare categories pooled
//                     in "<name>=<other>"; or, with too many categories,
//                     "<name>_frequency"
//   datetime          "<name>_year", "_month", "_day", "_dayofweek", "_hour"
//
// Columns constant (or empty) in training are dropped: nothing can be
// learnt from them, and prediction does not ask for them. Output names are
// unique: a name already taken gets " (2)", " (3)", ... appended.
// docs/preprocessing.md has the details.
class TableEncoder {
public:
    // Throws InputError when the table has no rows or no column worth
    // keeping.
    static TableEncoder fit(const Table& features, const EncoderOptions& options = {});

    // The encoded rows of `table`, whose columns may come in any order and
    // include others. Throws InputError naming every column the encoder
    // needs that the table lacks, or a column whose type differs from
    // training (numeric and boolean columns stand in for each other).
    Matrix transform(const Table& table) const;

    const std::vector<std::string>& outputNames() const { return m_outputNames; }
    // The input column output column `output` comes from, for summing
    // feature importances per original column.
    const std::string& sourceColumn(std::size_t output) const;
    // The columns transform() reads, with their training types, in
    // training order: what the model file stores and the reader enforces.
    const std::vector<ColumnSchema>& inputSchema() const { return m_inputSchema; }
    // Training columns left out because they were constant or empty.
    const std::vector<std::string>& droppedColumns() const { return m_dropped; }
    const EncoderOptions& options() const { return m_options; }

    // metadata.json's pipelineSteps entries for the encoding, one per kind
    // of step that applies: "datetimeexpander", "simpleimputer",
    // "onehotencoder", "frequencyencoder", in that order.
    std::vector<nlohmann::json> describeSteps() const;

    SavedState save() const;
    // Throws InputError when the state is damaged.
    static TableEncoder load(const SavedState& state);

    TableEncoder(TableEncoder&&) noexcept;
    TableEncoder& operator=(TableEncoder&&) noexcept;
    ~TableEncoder();

private:
    TableEncoder() = default;
    void index();

    EncoderOptions m_options;
    std::vector<std::unique_ptr<ColumnEncoder>> m_encoders;
    std::vector<std::string> m_dropped;
    // Derived from the encoders by index().
    std::vector<ColumnSchema> m_inputSchema;
    std::vector<std::string> m_outputNames;
    std::vector<std::size_t> m_sourceOfOutput; // encoder index per output
    std::vector<Index> m_firstOutput;          // per encoder
};

// The options that describeSteps() reports, read back: fitting the same
// table with them gives the same encoder. Entries of other steps are
// ignored; options no entry mentions keep their defaults.
EncoderOptions encoderOptionsFromSteps(const std::vector<nlohmann::json>& steps);

} // namespace winnow::engine
