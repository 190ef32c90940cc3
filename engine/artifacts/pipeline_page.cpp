#include "engine/artifacts/pipeline_page.h"

#include "engine/artifacts/graphviz_layout.h"
#include "engine/artifacts/markup.h"
#include "winnow/version.h"

#include <array>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

namespace winnow::engine {
namespace {

using nlohmann::json;

// ---- what the page shows ------------------------------------------------------

enum class Role { Input, Encoder, Transformer, Learner, Prediction };

// The colours of one kind of box. The graph is drawn in the light colours;
// in dark mode the style sheet swaps each for its dark twin by matching the
// exact colour Graphviz wrote, so every light colour here is used for one
// role only.
struct Swatch {
    Role role;
    std::string_view cssName;
    std::string_view caption;
    std::string_view lightFill;
    std::string_view lightStroke;
    std::string_view darkFill;
    std::string_view darkStroke;
};

constexpr std::array kSwatches{
    Swatch{Role::Input, "input", "INPUT", "#f1f3f5", "#868e96", "#2c2e33", "#a6adb5"},
    Swatch{Role::Encoder, "encoder", "ENCODER", "#e6fcf5", "#0c8a66", "#0b2f27", "#38d9a9"},
    Swatch{Role::Transformer, "transformer", "TRANSFORMER", "#e7f5ff", "#1971c2", "#0e2a45",
           "#74c0fc"},
    Swatch{Role::Learner, "learner", "LEARNER", "#fff4e6", "#d9480f", "#3b2208", "#ffa94d"},
    Swatch{Role::Prediction, "prediction", "PREDICTION", "#f3f0ff", "#6741d9", "#241d45",
           "#b197fc"},
};

// Text colours, swapped the same way.
constexpr std::string_view kLightText = "#212529";
constexpr std::string_view kDarkText = "#e9ecef";
constexpr std::string_view kLightMuted = "#5c636a";
constexpr std::string_view kDarkMuted = "#adb5bd";

// How many features the input box lists before summing up the rest, and
// how long a parameter value may be inside a box (the list below the graph
// always has everything in full).
constexpr std::size_t kFeaturesInGraph = 12;
constexpr std::size_t kValueLengthInGraph = 40;

const Swatch& swatchOf(Role role)
{
    for (const auto& swatch : kSwatches)
        if (swatch.role == role)
            return swatch;
    return kSwatches.front();
}

struct Parameter {
    std::string name;
    std::string value;
};

struct Step {
    std::string name;
    Role role = Role::Transformer;
    std::vector<Parameter> parameters;
};

struct Score {
    std::string scoring;
    double value = 0.0;
};

struct Pipeline {
    std::string title;
    std::string target;
    std::vector<std::string> inputs;
    std::vector<Step> steps;
    std::optional<Score> score;
};

// ---- reading the description ----------------------------------------------

[[noreturn]] void wrongType(const std::string& where, const char* expected)
{
    throw std::invalid_argument("pipeline description: " + where + " must be " + expected);
}

std::string stringAt(const json& object, const char* key, std::string fallback)
{
    if (!object.contains(key))
        return fallback;
    if (!object[key].is_string())
        wrongType(std::string("\"") + key + "\"", "a string");
    return object[key].get<std::string>();
}

std::string parameterText(const json& value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_null())
        return "none";
    return value.dump();
}

Role roleNamed(const std::string& kind, const std::string& where)
{
    if (kind == "encoder")
        return Role::Encoder;
    if (kind == "transformer")
        return Role::Transformer;
    if (kind == "learner")
        return Role::Learner;
    throw std::invalid_argument("pipeline description: " + where + " has the kind \"" + kind +
                                "\"; expected encoder, transformer or learner");
}

Step readStep(const json& item, std::size_t index)
{
    const std::string where = "step " + std::to_string(index + 1);
    if (!item.is_object())
        wrongType(where, "an object");
    Step step;
    if (!item.contains("name") || !item["name"].is_string())
        wrongType(where + "'s \"name\"", "a string");
    step.name = item["name"].get<std::string>();
    step.role = roleNamed(stringAt(item, "kind", "transformer"), where);
    if (item.contains("params")) {
        if (!item["params"].is_object())
            wrongType(where + "'s \"params\"", "an object");
        for (const auto& [name, value] : item["params"].items())
            step.parameters.push_back({name, parameterText(value)});
    }
    return step;
}

Pipeline readDescription(const json& description)
{
    if (!description.is_object())
        wrongType("the description", "a JSON object");
    Pipeline pipeline;
    pipeline.title = stringAt(description, "title", "Pipeline");
    pipeline.target = stringAt(description, "target", "");
    if (description.contains("inputs")) {
        if (!description["inputs"].is_array())
            wrongType("\"inputs\"", "an array of strings");
        for (const auto& input : description["inputs"]) {
            if (!input.is_string())
                wrongType("\"inputs\"", "an array of strings");
            pipeline.inputs.push_back(input.get<std::string>());
        }
    }
    if (!description.contains("steps") || !description["steps"].is_array())
        wrongType("\"steps\"", "an array");
    for (std::size_t i = 0; i < description["steps"].size(); ++i)
        pipeline.steps.push_back(readStep(description["steps"][i], i));
    if (description.contains("score") && !description["score"].is_null()) {
        const json& score = description["score"];
        if (!score.is_object() || !score.contains("value") || !score["value"].is_number())
            wrongType("\"score\"", "an object with a numeric \"value\"");
        pipeline.score = Score{stringAt(score, "scoring", "score"), score["value"].get<double>()};
    }
    return pipeline;
}

std::string formatScore(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", value);
    return text;
}

std::string featureCount(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " feature" : " features");
}

// ---- the graph --------------------------------------------------------------

// Rows of a Graphviz HTML-like label, escaping everything added. Bold comes
// from the font face rather than <B>, which Graphviz 2.43 turns into Pango
// markup whose memory it never frees. (It also loses about a hundred bytes
// per table cell, fixed in later releases; a page costs a few kilobytes.)
class LabelTable {
public:
    void caption(std::string_view text, std::string_view colour)
    {
        m_rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"8\" COLOR=\"" +
                  std::string(colour) + "\" FACE=\"" + kBold + "\">" + escapeMarkup(text) +
                  "</FONT></TD></TR>";
    }
    void heading(std::string_view text)
    {
        m_rows +=
            std::string("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT POINT-SIZE=\"13\" FACE=\"") +
            kBold + "\">" + escapeMarkup(text) + "</FONT></TD></TR>";
    }
    void line(std::string_view text, bool muted)
    {
        m_rows += "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"3\"><FONT COLOR=\"" +
                  std::string(muted ? kLightMuted : kLightText) + "\">" + escapeMarkup(text) +
                  "</FONT></TD></TR>";
    }
    void pair(std::string_view name, std::string_view value)
    {
        m_rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"" + std::string(kLightMuted) + "\">" +
                  escapeMarkup(name) + "</FONT></TD><TD WIDTH=\"10\"></TD><TD ALIGN=\"LEFT\">" +
                  escapeMarkup(shorten(value, kValueLengthInGraph)) + "</TD></TR>";
    }
    std::string html() const
    {
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" +
               m_rows + "</TABLE>>";
    }

private:
    static constexpr const char* kBold = "Helvetica-Bold";
    std::string m_rows;
};

std::string nodeStatement(const std::string& id, Role role, const LabelTable& label)
{
    const Swatch& swatch = swatchOf(role);
    return "  " + id + " [fillcolor=\"" + std::string(swatch.lightFill) + "\", color=\"" +
           std::string(swatch.lightStroke) + "\", label=" + label.html() + "];\n";
}

std::string graphDot(const Pipeline& pipeline)
{
    std::string dot = "digraph pipeline {\n"
                      "  graph [rankdir=TB, bgcolor=\"transparent\", nodesep=0.5, ranksep=0.42,"
                      " pad=0.2, fontname=\"Helvetica\"];\n"
                      "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\","
                      " fontsize=11, margin=\"0.18,0.1\", penwidth=1.6, fontcolor=\"" +
                      std::string(kLightText) +
                      "\"];\n"
                      "  edge [color=\"" +
                      std::string(swatchOf(Role::Input).lightStroke) +
                      "\", penwidth=1.4, arrowsize=0.75];\n";

    LabelTable inputs;
    inputs.caption(swatchOf(Role::Input).caption, swatchOf(Role::Input).lightStroke);
    inputs.heading(pipeline.inputs.empty() ? "Features" : featureCount(pipeline.inputs.size()));
    for (std::size_t i = 0; i < pipeline.inputs.size() && i < kFeaturesInGraph; ++i)
        inputs.line(shorten(pipeline.inputs[i], kValueLengthInGraph), false);
    if (pipeline.inputs.size() > kFeaturesInGraph)
        inputs.line("\xE2\x80\xA6 and " +
                        std::to_string(pipeline.inputs.size() - kFeaturesInGraph) + " more",
                    true);
    dot += nodeStatement("inputs", Role::Input, inputs);

    std::string chain = "inputs";
    for (std::size_t i = 0; i < pipeline.steps.size(); ++i) {
        const Step& step = pipeline.steps[i];
        const Swatch& swatch = swatchOf(step.role);
        LabelTable label;
        label.caption(swatch.caption, swatch.lightStroke);
        label.heading(step.name);
        for (const auto& parameter : step.parameters)
            label.pair(parameter.name, parameter.value);
        const std::string id = "step" + std::to_string(i);
        dot += nodeStatement(id, step.role, label);
        chain += " -> " + id;
    }

    LabelTable prediction;
    prediction.caption(swatchOf(Role::Prediction).caption, swatchOf(Role::Prediction).lightStroke);
    prediction.heading(pipeline.target.empty() ? "Prediction" : pipeline.target);
    if (pipeline.score)
        prediction.line(pipeline.score->scoring + " " + formatScore(pipeline.score->value), true);
    dot += nodeStatement("prediction", Role::Prediction, prediction);
    dot += "  " + chain + " -> prediction;\n}\n";
    return dot;
}

// The SVG, sized by its own width but shrinking to fit narrow windows.
std::string inlineSvg(const Pipeline& pipeline)
{
    std::string svg = layoutDotAsSvg(graphDot(pipeline));
    const std::string label = "Pipeline: " + featureCount(pipeline.inputs.size()) + ", " +
                              std::to_string(pipeline.steps.size()) + " steps";
    svg.replace(0, 4,
                "<svg class=\"pipeline-graph\" role=\"img\" aria-label=\"" + escapeMarkup(label) +
                    "\"");
    return svg;
}

// ---- the page ---------------------------------------------------------------

std::string styleSheet()
{
    std::string css = R"css(
:root {
  color-scheme: light dark;
  --page: #ffffff; --text: #212529; --muted: #5c636a; --rule: #dee2e6; --panel: #f8f9fa;
}
@media (prefers-color-scheme: dark) {
  :root { --page: #1a1b1e; --text: #e9ecef; --muted: #adb5bd; --rule: #373a40; --panel: #25262b; }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--page); color: var(--text);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
}
main { max-width: 1100px; margin: 0 auto; padding: 28px 24px 40px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 1.1rem; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 0 0 8px; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; overflow-wrap: anywhere; }
.summary { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.summary strong { color: var(--text); }
.score { display: inline-block; margin-top: 10px; padding: 4px 12px; border-radius: 999px;
  background: var(--panel); border: 1px solid var(--rule); font-variant-numeric: tabular-nums; }
figure { margin: 24px 0 8px; padding: 20px; background: var(--panel); border: 1px solid var(--rule);
  border-radius: 12px; overflow-x: auto; text-align: center; }
svg.pipeline-graph { max-width: 100%; height: auto; }
svg.pipeline-graph text { font-family: "Helvetica Neue", Helvetica, Arial, "DejaVu Sans", sans-serif; }
.legend { display: flex; flex-wrap: wrap; gap: 8px 16px; justify-content: center; margin: 0 0 8px;
  color: var(--muted); font-size: 0.85rem; }
.legend span { display: inline-flex; align-items: center; gap: 6px; }
.legend i { width: 14px; height: 14px; border-radius: 4px; border: 2px solid; display: inline-block; }
.kind { font-size: 0.7rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase;
  padding: 1px 8px; border-radius: 999px; border: 1.5px solid; }
.steps { display: grid; gap: 12px; align-items: start; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); }
.step { border: 1px solid var(--rule); border-left-width: 4px; border-radius: 10px; padding: 12px 16px; background: var(--panel); }
.step table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.step td { padding: 3px 0; vertical-align: top; border-top: 1px solid var(--rule); overflow-wrap: anywhere; }
.step td:first-child { color: var(--muted); padding-right: 16px; white-space: nowrap; }
.step code, .features code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em; }
.none { color: var(--muted); margin: 0; font-size: 0.9rem; }
.features { columns: 220px; column-gap: 24px; margin: 0; padding-left: 1.6em; }
.features li { break-inside: avoid; overflow-wrap: anywhere; }
footer { margin-top: 40px; color: var(--muted); font-size: 0.8rem; }
)css";

    // Each kind's colours for the page's own boxes, then the dark twins.
    std::string dark;
    for (const auto& s : kSwatches) {
        const std::string name(s.cssName);
        css += ".role-" + name + " { --fill: " + std::string(s.lightFill) +
               "; --stroke: " + std::string(s.lightStroke) + "; }\n";
        dark += "  .role-" + name + " { --fill: " + std::string(s.darkFill) +
                "; --stroke: " + std::string(s.darkStroke) + "; }\n";
        dark += "  svg.pipeline-graph [fill=\"" + std::string(s.lightFill) +
                "\"] { fill: " + std::string(s.darkFill) + "; }\n";
        dark += "  svg.pipeline-graph [stroke=\"" + std::string(s.lightStroke) +
                "\"] { stroke: " + std::string(s.darkStroke) + "; }\n";
        dark += "  svg.pipeline-graph [fill=\"" + std::string(s.lightStroke) +
                "\"] { fill: " + std::string(s.darkStroke) + "; }\n";
    }
    css += ".kind, .legend i { color: var(--stroke); border-color: var(--stroke); background: "
           "var(--fill); }\n"
           ".step { border-left-color: var(--stroke); }\n";
    dark += "  svg.pipeline-graph text[fill=\"" + std::string(kLightText) +
            "\"] { fill: " + std::string(kDarkText) + "; }\n";
    dark += "  svg.pipeline-graph text[fill=\"" + std::string(kLightMuted) +
            "\"] { fill: " + std::string(kDarkMuted) + "; }\n";
    css += "@media (prefers-color-scheme: dark) {\n" + dark + "}\n";
    return css;
}

std::string kindChip(Role role)
{
    const Swatch& swatch = swatchOf(role);
    return "<span class=\"kind role-" + std::string(swatch.cssName) + "\">" +
           std::string(swatch.cssName) + "</span>";
}

std::string legendHtml()
{
    std::string html = "<div class=\"legend\" aria-label=\"Kinds of boxes\">";
    for (const auto& swatch : kSwatches)
        html += "<span class=\"role-" + std::string(swatch.cssName) + "\"><i></i>" +
                std::string(swatch.cssName) + "</span>";
    return html + "</div>\n";
}

std::string stepsHtml(const Pipeline& pipeline)
{
    std::string html = "<h2>Steps</h2>\n<div class=\"steps\">\n";
    for (std::size_t i = 0; i < pipeline.steps.size(); ++i) {
        const Step& step = pipeline.steps[i];
        html += "<section class=\"step role-" + std::string(swatchOf(step.role).cssName) +
                "\">\n<h3>" + std::to_string(i + 1) + ". " + escapeMarkup(step.name) + " " +
                kindChip(step.role) + "</h3>\n";
        if (step.parameters.empty()) {
            html += "<p class=\"none\">No parameters.</p>\n";
        } else {
            html += "<table>\n";
            for (const auto& parameter : step.parameters)
                html += "<tr><td>" + escapeMarkup(parameter.name) + "</td><td><code>" +
                        escapeMarkup(parameter.value) + "</code></td></tr>\n";
            html += "</table>\n";
        }
        html += "</section>\n";
    }
    return html + "</div>\n";
}

std::string featuresHtml(const Pipeline& pipeline)
{
    std::string html = "<h2>Input features (" + std::to_string(pipeline.inputs.size()) + ")</h2>\n";
    if (pipeline.inputs.empty())
        return html + "<p class=\"none\">None listed.</p>\n";
    html += "<ol class=\"features\">\n";
    for (const auto& input : pipeline.inputs)
        html += "<li><code>" + escapeMarkup(input) + "</code></li>\n";
    return html + "</ol>\n";
}

std::string summaryHtml(const Pipeline& pipeline)
{
    std::string html = "<p class=\"summary\">";
    html += pipeline.target.empty()
                ? std::string("Predicts")
                : "Predicts <strong>" + escapeMarkup(pipeline.target) + "</strong>";
    html += " from " + featureCount(pipeline.inputs.size()) + " through " +
            std::to_string(pipeline.steps.size()) +
            (pipeline.steps.size() == 1 ? " step" : " steps") + ".</p>\n";
    if (pipeline.score)
        html += "<div class=\"score\">" + escapeMarkup(pipeline.score->scoring) + " <strong>" +
                formatScore(pipeline.score->value) + "</strong></div>\n";
    return html;
}

} // namespace

std::string renderPipelineHtml(const nlohmann::json& description)
{
    const Pipeline pipeline = readDescription(description);
    std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                       "<meta name=\"color-scheme\" content=\"light dark\">\n"
                       "<meta name=\"generator\" content=\"Winnow " +
                       std::string(kVersion) + "\">\n<title>" + escapeMarkup(pipeline.title) +
                       "</title>\n<style>" + styleSheet() + "</style>\n</head>\n<body>\n<main>\n";
    html += "<header>\n<h1>" + escapeMarkup(pipeline.title) + "</h1>\n" + summaryHtml(pipeline) +
            "</header>\n";
    html += "<figure>\n" + inlineSvg(pipeline) + "</figure>\n" + legendHtml();
    html += stepsHtml(pipeline) + featuresHtml(pipeline);
    html += "<footer>Drawn by Winnow " + std::string(kVersion) + ".</footer>\n";
    html += "</main>\n</body>\n</html>\n";
    return html;
}

} // namespace winnow::engine
