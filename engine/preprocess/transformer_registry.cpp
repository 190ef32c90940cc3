#include "engine/preprocess/transformer.h"

#include "engine/core/errors.h"
#include "engine/preprocess/binarizer.h"
#include "engine/preprocess/max_abs_scaler.h"
#include "engine/preprocess/min_max_scaler.h"
#include "engine/preprocess/normalizer.h"
#include "engine/preprocess/pca.h"
#include "engine/preprocess/polynomial_features.h"
#include "engine/preprocess/robust_scaler.h"
#include "engine/preprocess/select_percentile.h"
#include "engine/preprocess/standard_scaler.h"
#include "engine/preprocess/variance_threshold.h"
#include "engine/preprocess/zero_count.h"

namespace winnow::engine {

namespace {

template <class Step>
TransformerInfo entry(bool changesFeatureSpace = false)
{
    return {Step::kName, Step::space(), changesFeatureSpace, &Step::make, &Step::load};
}

} // namespace

const std::vector<TransformerInfo>& transformerRegistry()
{
    static const std::vector<TransformerInfo> registry{
        entry<StandardScaler>(),         entry<MinMaxScaler>(), entry<RobustScaler>(),
        entry<MaxAbsScaler>(),           entry<Normalizer>(),   entry<Binarizer>(),
        entry<PolynomialFeatures>(true), entry<Pca>(true),      entry<VarianceThreshold>(),
        entry<SelectPercentile>(),       entry<ZeroCount>(),
    };
    return registry;
}

const TransformerInfo* findTransformer(const std::string& name)
{
    for (const auto& info : transformerRegistry())
        if (info.name == name)
            return &info;
    return nullptr;
}

namespace {

const TransformerInfo& requireTransformer(const std::string& name)
{
    if (const auto* info = findTransformer(name))
        return *info;
    std::string known;
    for (const auto& info : transformerRegistry())
        known += (known.empty() ? "" : ", ") + info.name;
    throw InputError("unknown preprocessing step '" + name + "'; known steps: " + known);
}

} // namespace

std::unique_ptr<Transformer> makeTransformer(const std::string& name, const nlohmann::json& params)
{
    return requireTransformer(name).make(params);
}

std::unique_ptr<Transformer> loadTransformer(const std::string& name, const SavedState& state)
{
    const auto& info = requireTransformer(name);
    try {
        return info.load(state);
    } catch (const nlohmann::json::exception& error) {
        throw InputError("model file: the state of '" + name + "' is damaged (" + error.what() +
                         ")");
    }
}

} // namespace winnow::engine
