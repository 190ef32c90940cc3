// Checks every metric and every full curve of engine/metrics against
// scikit-learn 1.2 and scipy, through sklearn_reference.py beside this file.

#include "engine/metrics/curve_sampling.h"
#include "engine/metrics/curves.h"
#include "engine/metrics/evaluation.h"
#include "engine/metrics/score_ranking.h"

#include <QtTest>

#include <cmath>
#include <fstream>
#include <limits>
#include <random>
#include <set>

using namespace winnow::engine;
using nlohmann::json;

namespace {

constexpr double kTolerance = 1e-9;
const QString kPython = QStringLiteral("/usr/bin/python3");

struct ClassificationCase {
    std::string name;
    std::vector<int> truth;
    Matrix probabilities;
    std::vector<std::string> labels;

    int classes() const { return static_cast<int>(probabilities.cols()); }
    Task task() const
    {
        return classes() == 2 ? Task::BinaryClassification : Task::MulticlassClassification;
    }
    std::span<const double> column(int label) const
    {
        return {probabilities.col(label).data(), truth.size()};
    }
};

struct RegressionCase {
    std::string name;
    std::vector<double> truth;
    std::vector<double> predicted;
};

// ---- case generation --------------------------------------------------------

std::vector<std::string> labelTexts(int classes)
{
    static const std::vector<std::string> names{"setosa", "versicolor", "virginica", "other",
                                                "<&\"odd\">"};
    if (classes == 2)
        return {"0", "1"};
    return {names.begin(), names.begin() + classes};
}

// Rows of class probabilities that lean towards the true class by `signal`
// (0: noise, large: nearly perfect, negative: inverted).
ClassificationCase leaningCase(std::string name, std::mt19937_64& random, std::size_t rows,
                               std::vector<double> classShares, double signal)
{
    const int classes = static_cast<int>(classShares.size());
    std::discrete_distribution<int> drawClass(classShares.begin(), classShares.end());
    std::uniform_real_distribution<double> uniform(0.05, 1.0);
    ClassificationCase c{std::move(name), {}, Matrix(rows, classes), labelTexts(classes)};
    for (std::size_t row = 0; row < rows; ++row) {
        int label = drawClass(random);
        c.truth.push_back(label);
        double sum = 0.0;
        for (int k = 0; k < classes; ++k) {
            double weight = uniform(random) * std::exp(k == label ? signal : 0.0);
            c.probabilities(row, k) = weight;
            sum += weight;
        }
        c.probabilities.row(row) /= sum;
    }
    return c;
}

// Rows drawn from a handful of fixed probability rows, so that scores tie
// within a class column and, for some rows, across classes too.
ClassificationCase tiedCase(std::string name, std::mt19937_64& random, std::size_t rows,
                            int classes)
{
    std::vector<std::vector<double>> pool;
    pool.push_back(std::vector<double>(classes, 1.0 / classes)); // a full tie: predicts class 0
    for (int k = 0; k < classes; ++k) {
        std::vector<double> leaning(classes, 0.5 / (classes - 1));
        leaning[k] = 0.5;
        pool.push_back(leaning); // with two classes, a tie at 0.5
        std::vector<double> strong(classes, 0.2 / (classes - 1));
        strong[k] = 0.8;
        pool.push_back(strong);
    }
    std::uniform_int_distribution<int> drawClass(0, classes - 1);
    std::uniform_int_distribution<std::size_t> drawRow(0, pool.size() - 1);
    ClassificationCase c{std::move(name), {}, Matrix(rows, classes), labelTexts(classes)};
    for (std::size_t row = 0; row < rows; ++row) {
        c.truth.push_back(drawClass(random));
        const auto& chosen = pool[drawRow(random)];
        for (int k = 0; k < classes; ++k)
            c.probabilities(row, k) = chosen[k];
    }
    return c;
}

ClassificationCase singleClassCase(std::string name, int presentClass, int classes,
                                   std::size_t rows, std::mt19937_64& random)
{
    auto c = leaningCase(std::move(name), random, rows, std::vector<double>(classes, 1.0), 0.5);
    std::fill(c.truth.begin(), c.truth.end(), presentClass);
    return c;
}

std::vector<ClassificationCase> classificationCases()
{
    std::mt19937_64 random(20261125);
    std::vector<ClassificationCase> cases;
    cases.push_back(leaningCase("binary random", random, 200, {1, 1}, 0.0));
    cases.push_back(leaningCase("binary informative", random, 400, {1, 1}, 1.5));
    cases.push_back(leaningCase("binary imbalanced", random, 1000, {19, 1}, 1.0));
    cases.push_back(leaningCase("binary perfect", random, 150, {2, 1}, 50.0));
    cases.push_back(leaningCase("binary worst", random, 150, {1, 2}, -50.0));
    cases.push_back(tiedCase("binary ties", random, 300, 2));
    cases.push_back(leaningCase("binary large", random, 20000, {3, 1}, 1.0));
    cases.push_back(singleClassCase("binary only negatives", 0, 2, 50, random));
    cases.push_back(singleClassCase("binary only positives", 1, 2, 50, random));
    cases.push_back(singleClassCase("binary one row", 1, 2, 1, random));
    cases.push_back(leaningCase("multiclass 3 random", random, 300, {1, 1, 1}, 0.0));
    cases.push_back(leaningCase("multiclass 4 informative", random, 400, {1, 2, 3, 4}, 1.5));
    cases.push_back(leaningCase("multiclass 5 imbalanced", random, 600, {30, 10, 5, 2, 1}, 1.0));
    cases.push_back(tiedCase("multiclass 4 ties", random, 300, 4));
    cases.push_back(leaningCase("multiclass 3 perfect", random, 120, {1, 1, 1}, 50.0));
    cases.push_back(leaningCase("multiclass 3 worst", random, 120, {1, 1, 1}, -50.0));
    cases.push_back(leaningCase("multiclass 5 large", random, 5000, {1, 1, 1, 1, 1}, 0.8));
    // A class never seen in truth (nor, with negative signal towards it, predicted).
    cases.push_back(leaningCase("multiclass 4 one class absent", random, 200, {1, 1, 1, 0}, 1.0));
    cases.push_back(singleClassCase("multiclass 3 single class", 2, 3, 60, random));
    return cases;
}

std::vector<RegressionCase> regressionCases()
{
    std::mt19937_64 random(4242);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(-50.0, 50.0);
    std::vector<RegressionCase> cases;
    for (std::size_t rows : {300u, 5000u}) {
        RegressionCase c{"linear " + std::to_string(rows), {}, {}};
        for (std::size_t i = 0; i < rows; ++i) {
            double x = uniform(random);
            c.truth.push_back(3.0 * x + 7.0 + 5.0 * noise(random));
            c.predicted.push_back(3.1 * x + 6.0);
        }
        cases.push_back(std::move(c));
    }
    cases.push_back({"constant truth, exact", {2.5, 2.5, 2.5}, {2.5, 2.5, 2.5}});
    cases.push_back({"constant truth, inexact", {2.5, 2.5, 2.5}, {2.5, 3.0, 2.0}});
    cases.push_back({"worse than the mean", {1, 2, 3, 4}, {4, 3, 2, 1}});
    cases.push_back({"one row", {1.0}, {1.5}});
    return cases;
}

// ---- the Python reference ---------------------------------------------------

json caseInput(const ClassificationCase& c)
{
    json rows = json::array();
    for (Index row = 0; row < c.probabilities.rows(); ++row) {
        json values = json::array();
        for (Index k = 0; k < c.probabilities.cols(); ++k)
            values.push_back(c.probabilities(row, k));
        rows.push_back(std::move(values));
    }
    return {{"kind", "classification"}, {"truth", c.truth}, {"probabilities", rows}};
}

json caseInput(const RegressionCase& c)
{
    return {{"kind", "regression"}, {"truth", c.truth}, {"predicted", c.predicted}};
}

// Runs the reference script on `input`; empty with `error` set on failure.
json runReference(const json& input, QString& error)
{
    if (!QFileInfo(kPython).isExecutable()) {
        error = QStringLiteral("%1 is missing: install python3, python3-sklearn and "
                               "python3-scipy to run this test")
                    .arg(kPython);
        return {};
    }
    QTemporaryDir dir;
    const QString inputPath = dir.filePath(QStringLiteral("input.json"));
    const QString outputPath = dir.filePath(QStringLiteral("output.json"));
    std::ofstream(inputPath.toStdString()) << input.dump();

    QProcess python;
    python.start(kPython,
                 {QStringLiteral(WINNOW_SOURCE_DIR "/tests/engine/metrics/sklearn_reference.py"),
                  inputPath, outputPath});
    if (!python.waitForFinished(240000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        error = QStringLiteral("the scikit-learn reference failed (exit %1): %2")
                    .arg(python.exitCode())
                    .arg(QString::fromUtf8(python.readAllStandardError()));
        return {};
    }
    std::ifstream output(outputPath.toStdString());
    return json::parse(output);
}

// ---- comparisons ------------------------------------------------------------

bool close(double ours, double theirs)
{
    return std::abs(ours - theirs) <= kTolerance * std::max(1.0, std::abs(theirs));
}

QString describe(const std::string& where, const json& ours, const json& theirs)
{
    return QString::fromStdString(where + ": ours " + ours.dump() + ", scikit-learn " +
                                  theirs.dump());
}

// A number or null in our JSON against a number or null from the reference.
void compareValue(const json& ours, const json& theirs, const std::string& where)
{
    if (theirs.is_null()) {
        QVERIFY2(ours.is_null(), qPrintable(describe(where, ours, theirs)));
        return;
    }
    QVERIFY2(ours.is_number(), qPrintable(describe(where, ours, theirs)));
    QVERIFY2(close(ours.get<double>(), theirs.get<double>()),
             qPrintable(describe(where, ours, theirs)));
}

// A double that may be NaN against a number or null from the reference.
void compareDouble(double ours, const json& theirs, const std::string& where)
{
    compareValue(std::isnan(ours) ? json(nullptr) : json(ours), theirs, where);
}

void compareArray(const std::vector<double>& ours, const json& theirs, const std::string& where)
{
    QVERIFY2(ours.size() == theirs.size(),
             qPrintable(QStringLiteral("%1: %2 points, scikit-learn %3")
                            .arg(QString::fromStdString(where))
                            .arg(ours.size())
                            .arg(theirs.size())));
    for (std::size_t i = 0; i < ours.size(); ++i) {
        compareDouble(ours[i], theirs[i], where + "[" + std::to_string(i) + "]");
        if (QTest::currentTestFailed())
            return;
    }
}

#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

std::set<std::string> keysOf(const json& object)
{
    std::set<std::string> keys;
    for (const auto& item : object.items())
        keys.insert(item.key());
    return keys;
}

// Each thinned point must be a point of the full curve, in order, with both
// endpoints kept.
void checkThinnedCurve(const json& thinned, const std::vector<std::vector<double>>& full,
                       const std::vector<std::string>& names, const std::string& where)
{
    const std::size_t size = thinned[names[0]].size();
    QVERIFY2(size <= kCurvePointLimit + 1, qPrintable(QString::fromStdString(where)));
    QVERIFY2(size >= std::min<std::size_t>(full[0].size(), 2),
             qPrintable(QString::fromStdString(where)));
    std::size_t fullIndex = 0;
    for (std::size_t i = 0; i < size; ++i) {
        auto matches = [&](std::size_t at) {
            for (std::size_t n = 0; n < names.size(); ++n)
                if (thinned[names[n]][i].get<double>() != full[n][at])
                    return false;
            return true;
        };
        while (fullIndex < full[0].size() && !matches(fullIndex))
            ++fullIndex;
        QVERIFY2(fullIndex < full[0].size(),
                 qPrintable(QString::fromStdString(where + ": point " + std::to_string(i) +
                                                   " is not on the full curve")));
        if (i == 0)
            QVERIFY2(fullIndex == 0, qPrintable(QString::fromStdString(where + ": first point")));
        ++fullIndex;
    }
    QVERIFY2(fullIndex == full[0].size(),
             qPrintable(QString::fromStdString(where + ": last point")));
}

double expectedScore(Scoring scoring, const json& metrics, bool binary)
{
    auto number = [](const json& value) {
        return value.is_null() ? std::numeric_limits<double>::quiet_NaN() : value.get<double>();
    };
    switch (scoring) {
    case Scoring::Accuracy: return number(metrics["accuracy"]);
    case Scoring::BalancedAccuracy: return number(metrics["balancedAccuracy"]);
    case Scoring::RocAuc: return number(metrics["rocAuc"]);
    case Scoring::Ks: return number(metrics["ks"]);
    case Scoring::F1: return number(metrics["f1"]["class1"]);
    case Scoring::Precision: return number(metrics["precision"]["class1"]);
    case Scoring::Recall: return number(metrics["recall"]["class1"]);
    case Scoring::F1Macro: return binary ? NAN : number(metrics["f1Macro"]);
    case Scoring::PrecisionMacro: return binary ? NAN : number(metrics["precisionMacro"]);
    case Scoring::RecallMacro: return binary ? NAN : number(metrics["recallMacro"]);
    case Scoring::Mse: return number(metrics["mse"]);
    case Scoring::Rmse: return number(metrics["rmse"]);
    case Scoring::Mae: return number(metrics["mae"]);
    case Scoring::R2: return number(metrics["r2"]);
    }
    return NAN;
}

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace

class TestEngineMetrics : public QObject {
    Q_OBJECT

private:
    std::vector<ClassificationCase> m_classification;
    std::vector<RegressionCase> m_regression;
    std::vector<Evaluation> m_classificationEvaluations;
    std::vector<Evaluation> m_regressionEvaluations;
    json m_reference; // one entry per case, classification cases first

    const json& reference(std::size_t classificationIndex) const
    {
        return m_reference[classificationIndex];
    }
    const json& regressionReference(std::size_t index) const
    {
        return m_reference[m_classification.size() + index];
    }

private slots:
    void initTestCase()
    {
        m_classification = classificationCases();
        m_regression = regressionCases();
        json input = {{"cases", json::array()}};
        for (const auto& c : m_classification) {
            input["cases"].push_back(caseInput(c));
            m_classificationEvaluations.push_back(
                evaluateClassification(c.truth, c.probabilities, c.labels));
        }
        for (const auto& c : m_regression) {
            input["cases"].push_back(caseInput(c));
            m_regressionEvaluations.push_back(evaluateRegression(c.truth, c.predicted, 7));
        }
        QString error;
        json output = runReference(input, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(output["sklearn"].get<std::string>().starts_with("1.2"));
        m_reference = output["cases"];
        QCOMPARE(m_reference.size(), input["cases"].size());
    }

    void binaryMetrics_matchScikitLearnInMlHubShape()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            if (c.classes() != 2)
                continue;
            const json& ours = m_classificationEvaluations[i].metrics;
            const json& theirs = reference(i);
            const std::string at = c.name + ": ";
            QCOMPARE(keysOf(ours),
                     (std::set<std::string>{"accuracy", "balancedAccuracy", "confusionMatrix", "f1",
                                            "ks", "precision", "recall", "rocAuc"}));
            QCOMPARE(keysOf(ours["confusionMatrix"]),
                     (std::set<std::string>{"trueNegatives", "falsePositives", "falseNegatives",
                                            "truePositives"}));
            const json& matrix = theirs["confusionMatrix"];
            QCOMPARE(ours["confusionMatrix"]["trueNegatives"], matrix[0][0]);
            QCOMPARE(ours["confusionMatrix"]["falsePositives"], matrix[0][1]);
            QCOMPARE(ours["confusionMatrix"]["falseNegatives"], matrix[1][0]);
            QCOMPARE(ours["confusionMatrix"]["truePositives"], matrix[1][1]);
            CHECK(compareValue(ours["accuracy"], theirs["accuracy"], at + "accuracy"));
            CHECK(compareValue(ours["balancedAccuracy"], theirs["balancedAccuracy"],
                               at + "balancedAccuracy"));
            for (const std::string metric : {"f1", "precision", "recall"}) {
                QCOMPARE(keysOf(ours[metric]), (std::set<std::string>{"class0", "class1"}));
                CHECK(compareValue(ours[metric]["class0"], theirs[metric][0], at + metric + "0"));
                CHECK(compareValue(ours[metric]["class1"], theirs[metric][1], at + metric + "1"));
                CHECK(compareValue(ours[metric]["class1"], theirs[metric + "Positive"],
                                   at + metric + " of the positive class"));
            }
            CHECK(compareValue(ours["rocAuc"], theirs["rocAuc"], at + "rocAuc"));
            CHECK(compareValue(ours["ks"], theirs["perClass"][1]["ks"], at + "ks"));
        }
    }

    void multiclassMetrics_matchScikitLearn()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            if (c.classes() == 2)
                continue;
            const json& ours = m_classificationEvaluations[i].metrics;
            const json& theirs = reference(i);
            const std::string at = c.name + ": ";
            QCOMPARE(keysOf(ours),
                     (std::set<std::string>{"accuracy", "balancedAccuracy", "confusionMatrix", "f1",
                                            "precision", "recall", "f1Macro", "precisionMacro",
                                            "recallMacro", "rocAuc", "rocAucPerClass"}));
            QCOMPARE(ours["confusionMatrix"]["labels"], json(c.labels));
            QCOMPARE(ours["confusionMatrix"]["matrix"], theirs["confusionMatrix"]);
            for (const std::string metric : {"accuracy", "balancedAccuracy", "f1Macro",
                                             "precisionMacro", "recallMacro", "rocAuc"})
                CHECK(compareValue(ours[metric], theirs[metric], at + metric));
            for (int k = 0; k < c.classes(); ++k) {
                const std::string& label = c.labels[k];
                for (const std::string metric : {"f1", "precision", "recall"})
                    CHECK(compareValue(ours[metric][label], theirs[metric][k],
                                       at + metric + " " + label));
                CHECK(compareValue(ours["rocAucPerClass"][label], theirs["perClass"][k]["rocAuc"],
                                   at + "rocAuc " + label));
            }
        }
    }

    void fullCurves_matchScikitLearn()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            for (int k = 0; k < c.classes(); ++k) {
                const json& theirs = reference(i)["perClass"][k];
                const std::string at = c.name + ", class " + std::to_string(k) + ": ";
                ScoreRanking ranking(c.truth, k, c.column(k));

                RocCurve roc = rocCurve(ranking);
                CHECK(compareArray(roc.fpr, theirs["roc"]["fpr"], at + "roc fpr"));
                CHECK(compareArray(roc.tpr, theirs["roc"]["tpr"], at + "roc tpr"));
                CHECK(compareArray(roc.thresholds, theirs["roc"]["thresholds"],
                                   at + "roc thresholds"));

                PrecisionRecallCurve pr = precisionRecallCurve(ranking);
                const json& theirPr = theirs["precisionRecall"];
                CHECK(compareArray(pr.precision, theirPr["precision"], at + "precision"));
                CHECK(compareArray(pr.recall, theirPr["recall"], at + "recall"));
                CHECK(compareArray(pr.thresholds, theirPr["thresholds"], at + "pr thresholds"));
                CHECK(compareDouble(averagePrecision(ranking), theirPr["averagePrecision"],
                                    at + "average precision"));

                CHECK(
                    compareDouble(rocAuc(ranking).value_or(NAN), theirs["rocAuc"], at + "roc auc"));
            }
        }
    }

    void ks_matchesScipy()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            for (int k = 0; k < c.classes(); ++k) {
                const json& theirs = reference(i)["perClass"][k];
                const std::string at = c.name + ", class " + std::to_string(k) + ": ";
                ScoreRanking ranking(c.truth, k, c.column(k));
                CHECK(compareDouble(ksStatistic(ranking).value_or(NAN), theirs["ks"], at + "ks"));
                if (theirs["ks"].is_null())
                    continue;
                KsCurve curve = ksCurve(ranking);
                CHECK(compareDouble(curve.statistic, theirs["ks"], at + "ks curve statistic"));
                CHECK(compareArray(curve.thresholds, theirs["ksCurve"]["thresholds"],
                                   at + "ks thresholds"));
                CHECK(compareArray(curve.cdfPositive, theirs["ksCurve"]["cdfPositive"],
                                   at + "ks cdfPositive"));
                CHECK(compareArray(curve.cdfNegative, theirs["ksCurve"]["cdfNegative"],
                                   at + "ks cdfNegative"));
                // The point found is where the distributions are furthest apart.
                QVERIFY(close(curve.cdfNegative[curve.index] - curve.cdfPositive[curve.index],
                              curve.statistic));
                QCOMPARE(curve.thresholds[curve.index], curve.threshold);
                // One-sided: never more than the two-sided statistic, equal
                // to it when the model ranks positives higher.
                double twoSided = theirs["ksTwoSided"].get<double>();
                QVERIFY(curve.statistic <= twoSided + kTolerance);
                if (theirs["rocAuc"].get<double>() > 0.9)
                    QVERIFY2(close(curve.statistic, twoSided),
                             qPrintable(QString::fromStdString(at)));
            }
        }
    }

    void perfectAndWorstModels_scoreTheirBounds()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            const json& metrics = m_classificationEvaluations[i].metrics;
            if (c.name.ends_with("perfect")) {
                QCOMPARE(metrics["accuracy"].get<double>(), 1.0);
                QCOMPARE(metrics["rocAuc"].get<double>(), 1.0);
                if (c.classes() == 2)
                    QCOMPARE(metrics["ks"].get<double>(), 1.0);
            }
            if (c.name.ends_with("worst")) {
                QCOMPARE(metrics["accuracy"].get<double>(), 0.0);
                QCOMPARE(metrics["rocAuc"].get<double>(), 0.0);
                if (c.classes() == 2)
                    QCOMPARE(metrics["ks"].get<double>(), 0.0);
            }
        }
    }

    void singleClassSplit_reportsNullNotNaN()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            const std::set<int> present(c.truth.begin(), c.truth.end());
            if (present.size() != 1)
                continue;
            const Evaluation& evaluation = m_classificationEvaluations[i];
            const std::string text = evaluation.metrics.dump() + evaluation.curves.dump();
            QVERIFY2(text.find("NaN") == std::string::npos, c.name.c_str());
            QVERIFY2(evaluation.metrics["rocAuc"].is_null(), c.name.c_str());
            QVERIFY2(std::isnan(classificationScore(Scoring::RocAuc, c.truth, c.probabilities)),
                     c.name.c_str());
            QVERIFY(evaluation.curves["roc"].is_object() ? c.classes() > 2
                                                         : evaluation.curves["roc"].is_null());
            if (c.classes() == 2) {
                QVERIFY(evaluation.metrics["ks"].is_null());
                QVERIFY(evaluation.curves["ks"].is_null());
                QCOMPARE(evaluation.curves["precisionRecall"].is_null(), present.count(0) == 1);
            } else {
                for (int k = 0; k < c.classes(); ++k) {
                    const std::string& label = c.labels[k];
                    QVERIFY(evaluation.metrics["rocAucPerClass"][label].is_null());
                    QVERIFY(evaluation.curves["roc"][label].is_null());
                    QCOMPARE(evaluation.curves["precisionRecall"][label].is_null(),
                             present.count(k) == 0);
                }
            }
        }
    }

    void storedCurves_areThinnedFullCurvesWithKsPoint()
    {
        bool sawThinning = false;
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            const json& curves = m_classificationEvaluations[i].curves;
            const int first = c.classes() == 2 ? 1 : 0;
            for (int k = first; k < c.classes(); ++k) {
                const std::string at = c.name + ", class " + std::to_string(k);
                ScoreRanking ranking(c.truth, k, c.column(k));
                const json& roc = c.classes() == 2 ? curves["roc"] : curves["roc"][c.labels[k]];
                const json& pr = c.classes() == 2 ? curves["precisionRecall"]
                                                  : curves["precisionRecall"][c.labels[k]];
                if (!roc.is_null()) {
                    RocCurve full = rocCurve(ranking);
                    sawThinning |= full.fpr.size() > kCurvePointLimit;
                    CHECK(checkThinnedCurve(roc, {full.fpr, full.tpr, full.thresholds},
                                            {"fpr", "tpr", "thresholds"}, at + " roc"));
                }
                if (!pr.is_null()) {
                    PrecisionRecallCurve full = precisionRecallCurve(ranking);
                    CHECK(checkThinnedCurve(pr, {full.precision, full.recall},
                                            {"precision", "recall"}, at + " pr"));
                    QCOMPARE(pr["thresholds"].size() + 1, pr["precision"].size());
                    QCOMPARE(pr["averagePrecision"].get<double>(), averagePrecision(ranking));
                }
                if (c.classes() != 2 || curves["ks"].is_null())
                    continue;
                const json& ks = curves["ks"];
                KsCurve full = ksCurve(ranking);
                CHECK(checkThinnedCurve(ks, {full.thresholds, full.cdfPositive, full.cdfNegative},
                                        {"thresholds", "cdfPositive", "cdfNegative"}, at + " ks"));
                QCOMPARE(ks["statistic"].get<double>(), full.statistic);
                QCOMPARE(ks["threshold"].get<double>(), full.threshold);
                // The KS point survives thinning in both the KS and the ROC curve.
                bool inKs = false, inRoc = false;
                for (std::size_t p = 0; p < ks["thresholds"].size(); ++p)
                    inKs |=
                        ks["thresholds"][p].get<double>() == full.threshold &&
                        ks["cdfNegative"][p].get<double>() - ks["cdfPositive"][p].get<double>() ==
                            full.cdfNegative[full.index] - full.cdfPositive[full.index];
                for (std::size_t p = 0; p < roc["thresholds"].size(); ++p)
                    inRoc |= roc["thresholds"][p].get<double>() == full.threshold &&
                             close(roc["tpr"][p].get<double>() - roc["fpr"][p].get<double>(),
                                   full.statistic);
                QVERIFY2(inKs, at.c_str());
                QVERIFY2(inRoc, at.c_str());
            }
        }
        QVERIFY2(sawThinning, "no case was large enough to thin its curves");
    }

    void classificationScore_equalsFullEvaluation()
    {
        for (std::size_t i = 0; i < m_classification.size(); ++i) {
            const auto& c = m_classification[i];
            const json& metrics = m_classificationEvaluations[i].metrics;
            const json& theirs = reference(i);
            const bool binary = c.classes() == 2;
            for (Scoring scoring : allScorings()) {
                const QString at = QString::fromStdString(c.name + ": " + scoringName(scoring));
                if (!scoringFitsTask(scoring, c.task())) {
                    QVERIFY_THROWS_EXCEPTION(
                        std::invalid_argument,
                        classificationScore(scoring, c.truth, c.probabilities));
                    continue;
                }
                double score = classificationScore(scoring, c.truth, c.probabilities);
                double expected = expectedScore(scoring, metrics, binary);
                if (binary && (scoring == Scoring::F1Macro || scoring == Scoring::PrecisionMacro ||
                               scoring == Scoring::RecallMacro)) {
                    // Not part of the binary metrics; checked against scikit-learn instead.
                    std::string key = scoring == Scoring::F1Macro          ? "f1Macro"
                                      : scoring == Scoring::PrecisionMacro ? "precisionMacro"
                                                                           : "recallMacro";
                    CHECK(compareDouble(score, theirs[key], at.toStdString()));
                    continue;
                }
                QVERIFY2(sameNumber(score, expected),
                         qPrintable(at + QStringLiteral(": %1 vs %2").arg(score).arg(expected)));
            }
        }
    }

    void regression_matchesScikitLearn()
    {
        for (std::size_t i = 0; i < m_regression.size(); ++i) {
            const auto& c = m_regression[i];
            const json& ours = m_regressionEvaluations[i].metrics;
            const json& theirs = regressionReference(i);
            QCOMPARE(keysOf(ours), (std::set<std::string>{"mse", "rmse", "mae", "r2"}));
            for (const std::string metric : {"mse", "rmse", "mae", "r2"})
                CHECK(compareValue(ours[metric], theirs[metric], c.name + ": " + metric));
            for (Scoring scoring : allScorings()) {
                if (!scoringFitsTask(scoring, Task::Regression)) {
                    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                             regressionScore(scoring, c.truth, c.predicted));
                    continue;
                }
                QVERIFY(sameNumber(regressionScore(scoring, c.truth, c.predicted),
                                   expectedScore(scoring, ours, false)));
            }
        }
    }

    void residuals_areReproducibleSampleOfRows()
    {
        for (std::size_t i = 0; i < m_regression.size(); ++i) {
            const auto& c = m_regression[i];
            const json& residuals = m_regressionEvaluations[i].curves["residuals"];
            const json& actual = residuals["actual"];
            const json& predicted = residuals["predicted"];
            QCOMPARE(actual.size(), std::min(c.truth.size(), kResidualSampleLimit));
            QCOMPARE(predicted.size(), actual.size());
            // Every pair is a row, in row order.
            std::size_t row = 0;
            for (std::size_t p = 0; p < actual.size(); ++p, ++row) {
                while (row < c.truth.size() && (c.truth[row] != actual[p].get<double>() ||
                                                c.predicted[row] != predicted[p].get<double>()))
                    ++row;
                QVERIFY2(row < c.truth.size(), c.name.c_str());
            }
            auto again = evaluateRegression(c.truth, c.predicted, 7);
            QCOMPARE(again.curves, m_regressionEvaluations[i].curves);
            if (c.truth.size() > kResidualSampleLimit) {
                auto otherSeed = evaluateRegression(c.truth, c.predicted, 8);
                QVERIFY(otherSeed.curves != m_regressionEvaluations[i].curves);
            }
        }
        auto sample = sampleIndices(10, 4, 99);
        QCOMPARE(sample, sampleIndices(10, 4, 99));
        QCOMPARE(sample.size(), std::size_t{4});
        QVERIFY(std::is_sorted(sample.begin(), sample.end()));
    }

    void curvePointsToKeep_keepsEndpointsAndAnchors()
    {
        auto kept = curvePointsToKeep(10000, 300, {4321});
        QVERIFY(kept.size() <= 301);
        QCOMPARE(kept.front(), std::size_t{0});
        QCOMPARE(kept.back(), std::size_t{9999});
        QVERIFY(std::binary_search(kept.begin(), kept.end(), std::size_t{4321}));
        QVERIFY(std::adjacent_find(kept.begin(), kept.end(), std::greater_equal<>()) == kept.end());
        QCOMPARE(curvePointsToKeep(5, 300).size(), std::size_t{5});
    }

    void badInput_throwsInvalidArgument()
    {
        Matrix probabilities(3, 2);
        probabilities << 0.2, 0.8, 0.6, 0.4, 0.5, 0.5;
        const std::vector<int> truth{1, 0, 1};
        const std::vector<std::string> labels{"no", "yes"};
        QVERIFY_THROWS_NO_EXCEPTION(evaluateClassification(truth, probabilities, labels));

        const std::vector<int> shortTruth{1, 0};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateClassification(shortTruth, probabilities, labels));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 classificationScore(Scoring::Accuracy, shortTruth, probabilities));
        const std::vector<int> outOfRange{1, 0, 2};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateClassification(outOfRange, probabilities, labels));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateClassification(truth, probabilities, {"only one"}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateClassification(truth, probabilities, {"same", "same"}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateClassification({}, Matrix(0, 2), labels));

        for (double bad :
             {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
            Matrix broken = probabilities;
            broken(1, 0) = bad;
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                     evaluateClassification(truth, broken, labels));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                     classificationScore(Scoring::RocAuc, truth, broken));
        }

        const std::vector<double> actual{1.0, 2.0, 3.0};
        const std::vector<double> shortPredictions{1.0, 2.0};
        const std::vector<double> nanPredictions{1.0, NAN, 3.0};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateRegression(actual, shortPredictions, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 evaluateRegression(actual, nanPredictions, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 regressionScore(Scoring::Mse, actual, nanPredictions));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, evaluateRegression({}, {}, 1));
    }
};

QTEST_GUILESS_MAIN(TestEngineMetrics)
#include "test_engine_metrics.moc"
