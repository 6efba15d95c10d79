package org.attache.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.model.SourceFormat;

/**
 * Detects a page's format from its content: HTML markup, Markdown with YAML front matter, or plain
 * text. The file extension only breaks ties (a fragment with a few tags, a Markdown file without
 * front matter). Stateless and thread-safe.
 */
public final class FormatDetector {

    private static final int HEAD = 8192;
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(?:p|div|span|a|table|meta|script|br|h[1-6]|ul|li|article|section)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern YAML_KEY = Pattern.compile("(?m)^[A-Za-z_][\\w-]*:(?:\\s|$)");
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile(
            "(?m)^(?:#{1,6} \\S|\\* \\S|\\[[^\\]]+\\]\\([^)]+\\))|\\[[^\\]]+\\]\\(https?://");

    public SourceFormat detect(String text, String sourceName) {
        String head = text.substring(0, Math.min(text.length(), HEAD)).stripLeading();
        String lower = head.toLowerCase(Locale.ROOT);
        if (HTML_START.matcher(lower).find()) {
            return SourceFormat.HTML;
        }
        if (hasFrontMatter(head)) {
            return SourceFormat.MARKDOWN;
        }
        String ext = extension(sourceName);
        long tags = HTML_TAG.matcher(lower).results().count();
        if (tags >= 5 || (tags >= 1 && (ext.equals("html") || ext.equals("htm")))) {
            return SourceFormat.HTML;
        }
        if ((ext.equals("md") || ext.equals("markdown")) && MARKDOWN_SYNTAX.matcher(head).find()) {
            return SourceFormat.MARKDOWN;
        }
        if ((ext.equals("md") || ext.equals("markdown")) && !head.isEmpty()) {
            return SourceFormat.MARKDOWN;
        }
        return SourceFormat.TEXT;
    }

    /** A "---" line, then "key: value" lines, then a closing "---" (or "...") line. */
    static boolean hasFrontMatter(String head) {
        if (!head.startsWith("---")) {
            return false;
        }
        int firstEnd = head.indexOf('\n');
        if (firstEnd < 0 || !head.substring(0, firstEnd).strip().equals("---")) {
            return false;
        }
        int pos = firstEnd + 1;
        while (pos < head.length()) {
            int end = head.indexOf('\n', pos);
            String line = (end < 0 ? head.substring(pos) : head.substring(pos, end)).strip();
            if (line.equals("---") || line.equals("...")) {
                return YAML_KEY.matcher(head.substring(firstEnd + 1, pos)).find();
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        return false;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
