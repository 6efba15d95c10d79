package org.attache.nlp.ner;

import static org.attache.nlp.ner.SpanRules.isCapitalised;
import static org.attache.nlp.ner.SpanRules.isDeterminer;
import static org.attache.nlp.ner.SpanRules.isJoiner;
import static org.attache.nlp.ner.SpanRules.isParticle;
import static org.attache.nlp.ner.SpanRules.isPronoun;
import static org.attache.nlp.ner.SpanRules.isTitle;

import opennlp.tools.util.Span;
import org.attache.nlp.NamedEntity;

/**
 * Brings the corpora's span conventions to one: bare names. UNER, wikigold and CrossNER already
 * mark bare names; GMB puts titles inside person spans ("President Bush") and re3d marks mentions
 * ("The Foreign Secretary", "he", "the city", "Minister for the Middle East Tobias Ellwood").
 * Mixing conventions would blur the span boundaries the model learns, so each span is trimmed to
 * its name, dropped (becomes {@code O}) when it holds no name, or, when a name is inside but
 * cannot be cut out reliably, the whole sentence is discarded rather than taught wrong.
 */
final class SpanNormalizer {

    /** What to do with one span. */
    enum Verdict { KEEP, DROP, DISCARD_SENTENCE }

    /** @param span the trimmed span when {@link Verdict#KEEP}, else null */
    record Result(Verdict verdict, Span span) {
        static final Result DROP = new Result(Verdict.DROP, null);
        static final Result DISCARD = new Result(Verdict.DISCARD_SENTENCE, null);

        static Result keep(int start, int end, String type) {
            return new Result(Verdict.KEEP, new Span(start, end, type));
        }
    }

    private final NerDataset dataset;

    SpanNormalizer(NerDataset dataset) {
        this.dataset = dataset;
    }

    /** Normalises a span already mapped to one of our types. */
    Result normalize(String[] tokens, Span span) {
        int start = span.getStart();
        int end = span.getEnd();
        String type = span.getType();
        while (dataset.mentionStyle() && end - start > 1 && isDeterminer(tokens[start])) {
            start++;
        }
        if (end - start == 1 && isPronoun(tokens[start])) {
            return Result.DROP;
        }
        boolean person = NamedEntity.PERSON.equals(type);
        if (!dataset.titlesInsideNames() && !dataset.mentionStyle()) {
            // Bare-name corpora: only a stray leading title ("President Obama") is cut off.
            if (person) {
                while (start < end && isTitle(tokens[start])) {
                    start++;
                }
            }
            return start < end ? Result.keep(start, end, type) : Result.DROP;
        }
        if (person) {
            return person(tokens, start, end, type);
        }
        if (!dataset.mentionStyle() || nameLike(tokens, start, end, false)) {
            return Result.keep(start, end, type);
        }
        return Result.DROP;
    }

    /**
     * A person span: the name is what follows the last title ("Iraqi Prime Minister Nouri al - Maliki"
     * gives "Nouri al - Maliki"); a span of titles, pronouns and descriptions only is not a name.
     */
    private static Result person(String[] tokens, int start, int end, String type) {
        if (nameLike(tokens, start, end, true)) {
            return Result.keep(start, end, type);
        }
        int lastTitle = -1;
        for (int i = start; i < end; i++) {
            if (isTitle(tokens[i])) {
                lastTitle = i;
            }
        }
        if (lastTitle >= 0 && nameLike(tokens, lastTitle + 1, end, true)) {
            return Result.keep(lastTitle + 1, end, type);
        }
        for (int i = start; i < end; i++) {
            String t = tokens[i];
            if (isCapitalised(t) && !isTitle(t) && !isPronoun(t) && Character.isLetter(t.codePointAt(0))) {
                return Result.DISCARD; // a name is in there, but where it starts is unclear
            }
        }
        return Result.DROP;
    }

    /**
     * Looks like a name: starts with a capital, every word capitalised or a name particle (or right
     * after a joiner, as in "Ja ’ afari"), and for persons no title word inside.
     */
    static boolean nameLike(String[] tokens, int start, int end, boolean noTitles) {
        if (start >= end || !isCapitalised(tokens[start]) || isPronoun(tokens[start]) && end - start == 1) {
            return false;
        }
        boolean hasLetters = false;
        for (int i = start; i < end; i++) {
            String t = tokens[i];
            if (noTitles && isTitle(t)) {
                return false;
            }
            boolean ok = isCapitalised(t) || isParticle(t) || i > start && isJoiner(tokens[i - 1])
                    || !Character.isLetter(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0));
            if (!ok) {
                return false;
            }
            hasLetters |= Character.isLetter(t.codePointAt(0)) && isCapitalised(t);
        }
        return hasLetters && !isParticle(tokens[end - 1]);
    }
}
