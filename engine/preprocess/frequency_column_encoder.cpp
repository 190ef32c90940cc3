#include "engine/preprocess/frequency_column_encoder.h"

#include "engine/core/errors.h"

namespace winnow::engine {

FrequencyColumnEncoder::FrequencyColumnEncoder(ColumnSchema schema,
                                               std::vector<std::string> categories,
                                               std::vector<double> shares, double missingShare)
    : ColumnEncoder(std::move(schema))
    , m_categories(std::move(categories))
    , m_shares(std::move(shares))
    , m_missingShare(missingShare)
{
    for (std::size_t i = 0; i < m_categories.size(); ++i)
        m_shareOf.emplace(m_categories[i], m_shares[i]);
}

std::vector<std::string> FrequencyColumnEncoder::outputNames() const
{
    return {schema().name + "_frequency"};
}

void FrequencyColumnEncoder::encode(const Column& column, Eigen::Ref<Matrix> out) const
{
    std::vector<double> shareOfCode(column.categories.size(), 0.0);
    for (std::size_t code = 0; code < column.categories.size(); ++code)
        if (auto it = m_shareOf.find(column.categories[code]); it != m_shareOf.end())
            shareOfCode[code] = it->second;
    double* values = out.col(0).data();
    const auto rows = static_cast<Index>(column.codes.size());
    for (Index i = 0; i < rows; ++i) {
        std::int32_t code = column.codes[static_cast<std::size_t>(i)];
        values[i] = code < 0 ? m_missingShare : shareOfCode[static_cast<std::size_t>(code)];
    }
}

nlohmann::json FrequencyColumnEncoder::save(SavedState& state, const std::string& prefix) const
{
    state.arrays[prefix + "shares"] = m_shares;
    state.arrays[prefix + "missingShare"] = {m_missingShare};
    return {{"categories", m_categories}};
}

std::unique_ptr<FrequencyColumnEncoder> FrequencyColumnEncoder::load(ColumnSchema schema,
                                                                     const nlohmann::json& json,
                                                                     const SavedState& state,
                                                                     const std::string& prefix)
{
    auto categories = json.at("categories").get<std::vector<std::string>>();
    const auto& shares = state.array(prefix + "shares");
    const auto& missingShare = state.array(prefix + "missingShare");
    if (shares.size() != categories.size() || missingShare.size() != 1)
        throw InputError("model file: the category frequencies of column '" + schema.name +
                         "' are damaged");
    return std::make_unique<FrequencyColumnEncoder>(std::move(schema), std::move(categories),
                                                    shares, missingShare[0]);
}

} // namespace winnow::engine
