#include "engine/artifacts/pipeline_page.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QtTest>

#include <malloc.h>

#include <future>
#include <set>
#include <string>
#include <vector>

using namespace winnow::engine;
using nlohmann::json;

// Graphviz 2.43 and the Pango and fontconfig libraries under it keep caches
// for the life of the process and leak a little per HTML label cell (see
// repeatedCalls_stayStableAndBounded); a sanitizer build should report only
// leaks of our own.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libgvc.so\nleak:libcgraph.so\nleak:libgvplugin_\nleak:libpango\n"
           "leak:libfontconfig.so\nleak:libglib-2.0.so\nleak:libcairo.so\n";
}

namespace {

const std::string kHostile = "<script>alert(1)</script> & \"x\"";

// Escaping written out independently of the code under test.
std::string escaped(std::string text)
{
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

json sampleDescription()
{
    return {{"title", "Fraud model"},
            {"inputs", {"v1", "v2", "amount", kHostile}},
            {"target", "class"},
            {"steps",
             {{{"name", "simpleimputer"},
               {"kind", "encoder"},
               {"params", {{"strategy", "median"}, {"addIndicator", false}}}},
              {{"name", "standardscaler"},
               {"kind", "transformer"},
               {"params", {{"withMean", true}, {"withStd", true}}}},
              {{"name", "pca"}, {"kind", "transformer"}, {"params", json::object()}},
              {{"name", "xgbclassifier"},
               {"kind", "learner"},
               {"params",
                {{"nEstimators", 200},
                 {"learningRate", 0.1},
                 {"booster", "gbtree"},
                 {"monotone", {1, 0}},
                 {"missing", nullptr}}}}}},
            {"score", {{"scoring", "f1"}, {"value", 0.9712}}}};
}

std::string svgOf(const std::string& html)
{
    const auto start = html.find("<svg");
    const auto end = html.find("</svg>");
    if (start == std::string::npos || end == std::string::npos)
        return {};
    return html.substr(start, end + 6 - start);
}

QString xmlError(const std::string& svg)
{
    QXmlStreamReader reader(QByteArray::fromStdString(svg));
    while (!reader.atEnd())
        reader.readNext();
    return reader.hasError() ? reader.errorString() : QString();
}

std::size_t occurrences(const std::string& text, const std::string& what)
{
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++count;
    return count;
}

// The fill colour of the box drawn for the node whose id is `id`.
std::string fillOfNode(const std::string& svg, const std::string& id)
{
    const auto title = svg.find("<title>" + id + "</title>");
    if (title == std::string::npos)
        return {};
    const auto fill = svg.find("fill=\"", title);
    return svg.substr(fill + 6, svg.find('"', fill + 6) - fill - 6);
}

std::size_t heapInUse()
{
    return mallinfo2().uordblks;
}

} // namespace

class TestPipelinePage : public QObject {
    Q_OBJECT

private slots:
    void everyStepAndParameter_appearInGraphAndList()
    {
        const json description = sampleDescription();
        const std::string html = renderPipelineHtml(description);
        const std::string svg = svgOf(html);
        QVERIFY(!svg.empty());
        for (const auto& step : description["steps"]) {
            const std::string name = step["name"].get<std::string>();
            QVERIFY2(svg.find(">" + name + "<") != std::string::npos, name.c_str());
            QVERIFY2(occurrences(html, name) >= 2, name.c_str()); // the graph and the list
            for (const auto& [key, value] : step["params"].items()) {
                const std::string text = value.is_string() ? value.get<std::string>()
                                         : value.is_null() ? std::string("none")
                                                           : value.dump();
                QVERIFY2(occurrences(html, ">" + escaped(key) + "<") >= 2, key.c_str());
                QVERIFY2(html.find(escaped(text)) != std::string::npos, text.c_str());
            }
        }
        QVERIFY(html.find("<title>Fraud model</title>") != std::string::npos);
        QVERIFY(html.find("0.9712") != std::string::npos);
        QVERIFY(html.find(">class<") != std::string::npos);
        QVERIFY(html.find("No parameters") != std::string::npos); // pca
    }

    void userText_isEscapedEverywhere()
    {
        json description = sampleDescription();
        description["title"] = kHostile;
        description["target"] = kHostile;
        description["steps"][0]["name"] = "</style><script>alert(2)</script>";
        description["steps"][1]["params"] = {{"<b onmouseover='x'>", "</td><script>"}};
        description["score"]["scoring"] = "<img src=x onerror=alert(3)>";
        const std::string html = renderPipelineHtml(description);

        QVERIFY(
            !QString::fromStdString(html).contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(html.find("<img") == std::string::npos);
        QVERIFY(html.find("<b ") == std::string::npos);
        QCOMPARE(occurrences(html, "</style>"), std::size_t{1});
        QVERIFY(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;") !=
                std::string::npos);
        QVERIFY(html.find("&lt;/style&gt;&lt;script&gt;alert(2)") != std::string::npos);
        QVERIFY(html.find("&lt;img src=x onerror=alert(3)&gt;") != std::string::npos);
        const QString error = xmlError(svgOf(html));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void page_isSelfContained()
    {
        const std::string html = renderPipelineHtml(sampleDescription());
        const QString page = QString::fromStdString(html);
        for (const auto* forbidden : {"<script", "<link", "<iframe", "<img", "<object", "<embed",
                                      "@import", "url(", "<?xml", "<!DOCTYPE svg"})
            QVERIFY2(!page.contains(QLatin1String(forbidden), Qt::CaseInsensitive), forbidden);
        QCOMPARE(occurrences(html, "<!DOCTYPE html>"), std::size_t{1});
        static const QRegularExpression reference(
            QStringLiteral("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!page.contains(reference));
        // The only web addresses are the SVG namespaces.
        static const QRegularExpression address(QStringLiteral("https?://"));
        static const QRegularExpression namespaceAddress(
            QStringLiteral("xmlns(:\\w+)?=\"https?://www\\.w3\\.org/"));
        QCOMPARE(page.count(address), page.count(namespaceAddress));
        QVERIFY(page.contains(QStringLiteral("prefers-color-scheme: dark")));
    }

    void svg_isWellFormedWithoutProlog()
    {
        const std::string html = renderPipelineHtml(sampleDescription());
        const std::string svg = svgOf(html);
        const QString error = xmlError(svg);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(html.find("<?xml") == std::string::npos);
        QVERIFY(html.find("<!-- Generated by graphviz") == std::string::npos);
    }

    void stepKinds_areDrawnDifferently()
    {
        const std::string svg = svgOf(renderPipelineHtml(sampleDescription()));
        const std::string encoder = fillOfNode(svg, "step0");
        const std::string transformer = fillOfNode(svg, "step1");
        const std::string learner = fillOfNode(svg, "step3");
        const std::string input = fillOfNode(svg, "inputs");
        const std::string prediction = fillOfNode(svg, "prediction");
        QVERIFY(!encoder.empty() && !transformer.empty() && !learner.empty());
        QCOMPARE(fillOfNode(svg, "step2"), transformer);
        const std::set<std::string> fills{encoder, transformer, learner, input, prediction};
        QCOMPARE(fills.size(), std::size_t{5});
        QVERIFY(svg.find(">ENCODER<") != std::string::npos);
        QVERIFY(svg.find(">TRANSFORMER<") != std::string::npos);
        QVERIFY(svg.find(">LEARNER<") != std::string::npos);
    }

    void brokenText_becomesValidUtf8()
    {
        json description = sampleDescription();
        description["inputs"] = {std::string("bad\xff\x01name"), std::string("tab\there"),
                                 std::string("caf\xc3\xa9")};
        const std::string html = renderPipelineHtml(description);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(QByteArray::fromStdString(html));
        QVERIFY(!decoder.hasError());
        QVERIFY(text.contains(QStringLiteral("bad\uFFFD\uFFFDname")));
        QVERIFY(text.contains(QStringLiteral("tab here")));
        QVERIFY(text.contains(QStringLiteral("caf\u00e9")));
        const QString error = xmlError(svgOf(html));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void manyFeatures_summarisedInGraphListedInFull()
    {
        json description = sampleDescription();
        description["inputs"] = json::array();
        for (int i = 0; i < 200; ++i)
            description["inputs"].push_back("feature_" + std::to_string(i));
        const std::string html = renderPipelineHtml(description);
        const std::string svg = svgOf(html);
        QVERIFY(svg.find(">feature_0<") != std::string::npos);
        QVERIFY(svg.find("feature_150") == std::string::npos);
        QVERIFY(svg.find("and 188 more") != std::string::npos);
        QVERIFY(svg.find("200 features") != std::string::npos);
        for (int i = 0; i < 200; ++i)
            QVERIFY(html.find("<code>feature_" + std::to_string(i) + "</code>") !=
                    std::string::npos);
    }

    void minimalDescription_rendersWithDefaults()
    {
        const std::string html = renderPipelineHtml({{"steps", json::array()}});
        QVERIFY(html.find("<svg") != std::string::npos);
        QVERIFY(html.find("Prediction") != std::string::npos);
        const QString error = xmlError(svgOf(html));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void badDescription_throwsInvalidArgument()
    {
        const std::vector<json> broken{
            json::array(),
            json::object(),
            {{"steps", "simpleimputer"}},
            {{"steps", {{{"params", json::object()}}}}},
            {{"steps", {{{"name", "x"}, {"kind", "model"}}}}},
            {{"steps", {{{"name", "x"}, {"params", {1, 2}}}}}},
            {{"steps", json::array()}, {"inputs", {1, 2}}},
            {{"steps", json::array()}, {"title", 3}},
            {{"steps", json::array()}, {"score", {{"scoring", "f1"}}}},
        };
        for (const auto& description : broken)
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, renderPipelineHtml(description));
    }

    void repeatedCalls_stayStableAndBounded()
    {
        const json description = sampleDescription();
        const std::string first = renderPipelineHtml(description);
        for (int i = 0; i < 5; ++i) // let Graphviz, Pango and fontconfig fill their caches
            renderPipelineHtml(description);

        // Graphviz 2.43 loses about a hundred bytes per cell of an HTML-like
        // label (fixed in later releases), some six kilobytes for this page;
        // anything of ours (the SVG buffer, a graph or its layout, tens of
        // kilobytes each) would overshoot the allowance.
        const std::size_t cells = 50;
        const std::size_t allowancePerCall = cells * 128 + 2048;
        const std::size_t before = heapInUse();
        for (int i = 0; i < 100; ++i)
            QCOMPARE(renderPipelineHtml(description), first);
        const std::size_t after = heapInUse();
        const std::size_t growth = after > before ? after - before : 0;
        QVERIFY2(growth < 100 * allowancePerCall,
                 qPrintable(QStringLiteral("heap grew by %1 bytes over 100 pages").arg(growth)));
        QVERIFY2(first.size() > allowancePerCall, "the page is too small to tell a leak");
    }

    void concurrentCalls_areSerialisedSafely()
    {
        const json description = sampleDescription();
        const std::string expected = renderPipelineHtml(description);
        std::vector<std::future<bool>> workers;
        for (int t = 0; t < 4; ++t)
            workers.push_back(std::async(std::launch::async, [&] {
                bool same = true;
                for (int i = 0; i < 10; ++i)
                    same = same && renderPipelineHtml(description) == expected;
                return same;
            }));
        for (auto& worker : workers)
            QVERIFY(worker.get());
    }
};

QTEST_GUILESS_MAIN(TestPipelinePage)
#include "test_pipeline_page.moc"
