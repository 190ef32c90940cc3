#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Centres each column on its mean and divides it by its (population)
// standard deviation, as scikit-learn's StandardScaler. Columns that are
// constant in training, by scikit-learn's test (a variance within the
// rounding error of the two-pass algorithm), are centred but not scaled.
class StandardScaler : public Transformer {
public:
    static constexpr const char* kName = "standardscaler";
    // withMean, withStd: both true/false, default true.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    StandardScaler(bool withMean, bool withStd);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

    const Vector& means() const { return m_means; }
    const Vector& scales() const { return m_scales; }

private:
    bool m_withMean;
    bool m_withStd;
    bool m_fitted = false;
    Vector m_means;  // zeros when !withMean
    Vector m_scales; // ones when !withStd
};

} // namespace winnow::engine
