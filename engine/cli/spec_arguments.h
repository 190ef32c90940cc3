#pragma once

#include "engine/cli/argument_parser.h"
#include "engine/pipeline/job_spec.h"

namespace winnow::engine {

// The job spec's flags, shared by `train` and `estimate`: each maps one to
// one onto a spec field (docs/job-spec.md).
void addSpecOptions(ArgumentParser& parser);

// The spec from --spec FILE, with any flag given overriding its field, or
// from the flags alone (then --data and --target are required).
JobSpec specFromArguments(const ArgumentParser& parser);

} // namespace winnow::engine
