#include "engine/preprocess/one_hot_column_encoder.h"

#include "engine/core/errors.h"

namespace winnow::engine {

OneHotColumnEncoder::OneHotColumnEncoder(ColumnSchema schema, std::vector<std::string> categories,
                                         bool missingLevel, bool otherLevel)
    : ColumnEncoder(std::move(schema))
    , m_categories(std::move(categories))
    , m_missingLevel(missingLevel)
    , m_otherLevel(otherLevel)
{
    for (std::size_t i = 0; i < m_categories.size(); ++i)
        m_slots.emplace(m_categories[i], static_cast<Index>(i));
}

std::vector<std::string> OneHotColumnEncoder::outputNames() const
{
    std::vector<std::string> names;
    const std::string prefix = schema().name + "=";
    for (const auto& category : m_categories)
        names.push_back(prefix + category);
    if (m_missingLevel)
        names.push_back(prefix + kMissing);
    if (m_otherLevel)
        names.push_back(prefix + kOther);
    return names;
}

void OneHotColumnEncoder::encode(const Column& column, Eigen::Ref<Matrix> out) const
{
    const auto kept = static_cast<Index>(m_categories.size());
    const Index missingSlot = m_missingLevel ? kept : -1;
    const Index otherSlot = m_otherLevel ? kept + (m_missingLevel ? 1 : 0) : -1;
    // Where each of this column's own category codes goes: looked up once
    // per category, not once per row.
    std::vector<Index> slotOfCode(column.categories.size(), otherSlot);
    for (std::size_t code = 0; code < column.categories.size(); ++code)
        if (auto it = m_slots.find(column.categories[code]); it != m_slots.end())
            slotOfCode[code] = it->second;
    const Index missingGoesTo = m_missingLevel ? missingSlot : otherSlot;

    out.setZero();
    const auto rows = static_cast<Index>(column.codes.size());
    for (Index i = 0; i < rows; ++i) {
        std::int32_t code = column.codes[static_cast<std::size_t>(i)];
        Index slot = code < 0 ? missingGoesTo : slotOfCode[static_cast<std::size_t>(code)];
        if (slot >= 0)
            out(i, slot) = 1.0;
    }
}

nlohmann::json OneHotColumnEncoder::save(SavedState&, const std::string&) const
{
    return {{"categories", m_categories},
            {"missingLevel", m_missingLevel},
            {"otherLevel", m_otherLevel}};
}

std::unique_ptr<OneHotColumnEncoder> OneHotColumnEncoder::load(ColumnSchema schema,
                                                               const nlohmann::json& json)
{
    return std::make_unique<OneHotColumnEncoder>(
        std::move(schema), json.at("categories").get<std::vector<std::string>>(),
        json.at("missingLevel").get<bool>(), json.at("otherLevel").get<bool>());
}

} // namespace winnow::engine
