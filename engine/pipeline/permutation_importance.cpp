#include "engine/pipeline/permutation_importance.h"

#include "engine/metrics/evaluation.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace winnow::engine {
namespace {

double scoreOf(const Model& model, const Table& table, const Vector& target, Scoring scoring)
{
    if (isClassification(model.info().task)) {
        std::vector<int> truth(static_cast<std::size_t>(target.size()));
        for (Index i = 0; i < target.size(); ++i)
            truth[static_cast<std::size_t>(i)] = static_cast<int>(target[i]);
        return classificationScore(scoring, truth, model.predictProba(table));
    }
    Vector predicted = model.predict(table);
    return regressionScore(scoring, std::span<const double>(target.data(), target.size()),
                           std::span<const double>(predicted.data(), predicted.size()));
}

void shuffleColumn(Column& column, std::mt19937_64& random)
{
    if (column.type == ColumnType::Categorical)
        std::shuffle(column.codes.begin(), column.codes.end(), random);
    else
        std::shuffle(column.values.begin(), column.values.end(), random);
}

} // namespace

std::vector<FeatureImportance> permutationImportance(const Model& model, const Table& features,
                                                     const Vector& target, Scoring scoring,
                                                     const RunContext& context, std::size_t maxRows)
{
    std::mt19937_64 random(context.seed ^ 0x5851f42d4c957f2dULL);
    std::vector<std::size_t> rows(features.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    if (rows.size() > maxRows) {
        std::shuffle(rows.begin(), rows.end(), random);
        rows.resize(maxRows);
        std::sort(rows.begin(), rows.end());
    }
    Table sample = features.takeRows(rows);
    Vector sampleTarget(static_cast<Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        sampleTarget[static_cast<Index>(i)] = target[static_cast<Index>(rows[i])];

    double baseline = orientedScore(scoring, scoreOf(model, sample, sampleTarget, scoring));
    std::vector<FeatureImportance> importances;
    for (const auto& [name, type] : model.encoder().inputSchema()) {
        auto index = sample.indexOf(name);
        if (!index)
            continue;
        Table shuffled = sample;
        shuffleColumn(shuffled.column(*index), random);
        double score = orientedScore(scoring, scoreOf(model, shuffled, sampleTarget, scoring));
        double drop = baseline - score;
        importances.push_back({name, std::isfinite(drop) ? drop : 0.0});
        context.checkpoint();
    }
    std::stable_sort(importances.begin(), importances.end(),
                     [](const auto& a, const auto& b) { return a.importance > b.importance; });
    return importances;
}

} // namespace winnow::engine
