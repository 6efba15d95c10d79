package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes the containers of an HTML page that are never main text: scripts and styles, forms,
 * hidden elements, navigation, header and footer chrome, and elements whose role, id or class
 * says cookie banner, menu, share row, related articles, comments, advertising… Each removed
 * container with text becomes a {@link Removal}. Structure comes first: the element that holds
 * most of the page's main text ({@link HtmlCensus#holdsMainText}) is never removed for its tag,
 * role or class words, only when hidden or not text; such vetoes are reported as spared.
 * Iterative (no recursion), so any depth of nesting is safe. Stateless and thread-safe.
 */
final class HtmlChrome {

    /** Never text. */
    private static final Set<String> NON_TEXT_TAGS = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "iframe", "object", "embed", "video", "audio", "map", "select", "option", "button", "input",
            "textarea", "head", "link", "meta", "picture", "img");
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "form", "dialog", "menu", "figcaption");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    private static final List<LineRule> LINK_RULES = List.of(LineRule.SHARE_ROW, LineRule.SKIP_LINK,
            LineRule.COMMENTS, LineRule.ACCOUNT_PROMPT, LineRule.FEEDBACK);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private HtmlChrome() {
    }

    /**
     * What stripping took: the removed containers, and the containers a rule named that were kept
     * because they hold most of the page's main text (with the rule that named them).
     */
    record Stripped(List<Removal> removals, List<Removal> spared) {
    }

    /** Removes chrome from {@code root} in place and reports what went, with the rule that took it. */
    static Stripped strip(Element root) {
        HtmlCensus census = HtmlCensus.of(root, NON_TEXT_TAGS);
        List<Element> doomed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Removal> spared = new ArrayList<>();
        // A filter lets us skip a doomed element's subtree: nothing inside it needs a verdict.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element el) || el == root) {
                    return FilterResult.CONTINUE;
                }
                String reason = reason(el, census);
                if (reason == null) {
                    return FilterResult.CONTINUE;
                }
                if (reason.startsWith(SPARED)) {
                    spared.add(new Removal(excerpt(el), reason.substring(SPARED.length())));
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
                String text = excerpt(el);
                if (!text.isEmpty()) {
                    removals.add(new Removal(text, reasons.get(i)));
                }
            }
            el.remove();
        }
        return new Stripped(removals, spared);
    }

    private static String excerpt(Element el) {
        String text = TextStats.collapse(el.text());
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Marks a verdict that a rule gave but the main text overruled: "spared:" + the rule's name. */
    private static final String SPARED = "spared:";

    /**
     * Why an element is chrome, as a rule name; null when it may hold main text; {@link #SPARED}
     * and the rule's name when a weaker rule named it but it holds most of the page's main text.
     */
    static String reason(Element el, HtmlCensus census) {
        String tag = el.normalName();
        if (NON_TEXT_TAGS.contains(tag)) {
            return "html-non-text";
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden")) || HIDDEN_STYLE.matcher(el.attr("style")).find()) {
            return "html-hidden";
        }
        if (tag.equals("body") || tag.equals("main") || tag.equals("article")) {
            return null;
        }
        String weaker = weakerReason(el, tag, census);
        if (weaker != null && census.holdsMainText(el)) {
            // Where it is and what it holds outweigh what it is called: the body stays.
            return SPARED + weaker;
        }
        return weaker;
    }

    /** Reasons from tag, role, widget text and class words: all overruled when the element holds the main text. */
    private static String weakerReason(Element el, String tag, HtmlCensus census) {
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
        String vocabulary = ClassWords.chromeWord(el.id() + " " + el.className());
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

    private static boolean inBlockquote(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }
}
