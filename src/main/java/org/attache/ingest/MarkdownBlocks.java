package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Cancellation;

/**
 * Splits a Markdown body into blocks: lines of a paragraph are joined (Markdown wraps freely),
 * a hard break (two trailing spaces or a backslash) ends a line of its own, and headings, list
 * items and "&gt;" quotes are blocks of their kind. Inline markup (emphasis, links, images, escapes,
 * HTML tags) is reduced to its text.
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,6}(?:[*+-]|\\d{1,3}[.)])\\s+(?=\\S)");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,300})\\]\\([^)]{0,500}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,300})\\]\\([^)]{0,500}\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]{1,300})\\]\\[[^\\]]{0,100}\\]");
    /** Emphasis markers: runs of '*' or '__' touching a word. Deleted in one linear pass, without pairing. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)(?:\\*{1,3}|_{2,3})(?=\\S)|(?<=\\S)(?:\\*{1,3}|_{2,3})");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]{0,200}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~\"'])");

    private MarkdownBlocks() {
    }

    static List<Block> split(String body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        Block.Kind kind = Block.Kind.PARAGRAPH;
        for (String raw : body.split("\n", -1)) {
            Cancellation.check();
            if (raw.isBlank()) {
                flush(blocks, current, kind, 0);
                current = null;
                continue;
            }
            boolean hardBreak = raw.endsWith("  ") || raw.endsWith("\\");
            String line = raw.endsWith("\\") && !raw.endsWith("\\\\") ? raw.substring(0, raw.length() - 1) : raw;
            Matcher heading = HEADING.matcher(line.strip());
            Matcher item = LIST_ITEM.matcher(line);
            Matcher quote = QUOTE.matcher(line);
            if (current != null && kind == Block.Kind.PARAGRAPH && SETEXT_UNDERLINE.matcher(line).matches()) {
                // "Title" over "=====" or "-----" is a heading, not a paragraph ending in "====="
                String text = inline(current.toString());
                blocks.add(new Block(text, Block.Kind.HEADING, line.strip().startsWith("=") ? 1 : 2, 0));
                current = null;
                continue;
            }
            if (heading.matches() && !line.startsWith("\\")) {
                flush(blocks, current, kind, 0);
                blocks.add(new Block(inline(heading.group(2)), Block.Kind.HEADING, heading.group(1).length(), 0));
                current = null;
                continue;
            }
            if (item.find()) {
                flush(blocks, current, kind, 0);
                current = new StringBuilder(line.substring(item.end()));
                kind = Block.Kind.LIST_ITEM;
            } else if (quote.find()) {
                if (current == null || kind != Block.Kind.QUOTE) {
                    flush(blocks, current, kind, 0);
                    current = new StringBuilder();
                    kind = Block.Kind.QUOTE;
                }
                current.append(' ').append(line.substring(quote.end()));
            } else if (current != null && LineRule.SIGN_OFF.matches(line.strip())) {
                // a sign-off written on the paragraph's last line ("egw-sk") is not part of it
                flush(blocks, current, kind, 0);
                current = new StringBuilder(line.strip());
                kind = Block.Kind.PARAGRAPH;
            } else if (current == null) {
                current = new StringBuilder(line);
                kind = Block.Kind.PARAGRAPH;
            } else {
                current.append(' ').append(line);
            }
            if (hardBreak) {
                flush(blocks, current, kind, 0);
                current = null;
            }
        }
        flush(blocks, current, kind, 0);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder current, Block.Kind kind, int level) {
        if (current == null) {
            return;
        }
        String text = inline(current.toString());
        if (!text.isEmpty()) {
            blocks.add(new Block(text, kind, level, 0));
        }
    }

    /**
     * Inline Markdown to plain text. Each pattern runs only on text holding the characters it
     * cannot match without (most paragraphs have no links or emphasis; the profile showed these
     * passes as a third of cleaning).
     */
    static String inline(String s) {
        String t = s;
        if (t.contains("![")) {
            t = IMAGE.matcher(t).replaceAll("");
        }
        if (t.contains("](")) {
            t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.contains("][")) {
            t = REF_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.indexOf('<') >= 0) {
            t = TAG.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0) {
            t = EMPHASIS.matcher(t).replaceAll("");
        }
        if (t.indexOf('\\') >= 0) {
            t = ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (t.indexOf('&') >= 0) {
            t = org.jsoup.parser.Parser.unescapeEntities(t, false);
        }
        return TextStats.collapse(t);
    }
}
