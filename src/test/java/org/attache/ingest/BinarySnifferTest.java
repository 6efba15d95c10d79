package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    @Test
    void randomBytesAreNeverText() {
        Random random = new Random(21);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[1000 + random.nextInt(20_000)];
            random.nextBytes(noise);
            assertTrue(BinarySniffer.looksBinary(noise), "round " + round);
        }
    }

    @Test
    void textWithAFewStrayControlBytesIsText() {
        String text = "Ministers met\u0000 in Brussels on Thursday.\u0007\n\nThey agreed on air defence, "
                + "d\u00e9fense a\u00e9rienne and \u041f\u0412\u041e.\r\n".repeat(20);
        assertFalse(BinarySniffer.looksBinary(text.getBytes(StandardCharsets.UTF_8)));
        assertFalse(BinarySniffer.looksBinary(text.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
