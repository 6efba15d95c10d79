package org.attache.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes the containers of an HTML page that are never main text: scripts and styles, forms,
 * hidden elements, navigation, header and footer chrome, and elements whose role, id or class
 * says cookie banner, menu, share row, related articles, comments, advertising… Each removed
 * container with text becomes a {@link Removal}. Iterative (no recursion), so any depth of
 * nesting is safe. Stateless and thread-safe.
 */
final class HtmlChrome {

    /** Never text. */
    private static final Set<String> NON_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "video", "audio", "map", "select", "option", "button", "input",
            "textarea", "head", "link", "meta", "picture", "img");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "form", "dialog", "menu", "figcaption");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    /** id/class words of chrome containers. Matched as whole words of the id/class, split at '-', '_' and camel humps. */
    private static final Set<String> CHROME_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "cmp",
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "share", "sharing", "shares",
            "social", "related", "recommended", "recommendations", "recirc", "promo", "promos", "newsletter",
            "subscribe", "subscription", "comment", "comments", "disqus", "footer", "sidebar", "widget", "widgets",
            "advert", "advertisement", "ad", "ads", "adv", "dfp", "sponsor", "sponsored", "popular", "mostread",
            "outbrain", "taboola", "modal", "popup", "overlay", "skip", "toolbar", "masthead", "tags", "byline",
            "caption", "credit", "credits", "signup", "login", "paywall", "rating", "feedback", "pagination", "pager",
            "utility", "lightbox", "banner", "alert", "teaser", "teasers", "trending", "ticker", "survey", "tooltip",
            "dropdown", "offcanvas", "drawer", "hidden", "sr", "visually", "screenreader", "print", "topics", "author",
            "timestamp", "dateline", "bio", "biography", "meta", "disclaimer", "copyright", "legal", "moreon", "morein", "bottom");
    /** id/class names of article bodies: such containers are never removed by vocabulary. */
    private static final Pattern CONTENT_CLASS = Pattern.compile(
            "(?i)^((article|story|entry|post|main|page)[-_]?(body|content|text)s?|articlebody|richtext|prose)$");
    private static final List<LineRule> LINK_RULES = List.of(LineRule.SHARE_ROW, LineRule.SKIP_LINK,
            LineRule.COMMENTS, LineRule.ACCOUNT_PROMPT, LineRule.FEEDBACK);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");

    private HtmlChrome() {
    }

    /** Removes chrome from {@code root} in place and reports what went, with the rule that took it. */
    static List<Removal> strip(Element root) {
        Census census = Census.of(root);
        int totalParagraphs = census.paragraphs(root);
        List<Element> doomed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        // A filter lets us skip a doomed element's subtree: nothing inside it needs a verdict.
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == root) {
                    return FilterResult.CONTINUE;
                }
                String reason = reason(el, census, totalParagraphs);
                if (reason == null) {
                    return FilterResult.CONTINUE;
                }
                doomed.add(el);
                reasons.add(reason);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        List<Removal> removals = new ArrayList<>();
        for (int i = 0; i < doomed.size(); i++) {
            Element el = doomed.get(i);
            if (!NON_TEXT_TAGS.contains(el.normalName())) {
                String text = TextStats.collapse(el.text());
                if (!text.isEmpty()) {
                    removals.add(new Removal(text.length() > 300 ? text.substring(0, 300) + "…" : text, reasons.get(i)));
                }
            }
            el.remove();
        }
        return removals;
    }

    /** Why an element is chrome, as a rule name, or null when it may hold main text. */
    static String reason(Element el, Census census, int totalParagraphs) {
        int paragraphsInside = census.paragraphs(el);
        String tag = el.normalName();
        if (NON_TEXT_TAGS.contains(tag)) {
            return "html-non-text";
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
            return "html-hidden";
        }
        // A container that holds most of the page's paragraphs is the body, whatever it is called.
        boolean holdsBody = totalParagraphs >= 3 && paragraphsInside * 2 > totalParagraphs;
        if (holdsBody || tag.equals("body") || tag.equals("main") || tag.equals("article")) {
            return null;
        }
        if ((tag.equals("footer") || tag.equals("cite")) && inBlockquote(el)) {
            return null;
        }
        if (tag.equals("a") || tag.equals("span")) {
            String link = chromeLink(el);
            if (link != null) {
                return link;
            }
        }
        if (CHROME_TAGS.contains(tag)) {
            return "html-" + tag;
        }
        if ((tag.equals("header") || tag.equals("footer")) && !census.holdsHeadline(el)) {
            return "html-" + tag;
        }
        String role = el.attr("role").toLowerCase(Locale.ROOT);
        if (CHROME_ROLES.contains(role)) {
            return "html-role-" + role;
        }
        if (census.holdsHeadline(el)) {
            return null;
        }
        String vocabulary = chromeWord(el.id() + " " + el.className());
        return vocabulary == null ? null : "html-class-" + vocabulary;
    }

    /** Inline links that are widgets: "E-mail to a friend", "Share", "Sign in", "Show comments". */
    private static String chromeLink(Element el) {
        String text = TextStats.collapse(el.text());
        if (text.isEmpty() || TextStats.words(text) > 6) {
            return null;
        }
        for (LineRule rule : LINK_RULES) {
            if (rule.matches(text)) {
                return "html-link-" + rule.ruleName();
            }
        }
        return null;
    }

    /** The first chrome word of an id/class string, unless a content word is also there. */
    static String chromeWord(String idAndClass) {
        if (idAndClass.isBlank()) {
            return null;
        }
        for (String token : idAndClass.split("\\s+")) {
            if (CONTENT_CLASS.matcher(token).matches()) {
                return null;
            }
        }
        String found = null;
        for (String part : CAMEL.split(idAndClass)) {
            String w = part.toLowerCase(Locale.ROOT);
            if (found == null && CHROME_WORDS.contains(w)) {
                found = w;
            }
        }
        return found;
    }

    private static boolean inBlockquote(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    /** Paragraph counts and headline holders per element, computed bottom-up in one pass. */
    static final class Census {

        private final Map<Element, Integer> paragraphs = new IdentityHashMap<>();
        private final Map<Element, Boolean> headlineHolders = new IdentityHashMap<>();

        static Census of(Element root) {
            Census c = new Census();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof Element el) {
                        int p = el.normalName().equals("p") ? 1 : 0;
                        boolean h1 = el.normalName().equals("h1");
                        for (Element child : el.children()) {
                            p += c.paragraphs.getOrDefault(child, 0);
                            h1 |= c.headlineHolders.containsKey(child);
                        }
                        if (p > 0) {
                            c.paragraphs.put(el, p);
                        }
                        if (h1) {
                            c.headlineHolders.put(el, Boolean.TRUE);
                        }
                    }
                }
            }, root);
            return c;
        }

        int paragraphs(Element el) {
            return paragraphs.getOrDefault(el, 0);
        }

        boolean holdsHeadline(Element el) {
            return headlineHolders.containsKey(el);
        }
    }
}
