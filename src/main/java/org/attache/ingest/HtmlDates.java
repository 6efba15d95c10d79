package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.ingest.MetadataCandidate.DateScores;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every publication-date candidate an HTML page offers, read before any chrome is removed (the
 * byline element that holds the date is chrome, but its date is not): meta tags by role, JSON-LD,
 * &lt;time&gt; elements, the canonical URL, dates labelled "Published"/"Veröffentlicht"/"Publié"…,
 * elements whose class or id says date or byline, and at last the first date of the body text.
 * The approach follows htmldate (precise places first, then the text), written for our needs.
 */
final class HtmlDates {

    private static final Pattern JSON_FIELD = Pattern.compile("\"(datePublished|dateCreated|uploadDate|dateModified)\"\\s*:\\s*\"([^\"]{6,40})\"");
    /** Publication fields of the JSON state that script-rendered pages carry. */
    private static final Pattern SCRIPT_JSON_DATE = Pattern.compile(
            "\"(published_at|publishedAt|publishDate|publish_date|pubDate|firstPublished|createdAt|created_at)\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d");
    /** Words that say "this is when it was published", in the languages of our pages. */
    static final Pattern PUBLISHED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(published|posted|publication date|date of publication|released|issued"
            + "|article launched|first published|ver(?:ö|oe)ffentlicht|erschienen|erstellt|datum|publié|publicado|publicada|pubblicato"
            + "|gepubliceerd|opublikowano|publikováno|publicerad|udgivet|julkaistu|date)(?!\\p{L})");
    static final Pattern UPDATED_LABEL = Pattern.compile("(?iu)(?<!\\p{L})(updated|last updated|modified|last modified|aktualisiert|geändert"
            + "|zuletzt|stand|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|last reviewed|revised)(?!\\p{L})");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");
    /** Containers whose dates belong to other articles or to readers. */
    private static final Set<String> ELSEWHERE = Set.of("comment", "comments", "related", "sidebar", "footer",
            "recommended", "teaser", "teasers", "widget", "popular", "mostread", "trending", "aside", "nav", "more",
            "reply", "replies", "archive", "calendar", "event", "events");
    private static final int MAX_DATE_ELEMENT_CHARS = 200;
    /** How the source of a date read next to the headline begins. */
    static final String BODY_TEXT = "body text";
    /** How the source of a date in a short line right under the headline (a byline) begins. */
    static final String UNDER_HEADLINE = BODY_TEXT + " in the line under the headline";

    private HtmlDates() {
    }

    /** Every candidate of the page; {@code headline} (may be empty) anchors the search of the visible text. */
    static List<MetadataCandidate> collect(Document doc, String url, String headline) {
        List<MetadataCandidate> out = new ArrayList<>();
        metaTags(doc, out);
        jsonLd(doc, out);
        timeElements(doc, out);
        if (!url.isEmpty()) {
            Dates.fromUrl(url).ifPresent(d -> out.add(date(d, "url " + url, DateScores.URL)));
        }
        textElements(doc, out);
        for (Element script : doc.select("script:not([src]):not([type=application/ld+json])")) {
            Matcher json = SCRIPT_JSON_DATE.matcher(script.data());
            if (json.find()) {
                String source = "inline script " + json.group(1);
                Dates.find(json.group(2)).ifPresent(d -> out.add(date(d, source, DateScores.SCRIPT_FIELD)));
            }
        }
        for (Element script : doc.select("script:not([src]):not([type=application/ld+json])")) {
            Matcher m = SCRIPT_DATE.matcher(script.data());
            if (m.find()) {
                Dates.find(m.group()).ifPresent(d -> out.add(date(d, "inline script", DateScores.TEXT + 5)));
                break;
            }
        }
        bodyText(doc, headline, out);
        if (out.isEmpty()) {
            lastResort(doc, out);
        }
        return out;
    }

    /**
     * A page that states no date anywhere near its head may still show one further down: a
     * "Stand: 09.10.2017" or copyright stamp in the footer, a news box below long navigation. The
     * first full date of the whole text is then the page's best date, never better than none.
     */
    private static void lastResort(Document doc, List<MetadataCandidate> out) {
        if (doc.body() == null) {
            return;
        }
        Dates.firstMatch(TextStats.collapse(doc.body().text()))
                .ifPresent(m -> out.add(date(m.iso(), "first date of the whole page (no other)", DateScores.LAST_RESORT)));
    }

    private static void metaTags(Document doc, List<MetadataCandidate> out) {
        for (Element meta : doc.select("meta[content]")) {
            String key = (meta.attr("property") + " " + meta.attr("name") + " " + meta.attr("itemprop") + " "
                    + meta.attr("http-equiv")).toLowerCase(Locale.ROOT).strip();
            if (key.isEmpty()) {
                continue;
            }
            int score = metaScore(key);
            if (score > 0) {
                Dates.find(meta.attr("content")).ifPresent(d -> out.add(date(d, "meta " + key, score)));
            }
        }
    }

    /** How far a meta tag's name says it holds the publication date (0: not a date tag). */
    static int metaScore(String key) {
        if (key.matches(".*(modif|updat|lastmod|revis|edited|expir).*")) {
            return DateScores.MODIFIED;
        }
        if (key.matches(".*(publish|pubdate|pub_date|pub-date|issued|release|firstpub|dc\\.date|dcterms\\.date|citation_date"
                + "|citation_publication|sailthru\\.date|article\\.date|datepublished|date\\.available).*")
                || key.equals("date") || key.endsWith(".date")) {
            return DateScores.PUBLISHED;
        }
        if (key.contains("created") || key.contains("creation")) {
            return DateScores.CREATED;
        }
        return key.contains("date") || key.contains("time") ? DateScores.OTHER_META : 0;
    }

    private static void jsonLd(Document doc, List<MetadataCandidate> out) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_FIELD.matcher(script.data());
            while (m.find()) {
                String field = m.group(1);
                int score = field.equals("datePublished") ? DateScores.PUBLISHED
                        : field.equals("dateModified") ? DateScores.MODIFIED : DateScores.CREATED;
                String source = "json-ld " + field;
                Dates.find(m.group(2)).ifPresent(d -> out.add(date(d, source, score)));
            }
        }
    }

    private static void timeElements(Document doc, List<MetadataCandidate> out) {
        boolean first = true;
        for (Element el : doc.select("time, [itemprop~=(?i)^date(Published|Created|Modified)$]")) {
            boolean marked = el.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("date");
            if (el.normalName().equals("meta") || !marked && elsewhere(el, true)) {
                continue;
            }
            String value = TextStats.firstNonBlank(el.attr("datetime"), el.attr("content"), el.text());
            Optional<String> d = Dates.find(value);
            if (d.isEmpty()) {
                continue;
            }
            String marks = (el.attr("itemprop") + " " + el.className() + " " + (el.hasAttr("pubdate") ? "pubdate" : ""))
                    .toLowerCase(Locale.ROOT);
            if (marks.contains("modif") || marks.contains("updat")) {
                out.add(date(d.get(), "<time> " + marks.strip(), DateScores.MODIFIED));
            } else if (marks.contains("publish") || marks.contains("pubdate") || marks.contains("created")) {
                out.add(date(d.get(), "<time> " + marks.strip(), DateScores.TIME_PUBLISHED));
            } else if (first) {
                out.add(date(d.get(), "first <time>", DateScores.TIME));
                first = false;
            }
        }
    }

    /** Labelled dates and date-like elements (class or id "date", "byline", "post-meta"…), first of each kind. */
    private static void textElements(Document doc, List<MetadataCandidate> out) {
        boolean labelled = false;
        boolean updated = false;
        boolean dateElement = false;
        for (Element el : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            if (labelled && updated && dateElement) {
                return;
            }
            String own = el.ownText();
            boolean mayHoldLabel = !own.isBlank() && own.length() <= MAX_DATE_ELEMENT_CHARS;
            boolean dateClass = !dateElement && dateWords(el.id() + " " + el.className());
            if (!mayHoldLabel && !dateClass) {
                continue;
            }
            String text = TextStats.collapse(el.text());
            if (mayHoldLabel && text.chars().noneMatch(Character::isDigit) && el.parent() != null) {
                // "<span>Datum</span> <span>25.01.2022</span>": the label's date is in its parent
                String parentText = TextStats.collapse(el.parent().text());
                text = parentText.length() <= MAX_DATE_ELEMENT_CHARS ? parentText : text;
            }
            if (text.isEmpty() || text.length() > MAX_DATE_ELEMENT_CHARS || text.chars().noneMatch(Character::isDigit)
                    || elsewhere(el, false) && !(mayHoldLabel && PUBLISHED_LABEL.matcher(text).find())) {
                continue;
            }
            Optional<Dates.Match> found = Dates.firstMatch(text);
            if (found.isEmpty()) {
                continue;
            }
            Optional<Dates.Match> published = dateAfterLabel(text, PUBLISHED_LABEL, UPDATED_LABEL);
            if (published.isEmpty() && elsewhere(el, true)) {
                continue; // a footer's date is the page's only when labelled ("Erschienen am: …")
            }
            if (published.isPresent() && inTeaserCard(el)) {
                continue; // "Publish date" on a card linking to another page is that page's date
            }
            Optional<Dates.Match> update = published.isPresent() ? Optional.empty() : dateAfterLabel(text, UPDATED_LABEL, PUBLISHED_LABEL);
            if (mayHoldLabel && !labelled && published.isPresent()) {
                out.add(date(published.get().iso(), "labelled \"" + clip(text) + "\"", DateScores.LABELLED));
                labelled = true;
            } else if (mayHoldLabel && !updated && update.isPresent()) {
                out.add(date(update.get().iso(), "labelled \"" + clip(text) + "\"", DateScores.MODIFIED));
                updated = true;
            } else if (dateClass) {
                out.add(date(found.get().iso(), "element ." + clip(el.className() + " #" + el.id()) + " \"" + clip(text) + "\"",
                        DateScores.DATE_ELEMENT));
                dateElement = true;
            }
        }
    }

    /**
     * The date a label introduces ("Erschienen am: 01.11.2023", "Published 3 March 2021"): the first
     * date within {@link #LABEL_REACH} characters after a label, with no label of the other kind between
     * ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023" gives the second date).
     */
    static Optional<Dates.Match> dateAfterLabel(String text, Pattern label, Pattern otherLabel) {
        Matcher m = label.matcher(text);
        while (m.find()) {
            String rest = text.substring(m.end(), Math.min(text.length(), m.end() + LABEL_REACH + 40));
            Optional<Dates.Match> date = Dates.firstMatch(rest);
            if (date.isPresent() && date.get().start() <= LABEL_REACH && !otherLabel.matcher(rest.substring(0, date.get().start())).find()) {
                return Optional.of(new Dates.Match(date.get().iso(), m.end() + date.get().start(), m.end() + date.get().end()));
            }
        }
        return Optional.empty();
    }

    /** How far after the headline the date under it is looked for, and how far before it (a kicker line). */
    private static final int AFTER_HEADLINE = 3000;
    private static final int BEFORE_HEADLINE = 150;

    /**
     * The date written next to the headline: the first after it (the byline), else the last just
     * before it (a kicker "24. April 2020 | Press release"). Dates inside the headline are the
     * dates of events, not of the page, and a date labelled as an update is marked as one.
     */
    private static void bodyText(Document doc, String headline, List<MetadataCandidate> out) {
        if (doc.body() == null) {
            return;
        }
        String text = TextStats.collapse(doc.body().text());
        int[] at = headlineSpan(doc, text, headline);
        int end = Math.min(text.length(), at[1] + AFTER_HEADLINE);
        Optional<Dates.Match> after = Dates.firstMatch(text.substring(at[1], end));
        Dates.Match found = after.map(m -> new Dates.Match(m.iso(), at[1] + m.start(), at[1] + m.end())).orElse(null);
        if (found == null && at[0] > 0) {
            int from = Math.max(0, at[0] - BEFORE_HEADLINE);
            List<Dates.Match> before = Dates.all(text.substring(from, at[0]), 8);
            if (!before.isEmpty()) {
                Dates.Match m = before.get(before.size() - 1);
                found = new Dates.Match(m.iso(), from + m.start(), from + m.end());
            }
        }
        if (found == null) {
            return;
        }
        String lead = text.substring(Math.max(found.start() >= at[1] ? at[1] : 0, found.start() - LABEL_REACH), found.start());
        boolean update = UPDATED_LABEL.matcher(lead).find();
        String written = text.substring(found.start(), found.end());
        boolean byline = found.start() >= at[1] && at[1] > 0 && found.start() - at[1] <= BYLINE_GAP && inShortLine(doc, written);
        String source = (byline ? UNDER_HEADLINE : BODY_TEXT) + (update ? " after an update label \"" : " \"") + clip(written) + "\"";
        out.add(date(found.iso(), source, update ? DateScores.MODIFIED : DateScores.TEXT));
    }

    /** How far after the headline's end the line under it may begin (a kicker or author name may come first). */
    private static final int BYLINE_GAP = 80;
    /** Longest line that is a byline ("1. Februar 2022, Jane Invented") rather than a sentence of the lead. */
    private static final int BYLINE_CHARS = 60;

    /** Whether the written date stands in a short element of its own, not inside a sentence. */
    private static boolean inShortLine(Document doc, String written) {
        for (Element el : doc.body().getElementsContainingOwnText(written)) {
            if (TextStats.collapse(el.text()).length() <= BYLINE_CHARS) {
                return true;
            }
        }
        return false;
    }

    /** How far before a date a label ("Aktualisiert am") is looked for. */
    private static final int LABEL_REACH = 40;

    /** Start and end of the headline in the body text: the stated headline, else the first &lt;h1&gt;; [0, 0] when neither is found. */
    private static int[] headlineSpan(Document doc, String text, String headline) {
        String wanted = TextStats.collapse(headline);
        int at = wanted.isEmpty() ? -1 : text.indexOf(wanted);
        if (at < 0) {
            Element h1 = doc.body().selectFirst("h1");
            wanted = h1 == null ? "" : TextStats.collapse(h1.text());
            at = wanted.isEmpty() ? -1 : text.indexOf(wanted);
        }
        return at < 0 ? new int[] {0, 0} : new int[] {at, at + wanted.length()};
    }

    /** Whether an id/class string names a date, time, byline or post-meta container. */
    static boolean dateWords(String idAndClass) {
        if (idAndClass.isBlank()) {
            return false;
        }
        for (String part : CAMEL.split(idAndClass)) {
            String w = part.toLowerCase(Locale.ROOT);
            if (w.contains("date") && !w.contains("update") || w.contains("datum") || w.equals("time") || w.equals("timestamp")
                    || w.equals("published") || w.equals("pubdate") || w.equals("posted") || w.equals("byline")
                    || w.equals("dateline") || w.equals("postmeta") || w.equals("meta") || w.equals("fecha")
                    || w.equals("submitted") || w.equals("datetime") || w.equals("publication") || w.equals("author")) {
                return true;
            }
        }
        return false;
    }

    /** Longest text of a teaser card: a headline, a date and a summary. */
    private static final int CARD_CHARS = 600;
    /** Ancestors looked at for a teaser card. */
    private static final int CARD_DEPTH = 3;

    /** A card that links to another page: a heading that is a link, close to the date. */
    private static boolean inTeaserCard(Element el) {
        Element p = el;
        for (int depth = 0; depth < CARD_DEPTH && p.parent() != null; depth++) {
            p = p.parent();
            String tag = p.normalName();
            if (tag.equals("body") || tag.equals("main") || tag.equals("article")) {
                return false;
            }
            if (p.text().length() > CARD_CHARS) {
                return false; // a container of the article, not a card
            }
            if (!p.select("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Inside a comment thread, sidebar, footer or list of other articles. */
    private static boolean elsewhere(Element el, boolean footers) {
        for (Element p = el; p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("aside") || tag.equals("nav") || footers && tag.equals("footer")) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                return false; // page-wide classes ("no-sidebar") say nothing about one element
            }
            for (String part : CAMEL.split(p.id() + " " + p.className())) {
                String w = part.toLowerCase(Locale.ROOT);
                if (ELSEWHERE.contains(w) && (footers || !w.equals("footer"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static MetadataCandidate date(String iso, String source, int score) {
        return new MetadataCandidate("date", iso, source, score);
    }

    private static String clip(String s) {
        String t = TextStats.collapse(s);
        return t.length() > 60 ? t.substring(0, 60) + "…" : t;
    }
}
