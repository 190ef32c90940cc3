#pragma once

#include "engine/preprocess/column_encoder.h"

#include <string>
#include <unordered_map>

namespace winnow::engine {

// A categorical column with too many categories for one-hot encoding, as
// one column "<name>_frequency": the share of training rows that had the
// row's category. Missing counts as a category of its own; a category not
// seen in training (or missing, when training had none) gets 0.
class FrequencyColumnEncoder : public ColumnEncoder {
public:
    // shares: each category's share of the training rows.
    FrequencyColumnEncoder(ColumnSchema schema, std::vector<std::string> categories,
                           std::vector<double> shares, double missingShare);
    static std::unique_ptr<FrequencyColumnEncoder> load(ColumnSchema schema,
                                                        const nlohmann::json& json,
                                                        const SavedState& state,
                                                        const std::string& prefix);

    std::string stepName() const override { return "frequencyencoder"; }
    std::vector<std::string> outputNames() const override;
    void encode(const Column& column, Eigen::Ref<Matrix> out) const override;
    nlohmann::json save(SavedState& state, const std::string& prefix) const override;

private:
    std::vector<std::string> m_categories;
    std::vector<double> m_shares;
    double m_missingShare;
    std::unordered_map<std::string, double> m_shareOf;
};

} // namespace winnow::engine
