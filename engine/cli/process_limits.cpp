#include "engine/cli/process_limits.h"

#include "engine/core/errors.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/resource.h>

namespace winnow::engine {
namespace {

std::atomic<bool> g_stopRequested{false};

extern "C" void onStopSignal(int signal)
{
    if (g_stopRequested.exchange(true)) {
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }
}

} // namespace

const std::atomic<bool>& installStopSignals()
{
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    return g_stopRequested;
}

void limitMemory(std::uint64_t bytes)
{
    rlimit limit{};
    limit.rlim_cur = bytes;
    limit.rlim_max = bytes;
    if (setrlimit(RLIMIT_AS, &limit) != 0)
        throw EngineError(ExitCode::UsageError,
                          std::string("cannot set the memory limit: ") + std::strerror(errno));
}

bool looksLikeOutOfMemory(const std::string& message)
{
    return message.find("bad_alloc") != std::string::npos ||
           message.find("Cannot allocate memory") != std::string::npos ||
           message.find("out of memory") != std::string::npos;
}

} // namespace winnow::engine
