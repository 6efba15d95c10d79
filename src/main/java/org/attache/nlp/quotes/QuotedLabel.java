package org.attache.nlp.quotes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * A transcript quoted whole, each turn in its own marks with the speaker's label first
 * ("“WALLACE: Let’s start …”", "“PENCE: Well, look …”"): the label is the speaker.
 */
final class QuotedLabel {

    private static final Pattern LABEL = Pattern.compile("\\p{Lu}[\\p{Lu}.'\u2019 -]{1,40}(?=:\\s)");

    private final QuoteLexicon lexicon;

    QuotedLabel(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether {@code a} is a label read here: its speaker phrase follows an opening mark. */
    static boolean opensQuote(String text, Attribution a) {
        int start = a.phrase().span().start();
        return ":".equals(a.cue()) && start > 0 && "\"\u201c\u2018\u00ab'".indexOf(text.charAt(start - 1)) >= 0;
    }

    /** The speaker named by a label opening {@code inner}, or null. */
    Attribution find(String text, TextSpan inner) {
        Matcher m = LABEL.matcher(text).region(inner.start(), inner.end());
        if (!m.lookingAt()) {
            return null;
        }
        List<QuoteToken> words = QuoteTokenizer.of(text, m.start(), m.end());
        int n = 0;
        while (n < words.size() - 1 && lexicon.isRoleWord(words.get(n).lower())) {
            n++; // "SECRETARY GENERAL STOLTENBERG": the role before the name
        }
        if (words.isEmpty() || words.stream().anyMatch(t -> !t.word()) || words.size() - n > 3
                || Attributor.MEDIA_LABELS.contains(words.get(words.size() - 1).lower())) { // "“VIDEO: …"
            return null;
        }
        TextSpan nameSpan = new TextSpan(words.get(n).start(), words.get(words.size() - 1).end());
        String name = TranscriptTurns.titleCase(nameSpan.of(text));
        String role = n == 0 ? "" : TranscriptTurns.titleCase(
                new TextSpan(words.get(0).start(), words.get(n - 1).end()).of(text));
        SpeakerPhrase p = new SpeakerPhrase(SpeakerPhrase.Kind.NAME, name, new TextSpan(m.start(), m.end()), name,
                nameSpan, role);
        return new Attribution(p, ":", 0.8);
    }
}
