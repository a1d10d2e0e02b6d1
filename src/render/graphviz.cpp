#include "render/graphviz.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <utility>

#include "support/diagnostics.hpp"

// Graphviz's "-n" setting (libgvc exports it; no public header declares it).
extern "C" int Nop;

namespace pactgraph {

namespace {

// Graphviz reports through a global callback; collect the messages of the current call.
std::string& graphviz_messages() {
    static std::string messages;
    return messages;
}

int collect_message(char* text) {
    graphviz_messages() += text;
    return 0;
}

Error graphviz_error(const std::string& what) {
    std::string text = "error: Graphviz " + what;
    std::string& messages = graphviz_messages();
    while (!messages.empty() && (messages.back() == '\n' || messages.back() == ' ')) messages.pop_back();
    if (!messages.empty()) text += ": " + messages;
    return Error(text);
}

class Context {
public:
    Context() : gvc_(gvContext()) {
        if (!gvc_) throw graphviz_error("could not start (gvContext failed)");
    }
    Context(Context&& other) noexcept : gvc_(std::exchange(other.gvc_, nullptr)) {}
    Context& operator=(Context&&) = delete;
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;
    ~Context() {
        if (gvc_) gvFreeContext(gvc_);
    }
    GVC_t* get() const { return gvc_; }

private:
    GVC_t* gvc_;
};

// One Graphviz context for the whole process. Graphviz 2.42's pango text-layout plugin caches a
// pointer to the last font name it measured; the name lives in the context's font dictionary, so
// freeing a context and creating another makes the next layout read freed memory (AddressSanitizer
// reports it in libgvplugin_pango). A single context that lives until exit keeps that pointer
// valid. Rendering is single-threaded.
const Context& shared_context() {
    static const Context context;
    return context;
}

// A graph parsed from memory; frees its layout (if any) before closing it.
class Graph {
public:
    explicit Graph(const std::string& text) : graph_(agmemread(text.c_str())) {
        if (!graph_) throw graphviz_error("could not parse the DOT text");
    }
    Graph(Graph&& other) noexcept
        : graph_(std::exchange(other.graph_, nullptr)),
          laid_out_by_(std::exchange(other.laid_out_by_, nullptr)),
          keep_layout_(other.keep_layout_) {}
    Graph& operator=(Graph&&) = delete;
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;
    ~Graph() {
        if (graph_ && laid_out_by_ && !keep_layout_) gvFreeLayout(laid_out_by_, graph_);
        if (graph_) agclose(graph_);
    }
    Agraph_t* get() const { return graph_; }

    void layout(const Context& ctx, LayoutEngine engine) {
        const std::string name(engine_name(engine));
        if (gvLayout(ctx.get(), graph_, name.c_str()) != 0)
            throw graphviz_error("layout with " + name + " failed");
        laid_out_by_ = ctx.get();
        // Graphviz 2.43's dot frees a cluster's rank arrays twice when a labelled edge between
        // nodes of one rank made it add a rank above the top one (flat_edges reallocates the
        // root's arrays that the clusters point into; dot_cleanup then frees both). Valgrind and
        // AddressSanitizer both see it in gvFreeLayout on ai-compute-web.toml --cluster-by kind.
        // Leaving that layout's memory to the process (a few kilobytes a picture) avoids it.
        keep_layout_ = engine == LayoutEngine::dot && has_clusters();
    }

private:
    bool has_clusters() const {
        for (Agraph_t* sub = agfstsubg(graph_); sub; sub = agnxtsubg(sub))
            if (std::string_view(agnameof(sub)).rfind("cluster", 0) == 0) return true;
        return false;
    }

    Agraph_t* graph_;
    GVC_t* laid_out_by_ = nullptr;
    bool keep_layout_ = false;
};

// Bytes from gvRenderData, freed with gvFreeRenderData.
class RenderData {
public:
    RenderData(const Context& ctx, const Graph& g, const std::string& format) {
        if (gvRenderData(ctx.get(), g.get(), format.c_str(), &data_, &length_) != 0 || !data_) {
            if (data_) gvFreeRenderData(data_);
            data_ = nullptr;
            throw graphviz_error("could not render " + format);
        }
    }
    RenderData(RenderData&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)), length_(other.length_) {}
    RenderData& operator=(RenderData&&) = delete;
    RenderData(const RenderData&) = delete;
    RenderData& operator=(const RenderData&) = delete;
    ~RenderData() {
        if (data_) gvFreeRenderData(data_);
    }
    std::string bytes() const { return std::string(data_, length_); }

private:
    char* data_ = nullptr;
    unsigned int length_ = 0;
};

// Routes Graphviz's messages into graphviz_messages() for the duration of one call (errors only:
// warnings such as font substitutions would only be noise on a user's terminal).
class MessageCapture {
public:
    MessageCapture() : previous_(agseterrf(collect_message)), level_(agseterr(AGERR)) {
        graphviz_messages().clear();
    }
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;
    ~MessageCapture() {
        agseterrf(previous_);
        agseterr(level_);
    }

private:
    agusererrf previous_;
    agerrlevel_t level_;
};

// `neato -n2` for one layout call: sets Graphviz's global Nop (2: positions and splines as
// given) and restores it. Rendering is single-threaded (see shared_context()).
class NeatoKeepsLayout {
public:
    NeatoKeepsLayout() : previous_(Nop) { Nop = 2; }
    NeatoKeepsLayout(const NeatoKeepsLayout&) = delete;
    NeatoKeepsLayout& operator=(const NeatoKeepsLayout&) = delete;
    ~NeatoKeepsLayout() { Nop = previous_; }

private:
    int previous_;
};

}  // namespace

std::string graphviz_render(std::string_view dot_text, LayoutEngine engine, std::string_view format) {
    MessageCapture capture;
    const Context& ctx = shared_context();
    Graph g{std::string(dot_text)};
    g.layout(ctx, engine);
    return RenderData(ctx, g, std::string(format)).bytes();
}

Point graphviz_size(std::string_view dot_text, LayoutEngine engine) {
    MessageCapture capture;
    const Context& ctx = shared_context();
    Graph g{std::string(dot_text)};
    g.layout(ctx, engine);
    RenderData attached(ctx, g, "dot");  // writes the layout into the "bb" attribute
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    char* bb = agget(g.get(), const_cast<char*>("bb"));
    if (!bb || std::sscanf(bb, "%lf,%lf,%lf,%lf", &x0, &y0, &x1, &y1) != 4)
        throw graphviz_error("gave no bounding box");
    return {x1 - x0, y1 - y0};
}

std::string edge_key(std::string_view tail, std::string_view head, std::size_t n) {
    return std::string(tail) + "->" + std::string(head) + "#" + std::to_string(n);
}

GraphvizLayout graphviz_layout(std::string_view dot_text, LayoutEngine engine) {
    MessageCapture capture;
    const Context& ctx = shared_context();
    Graph g{std::string(dot_text)};
    g.layout(ctx, engine);
    RenderData attached(ctx, g, "dot");  // writes the layout into the "pos" and "lp" attributes
    GraphvizLayout out;
    const auto attribute = [](void* object, const char* name) {
        const char* value = agget(object, const_cast<char*>(name));
        return std::string(value ? value : "");
    };
    for (Agnode_t* n = agfstnode(g.get()); n; n = agnxtnode(g.get(), n)) {
        Point p;
        if (std::sscanf(attribute(n, "pos").c_str(), "%lf,%lf", &p.x, &p.y) == 2) out.nodes.emplace(agnameof(n), p);
        std::map<std::string, std::size_t> seen;  // per head: edges from n so far (in creation order)
        for (Agedge_t* e = agfstout(g.get(), n); e; e = agnxtout(g.get(), e)) {
            const std::string head = agnameof(aghead(e));
            const std::string spline = attribute(e, "pos");
            if (!spline.empty())
                out.edges.emplace(edge_key(agnameof(n), head, seen[head]), EdgeRoute{spline, attribute(e, "lp")});
            ++seen[head];
        }
    }
    return out;
}

std::string graphviz_render_as_laid_out(std::string_view dot_text, std::string_view format) {
    MessageCapture capture;
    const Context& ctx = shared_context();
    Graph g{std::string(dot_text)};
    {
        // Graphviz 2.43's library has no switch for `neato -n2` but the global the command line
        // sets: with it, neato keeps node positions and edge splines as given.
        const NeatoKeepsLayout keep;
        g.layout(ctx, LayoutEngine::neato);
    }
    return RenderData(ctx, g, std::string(format)).bytes();
}

std::map<std::string, Point> graphviz_positions(std::string_view dot_text, LayoutEngine engine) {
    return graphviz_layout(dot_text, engine).nodes;
}

}  // namespace pactgraph
