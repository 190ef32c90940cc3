// What every registered learner promises, whatever its method: parameters
// sampled from its space are accepted, probabilities have a column per
// class and rows summing to 1, a class missing from training still has its
// column, save -> load predicts identically, and a stop request ends fit.

#include "engine/core/errors.h"
#include "engine/learners/learner.h"
#include "learner_test_support.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace winnow::engine;
using namespace winnow::test;

namespace {

struct TaskCase {
    Task task;
    int classes;
};

const TaskCase kTasks[] = {
    {Task::BinaryClassification, 2},
    {Task::MulticlassClassification, 3},
    {Task::Regression, 0},
};

Dataset dataFor(const TaskCase& c, Index rows, std::uint64_t seed)
{
    return c.classes ? classificationData(rows, 5, c.classes, seed) : regressionData(rows, 5, seed);
}

QByteArray label(const LearnerInfo& info, Task task)
{
    return QByteArray::fromStdString(info.algorithm + "/" + taskName(task));
}

} // namespace

class TestLearnerContract : public QObject {
    Q_OBJECT

private:
    // Checks the shape and consistency of a fitted learner's outputs.
    void checkOutputs(const Learner& learner, const TaskCase& c, const Matrix& x)
    {
        Vector predictions = learner.predict(x);
        QCOMPARE(predictions.size(), x.rows());
        QVERIFY(predictions.allFinite());
        if (!c.classes) {
            QVERIFY_THROWS_EXCEPTION(std::logic_error, learner.predictProba(x));
            return;
        }
        Matrix proba = learner.predictProba(x);
        QCOMPARE(proba.rows(), x.rows());
        QCOMPARE(proba.cols(), Index(c.classes));
        QVERIFY(proba.allFinite());
        QVERIFY((proba.array() >= 0.0).all());
        for (Index i = 0; i < x.rows(); ++i) {
            QVERIFY2(std::abs(proba.row(i).sum() - 1.0) < 1e-9, learner.name().c_str());
            // predict is the argmax of predictProba, ties to the lower index.
            Index best = 0;
            for (Index j = 1; j < proba.cols(); ++j)
                if (proba(i, j) > proba(i, best))
                    best = j;
            QCOMPARE(predictions[i], double(best));
        }
    }

private slots:
    void registry_listsEveryAlgorithmOnce()
    {
        QStringList names;
        for (const auto& info : learnerRegistry())
            names << QString::fromStdString(info.algorithm);
        QCOMPARE(names,
                 QStringList({QStringLiteral("xgboost"), QStringLiteral("random_forest"),
                              QStringLiteral("extra_trees"), QStringLiteral("logistic_regression"),
                              QStringLiteral("linear_svm"), QStringLiteral("ridge"),
                              QStringLiteral("elastic_net"), QStringLiteral("knn"),
                              QStringLiteral("decision_tree"), QStringLiteral("naive_bayes")}));
        QVERIFY(findLearner("ridge")->supports(Task::Regression));
        QVERIFY(!findLearner("ridge")->supports(Task::BinaryClassification));
        QVERIFY(!findLearner("naive_bayes")->supports(Task::Regression));
        QVERIFY(findLearner("nope") == nullptr);
    }

    void makeLearner_rejectsWhatItCannotDo()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, makeLearner("nope", Task::Regression, 0, {}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 makeLearner("ridge", Task::BinaryClassification, 2, {}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 makeLearner("knn", Task::Regression, 0, {{"nNeighbors", 0}}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 makeLearner("knn", Task::Regression, 0, {{"neighbours", 3}}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 makeLearner("xgboost", Task::BinaryClassification, 3, {}));
    }

    void everyLearner_namesItselfLikeScikitLearn()
    {
        const std::map<std::pair<std::string, bool>, std::string> expected{
            {{"xgboost", true}, "xgbclassifier"},
            {{"xgboost", false}, "xgbregressor"},
            {{"random_forest", true}, "randomforestclassifier"},
            {{"random_forest", false}, "randomforestregressor"},
            {{"extra_trees", true}, "extratreesclassifier"},
            {{"extra_trees", false}, "extratreesregressor"},
            {{"decision_tree", true}, "decisiontreeclassifier"},
            {{"decision_tree", false}, "decisiontreeregressor"},
            {{"logistic_regression", true}, "logisticregression"},
            {{"linear_svm", true}, "linearsvc"},
            {{"linear_svm", false}, "linearsvr"},
            {{"ridge", false}, "ridge"},
            {{"elastic_net", false}, "elasticnet"},
            {{"knn", true}, "kneighborsclassifier"},
            {{"knn", false}, "kneighborsregressor"},
            {{"naive_bayes", true}, "gaussiannb"},
        };
        for (const auto& info : learnerRegistry())
            for (const auto& c : kTasks) {
                if (!info.supports(c.task))
                    continue;
                auto learner = makeLearner(info.algorithm, c.task, c.classes, {});
                QCOMPARE(learner->name(), expected.at({info.algorithm, isClassification(c.task)}));
            }
    }

    void sampledParameters_areAcceptedAndFit()
    {
        auto random = std::mt19937_64(2024);
        for (const auto& info : learnerRegistry())
            for (const auto& c : kTasks) {
                if (!info.supports(c.task))
                    continue;
                auto data = dataFor(c, 120, 7);
                const HyperSpace space = info.space(c.task);
                for (int draw = 0; draw < 6; ++draw) {
                    auto params = draw == 0 ? defaultParams(space) : sampleParams(space, random);
                    for (const auto& parameter : space)
                        QVERIFY2(parameter.accepts(params[parameter.name]),
                                 label(info, c.task) + " " + parameter.name.c_str());
                    auto learner = makeLearner(info.algorithm, c.task, c.classes, params);
                    QCOMPARE(learner->params(), params);
                    learner->fit(data.x, data.y, RunContext{});
                    checkOutputs(*learner, c, data.x);
                }
            }
    }

    void saveThenLoad_predictsIdentically()
    {
        for (const auto& info : learnerRegistry())
            for (const auto& c : kTasks) {
                if (!info.supports(c.task))
                    continue;
                auto data = dataFor(c, 400, 13);
                auto learner = makeLearner(info.algorithm, c.task, c.classes, {});
                RunContext context;
                context.threads = 2;
                context.seed = 5;
                learner->fit(data.x, data.y, context);
                SavedState state = learner->save();
                auto loaded = loadLearner(info.algorithm, c.task, c.classes, state);
                QVERIFY2(loaded->predict(data.x) == learner->predict(data.x), label(info, c.task));
                if (c.classes)
                    QVERIFY2(loaded->predictProba(data.x) == learner->predictProba(data.x),
                             label(info, c.task));
                QCOMPARE(loaded->params(), learner->params());
                QCOMPARE(loaded->name(), learner->name());
                QVERIFY(loaded->featureImportances().has_value() ==
                        learner->featureImportances().has_value());
                // Saving the loaded learner gives the same state again.
                QVERIFY2(loaded->save() == state, label(info, c.task));
            }
    }

    void damagedState_failsCleanly()
    {
        for (const auto& info : learnerRegistry())
            for (const auto& c : kTasks) {
                if (!info.supports(c.task))
                    continue;
                auto data = dataFor(c, 100, 17);
                auto learner = makeLearner(info.algorithm, c.task, c.classes, {});
                learner->fit(data.x, data.y, RunContext{});
                SavedState state = learner->save();
                SavedState empty;
                QVERIFY_THROWS_EXCEPTION(EngineError,
                                         loadLearner(info.algorithm, c.task, c.classes, empty));
                for (auto& [key, values] : state.arrays) {
                    SavedState truncated = state;
                    truncated.arrays[key].resize(values.size() / 2);
                    try {
                        // Either it fails cleanly or the array's length was free.
                        loadLearner(info.algorithm, c.task, c.classes, truncated);
                    } catch (const EngineError&) {
                    }
                }
            }
    }

    void missingClass_stillHasItsColumn()
    {
        // Four classes, but the training rows hold only 0, 2 and 3.
        auto data = classificationData(300, 5, 3, 19);
        for (Index i = 0; i < data.y.size(); ++i)
            if (data.y[i] > 0.0)
                data.y[i] += 1.0;
        // And a binary task whose training rows hold one class.
        Vector single = Vector::Zero(data.y.size());
        for (const auto& info : learnerRegistry()) {
            if (!info.classification)
                continue;
            auto learner = makeLearner(info.algorithm, Task::MulticlassClassification, 4, {});
            learner->fit(data.x, data.y, RunContext{});
            checkOutputs(*learner, {Task::MulticlassClassification, 4}, data.x);
            Vector predictions = learner->predict(data.x);
            QVERIFY2((predictions.array() != 1.0).all(),
                     label(info, Task::MulticlassClassification));

            auto binary = makeLearner(info.algorithm, Task::BinaryClassification, 2, {});
            binary->fit(data.x, single, RunContext{});
            checkOutputs(*binary, {Task::BinaryClassification, 2}, data.x);
            QVERIFY2(binary->predict(data.x).isZero(), label(info, Task::BinaryClassification));
        }
    }

    void stopRequestedBeforeFit_throwsStopRequested()
    {
        std::atomic<bool> stop{true};
        RunContext context;
        context.stopFlag = &stop;
        for (const auto& info : learnerRegistry())
            for (const auto& c : kTasks) {
                if (!info.supports(c.task))
                    continue;
                auto data = dataFor(c, 100, 23);
                auto learner = makeLearner(info.algorithm, c.task, c.classes, {});
                QVERIFY_THROWS_EXCEPTION(StopRequested, learner->fit(data.x, data.y, context));
            }
    }

    void stopRequestedDuringFit_endsIt_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("params");
        // Each would run for many seconds; the stop comes after 100 ms.
        QTest::newRow("xgboost") << QStringLiteral("xgboost")
                                 << QStringLiteral(R"({"nEstimators": 1000, "maxDepth": 10})");
        QTest::newRow("extra_trees")
            << QStringLiteral("extra_trees") << QStringLiteral(R"({"nEstimators": 500})");
        QTest::newRow("decision_tree") << QStringLiteral("decision_tree") << QStringLiteral("{}");
    }
    void stopRequestedDuringFit_endsIt()
    {
        QFETCH(QString, algorithm);
        QFETCH(QString, params);
        auto data = classificationData(200000, 20, 3, 29);
        auto learner = makeLearner(algorithm.toStdString(), Task::MulticlassClassification, 3,
                                   nlohmann::json::parse(params.toStdString()));
        std::atomic<bool> stop{false};
        RunContext context;
        context.stopFlag = &stop;
        context.threads = 2;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            stop = true;
        });
        bool stopped = false;
        try {
            learner->fit(data.x, data.y, context);
        } catch (const StopRequested&) {
            stopped = true;
        }
        stopper.join();
        QVERIFY(stopped);
    }
};

QTEST_GUILESS_MAIN(TestLearnerContract)
#include "test_learner_contract.moc"
