#include "engine/cli/commands.h"

#include "engine/artifacts/pipeline_page.h"
#include "engine/cli/argument_parser.h"
#include "engine/cli/process_limits.h"
#include "engine/cli/spec_arguments.h"
#include "engine/pipeline/resource_estimate.h"
#include "engine/pipeline/trainer.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace winnow::engine {
namespace {

ArgumentParser trainParser()
{
    ArgumentParser parser("winnow-engine train (--spec JOB.json | --data FILE --target COLUMN) "
                          "--out DIR [OPTIONS]",
                          "Searches for the best pipeline within the time budget and writes the "
                          "model, metadata.json,\npipeline.html, train.csv and test.csv to DIR.");
    addSpecOptions(parser);
    parser.addSection("Running");
    parser.addOption("out", "DIR", "the output folder (created if needed)");
    parser.addOption("events", "FILE",
                     "write progress events as JSON lines to FILE, or - for stdout");
    parser.addFlag("resume", "continue an interrupted search from DIR/checkpoint.json");
    parser.addOption("max-memory", "BYTES", "fail cleanly instead of using more memory than this");
    parser.addOption("threads", "N", "threads to use (default: every core)");
    return parser;
}

// Names the memory a failed job needed, from the estimate made up front.
EngineError outOfMemory(const std::optional<ResourceEstimate>& estimate, std::uint64_t limit)
{
    std::string message = "out of memory";
    if (estimate)
        message += ": needed about " + formatBytes(std::max(estimate->memoryBytes, limit));
    if (limit > 0)
        message += ", limit " + formatBytes(limit);
    return EngineError(ExitCode::OutOfMemory, message);
}

} // namespace

int runTrainCommand(std::span<char* const> arguments, std::ostream& out)
{
    ArgumentParser parser = trainParser();
    if (!parser.parse(arguments)) {
        out << parser.help();
        return 0;
    }
    Trainer::Options options;
    options.spec = specFromArguments(parser);
    options.outDir = parser.required("out");
    options.resume = parser.has("resume");
    options.threads = static_cast<int>(parser.integer("threads").value_or(0));
    options.stopFlag = &installStopSignals();

    std::unique_ptr<std::ofstream> eventFile;
    std::ostream* eventStream = nullptr;
    if (auto events = parser.value("events")) {
        if (*events == "-") {
            eventStream = &out;
        } else {
            eventFile = std::make_unique<std::ofstream>(*events, std::ios::app);
            if (!*eventFile)
                throw InputError("cannot write the events file '" + *events + "'");
            eventStream = eventFile.get();
        }
    }
    EventLog events(eventStream);

    std::uint64_t limit = 0;
    std::optional<ResourceEstimate> estimate;
    try {
        if (auto bytes = parser.integer("max-memory")) {
            if (*bytes <= 0)
                throw EngineError(ExitCode::UsageError, "'--max-memory' must be positive");
            limit = static_cast<std::uint64_t>(*bytes);
            estimate = estimateResources(options.spec);
            // Graphviz's text layout starts a font-loading thread the first
            // time it runs, and GLib aborts the process when it cannot; start
            // it now, while the address space is not yet limited.
            renderPipelineHtml({{"title", "warm-up"},
                                {"inputs", {"x"}},
                                {"target", "y"},
                                {"steps",
                                 {{{"name", "step"},
                                   {"params", nlohmann::json::object()},
                                   {"kind", "learner"}}}}});
            limitMemory(limit);
        }
        Trainer trainer(std::move(options), events);
        return static_cast<int>(trainer.run());
    } catch (const std::bad_alloc&) {
        EngineError error = outOfMemory(estimate, limit);
        events.error(error.what(), static_cast<int>(error.code()));
        events.completed("Failed", std::nullopt, {});
        throw error;
    } catch (const EngineError& error) {
        events.error(error.what(), static_cast<int>(error.code()));
        events.completed("Failed", std::nullopt, {});
        throw;
    } catch (const std::exception& error) {
        if (looksLikeOutOfMemory(error.what())) {
            EngineError oom = outOfMemory(estimate, limit);
            events.error(oom.what(), static_cast<int>(oom.code()));
            events.completed("Failed", std::nullopt, {});
            throw oom;
        }
        events.error(std::string("internal error: ") + error.what(),
                     static_cast<int>(ExitCode::InternalError));
        events.completed("Failed", std::nullopt, {});
        throw;
    }
}

} // namespace winnow::engine
