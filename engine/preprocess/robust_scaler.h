#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Centres each column on its median and divides it by its interquantile
// range, as scikit-learn's RobustScaler (percentiles interpolated linearly,
// as numpy's). A column whose range is zero is centred but not scaled.
// scikit-learn's unitVariance option is not offered.
class RobustScaler : public Transformer {
public:
    static constexpr const char* kName = "robustscaler";
    // withCentering, withScaling: true (default) or false;
    // quantileRange: [25, 75] (default), [10, 90] or [5, 95].
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    RobustScaler(bool withCentering, bool withScaling, double lowQuantile, double highQuantile);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    bool m_withCentering;
    bool m_withScaling;
    double m_lowQuantile;
    double m_highQuantile;
    bool m_fitted = false;
    Vector m_centers; // zeros without centering
    Vector m_scales;  // ones without scaling
};

} // namespace winnow::engine
