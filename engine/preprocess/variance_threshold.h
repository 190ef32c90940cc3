#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Keeps the columns whose training variance is above the threshold, as
// scikit-learn's VarianceThreshold. With threshold 0 a column is dropped
// only when its values are all equal (scikit-learn also uses the peak to
// peak range there, so rounding in the variance cannot keep a constant).
// When no column passes, fit() throws InputError, as scikit-learn raises.
class VarianceThreshold : public Transformer {
public:
    static constexpr const char* kName = "variancethreshold";
    // threshold: 0 (default), 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1 or 0.2.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    explicit VarianceThreshold(double threshold);

    std::string name() const override { return kName; }
    nlohmann::json params() const override { return {{"threshold", m_threshold}}; }
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

    // After fit: the input columns kept, ascending.
    const std::vector<Index>& kept() const { return m_kept; }
    const Vector& variances() const { return m_variances; }

private:
    double m_threshold;
    Index m_width = -1; // -1 until fitted
    Vector m_variances;
    std::vector<Index> m_kept;
};

} // namespace winnow::engine
