#pragma once

#include <QString>

#include <chrono>

namespace winnow::jobs {

// How the local runner works. The app fills it from its preferences;
// winnow-server from its configuration.
struct LocalBackendSettings {
    // Local jobs live in `<dataFolder>/jobs/<job id>/` (see JobFolder); the
    // runner's lock file is `<dataFolder>/runner.lock`.
    QString dataFolder;
    // The winnow-engine program; empty: EngineLocator searches for it.
    QString engineBinary;
    // Jobs trained at once; the others wait in the queue.
    int concurrentJobs = 1;
    // The most memory one job may use (the engine's --max-memory); a job
    // whose estimate needs more is refused before it starts. 0: three
    // quarters of physical memory (defaultMemoryLimitBytes()).
    qint64 memoryLimitBytes = 0;
    // How long a stopped engine may take to save its best model before it
    // is killed.
    std::chrono::milliseconds stopGracePeriod{15000};
    // On shutdown, how long running engines may take to stop and save their
    // best model before they are killed (their jobs are then settled by the
    // recovery rules: resumed next time from a checkpoint, or INTERRUPTED).
    std::chrono::milliseconds shutdownWait{3000};
};

} // namespace winnow::jobs
