package org.attache.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void coversTextAndValidatesItself() {
        TextSpan span = new TextSpan(5, 9);
        assertEquals("NATO", span.of("said NATO today"));
        assertEquals(4, span.length());
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(0, 20).of("short"));
    }

    @Test
    void containmentAndOverlap() {
        assertTrue(new TextSpan(0, 10).contains(new TextSpan(2, 5)));
        assertFalse(new TextSpan(2, 5).contains(new TextSpan(0, 10)));
        assertTrue(new TextSpan(0, 5).overlaps(new TextSpan(4, 8)));
        assertFalse(new TextSpan(0, 5).overlaps(new TextSpan(5, 8)));
    }
}
