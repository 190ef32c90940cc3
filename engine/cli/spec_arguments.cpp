#include "engine/cli/spec_arguments.h"

#include "engine/core/errors.h"

namespace winnow::engine {
namespace {

struct SpecFlag {
    const char* flag;
    const char* field;
    const char* valueName;
    const char* help;
};

// Flag, spec field, value name, help. Flags with no value name are switches.
constexpr SpecFlag kSpecFlags[] = {
    {"data", "featureTableName", "FILE", "the CSV (or .csv.gz) to learn from"},
    {"target", "targetName", "COLUMN", "the column to predict"},
    {"task", "task", "TASK", "classification or regression (default: inferred)"},
    {"scoring", "scoring", "NAME",
     "ks, accuracy, balanced_accuracy, f1, f1_macro, roc_auc, precision, precision_macro, "
     "recall, recall_macro, mse, rmse, mae, r2"},
    {"id-column", "idColumn", "COLUMN", "a column of unique row ids, carried to predictions"},
    {"features", "featuresSelected", "A,B,C", "the columns to consider (default: all)"},
    {"num-features", "numFeatures", "N", "how many features to keep"},
    {"generations", "generations", "N", "generations of the genetic search"},
    {"population", "populationSize", "N", "population of the genetic search"},
    {"time-budget", "maxRuntimeSeconds", "SECONDS", "the whole job's time budget (default 300)"},
    {"time-per-candidate", "maxRuntimePerCandidateSeconds", "SECONDS",
     "the most one candidate may take (default 60)"},
    {"max-candidates", "maxCandidates", "N", "the most candidates to evaluate"},
    {"algorithms", "algorithms", "A,B", "the learners to try (default: all that fit the task)"},
    {"balance", "toBalance", nullptr, "balance the classes of the training rows"},
    {"seed", "seed", "N", "random seed (default 42)"},
    {"test-fraction", "testFraction", "F", "share of rows held out for testing (default 0.2)"},
    {"date-column", "dateColumn", "COLUMN", "the column that --start-date/--end-date filter on"},
    {"start-date", "startDate", "DATE", "first date to use (inclusive)"},
    {"end-date", "endDate", "DATE", "last date to use (inclusive)"},
};

bool isNumberField(const std::string& field)
{
    return field == "numFeatures" || field == "generations" || field == "populationSize" ||
           field == "maxRuntimeSeconds" || field == "maxRuntimePerCandidateSeconds" ||
           field == "maxCandidates" || field == "seed" || field == "testFraction";
}

} // namespace

void addSpecOptions(ArgumentParser& parser)
{
    parser.addSection("The job (each flag sets the job spec field of the same meaning)");
    parser.addOption("spec", "FILE", "read the job spec from a JSON file; flags override it");
    for (const auto& flag : kSpecFlags) {
        if (flag.valueName)
            parser.addOption(flag.flag, flag.valueName, flag.help);
        else
            parser.addFlag(flag.flag, flag.help);
    }
}

JobSpec specFromArguments(const ArgumentParser& parser)
{
    nlohmann::json document = nlohmann::json::object();
    if (auto file = parser.value("spec"))
        document = readJobSpec(*file).toJson();
    for (const auto& flag : kSpecFlags) {
        if (!parser.has(flag.flag))
            continue;
        std::string field = flag.field;
        if (!flag.valueName)
            document[field] = true;
        else if (isNumberField(field))
            document[field] = *parser.number(flag.flag);
        else
            document[field] = *parser.value(flag.flag);
    }
    if (!document.contains("featureTableName"))
        throw EngineError(ExitCode::UsageError, "give --data FILE or --spec FILE (see --help)");
    if (!document.contains("targetName"))
        throw EngineError(ExitCode::UsageError,
                          "give --target COLUMN or a spec with targetName (see --help)");
    return JobSpec::fromJson(document);
}

} // namespace winnow::engine
