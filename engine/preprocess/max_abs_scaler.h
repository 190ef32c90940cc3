#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// Divides each column by its largest absolute training value, as
// scikit-learn's MaxAbsScaler, so values fall in [-1, 1] without shifting
// (zeros stay zeros). An all-zero column passes unchanged. No parameters.
class MaxAbsScaler : public Transformer {
public:
    static constexpr const char* kName = "maxabsscaler";
    static HyperSpace space() { return {}; }
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    std::string name() const override { return kName; }
    nlohmann::json params() const override { return nlohmann::json::object(); }
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    bool m_fitted = false;
    Vector m_scales;
};

} // namespace winnow::engine
