#pragma once

#include <mutex>
#include <optional>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// The progress events of a training run, written as newline-delimited JSON
// (docs/engine-cli.md): one object per line, flushed at once, so a job
// runner reading the stream sees each step as it happens. Progress never
// goes backwards. Safe to call from several threads.
class EventLog {
public:
    static constexpr int kContractVersion = 1;

    // `out` may be null: the run then reports nothing.
    explicit EventLog(std::ostream* out = nullptr);

    void status(const std::string& status, double progress, const std::string& message = {});
    void warning(const std::string& message);
    void note(const std::string& message);
    // `candidate` holds the candidate's fields; type, progress and time are added.
    void candidate(nlohmann::json candidate, double progress);
    void progress(double progress, std::optional<double> bestScore);
    void error(const std::string& message, int exitCode);
    void completed(const std::string& status, std::optional<double> bestScore,
                   const std::string& artifacts);

    double currentProgress() const;

    // ISO 8601 UTC with milliseconds: 2026-11-25T19:16:03.123Z.
    static std::string now();

private:
    void write(nlohmann::json event);
    double advance(double progress);

    std::ostream* m_out;
    mutable std::mutex m_mutex;
    double m_progress = 0.0;
};

} // namespace winnow::engine
