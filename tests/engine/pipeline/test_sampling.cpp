#include "engine/pipeline/sampling.h"

#include <QtTest>

#include <set>

using namespace winnow::engine;

namespace {

// A classification target with the given number of rows per class.
Target classes(const std::vector<int>& counts)
{
    Target target;
    target.task = counts.size() == 2 ? Task::BinaryClassification : Task::MulticlassClassification;
    std::vector<double> values;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        target.labels.push_back(std::to_string(c));
        for (int i = 0; i < counts[c]; ++i)
            values.push_back(double(c));
    }
    // Interleave so that rows of a class are not contiguous.
    std::mt19937_64 random(1);
    std::shuffle(values.begin(), values.end(), random);
    target.values = Eigen::Map<Vector>(values.data(), Index(values.size()));
    return target;
}

std::vector<int> countByClass(const Target& target, const RowList& rows)
{
    std::vector<int> counts(target.labels.size());
    for (auto row : rows)
        ++counts[std::size_t(target.values[Index(row)])];
    return counts;
}

} // namespace

class TestSampling : public QObject {
    Q_OBJECT

private slots:
    void split_isStratifiedDisjointAndComplete()
    {
        Target target = classes({900, 100});
        auto split = splitTrainTest(target, 0.2, 42);
        QVERIFY(split.stratified);
        QCOMPARE(countByClass(target, split.test), (std::vector<int>{180, 20}));
        QCOMPARE(countByClass(target, split.train), (std::vector<int>{720, 80}));
        std::set<std::size_t> all(split.train.begin(), split.train.end());
        for (auto row : split.test)
            QVERIFY(all.insert(row).second);
        QCOMPARE(all.size(), std::size_t(1000));
        // The same seed gives the same split; another seed another one.
        QCOMPARE(splitTrainTest(target, 0.2, 42).test, split.test);
        QVERIFY(splitTrainTest(target, 0.2, 43).test != split.test);
    }

    void split_keepsARowOfEveryClassOnEachSide()
    {
        Target target = classes({500, 2, 3});
        auto split = splitTrainTest(target, 0.2, 1);
        for (int count : countByClass(target, split.test))
            QVERIFY(count >= 1);
        for (int count : countByClass(target, split.train))
            QVERIFY(count >= 1);
    }

    void folds_partitionTheRowsStratified()
    {
        Target target = classes({300, 60});
        RowList rows(360);
        std::iota(rows.begin(), rows.end(), 0);
        auto folds = makeFolds(target, rows, 5, 9);
        QCOMPARE(folds.size(), std::size_t(5));
        std::set<std::size_t> seen;
        for (const auto& fold : folds) {
            QCOMPARE(countByClass(target, fold), (std::vector<int>{60, 12}));
            for (auto row : fold)
                QVERIFY(seen.insert(row).second);
            QCOMPARE(complement(rows, fold).size(), rows.size() - fold.size());
        }
        QCOMPARE(seen.size(), rows.size());
    }

    void balance_followsTheMlHubRule_data()
    {
        QTest::addColumn<int>("minority");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("rowsAfter");
        // 10 000 rows in all: under 1 % oversamples to the majority's size,
        // 1 % to 20 % undersamples to the minority's, 20 % and more is left.
        QTest::newRow("0.5 %") << 50 << QStringLiteral("oversample") << 2 * 9950;
        QTest::newRow("5 %") << 500 << QStringLiteral("undersample") << 2 * 500;
        QTest::newRow("19.9 %") << 1990 << QStringLiteral("undersample") << 2 * 1990;
        QTest::newRow("25 %") << 2500 << QStringLiteral("none") << 10000;
    }
    void balance_followsTheMlHubRule()
    {
        QFETCH(int, minority);
        QFETCH(QString, method);
        QFETCH(int, rowsAfter);
        Target target = classes({10000 - minority, minority});
        RowList rows(10000);
        std::iota(rows.begin(), rows.end(), 0);
        Balancing balancing = balanceClasses(target, rows, 3);
        QCOMPARE(QString::fromStdString(balancing.method), method);
        QCOMPARE(int(rows.size()), rowsAfter);
        QCOMPARE(balancing.minorityShareBefore, minority / 10000.0);
        if (method != QLatin1String("none"))
            QCOMPARE(balancing.minorityShareAfter, 0.5);
        // Only rows of the input appear.
        for (auto row : rows)
            QVERIFY(row < 10000);
    }
};

int runSamplingTests(int argc, char** argv)
{
    TestSampling test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_sampling.moc"
