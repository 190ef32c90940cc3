#include "engine/cli/commands.h"

#include "engine/cli/process_limits.h"
#include "engine/core/errors.h"
#include "winnow/version.h"

#include <cstring>
#include <iostream>
#include <new>
#include <string>

namespace winnow::engine {
namespace {

constexpr const char* kOverview = R"(Usage: winnow-engine COMMAND [OPTIONS]

Winnow's AutoML engine: trains models on tabular data and applies them.

Commands:
  train      search for the best pipeline and write the model and its results
  predict    apply a trained model to new rows
  describe   summarise a trained model and its metrics
  estimate   estimate a job's rows, memory and time from a sample of its data

Run 'winnow-engine COMMAND --help' for a command's options.
Exit codes: 0 done, 1 internal error, 2 bad usage, 3 invalid input,
4 out of memory, 5 stopped with a model, 6 stopped without one.
)";

} // namespace

int runEngineCli(int argc, char** argv, std::ostream& out, std::ostream& err)
{
    if (argc < 2) {
        err << kOverview;
        return static_cast<int>(ExitCode::UsageError);
    }
    std::string command = argv[1];
    std::span<char* const> arguments(argv + 2, static_cast<std::size_t>(argc - 2));
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            out << kOverview;
            return 0;
        }
        if (command == "--version") {
            out << "winnow-engine " << kVersion << "\n";
            return 0;
        }
        if (command == "train")
            return runTrainCommand(arguments, out);
        if (command == "predict")
            return runPredictCommand(arguments, out);
        if (command == "describe")
            return runDescribeCommand(arguments, out);
        if (command == "estimate")
            return runEstimateCommand(arguments, out);
        err << "winnow-engine: unknown command '" << command << "'\n\n" << kOverview;
        return static_cast<int>(ExitCode::UsageError);
    } catch (const EngineError& error) {
        err << "winnow-engine: " << error.what() << "\n";
        return static_cast<int>(error.code());
    } catch (const std::bad_alloc&) {
        err << "winnow-engine: out of memory\n";
        return static_cast<int>(ExitCode::OutOfMemory);
    } catch (const std::exception& error) {
        if (looksLikeOutOfMemory(error.what())) {
            err << "winnow-engine: out of memory (" << error.what() << ")\n";
            return static_cast<int>(ExitCode::OutOfMemory);
        }
        err << "winnow-engine: internal error: " << error.what() << "\n";
        return static_cast<int>(ExitCode::InternalError);
    }
}

} // namespace winnow::engine
