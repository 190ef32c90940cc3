#include "engine/pipeline/feature_ranking.h"

#include "engine/learners/learner.h"
#include "engine/preprocess/feature_scores.h"
#include "engine/preprocess/table_encoder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace winnow::engine {
namespace {

constexpr std::size_t kMaxRankingRows = 50'000;

RowList sampleRows(const RowList& rows, std::uint64_t seed)
{
    if (rows.size() <= kMaxRankingRows)
        return rows;
    RowList sample = rows;
    std::mt19937_64 random(seed);
    std::shuffle(sample.begin(), sample.end(), random);
    sample.resize(kMaxRankingRows);
    std::sort(sample.begin(), sample.end());
    return sample;
}

} // namespace

FeatureRanking rankFeatures(const PreparedData& data, const RowList& trainRows,
                            const EncoderOptions& options, const RunContext& context)
{
    RowList rows = sampleRows(trainRows, context.seed);
    Table table = data.features.takeRows(rows);
    TableEncoder encoder = TableEncoder::fit(table, options);
    Matrix x = encoder.transform(table);
    Vector y(static_cast<Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        y[static_cast<Index>(i)] = data.target.values[static_cast<Index>(rows[i])];

    const auto names = data.features.columnNames();
    std::vector<double> gain(names.size(), 0.0);
    std::vector<double> univariate(names.size(), 0.0);

    auto model = makeLearner("xgboost", data.target.task, data.target.classCount(),
                             nlohmann::json::object());
    model->fit(x, y, context);
    Vector importance = model->featureImportances().value_or(Vector::Zero(x.cols()));
    Vector f = isClassification(data.target.task) ? anovaF(x, y, data.target.classCount())
                                                  : fRegression(x, y);
    for (Index column = 0; column < x.cols(); ++column) {
        std::size_t source =
            *data.features.indexOf(encoder.sourceColumn(static_cast<std::size_t>(column)));
        gain[source] += importance[column];
        if (std::isfinite(f[column]))
            univariate[source] = std::max(univariate[source], f[column]);
    }

    std::vector<std::size_t> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) {
        if (gain[a] != gain[b])
            return gain[a] > gain[b];
        return univariate[a] > univariate[b];
    });
    FeatureRanking ranking;
    ranking.method = "gradient-boosting gain, then ANOVA F / F-regression";
    for (auto index : order) {
        ranking.names.push_back(names[index]);
        ranking.scores.push_back(gain[index]);
    }
    return ranking;
}

} // namespace winnow::engine
