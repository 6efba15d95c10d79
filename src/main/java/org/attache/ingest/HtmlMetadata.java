package org.attache.ingest;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page states about itself, read before any chrome is removed: the headline (an
 * &lt;h1&gt; matching the &lt;title&gt; or og:title, og:title, JSON-LD headline, or the &lt;title&gt;
 * without its " | Site" suffix), the publication date (meta tags, JSON-LD, &lt;time&gt;, the
 * canonical URL, dates written by inline scripts) and the publisher (og:site_name, JSON-LD
 * publisher, or the domain).
 */
final class HtmlMetadata {

    private static final Pattern JSON_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
    private static final Pattern JSON_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|«|»|•|·)\\s+");

    private HtmlMetadata() {
    }

    /** The page's metadata as its head and markup state it; the headline may still be refined from the body. */
    record Facts(String title, List<MetadataCandidate> dates, String publisher, String url) {
    }

    static Facts read(Document doc) {
        String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), meta(doc, "twitter:url"));
        return new Facts(title(doc), HtmlDates.collect(doc, url), publisher(doc, url), url);
    }

    static String title(Document doc) {
        String titleTag = TextStats.collapse(doc.title());
        String og = firstNonEmpty(meta(doc, "og:title"), meta(doc, "twitter:title"));
        String json = jsonLd(doc, JSON_HEADLINE).map(HtmlMetadata::unescapeJson).orElse("");
        String stated = !og.isEmpty() ? og : !json.isEmpty() ? json : titleTag;
        String statedKey = TextStats.key(stated);
        String titleKey = TextStats.key(titleTag);
        for (Element h1 : doc.select("h1")) {
            String text = TextStats.collapse(h1.text());
            String key = TextStats.key(text);
            if (TextStats.words(text) < 2) {
                continue;
            }
            if (key.equals(statedKey) || (!titleKey.isEmpty() && titleKey.contains(key)) || (!statedKey.isEmpty() && statedKey.contains(key))) {
                return text;
            }
        }
        if (!og.isEmpty() || !json.isEmpty()) {
            return withoutSiteSuffix(stated, doc);
        }
        return withoutSiteSuffix(titleTag, doc);
    }

    /** "Headline | Site", "Headline - Section - Site": the longest segment is the headline. */
    static String withoutSiteSuffix(String title, Document doc) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String best = parts[0];
        for (String p : parts) {
            if (TextStats.words(p) > TextStats.words(best)) {
                best = p;
            }
        }
        return best.strip();
    }

    static String publisher(Document doc, String url) {
        String site = firstNonEmpty(meta(doc, "og:site_name"), jsonLd(doc, JSON_PUBLISHER).map(HtmlMetadata::unescapeJson).orElse(""),
                meta(doc, "application-name"), meta(doc, "publisher"));
        return site.isEmpty() ? domain(url) : site;
    }

    /** The host of a URL without "www.", or empty. */
    static String domain(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Optional<String> jsonLd(Document doc, Pattern field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = field.matcher(script.data());
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    private static String unescapeJson(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                if (e == 'u' && i + 4 < s.length()) {
                    try {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                        continue;
                    } catch (NumberFormatException ignored) {
                        // not an escape after all: keep the characters
                    }
                }
                out.append(switch (e) {
                    case 'n', 'r', 't' -> ' ';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        return TextStats.collapse(org.jsoup.parser.Parser.unescapeEntities(out.toString(), false));
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
        return el == null ? "" : TextStats.collapse(el.attr("content"));
    }

    private static String attr(Document doc, String css, String attr) {
        Element el = doc.selectFirst(css);
        return el == null ? "" : el.attr(attr).strip();
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
