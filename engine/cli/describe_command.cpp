#include "engine/cli/commands.h"

#include "engine/cli/argument_parser.h"
#include "engine/core/errors.h"
#include "engine/pipeline/model.h"

#include <fstream>
#include <iomanip>
#include <ostream>

namespace winnow::engine {
namespace {

ArgumentParser describeParser()
{
    ArgumentParser parser("winnow-engine describe --model DIR [--json]",
                          "Summarises a trained model: what it predicts, its pipeline, the "
                          "features it reads and\nits metrics on the test and training rows.");
    parser.addOption("model", "DIR", "the folder train wrote (or its model.winnow)");
    parser.addFlag("json", "print the summary as JSON");
    return parser;
}

std::string number(const nlohmann::json& value)
{
    if (!value.is_number())
        return value.is_null() ? "n/a" : value.dump();
    std::ostringstream text;
    text << std::setprecision(4) << value.get<double>();
    return text.str();
}

void printMetrics(std::ostream& out, const nlohmann::json& test, const nlohmann::json& train)
{
    out << "\nMetrics            test        train\n";
    for (const auto& [name, value] : test.items()) {
        if (!value.is_number() && !value.is_null())
            continue;
        std::string label = name;
        label.resize(std::max<std::size_t>(label.size(), 18), ' ');
        std::string left = number(value);
        left.resize(std::max<std::size_t>(left.size(), 12), ' ');
        out << label << " " << left
            << (train.contains(name) ? number(train.at(name)) : std::string("n/a")) << "\n";
    }
    if (test.contains("f1") && test.at("f1").is_object()) {
        out << "\nPer class (test)   precision   recall      f1\n";
        for (const auto& item : test.at("f1").items()) {
            const std::string& key = item.key();
            const nlohmann::json& f1 = item.value();
            std::string label = key;
            label.resize(std::max<std::size_t>(label.size(), 18), ' ');
            auto cell = [&](const char* metric) {
                std::string text = number(test.at(metric).value(key, nlohmann::json()));
                text.resize(std::max<std::size_t>(text.size(), 12), ' ');
                return text;
            };
            out << label << " " << cell("precision") << cell("recall") << number(f1) << "\n";
        }
    }
}

} // namespace

int runDescribeCommand(std::span<char* const> arguments, std::ostream& out)
{
    ArgumentParser parser = describeParser();
    if (!parser.parse(arguments)) {
        out << parser.help();
        return 0;
    }
    std::filesystem::path given = parser.required("model");
    std::filesystem::path folder =
        std::filesystem::is_directory(given) ? given : given.parent_path();
    std::filesystem::path file =
        std::filesystem::is_directory(given) ? given / "model.winnow" : given;
    const Model model = Model::load(file);

    nlohmann::json metadata;
    if (std::ifstream in(folder / "metadata.json"); in) {
        try {
            metadata = nlohmann::json::parse(in);
        } catch (const nlohmann::json::exception& error) {
            throw InputError((folder / "metadata.json").string() +
                             " is not valid JSON: " + error.what());
        }
    }
    const ModelInfo& info = model.info();
    if (parser.has("json")) {
        nlohmann::json summary{{"model", info.toJson()},
                               {"pipelineSteps", model.pipelineSteps()},
                               {"features", model.encoder().inputSchema().size()}};
        nlohmann::json inputs = nlohmann::json::array();
        for (const auto& [name, type] : model.encoder().inputSchema())
            inputs.push_back({{"name", name}, {"type", columnTypeName(type)}});
        summary["inputs"] = inputs;
        if (!metadata.is_null()) {
            summary["metrics"] = metadata.value("metrics", nlohmann::json::object());
            summary["trainMetrics"] = metadata.value("trainMetrics", nlohmann::json::object());
        }
        out << summary.dump(2) << "\n";
        return 0;
    }

    out << "Model          " << file.string() << "\n"
        << "Predicts       " << info.targetName << " (" << taskName(info.task) << ")\n";
    if (!info.labels.empty()) {
        out << "Classes        ";
        for (std::size_t i = 0; i < info.labels.size(); ++i)
            out << (i ? ", " : "") << info.labels[i];
        out << "\n";
    }
    out << "Scoring        " << info.scoring << "\n"
        << "Trained        " << info.createdAt << " by winnow-engine " << info.engineVersion << "\n"
        << "\nPipeline\n";
    for (const auto& step : model.pipelineSteps())
        out << "  " << step.at("name").get<std::string>() << " " << step.at("params").dump()
            << "\n";
    out << "\nInputs (" << model.encoder().inputSchema().size() << ")\n";
    for (const auto& [name, type] : model.encoder().inputSchema())
        out << "  " << name << " (" << columnTypeName(type) << ")\n";
    if (!metadata.is_null())
        printMetrics(out, metadata.value("metrics", nlohmann::json::object()),
                     metadata.value("trainMetrics", nlohmann::json::object()));
    return 0;
}

} // namespace winnow::engine
