package org.attache.ingest;

import java.util.Locale;
import org.attache.model.SourceFormat;

/** Detects a page's format from its content, falling back to the file name. (Minimal version.) */
public final class FormatDetector {

    public SourceFormat detect(String text, String sourceName) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
            return SourceFormat.HTML;
        }
        if (head.startsWith("---\n") || head.startsWith("---\r\n")) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
    }
}
