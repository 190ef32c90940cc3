// XGBoost learners. Gradient boosting is compared with the xgboost command
// line (Debian's `xgboost` package, the same libxgboost 1.7.4 that Python's
// xgboost wraps) trained with identical parameters on the same rows: the
// predictions must agree to 1e-6. The random forest mode is compared with
// scikit-learn's random forests on held-out scores, within a margin, since
// the two randomise differently.

#include "engine/core/errors.h"
#include "engine/learners/learner.h"
#include "engine/learners/xgboost_booster.h"
#include "learner_test_support.h"

#include <QtTest>

using namespace winnow::engine;
using namespace winnow::engine::learners;
using namespace winnow::test;

namespace {

double accuracy(const Vector& predicted, const Vector& truth)
{
    return double((predicted.array() == truth.array()).count()) / double(truth.size());
}

double r2(const Vector& predicted, const Vector& truth)
{
    double residual = (predicted - truth).squaredNorm();
    double total = (truth.array() - truth.mean()).matrix().squaredNorm();
    return 1.0 - residual / total;
}

} // namespace

class TestXgboostLearners : public QObject {
    Q_OBJECT

private slots:
    void xgboost_matchesXgboostCommandLine_data()
    {
        QTest::addColumn<int>("classes"); // 0: regression
        QTest::newRow("binary") << 2;
        QTest::newRow("multiclass") << 3;
        QTest::newRow("regression") << 0;
    }
    void xgboost_matchesXgboostCommandLine()
    {
        QFETCH(int, classes);
        auto data =
            classes ? classificationData(1200, 6, classes, 101) : regressionData(1200, 6, 101);
        auto train = slice(data, 0, 900), test = slice(data, 900, 1200);
        Task task = classes == 0   ? Task::Regression
                    : classes == 2 ? Task::BinaryClassification
                                   : Task::MulticlassClassification;
        nlohmann::json params{{"nEstimators", 25},      {"maxDepth", 4},
                              {"learningRate", 0.2},    {"subsample", 0.8},
                              {"colsampleBytree", 0.7}, {"minChildWeight", 2.0},
                              {"regLambda", 0.5},       {"gamma", 0.1}};
        auto learner = makeLearner("xgboost", task, classes, params);
        RunContext context;
        context.seed = 42;
        learner->fit(train.x, train.y, context);

        nlohmann::json cli{{"booster", "gbtree"},
                           {"tree_method", "hist"},
                           {"nthread", 1},
                           {"seed", 42},
                           {"verbosity", 0},
                           {"num_round", 25},
                           {"max_depth", 4},
                           {"eta", 0.2},
                           {"subsample", 0.8},
                           {"colsample_bytree", 0.7},
                           {"min_child_weight", 2.0},
                           {"lambda", 0.5},
                           {"gamma", 0.1}};
        if (classes == 2)
            cli["objective"] = "binary:logistic";
        else if (classes > 2) {
            cli["objective"] = "multi:softprob";
            cli["num_class"] = classes;
        } else {
            cli["objective"] = "reg:squarederror";
        }
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir, {{"model", "xgboost_cli"}, {"params", cli}}, train, test);
        Vector output = jsonVector(reference["output"]);
        Matrix expected;
        Matrix ours;
        if (classes == 0) {
            expected = output;
            ours = learner->predict(test.x);
        } else if (classes == 2) {
            expected = output;
            ours = learner->predictProba(test.x).col(1);
        } else {
            expected = Eigen::Map<
                const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>>(
                output.data(), test.x.rows(), classes);
            ours = learner->predictProba(test.x);
        }
        double difference = relativeDifference(ours, expected);
        QVERIFY2(difference < 1e-6,
                 qPrintable(QStringLiteral("predictions differ by %1").arg(difference)));
    }

    void randomForest_scoreCloseToScikitLearn_data()
    {
        QTest::addColumn<bool>("classify");
        QTest::newRow("classifier") << true;
        QTest::newRow("regressor") << false;
    }
    void randomForest_scoreCloseToScikitLearn()
    {
        QFETCH(bool, classify);
        auto data = classify ? classificationData(3000, 8, 3, 111) : regressionData(3000, 8, 111);
        auto train = slice(data, 0, 2000), test = slice(data, 2000, 3000);
        Task task = classify ? Task::MulticlassClassification : Task::Regression;
        auto forest = makeLearner("random_forest", task, 3, {});
        // One thread: XGBoost's OpenMP threads spin while they wait, which
        // on a busy machine costs far more than a second thread gains.
        RunContext context;
        forest->fit(train.x, train.y, context);
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", classify ? "randomforestclassifier" : "randomforestregressor"},
                          {"params", {{"n_estimators", 100}, {"random_state", 0}}},
                          {"task", classify ? "classification" : "regression"}},
                         train, test);
        Vector predictions = forest->predict(test.x);
        double ours = classify ? accuracy(predictions, test.y) : r2(predictions, test.y);
        double theirs = reference["score"].get<double>();
        QVERIFY2(ours > theirs - 0.04,
                 qPrintable(QStringLiteral("score %1 vs scikit-learn's %2").arg(ours).arg(theirs)));
    }

    void xgboost_importanceFromGain()
    {
        auto data = regressionData(800, 4, 121);
        data.y = 3.0 * data.x.col(1).array().sin().matrix();
        for (const char* algorithm : {"xgboost", "random_forest"}) {
            auto learner = makeLearner(algorithm, Task::Regression, 0, {});
            learner->fit(data.x, data.y, RunContext{});
            auto importance = learner->featureImportances();
            QVERIFY(importance.has_value());
            QCOMPARE(importance->size(), Index(4));
            QVERIFY(std::abs(importance->sum() - 1.0) < 1e-9);
            Index top = 0;
            importance->maxCoeff(&top);
            QCOMPARE(top, Index(1));
        }
    }

    void xgboost_failuresCarryXgboostsMessage()
    {
        auto data = regressionData(50, 3, 5);
        XgbMatrix train(data.x, data.y);
        XgbBooster booster(train);
        booster.setParam("objective", "no:such-objective");
        try {
            booster.updateOneIter(0, train);
            QFAIL("an unknown objective was accepted");
        } catch (const EngineError& error) {
            QCOMPARE(error.code(), ExitCode::InternalError);
            QVERIFY2(
                QString::fromStdString(error.what()).contains(QStringLiteral("no:such-objective")),
                error.what());
        }
        QVERIFY_THROWS_EXCEPTION(EngineError, XgbBooster(std::vector<std::uint8_t>{1, 2, 3}));
    }

    void xgboost_missingValuesAreAccepted()
    {
        auto data = classificationData(300, 4, 2, 131);
        for (Index i = 0; i < 300; i += 7)
            data.x(i, i % 4) = std::numeric_limits<double>::quiet_NaN();
        auto learner = makeLearner("xgboost", Task::BinaryClassification, 2, {{"nEstimators", 20}});
        learner->fit(data.x, data.y, RunContext{});
        QVERIFY(learner->predictProba(data.x).allFinite());
        QVERIFY(accuracy(learner->predict(data.x), data.y) > 0.8);
    }
};

QTEST_GUILESS_MAIN(TestXgboostLearners)
#include "test_xgboost_learners.moc"
