#include "engine/pipeline/model.h"

#include "engine/core/errors.h"
#include "engine/pipeline/model_file.h"

namespace winnow::engine {

nlohmann::json ModelInfo::toJson() const
{
    return {{"task", taskName(task)},         {"targetName", targetName}, {"labels", labels},
            {"labelsNumeric", labelsNumeric}, {"idColumn", idColumn},     {"scoring", scoring},
            {"engineVersion", engineVersion}, {"createdAt", createdAt}};
}

ModelInfo ModelInfo::fromJson(const nlohmann::json& document)
{
    ModelInfo info;
    auto task = parseTaskName(document.at("task").get<std::string>());
    if (!task)
        throw InputError("model file: unknown task " + document.at("task").dump());
    info.task = *task;
    info.targetName = document.at("targetName").get<std::string>();
    info.labels = document.at("labels").get<std::vector<std::string>>();
    info.labelsNumeric = document.at("labelsNumeric").get<bool>();
    info.idColumn = document.value("idColumn", "");
    info.scoring = document.value("scoring", "");
    info.engineVersion = document.value("engineVersion", "");
    info.createdAt = document.value("createdAt", "");
    return info;
}

Model::Model(ModelInfo info, TableEncoder encoder, NumericPipeline pipeline)
    : m_info(std::move(info))
    , m_encoder(std::move(encoder))
    , m_pipeline(std::move(pipeline))
{}

std::map<std::string, ColumnType> Model::inputTypes() const
{
    std::map<std::string, ColumnType> types;
    for (const auto& [name, type] : m_encoder.inputSchema())
        types[name] = type;
    return types;
}

void Model::checkColumns(const Table& table) const
{
    std::vector<std::string> missing;
    for (const auto& [name, type] : m_encoder.inputSchema())
        if (!table.find(name))
            missing.push_back(name);
    if (missing.empty())
        return;
    std::string names;
    for (const auto& name : missing)
        names += (names.empty() ? "'" : ", '") + name + "'";
    throw InputError("the data lacks " + std::to_string(missing.size()) + " column" +
                     (missing.size() == 1 ? "" : "s") + " the model needs: " + names);
}

Matrix Model::predictProba(const Table& table) const
{
    checkColumns(table);
    return m_pipeline.predictProba(m_encoder.transform(table));
}

Vector Model::predict(const Table& table) const
{
    checkColumns(table);
    return m_pipeline.predict(m_encoder.transform(table));
}

nlohmann::json Model::pipelineSteps() const
{
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : m_encoder.describeSteps())
        steps.push_back(step);
    for (const auto& step : m_pipeline.describeSteps())
        steps.push_back(step);
    return steps;
}

void Model::save(const std::filesystem::path& file) const
{
    ModelFileContents contents;
    contents.model = {{"info", m_info.toJson()}, {"pipeline", m_pipeline.definition().toJson()}};
    contents.states.push_back(m_encoder.save());
    for (auto& state : m_pipeline.save())
        contents.states.push_back(std::move(state));
    writeModelFile(file, contents);
}

Model Model::load(const std::filesystem::path& file)
{
    ModelFileContents contents = readModelFile(file);
    try {
        ModelInfo info = ModelInfo::fromJson(contents.model.at("info"));
        auto definition = PipelineDefinition::fromJson(contents.model.at("pipeline"));
        if (contents.states.empty())
            throw InputError("model file: no saved steps");
        TableEncoder encoder = TableEncoder::load(contents.states.front());
        std::vector<SavedState> rest(std::make_move_iterator(contents.states.begin() + 1),
                                     std::make_move_iterator(contents.states.end()));
        auto pipeline = NumericPipeline::load(definition, info.task, info.classCount(), rest);
        return Model(std::move(info), std::move(encoder), std::move(pipeline));
    } catch (const nlohmann::json::exception& error) {
        throw InputError(file.string() + ": the model file is damaged (" + error.what() + ")");
    } catch (const InputError& error) {
        throw InputError(file.string() + ": " + error.problem());
    }
}

} // namespace winnow::engine
