#include "engine/artifacts/graphviz_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace winnow::engine {
namespace {

std::mutex graphvizMutex;
// Where Graphviz's messages go while a call holds graphvizMutex.
std::string* graphvizMessages = nullptr;

int collectMessage(char* message)
{
    if (graphvizMessages && message)
        *graphvizMessages += message;
    return 0;
}

// Installs collectMessage for the lifetime of a call and puts back whatever
// handler was there before.
class MessageCapture {
public:
    explicit MessageCapture(std::string& messages) : m_previous(agseterrf(collectMessage))
    {
        graphvizMessages = &messages;
    }
    ~MessageCapture()
    {
        graphvizMessages = nullptr;
        agseterrf(m_previous);
    }
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;

private:
    agusererrf m_previous;
};

// One context for the whole process, made on first use: Graphviz 2.43
// leaks part of every context it creates (its plugin configuration), so
// making one per call would grow without bound, while one kept for good is
// a fixed cost. Only used under graphvizMutex.
GVC_t* sharedContext()
{
    static GVC_t* context = gvContext();
    return context;
}

struct GraphDeleter {
    void operator()(Agraph_t* graph) const { agclose(graph); }
};
struct RenderDataDeleter {
    void operator()(char* data) const { gvFreeRenderData(data); }
};

// Holds a laid out graph and frees its layout before the graph itself.
class Layout {
public:
    Layout(GVC_t* context, Agraph_t* graph) : m_context(context), m_graph(graph) {}
    ~Layout() { gvFreeLayout(m_context, m_graph); }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

private:
    GVC_t* m_context;
    Agraph_t* m_graph;
};

std::runtime_error graphvizError(const std::string& what, const std::string& messages)
{
    return std::runtime_error("graphviz: " + what + (messages.empty() ? "" : ": " + messages));
}

// Drops everything before the <svg element: the XML declaration, the
// DOCTYPE and Graphviz's banner comments.
std::string svgElement(std::string_view document)
{
    const auto start = document.find("<svg");
    if (start == std::string_view::npos)
        throw std::runtime_error("graphviz: the rendering holds no <svg> element");
    auto end = document.rfind("</svg>");
    end = end == std::string_view::npos ? document.size() : end + 6;
    return std::string(document.substr(start, end - start)) + "\n";
}

} // namespace

std::string layoutDotAsSvg(const std::string& dot)
{
    std::lock_guard lock(graphvizMutex);
    std::string messages;
    MessageCapture capture(messages);

    GVC_t* context = sharedContext();
    if (!context)
        throw graphvizError("could not start", messages);
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agmemread(dot.c_str()));
    if (!graph)
        throw graphvizError("could not read the graph", messages);
    if (gvLayout(context, graph.get(), "dot") != 0)
        throw graphvizError("could not lay out the graph", messages);
    Layout layout(context, graph.get());

    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(context, graph.get(), "svg", &data, &length) != 0 || !data)
        throw graphvizError("could not render the graph as SVG", messages);
    std::unique_ptr<char, RenderDataDeleter> rendered(data);
    return svgElement(std::string_view(rendered.get(), length));
}

} // namespace winnow::engine
