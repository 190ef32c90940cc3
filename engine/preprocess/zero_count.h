#pragma once

#include "engine/preprocess/transformer.h"

namespace winnow::engine {

// TPOT's ZeroCount: two columns prepended to the input, counting per row
// the entries equal to zero and those not. The output is, in order,
// "zero_count", "nonzero_count", then the inputs unchanged (TPOT stacks
// the non-zero count in front of the inputs, then the zero count in front
// of that). No parameters.
class ZeroCount : public Transformer {
public:
    static constexpr const char* kName = "zerocount";
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
    Index m_width = -1; // -1 until fitted
};

} // namespace winnow::engine
