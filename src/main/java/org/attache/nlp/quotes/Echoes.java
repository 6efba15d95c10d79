package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * Speakers of quotations without a cue that the text itself ties to someone: a block quotation followed by a
 * "Source: Name" line (fact-check layouts), and words repeated from an earlier quotation (a heading or a later
 * sentence quoting again part of what someone said). One instance per document, fed in reading order.
 */
final class Echoes {

    /** Fewest words a repeated quotation needs: one word repeated is too common to tie it to a speaker. */
    private static final int MIN_WORDS = 2;
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "[\"\u201D\u2019']?[ \\t]*\\R\\s*Source:[ \\t]*(\\p{Lu}[^,\\n]{1,80}?)[ \\t]*(?:,|\\R|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final String text;
    private final List<String> said = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();

    Echoes(String text) {
        this.text = text;
    }

    /** Records a quotation and who said it. */
    void remember(TextSpan inner, Speaker speaker) {
        if (speaker.known()) {
            said.add(" " + words(inner.of(text)) + " ");
            speakers.add(speaker);
        }
    }

    /** The name on a "Source:" line right after the quotation, with where it is; or null. */
    TextSpan sourceLine(TextSpan inner) {
        Matcher m = SOURCE_LINE.matcher(text).region(inner.end(), Math.min(text.length(), inner.end() + 120));
        return m.lookingAt() ? new TextSpan(m.start(1), m.end(1)) : null;
    }

    /** Who first said the words this quotation repeats; or null. */
    Speaker repeated(TextSpan inner) {
        String words = words(inner.of(text));
        if (words.split(" ").length < MIN_WORDS) {
            return null;
        }
        String key = " " + words + " ";
        for (int k = 0; k < said.size(); k++) {
            if (said.get(k).contains(key)) {
                return speakers.get(k);
            }
        }
        return null;
    }

    private static String words(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            b.append(b.length() == 0 ? "" : " ").append(m.group());
        }
        return b.toString();
    }
}
