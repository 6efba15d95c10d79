package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void controlsAndBidiOverridesAreEscapedSoTheOutputIsSafeOnATerminalAndStillJson() {
        assertEquals("\"a\\u001b[31m\\u007f\\u009b\\u202e\\n\\\"é\"\n", Json.write("a\u001b[31m\u007f\u009b\u202e\n\"é"));
    }

    @Test
    void theLayoutIsTwoSpacesKeyColonValueThreeDecimalsAndNullsKept() throws IOException {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("tool", "attache");
        value.put("finished", null);
        value.put("seconds", 1.23456);
        value.put("nan", Double.NaN);
        value.put("count", 42L);
        value.put("empty", List.of());
        value.put("none", Map.of());
        value.put("inputs", List.of("a", Map.of("k", true)));
        String json = Json.write(value);
        assertEquals("""
                {
                  "tool": "attache",
                  "finished": null,
                  "seconds": 1.235,
                  "nan": null,
                  "count": 42,
                  "empty": [],
                  "none": {},
                  "inputs": [
                    "a",
                    {
                      "k": true
                    }
                  ]
                }
                """, json);
        Map<String, Object> back = Json.read(json);
        assertEquals(List.of("tool", "finished", "seconds", "nan", "count", "empty", "none", "inputs"),
                List.copyOf(back.keySet()));
        assertEquals(42, ((Number) back.get("count")).intValue());
        assertEquals("attache", back.get("tool"));
    }
}
