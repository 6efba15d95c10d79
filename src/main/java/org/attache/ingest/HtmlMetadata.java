package org.attache.ingest;

import java.net.URI;
import java.util.ArrayList;
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

    private static final Pattern JSON_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_CREATED = Pattern.compile("\"(?:dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
    private static final Pattern JSON_PUBLISHER = Pattern.compile(
            "\"publisher\"\\s*:\\s*\\{[^{}]*?\"name\"\\s*:\\s*\"([^\"\\\\]*(?:\\\\.[^\"\\\\]*)*)\"");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|«|»|•|·)\\s+");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d");

    private HtmlMetadata() {
    }

    /** The page's metadata as its head and markup state it; the headline may still be refined from the body. */
    record Facts(String title, List<String> dates, String publisher, String url) {
    }

    static Facts read(Document doc) {
        String url = firstNonEmpty(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), meta(doc, "twitter:url"));
        return new Facts(title(doc), dates(doc, url), publisher(doc, url), url);
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

    /** Candidate publication dates, best first, as ISO yyyy-mm-dd. */
    static List<String> dates(Document doc, String url) {
        List<String> published = new ArrayList<>();
        List<String> weaker = new ArrayList<>();
        for (Element meta : doc.select("meta[content]")) {
            String key = (meta.attr("property") + " " + meta.attr("name") + " " + meta.attr("itemprop") + " "
                    + meta.attr("http-equiv")).toLowerCase(Locale.ROOT).strip();
            if (key.isEmpty()) {
                continue;
            }
            Optional<String> date = Dates.find(meta.attr("content"));
            if (date.isEmpty()) {
                continue;
            }
            if (key.contains("publish") || key.contains("pubdate") || key.equals("date") || key.startsWith("dc.date")
                    || key.startsWith("dcterms.date") || key.contains("dcterms.issued") || key.contains("release")
                    || key.contains("firstpublished") || key.endsWith(".date") || key.contains("sailthru.date")) {
                published.add(date.get());
            } else if (key.contains("created") || key.contains("modified") || key.contains("updated")) {
                weaker.add(date.get());
            }
        }
        jsonLd(doc, JSON_DATE).flatMap(Dates::find).ifPresent(published::add);
        for (Element time : doc.select("time[datetime], time[pubdate], [itemprop=datePublished]")) {
            String value = firstNonEmpty(time.attr("datetime"), time.attr("content"), time.text());
            Dates.find(value).ifPresent(published::add);
            break;
        }
        if (!url.isEmpty()) {
            Dates.fromUrl(url).ifPresent(published::add);
        }
        jsonLd(doc, JSON_CREATED).flatMap(Dates::find).ifPresent(weaker::add);
        published.addAll(weaker);
        // Pages that write their date with a script: the first full date inside an inline script.
        for (Element script : doc.select("script:not([src])")) {
            Matcher m = SCRIPT_DATE.matcher(script.data());
            if (m.find()) {
                Dates.find(m.group()).ifPresent(published::add);
                break;
            }
        }
        return published;
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
