#pragma once

#include "engine/data/table.h"
#include "engine/pipeline/numeric_pipeline.h"
#include "engine/pipeline/prepared_data.h"
#include "engine/preprocess/table_encoder.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace winnow::engine {

// What a trained model is about, stored with it and shown by `describe`.
struct ModelInfo {
    Task task = Task::Regression;
    std::string targetName;
    std::vector<std::string> labels; // classification only
    bool labelsNumeric = false;
    std::string idColumn;
    std::string scoring;
    std::string engineVersion;
    std::string createdAt;

    int classCount() const { return static_cast<int>(labels.size()); }
    nlohmann::json toJson() const;
    static ModelInfo fromJson(const nlohmann::json& document);
};

// A trained model: the table encoder, then the numeric pipeline. It takes a
// table with (at least) the columns it was trained on, in any order.
class Model {
public:
    Model(ModelInfo info, TableEncoder encoder, NumericPipeline pipeline);

    const ModelInfo& info() const { return m_info; }
    const TableEncoder& encoder() const { return m_encoder; }
    const NumericPipeline& pipeline() const { return m_pipeline; }

    // The columns the model reads and the types it expects, so a file given
    // to `predict` is read with the same types as the training data.
    std::map<std::string, ColumnType> inputTypes() const;
    // Throws InputError naming every input column `table` lacks.
    void checkColumns(const Table& table) const;

    Matrix predictProba(const Table& table) const;
    Vector predict(const Table& table) const;

    // metadata.json's pipelineSteps: the encoder's steps, then the pipeline's.
    nlohmann::json pipelineSteps() const;

    void save(const std::filesystem::path& file) const;
    static Model load(const std::filesystem::path& file);

private:
    ModelInfo m_info;
    TableEncoder m_encoder;
    NumericPipeline m_pipeline;
};

} // namespace winnow::engine
