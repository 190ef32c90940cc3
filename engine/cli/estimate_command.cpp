#include "engine/cli/commands.h"

#include "engine/cli/argument_parser.h"
#include "engine/cli/spec_arguments.h"
#include "engine/pipeline/resource_estimate.h"

#include <ostream>

namespace winnow::engine {

int runEstimateCommand(std::span<char* const> arguments, std::ostream& out)
{
    ArgumentParser parser("winnow-engine estimate (--spec JOB.json | --data FILE --target COLUMN)",
                          "Prints, as JSON, the rows, columns, memory and time per candidate a job "
                          "will need,\njudged from a sample of the file's rows and its size.");
    addSpecOptions(parser);
    if (!parser.parse(arguments)) {
        out << parser.help();
        return 0;
    }
    out << estimateResources(specFromArguments(parser)).toJson().dump(2) << "\n";
    return 0;
}

} // namespace winnow::engine
