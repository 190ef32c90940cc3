#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Degree-2 polynomial features, as scikit-learn's PolynomialFeatures with
// degree=2: the inputs x0..xn-1, then the products xi*xj for i <= j in
// order (x0^2, x0 x1, ..., x1^2, ...), or only those with i < j when
// interactionOnly. No bias column. Output names follow scikit-learn:
// "a", "a^2", "a b".
//
// n inputs make n + n(n+1)/2 columns (n + n(n-1)/2 interaction-only), so
// fit() refuses, with an InputError, an input whose output would exceed
// kMaxOutputColumns rather than exhaust memory: a feature selection step
// must come first.
class PolynomialFeatures : public Transformer {
public:
    static constexpr const char* kName = "polynomialfeatures";
    static constexpr Index kMaxOutputColumns = 2048;
    // degree: 2; interactionOnly: false (default) or true; includeBias: false.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    explicit PolynomialFeatures(bool interactionOnly);

    // How many columns n inputs become.
    static Index outputCount(Index inputs, bool interactionOnly);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    bool m_interactionOnly;
    Index m_width = -1; // -1 until fitted
};

} // namespace winnow::engine
