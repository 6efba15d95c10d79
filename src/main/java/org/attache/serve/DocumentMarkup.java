package org.attache.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.attache.model.Analysis;
import org.attache.model.Mention;
import org.attache.model.Quote;

/**
 * A document's clean text cut at every mention and quotation boundary, so the template can mark
 * actor mentions (with their canonical actor) and quoted words without writing any markup itself.
 */
public final class DocumentMarkup {

    /** A run of text: the mention it belongs to (or null) and the speaker of the quote it lies in (or null). */
    public record Piece(String text, Mention mention, String quotedSpeaker) {
        public boolean quoted() {
            return quotedSpeaker != null;
        }
    }

    private DocumentMarkup() {
    }

    static List<Piece> pieces(Analysis a) {
        String text = a.document().text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Mention> mentions = a.mentions().stream().filter(m -> m.type().isActor()).toList();
        for (Mention m : mentions) {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        for (Quote q : a.quotes()) {
            cuts.add(q.span().start());
            cuts.add(q.span().end());
        }
        List<Piece> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            if (to > text.length()) {
                break;
            }
            out.add(new Piece(text.substring(from, to), covering(mentions, from, to), speaker(a, from, to)));
            from = to;
        }
        return out;
    }

    private static Mention covering(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.span().start() <= from && to <= m.span().end()) {
                return m;
            }
        }
        return null;
    }

    private static String speaker(Analysis a, int from, int to) {
        for (Quote q : a.quotes()) {
            if (q.span().start() <= from && to <= q.span().end()) {
                return q.speaker().isEmpty() ? "unknown speaker" : q.speaker();
            }
        }
        return null;
    }
}
