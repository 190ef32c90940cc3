#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// 1 where a value is above the threshold, else 0, as scikit-learn's
// Binarizer. Works value by value, so fitting learns nothing.
class Binarizer : public Transformer {
public:
    static constexpr const char* kName = "binarizer";
    // threshold: real in [0, 1], default 0.
    static HyperSpace space();
    static std::unique_ptr<Transformer> make(const nlohmann::json& params);
    static std::unique_ptr<Transformer> load(const SavedState& state);

    explicit Binarizer(double threshold);

    std::string name() const override { return kName; }
    nlohmann::json params() const override { return {{"threshold", m_threshold}}; }
    void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) override;
    Matrix transform(const Matrix& x) const override;
    std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const override;
    SavedState save() const override;

private:
    double m_threshold;
    Index m_width = -1; // -1 until fitted
};

} // namespace winnow::engine
