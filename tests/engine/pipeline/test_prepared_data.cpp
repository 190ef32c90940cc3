#include "engine/core/errors.h"
#include "engine/data/csv_reader.h"
#include "engine/pipeline/prepared_data.h"

#include <QtTest>

using namespace winnow::engine;

namespace {

JobSpec specFor(const std::string& target)
{
    JobSpec spec;
    spec.featureTableName = "memory.csv";
    spec.targetName = target;
    return spec;
}

Table table(const std::string& csv)
{
    return parseCsv(csv);
}

QString errorOf(const JobSpec& spec, const std::string& csv)
{
    try {
        prepareData(spec, table(csv));
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

} // namespace

class TestPreparedData : public QObject {
    Q_OBJECT

private slots:
    void inferTask_fromTargetValues()
    {
        auto task = [](const std::string& csv) { return inferTask(*table(csv).find("y")); };
        QCOMPARE(task("y\nyes\nno\nyes\n"), Task::BinaryClassification);
        QCOMPARE(task("y\na\nb\nc\n"), Task::MulticlassClassification);
        QCOMPARE(task("y\n0\n1\n0\n1\n"), Task::BinaryClassification);
        QCOMPARE(task("y\ntrue\nfalse\n"), Task::BinaryClassification);
        // Few whole numbers are classes; many, or fractions, are a quantity.
        std::string classes = "y\n";
        std::string values = "y\n";
        for (int i = 0; i < 200; ++i) {
            classes += std::to_string(i % 4) + "\n";
            values += std::to_string(i * 0.37) + "\n";
        }
        QCOMPARE(task(classes), Task::MulticlassClassification);
        QCOMPARE(task(values), Task::Regression);
    }

    void encodeTarget_sortsLabels()
    {
        Target target = encodeTarget(*table("y\nno\nyes\nmaybe\nno\n").find("y"),
                                     Task::MulticlassClassification);
        QCOMPARE(target.labels, (std::vector<std::string>{"maybe", "no", "yes"}));
        QCOMPARE(target.values[0], 1.0);
        QCOMPARE(target.values[2], 0.0);
        Target numeric =
            encodeTarget(*table("y\n10\n2\n10\n").find("y"), Task::BinaryClassification);
        // Numbers sort as numbers, not as text.
        QCOMPARE(numeric.labels, (std::vector<std::string>{"2", "10"}));
        QVERIFY(numeric.labelsNumeric);
    }

    void prepare_keepsFeaturesAndDropsIdDateTarget()
    {
        JobSpec spec = specFor("y");
        spec.idColumn = "id";
        spec.dateColumn = "day";
        spec.startDate = "2023-01-02";
        spec.endDate = "2023-01-04";
        std::string csv = "id,day,a,b,const,y\n";
        for (int d = 1; d <= 6; ++d)
            for (int i = 0; i < 4; ++i)
                csv += std::to_string(d * 10 + i) + ",2023-01-0" + std::to_string(d) + "," +
                       std::to_string(i) + "," + (i % 2 ? "x" : "z") + ",7," + (i % 2 ? "1" : "0") +
                       "\n";
        PreparedData data = prepareData(spec, table(csv));
        // Days 2, 3 and 4, the end date counted whole.
        QCOMPARE(data.features.rowCount(), std::size_t(12));
        QCOMPARE(data.features.columnNames(), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(data.droppedFeatures, (std::vector<std::string>{"const"}));
        QVERIFY(data.ids.has_value());
        QCOMPARE(data.target.task, Task::BinaryClassification);
        QCOMPARE(data.scoring, Scoring::F1);
        bool warnedFewRows = false;
        for (const auto& warning : data.warnings)
            warnedFewRows |= warning.find("only 12 rows") != std::string::npos;
        QVERIFY(warnedFewRows);
    }

    void prepare_rowsWithoutTargetAreLeftOut()
    {
        PreparedData data = prepareData(specFor("y"), table("a,y\n1,0\n2,\n3,1\n4,0\n5,1\n"));
        QCOMPARE(data.features.rowCount(), std::size_t(4));
        QVERIFY(!data.warnings.empty());
    }

    void prepare_errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const QString good = QStringLiteral("id,a,b,y\n1,1,x,0\n2,2,y,1\n3,3,x,0\n4,4,y,1\n");
        QTest::newRow("unknown target") << QStringLiteral("target") << QStringLiteral("why") << good
                                        << QStringLiteral("'why' is not a column");
        QTest::newRow("unknown id") << QStringLiteral("id") << QStringLiteral("ident") << good
                                    << QStringLiteral("the id column 'ident' is not a column");
        QTest::newRow("unknown feature") << QStringLiteral("features") << QStringLiteral("a,zz")
                                         << good << QStringLiteral("'zz' is not a column");
        QTest::newRow("constant target")
            << QStringLiteral("target") << QStringLiteral("y")
            << QStringLiteral("a,y\n1,1\n2,1\n3,1\n") << QStringLiteral("is constant");
        QTest::newRow("duplicate id") << QStringLiteral("id") << QStringLiteral("id")
                                      << QStringLiteral("id,a,y\n1,1,0\n2,2,1\n1,3,0\n4,4,1\n")
                                      << QStringLiteral("\"1\" appears more than once");
        QTest::newRow("single row class")
            << QStringLiteral("target") << QStringLiteral("y")
            << QStringLiteral("a,y\n1,0\n2,0\n3,1\n") << QStringLiteral("has only 1 row");
        QTest::newRow("scoring") << QStringLiteral("scoring") << QStringLiteral("mse") << good
                                 << QStringLiteral(
                                        "\"mse\" does not fit a binary_classification task");
        QTest::newRow("too many features")
            << QStringLiteral("numFeatures") << QStringLiteral("3") << good
            << QStringLiteral("numFeatures is 4 but only 3 usable features");
        QTest::newRow("empty range")
            << QStringLiteral("dates") << QStringLiteral("2030-01-01")
            << QStringLiteral("d,a,y\n2023-01-01,1,0\n2023-01-02,2,1\n")
            << QStringLiteral("no row of the data has a 'd' between 2030-01-01");
        QTest::newRow("text regression") << QStringLiteral("task") << QStringLiteral("regression")
                                         << QStringLiteral("a,y\n1,x\n2,y\n")
                                         << QStringLiteral("cannot be predicted by a regression");
    }
    void prepare_errorsSayWhatIsWrong()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        JobSpec spec = specFor("y");
        std::string text = value.toStdString();
        if (field == QStringLiteral("target"))
            spec.targetName = text;
        else if (field == QLatin1String("id"))
            spec.idColumn = text;
        else if (field == QLatin1String("features"))
            spec.featuresSelected = {"a", "zz"};
        else if (field == QLatin1String("scoring"))
            spec.scoring = parseScoring(text);
        else if (field == QLatin1String("numFeatures"))
            spec.numFeatures = 4;
        else if (field == QLatin1String("dates")) {
            spec.dateColumn = "d";
            spec.startDate = text;
        } else if (field == QLatin1String("task"))
            spec.task = text;
        QString error = errorOf(spec, csv.toStdString());
        QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
    }

    void prepare_suggestsCloseColumnName()
    {
        QString error = errorOf(specFor("Clas"), "a,class\n1,0\n2,1\n");
        QVERIFY2(error.contains(QStringLiteral("did you mean 'class'?")), qPrintable(error));
    }
};

int runPreparedDataTests(int argc, char** argv)
{
    TestPreparedData test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_prepared_data.moc"
