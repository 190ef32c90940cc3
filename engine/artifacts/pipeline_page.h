#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace winnow::engine {

// pipeline.html: a self-contained page (inline CSS, no scripts, nothing
// fetched) that draws a fitted pipeline as a graph, input features -> each
// step -> prediction, with every step's parameters, and lists the same
// details as text below it. The description:
//
//   {"title": "...", "inputs": ["feature names"...], "target": "name",
//    "steps": [{"name": "simpleimputer", "params": {...},
//               "kind": "encoder" | "transformer" | "learner"}, ...],
//    "score": {"scoring": "f1", "value": 0.97}}
//
// Only "steps" is required; every string is escaped, so names may hold any
// text. Throws std::invalid_argument when a field has the wrong type, and
// std::runtime_error when Graphviz fails.
std::string renderPipelineHtml(const nlohmann::json& description);

} // namespace winnow::engine
