// Linear learners against scikit-learn: Ridge and ElasticNet solve the same
// objectives, so coefficients must agree to 1e-6; LogisticRegression
// (solver="liblinear"), LinearSVC and LinearSVR wrap liblinear too, so
// decision values must be close (the dual solvers visit rows in a random
// order drawn differently, and each stops at its own tolerance).

#include "engine/core/errors.h"
#include "engine/learners/elastic_net.h"
#include "engine/learners/learner.h"
#include "engine/learners/liblinear_learners.h"
#include "engine/learners/ridge.h"
#include "learner_test_support.h"

#include <QtTest>

using namespace winnow::engine;
using namespace winnow::engine::learners;
using namespace winnow::test;

class TestLinearLearners : public QObject {
    Q_OBJECT

private:
    void compareLinear(LinearRegressor& learner, const nlohmann::json& reference,
                       const Dataset& test, double tolerance)
    {
        Matrix coefficients = jsonVector(reference["coef"]);
        QVERIFY2(relativeDifference(learner.coefficients(), coefficients) < tolerance,
                 qPrintable(QStringLiteral("coefficients differ by %1")
                                .arg(relativeDifference(learner.coefficients(), coefficients))));
        Matrix intercept(1, 1);
        intercept(0, 0) = reference["intercept"].get<double>();
        Matrix ours(1, 1);
        ours(0, 0) = learner.intercept();
        QVERIFY(relativeDifference(ours, intercept) < tolerance);
        Matrix predictions = learner.predict(test.x);
        QVERIFY(relativeDifference(predictions, jsonVector(reference["predict"])) < tolerance);
    }

    // Our classifier's decision values against scikit-learn's on test.
    void compareDecisions(const std::string& algorithm, const nlohmann::json& params,
                          const nlohmann::json& sklearnParams, const std::string& sklearnModel,
                          int classes, double tolerance)
    {
        auto data = classificationData(700, 6, classes, 40 + classes);
        auto train = slice(data, 0, 500), test = slice(data, 500, 700);
        Task task = classes == 2 ? Task::BinaryClassification : Task::MulticlassClassification;
        auto learner = makeLearner(algorithm, task, classes, params);
        RunContext context;
        learner->fit(train.x, train.y, context);
        auto& liblinear = dynamic_cast<LiblinearClassifierLearner&>(*learner);

        QTemporaryDir dir;
        WINNOW_REFERENCE(
            reference, dir,
            {{"model", sklearnModel}, {"params", sklearnParams}, {"task", "classification"}}, train,
            test);
        Matrix decisions = liblinear.decisionFunction(test.x);
        Matrix expected = jsonMatrix(reference["decision"]);
        double difference = relativeDifference(decisions, expected);
        QVERIFY2(difference < tolerance,
                 qPrintable(QStringLiteral("decision values differ by %1").arg(difference)));
        if (reference.contains("proba")) {
            Matrix proba = learner->predictProba(test.x);
            QVERIFY(relativeDifference(proba, jsonMatrix(reference["proba"])) < tolerance);
        }
        Vector predictions = learner->predict(test.x);
        Vector theirs = jsonVector(reference["predict"]);
        Index agree = (predictions.array() == theirs.array()).count();
        QVERIFY2(agree >= test.x.rows() - 2,
                 qPrintable(QStringLiteral("%1 of %2 agree").arg(agree).arg(test.x.rows())));
    }

private slots:
    void ridge_matchesScikitLearn()
    {
        auto data = regressionData(600, 6, 11);
        auto train = slice(data, 0, 400), test = slice(data, 400, 600);
        RidgeLearner ridge(nlohmann::json{{"alpha", 0.7}});
        ridge.fit(train.x, train.y, RunContext{});
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", "ridge"}, {"params", {{"alpha", 0.7}}}, {"task", "regression"}},
                         train, test);
        compareLinear(ridge, reference, test, 1e-9);
    }

    void elasticNet_matchesScikitLearn_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<double>("l1Ratio");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        // More rows than features: descent on the Gram matrix.
        QTest::newRow("tall mixed") << 0.05 << 0.5 << 500 << 8;
        QTest::newRow("tall lasso") << 0.1 << 1.0 << 500 << 8;
        QTest::newRow("tall mostly ridge") << 0.02 << 0.1 << 500 << 8;
        // More features than rows: descent on residuals.
        QTest::newRow("wide mixed") << 0.05 << 0.5 << 40 << 60;
        QTest::newRow("wide lasso") << 0.1 << 1.0 << 40 << 60;
    }
    void elasticNet_matchesScikitLearn()
    {
        QFETCH(double, alpha);
        QFETCH(double, l1Ratio);
        QFETCH(int, rows);
        QFETCH(int, cols);
        auto data = regressionData(rows + 100, cols, 21);
        auto train = slice(data, 0, rows), test = slice(data, rows, rows + 100);
        nlohmann::json params{{"alpha", alpha}, {"l1Ratio", l1Ratio}};
        ElasticNetLearner net(params, CoordinateDescentLimits{1e-13, 200000});
        net.fit(train.x, train.y, RunContext{});
        QVERIFY(net.converged());
        QTemporaryDir dir;
        WINNOW_REFERENCE(
            reference, dir,
            {{"model", "elasticnet"},
             {"params",
              {{"alpha", alpha}, {"l1_ratio", l1Ratio}, {"tol", 1e-13}, {"max_iter", 1000000}}},
             {"task", "regression"}},
            train, test);
        compareLinear(net, reference, test, 1e-6);
        if (l1Ratio == 1.0)
            QVERIFY((net.coefficients().array() == 0.0).any()); // the lasso selects
    }

    void elasticNet_defaultToleranceIsCloseToScikitLearn()
    {
        auto data = regressionData(2000, 10, 5);
        auto train = slice(data, 0, 1500), test = slice(data, 1500, 2000);
        auto net = makeLearner("elastic_net", Task::Regression, 0, {{"alpha", 0.01}});
        net->fit(train.x, train.y, RunContext{});
        QTemporaryDir dir;
        WINNOW_REFERENCE(reference, dir,
                         {{"model", "elasticnet"},
                          {"params", {{"alpha", 0.01}, {"l1_ratio", 0.5}, {"tol", 1e-10}}},
                          {"task", "regression"}},
                         train, test);
        Matrix predictions = net->predict(test.x);
        QVERIFY(relativeDifference(predictions, jsonVector(reference["predict"])) < 1e-4);
    }

    void logisticRegression_matchesLiblinear_data()
    {
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("penalty");
        QTest::addColumn<double>("c");
        QTest::newRow("binary l2") << 2 << QStringLiteral("l2") << 1.0;
        QTest::newRow("binary l1") << 2 << QStringLiteral("l1") << 0.5;
        QTest::newRow("multiclass l2") << 4 << QStringLiteral("l2") << 2.0;
        QTest::newRow("multiclass l1") << 3 << QStringLiteral("l1") << 1.0;
    }
    void logisticRegression_matchesLiblinear()
    {
        QFETCH(int, classes);
        QFETCH(QString, penalty);
        QFETCH(double, c);
        compareDecisions("logistic_regression", {{"C", c}, {"penalty", penalty.toStdString()}},
                         {{"C", c}, {"penalty", penalty.toStdString()}, {"solver", "liblinear"}},
                         "logisticregression", classes, 1e-3);
    }

    void linearSvc_matchesLiblinear_data()
    {
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("penalty");
        QTest::newRow("binary l2") << 2 << QStringLiteral("l2");
        QTest::newRow("binary l1") << 2 << QStringLiteral("l1");
        QTest::newRow("multiclass l2") << 3 << QStringLiteral("l2");
    }
    void linearSvc_matchesLiblinear()
    {
        QFETCH(int, classes);
        QFETCH(QString, penalty);
        const bool dual = penalty == QStringLiteral("l2");
        compareDecisions(
            "linear_svm", {{"C", 0.5}, {"penalty", penalty.toStdString()}},
            {{"C", 0.5}, {"penalty", penalty.toStdString()}, {"dual", dual}, {"max_iter", 100000}},
            "linearsvc", classes, 2e-2);
    }

    void linearSvm_probabilitiesFollowDecisions()
    {
        auto data = classificationData(300, 5, 3, 8);
        auto learner = makeLearner("linear_svm", Task::MulticlassClassification, 3, {});
        learner->fit(data.x, data.y, RunContext{});
        Matrix decisions =
            dynamic_cast<LiblinearClassifierLearner&>(*learner).decisionFunction(data.x);
        Matrix proba = learner->predictProba(data.x);
        for (Index i = 0; i < data.x.rows(); ++i) {
            QVERIFY(std::abs(proba.row(i).sum() - 1.0) < 1e-12);
            for (Index a = 0; a < 3; ++a)
                for (Index b = 0; b < 3; ++b)
                    if (decisions(i, a) > decisions(i, b))
                        QVERIFY(proba(i, a) > proba(i, b));
        }
    }

    void linearSvr_matchesLiblinear_data()
    {
        QTest::addColumn<QString>("loss");
        QTest::newRow("absolute") << QStringLiteral("epsilon_insensitive");
        QTest::newRow("squared") << QStringLiteral("squared_epsilon_insensitive");
    }
    void linearSvr_matchesLiblinear()
    {
        QFETCH(QString, loss);
        auto data = regressionData(600, 6, 31);
        auto train = slice(data, 0, 400), test = slice(data, 400, 600);
        auto learner = makeLearner("linear_svm", Task::Regression, 0,
                                   {{"C", 1.0}, {"loss", loss.toStdString()}});
        learner->fit(train.x, train.y, RunContext{});
        QTemporaryDir dir;
        WINNOW_REFERENCE(
            reference, dir,
            {{"model", "linearsvr"},
             {"params", {{"C", 1.0}, {"loss", loss.toStdString()}, {"max_iter", 100000}}},
             {"task", "regression"}},
            train, test);
        Matrix predictions = learner->predict(test.x);
        double difference = relativeDifference(predictions, jsonVector(reference["predict"]));
        QVERIFY2(difference < 2e-2,
                 qPrintable(QStringLiteral("predictions differ by %1").arg(difference)));
    }

    void linearLearners_rejectMissingValues()
    {
        auto data = regressionData(50, 3, 2);
        data.x(4, 1) = std::numeric_limits<double>::quiet_NaN();
        for (const char* algorithm : {"ridge", "elastic_net", "linear_svm"}) {
            auto learner = makeLearner(algorithm, Task::Regression, 0, {});
            QVERIFY_THROWS_EXCEPTION(InputError, learner->fit(data.x, data.y, RunContext{}));
        }
    }
};

QTEST_GUILESS_MAIN(TestLinearLearners)
#include "test_linear_learners.moc"
