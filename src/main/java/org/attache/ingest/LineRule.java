package org.attache.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rules that recognise chrome from a single line of text, without context. Each constant is one
 * named, separately tested rule; {@link #name()} in kebab case is what {@code clean --explain} shows.
 * Every rule bounds the length of what it matches, so a long paragraph that merely mentions
 * cookies or copyright is never taken for chrome.
 */
enum LineRule implements NamedRule {

    /** Image alt-texts left in a dump: "Menu open icon", "cloudThing logo in white". */
    ALT_TEXT(8, true, "(?i)^[\\p{L}\\d&'’ .-]{0,60}\\b(icon|logo|logotype|wordmark|avatar|thumbnail|spinner)(\\s+in\\s+\\p{L}+)?$"),

    /** Alt-texts of pull-quote decorations: "open quote mark", "close quote mark". */
    QUOTE_MARK(Integer.MAX_VALUE, true, "(?i)^(open|opening|close|closing|left|right|start|end)(ing)?\\s+(double\\s+)?quot(e|ation)(\\s+marks?)?$"),

    /** A line that is only a date, time, "Updated"/"Published" stamp. */
    DATELINE((line, words) -> isDateline(line, words)),

    /** Telephone, fax and e-mail contact lines. */
    CONTACT(12, true, "(?i)^(tel|telephone|phone|call( us)?( on)?|fax|t|f|mobile|e-?mail( us)?)\\s*[:.]?\\s*(\\+?[\\d ()./-]{7,}|\\S+@\\S+)\\s*$"),

    /** Copyright and rights lines. */
    COPYRIGHT(30, true, anyOf("©", "(c)", "copyright", "all rights reserved"), "(?i)(©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b.*\\d{4}|\\d{4}.*\\bcopyright\\b|all rights reserved|crown copyright)"),

    /** Company registration, VAT and similar legal footer lines. */
    REGISTRATION(30, true, anyOf("registered", "company", "vat"), "(?i)(registered in (england|scotland|wales|ireland)|company (registration |reg\\.? )?(no|number)\\b|\\bvat (no|number|reg)\\b|registered office)"),

    /** Cookie and consent banners. */
    COOKIE_CONSENT(LineRule::isCookieConsent),

    /** Ad-blocker pleas. */
    AD_BLOCKER(40, true, anyOf("blocker", "adblock", "ad blocking", "your ad", "advertising to", "whitelist"), "(?i)(ad[ -]?blocker|adblock|ad blocking|turn off your ad|disabl\\w* your ad|advertising to (help )?fund|whitelist (us|our site))"),

    /** Accessibility skip links. */
    SKIP_LINK(8, true, "(?i)^(skip|jump)( directly)? (to|navigation|over)\\b.*"),

    /** Form and widget residue of text browsers: "(BUTTON) Close", "IFRAME: http://…", "[IMG]". */
    FORM_RESIDUE(Integer.MAX_VALUE, true, "(?i)^(\\((button|submit|reset|checkbox|radio|image)\\)|\\[(button|img|image|input|iframe|inline|submit)\\]|iframe:|\\(?_+\\)?$).*"),

    /** Rows of share, print and follow links. */
    SHARE_ROW(LineRule::isShareRow),

    /** Comment-section prompts and policies. */
    COMMENTS(45, true, anyOf("comment", "logged in to", "discussion", "join the"), "(?i)(^(show|hide|view|load|read|post|add|leave)( all| more)? comments?\\b|comment(ing|s)? (policy|guidelines)|logged in to (report|recommend|comment|post|reply|like|flag)"
                    + "|comments? (posted|submitted) (here )?(may|will) be (reviewed|moderated)|comments are (closed|moderated|reviewed)"
                    + "|to (add|post|leave) a comment|^\\d+ comments?$|^comments?( \\(\\d+\\))?$|discussion policy|^join the (conversation|discussion))"),

    /** Subscribe, sign-in and newsletter prompts. */
    ACCOUNT_PROMPT(14, true, "(?i)^(subscribe|sign (in|up)|log ?in|register|my account|upgrade to premium|get (the|our) newsletter|newsletter sign|create (an |a free )?account|already a subscriber|free trial)\\b.*"),

    /** Headers of related-article, most-read and topic sections. */
    RELATED_HEADER(9, false, "(?i)^(related( \\w+)?|more (in|from|on|about|stories|news|coverage|to read|like this)\\b.*|most (popular|read|viewed|shared|emailed)\\b.*|the most popular\\b.*"
                    + "|top stories|latest (news|stories|videos?)|news latest|read (more|next|this next)\\b.*|you (may|might) (also )?(like|be interested).*|recommended( for you)?"
                    + "|don'?t miss|see also|further reading|full coverage\\b.*|trending( now)?|(places|organi[sz]ations|people|topics|companies) in (this|the) story"
                    + "|(next|previous) (article|story|post)\\b.*|from the blogs\\b.*|editor'?s picks|popular now|sponsored( content| stories)?|promoted( stories)?"
                    + "|advertisement|galleries|watch (live|more)\\b.*|what to read next|recommended stories|also on \\w+|around the web|elsewhere on \\w+|follow \\w+( \\w+)? news)$"),

    /** Links to other articles set inside the text: "Read: …", "[Read: …]", "READ MORE: …", "Watch: …". */
    READ_LINK(25, true, "(?i)^\\[?(read|read more|read also|also read|see also|watch|listen|related)\\s*:\\s*\\S.*$"),

    /** Feedback widgets: "Was this article helpful?". */
    FEEDBACK(12, true, "(?i)^(was this (article|page|information|content|answer) (helpful|useful)|(yes|no),? (the |this )?(article|page) (was|is) (not )?(helpful|useful)|(rate|report a problem with) this (page|article)|is there anything wrong with this page).*"),

    /** Breadcrumbs and footer link rows written with separators: "Sitemap | Subscribe | Privacy". */
    SEPARATED_MENU((line, words) -> isSeparatedMenu(line)),

    /** Markdown scrape residue: end marks, meeting-page links, review stamps. */
    MARKDOWN_RESIDUE(Integer.MAX_VALUE, true, "(?i)^((\\\\?#\\s*){2,}|\\\\?\\*{3,}|-{3,}|visit the meeting page\\b.*|last review(ed)?\\s*:.*|back to top|return to top|top of page|print (this )?(page|article)|download (pdf|as pdf))$"),

    /** Lines of bullets, check marks or punctuation with no words (empty list items, separators). */
    EMPTY_ITEM((line, words) -> words == 0),

    /** Accordion and tab toggles, written with a check, arrow or plus glyph. */
    ACCORDION_TOGGLE(10, true, "^[✓✔☐☑▶►▸▾▼›»+⊕⊖]\\s*\\S.*"),

    /** Bylines on their own line: "By Jane Smith", "Written by …", "Reporting by …". */
    BYLINE(14, false, "^(?:By:?|BY:?|Written by|Words by|Reporting by|Reported by|Posted by|Author:|Authors:)\\s+\\p{Lu}.*"),

    /** Photo credits and captions with a credit: "… Credit: AFP", "Photo: Reuters", "[photo.jpg] …". */
    CAPTION(90, true, anyOf(":", "[", "(", "image copyright", "getty images"), "(?i)(\\b(credit|photo(graph)?|picture|image|illustration)s?\\s*:\\s*\\S+.{0,60}$|^\\[[^\\]]*\\.(jpe?g|png|gif|webp)[^\\]]*\\]|\\(photo(graph)? by [^)]+\\)\\s*$|image copyright|getty images$|\\([^()]*(/|getty|photo|image)[^()]*\\)\\.?$)"),

    /** Pagination of multi-page articles: "Page 1 of 8", "Next page". */
    PAGINATION(8, true, "(?i)^(page \\d+ (of|/) \\d+|(next|previous|prev) page\\b.*|\\d+ of \\d+)$"),

    /** Contributor notes closing news copy: "Jane Doe contributed to this report." */
    CONTRIBUTORS(45, true, anyOf("contributed", "reporting by", "editing by", "writing by"), "(?i)\\bcontributed (reporting|to this (report|story|article))|^(additional )?reporting by\\b|^editing by\\b|^\\(?writing by\\b"),

    /** Wire-copy sign-offs closing an article: editors' initials ("egw-sk", "jm/ab"), "(ENDS)", "-30-", "###". */
    SIGN_OFF(3, true, "^(\\(?[a-z]{1,4}(?:[-/][a-z]{1,4}){1,3}\\)?|\\(?(?i:ends?|end of (?:text|release))\\)?|-+\\s?30\\s?-+|#{3})$"),

    /** Page-loading and widget notices: "Loading…", "Please wait", "Enable JavaScript". */
    WIDGET_NOTICE(12, true, "(?i)^((click|tap)( on)? (the )?(photo|image|picture|here)? ?to (enlarge|zoom|expand|view larger)\\b.*"
            + "|download (the )?(full |complete )?(press release|pdf|document|report|statement|file)( here)?\\b.*|(select|choose|change) (your |a )?language\\b.*"
            + "|show( all)? \\d+ more( items| results| stories)?|this page was last (updated|modified|reviewed) on\\b.*|(press|media) (contacts?|enquiries|office)\\b.*"
            + "|loading\\b.*|sit tight\\b.*|please wait\\b.*|powered by \\w+.*|javascript (is )?(required|disabled)\\b.*|(please )?enable javascript\\b.*|your browser does not support\\b.*|click here for instructions|need help\\?|thank you for your support\\.?)$");

    private static final Set<String> SHARE_WORDS = Set.of("share", "this", "article", "story", "page", "on", "via",
            "tweet", "twitter", "x", "facebook", "linkedin", "whatsapp", "pinterest", "reddit", "email", "e", "mail",
            "print", "copy", "link", "save", "follow", "us", "instagram", "youtube", "telegram", "messenger", "sms",
            "and", "close", "options", "open", "menu", "to", "a", "friend", "flipboard", "tumblr", "bluesky", "rss",
            "google", "gmail", "subscribe", "comment", "comments", "mastodon", "threads");
    static final List<String> COOKIE_TOPIC_WORDS = List.of("cookie", "consent", "privacy");
    static final Pattern COOKIE_TOPIC = Pattern.compile("(?i)\\bcookies?\\b|\\bconsent\\b|privacy (settings|preferences|choices)");
    /** Banners speak to the reader about this site; news about cookies does not. */
    private static final Pattern ADDRESSES_READER = Pattern.compile("(?i)\\b(we|you|your|our|this (web)?site|this page)\\b");
    private static final Pattern COOKIE_BUTTON = Pattern.compile(
            "(?i)^(accept|reject|allow|manage|decline|refuse)( all| essential| necessary)?( cookies)?[.!]?$|^(i )?(agree|accept|got it)[.!]?$|^cookie (settings|preferences|policy)$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
    private static final Pattern DATELINE_FILLER = Pattern.compile(
            "(?i)\\b(end|last|updated?|published|first|posted|modified|created|on|at|date|time|gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|hkt|aest|aedt|et|pt|am|pm|a\\.m|p\\.m"
                    + "|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(rs(day)?)?|fri(day)?|sat(urday)?|sun(day)?|(press |news )?release|issued|as of|article|story|launched|posted|publication)\\b\\.?");
    private static final Pattern PLACE_PREFIX = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*\\s*,");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}([:.]\\d{2}){1,2}\\s*([ap]\\.?m\\.?|uhr|h)?\\b|\\b\\d{1,2}\\s?h\\s?\\d{2}\\b|\\b\\d{1,2}\\s*[ap]\\.?m\\.?|\\b\\d{4}\\s*(gmt|utc)\\b");

    /** No chrome line is longer; longer lines are never run through the patterns (bounded regex work). */
    static final int MAX_CHROME_CHARS = 1500;

    /** A rule's test, given the line and its number of words (counted once for all rules). */
    @FunctionalInterface
    private interface Test {
        boolean test(String line, int words);
    }

    /**
     * Lower-case strings of which a line must hold one for the rule's pattern to match: checked
     * before the pattern, because unanchored case-insensitive alternations try every position of
     * every line and the profile showed them as a third of cleaning. Each alternative of the
     * pattern must contain one of them (LineRuleTest checks the two agree).
     */
    private static List<String> anyOf(String... needles) {
        return List.of(needles);
    }

    private final Test test;
    private final Pattern pattern;
    private final List<String> needles;

    LineRule(Test test) {
        this.test = test;
        this.pattern = null;
        this.needles = List.of();
    }

    LineRule(int maxWords, boolean sentencesAllowed, String regex) {
        this(maxWords, sentencesAllowed, List.of(), regex);
    }

    LineRule(int maxWords, boolean sentencesAllowed, List<String> needles, String regex) {
        Pattern pattern = Pattern.compile(regex);
        this.pattern = pattern;
        this.needles = needles;
        this.test = (line, words) -> words <= maxWords
                && (sentencesAllowed || !TextStats.endsLikeSentence(line))
                && (needles.isEmpty() || containsAny(line.toLowerCase(Locale.ROOT), needles))
                && pattern.matcher(line).find();
    }

    /** The rule's pattern and its {@link #anyOf} strings, for tests; empty if the rule has none. */
    Optional<Map.Entry<Pattern, List<String>>> prefilteredPattern() {
        return pattern == null || needles.isEmpty() ? Optional.empty() : Optional.of(Map.entry(pattern, needles));
    }

    static boolean containsAny(String lower, List<String> needles) {
        for (String n : needles) {
            if (lower.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The rule's name as shown by {@code clean --explain}. */
    @Override
    public String ruleName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    boolean matches(String line) {
        return line.length() <= MAX_CHROME_CHARS && test.test(line, TextStats.words(line));
    }

    /** The first rule that matches a line, in declaration order. */
    static Optional<LineRule> firstMatch(String line) {
        if (line.length() > MAX_CHROME_CHARS) {
            return Optional.empty();
        }
        int words = TextStats.words(line);
        for (LineRule rule : values()) {
            if (rule.test.test(line, words)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private static int words(String line) {
        return TextStats.words(line);
    }

    private static boolean isCookieConsent(String line, int words) {
        return words <= 45 && (COOKIE_BUTTON.matcher(line).find()
                || containsAny(line.toLowerCase(Locale.ROOT), COOKIE_TOPIC_WORDS)
                && COOKIE_TOPIC.matcher(line).find() && ADDRESSES_READER.matcher(line).find());
    }

    private static boolean isShareRow(String line, int n) {
        if (n == 0 || n > 10 || TextStats.endsLikeSentence(line) && !line.endsWith(":")) {
            return false;
        }
        String[] ws = line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+");
        boolean shareVerb = false;
        for (String w : ws) {
            if (w.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(w)) {
                return false;
            }
            shareVerb |= w.equals("share") || w.equals("tweet") || w.equals("facebook") || w.equals("twitter")
                    || w.equals("linkedin") || w.equals("whatsapp") || w.equals("email") || w.equals("mail") || w.equals("print")
                    || w.equals("follow") || w.equals("instagram") || w.equals("pinterest") || w.equals("reddit");
        }
        return shareVerb;
    }

    private static boolean isSeparatedMenu(String line) {
        if (TextStats.endsLikeSentence(line)) {
            return false;
        }
        String[] parts = SEPARATOR.split(line);
        if (parts.length < 2) {
            return false;
        }
        int maxWords = parts.length >= 3 ? 4 : 3;
        for (String part : parts) {
            if (words(part) == 0 || words(part) > maxWords) {
                return false;
            }
        }
        return true;
    }

    /** Removes the date, times and stamp words: a dateline leaves (almost) nothing behind. */
    static boolean isDateline(String line) {
        return isDateline(line, TextStats.words(line));
    }

    private static boolean isDateline(String line, int words) {
        if (words > 14 || line.chars().noneMatch(Character::isDigit)) {
            return false; // every date and time pattern needs a digit
        }
        Optional<Dates.Match> date = Dates.firstMatch(line);
        String rest = date.map(m -> line.substring(0, m.start()) + " " + line.substring(m.end())).orElse(line);
        boolean hadTime = TIME.matcher(rest).find();
        if (date.isEmpty() && !hadTime) {
            return false;
        }
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = DATELINE_FILLER.matcher(rest).replaceAll(" ");
        rest = HtmlDates.PUBLISHED_LABEL.matcher(rest).replaceAll(" ");
        rest = HtmlDates.UPDATED_LABEL.matcher(rest).replaceAll(" ");
        rest = MonthNames.withoutDayNamesAndLinkWords(rest);
        rest = rest.replaceAll("\\([^)]*\\)", " ");
        if (date.isPresent()) {
            // the place a dateline starts with: "Tallinn, 5 April 2023", "NEW YORK, June 3, 2021"
            rest = PLACE_PREFIX.matcher(rest).replaceFirst(" ");
        }
        return words(rest) == 0;
    }
}
