#include "engine/cli/commands.h"

#include <iostream>

int main(int argc, char** argv)
{
    return winnow::engine::runEngineCli(argc, argv, std::cout, std::cerr);
}
