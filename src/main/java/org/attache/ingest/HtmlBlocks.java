package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Cancellation;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an HTML tree (already stripped of chrome containers) into blocks in reading order: every
 * block-level element starts a new block, a double line break splits a block, and each block
 * remembers whether it was a heading, list item or quotation and how much of it was link text.
 * Iterative traversal, so nesting depth is never a problem.
 */
final class HtmlBlocks {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
            "table", "tr", "td", "th", "tbody", "thead", "figure", "address", "center", "hr", "body", "html",
            "form", "fieldset", "details", "summary", "caption");

    private HtmlBlocks() {
    }

    static List<Block> extract(Element root) {
        Collector collector = new Collector();
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    private static final class Collector implements NodeVisitor {

        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int anchorDepth;
        private int listDepth;
        private int quoteDepth;
        private int attributionDepth;
        private int headingLevel;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                // Source line breaks are just spaces in HTML; only <br> breaks a line.
                String s = t.getWholeText().replace('\n', ' ').replace('\r', ' ');
                text.append(s);
                if (anchorDepth > 0) {
                    linkChars += s.strip().length();
                }
                return;
            }
            String tag = elementTag(node);
            switch (tag) {
                case "br" -> text.append('\n');
                case "a" -> anchorDepth++;
                case "li", "dd" -> listDepth++;
                case "blockquote", "q" -> quoteDepth += tag.equals("blockquote") ? 1 : 0;
                case "cite", "footer" -> attributionDepth += quoteDepth > 0 ? 1 : 0;
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = tag.charAt(1) - '0';
                default -> {
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            String tag = elementTag(node);
            switch (tag) {
                case "a" -> anchorDepth = Math.max(0, anchorDepth - 1);
                case "li", "dd" -> listDepth = Math.max(0, listDepth - 1);
                case "blockquote" -> quoteDepth = Math.max(0, quoteDepth - 1);
                case "cite", "footer" -> attributionDepth = Math.max(0, attributionDepth - (quoteDepth > 0 ? 1 : 0));
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLevel = 0;
                default -> {
                }
            }
        }

        /** The tag of an element (a block's edge ends the block so far), or "" for any other node. */
        private String elementTag(Node node) {
            if (!(node instanceof Element el)) {
                return "";
            }
            String tag = el.normalName();
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
            return tag;
        }

        void flush() {
            if (text.length() == 0) {
                return;
            }
            Cancellation.check(); // once per block of a page: a stopped task stops here
            Block.Kind kind = attributionDepth > 0 ? Block.Kind.ATTRIBUTION
                    : quoteDepth > 0 ? Block.Kind.QUOTE
                    : headingLevel > 0 ? Block.Kind.HEADING
                    : listDepth > 0 ? Block.Kind.LIST_ITEM
                    : Block.Kind.PARAGRAPH;
            String all = text.toString();
            int total = Math.max(1, TextStats.collapse(all).length());
            double density = Math.min(1.0, (double) linkChars / total);
            for (String part : all.split("\\n\\s*\\n")) {
                String line = TextStats.collapse(part);
                if (!line.isEmpty()) {
                    blocks.add(new Block(line, kind, headingLevel, density));
                }
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
