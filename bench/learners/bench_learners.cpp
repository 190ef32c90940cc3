// Times fit and predict of every learner on generated data and prints them
// next to scikit-learn's counterpart, timed by bench_sklearn.py in the same
// run on the same rows. Ratios are Winnow's time over scikit-learn's:
// below 1 is faster.
//
// Usage: bench_learners [--rows N] [--test-rows N] [--cols N] [--threads N]
//                       [--only algo,algo] [--no-sklearn]

#include "engine/core/run_context.h"
#include "engine/learners/learner.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

using namespace winnow::engine;
namespace fs = std::filesystem;

namespace {

struct Options {
    Index rows = 100000;
    Index testRows = 10000;
    Index cols = 20;
    int threads = 2;
    std::vector<std::string> only;
    bool sklearn = true;
};

struct Data {
    Matrix xTrain, xTest;
    Vector yTrain, yTest;
};

struct Case {
    std::string algorithm;
    bool classify;
    nlohmann::json params;
    std::string sklearnModel;
    nlohmann::json sklearnParams;
};

struct Timing {
    double fit = NAN, predict = NAN, score = NAN;
};

// Features with a few informative directions and a nonlinear target, so
// trees have real work to do; classification thresholds a noisy score.
Data generate(const Options& options, bool classify, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::normal_distribution<double> normal;
    const Index total = options.rows + options.testRows;
    Matrix x(total, options.cols);
    for (Index j = 0; j < options.cols; ++j)
        for (Index i = 0; i < total; ++i)
            x(i, j) = normal(random);
    Vector weights(options.cols);
    for (Index j = 0; j < options.cols; ++j)
        weights[j] = j < 8 ? normal(random) : 0.1 * normal(random);
    Vector y(total);
    for (Index i = 0; i < total; ++i) {
        double score = x.row(i).dot(weights) + std::sin(2.0 * x(i, 0)) + x(i, 1) * x(i, 2) +
                       0.5 * normal(random);
        y[i] = classify ? (score > 0.0 ? 1.0 : 0.0) : score;
    }
    return {x.topRows(options.rows), x.bottomRows(options.testRows), y.head(options.rows),
            y.tail(options.testRows)};
}

void writeCsv(const fs::path& path, const Matrix& x, const Vector& y)
{
    std::ofstream out(path);
    char buffer[32];
    for (Index i = 0; i < x.rows(); ++i) {
        std::snprintf(buffer, sizeof buffer, "%.17g", y[i]);
        out << buffer;
        for (Index j = 0; j < x.cols(); ++j) {
            std::snprintf(buffer, sizeof buffer, ",%.17g", x(i, j));
            out << buffer;
        }
        out << '\n';
    }
}

std::vector<Case> casesFor(const Options& options)
{
    const int jobs = options.threads;
    std::vector<Case> cases;
    for (bool classify : {true, false}) {
        const std::string kind = classify ? "Classifier" : "Regressor";
        // XGBoost's Python package is not among Winnow's dependencies, so
        // gradient boosting is set against scikit-learn's own histogram
        // boosting with the same rounds, depth and rate.
        cases.push_back({"xgboost",
                         classify,
                         {},
                         "HistGradientBoosting" + kind,
                         {{"max_iter", 200},
                          {"max_depth", 6},
                          {"learning_rate", 0.1},
                          {"max_leaf_nodes", nullptr},
                          {"early_stopping", false}}});
        cases.push_back({"random_forest",
                         classify,
                         {},
                         "RandomForest" + kind,
                         {{"n_estimators", 100},
                          {"max_depth", 14},
                          {"max_features", 0.6},
                          {"max_samples", 0.8},
                          {"n_jobs", jobs},
                          {"random_state", 0}}});
        cases.push_back({"extra_trees",
                         classify,
                         {},
                         "ExtraTrees" + kind,
                         {{"n_estimators", 100}, {"n_jobs", jobs}, {"random_state", 0}}});
        if (classify) {
            cases.push_back(
                {"logistic_regression", true, {}, "LogisticRegression", {{"solver", "liblinear"}}});
            cases.push_back({"linear_svm", true, {}, "LinearSVC", nlohmann::json::object()});
        } else {
            cases.push_back({"linear_svm", false, {}, "LinearSVR", nlohmann::json::object()});
            cases.push_back({"ridge", false, {}, "Ridge", nlohmann::json::object()});
            cases.push_back({"elastic_net", false, {}, "ElasticNet", {{"alpha", 0.01}}});
        }
        cases.push_back({"knn", classify, {}, "KNeighbors" + kind, {{"n_jobs", jobs}}});
        cases.push_back(
            {"decision_tree", classify, {}, "DecisionTree" + kind, {{"random_state", 0}}});
        if (classify)
            cases.push_back({"naive_bayes", true, {}, "GaussianNB", nlohmann::json::object()});
    }
    if (!options.only.empty())
        std::erase_if(cases, [&](const Case& c) {
            return std::find(options.only.begin(), options.only.end(), c.algorithm) ==
                   options.only.end();
        });
    return cases;
}

double seconds(std::chrono::steady_clock::time_point from)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - from).count();
}

Timing timeWinnow(const Case& c, const Data& data, int threads)
{
    Task task = c.classify ? Task::BinaryClassification : Task::Regression;
    auto learner = makeLearner(c.algorithm, task, c.classify ? 2 : 0, c.params);
    RunContext context;
    context.threads = threads;
    context.seed = 1;
    Timing timing;
    auto start = std::chrono::steady_clock::now();
    learner->fit(data.xTrain, data.yTrain, context);
    timing.fit = seconds(start);
    start = std::chrono::steady_clock::now();
    Vector predicted;
    if (c.classify) {
        Matrix proba = learner->predictProba(data.xTest);
        predicted.resize(proba.rows());
        for (Index i = 0; i < proba.rows(); ++i)
            predicted[i] = proba(i, 1) > proba(i, 0) ? 1.0 : 0.0;
    } else {
        predicted = learner->predict(data.xTest);
    }
    timing.predict = seconds(start);
    if (c.classify) {
        timing.score =
            double((predicted.array() == data.yTest.array()).count()) / double(data.yTest.size());
    } else {
        double residual = (predicted - data.yTest).squaredNorm();
        double total = (data.yTest.array() - data.yTest.mean()).matrix().squaredNorm();
        timing.score = 1.0 - residual / total;
    }
    return timing;
}

std::vector<Timing> timeSklearn(const std::vector<Case>& cases, const fs::path& dir, int threads)
{
    nlohmann::json plan;
    plan["data"]["classification"] = {{"train", (dir / "classification-train.csv").string()},
                                      {"test", (dir / "classification-test.csv").string()}};
    plan["data"]["regression"] = {{"train", (dir / "regression-train.csv").string()},
                                  {"test", (dir / "regression-test.csv").string()}};
    for (const auto& c : cases)
        plan["cases"].push_back({{"task", c.classify ? "classification" : "regression"},
                                 {"model", c.sklearnModel},
                                 {"params", c.sklearnParams}});
    std::ofstream(dir / "plan.json") << plan.dump();
    const fs::path result = dir / "sklearn.json";
    std::string command = "OMP_NUM_THREADS=" + std::to_string(threads) +
                          " OPENBLAS_NUM_THREADS=" + std::to_string(threads) +
                          " /usr/bin/python3 '" WINNOW_SOURCE_DIR
                          "/bench/learners/bench_sklearn.py' '" +
                          (dir / "plan.json").string() + "' '" + result.string() + "'";
    std::vector<Timing> timings(cases.size());
    if (std::system(command.c_str()) != 0)
        std::cerr << "scikit-learn's side failed; its columns stay empty\n";
    std::ifstream in(result);
    if (!in)
        return timings;
    auto json = nlohmann::json::parse(in);
    for (std::size_t i = 0; i < json.size() && i < timings.size(); ++i)
        timings[i] = {json[i]["fit"], json[i]["predict"], json[i]["score"]};
    return timings;
}

Options parse(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--rows")
            options.rows = std::stol(next());
        else if (arg == "--test-rows")
            options.testRows = std::stol(next());
        else if (arg == "--cols")
            options.cols = std::stol(next());
        else if (arg == "--threads")
            options.threads = std::stoi(next());
        else if (arg == "--only") {
            std::stringstream list(next());
            for (std::string name; std::getline(list, name, ',');)
                options.only.push_back(name);
        } else if (arg == "--no-sklearn")
            options.sklearn = false;
        else {
            std::cerr << "usage: bench_learners [--rows N] [--test-rows N] [--cols N] "
                         "[--threads N] [--only a,b] [--no-sklearn]\n";
            std::exit(2);
        }
    }
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    const Options options = parse(argc, argv);
    const Data classification = generate(options, true, 1);
    const Data regression = generate(options, false, 2);
    const auto cases = casesFor(options);

    const fs::path dir = fs::temp_directory_path() / ("bench_learners." + std::to_string(getpid()));
    fs::create_directories(dir);
    if (options.sklearn) {
        writeCsv(dir / "classification-train.csv", classification.xTrain, classification.yTrain);
        writeCsv(dir / "classification-test.csv", classification.xTest, classification.yTest);
        writeCsv(dir / "regression-train.csv", regression.xTrain, regression.yTrain);
        writeCsv(dir / "regression-test.csv", regression.xTest, regression.yTest);
    }

    std::vector<Timing> ours;
    for (const auto& c : cases) {
        ours.push_back(timeWinnow(c, c.classify ? classification : regression, options.threads));
        std::cerr << "winnow " << c.algorithm << (c.classify ? " classification" : " regression")
                  << ": fit " << ours.back().fit << " s\n";
    }
    std::vector<Timing> theirs(cases.size());
    if (options.sklearn)
        theirs = timeSklearn(cases, dir, options.threads);
    fs::remove_all(dir);

    std::printf("bench_learners: %ld train rows, %ld test rows, %ld features, %d threads\n",
                long(options.rows), long(options.testRows), long(options.cols), options.threads);
    std::printf("fit on the train rows, predict (probabilities for classifiers) on the test "
                "rows; ratio = winnow / scikit-learn\n\n");
    std::printf("| %-20s | %-4s | %-28s | %9s | %9s | %6s | %9s | %9s | %6s | %7s | %7s |\n",
                "learner", "task", "scikit-learn", "fit s", "sk fit s", "ratio", "pred s",
                "sk pred s", "ratio", "score", "sk score");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n", std::string(22, '-').c_str(),
                std::string(6, '-').c_str(), std::string(30, '-').c_str(),
                std::string(11, '-').c_str(), std::string(11, '-').c_str(),
                std::string(8, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str(), std::string(8, '-').c_str(),
                std::string(9, '-').c_str(), std::string(9, '-').c_str());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto& c = cases[i];
        std::printf("| %-20s | %-4s | %-28s | %9.3f | %9.3f | %6.2f | %9.3f | %9.3f | %6.2f | "
                    "%7.4f | %7.4f |\n",
                    c.algorithm.c_str(), c.classify ? "clf" : "reg", c.sklearnModel.c_str(),
                    ours[i].fit, theirs[i].fit, ours[i].fit / theirs[i].fit, ours[i].predict,
                    theirs[i].predict, ours[i].predict / theirs[i].predict, ours[i].score,
                    theirs[i].score);
    }
    return 0;
}
