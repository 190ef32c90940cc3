#include "engine/cli/commands.h"

#include <cstdlib>
#include <iostream>
#include <unistd.h>

namespace {

// XGBoost's OpenMP threads spin while they wait for work by default. On a
// machine whose cores are busy with other programs (a desktop running
// builds, a shared server) spinning threads steal the cores the working
// threads need, and a fit that takes a second can take a minute. libgomp
// reads its wait policy from the environment once, before main(), so the
// engine sets it and starts itself again; a policy the user chose is kept.
void preferPassiveThreadWaiting(char** argv)
{
    if (std::getenv("OMP_WAIT_POLICY"))
        return;
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv("/proc/self/exe", argv);
    // If the engine cannot start itself again it runs on, only slower.
}

} // namespace

int main(int argc, char** argv)
{
    preferPassiveThreadWaiting(argv);
    return winnow::engine::runEngineCli(argc, argv, std::cout, std::cerr);
}
