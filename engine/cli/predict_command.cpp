#include "engine/cli/commands.h"

#include "engine/cli/argument_parser.h"
#include "engine/data/csv_reader.h"
#include "engine/pipeline/model.h"
#include "engine/pipeline/model_file.h"

#include <sstream>

namespace winnow::engine {
namespace {

ArgumentParser predictParser()
{
    ArgumentParser parser(
        "winnow-engine predict --model DIR --data FILE --out PRED.csv",
        "Applies a trained model to the rows of FILE. PRED.csv holds the id column (when the\n"
        "model has one and FILE holds it), 'prediction', and for classification one\n"
        "'probability_<label>' column per class.");
    parser.addOption("model", "DIR", "the folder train wrote (or its model.winnow)");
    parser.addOption("data", "FILE", "the rows to score (CSV or .csv.gz)");
    parser.addOption("out", "FILE", "where to write the predictions");
    parser.addOption("threads", "N", "threads to use for reading (default: every core)");
    return parser;
}

std::filesystem::path modelFile(const std::filesystem::path& given)
{
    return std::filesystem::is_directory(given) ? given / "model.winnow" : given;
}

} // namespace

int runPredictCommand(std::span<char* const> arguments, std::ostream& out)
{
    ArgumentParser parser = predictParser();
    if (!parser.parse(arguments)) {
        out << parser.help();
        return 0;
    }
    const Model model = Model::load(modelFile(parser.required("model")));
    const std::string dataFile = parser.required("data");
    const std::string outFile = parser.required("out");

    // Read the file with the types the model was trained on, for the
    // columns it has; a missing column is named below, all at once.
    CsvShape head = sampleCsv(dataFile, 1);
    CsvOptions options;
    options.threads = static_cast<unsigned>(parser.integer("threads").value_or(0));
    for (const auto& [name, type] : model.inputTypes())
        if (head.sample.find(name))
            options.columnTypes[name] = type;
    Table table = readCsv(dataFile, options);
    model.checkColumns(table);

    Table predictions;
    const ModelInfo& info = model.info();
    if (!info.idColumn.empty())
        if (const Column* ids = table.find(info.idColumn))
            predictions.addColumn(*ids);
    if (isClassification(info.task)) {
        Matrix probabilities = model.predictProba(table);
        std::vector<std::string> labels;
        labels.reserve(static_cast<std::size_t>(probabilities.rows()));
        for (Index row = 0; row < probabilities.rows(); ++row) {
            Index best = 0;
            probabilities.row(row).maxCoeff(&best);
            labels.push_back(info.labels[static_cast<std::size_t>(best)]);
        }
        Column prediction = Column::categorical("prediction", labels);
        if (info.labelsNumeric) {
            std::vector<double> values;
            for (const auto& label : labels)
                values.push_back(std::stod(label));
            prediction = Column::numeric("prediction", std::move(values));
        }
        predictions.addColumn(std::move(prediction));
        for (std::size_t k = 0; k < info.labels.size(); ++k) {
            Vector column = probabilities.col(static_cast<Index>(k));
            predictions.addColumn(
                Column::numeric("probability_" + info.labels[k],
                                std::vector<double>(column.begin(), column.end())));
        }
    } else {
        Vector values = model.predict(table);
        predictions.addColumn(
            Column::numeric("prediction", std::vector<double>(values.begin(), values.end())));
    }
    std::ostringstream csv;
    predictions.writeCsv(csv);
    writeFileAtomically(outFile, csv.str());
    return 0;
}

} // namespace winnow::engine
