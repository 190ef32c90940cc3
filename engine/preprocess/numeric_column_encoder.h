#pragma once

#include "engine/preprocess/column_encoder.h"

namespace winnow::engine {

// A numeric or boolean column: missing values (NaN, and infinities, which
// no learner can use) are filled with the training median or most frequent
// value, and when training had gaps an indicator "<name>_missing" follows
// the value. A value constant in training is left out, keeping only the
// indicator if there is one.
class NumericColumnEncoder : public ColumnEncoder {
public:
    static std::unique_ptr<NumericColumnEncoder> fit(const Column& column,
                                                     const EncoderOptions& options);
    static std::unique_ptr<NumericColumnEncoder> load(ColumnSchema schema,
                                                      const nlohmann::json& json,
                                                      const SavedState& state,
                                                      const std::string& prefix);

    std::string stepName() const override { return "simpleimputer"; }
    bool hasMissingIndicator() const override { return m_indicator; }
    std::vector<std::string> outputNames() const override;
    void encode(const Column& column, Eigen::Ref<Matrix> out) const override;
    nlohmann::json save(SavedState& state, const std::string& prefix) const override;

    double fillValue() const { return m_fill; }

private:
    NumericColumnEncoder(ColumnSchema schema, double fill, bool keepValue, bool indicator);

    double m_fill;
    bool m_keepValue;
    bool m_indicator;
};

} // namespace winnow::engine
