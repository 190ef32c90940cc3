#include "engine/core/errors.h"
#include "engine/data/csv_reader.h"
#include "engine/pipeline/model.h"
#include "engine/pipeline/model_file.h"

#include <QtTest>

#include <fstream>
#include <random>

using namespace winnow::engine;

namespace {

std::string readBytes(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream(file, std::ios::binary) << bytes;
}

QString loadError(const std::filesystem::path& file)
{
    try {
        readModelFile(file);
    } catch (const InputError& error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

// A small table with numbers, text and missing values, and its target.
Table sampleTable(std::size_t rows, Vector& target)
{
    std::mt19937_64 random(5);
    std::normal_distribution<double> noise;
    std::string csv = "x1,x2,colour,y\n";
    target.resize(Index(rows));
    for (std::size_t i = 0; i < rows; ++i) {
        double x1 = noise(random);
        double x2 = noise(random);
        const char* colour = i % 3 == 0 ? "red" : i % 3 == 1 ? "green" : "";
        bool positive = x1 + 0.5 * x2 + (i % 3 == 0 ? 0.8 : 0.0) + 0.3 * noise(random) > 0;
        target[Index(i)] = positive ? 1 : 0;
        csv += std::to_string(x1) + "," + (i % 7 == 0 ? std::string() : std::to_string(x2)) + "," +
               colour + "," + (positive ? "1" : "0") + "\n";
    }
    Table table = parseCsv(csv);
    table.removeColumn("y");
    return table;
}

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT

private slots:
    void writeRead_roundTripsEveryKindOfState()
    {
        QTemporaryDir dir;
        std::filesystem::path file = dir.filePath(QStringLiteral("m.winnow")).toStdString();
        ModelFileContents contents;
        contents.model = {{"name", "test"}, {"nested", {1, 2, 3}}};
        SavedState a;
        a.values = {{"alpha", 0.5}, {"labels", {"x", "y"}}};
        a.arrays["weights"] = {1.0, -2.5, 1e-300, std::numeric_limits<double>::max()};
        a.arrays["empty"] = {};
        a.blobs["raw"] = {0, 255, 7};
        SavedState b;
        b.blobs["odd"] = std::vector<std::uint8_t>(13, 42);
        b.arrays["after"] = {3.0};
        contents.states = {a, b};
        writeModelFile(file, contents);
        ModelFileContents read = readModelFile(file);
        QCOMPARE(read.model, contents.model);
        QCOMPARE(read.states.size(), std::size_t(2));
        QVERIFY(read.states[0] == a);
        QVERIFY(read.states[1] == b);
        // No temporary file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void damagedFiles_clearErrors()
    {
        QTemporaryDir dir;
        std::filesystem::path file = dir.filePath(QStringLiteral("m.winnow")).toStdString();
        ModelFileContents contents;
        contents.model = {{"k", 1}};
        SavedState state;
        state.arrays["w"] = std::vector<double>(100, 1.0);
        contents.states = {state};
        writeModelFile(file, contents);
        const std::string good = readBytes(file);

        QVERIFY(loadError(dir.filePath(QStringLiteral("none.winnow")).toStdString())
                    .contains(QStringLiteral("cannot open")));

        writeBytes(file, "id,x\n1,2\n");
        QVERIFY(loadError(file).contains(QStringLiteral("not a Winnow model file")));

        std::string newer = good;
        newer[8] = 9;
        writeBytes(file, newer);
        QVERIFY2(loadError(file).contains(QStringLiteral("newer Winnow (model format 9)")),
                 qPrintable(loadError(file)));

        writeBytes(file, good.substr(0, good.size() / 2));
        QVERIFY(loadError(file).contains(QStringLiteral("damaged")));

        std::string flipped = good;
        flipped[good.size() / 2] ^= 0x10;
        writeBytes(file, flipped);
        QVERIFY(loadError(file).contains(QStringLiteral("checksum")));
    }

    void model_saveLoadPredictIsIdentical()
    {
        Vector target;
        Table table = sampleTable(400, target);
        for (const std::string algorithm :
             {"xgboost", "logistic_regression", "knn", "extra_trees"}) {
            PipelineDefinition definition;
            if (algorithm != "xgboost" && algorithm != "extra_trees")
                definition.transformers.push_back({"standardscaler", nlohmann::json::object()});
            definition.algorithm = algorithm;
            TableEncoder encoder = TableEncoder::fit(table);
            RunContext context;
            context.threads = 2;
            auto pipeline = NumericPipeline::fit(definition, encoder.transform(table), target,
                                                 Task::BinaryClassification, 2, context);
            ModelInfo info;
            info.task = Task::BinaryClassification;
            info.targetName = "y";
            info.labels = {"0", "1"};
            info.labelsNumeric = true;
            Model model(info, std::move(encoder), std::move(pipeline));
            Matrix before = model.predictProba(table);

            QTemporaryDir dir;
            std::filesystem::path file = dir.filePath(QStringLiteral("model.winnow")).toStdString();
            model.save(file);
            Model loaded = Model::load(file);
            Matrix after = loaded.predictProba(table);
            QCOMPARE(after.rows(), before.rows());
            QVERIFY2(after == before, algorithm.c_str());
            QCOMPARE(loaded.pipelineSteps(), model.pipelineSteps());
            QCOMPARE(loaded.info().labels, info.labels);
        }
    }

    void model_namesEveryMissingColumn()
    {
        Vector target;
        Table table = sampleTable(100, target);
        PipelineDefinition definition;
        definition.algorithm = "naive_bayes";
        TableEncoder encoder = TableEncoder::fit(table);
        auto pipeline = NumericPipeline::fit(definition, encoder.transform(table), target,
                                             Task::BinaryClassification, 2, RunContext{});
        ModelInfo info;
        info.task = Task::BinaryClassification;
        info.labels = {"0", "1"};
        Model model(info, std::move(encoder), std::move(pipeline));
        Table partial = table;
        partial.removeColumn("x2");
        partial.removeColumn("colour");
        try {
            model.predict(partial);
            QFAIL("predicted without the columns");
        } catch (const InputError& error) {
            QString message = QString::fromStdString(error.what());
            QVERIFY2(message.contains(QStringLiteral("lacks 2 columns")) &&
                         message.contains(QStringLiteral("'x2'")) &&
                         message.contains(QStringLiteral("'colour'")),
                     error.what());
        }
    }
};

int runModelFileTests(int argc, char** argv)
{
    TestModelFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_model_file.moc"
