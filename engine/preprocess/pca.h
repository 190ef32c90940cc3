#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Principal component analysis, as scikit-learn's PCA with the exact
// ("full") SVD solver: the training rows are centred and projected onto
// the leading right singular vectors.
//
// nComponents is either a count (an integer >= 1, capped at the rank limit
// min(rows, columns)) or a fraction of variance in (0, 1): the fewest
// components whose explained variance ratio adds up to more than it. The
// search draws fractions; a count is accepted when given.
//
// Signs are made deterministic as scikit-learn's svd_flip does with
// u_based_decision=False (its choice for PCA since 1.5): the entry of
// largest magnitude in each component is positive. With whiten, each
// component is divided by the square root of its explained variance
// (components with no variance are left as they are rather than divided
// by zero).
class Pca : public Transformer {
public:
    static constexpr const char* kName = "pca";
    // nComponents: 0.5, 0.75, 0.9, 0.95 (default) or 0.99, or any count;
    // whiten: false (default) or true.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    // components: an integer count, or a fraction of variance in (0, 1).
    Pca(nlohmann::json components, bool whiten);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

    // After fit: one row per kept component, one column per input.
    const Matrix& components() const { return m_components; }
    const Vector& explainedVariance() const { return m_explainedVariance; }
    const Vector& explainedVarianceRatio() const { return m_explainedVarianceRatio; }

private:
    nlohmann::json m_requested;
    bool m_whiten;
    bool m_fitted = false;
    Vector m_means;
    Matrix m_components;
    Vector m_explainedVariance;
    Vector m_explainedVarianceRatio;
};

} // namespace winnow::engine
