#include "engine/metrics/evaluation.h"

#include "engine/metrics/confusion_matrix.h"
#include "engine/metrics/curve_sampling.h"
#include "engine/metrics/curves.h"
#include "engine/metrics/regression_errors.h"
#include "engine/metrics/score_ranking.h"

#include <cmath>
#include <limits>
#include <optional>
#include <set>
#include <stdexcept>

namespace winnow::engine {
namespace {

using nlohmann::json;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ---- input checks ----------------------------------------------------------

void checkClassificationInput(std::span<const int> truth, const Matrix& probabilities)
{
    if (truth.empty())
        throw std::invalid_argument("metrics: the split has no rows");
    if (static_cast<Index>(truth.size()) != probabilities.rows())
        throw std::invalid_argument("metrics: " + std::to_string(truth.size()) +
                                    " true classes but " + std::to_string(probabilities.rows()) +
                                    " rows of probabilities");
    if (probabilities.cols() < 2)
        throw std::invalid_argument("metrics: a classification needs at least two classes, got " +
                                    std::to_string(probabilities.cols()));
    const auto classes = static_cast<int>(probabilities.cols());
    for (std::size_t row = 0; row < truth.size(); ++row)
        if (truth[row] < 0 || truth[row] >= classes)
            throw std::invalid_argument("metrics: row " + std::to_string(row) + " has class " +
                                        std::to_string(truth[row]) + ", outside 0.." +
                                        std::to_string(classes - 1));
    if (!probabilities.allFinite())
        throw std::invalid_argument("metrics: the probabilities hold a NaN or infinite value");
}

void checkLabels(const std::vector<std::string>& labels, const Matrix& probabilities)
{
    if (static_cast<Index>(labels.size()) != probabilities.cols())
        throw std::invalid_argument("metrics: " + std::to_string(labels.size()) + " labels but " +
                                    std::to_string(probabilities.cols()) +
                                    " columns of probabilities");
    std::set<std::string> seen;
    for (const auto& label : labels)
        if (!seen.insert(label).second)
            throw std::invalid_argument("metrics: the label \"" + label + "\" appears twice");
}

void checkRegressionInput(std::span<const double> truth, std::span<const double> predicted)
{
    if (truth.empty())
        throw std::invalid_argument("metrics: the split has no rows");
    if (truth.size() != predicted.size())
        throw std::invalid_argument("metrics: " + std::to_string(truth.size()) +
                                    " true values but " + std::to_string(predicted.size()) +
                                    " predictions");
    for (std::size_t i = 0; i < truth.size(); ++i)
        if (!std::isfinite(truth[i]) || !std::isfinite(predicted[i]))
            throw std::invalid_argument("metrics: row " + std::to_string(i) +
                                        " holds a NaN or infinite value");
}

// ---- shared computations ---------------------------------------------------

std::span<const double> column(const Matrix& probabilities, int label)
{
    return {probabilities.col(label).data(), static_cast<std::size_t>(probabilities.rows())};
}

ScoreRanking rankingOf(std::span<const int> truth, const Matrix& probabilities, int label)
{
    return ScoreRanking(truth, label, column(probabilities, label));
}

// The unweighted mean of every class's one-vs-rest ROC AUC, undefined as
// soon as one class's is (scikit-learn refuses it then).
std::optional<double> macroRocAuc(const std::vector<std::optional<double>>& perClass)
{
    double sum = 0.0;
    for (const auto& area : perClass) {
        if (!area)
            return std::nullopt;
        sum += *area;
    }
    return sum / static_cast<double>(perClass.size());
}

// For the search: stops at the first class whose area is undefined.
double multiclassRocAucScore(std::span<const int> truth, const Matrix& probabilities)
{
    std::vector<std::optional<double>> perClass;
    for (int label = 0; label < probabilities.cols(); ++label) {
        perClass.push_back(rocAuc(rankingOf(truth, probabilities, label)));
        if (!perClass.back())
            return kNaN;
    }
    return macroRocAuc(perClass).value_or(kNaN);
}

// ---- JSON ------------------------------------------------------------------

json numberOrNull(std::optional<double> value)
{
    return value && std::isfinite(*value) ? json(*value) : json(nullptr);
}

json pick(const std::vector<double>& values, const std::vector<std::size_t>& kept)
{
    json array = json::array();
    for (std::size_t index : kept)
        array.push_back(numberOrNull(values[index]));
    return array;
}

json rocJson(const ScoreRanking& ranking, std::initializer_list<std::size_t> anchors)
{
    if (!ranking.hasBothClasses())
        return nullptr;
    RocCurve curve = rocCurve(ranking);
    auto kept = curvePointsToKeep(curve.fpr.size(), kCurvePointLimit, anchors);
    return {{"fpr", pick(curve.fpr, kept)},
            {"tpr", pick(curve.tpr, kept)},
            {"thresholds", pick(curve.thresholds, kept)}};
}

json precisionRecallJson(const ScoreRanking& ranking)
{
    if (ranking.positives() == 0)
        return nullptr;
    PrecisionRecallCurve curve = precisionRecallCurve(ranking);
    // The last point (precision 1, recall 0) has no threshold of its own.
    auto kept = curvePointsToKeep(curve.precision.size(), kCurvePointLimit);
    std::vector<std::size_t> keptThresholds(kept.begin(), kept.end() - 1);
    return {{"precision", pick(curve.precision, kept)},
            {"recall", pick(curve.recall, kept)},
            {"thresholds", pick(curve.thresholds, keptThresholds)},
            {"averagePrecision", averagePrecision(ranking)}};
}

json ksJson(const KsCurve& curve)
{
    auto kept = curvePointsToKeep(curve.thresholds.size(), kCurvePointLimit, {curve.index});
    return {{"thresholds", pick(curve.thresholds, kept)},
            {"cdfPositive", pick(curve.cdfPositive, kept)},
            {"cdfNegative", pick(curve.cdfNegative, kept)},
            {"statistic", curve.statistic},
            {"threshold", curve.threshold}};
}

Evaluation evaluateBinary(std::span<const int> truth, const Matrix& probabilities)
{
    ConfusionMatrix confusion(truth, probabilities);
    ScoreRanking ranking = rankingOf(truth, probabilities, 1);

    auto perClass = [&](double (ConfusionMatrix::*metric)(int) const) {
        return json{{"class0", (confusion.*metric)(0)}, {"class1", (confusion.*metric)(1)}};
    };
    Evaluation evaluation;
    evaluation.metrics = {
        {"accuracy", confusion.accuracy()},
        {"balancedAccuracy", confusion.balancedAccuracy()},
        {"confusionMatrix",
         {{"trueNegatives", confusion.count(0, 0)},
          {"falsePositives", confusion.count(0, 1)},
          {"falseNegatives", confusion.count(1, 0)},
          {"truePositives", confusion.count(1, 1)}}},
        {"f1", perClass(&ConfusionMatrix::f1)},
        {"precision", perClass(&ConfusionMatrix::precision)},
        {"recall", perClass(&ConfusionMatrix::recall)},
        {"ks", numberOrNull(ksStatistic(ranking))},
        {"rocAuc", numberOrNull(rocAuc(ranking))},
    };

    json roc = nullptr;
    json ks = nullptr;
    if (ranking.hasBothClasses()) {
        KsCurve ksPoints = ksCurve(ranking);
        // The KS curve is the ROC curve read backwards.
        roc = rocJson(ranking, {ksPoints.thresholds.size() - 1 - ksPoints.index});
        ks = ksJson(ksPoints);
    }
    evaluation.curves = {
        {"roc", roc}, {"ks", ks}, {"precisionRecall", precisionRecallJson(ranking)}};
    return evaluation;
}

Evaluation evaluateMulticlass(std::span<const int> truth, const Matrix& probabilities,
                              const std::vector<std::string>& labels)
{
    ConfusionMatrix confusion(truth, probabilities);
    const int classes = confusion.classCount();
    std::vector<std::optional<double>> areas;

    json matrix = json::array();
    json f1 = json::object(), precision = json::object(), recall = json::object();
    json areaPerClass = json::object();
    json roc = json::object(), precisionRecall = json::object();
    for (int label = 0; label < classes; ++label) {
        json row = json::array();
        for (int predicted = 0; predicted < classes; ++predicted)
            row.push_back(confusion.count(label, predicted));
        matrix.push_back(std::move(row));
        const std::string& name = labels[label];
        f1[name] = confusion.f1(label);
        precision[name] = confusion.precision(label);
        recall[name] = confusion.recall(label);

        ScoreRanking ranking = rankingOf(truth, probabilities, label);
        areas.push_back(rocAuc(ranking));
        areaPerClass[name] = numberOrNull(areas.back());
        roc[name] = rocJson(ranking, {});
        precisionRecall[name] = precisionRecallJson(ranking);
    }

    Evaluation evaluation;
    evaluation.metrics = {
        {"accuracy", confusion.accuracy()},
        {"balancedAccuracy", confusion.balancedAccuracy()},
        {"confusionMatrix", {{"labels", labels}, {"matrix", std::move(matrix)}}},
        {"f1", std::move(f1)},
        {"precision", std::move(precision)},
        {"recall", std::move(recall)},
        {"f1Macro", confusion.f1Macro()},
        {"precisionMacro", confusion.precisionMacro()},
        {"recallMacro", confusion.recallMacro()},
        {"rocAuc", numberOrNull(macroRocAuc(areas))},
        {"rocAucPerClass", std::move(areaPerClass)},
    };
    evaluation.curves = {{"roc", std::move(roc)}, {"precisionRecall", std::move(precisionRecall)}};
    return evaluation;
}

void requireBinary(Scoring scoring, const Matrix& probabilities)
{
    if (probabilities.cols() != 2)
        throw std::invalid_argument("metrics: the " + scoringName(scoring) +
                                    " scoring needs a binary task, got " +
                                    std::to_string(probabilities.cols()) + " classes");
}

} // namespace

Evaluation evaluateClassification(std::span<const int> truth, const Matrix& probabilities,
                                  const std::vector<std::string>& labels)
{
    checkClassificationInput(truth, probabilities);
    checkLabels(labels, probabilities);
    return probabilities.cols() == 2 ? evaluateBinary(truth, probabilities)
                                     : evaluateMulticlass(truth, probabilities, labels);
}

Evaluation evaluateRegression(std::span<const double> truth, std::span<const double> predicted,
                              std::uint64_t seed)
{
    checkRegressionInput(truth, predicted);
    RegressionErrors errors = RegressionErrors::measure(truth, predicted);

    json actual = json::array();
    json predictions = json::array();
    for (std::size_t row : sampleIndices(truth.size(), kResidualSampleLimit, seed)) {
        actual.push_back(truth[row]);
        predictions.push_back(predicted[row]);
    }

    Evaluation evaluation;
    evaluation.metrics = {{"mse", errors.mse},
                          {"rmse", errors.rmse},
                          {"mae", errors.mae},
                          {"r2", numberOrNull(errors.r2)}};
    evaluation.curves = {{"residuals", {{"actual", actual}, {"predicted", predictions}}}};
    return evaluation;
}

double classificationScore(Scoring scoring, std::span<const int> truth, const Matrix& probabilities)
{
    checkClassificationInput(truth, probabilities);
    switch (scoring) {
    case Scoring::Accuracy: return ConfusionMatrix(truth, probabilities).accuracy();
    case Scoring::BalancedAccuracy: return ConfusionMatrix(truth, probabilities).balancedAccuracy();
    case Scoring::F1Macro: return ConfusionMatrix(truth, probabilities).f1Macro();
    case Scoring::PrecisionMacro: return ConfusionMatrix(truth, probabilities).precisionMacro();
    case Scoring::RecallMacro: return ConfusionMatrix(truth, probabilities).recallMacro();
    case Scoring::F1:
        requireBinary(scoring, probabilities);
        return ConfusionMatrix(truth, probabilities).f1(1);
    case Scoring::Precision:
        requireBinary(scoring, probabilities);
        return ConfusionMatrix(truth, probabilities).precision(1);
    case Scoring::Recall:
        requireBinary(scoring, probabilities);
        return ConfusionMatrix(truth, probabilities).recall(1);
    case Scoring::Ks:
        requireBinary(scoring, probabilities);
        return ksStatistic(rankingOf(truth, probabilities, 1)).value_or(kNaN);
    case Scoring::RocAuc:
        if (probabilities.cols() == 2)
            return rocAuc(rankingOf(truth, probabilities, 1)).value_or(kNaN);
        return multiclassRocAucScore(truth, probabilities);
    case Scoring::Mse:
    case Scoring::Rmse:
    case Scoring::Mae:
    case Scoring::R2: break;
    }
    throw std::invalid_argument("metrics: the " + scoringName(scoring) +
                                " scoring does not judge a classification");
}

double regressionScore(Scoring scoring, std::span<const double> truth,
                       std::span<const double> predicted)
{
    checkRegressionInput(truth, predicted);
    switch (scoring) {
    case Scoring::Mse: return RegressionErrors::measure(truth, predicted).mse;
    case Scoring::Rmse: return RegressionErrors::measure(truth, predicted).rmse;
    case Scoring::Mae: return RegressionErrors::measure(truth, predicted).mae;
    case Scoring::R2: return RegressionErrors::measure(truth, predicted).r2.value_or(kNaN);
    default: break;
    }
    throw std::invalid_argument("metrics: the " + scoringName(scoring) +
                                " scoring does not judge a regression");
}

} // namespace winnow::engine
