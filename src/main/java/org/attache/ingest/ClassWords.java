package org.attache.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The chrome vocabulary of id and class names: "site-footer", "shareBar", "cookie_banner". Words
 * are matched whole (split at '-', '_' and camel humps), and only in names that describe what an
 * element is: utility classes that style it ("govuk-!-margin-bottom-6", "hidden-xs", "mt-4") say
 * nothing about its role and are skipped whole. Stateless.
 */
final class ClassWords {

    /** id/class words of chrome containers: roles, not positions ("bottom", "top" say nothing). */
    private static final Set<String> CHROME_WORDS = Set.of("cookie", "cookies", "consent", "gdpr", "cmp",
            "nav", "navbar", "navigation", "menu", "menus", "breadcrumb", "breadcrumbs", "share", "sharing", "shares",
            "social", "related", "recommended", "recommendations", "recirc", "promo", "promos", "newsletter",
            "subscribe", "subscription", "comment", "comments", "disqus", "footer", "sidebar", "widget", "widgets",
            "advert", "advertisement", "ad", "ads", "adv", "dfp", "sponsor", "sponsored", "popular", "mostread",
            "outbrain", "taboola", "modal", "popup", "overlay", "skip", "toolbar", "masthead", "tags", "byline",
            "caption", "credit", "credits", "signup", "login", "paywall", "rating", "feedback", "pagination", "pager",
            "utility", "lightbox", "banner", "alert", "teaser", "teasers", "trending", "ticker", "survey", "tooltip",
            "dropdown", "offcanvas", "drawer", "hidden", "sr", "visually", "screenreader", "print", "topics", "author",
            "timestamp", "dateline", "bio", "biography", "meta", "disclaimer", "copyright", "legal", "moreon", "morein");
    /** Parts that make a class a styling utility: spacing, sizing and layout words, responsive breakpoints. */
    private static final Set<String> UTILITY_PARTS = Set.of("margin", "padding", "spacing", "gap", "width", "height",
            "display", "float", "align", "offset", "xs", "sm", "md", "lg", "xl", "xxl");
    /** Abbreviated utilities ("mb-4", "pt-0", "col-6"): only with a number or "auto" after them, as prefixes like "pb-" name sites too. */
    private static final Set<String> SHORT_UTILITY_PARTS = Set.of("m", "p", "mt", "mb", "ml", "mr", "mx", "my", "pt",
            "pb", "pl", "pr", "px", "py", "col", "gap");
    /** id/class names of article bodies: such containers are never removed by vocabulary. */
    private static final Pattern CONTENT_CLASS = Pattern.compile(
            "(?i)^((article|story|entry|post|main|page)[-_]?(body|content|text)s?|articlebody|richtext|prose)$");
    private static final Pattern PARTS = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+");

    private ClassWords() {
    }

    /** The first chrome word of an id/class string, unless a content name is also there. */
    static String chromeWord(String idAndClass) {
        if (idAndClass.isBlank()) {
            return null;
        }
        String[] names = idAndClass.strip().split("\\s+");
        for (String name : names) {
            if (CONTENT_CLASS.matcher(name).matches()) {
                return null;
            }
        }
        for (String name : names) {
            if (isUtility(name)) {
                continue;
            }
            for (String part : PARTS.split(name)) {
                String w = part.toLowerCase(Locale.ROOT);
                if (CHROME_WORDS.contains(w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** "govuk-!-margin-bottom-6", "hidden-xs", "mb-4", "col-md-8": how it looks, not what it is. */
    static boolean isUtility(String name) {
        if (name.indexOf('!') >= 0) {
            return true; // GOV.UK's override classes: govuk-!-display-none-print, govuk-!-margin-bottom-6
        }
        String[] parts = PARTS.split(name);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < parts.length; i++) {
            if (UTILITY_PARTS.contains(parts[i])) {
                return true;
            }
            if (SHORT_UTILITY_PARTS.contains(parts[i]) && i + 1 < parts.length
                    && (parts[i + 1].equals("auto") || parts[i + 1].chars().allMatch(Character::isDigit) && !parts[i + 1].isEmpty())) {
                return true;
            }
        }
        return false;
    }
}
