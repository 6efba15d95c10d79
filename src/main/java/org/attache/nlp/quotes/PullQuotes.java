package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.model.BlockQuote;
import org.attache.model.TextSpan;

/**
 * Pull and block quotations set apart from the running text, with the speaker read from their
 * attribution line: "Boris Johnson – Prime Minister, UK", "NATO release", "Kaja Kallas, High
 * Representative …", "— Jens Stoltenberg, NATO Secretary General".
 */
final class PullQuotes {

    /** A set-apart quotation: its words, and its speaker phrase (null when the line names nobody). */
    record Pulled(TextSpan quote, TextSpan attribution, SpeakerPhrase speaker) {
    }

    /** Words that name the document a block was taken from rather than a speaker ("NATO release"). */
    private static final Set<String> SOURCE_WORDS = Set.of(
            "release", "press", "statement", "communique", "communiqué", "declaration", "report", "website",
            "blog", "tweet", "post", "news", "speech", "remarks", "interview", "briefing");

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[\u2013\u2014|-]\\s+|\\s*,\\s+|\\s*\\|\\s*");

    private static final Pattern MARKER = Pattern.compile("(?i)\\s*(open|close|opening|closing) quot(e|ation) marks?\\s*");

    private final SpeakerParser parser;

    PullQuotes(SpeakerParser parser) {
        this.parser = parser;
    }

    List<Pulled> read(String text, List<BlockQuote> blocks, List<TextSpan> paragraphs) {
        List<Pulled> out = new ArrayList<>();
        List<BlockQuote> all = blocks.isEmpty() ? fromMarkers(text, paragraphs) : blocks;
        for (BlockQuote b : all) {
            TextSpan q = withoutMarks(text, b.quote());
            if (q.length() == 0) {
                continue;
            }
            TextSpan line = b.attribution().map(a -> trimmed(text, a)).orElse(null);
            SpeakerPhrase speaker = line == null || line.length() == 0 ? null : speaker(text, line);
            out.add(new Pulled(q, line, speaker));
        }
        return out;
    }

    /** "Boris Johnson – Prime Minister, UK" → Boris Johnson, role "Prime Minister, UK". */
    SpeakerPhrase speaker(String text, TextSpan line) {
        int start = line.start();
        while (start < line.end() && "\u2013\u2014-~|• ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        String l = text.substring(start, line.end());
        var m = SEPARATOR.matcher(l);
        int nameEnd = m.find() ? m.start() : l.length();
        String role = nameEnd < l.length() ? l.substring(m.end()).strip() : "";
        List<QuoteToken> toks = QuoteTokenizer.of(text, start, start + nameEnd);
        int end = toks.size();
        while (end > 1 && toks.get(end - 1).word() && SOURCE_WORDS.contains(toks.get(end - 1).lower())) {
            end--; // "NATO release" is NATO's words
        }
        if (end == 0) {
            return null;
        }
        SpeakerPhrase p = parser.phrase(text, toks.subList(0, end));
        if (p == null) {
            return null;
        }
        if (p.kind() == SpeakerPhrase.Kind.DESCRIPTION && end < toks.size()) {
            // the source's owner: "NATO release" names NATO as the speaker
            TextSpan s = new TextSpan(toks.get(0).start(), toks.get(end - 1).end());
            p = new SpeakerPhrase(SpeakerPhrase.Kind.NAME, s.of(text), s, s.of(text), s, p.role());
        }
        String fullRole = p.role().isEmpty() ? role : role.isEmpty() ? p.role() : p.role() + ", " + role;
        return p.withRole(fullRole);
    }

    /** Blocks marked in the text by "open quote mark" / "close quote mark" alt-texts, if the cleaner left them. */
    private static List<BlockQuote> fromMarkers(String text, List<TextSpan> paragraphs) {
        List<BlockQuote> out = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).of(text).toLowerCase(Locale.ROOT);
            if (MARKER.matcher(p).matches()) {
                boolean opening = p.contains("open");
                if (opening) {
                    open = i;
                } else if (open >= 0 && i - open >= 2) {
                    List<TextSpan> inside = paragraphs.subList(open + 1, i);
                    TextSpan last = inside.get(inside.size() - 1);
                    boolean hasLine = inside.size() >= 2 && isAttributionLine(last.of(text));
                    int quoteEnd = hasLine ? inside.get(inside.size() - 2).end() : last.end();
                    out.add(new BlockQuote(new TextSpan(inside.get(0).start(), quoteEnd),
                            hasLine ? Optional.of(last) : Optional.empty()));
                    open = -1;
                }
            }
        }
        return out;
    }

    static boolean isAttributionLine(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.split("\\s+").length <= 14 && !l.endsWith(".") && !l.endsWith("\u201D")
                && !l.endsWith("\"");
    }

    private static TextSpan withoutMarks(String text, TextSpan span) {
        TextSpan t = trimmed(text, span);
        int s = t.start();
        int e = t.end();
        if (e - s >= 2 && isMark(text.charAt(s)) && isMark(text.charAt(e - 1))) {
            s++;
            e--;
        } else if (e - s >= 2 && isMark(text.charAt(s)) && !hasMark(text, s + 1, e)) {
            s++;
        }
        return trimmed(text, new TextSpan(s, e));
    }

    private static boolean hasMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return "\"\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019'".indexOf(c) >= 0;
    }

    static TextSpan trimmed(String text, TextSpan span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextSpan(s, e);
    }
}
