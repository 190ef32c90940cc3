#pragma once

#include <exception>
#include <thread>
#include <vector>

namespace winnow::engine {

// Runs `work(worker)` for worker 0..threads-1, each on its own thread (the
// caller's is worker 0), and rethrows the first exception any of them threw
// once all have finished.
template <typename Work>
void runOnThreads(unsigned threads, Work&& work)
{
    if (threads <= 1) {
        work(0u);
        return;
    }
    std::vector<std::exception_ptr> failures(threads);
    auto guarded = [&](unsigned worker) {
        try {
            work(worker);
        } catch (...) {
            failures[worker] = std::current_exception();
        }
    };
    std::vector<std::thread> helpers;
    helpers.reserve(threads - 1);
    for (unsigned worker = 1; worker < threads; ++worker)
        helpers.emplace_back(guarded, worker);
    guarded(0);
    for (auto& helper : helpers)
        helper.join();
    for (auto& failure : failures)
        if (failure)
            std::rethrow_exception(failure);
}

} // namespace winnow::engine
