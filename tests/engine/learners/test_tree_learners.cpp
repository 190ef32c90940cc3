// Our CART and extra trees against scikit-learn.
//
// Decision trees: scikit-learn and we evaluate the same candidate
// thresholds (halfway between consecutive distinct values, computed as
// a/2 + b/2 on values that are exact in float, as scikit-learn stores
// them), score them with the same criterion and stop by the same rules.
// The only freedom left is which of several equally good splits wins:
// scikit-learn takes the first in a random feature order, we the lowest
// feature. On data where the best split of every node is unique the trees
// are the same, so predictions are compared exactly. That holds with
// continuous features and nodes of many rows; in tiny nodes deep in an
// unlimited tree several features separate the same few rows equally well,
// so there only the accuracy is compared.
//
// Extra trees are randomised differently, so only held-out scores are
// compared, within a margin.

#include "engine/learners/learner.h"
#include "engine/learners/tree_learner.h"
#include "learner_test_support.h"

#include <QtTest>

#include <limits>

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

class TestTreeLearners : public QObject {
    Q_OBJECT

private slots:
    void decisionTree_matchesScikitLearn_data()
    {
        QTest::addColumn<bool>("classify");
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<int>("maxDepth");
        QTest::addColumn<int>("minSamplesSplit");
        QTest::addColumn<int>("minSamplesLeaf");
        QTest::newRow("gini") << true << QStringLiteral("gini") << 4 << 2 << 1;
        QTest::newRow("entropy") << true << QStringLiteral("entropy") << 5 << 2 << 1;
        QTest::newRow("gini leaf rules") << true << QStringLiteral("gini") << 6 << 30 << 12;
        QTest::newRow("squared error") << false << QStringLiteral("") << 5 << 2 << 1;
        QTest::newRow("squared error leaf rules") << false << QStringLiteral("") << 8 << 40 << 15;
    }
    void decisionTree_matchesScikitLearn()
    {
        QFETCH(bool, classify);
        QFETCH(QString, criterion);
        QFETCH(int, maxDepth);
        QFETCH(int, minSamplesSplit);
        QFETCH(int, minSamplesLeaf);
        auto data = classify ? classificationData(2500, 6, 3, 51) : regressionData(2500, 6, 51);
        auto train = slice(data, 0, 2000), test = slice(data, 2000, 2500);
        nlohmann::json params{{"maxDepth", maxDepth},
                              {"minSamplesSplit", minSamplesSplit},
                              {"minSamplesLeaf", minSamplesLeaf}};
        nlohmann::json theirs{{"max_depth", maxDepth},
                              {"min_samples_split", minSamplesSplit},
                              {"min_samples_leaf", minSamplesLeaf},
                              {"random_state", 0}};
        if (classify) {
            params["criterion"] = criterion.toStdString();
            theirs["criterion"] = criterion.toStdString();
        }
        Task task = classify ? Task::MulticlassClassification : Task::Regression;
        auto tree = makeLearner("decision_tree", task, 3, params);
        tree->fit(train.x, train.y, RunContext{});

        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", classify ? "decisiontreeclassifier" : "decisiontreeregressor"},
                          {"params", theirs},
                          {"task", classify ? "classification" : "regression"}},
                         train, test);
        Vector predictions = tree->predict(test.x);
        Vector expected = jsonVector(reference["predict"]);
        if (classify) {
            QVERIFY(predictions == expected);
            QVERIFY(relativeDifference(tree->predictProba(test.x), jsonMatrix(reference["proba"])) <
                    1e-12);
        } else {
            // Leaf means are sums in another order: equal to rounding.
            QVERIFY(relativeDifference(predictions, expected) < 1e-12);
        }
    }

    void decisionTree_unlimitedDepth_accuracyCloseToScikitLearn()
    {
        auto data = classificationData(3000, 6, 3, 61);
        auto train = slice(data, 0, 2000), test = slice(data, 2000, 3000);
        auto tree = makeLearner("decision_tree", Task::MulticlassClassification, 3, {});
        tree->fit(train.x, train.y, RunContext{});
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", "decisiontreeclassifier"},
                          {"params", {{"random_state", 0}}},
                          {"task", "classification"}},
                         train, test);
        double ours = accuracy(tree->predict(test.x), test.y);
        double theirs = reference["score"].get<double>();
        QVERIFY2(std::abs(ours - theirs) < 0.03,
                 qPrintable(QStringLiteral("accuracy %1 vs %2").arg(ours).arg(theirs)));
        // A fully grown tree fits its training rows (no duplicate rows here).
        QCOMPARE(accuracy(tree->predict(train.x), train.y), 1.0);
    }

    void extraTrees_scoreCloseToScikitLearn_data()
    {
        QTest::addColumn<bool>("classify");
        QTest::newRow("classifier") << true;
        QTest::newRow("regressor") << false;
    }
    void extraTrees_scoreCloseToScikitLearn()
    {
        QFETCH(bool, classify);
        auto data = classify ? classificationData(3000, 8, 3, 71) : regressionData(3000, 8, 71);
        auto train = slice(data, 0, 2000), test = slice(data, 2000, 3000);
        Task task = classify ? Task::MulticlassClassification : Task::Regression;
        auto forest = makeLearner("extra_trees", task, 3, {{"nEstimators", 100}});
        RunContext context;
        context.threads = 2;
        context.seed = 3;
        forest->fit(train.x, train.y, context);
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", classify ? "extratreesclassifier" : "extratreesregressor"},
                          {"params", {{"n_estimators", 100}, {"random_state", 0}}},
                          {"task", classify ? "classification" : "regression"}},
                         train, test);
        Vector predictions = forest->predict(test.x);
        double ours = classify ? accuracy(predictions, test.y) : r2(predictions, test.y);
        double theirs = reference["score"].get<double>();
        QVERIFY2(ours > theirs - 0.03,
                 qPrintable(QStringLiteral("score %1 vs scikit-learn's %2").arg(ours).arg(theirs)));
    }

    void extraTrees_sameModelForAnyThreadCount()
    {
        auto data = classificationData(500, 5, 2, 81);
        Matrix first;
        for (int threads : {1, 2}) {
            auto forest =
                makeLearner("extra_trees", Task::BinaryClassification, 2, {{"nEstimators", 50}});
            RunContext context;
            context.threads = threads;
            context.seed = 9;
            forest->fit(data.x, data.y, context);
            Matrix proba = forest->predictProba(data.x);
            if (threads == 1)
                first = proba;
            else
                QVERIFY(proba == first);
        }
    }

    void trees_sendMissingValuesRight()
    {
        // One feature decides; NaN must follow the rows above every number,
        // in training and in prediction.
        const Index n = 200;
        Matrix x(n, 2);
        Vector y(n);
        for (Index i = 0; i < n; ++i) {
            x(i, 0) = i < 150 ? double(i) : std::numeric_limits<double>::quiet_NaN();
            x(i, 1) = double(i % 7);
            y[i] = i < 100 ? 0.0 : 1.0;
        }
        for (const char* algorithm : {"decision_tree", "extra_trees"}) {
            auto tree = makeLearner(algorithm, Task::BinaryClassification, 2, {{"maxDepth", 0}});
            tree->fit(x, y, RunContext{});
            Matrix query(2, 2);
            query << std::numeric_limits<double>::quiet_NaN(), 3.0, 10.0, 3.0;
            Vector predicted = tree->predict(query);
            QCOMPARE(predicted[0], 1.0);
            QCOMPARE(predicted[1], 0.0);
            QVERIFY(tree->predictProba(query).allFinite());
        }
    }

    void trees_importanceFollowsTheInformativeFeature()
    {
        auto data = regressionData(800, 4, 91);
        data.y = 3.0 * data.x.col(2).array().sin().matrix();
        for (const char* algorithm : {"decision_tree", "extra_trees"}) {
            auto tree = makeLearner(algorithm, Task::Regression, 0, {{"maxDepth", 8}});
            tree->fit(data.x, data.y, RunContext{});
            auto importance = tree->featureImportances();
            QVERIFY(importance.has_value());
            QCOMPARE(importance->size(), Index(4));
            QVERIFY(std::abs(importance->sum() - 1.0) < 1e-12);
            Index top = 0;
            importance->maxCoeff(&top);
            QCOMPARE(top, Index(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestTreeLearners)
#include "test_tree_learners.moc"
