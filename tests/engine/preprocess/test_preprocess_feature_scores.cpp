#include "engine/preprocess/feature_scores.h"
#include "engine/preprocess/select_percentile.h"

#include "reference_python.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace winnow::engine;

namespace {

// Columns: 0 normal, 1 both signs, 2 constant 0.1 (inexact in binary),
// 3 constant 4.0, 4 mostly zeros, 5 small integers with ties, 6 large
// offset, 7 drives the targets, 8 constant within each class, 9 a linear
// function of the regression target.
constexpr Index kConstantInexact = 2;
constexpr Index kConstantExact = 3;
constexpr Index kConstantWithinClass = 8;
constexpr Index kLinearInTarget = 9;

struct Data {
    Matrix x;
    Vector yClass;
    Vector yBinary;
    Vector yRegression;
};

Data generateData()
{
    std::mt19937_64 random(7001);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(-5.0, 5.0);
    std::uniform_int_distribution<int> small(0, 5);
    std::bernoulli_distribution sparse(0.3);
    const Index rows = 150;
    Data data;
    data.x.resize(rows, 10);
    data.yClass.resize(rows);
    data.yBinary.resize(rows);
    data.yRegression.resize(rows);
    for (Index i = 0; i < rows; ++i) {
        data.x(i, 0) = 3.0 * normal(random) + 1.0;
        data.x(i, 1) = uniform(random);
        data.x(i, 2) = 0.1;
        data.x(i, 3) = 4.0;
        data.x(i, 4) = sparse(random) ? normal(random) : 0.0;
        data.x(i, 5) = small(random);
        data.x(i, 6) = 1e5 + 1e4 * normal(random);
        data.x(i, 7) = 2.0 * normal(random);
        double signal = data.x(i, 7) + 0.3 * data.x(i, 0) + 0.5 * normal(random);
        data.yClass[i] = signal < -1.0 ? 0 : (signal < 1.0 ? 1 : 2);
        data.yBinary[i] = signal < 0.0 ? 0 : 1;
        data.x(i, 8) = 2.5 * data.yClass[i];
        data.yRegression[i] = 2.0 * data.x(i, 7) - data.x(i, 5) + normal(random);
        data.x(i, 9) = 3.0 * data.yRegression[i] + 1.0;
    }
    return data;
}

struct MaskCase {
    std::vector<double> scores;
    double percentile;
};

std::vector<MaskCase> maskCases()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<MaskCase> cases;
    for (double p : {10.0, 25.0, 50.0, 99.0})
        cases.push_back({{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, p});
    for (double p : {10.0, 20.0, 30.0, 50.0, 70.0})
        cases.push_back({{5, 5, 5, 5, 1, 1, 9, 9, 3, 3}, p});
    for (double p : {34.0, 50.0, 67.0})
        cases.push_back({{nan, 2, nan, 4, 4, 1}, p});
    cases.push_back({{2, 2, 2, 2}, 10.0});
    cases.push_back({{2, 2, 2, 2}, 60.0});
    cases.push_back({{inf, 1, 2, inf}, 50.0});
    cases.push_back({{0.5}, 1.0});
    return cases;
}

// Compares our scores with scikit-learn's, column by column. Columns that
// are exactly constant score as documented (scikit-learn scores rounding
// noise there unless the constant is exact in binary).
void compareScores(const Vector& ours, const Vector& sklearn, const Matrix& x, bool anova,
                   const char* what)
{
    QCOMPARE(ours.size(), sklearn.size());
    for (Index j = 0; j < ours.size(); ++j) {
        const QString where = QStringLiteral("%1, column %2: %3, scikit-learn %4")
                                  .arg(QString::fromLatin1(what))
                                  .arg(j)
                                  .arg(ours[j], 0, 'g', 17)
                                  .arg(sklearn[j], 0, 'g', 17);
        if (x.col(j).minCoeff() == x.col(j).maxCoeff()) {
            QVERIFY2(anova ? std::isnan(ours[j]) : ours[j] == 0.0, qPrintable(where));
            if (j == kConstantExact)
                QVERIFY2(anova ? std::isnan(sklearn[j]) : sklearn[j] == 0.0, qPrintable(where));
            continue;
        }
        if (!anova && j == kLinearInTarget) {
            QVERIFY2(ours[j] > 1e12 && sklearn[j] > 1e12, qPrintable(where));
            continue;
        }
        if (std::isinf(sklearn[j])) {
            QVERIFY2(ours[j] == sklearn[j], qPrintable(where));
            continue;
        }
        QVERIFY2(std::abs(ours[j] - sklearn[j]) <= 1e-9 * std::abs(sklearn[j]), qPrintable(where));
    }
}

} // namespace

class TestPreprocessFeatureScores : public QObject {
    Q_OBJECT

private:
    Data m_data;
    nlohmann::json m_answer;
    QString m_referenceError;

private slots:
    void initTestCase()
    {
        m_data = generateData();
        nlohmann::json input;
        input["x"] = toJsonRows(m_data.x);
        input["yClass"] = toJsonList(m_data.yClass);
        input["yBinary"] = toJsonList(m_data.yBinary);
        input["yRegression"] = toJsonList(m_data.yRegression);
        input["masks"] = nlohmann::json::array();
        for (const auto& c : maskCases())
            input["masks"].push_back(
                {{"scores", toJsonList(Eigen::Map<const Vector>(
                                c.scores.data(), static_cast<Index>(c.scores.size())))},
                 {"percentile", c.percentile}});
        if (!runReference(QStringLiteral("sklearn_feature_scores.py"), input, m_answer,
                          m_referenceError))
            m_answer = nullptr;
    }

    void anovaF_matchesFClassif()
    {
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        Vector ours = anovaF(m_data.x, m_data.yClass, 3);
        compareScores(ours, vectorFromJson(m_answer["fClassif"]), m_data.x, true, "three classes");
        QVERIFY(std::isinf(ours[kConstantWithinClass]));
        compareScores(anovaF(m_data.x, m_data.yBinary, 2),
                      vectorFromJson(m_answer["fClassifBinary"]), m_data.x, true, "two classes");
        // A class with no rows (as in a fold that lacks it) changes nothing:
        // scikit-learn groups by the classes present.
        compareScores(anovaF(m_data.x, m_data.yClass, 5), vectorFromJson(m_answer["fClassif"]),
                      m_data.x, true, "three of five classes");
    }

    void fRegression_matchesSklearn()
    {
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        Vector ours = fRegression(m_data.x, m_data.yRegression);
        compareScores(ours, vectorFromJson(m_answer["fRegression"]), m_data.x, false,
                      "f_regression");
        // Perfect correlation: r rounds to a hair below 1 (here as in
        // scikit-learn), so the score is huge rather than infinite.
        QVERIFY(ours[kLinearInTarget] > 1e12);
        Matrix line(4, 1);
        line << 1, 2, 3, 4;
        Vector y(4);
        y << 2, 4, 6, 8;
        QCOMPARE(fRegression(line, y)[0], std::numeric_limits<double>::max());
        QCOMPARE(ours[kConstantInexact], 0.0);
    }

    void scores_keepPrecisionFarFromZero()
    {
        // Shifting every column by 1e5 changes no statistic; computing from
        // deviations, the scores of the shifted data still match
        // scikit-learn's on the original to 1e-9.
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        Matrix shifted = m_data.x.array() + 1e5;
        compareScores(anovaF(shifted, m_data.yClass, 3), vectorFromJson(m_answer["fClassif"]),
                      m_data.x, true, "shifted, three classes");
        Vector ours = fRegression(shifted, m_data.yRegression);
        Vector expected = vectorFromJson(m_answer["fRegression"]);
        for (Index j = 0; j < ours.size(); ++j)
            if (j != kLinearInTarget && j != kConstantInexact && j != kConstantExact)
                QVERIFY2(std::abs(ours[j] - expected[j]) <= 1e-9 * std::abs(expected[j]),
                         qPrintable(QStringLiteral("column %1").arg(j)));
    }

    void selectByPercentile_matchesScikitLearnMask()
    {
        QVERIFY2(!m_answer.is_null(), qPrintable(m_referenceError));
        const auto cases = maskCases();
        for (std::size_t i = 0; i < cases.size(); ++i) {
            Vector scores =
                Eigen::Map<const Vector>(cases[i].scores.data(), Index(cases[i].scores.size()));
            auto kept = SelectPercentile::selectByPercentile(scores, cases[i].percentile);
            auto expected = m_answer["masks"][i].get<std::vector<Index>>();
            QVERIFY2(kept == expected, qPrintable(QStringLiteral("case %1: %2 columns, expected %3")
                                                      .arg(i)
                                                      .arg(kept.size())
                                                      .arg(expected.size())));
        }
    }

    void selectPercentile_keepsOneColumnWhenAllTie()
    {
        // Every score ties, and 10% of 4 columns rounds down to none, where
        // scikit-learn would keep nothing: the step keeps the first column.
        Matrix x(6, 4);
        x << 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3;
        Vector y(6);
        y << 0, 1, 0, 1, 0, 1;
        SelectPercentile step(10);
        step.fit(x, y, Task::BinaryClassification, RunContext{});
        QCOMPARE(step.kept(), std::vector<Index>{0});
        QCOMPARE(step.transform(x).cols(), Index(1));
    }

    void selectPercentile_usesTaskScore()
    {
        SelectPercentile classification(50), regression(50);
        classification.fit(m_data.x, m_data.yClass, Task::MulticlassClassification, RunContext{});
        regression.fit(m_data.x, m_data.yRegression, Task::Regression, RunContext{});
        Vector f = anovaF(m_data.x, m_data.yClass, 3);
        Vector r = fRegression(m_data.x, m_data.yRegression);
        for (Index j = 0; j < f.size(); ++j) {
            QVERIFY(std::isnan(f[j]) ? std::isnan(classification.scores()[j])
                                     : classification.scores()[j] == f[j]);
            QCOMPARE(regression.scores()[j], r[j]);
        }
    }
};

QTEST_APPLESS_MAIN(TestPreprocessFeatureScores)
#include "test_preprocess_feature_scores.moc"
