package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.TextSpan;
import org.attache.nlp.NamedEntity;

/**
 * The name finder's entities mended before they are filtered: one organisation tagged over two split at
 * a possessive, two pieces of one person's name tagged apart joined. Over one document's sheet.
 */
final class ModelEntityRepairs {

    private final MentionSheet sheet;
    private final NameMatchTokens tokens;
    private final NameSpans spans;

    ModelEntityRepairs(MentionSheet sheet, NameSpans spans) {
        this.sheet = sheet;
        this.tokens = sheet.tokens;
        this.spans = spans;
    }

    /** The entities with both repairs made, in order. */
    List<NamedEntity> repaired(List<NamedEntity> entities) {
        return joinedPersons(splitAtPossessive(entities));
    }

    /**
     * "Tufts University's Feinstein International Center" tagged as one organisation: a possessive
     * inside an organisation's name before a capitalised word separates two organisations.
     */
    private List<NamedEntity> splitAtPossessive(List<NamedEntity> entities) {
        List<NamedEntity> out = new ArrayList<>();
        for (NamedEntity ne : entities) {
            int[] r = NamedEntity.ORGANIZATION.equals(ne.type()) ? spans.tokenRange(ne.span()) : null;
            int cut = -1;
            for (int t = r == null ? 0 : r[0] + 1; r != null && t + 2 <= r[1] && cut < 0; t++) {
                String s = tokens.surface(t);
                if ((s.equals("'") || s.equals("’")) && tokens.surface(t + 1).equals("s")
                        && tokens.start(t) == tokens.end(t - 1) && tokens.isCapitalised(t + 2)) {
                    cut = t;
                }
            }
            if (cut < 0) {
                out.add(ne);
                continue;
            }
            out.add(new NamedEntity(new TextSpan(ne.span().start(), tokens.end(cut - 1)), ne.type(), ne.probability()));
            out.add(new NamedEntity(new TextSpan(tokens.start(cut + 2), ne.span().end()), ne.type(), ne.probability()));
        }
        return out;
    }

    /**
     * Two pieces of one person's name that the model tagged apart, with at most two capitalised
     * words between them on the same line ("Dana" [Wilcox] "Ferreira"), made one entity.
     */
    private List<NamedEntity> joinedPersons(List<NamedEntity> entities) {
        List<NamedEntity> out = new ArrayList<>();
        for (NamedEntity ne : entities) {
            NamedEntity prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && NamedEntity.PERSON.equals(prev.type()) && NamedEntity.PERSON.equals(ne.type())
                    && onlyNameWordsBetween(prev.span().end(), ne.span().start())) {
                out.set(out.size() - 1, new NamedEntity(new TextSpan(prev.span().start(), ne.span().end()),
                        NamedEntity.PERSON, Math.min(prev.probability(), ne.probability())));
            } else {
                out.add(ne);
            }
        }
        return out;
    }

    /** Whether the text between two offsets is spaces and at most two free, capitalised name words. */
    private boolean onlyNameWordsBetween(int from, int to) {
        if (to <= from || to > sheet.text.length()
                || !sheet.text.substring(from, to).chars().allMatch(c -> c == ' ' || c == '-' || Character.isLetter(c))) {
            return false;
        }
        int words = 0;
        for (int t = tokens.indexAtOrAfter(from); t < tokens.size() && tokens.end(t) <= to; t++) {
            String w = tokens.surface(t);
            if (sheet.covered(t) || !tokens.isWord(t) || !tokens.isCapitalised(t) || ++words > 2
                    || NameWords.neverAName(w)) {
                return false;
            }
        }
        return true;
    }
}
