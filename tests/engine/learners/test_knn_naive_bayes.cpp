// k-nearest neighbours and Gaussian naive Bayes against scikit-learn.
// kNN: on tie-free data the neighbours and their distances are the same
// numbers (scikit-learn's kd-tree sums squared differences in the same
// order we recompute them), so they and uniform-vote probabilities are
// compared exactly; weighted averages are sums in a different association
// than NumPy's and agree to rounding. Naive Bayes agrees to 1e-9.

#include "engine/learners/knn.h"
#include "engine/learners/learner.h"
#include "engine/learners/naive_bayes.h"
#include "learner_test_support.h"

#include <QtTest>

using namespace winnow::engine;
using namespace winnow::engine::learners;
using namespace winnow::test;

class TestKnnNaiveBayes : public QObject {
    Q_OBJECT

private slots:
    void knn_matchesScikitLearn_data()
    {
        QTest::addColumn<bool>("classify");
        QTest::addColumn<int>("k");
        QTest::addColumn<QString>("weights");
        QTest::addColumn<int>("threads");
        QTest::newRow("classifier uniform") << true << 5 << QStringLiteral("uniform") << 1;
        QTest::newRow("classifier distance") << true << 7 << QStringLiteral("distance") << 2;
        QTest::newRow("regressor uniform") << false << 5 << QStringLiteral("uniform") << 2;
        QTest::newRow("regressor distance") << false << 9 << QStringLiteral("distance") << 1;
    }
    void knn_matchesScikitLearn()
    {
        QFETCH(bool, classify);
        QFETCH(int, k);
        QFETCH(QString, weights);
        QFETCH(int, threads);
        // More training rows than one block of the search, more queries
        // than one query block.
        auto data = classify ? classificationData(3300, 5, 3, 17) : regressionData(3300, 5, 17);
        auto train = slice(data, 0, 3000), test = slice(data, 3000, 3300);
        Task task = classify ? Task::MulticlassClassification : Task::Regression;
        KnnLearner knn(task, 3,
                       nlohmann::json{{"nNeighbors", k}, {"weights", weights.toStdString()}});
        RunContext context;
        context.threads = threads;
        knn.fit(train.x, train.y, context);

        QTemporaryDir dir;
        WINNOW_REFERENCE(
            reference, dir,
            {{"model", classify ? "kneighborsclassifier" : "kneighborsregressor"},
             {"params",
              {{"n_neighbors", k}, {"weights", weights.toStdString()}, {"algorithm", "kd_tree"}}},
             {"task", classify ? "classification" : "regression"}},
            train, test);

        Neighbours found = knn.neighbours(test.x);
        Matrix rows = jsonMatrix(reference["neighbourRows"]);
        Matrix distances = jsonMatrix(reference["neighbourDistances"]);
        for (Index q = 0; q < test.x.rows(); ++q)
            for (int n = 0; n < k; ++n) {
                auto at = static_cast<std::size_t>(q * k + n);
                QCOMPARE(double(found.rows[at]), rows(q, n));
                QVERIFY(found.distances[at] == distances(q, n));
            }

        Vector predictions = knn.predict(test.x);
        Vector expected = jsonVector(reference["predict"]);
        if (classify) {
            QVERIFY(predictions == expected);
            Matrix proba = knn.predictProba(test.x);
            Matrix expectedProba = jsonMatrix(reference["proba"]);
            if (weights == QStringLiteral("uniform"))
                QVERIFY(proba == expectedProba);
            else
                QVERIFY(relativeDifference(proba, expectedProba) < 1e-14);
        } else {
            QVERIFY(relativeDifference(predictions, expected) < 1e-14);
        }
    }

    void knn_exactMatchTakesAllWeight()
    {
        auto data = classificationData(200, 3, 2, 4);
        KnnLearner knn(Task::BinaryClassification, 2,
                       nlohmann::json{{"nNeighbors", 5}, {"weights", "distance"}});
        knn.fit(data.x, data.y, RunContext{});
        Matrix proba = knn.predictProba(data.x.topRows(20));
        for (Index i = 0; i < 20; ++i)
            QCOMPARE(proba(i, static_cast<Index>(data.y[i])), 1.0);
    }

    void naiveBayes_matchesScikitLearn_data()
    {
        QTest::addColumn<double>("smoothing");
        QTest::newRow("default") << 1e-9;
        QTest::newRow("strong") << 1e-2;
    }
    void naiveBayes_matchesScikitLearn()
    {
        QFETCH(double, smoothing);
        auto data = classificationData(900, 6, 3, 23);
        auto train = slice(data, 0, 700), test = slice(data, 700, 900);
        // A fourth class never seen in training still gets its column.
        auto learner = makeLearner("naive_bayes", Task::MulticlassClassification, 4,
                                   {{"varSmoothing", smoothing}});
        learner->fit(train.x, train.y, RunContext{});
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", "gaussiannb"},
                          {"params", {{"var_smoothing", smoothing}}},
                          {"task", "classification"}},
                         train, test);
        Matrix proba = learner->predictProba(test.x);
        QCOMPARE(proba.cols(), Index(4));
        QVERIFY(proba.col(3).isZero(0.0));
        Matrix expected = jsonMatrix(reference["proba"]);
        double difference = relativeDifference(proba.leftCols(3), expected);
        QVERIFY2(difference < 1e-9,
                 qPrintable(QStringLiteral("probabilities differ by %1").arg(difference)));
        QVERIFY(learner->predict(test.x) == jsonVector(reference["predict"]));
    }
};

QTEST_GUILESS_MAIN(TestKnnNaiveBayes)
#include "test_knn_naive_bayes.moc"
