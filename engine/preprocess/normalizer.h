#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Scales each row to unit norm, as scikit-learn's Normalizer: l2 (the
// Euclidean length), l1 (the sum of absolute values) or max (the largest
// absolute value). Rows whose norm is zero, or too small to divide by,
// pass unchanged. Works row by row, so fitting learns nothing.
class Normalizer : public Transformer {
public:
    enum class Norm { L1, L2, Max };

    static constexpr const char* kName = "normalizer";
    // norm: "l2" (default), "l1" or "max".
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    explicit Normalizer(Norm norm);

    std::string name() const override { return kName; }
    nlohmann::json params() const override;
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    Norm m_norm;
    Index m_width = -1; // -1 until fitted
};

} // namespace winnow::engine
