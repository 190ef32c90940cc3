#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Maps each column's training range onto featureRange, as scikit-learn's
// MinMaxScaler: x * scale + offset. A constant column maps to the range's
// lower end. With clip, later values outside the training range are held
// at the range's ends.
class MinMaxScaler : public Transformer {
public:
    static constexpr const char* kName = "minmaxscaler";
    // featureRange: [0, 1] (default) or [-1, 1]; clip: false (default) or true.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    MinMaxScaler(double low, double high, bool clip);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    double m_low;
    double m_high;
    bool m_clip;
    bool m_fitted = false;
    Vector m_scales;
    Vector m_offsets;
};

} // namespace winnow::engine
