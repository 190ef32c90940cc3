#pragma once

#include "engine/core/hyperparameters.h"
#include "engine/core/run_context.h"
#include "engine/core/saved_state.h"
#include "engine/core/task.h"
#include "engine/core/types.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace winnow::engine {

// A numeric preprocessing step: fitted on the training rows only, then
// applied unchanged to any later rows (validation folds, test split, data
// given to `predict`). Names and parameters follow scikit-learn's, spelled
// as metadata.json's pipelineSteps spell them: lower-case class names
// ("standardscaler") and camelCase parameters ("withMean").
class Transformer {
public:
    virtual ~Transformer() = default;

    virtual std::string name() const = 0;
    virtual nlohmann::json params() const = 0;

    // y holds class indices (0..k-1) for classification and values for
    // regression; steps that ignore the target ignore it.
    virtual void fit(const Matrix& x, const Vector& y, Task task, const RunContext& context) = 0;
    virtual Matrix transform(const Matrix& x) const = 0;
    // The names of transform()'s columns given the names of its input's.
    virtual std::vector<std::string> outputNames(const std::vector<std::string>& inputs) const = 0;

    virtual SavedState save() const = 0;
};

// How to make a transformer by name: the search draws from this list.
struct TransformerInfo {
    std::string name;
    HyperSpace space;
    // Steps such as PCA or polynomial features change what the columns mean;
    // the search uses this to keep pipelines readable (at most one of these).
    bool changesFeatureSpace = false;
    std::function<std::unique_ptr<Transformer>(const nlohmann::json& params)> make;
    std::function<std::unique_ptr<Transformer>(const SavedState& state)> load;
};

const std::vector<TransformerInfo>& transformerRegistry();
// The registry's entry for `name`, or nullptr.
const TransformerInfo* findTransformer(const std::string& name);
// Throws InputError for an unknown name or parameter.
std::unique_ptr<Transformer> makeTransformer(const std::string& name, const nlohmann::json& params);
std::unique_ptr<Transformer> loadTransformer(const std::string& name, const SavedState& state);

} // namespace winnow::engine
