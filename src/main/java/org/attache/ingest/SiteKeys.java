package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.SourceFormat;

/**
 * Which "site" a page belongs to, for template learning: the domain its canonical URL or
 * front-matter source_url names, its stated site name, and for text dumps (which state nothing)
 * the folder together with the dump's first line (usually the site's logo or name). A page can
 * belong to several keys; a line is template when it recurs within any of them.
 */
final class SiteKeys {

    private SiteKeys() {
    }

    static List<String> forHtml(HtmlMetadata.Facts facts, String sourceName) {
        return forHtml(facts.url(), facts.publisher(), sourceName);
    }

    /** The sites of an HTML page of address {@code url} (may be empty) and {@code publisher} (may be empty). */
    static List<String> forHtml(String url, String publisher, String sourceName) {
        List<String> keys = new ArrayList<>();
        String domain = HtmlMetadata.domain(url);
        if (!domain.isEmpty()) {
            keys.add("domain:" + domain);
        }
        if (!publisher.isEmpty() && !publisher.equals(domain)) {
            keys.add("publisher:" + TextStats.key(publisher));
        }
        if (keys.isEmpty()) {
            keys.add("folder:" + folder(sourceName) + "|html");
        }
        return keys;
    }

    static List<String> forMarkdown(FrontMatter fm, String sourceName) {
        String domain = HtmlMetadata.domain(fm.get("source_url"));
        return List.of(domain.isEmpty() ? "folder:" + folder(sourceName) + "|md" : "domain:" + domain);
    }

    static List<String> forText(List<Block> blocks, String sourceName) {
        String first = blocks.isEmpty() ? "" : TextStats.key(blocks.get(0).text());
        return List.of("folder:" + folder(sourceName) + "|first:" + first);
    }

    static SourceFormat formatOf(String text, String sourceName) {
        return new FormatDetector().detect(text, sourceName);
    }

    static String folder(String sourceName) {
        if (sourceName == null) {
            return "";
        }
        String s = sourceName.replace('\\', '/');
        int slash = s.lastIndexOf('/');
        return slash < 0 ? "" : s.substring(0, slash);
    }
}
