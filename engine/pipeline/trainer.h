#pragma once

#include "engine/core/errors.h"
#include "engine/pipeline/event_log.h"
#include "engine/pipeline/job_spec.h"

#include <atomic>
#include <filesystem>

namespace winnow::engine {

// Runs one training job from spec to artifacts (docs/engine-cli.md):
// read and check the data, split it, rank and keep features, search the
// candidates by cross-validation within the time budget, refit the best on
// all training rows, evaluate it on both splits and write the output folder.
class Trainer {
public:
    struct Options {
        JobSpec spec;
        std::filesystem::path outDir;
        bool resume = false;
        int threads = 0; // 0: every core
        // Set by a signal handler: the search ends and the best model so far
        // is written.
        const std::atomic<bool>* stopFlag = nullptr;
    };

    Trainer(Options options, EventLog& events);

    // Success, Stopped (artifacts of the best so far written) or
    // StoppedWithoutModel. Throws EngineError (InputError for the user's
    // mistakes) when the job cannot be done; the events then say nothing
    // of the failure: the caller reports it.
    ExitCode run();

private:
    Options m_options;
    EventLog& m_events;
};

// A fingerprint of what determines a search's candidates and scores, so a
// checkpoint is only resumed by the same job.
std::string specFingerprint(const JobSpec& spec);

} // namespace winnow::engine
