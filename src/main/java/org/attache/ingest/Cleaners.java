package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Metadata;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;

/** The page cleaner for each format. (Minimal version: the cleaning issue owns the real cleaners.) */
public final class Cleaners {

    public PageCleaner forFormat(SourceFormat format) {
        return switch (format) {
            case HTML -> (raw, name) -> paragraphs(org.jsoup.Jsoup.parse(raw).body().wholeText(), Metadata.EMPTY);
            case MARKDOWN -> (raw, name) -> paragraphs(raw.replaceFirst("(?s)^---.*?\n---\n", ""), Metadata.EMPTY);
            case TEXT -> (raw, name) -> paragraphs(raw, Metadata.EMPTY);
        };
    }

    private static CleanedPage paragraphs(String text, Metadata metadata) {
        StringBuilder out = new StringBuilder();
        List<TextSpan> spans = new ArrayList<>();
        for (String para : text.split("\\R\\s*\\R")) {
            String p = para.strip().replaceAll("\\s*\\R\\s*", " ");
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            spans.add(new TextSpan(out.length(), out.length() + p.length()));
            out.append(p);
        }
        return new CleanedPage(out.toString(), metadata, spans, List.of(), List.of());
    }
}
