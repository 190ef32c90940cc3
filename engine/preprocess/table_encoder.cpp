#include "engine/preprocess/table_encoder.h"

#include "engine/core/errors.h"
#include "engine/preprocess/datetime_column_encoder.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace winnow::engine {

namespace {

constexpr int kFormat = 1;

std::string joined(const std::vector<std::string>& names)
{
    std::string text;
    for (const auto& name : names)
        text += (text.empty() ? "'" : ", '") + name + "'";
    return text;
}

// Numbers and booleans are both stored as values, so either stands in for
// the other; any other difference means the data is not what the model
// was trained on.
bool compatible(ColumnType expected, ColumnType actual)
{
    auto valued = [](ColumnType type) {
        return type == ColumnType::Numeric || type == ColumnType::Boolean;
    };
    return expected == actual || (valued(expected) && valued(actual));
}

} // namespace

TableEncoder::TableEncoder(TableEncoder&&) noexcept = default;
TableEncoder& TableEncoder::operator=(TableEncoder&&) noexcept = default;
TableEncoder::~TableEncoder() = default;

TableEncoder TableEncoder::fit(const Table& features, const EncoderOptions& options)
{
    TableEncoder encoder;
    encoder.m_options = encoderOptionsFromJson(toJson(options)); // checks the ranges
    if (features.columnCount() == 0)
        throw InputError("there are no feature columns to learn from");
    if (features.rowCount() == 0)
        throw InputError("there are no training rows to learn from");
    for (const auto& column : features.columns()) {
        if (auto fitted = fitColumnEncoder(column, encoder.m_options))
            encoder.m_encoders.push_back(std::move(fitted));
        else
            encoder.m_dropped.push_back(column.name);
    }
    if (encoder.m_encoders.empty())
        throw InputError("no feature can be learnt from: every column is constant or empty in "
                         "the training rows (" +
                         joined(encoder.m_dropped) + ")");
    encoder.index();
    return encoder;
}

void TableEncoder::index()
{
    m_inputSchema.clear();
    m_outputNames.clear();
    m_sourceOfOutput.clear();
    m_firstOutput.clear();
    std::unordered_set<std::string> taken;
    for (std::size_t e = 0; e < m_encoders.size(); ++e) {
        m_inputSchema.push_back(m_encoders[e]->schema());
        m_firstOutput.push_back(static_cast<Index>(m_outputNames.size()));
        for (const auto& name : m_encoders[e]->outputNames()) {
            std::string unique = name;
            for (int copy = 2; taken.contains(unique); ++copy)
                unique = name + " (" + std::to_string(copy) + ")";
            taken.insert(unique);
            m_outputNames.push_back(unique);
            m_sourceOfOutput.push_back(e);
        }
    }
}

const std::string& TableEncoder::sourceColumn(std::size_t output) const
{
    return m_inputSchema.at(m_sourceOfOutput.at(output)).name;
}

Matrix TableEncoder::transform(const Table& table) const
{
    std::unordered_map<std::string_view, const Column*> byName;
    for (const auto& column : table.columns())
        byName.emplace(column.name, &column);

    std::vector<const Column*> inputs;
    std::vector<std::string> absent;
    for (const auto& encoder : m_encoders) {
        auto it = byName.find(encoder->schema().name);
        if (it == byName.end())
            absent.push_back(encoder->schema().name);
        inputs.push_back(it == byName.end() ? nullptr : it->second);
    }
    if (!absent.empty())
        throw InputError(
            std::string(absent.size() == 1 ? "the data lacks a column" : "the data lacks columns") +
            " the model needs: " + joined(absent));
    for (std::size_t e = 0; e < m_encoders.size(); ++e) {
        const auto& expected = m_encoders[e]->schema();
        if (!compatible(expected.type, inputs[e]->type))
            throw InputError(
                "column '" + expected.name + "' holds " + columnTypeName(inputs[e]->type) +
                " values, but the model was trained on it as " + columnTypeName(expected.type));
    }

    Matrix out(static_cast<Index>(table.rowCount()), static_cast<Index>(m_outputNames.size()));
    for (std::size_t e = 0; e < m_encoders.size(); ++e) {
        Index first = m_firstOutput[e];
        Index end = e + 1 < m_encoders.size() ? m_firstOutput[e + 1] : out.cols();
        m_encoders[e]->encode(*inputs[e], out.middleCols(first, end - first));
    }
    return out;
}

std::vector<nlohmann::json> TableEncoder::describeSteps() const
{
    auto columnsOf = [this](std::initializer_list<const char*> steps) {
        std::vector<std::string> names;
        for (const auto& encoder : m_encoders)
            for (const char* step : steps)
                if (encoder->stepName() == step)
                    names.push_back(encoder->schema().name);
        return names;
    };
    const nlohmann::json options = toJson(m_options);
    const nlohmann::json categoricalParams = {{"minFrequency", options["minFrequency"]},
                                              {"maxCategories", options["maxCategories"]},
                                              {"maxUniqueFraction", options["maxUniqueFraction"]}};
    std::vector<nlohmann::json> steps;

    if (auto columns = columnsOf({"datetimeexpander"}); !columns.empty()) {
        std::vector<std::string> parts;
        for (auto part : kDateParts)
            for (const auto& encoder : m_encoders)
                if (auto* dates = dynamic_cast<const DatetimeColumnEncoder*>(encoder.get());
                    dates && std::ranges::find(dates->parts(), part) != dates->parts().end()) {
                    parts.push_back(datePartName(part));
                    break;
                }
        steps.push_back(
            {{"name", "datetimeexpander"}, {"params", {{"columns", columns}, {"parts", parts}}}});
    }
    if (auto columns = columnsOf({"simpleimputer", "datetimeexpander"}); !columns.empty()) {
        bool indicator = std::ranges::any_of(
            m_encoders, [](const auto& encoder) { return encoder->hasMissingIndicator(); });
        steps.push_back({{"name", "simpleimputer"},
                         {"params",
                          {{"strategy", options["strategy"]},
                           {"addIndicator", indicator},
                           {"columns", columns}}}});
    }
    if (auto columns = columnsOf({"onehotencoder"}); !columns.empty()) {
        nlohmann::json params = categoricalParams;
        params["handleUnknown"] = "infrequent_if_exist";
        params["columns"] = columns;
        steps.push_back({{"name", "onehotencoder"}, {"params", params}});
    }
    if (auto columns = columnsOf({"frequencyencoder"}); !columns.empty()) {
        nlohmann::json params = categoricalParams;
        params["columns"] = columns;
        steps.push_back({{"name", "frequencyencoder"}, {"params", params}});
    }
    return steps;
}

EncoderOptions encoderOptionsFromSteps(const std::vector<nlohmann::json>& steps)
{
    static const std::vector<std::string> encoderSteps{"datetimeexpander", "simpleimputer",
                                                       "onehotencoder", "frequencyencoder"};
    static const std::vector<std::string> optionKeys{"strategy", "minFrequency", "maxCategories",
                                                     "maxUniqueFraction"};
    nlohmann::json options = nlohmann::json::object();
    for (const auto& step : steps) {
        if (!step.is_object() || !step.contains("name") || !step["name"].is_string() ||
            !step.contains("params") ||
            std::ranges::find(encoderSteps, step["name"].get<std::string>()) == encoderSteps.end())
            continue;
        for (const auto& key : optionKeys)
            if (step["params"].is_object() && step["params"].contains(key))
                options[key] = step["params"][key];
    }
    return encoderOptionsFromJson(options);
}

SavedState TableEncoder::save() const
{
    SavedState state;
    state.values["format"] = kFormat;
    state.values["options"] = toJson(m_options);
    state.values["dropped"] = m_dropped;
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t e = 0; e < m_encoders.size(); ++e) {
        const auto& encoder = *m_encoders[e];
        nlohmann::json column = encoder.save(state, "column" + std::to_string(e) + ".");
        column["name"] = encoder.schema().name;
        column["type"] = columnTypeName(encoder.schema().type);
        column["encoding"] = encoder.stepName();
        columns.push_back(std::move(column));
    }
    state.values["columns"] = std::move(columns);
    return state;
}

TableEncoder TableEncoder::load(const SavedState& state)
{
    TableEncoder encoder;
    try {
        const auto& format = state.value("format");
        if (!format.is_number_integer() || format.get<int>() != kFormat)
            throw InputError("model file: the table encoder is in format " + format.dump() +
                             ", which this version of Winnow cannot read");
        encoder.m_options = encoderOptionsFromJson(state.value("options"));
        encoder.m_dropped = state.value("dropped").get<std::vector<std::string>>();
        const auto& columns = state.value("columns");
        for (std::size_t e = 0; e < columns.size(); ++e)
            encoder.m_encoders.push_back(
                loadColumnEncoder(columns.at(e), state, "column" + std::to_string(e) + "."));
    } catch (const nlohmann::json::exception& error) {
        throw InputError(std::string("model file: the table encoder's state is damaged (") +
                         error.what() + ")");
    }
    if (encoder.m_encoders.empty())
        throw InputError("model file: the table encoder has no columns; the file is damaged");
    encoder.index();
    return encoder;
}

} // namespace winnow::engine
