// Checks docs/metadata.schema.json against metadata documents built from
// real evaluations, and that it rejects documents that break the ML Hub
// shape or carry unknown keys. Validation runs in Python's jsonschema
// through validate_metadata.py beside this file.

#include "engine/metrics/evaluation.h"

#include <QtTest>

#include <fstream>
#include <functional>
#include <random>

using namespace winnow::engine;
using nlohmann::json;

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

Matrix randomProbabilities(std::mt19937_64& random, std::size_t rows, int classes)
{
    std::uniform_real_distribution<double> uniform(0.01, 1.0);
    Matrix probabilities(rows, classes);
    for (std::size_t row = 0; row < rows; ++row) {
        for (int k = 0; k < classes; ++k)
            probabilities(row, k) = uniform(random);
        probabilities.row(row) /= probabilities.row(row).sum();
    }
    return probabilities;
}

Evaluation classificationEvaluation(std::mt19937_64& random, std::size_t rows,
                                    const std::vector<std::string>& labels,
                                    std::vector<int> presentClasses)
{
    const int classes = static_cast<int>(labels.size());
    std::uniform_int_distribution<std::size_t> pick(0, presentClasses.size() - 1);
    std::vector<int> truth;
    for (std::size_t row = 0; row < rows; ++row)
        truth.push_back(presentClasses[pick(random)]);
    return evaluateClassification(truth, randomProbabilities(random, rows, classes), labels);
}

Evaluation regressionEvaluation(std::mt19937_64& random, std::size_t rows)
{
    std::normal_distribution<double> normal(10.0, 3.0);
    std::vector<double> truth, predicted;
    for (std::size_t row = 0; row < rows; ++row) {
        truth.push_back(normal(random));
        predicted.push_back(truth.back() + normal(random) - 10.0);
    }
    return evaluateRegression(truth, predicted, 11);
}

// A metadata.json as the train command writes it, around real evaluations.
json metadataDocument(Task task, const Evaluation& test, const Evaluation& train,
                      const std::vector<std::string>& labels, json target, Scoring scoring)
{
    json pipelineSteps = {
        {{"name", "standardscaler"}, {"params", {{"withMean", true}, {"withStd", true}}}},
        {{"name", task == Task::Regression ? "xgbregressor" : "xgbclassifier"},
         {"params", {{"nEstimators", 200}, {"maxDepth", 6}, {"learningRate", 0.1}}}}};
    json winnow = {
        {"formatVersion", 1},
        {"engineVersion", "0.1.0"},
        {"createdAt", "2026-11-25T19:16:03.123Z"},
        {"task", taskName(task)},
        {"targetName", "class"},
        {"labels", labels},
        {"scoring", scoringName(scoring)},
        {"cvScore", 0.97},
        {"curves", {{"test", test.curves}, {"train", train.curves}}},
        {"featureImportance",
         {{{"feature", "v1"}, {"importance", 0.31}}, {{"feature", "v2"}, {"importance", 0.69}}}},
        {"dataProfile",
         {{{"name", "v1"},
           {"type", "numeric"},
           {"missing", 0},
           {"distinct", 523},
           {"min", 0.1},
           {"max", 9.2},
           {"mean", 3.1},
           {"std", 1.2}},
          {{"name", "v2"},
           {"type", "categorical"},
           {"missing", 3},
           {"distinct", 2},
           {"topValues", {{{"value", "a"}, {"count", 12}}, {{"value", "b"}, {"count", 9}}}}}}},
        {"spec",
         {{"task", isClassification(task) ? "classification" : "regression"},
          {"target", "class"},
          {"scoring", scoringName(scoring)}}},
        {"split",
         {{"trainRows", 455},
          {"testRows", 114},
          {"testFraction", 0.2},
          {"stratified", isClassification(task)}}},
        {"timings",
         {{"readSeconds", 0.1},
          {"searchSeconds", 30.2},
          {"fitSeconds", 1.1},
          {"totalSeconds", 32.0}}},
        {"candidatesEvaluated", 12},
        {"stoppedEarly", false},
        {"folds", 5},
        {"bestPipeline",
         {{"transformers", {{{"name", "standardscaler"}, {"params", json::object()}}}},
          {"algorithm", "xgboost"},
          {"learnerParams", json::object()}}},
        {"balancing",
         {{"method", "none"},
          {"minorityShareBefore", 0.3},
          {"minorityShareAfter", 0.3},
          {"rowsBefore", 455},
          {"rowsAfter", 455}}},
        {"droppedFeatures", json::array()},
        {"warnings", {"only 455 rows"}},
        {"featureImportanceMethod", "permutation on the test split"}};
    return {{"features", {"v1", "v2"}},      {"metrics", test.metrics},
            {"trainMetrics", train.metrics}, {"pipelineSteps", pipelineSteps},
            {"target", std::move(target)},   {"winnow", std::move(winnow)}};
}

struct Case {
    std::string name;
    json document;
    bool valid;
};

// Runs validate_metadata.py over every case; empty with `error` set on failure.
json validate(const std::vector<Case>& cases, QString& error)
{
    if (!QFileInfo(kPython).isExecutable()) {
        error = QStringLiteral("%1 is missing: install python3 and python3-jsonschema to run "
                               "this test")
                    .arg(kPython);
        return {};
    }
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("documents.json"));
    const QString output = dir.filePath(QStringLiteral("results.json"));
    json documents = json::array();
    for (const auto& c : cases)
        documents.push_back({{"name", c.name}, {"document", c.document}});
    std::ofstream(input.toStdString()) << json{{"documents", documents}}.dump();

    QProcess python;
    python.start(kPython,
                 {QStringLiteral(WINNOW_SOURCE_DIR "/tests/engine/artifacts/validate_metadata.py"),
                  QStringLiteral(WINNOW_SOURCE_DIR "/docs/metadata.schema.json"), input, output});
    if (!python.waitForFinished(120000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        error = QStringLiteral("schema validation failed to run (exit %1): %2")
                    .arg(python.exitCode())
                    .arg(QString::fromUtf8(python.readAllStandardError()));
        return {};
    }
    std::ifstream results(output.toStdString());
    return json::parse(results);
}

Case broken(std::string name, const json& base, const std::function<void(json&)>& change)
{
    json document = base;
    change(document);
    return {std::move(name), std::move(document), false};
}

Case stillValid(std::string name, const json& base, const std::function<void(json&)>& change)
{
    Case c = broken(std::move(name), base, change);
    c.valid = true;
    return c;
}

} // namespace

class TestMetadataSchema : public QObject {
    Q_OBJECT

private slots:
    void schema_acceptsRealDocumentsAndRejectsBrokenShapes()
    {
        std::mt19937_64 random(99);
        const std::vector<std::string> binaryLabels{"0", "1"};
        const std::vector<std::string> irisLabels{"setosa", "versicolor", "virginica"};

        const json binary = metadataDocument(
            Task::BinaryClassification, classificationEvaluation(random, 400, binaryLabels, {0, 1}),
            classificationEvaluation(random, 1600, binaryLabels, {0, 1}), binaryLabels, {0, 1},
            Scoring::F1);
        const json binarySingleClass = metadataDocument(
            Task::BinaryClassification, classificationEvaluation(random, 40, binaryLabels, {0}),
            classificationEvaluation(random, 160, binaryLabels, {0, 1}), binaryLabels,
            {"no", "yes"}, Scoring::Ks);
        const json multiclass =
            metadataDocument(Task::MulticlassClassification,
                             classificationEvaluation(random, 300, irisLabels, {0, 1, 2}),
                             classificationEvaluation(random, 1200, irisLabels, {0, 1, 2}),
                             irisLabels, {"setosa", "versicolor", "virginica"}, Scoring::Accuracy);
        const json multiclassMissingClass =
            metadataDocument(Task::MulticlassClassification,
                             classificationEvaluation(random, 30, irisLabels, {0, 2}),
                             classificationEvaluation(random, 120, irisLabels, {0, 1, 2}),
                             irisLabels, {1, 2, 3}, Scoring::RocAuc);
        const json regression =
            metadataDocument(Task::Regression, regressionEvaluation(random, 3000),
                             regressionEvaluation(random, 12000), {}, json::array(), Scoring::Mse);
        const json regressionOneRow =
            metadataDocument(Task::Regression, regressionEvaluation(random, 1),
                             regressionEvaluation(random, 20), {}, json::array(), Scoring::R2);
        QVERIFY(binarySingleClass["metrics"]["rocAuc"].is_null());
        QVERIFY(multiclassMissingClass["metrics"]["rocAuc"].is_null());
        QVERIFY(regressionOneRow["metrics"]["r2"].is_null());

        std::vector<Case> cases{
            {"binary", binary, true},
            {"binary, single class in the test split", binarySingleClass, true},
            {"multiclass", multiclass, true},
            {"multiclass, a class missing from the test split", multiclassMissingClass, true},
            {"regression", regression, true},
            {"regression, one test row", regressionOneRow, true},
            stillValid("spec may hold anything", binary,
                       [](json& d) {
                           d["winnow"]["spec"]["futureOption"] = {1, 2};
                       }),
            stillValid("dataProfile items may hold more", binary,
                       [](json& d) { d["winnow"]["dataProfile"][0]["skewness"] = 0.3; }),
            stillValid("no feature importance", regression,
                       [](json& d) { d["winnow"]["featureImportance"] = json::array(); }),

            broken("extra key in metrics", binary, [](json& d) { d["metrics"]["auc"] = 0.9; }),
            broken("extra key in trainMetrics", multiclass,
                   [](json& d) { d["trainMetrics"]["logLoss"] = 0.2; }),
            broken("extra key in regression metrics", regression,
                   [](json& d) { d["metrics"]["mape"] = 0.1; }),
            broken("confusion matrix missing truePositives", binary,
                   [](json& d) { d["metrics"]["confusionMatrix"].erase("truePositives"); }),
            broken("confusion matrix with an extra count", binary,
                   [](json& d) { d["trainMetrics"]["confusionMatrix"]["total"] = 10; }),
            broken("f1 with a third class", binary,
                   [](json& d) { d["metrics"]["f1"]["class2"] = 0.5; }),
            broken("rocAuc as text", binary, [](json& d) { d["metrics"]["rocAuc"] = "NaN"; }),
            broken("accuracy above one", binary, [](json& d) { d["metrics"]["accuracy"] = 1.5; }),
            broken("missing ks", binary, [](json& d) { d["metrics"].erase("ks"); }),
            broken("binary metrics in a multiclass document", multiclass,
                   [&](json& d) { d["metrics"] = binary["metrics"]; }),
            broken("multiclass metrics in a binary document", binary,
                   [&](json& d) { d["metrics"] = multiclass["metrics"]; }),
            broken("multiclass confusion matrix without labels", multiclass,
                   [](json& d) { d["metrics"]["confusionMatrix"].erase("labels"); }),
            broken("unknown task", binary, [](json& d) { d["winnow"]["task"] = "ranking"; }),
            broken("unknown key in winnow", binary, [](json& d) { d["winnow"]["notes"] = "x"; }),
            broken("unknown top-level key", binary, [](json& d) { d["model"] = "pickle"; }),
            broken("extra key in a pipeline step", binary,
                   [](json& d) { d["pipelineSteps"][0]["kind"] = "transformer"; }),
            broken("regression with class labels", regression,
                   [](json& d) {
                       d["target"] = {0, 1};
                   }),
            broken("binary with three labels", binary,
                   [](json& d) {
                       d["target"] = {0, 1, 2};
                   }),
            broken("ks scoring for a multiclass task", multiclass,
                   [](json& d) { d["winnow"]["scoring"] = "ks"; }),
            broken("f1 scoring for a regression", regression,
                   [](json& d) { d["winnow"]["scoring"] = "f1"; }),
            broken("format version 2", binary, [](json& d) { d["winnow"]["formatVersion"] = 2; }),
            broken("createdAt not in UTC ISO form", binary,
                   [](json& d) { d["winnow"]["createdAt"] = "2026-11-25 19:16:03"; }),
            broken("binary test curves without ks", binary,
                   [](json& d) { d["winnow"]["curves"]["test"].erase("ks"); }),
            broken("regression curves shaped as binary", regression,
                   [&](json& d) {
                       d["winnow"]["curves"]["train"] = binary["winnow"]["curves"]["train"];
                   }),
            broken("extra key in split", binary,
                   [](json& d) { d["winnow"]["split"]["dateColumn"] = "day"; }),
            broken("missing timings", binary, [](json& d) { d["winnow"].erase("timings"); }),
            broken("feature importance with extra key", binary,
                   [](json& d) { d["winnow"]["featureImportance"][0]["rank"] = 1; }),
            broken("data profile item without a type", binary,
                   [](json& d) { d["winnow"]["dataProfile"][0].erase("type"); }),
        };

        QString error;
        const json output = validate(cases, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(output["schemaValid"].get<bool>());
        QCOMPARE(output["results"].size(), cases.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const json& result = output["results"][i];
            const bool valid = result["valid"].get<bool>();
            QVERIFY2(valid == cases[i].valid,
                     qPrintable(QString::fromStdString(
                         cases[i].name + (cases[i].valid ? " was rejected: " : " was accepted") +
                         (valid ? std::string() : result["errors"].dump()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestMetadataSchema)
#include "test_metadata_schema.moc"
