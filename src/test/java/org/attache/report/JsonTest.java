package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void controlsAndBidiOverridesAreEscapedSoTheOutputIsSafeOnATerminalAndStillJson() {
        assertEquals("\"a\\u001b[31m\\u007f\\u009b\\u202e\\n\\\"é\"\n", Json.write("a\u001b[31m\u007f\u009b\u202e\n\"é"));
    }
}
