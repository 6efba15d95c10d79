package org.attache.nlp.quotes;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * A document's headline, when its clean text opens with it, and who a quotation in it is given to: the
 * label before a colon ("Senator Jones: Budget Is 'Dead on Arrival'") or the person or organisation the
 * headline opens with ("Mayor Lee Calls Plan 'A Disaster'"). A headline has no room for a cue.
 */
final class Headline {

    private static final String TRAILING = "[\\s.:;,\u2026]+$";
    /** A label before a colon longer than this is a phrase of the headline, not a speaker. */
    private static final int LABEL_WORDS = 4;
    private static final double CONFIDENCE = 0.6;
    /** Words a headline's subject may take before its verb ("Senator Ada Okafor Says"). */
    private static final int SUBJECT_WORDS = 4;

    private Headline() {
    }

    static boolean isFirstParagraph(CleanDocument document) {
        String title = document.metadata().title().replaceAll(TRAILING, "");
        List<TextSpan> paragraphs = document.paragraphs();
        if (title.isEmpty() || paragraphs.isEmpty()) {
            return false;
        }
        return paragraphs.get(0).of(document.text()).strip().replaceAll(TRAILING, "").equals(title);
    }

    /**
     * The speaker a headline names before its verb ("Okafor Slams Harbour Plan as ‘A Disaster’", "Ada Okafor
     * Hammers Board: ‘Resign’") or in a short label before a colon, or null. Read before any cue in the
     * headline: in title case a cue later on ("… Trump Asking Moderator To …") belongs to a reported clause.
     */
    static Attribution subject(String text, TextSpan headline, int open, List<Mention> mentions, SpeakerParser parser,
                               QuoteLexicon lexicon) {
        List<QuoteToken> toks = QuoteTokenizer.of(text, headline.start(), open);
        Attribution label = label(text, toks);
        if (label != null) {
            return label;
        }
        boolean named = !toks.isEmpty() && mentions.stream().anyMatch(m -> m.span().start() == toks.get(0).start());
        int verb = verb(toks, lexicon, named);
        if (verb < 0) {
            return null;
        }
        SpeakerPhrase p = parser.phrase(text, toks.subList(0, verb));
        if (p == null || p.kind() != SpeakerPhrase.Kind.NAME || p.span().start() != toks.get(0).start()) {
            return null;
        }
        return new Attribution(p, toks.get(verb).text(), CONFIDENCE);
    }

    /**
     * Where the headline's verb is, when the headline opens with a run of capitalised words that a verb ends:
     * a cue ("Says", "Calls") or a third-person "-s" form ("Sees", "Hammers") that is neither a group or role
     * word ("Lawmakers") nor a surname after a given name ("Chris Matthews"), and only after a name the
     * actors stage found ("Angry Farmers Rally" has none); -1 when none.
     */
    private static int verb(List<QuoteToken> toks, QuoteLexicon lexicon, boolean named) {
        if (toks.isEmpty() || !toks.get(0).capitalized() || SpeakerParser.FUNCTION_WORDS.contains(toks.get(0).lower())) {
            return -1;
        }
        for (int k = 1; k < Math.min(toks.size(), SUBJECT_WORDS + 1); k++) {
            QuoteToken t = toks.get(k);
            if (t.is(".")) {
                continue; // "Gov. Okafor Says"
            }
            if (!t.word() || !t.capitalized()) {
                return -1;
            }
            String l = t.lower();
            List<String> cue = List.of(l);
            if (lexicon.cueAt(cue, 0) != null && lexicon.cueAt(cue, 0).kind() == QuoteLexicon.CueKind.VERB) {
                return k;
            }
            boolean surname = k == 1 && GivenNames.of(toks.get(0).text() + " " + t.text()) != Genders.Gender.UNKNOWN;
            if (named && WordForms.verbByForm(l, false, false, false) && !l.endsWith("ed") && !surname
                    && !lexicon.isGroupNoun(l) && !lexicon.isRoleWord(l) && l.length() > 3) {
                return k;
            }
        }
        return -1;
    }

    private static Attribution label(String text, List<QuoteToken> toks) {
        int colon = -1;
        for (int k = 0; k < toks.size() && colon < 0; k++) {
            if (toks.get(k).is(":")) {
                colon = k;
            } else if (!toks.get(k).word() && !toks.get(k).is(".")) {
                break;
            }
        }
        if (colon > 0 && colon <= LABEL_WORDS && toks.subList(0, colon).stream().allMatch(QuoteToken::capitalized)
                && !Attributor.MEDIA_LABELS.contains(toks.get(colon - 1).lower())) { // "The Latest: …"
            return named(text, new TextSpan(toks.get(0).start(), toks.get(colon - 1).end()), ":");
        }
        return null;
    }

    /** The speaker of the quotation opening at {@code open} in the headline {@code headline}, or null. */
    static Attribution speaker(String text, TextSpan headline, int open, List<Mention> mentions) {
        List<QuoteToken> toks = QuoteTokenizer.of(text, headline.start(), open);
        Attribution label = label(text, toks);
        if (label != null) {
            return label;
        }
        if (toks.isEmpty()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.span().start() == toks.get(0).start() && m.span().end() <= open
                    && (m.type() == ActorType.PERSON || m.type() == ActorType.ORGANIZATION)) {
                return named(text, m.span(), "");
            }
        }
        return null;
    }

    private static Attribution named(String text, TextSpan span, String cue) {
        String name = span.of(text);
        return new Attribution(new SpeakerPhrase(SpeakerPhrase.Kind.NAME, name, span, name, span, ""), cue, CONFIDENCE);
    }
}
