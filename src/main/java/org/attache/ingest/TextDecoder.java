package org.attache.ingest;

import java.nio.charset.StandardCharsets;

/** Decodes raw bytes to text. (Minimal: UTF-8 with BOM removal; the cleaning issue owns the full version.) */
public final class TextDecoder {

    public String decode(byte[] bytes, String sourceName) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
