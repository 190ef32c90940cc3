#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

namespace winnow::engine {

// The exit codes of winnow-engine, one per way a run can end. The job runner
// maps them to job statuses, so they are part of the engine's contract
// (docs/engine-cli.md) and never change meaning.
enum class ExitCode : int {
    Success = 0,
    InternalError = 1,       // a bug or an unexpected library failure
    UsageError = 2,          // bad command line
    InvalidInput = 3,        // unreadable data, invalid spec, data that cannot train
    OutOfMemory = 4,         // allocation failed under the memory limit
    Stopped = 5,             // SIGTERM/SIGINT: artifacts of the best model so far written
    StoppedWithoutModel = 6, // SIGTERM/SIGINT before any candidate finished
};

// Base of every error the engine reports to its caller. Exceptions stop at
// the command line's boundary, which prints what() and exits with code().
class EngineError : public std::runtime_error {
public:
    EngineError(ExitCode code, const std::string& message)
        : std::runtime_error(message)
        , m_code(code)
    {}
    ExitCode code() const { return m_code; }

private:
    ExitCode m_code;
};

// Where in an input file a problem is. Lines and columns count from 1; a
// column of 0 means the whole line.
struct FileLocation {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;
};

// Input the user can fix: a malformed file, a spec that does not fit the
// data. The message says what is wrong; location says where, when known.
class InputError : public EngineError {
public:
    explicit InputError(const std::string& message,
                        std::optional<FileLocation> location = std::nullopt);
    const std::optional<FileLocation>& location() const { return m_location; }
    // The message without the location prefix.
    const std::string& problem() const { return m_problem; }

private:
    std::string m_problem;
    std::optional<FileLocation> m_location;
};

// Thrown by long computations when the run was asked to stop (signal or
// time budget); callers catch it to wind down cleanly.
class StopRequested : public std::exception {
public:
    const char* what() const noexcept override { return "stop requested"; }
};

} // namespace winnow::engine
