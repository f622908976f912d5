package org.sendready.course.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.sendready.course.Citation;

/**
 * Lesson Markdown to safe HTML: CommonMark with tables, raw HTML escaped, the result cleaned against a safelist, links
 * to other sites opened in a new window (legislation.gov.uk cannot be framed inside an LMS), and inline citations
 * {@code [[KEY pinpoint]]} turned into links to their instrument.
 */
final class MarkdownRenderer {

    private static final Pattern INLINE_CITATION = Pattern.compile("\\[\\[([^\\[\\]]+)]]");
    private static final String MARK = "SRCITATION";

    private final Instruments instruments;
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = Safelist.relaxed().addAttributes("a", "rel", "target", "class")
            .addProtocols("a", "href", "https");

    MarkdownRenderer(Instruments instruments) {
        this.instruments = instruments;
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
    }

    Rendered render(String markdown) {
        List<Citation> citations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Matcher matcher = INLINE_CITATION.matcher(markdown);
        StringBuilder marked = new StringBuilder();
        while (matcher.find()) {
            Optional<Citation> citation = instruments.parse(matcher.group(1));
            if (citation.isEmpty()) {
                problems.add("inline citation [[" + matcher.group(1) + "]] does not resolve");
                matcher.appendReplacement(marked, "");
            } else {
                matcher.appendReplacement(marked, MARK + citations.size() + "X");
                citations.add(citation.get());
            }
        }
        matcher.appendTail(marked);
        Node document = parser.parse(marked.toString());
        String html = Jsoup.clean(renderer.render(document), "https://sendready.invalid/", safelist,
                new Document.OutputSettings().prettyPrint(false));
        Document dom = Jsoup.parseBodyFragment(html);
        List<String> links = new ArrayList<>();
        for (Element link : dom.select("a[href]")) {
            links.add(link.attr("href"));
            link.attr("target", "_blank").attr("rel", "noopener noreferrer");
        }
        String body = dom.body().html();
        for (int i = 0; i < citations.size(); i++) {
            Citation c = citations.get(i);
            String anchor = "<a class=\"cite\" href=\"" + escape(c.url()) + "\" target=\"_blank\" "
                    + "rel=\"noopener noreferrer\" title=\"" + escape(c.full()) + "\">(" + escape(c.brief()) + ")</a>";
            body = body.replace(MARK + i + "X", anchor);
        }
        int words = countWords(dom.body().text().replaceAll(MARK + "\\d+X", ""));
        return new Rendered(body, citations, links, problems, words);
    }

    private static int countWords(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    record Rendered(String html, List<Citation> inlineCitations, List<String> links, List<String> problems,
                    int words) {
    }
}
