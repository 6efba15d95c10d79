package org.attache.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    @Test
    void fitCutsWithOneEllipsis() {
        assertEquals("short", TextLayout.fit("short", 10));
        assertEquals("abcdefghi…", TextLayout.fit("abcdefghijklmnop", 10));
        assertEquals("a b", TextLayout.fit("a\n\nb", 10), "line breaks become spaces");
    }

    @Test
    void fitMiddleKeepsTheEnd() {
        assertEquals("abc…klmnop", TextLayout.fitMiddle("abcdefghijklmnop", 10));
    }

    @Test
    void wrapEndsTheLastKeptLineWithOneEllipsis() {
        assertEquals(List.of("aaaa bbbb", "cccc dddd…"), TextLayout.wrap("aaaa bbbb cccc dddd eeee", 10, 2));
        assertEquals(List.of("aaaa bbbb", "cccc dddd…"), TextLayout.wrap("aaaa bbbb cccc dddde eeee", 10, 2),
                "a full last line gives its last character to the ellipsis");
        assertEquals(List.of("aaaaaaaaaa", "aaaaa"), TextLayout.wrap("aaaaaaaaaaaaaaa", 10, 3), "long words are split");
    }

    @Test
    void linesNeverExceedTheWidth() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            StringBuilder sb = new StringBuilder();
            int words = random.nextInt(40);
            for (int w = 0; w < words; w++) {
                sb.append("x".repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 8)))
                        .append(random.nextInt(8) == 0 ? "\n" : " ");
            }
            int width = 5 + random.nextInt(40);
            String text = sb.toString();
            for (String line : TextLayout.wrap(text, width, 1 + random.nextInt(4))) {
                assertTrue(line.length() <= width, width + ": " + line);
            }
            assertTrue(TextLayout.fit(text, width).length() <= width);
            assertTrue(TextLayout.fitMiddle(text, width).length() <= width);
            assertTrue(TextLayout.spread(text, "2021-06-14", Math.max(width, 12)).length() <= Math.max(width, 12));
        }
    }
}
