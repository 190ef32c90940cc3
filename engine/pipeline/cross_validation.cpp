#include "engine/pipeline/cross_validation.h"

#include "engine/metrics/evaluation.h"
#include "engine/pipeline/numeric_pipeline.h"
#include "engine/preprocess/table_encoder.h"

#include <cmath>
#include <stdexcept>

namespace winnow::engine {
namespace {

Vector pick(const Vector& values, const RowList& rows)
{
    Vector out(static_cast<Index>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i)
        out[static_cast<Index>(i)] = values[static_cast<Index>(rows[i])];
    return out;
}

} // namespace

int CrossValidation::recommendedFolds(std::size_t trainRows)
{
    if (trainRows <= 20'000)
        return 5;
    if (trainRows <= 200'000)
        return 3;
    return 1;
}

CrossValidation::CrossValidation(const PreparedData& data, const RowList& trainRows,
                                 const Settings& settings, const RunContext& context)
    : m_task(data.target.task)
    , m_classCount(data.target.classCount())
{
    std::vector<RowList> validParts;
    if (settings.folds <= 1) {
        // A holdout: the first of five stratified folds.
        validParts.push_back(makeFolds(data.target, trainRows, 5, settings.seed).front());
    } else {
        validParts = makeFolds(data.target, trainRows, settings.folds, settings.seed);
    }
    for (const auto& validRows : validParts) {
        RowList fitRows = complement(trainRows, validRows);
        if (settings.balance)
            balanceClasses(data.target, fitRows, settings.seed);
        Table fitTable = data.features.takeRows(fitRows);
        TableEncoder encoder = TableEncoder::fit(fitTable, settings.encoder);
        Fold fold;
        fold.trainX = encoder.transform(fitTable);
        fold.trainY = pick(data.target.values, fitRows);
        fold.validX = encoder.transform(data.features.takeRows(validRows));
        for (auto row : validRows) {
            double value = data.target.values[static_cast<Index>(row)];
            if (isClassification(m_task))
                fold.validClasses.push_back(static_cast<int>(value));
            else
                fold.validValues.push_back(value);
        }
        m_folds.push_back(std::move(fold));
        context.checkpoint();
    }
}

Index CrossValidation::featureCount() const
{
    return m_folds.empty() ? 0 : m_folds.front().trainX.cols();
}

double CrossValidation::score(const PipelineDefinition& definition, Scoring scoring,
                              const RunContext& context) const
{
    double total = 0.0;
    int counted = 0;
    for (const auto& fold : m_folds) {
        auto pipeline = NumericPipeline::fit(definition, fold.trainX, fold.trainY, m_task,
                                             m_classCount, context);
        double value;
        if (isClassification(m_task)) {
            value =
                classificationScore(scoring, fold.validClasses, pipeline.predictProba(fold.validX));
        } else {
            Vector predicted = pipeline.predict(fold.validX);
            if (!predicted.allFinite())
                throw std::runtime_error("the model predicted non-finite values");
            value = regressionScore(scoring, fold.validValues,
                                    std::span<const double>(predicted.data(), predicted.size()));
        }
        if (!std::isnan(value)) {
            total += value;
            ++counted;
        }
        context.checkpoint();
    }
    if (counted == 0)
        throw std::runtime_error("the scoring is undefined on every fold");
    return total / counted;
}

} // namespace winnow::engine
