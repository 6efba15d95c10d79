package org.attache.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Cancellation;

/**
 * Splits a plain-text page dump into blocks. Blank lines separate paragraphs; inside a paragraph,
 * lines are joined when the dump was hard-wrapped (a text browser's 70-80 columns) and kept apart
 * when each line is its own paragraph or list item. List markers ("*", "-", "•", "1.") start a
 * list item and are dropped from its text.
 */
final class TextBlocks {

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[*•●▪◦+o-]|\\d{1,3}[.)])\\s+(?=\\S)|^[*•●▪◦-]$");
    /** Widest line a hard-wrapping tool produces; wider lines are paragraphs on one line. */
    private static final int MAX_WRAP_WIDTH = 110;

    private TextBlocks() {
    }

    static List<Block> split(String text) {
        String[] lines = text.split("\n", -1);
        int wrapWidth = wrapWidth(lines);
        List<Block> blocks = new ArrayList<>();
        StringBuilder current = null;
        Block.Kind currentKind = Block.Kind.PARAGRAPH;
        int previousLength = 0;
        for (String raw : lines) {
            Cancellation.check();
            String line = TextStats.collapse(raw);
            if (line.isEmpty()) {
                flush(blocks, current, currentKind);
                current = null;
                continue;
            }
            Matcher marker = LIST_MARKER.matcher(line);
            // "3. März 2021" is a date written day first, not item 3 of a list
            boolean listItem = marker.find() && !(Character.isDigit(line.charAt(0))
                    && Dates.firstMatch(line).filter(d -> d.start() == 0).isPresent());
            boolean continues = current != null && !listItem && wrapWidth > 0 && previousLength >= wrapWidth - 18;
            if (continues) {
                current.append(' ').append(line);
            } else {
                flush(blocks, current, currentKind);
                current = new StringBuilder(listItem ? line.substring(marker.end()).strip() : line);
                currentKind = listItem ? Block.Kind.LIST_ITEM : Block.Kind.PARAGRAPH;
            }
            previousLength = raw.stripTrailing().length();
        }
        flush(blocks, current, currentKind);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder current, Block.Kind kind) {
        if (current != null) {
            blocks.add(new Block(current.toString(), kind, 0, 0));
        }
    }

    /**
     * The column the dump was wrapped at: the 90th percentile of the lengths of lines followed by
     * another non-blank line, or 0 when lines are longer than any wrapping tool makes them.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = new int[lines.length];
        int count = 0;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i + 1].isBlank()) {
                lengths[count++] = lines[i].stripTrailing().length();
            }
        }
        if (count < 3) {
            return 0;
        }
        int[] sorted = Arrays.copyOf(lengths, count);
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.9 * (count - 1))];
        return width > MAX_WRAP_WIDTH || width < 40 ? 0 : width;
    }
}
