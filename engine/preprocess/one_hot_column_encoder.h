#pragma once

#include "engine/preprocess/column_encoder.h"

#include <string>
#include <unordered_map>

namespace winnow::engine {

// A categorical column as one indicator per category, "<name>=<category>",
// in sorted order. Missing is treated as one more category, "<missing>";
// categories (and missing) rarer in training than the minimum frequency
// share one indicator, "<name>=<other>", after the rest. At transform time
// a category not seen in training (or missing, when training had none)
// counts as <other> when that indicator exists, else sets no indicator.
class OneHotColumnEncoder : public ColumnEncoder {
public:
    static constexpr const char* kMissing = "<missing>";
    static constexpr const char* kOther = "<other>";

    OneHotColumnEncoder(ColumnSchema schema, std::vector<std::string> categories, bool missingLevel,
                        bool otherLevel);
    static std::unique_ptr<OneHotColumnEncoder> load(ColumnSchema schema,
                                                     const nlohmann::json& json);

    std::string stepName() const override { return "onehotencoder"; }
    std::vector<std::string> outputNames() const override;
    void encode(const Column& column, Eigen::Ref<Matrix> out) const override;
    nlohmann::json save(SavedState& state, const std::string& prefix) const override;

    const std::vector<std::string>& categories() const { return m_categories; }
    bool hasMissingLevel() const { return m_missingLevel; }
    bool hasOtherLevel() const { return m_otherLevel; }

private:
    std::vector<std::string> m_categories; // kept, sorted
    std::unordered_map<std::string, Index> m_slots;
    bool m_missingLevel;
    bool m_otherLevel;
};

} // namespace winnow::engine
