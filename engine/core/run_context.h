#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>

#include "engine/core/errors.h"

namespace winnow::engine {

// What a long computation needs to know about the run it is part of: how
// many threads it may use, its random seed, and when to give up. Learners
// call checkpoint() between iterations (boosting rounds, trees, epochs) so
// that a stop signal or an exhausted time budget ends them within a moment.
struct RunContext {
    using Clock = std::chrono::steady_clock;

    int threads = 1;
    std::uint64_t seed = 0;
    std::optional<Clock::time_point> deadline;
    const std::atomic<bool>* stopFlag = nullptr;

    bool shouldStop() const
    {
        if (stopFlag && stopFlag->load(std::memory_order_relaxed))
            return true;
        return deadline && Clock::now() >= *deadline;
    }
    void checkpoint() const
    {
        if (shouldStop())
            throw StopRequested();
    }
    // The same context with a deadline no later than `limit` from now.
    RunContext withTimeLimit(std::chrono::duration<double> limit) const
    {
        RunContext copy = *this;
        auto end = Clock::now() + std::chrono::duration_cast<Clock::duration>(limit);
        if (!copy.deadline || end < *copy.deadline)
            copy.deadline = end;
        return copy;
    }
};

} // namespace winnow::engine
