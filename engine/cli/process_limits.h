#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace winnow::engine {

// SIGTERM and SIGINT ask a run to stop: the first sets the returned flag
// (the trainer then writes the best model so far), a second one ends the
// process at once.
const std::atomic<bool>& installStopSignals();

// Caps this process's address space (RLIMIT_AS) so that a job over its
// memory limit fails with a clear message instead of taking the machine
// down. Throws EngineError(UsageError) when the limit cannot be set.
void limitMemory(std::uint64_t bytes);

// Whether an exception's message says an allocation failed (XGBoost passes
// std::bad_alloc back through its C API as text).
bool looksLikeOutOfMemory(const std::string& message);

} // namespace winnow::engine
