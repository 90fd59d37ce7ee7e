package dev.tributary.web;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders ticket bodies (markdown written by integrations from provider data) to HTML. Raw HTML in
 * the text is escaped and link URLs are limited to safe schemes, so provider data cannot inject
 * markup or script.
 */
@Component
public class Markdown {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public String render(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        Node document = parser.parse(text);
        return renderer.render(document);
    }
}
