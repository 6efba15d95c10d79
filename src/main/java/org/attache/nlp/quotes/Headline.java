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

    /** The speaker of the quotation opening at {@code open} in the headline {@code headline}, or null. */
    static Attribution speaker(String text, TextSpan headline, int open, List<Mention> mentions) {
        List<Tok> toks = Tokens.of(text, headline.start(), open);
        int colon = -1;
        for (int k = 0; k < toks.size() && colon < 0; k++) {
            if (toks.get(k).is(":")) {
                colon = k;
            } else if (!toks.get(k).word() && !toks.get(k).is(".")) {
                break;
            }
        }
        if (colon > 0 && colon <= LABEL_WORDS && toks.subList(0, colon).stream().allMatch(Tok::capitalized)) {
            return named(text, new TextSpan(toks.get(0).start(), toks.get(colon - 1).end()), ":");
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
