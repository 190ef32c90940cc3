#pragma once

#include <iosfwd>
#include <span>

namespace winnow::engine {

// The subcommands of winnow-engine. Each takes the arguments after its
// name, writes its results to `out` and returns an exit code; errors are
// thrown as EngineError and reported by runEngineCli.
int runTrainCommand(std::span<char* const> arguments, std::ostream& out);
int runPredictCommand(std::span<char* const> arguments, std::ostream& out);
int runDescribeCommand(std::span<char* const> arguments, std::ostream& out);
int runEstimateCommand(std::span<char* const> arguments, std::ostream& out);

// The whole program: dispatches to a subcommand and turns every exception
// into a message on `err` and an exit code (docs/engine-cli.md).
int runEngineCli(int argc, char** argv, std::ostream& out, std::ostream& err);

} // namespace winnow::engine
