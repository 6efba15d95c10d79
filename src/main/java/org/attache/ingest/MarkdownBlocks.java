package org.attache.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.model.Cancellation;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Splits a Markdown body into blocks with commonmark-java (the CommonMark spec, not a line reader:
 * setext headings, lazy continuation lines, escapes and entities come out right). Paragraph lines
 * are joined, a hard break ends a block, headings, list items and "&gt;" quotes are blocks of their
 * kind, and inline markup (emphasis, links, code, HTML tags) is reduced to its text; images go.
 * The tree is walked with explicit stacks, so nesting depth is never a problem.
 */
final class MarkdownBlocks {

    /**
     * Emphasis delimiters CommonMark leaves as text because scrapes misplace them ("**Cyber: **Allies",
     * "Atlantic**,**"): runs of asterisks or double underscores touching a word are markup, not prose.
     */
    private static final Pattern STRAY_DELIMITER = Pattern.compile("(?:\\*{1,3}|_{2,3})(?=\\S)|(?<=\\S)(?:\\*{1,3}|_{2,3})");
    /** Thread-safe once built (commonmark-java's documented contract). */
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownBlocks() {
    }

    static List<Block> split(String body) {
        List<Block> blocks = new ArrayList<>();
        Deque<Placed> stack = new ArrayDeque<>();
        pushChildren(stack, PARSER.parse(body), Block.Kind.PARAGRAPH);
        while (!stack.isEmpty()) {
            Placed placed = stack.pop();
            Node node = placed.node();
            Block.Kind kind = placed.kind();
            Cancellation.check();
            if (node instanceof Heading h) {
                add(blocks, inlineLines(h).text(), Block.Kind.HEADING, h.getLevel());
            } else if (node instanceof Paragraph p) {
                addParagraph(blocks, p, kind);
            } else if (node instanceof IndentedCodeBlock code) {
                addLiteral(blocks, code.getLiteral(), kind);
            } else if (node instanceof FencedCodeBlock code) {
                addLiteral(blocks, code.getLiteral(), kind);
            } else if (node instanceof HtmlBlock html) {
                add(blocks, Jsoup.parseBodyFragment(html.getLiteral()).text(), kind, 0);
            } else {
                // lists, items, quotes: their blocks hold the text. Inside a quote a block is a
                // quotation, inside a list item (and no quote) a list item.
                Block.Kind inner = node instanceof BlockQuote || kind == Block.Kind.QUOTE ? Block.Kind.QUOTE
                        : node instanceof ListItem ? Block.Kind.LIST_ITEM : kind;
                pushChildren(stack, node, inner);
            }
        }
        return blocks;
    }

    /** A block node and the kind its paragraphs take from where it sits. */
    private record Placed(Node node, Block.Kind kind) {
    }

    private static void pushChildren(Deque<Placed> stack, Node parent, Block.Kind kind) {
        List<Node> children = children(parent);
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Placed(children.get(i), kind));
        }
    }

    private static List<Node> children(Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            children.add(c);
        }
        return children;
    }

    /**
     * One block per hard-broken line; a sign-off written on a paragraph's own line ("egw-sk") starts
     * a block of its own instead of ending the paragraph.
     */
    private static void addParagraph(List<Block> blocks, Paragraph p, Block.Kind kind) {
        StringBuilder current = new StringBuilder();
        for (Line line : inlineLines(p).lines()) {
            String text = TextStats.collapse(line.text());
            if (current.length() > 0 && LineRule.SIGN_OFF.matches(text)) {
                add(blocks, current.toString(), kind, 0);
                current.setLength(0);
            }
            current.append(' ').append(text);
            if (line.hardBreak()) {
                add(blocks, current.toString(), kind, 0);
                current.setLength(0);
            }
        }
        add(blocks, current.toString(), kind, 0);
    }

    /** Code blocks in scrapes are mostly indented prose: each blank-line-separated chunk is a block. */
    private static void addLiteral(List<Block> blocks, String literal, Block.Kind kind) {
        for (String chunk : literal.split("\\n\\s*\\n")) {
            add(blocks, chunk, kind, 0);
        }
    }

    private static void add(List<Block> blocks, String text, Block.Kind kind, int level) {
        String line = TextStats.collapse(text);
        if (!line.isEmpty()) {
            blocks.add(new Block(line, kind, level, 0));
        }
    }

    /** A source line of inline text, and whether a hard break ends it. */
    private record Line(String text, boolean hardBreak) {
    }

    private record InlineText(List<Line> lines) {
        String text() {
            StringBuilder all = new StringBuilder();
            lines.forEach(l -> all.append(l.text()).append(' '));
            return all.toString();
        }
    }

    /** The plain text of a block's inlines, line by line: links keep their text, images and tags go. */
    private static InlineText inlineLines(Node block) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        pushInlines(stack, block);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Text t) {
                current.append(withoutStrayDelimiters(t.getLiteral()));
            } else if (node instanceof Code c) {
                current.append(c.getLiteral());
            } else if (node instanceof HtmlInline) {
                current.append(' ');
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                lines.add(new Line(current.toString(), node instanceof HardLineBreak));
                current.setLength(0);
            } else if (!(node instanceof Image)) {
                pushInlines(stack, node); // emphasis, links and any other container: their text
            }
        }
        lines.add(new Line(current.toString(), false));
        return new InlineText(lines);
    }

    private static void pushInlines(Deque<Node> stack, Node parent) {
        List<Node> children = children(parent);
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    private static String withoutStrayDelimiters(String literal) {
        return literal.indexOf('*') >= 0 || literal.contains("__") ? STRAY_DELIMITER.matcher(literal).replaceAll("") : literal;
    }
}
