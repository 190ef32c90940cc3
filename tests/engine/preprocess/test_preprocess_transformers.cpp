#include "engine/core/errors.h"
#include "engine/preprocess/pca.h"
#include "engine/preprocess/polynomial_features.h"
#include "engine/preprocess/transformer.h"

#include "reference_python.h"

#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace winnow::engine;

namespace {

// Seven columns with what trips scalers up: a shifted normal, values of
// both signs, a constant that is not exactly representable (0.1), mostly
// zeros, small integers with many ties, a large offset and scale, and a
// column that drives the targets.
struct Data {
    Matrix train;
    Matrix test;
    Vector yClass;
    Vector yRegression;
};

Matrix generateRows(std::mt19937_64& random, Index rows, double spread)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(-5.0, 5.0);
    std::uniform_int_distribution<int> small(0, 5);
    std::bernoulli_distribution sparse(0.3);
    Matrix x(rows, 7);
    for (Index i = 0; i < rows; ++i) {
        x(i, 0) = spread * (3.0 * normal(random) + 1.0);
        x(i, 1) = spread * uniform(random);
        x(i, 2) = 0.1;
        x(i, 3) = sparse(random) ? spread * normal(random) : 0.0;
        x(i, 4) = small(random);
        x(i, 5) = 1e5 + spread * 1e4 * normal(random);
        x(i, 6) = spread * 2.0 * normal(random);
    }
    return x;
}

Data generateData()
{
    std::mt19937_64 random(20240611);
    Data data;
    data.train = generateRows(random, 120, 1.0);
    data.test = generateRows(random, 40, 1.5); // wider, to leave the training range
    data.test.row(0).setZero();
    std::normal_distribution<double> noise(0.0, 0.5);
    data.yClass.resize(data.train.rows());
    data.yRegression.resize(data.train.rows());
    for (Index i = 0; i < data.train.rows(); ++i) {
        double signal = data.train(i, 6) + 0.3 * data.train(i, 0) + noise(random);
        data.yClass[i] = signal < -1.0 ? 0 : (signal < 1.0 ? 1 : 2);
        data.yRegression[i] = 2.0 * data.train(i, 6) - data.train(i, 4) + noise(random);
    }
    return data;
}

struct Case {
    std::string name;
    nlohmann::json params;
    Task task = Task::MulticlassClassification;
};

std::vector<Case> cases()
{
    const Task regression = Task::Regression;
    return {
        {"standardscaler", nlohmann::json::object()},
        {"standardscaler", {{"withMean", false}}},
        {"standardscaler", {{"withStd", false}}},
        {"minmaxscaler", nlohmann::json::object()},
        {"minmaxscaler", {{"featureRange", {-1, 1}}, {"clip", true}}},
        {"robustscaler", nlohmann::json::object()},
        {"robustscaler", {{"quantileRange", {10, 90}}, {"withCentering", false}}},
        {"robustscaler", {{"quantileRange", {5, 95}}, {"withScaling", false}}},
        {"maxabsscaler", nlohmann::json::object()},
        {"normalizer", {{"norm", "l2"}}},
        {"normalizer", {{"norm", "l1"}}},
        {"normalizer", {{"norm", "max"}}},
        {"binarizer", nlohmann::json::object()},
        {"binarizer", {{"threshold", 0.5}}},
        {"polynomialfeatures", nlohmann::json::object()},
        {"polynomialfeatures", {{"interactionOnly", true}}},
        {"pca", {{"nComponents", 0.9}}},
        {"pca", {{"nComponents", 0.99}}},
        {"pca", {{"nComponents", 3}, {"whiten", true}}},
        {"pca", {{"nComponents", 6}}},
        {"variancethreshold", nlohmann::json::object()},
        {"variancethreshold", {{"threshold", 0.2}}},
        {"selectpercentile", {{"percentile", 10}}},
        {"selectpercentile", {{"percentile", 50}}},
        {"selectpercentile", {{"percentile", 30}}, regression},
        {"selectpercentile", {{"percentile", 70}}, regression},
        {"zerocount", nlohmann::json::object()},
    };
}

std::vector<std::string> columnNames(Index count)
{
    std::vector<std::string> names;
    for (Index j = 0; j < count; ++j)
        names.push_back("c" + std::to_string(j));
    return names;
}

bool bitIdentical(const Matrix& a, const Matrix& b)
{
    return a.rows() == b.rows() && a.cols() == b.cols() &&
           std::memcmp(a.data(), b.data(), sizeof(double) * static_cast<std::size_t>(a.size())) ==
               0;
}

// Saved states equal bit for bit (NaN scores included, which == would not
// call equal).
bool sameState(const SavedState& a, const SavedState& b)
{
    if (a.values != b.values || a.blobs != b.blobs || a.arrays.size() != b.arrays.size())
        return false;
    for (const auto& [key, values] : a.arrays) {
        auto it = b.arrays.find(key);
        if (it == b.arrays.end() || it->second.size() != values.size() ||
            std::memcmp(values.data(), it->second.data(), values.size() * sizeof(double)) != 0)
            return false;
    }
    return true;
}

// The same matrix with each column's sign flipped where that brings it
// closer to `reference`: PCA components are defined up to sign.
Matrix alignSigns(Matrix columns, const Matrix& reference)
{
    for (Index k = 0; k < columns.cols() && k < reference.cols(); ++k)
        if (columns.col(k).dot(reference.col(k)) < 0.0)
            columns.col(k) *= -1.0;
    return columns;
}

} // namespace

class TestPreprocessTransformers : public QObject {
    Q_OBJECT

private:
    Data m_data;
    std::vector<Case> m_cases;
    nlohmann::json m_answers;
    QString m_referenceError;

    std::unique_ptr<Transformer> fitted(const Case& c) const
    {
        auto step = makeTransformer(c.name, c.params);
        const Vector& y = isClassification(c.task) ? m_data.yClass : m_data.yRegression;
        step->fit(m_data.train, y, c.task, RunContext{});
        return step;
    }

    void addCaseRows(const std::string& only, bool include)
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < m_cases.size(); ++i) {
            if ((m_cases[i].name == only) != include)
                continue;
            auto label = m_cases[i].name + " " + m_cases[i].params.dump() +
                         (m_cases[i].task == Task::Regression ? " regression" : "");
            QTest::newRow(label.c_str()) << int(i);
        }
    }

private slots:
    void initTestCase()
    {
        m_data = generateData();
        m_cases = cases();
        nlohmann::json input;
        input["train"] = toJsonRows(m_data.train);
        input["test"] = toJsonRows(m_data.test);
        input["yClass"] = toJsonList(m_data.yClass);
        input["yRegression"] = toJsonList(m_data.yRegression);
        for (const auto& c : m_cases)
            input["cases"].push_back(
                {{"name", c.name},
                 {"params", c.params},
                 {"task", isClassification(c.task) ? "classification" : "regression"}});
        if (!runReference(QStringLiteral("sklearn_transformers.py"), input, m_answers,
                          m_referenceError))
            m_answers = nullptr;
    }

    void transformers_matchScikitLearn_data() { addCaseRows("pca", false); }
    void transformers_matchScikitLearn()
    {
        QVERIFY2(!m_answers.is_null(), qPrintable(m_referenceError));
        QFETCH(int, index);
        const auto& c = m_cases[std::size_t(index)];
        const auto& answer = m_answers["cases"][std::size_t(index)];
        auto step = fitted(c);
        QString where;
        QVERIFY2(matricesClose(step->transform(m_data.train), matrixFromJson(answer["train"]), 1e-9,
                               where),
                 qPrintable(QStringLiteral("training rows: ") + where));
        QVERIFY2(matricesClose(step->transform(m_data.test), matrixFromJson(answer["test"]), 1e-9,
                               where),
                 qPrintable(QStringLiteral("later rows: ") + where));
        if (answer.contains("kept")) {
            std::vector<std::string> expected;
            for (const auto& index : answer["kept"])
                expected.push_back("c" + std::to_string(index.get<int>()));
            QCOMPARE(step->outputNames(columnNames(7)), expected);
        }
        if (answer.contains("names")) {
            auto expected = answer["names"].get<std::vector<std::string>>();
            QCOMPARE(step->outputNames(columnNames(7)), expected);
        }
    }

    void pca_matchesScikitLearnUpToSign_data() { addCaseRows("pca", true); }
    void pca_matchesScikitLearnUpToSign()
    {
        QVERIFY2(!m_answers.is_null(), qPrintable(m_referenceError));
        QFETCH(int, index);
        const auto& c = m_cases[std::size_t(index)];
        const auto& answer = m_answers["cases"][std::size_t(index)];
        auto step = fitted(c);
        const auto& pca = dynamic_cast<const Pca&>(*step);
        QString where;
        Matrix expectedVariance = vectorFromJson(answer["explainedVariance"]);
        QVERIFY2(matricesClose(pca.explainedVariance(), expectedVariance, 1e-9, where),
                 qPrintable(QStringLiteral("explained variance: ") + where));
        Matrix expectedRatio = vectorFromJson(answer["explainedVarianceRatio"]);
        QVERIFY2(matricesClose(pca.explainedVarianceRatio(), expectedRatio, 1e-9, where),
                 qPrintable(QStringLiteral("explained variance ratio: ") + where));

        Matrix expectedComponents = matrixFromJson(answer["components"]).transpose();
        Matrix components = alignSigns(pca.components().transpose(), expectedComponents);
        QVERIFY2(matricesClose(components, expectedComponents, 1e-9, where),
                 qPrintable(QStringLiteral("components (one per column): ") + where));
        for (const char* rows : {"train", "test"}) {
            const Matrix& x = std::string(rows) == "train" ? m_data.train : m_data.test;
            Matrix expected = matrixFromJson(answer[rows]);
            QVERIFY2(matricesClose(alignSigns(step->transform(x), expected), expected, 1e-9, where),
                     qPrintable(QString::fromLatin1(rows) + QStringLiteral(" rows: ") + where));
        }
        // The sign convention: each component's largest entry is positive.
        for (Index k = 0; k < pca.components().rows(); ++k) {
            Index largest = 0;
            pca.components().row(k).cwiseAbs().maxCoeff(&largest);
            QVERIFY(pca.components()(k, largest) > 0.0);
        }
    }

    void pca_countBeyondRank_isCapped()
    {
        auto step = makeTransformer("pca", {{"nComponents", 50}});
        step->fit(m_data.train, m_data.yClass, Task::MulticlassClassification, RunContext{});
        QCOMPARE(step->transform(m_data.test).cols(), Index(7));
        QCOMPARE(step->outputNames(columnNames(7)).front(), std::string("pca0"));
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("pca", {{"nComponents", 0}}));
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("pca", {{"nComponents", 1.5}}));
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("pca", {{"nComponents", "all"}}));
    }

    void registry_defaultAndSampledParamsRoundTrip()
    {
        std::mt19937_64 random(11);
        QCOMPARE(transformerRegistry().size(), std::size_t(11));
        for (const auto& info : transformerRegistry()) {
            QVERIFY(findTransformer(info.name) == &info);
            auto made = makeTransformer(info.name, nlohmann::json::object());
            QCOMPARE(made->name(), info.name);
            QCOMPARE(made->params(), defaultParams(info.space));
            for (int i = 0; i < 20; ++i) {
                auto params = sampleParams(info.space, random);
                auto step = makeTransformer(info.name, params);
                QCOMPARE(step->params(), params);
                QCOMPARE(makeTransformer(info.name, step->params())->params(), params);
            }
        }
        QCOMPARE(makeTransformer("pca", {{"nComponents", 4}})->params()["nComponents"],
                 nlohmann::json(4));
    }

    void registry_unknownNameOrParameter_throwsInputError()
    {
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("quantiletransformer", {}));
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("standardscaler", {{"copy", true}}));
        QVERIFY_THROWS_EXCEPTION(InputError, makeTransformer("normalizer", {{"norm", "l3"}}));
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 makeTransformer("selectpercentile", {{"percentile", 0}}));
        QVERIFY_THROWS_EXCEPTION(InputError, loadTransformer("quantiletransformer", {}));
    }

    void saveThenLoad_transformsBitIdentical_data() { addCaseRows("", false); }
    void saveThenLoad_transformsBitIdentical()
    {
        QFETCH(int, index);
        const auto& c = m_cases[std::size_t(index)];
        auto step = fitted(c);
        SavedState state = step->save();
        auto loaded = loadTransformer(c.name, state);
        QCOMPARE(loaded->params(), step->params());
        QVERIFY(sameState(loaded->save(), state));
        QVERIFY(bitIdentical(loaded->transform(m_data.test), step->transform(m_data.test)));
        QCOMPARE(loaded->outputNames(columnNames(7)), step->outputNames(columnNames(7)));

        // An unfitted step saves and loads too, and stays unfitted.
        auto fresh = loadTransformer(c.name, makeTransformer(c.name, c.params)->save());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, fresh->transform(m_data.test));
    }

    void damagedState_throwsInputError()
    {
        auto step = fitted({"standardscaler", nlohmann::json::object()});
        SavedState state = step->save();
        state.arrays["scales"].pop_back();
        QVERIFY_THROWS_EXCEPTION(InputError, loadTransformer("standardscaler", state));
        state = step->save();
        state.values["fitted"] = "yes";
        QVERIFY_THROWS_EXCEPTION(InputError, loadTransformer("standardscaler", state));
        SavedState empty;
        QVERIFY_THROWS_EXCEPTION(InputError, loadTransformer("pca", empty));
    }

    void degenerateInput_neverProducesNaN()
    {
        // All zeros, one constant column, tiny and huge magnitudes.
        Matrix zeros = Matrix::Zero(20, 4);
        Matrix awkward(20, 4);
        for (Index i = 0; i < 20; ++i) {
            awkward(i, 0) = 7.3;
            awkward(i, 1) = 1e-300 * double(i % 3);
            awkward(i, 2) = 1e150 * (i % 2 == 0 ? 1.0 : -1.0);
            awkward(i, 3) = double(i);
        }
        Vector yClass(20), yRegression = Vector::Zero(20);
        for (Index i = 0; i < 20; ++i)
            yClass[i] = double(i % 2);
        for (const Matrix* x : {&zeros, &awkward}) {
            for (const auto& info : transformerRegistry()) {
                for (Task task : {Task::BinaryClassification, Task::Regression}) {
                    auto step = makeTransformer(info.name, nlohmann::json::object());
                    const Vector& y = isClassification(task) ? yClass : yRegression;
                    try {
                        step->fit(*x, y, task, RunContext{});
                    } catch (const InputError&) {
                        // variancethreshold refuses input with no variance, as scikit-learn
                        QCOMPARE(info.name, std::string("variancethreshold"));
                        QVERIFY(x == &zeros);
                        continue;
                    }
                    Matrix out = step->transform(*x);
                    QVERIFY2(out.allFinite(), info.name.c_str());
                    QVERIFY2(out.cols() > 0, info.name.c_str());
                }
            }
        }
    }

    void constantColumn_centresToExactZero()
    {
        // Column 2 holds 0.1, which has no exact binary form, so a plain
        // mean of it is off by an ulp and centring leaves noise; the steps
        // centre a constant column to exact zeros.
        auto scaler = fitted({"standardscaler", nlohmann::json::object()});
        QVERIFY((scaler->transform(m_data.train).col(2).array() == 0.0).all());
        auto pca = fitted({"pca", {{"nComponents", 7}}});
        const auto& components = dynamic_cast<const Pca&>(*pca).components();
        for (Index k = 0; k < 6; ++k) // the six components with variance ignore it
            QVERIFY(std::abs(components(k, 2)) < 1e-12);
    }

    void nonFiniteInput_throwsInputError()
    {
        Matrix x = m_data.train;
        x(3, 2) = std::nan("");
        for (const auto& info : transformerRegistry()) {
            auto step = makeTransformer(info.name, nlohmann::json::object());
            QVERIFY_THROWS_EXCEPTION(
                InputError,
                step->fit(x, m_data.yClass, Task::MulticlassClassification, RunContext{}));
        }
    }

    void polynomialFeatures_refusesColumnExplosion()
    {
        Matrix wide = Matrix::Random(10, 70);
        Vector y = Vector::Zero(10);
        for (bool interactionOnly : {false, true}) {
            auto step =
                makeTransformer("polynomialfeatures", {{"interactionOnly", interactionOnly}});
            QVERIFY_THROWS_EXCEPTION(InputError,
                                     step->fit(wide, y, Task::Regression, RunContext{}));
            step->fit(wide.leftCols(62), y, Task::Regression, RunContext{});
            QVERIFY(step->transform(wide.leftCols(62)).cols() <=
                    PolynomialFeatures::kMaxOutputColumns);
        }
    }

    void transform_beforeFitOrWrongWidth_throws()
    {
        auto step = makeTransformer("standardscaler", nlohmann::json::object());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, step->transform(m_data.train));
        step->fit(m_data.train, m_data.yClass, Task::MulticlassClassification, RunContext{});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, step->transform(m_data.train.leftCols(3)));
    }

    void changesFeatureSpace_onlyPolynomialAndPca()
    {
        for (const auto& info : transformerRegistry())
            QCOMPARE(info.changesFeatureSpace,
                     info.name == "polynomialfeatures" || info.name == "pca");
    }
};

QTEST_APPLESS_MAIN(TestPreprocessTransformers)
#include "test_preprocess_transformers.moc"
