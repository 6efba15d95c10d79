package org.attache.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
    record Facts(String title, List<MetadataCandidate> titles, List<MetadataCandidate> dates, List<MetadataCandidate> publishers,
                 String url) {

        /** The best publisher candidate, or empty. */
        String publisher() {
            return publishers.isEmpty() ? "" : publishers.get(0).value();
        }
    }

    static Facts read(Document doc) {
        String url = url(doc);
        String title = title(doc);
        return new Facts(title, titleCandidates(doc), HtmlDates.collect(doc, url, title), publisherCandidates(doc, url), url);
    }

    /** The page's own address: its canonical link, else its og:url or twitter:url; empty if none. */
    static String url(Document doc) {
        return TextStats.firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), meta(doc, "twitter:url"));
    }

    static String title(Document doc) {
        return titleCandidates(doc).stream().max(Comparator.comparingInt(MetadataCandidate::score))
                .map(MetadataCandidate::value).orElse("");
    }

    /**
     * Title candidates, in the order of the page: og:title and twitter:title, the JSON-LD headline,
     * the &lt;title&gt; without its site name, and the &lt;h1&gt; headings. An &lt;h1&gt; that the stated
     * titles contain is the headline as the reader sees it and wins; a lone &lt;h1&gt; beats nothing.
     */
    static List<MetadataCandidate> titleCandidates(Document doc) {
        List<MetadataCandidate> out = new ArrayList<>();
        String titleTag = TextStats.collapse(doc.title());
        String og = TextStats.firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"));
        String json = jsonLd(doc, JSON_HEADLINE).map(HtmlMetadata::unescapeJson).orElse("");
        if (!og.isEmpty()) {
            out.add(new MetadataCandidate("title", withoutSiteSuffix(og, doc), "og:title", TitleScores.OPEN_GRAPH));
        }
        if (!json.isEmpty()) {
            out.add(new MetadataCandidate("title", withoutSiteSuffix(json, doc), "json-ld headline", TitleScores.JSON_LD));
        }
        if (!titleTag.isEmpty()) {
            out.add(new MetadataCandidate("title", withoutSiteSuffix(titleTag, doc), "<title> without the site name", TitleScores.TITLE_TAG));
        }
        String stated = !og.isEmpty() ? og : !json.isEmpty() ? json : titleTag;
        String statedKey = TextStats.key(stated);
        String titleKey = TextStats.key(titleTag);
        boolean first = true;
        for (Element h1 : doc.select("h1")) {
            String text = TextStats.collapse(h1.text());
            String key = TextStats.key(text);
            if (TextStats.words(text) < 2 || !Headlines.usable(text)) {
                continue;
            }
            if (key.equals(statedKey) || (!titleKey.isEmpty() && titleKey.contains(key)) || (!statedKey.isEmpty() && statedKey.contains(key))) {
                out.add(new MetadataCandidate("title", text, "<h1> agreeing with the stated title", TitleScores.H1_AGREEING));
            } else if (first) {
                out.add(new MetadataCandidate("title", text, "first <h1>", TitleScores.H1));
            }
            first = false;
        }
        return out;
    }

    /** How far each place a title can be read is trusted. */
    static final class TitleScores {
        static final int H1_AGREEING = 100;
        static final int OPEN_GRAPH = 90;
        static final int JSON_LD = 88;
        static final int TITLE_TAG = 80;
        static final int H1 = 70;

        private TitleScores() {
        }
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
        return publisherCandidates(doc, url).stream().findFirst().map(MetadataCandidate::value).orElse("");
    }

    /** Publisher candidates, best first: og:site_name, the JSON-LD publisher, application-name, a publisher meta tag, the title's site suffix, the domain. */
    static List<MetadataCandidate> publisherCandidates(Document doc, String url) {
        List<MetadataCandidate> out = new ArrayList<>();
        String[][] sources = {
            {meta(doc, "og:site_name"), "og:site_name"},
            {jsonLd(doc, JSON_PUBLISHER).map(HtmlMetadata::unescapeJson).orElse(""), "json-ld publisher"},
            {meta(doc, "application-name"), "meta application-name"},
            {meta(doc, "publisher"), "meta publisher"},
            {siteSuffix(TextStats.collapse(doc.title())), "site name ending the <title>"},
            {domain(url), "domain of " + url},
        };
        int score = sources.length;
        for (String[] source : sources) {
            if (!source[0].isBlank()) {
                out.add(new MetadataCandidate("publisher", source[0].strip(), source[1], score));
            }
            score--;
        }
        return out;
    }

    /** The site name a title ends with ("Headline | Defence Daily" -> "Defence Daily"), or empty. */
    static String siteSuffix(String title) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return "";
        }
        String last = parts[parts.length - 1].strip();
        int words = TextStats.words(last);
        return words >= 1 && words <= 5 && words < TextStats.words(parts[0]) ? last : "";
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
        return TextStats.collapse(Parser.unescapeEntities(out.toString(), false));
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[property=\"" + name + "\"], meta[name=\"" + name + "\"]");
        return el == null ? "" : TextStats.collapse(el.attr("content"));
    }

    private static String attr(Document doc, String css, String attr) {
        Element el = doc.selectFirst(css);
        return el == null ? "" : el.attr(attr).strip();
    }
}
