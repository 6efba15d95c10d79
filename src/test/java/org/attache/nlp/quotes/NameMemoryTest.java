package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameMemoryTest {

    @Test
    void lastWordIsTheSurnameWithoutPossessiveOrFullStop() {
        assertEquals("jones", NameMemory.lastWord("Mr. Tom Jones's"));
        assertEquals("jones", NameMemory.lastWord(" Tom  JONES’ "));
        assertEquals("jr", NameMemory.lastWord("Martin Luther King Jr."));
        assertEquals("x", NameMemory.lastWord("X.'"));
        assertEquals("", NameMemory.lastWord("   "));
    }

    /** The hand-written version must agree with the pattern version it replaced, on any string. */
    @Test
    void lastWordAgreesWithThePatternDefinition() {
        Random random = new Random(5);
        String alphabet = "aBsS .'’\t\n\r\u000B\f\u0085\u2028\u2003\u00a0İK.";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = b.toString();
            assertEquals(byPattern(name), NameMemory.lastWord(name), () -> "on " + name.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }

    private static String byPattern(String name) {
        String[] parts = name.strip().split("\\s+");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        return last.replaceAll("(['\u2019]s|['\u2019])$", "").replaceAll("\\.$", "");
    }
}
