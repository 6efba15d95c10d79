package org.attache.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.model.Mention;
import org.attache.model.Sentence;

/**
 * Pairs of actors named together: in how many sentences and in how many documents, built one
 * document at a time (memory grows with the pairs, never with documents). The sentences are the
 * analysis's own (OpenNLP's, stored in the index record), the ones the actors and quotations were found
 * in, so {@code report} rebuilds the same counts from the index for any slice without the models. An
 * analysis without sentences (a language without actor analysis) has no mentions to pair either.
 */
final class Cooccurrence {

    /** One pair, {@code a} before {@code b} in string order. */
    record Row(String a, String b, int sentences, int documents) {
    }

    /** The pairs of one document: sentences each pair shares (0 when only the document). */
    static Map<String, Integer> pairsOf(List<Sentence> sentences, List<Mention> mentions) {
        List<Mention> actors = mentions.stream().filter(m -> m.type().isActor()).toList();
        TreeSet<String> names = new TreeSet<>();
        actors.forEach(m -> names.add(m.actor()));
        Map<String, Integer> pairs = new TreeMap<>();
        if (names.size() < 2) {
            return pairs;
        }
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                pairs.put(key(all.get(i), all.get(j)), 0);
            }
        }
        int k = 0;
        for (int s = 0; s < sentences.size() && k < actors.size(); s++) {
            int start = sentences.get(s).span().start();
            int end = sentences.get(s).span().end();
            TreeSet<String> here = new TreeSet<>();
            while (k < actors.size() && actors.get(k).span().start() < end) {
                if (actors.get(k).span().start() >= start) { // a mention between sentences is in none
                    here.add(actors.get(k).actor());
                }
                k++;
            }
            List<String> inSentence = new ArrayList<>(here);
            for (int i = 0; i < inSentence.size(); i++) {
                for (int j = i + 1; j < inSentence.size(); j++) {
                    pairs.merge(key(inSentence.get(i), inSentence.get(j)), 1, Integer::sum);
                }
            }
        }
        return pairs;
    }

    private static String key(String a, String b) {
        return a + '\u0000' + b;
    }

    private final Map<String, int[]> counts = new HashMap<>();

    /** Adds one document's pairs (from {@link #pairsOf}). */
    void add(Map<String, Integer> pairs) {
        pairs.forEach((pair, sentences) -> {
            int[] c = counts.computeIfAbsent(pair, p -> new int[2]);
            c[0] += sentences;
            c[1]++;
        });
    }

    /** Most sentences first, then most documents, then by names: a stable order. */
    List<Row> sorted() {
        List<Row> rows = new ArrayList<>();
        counts.forEach((pair, c) -> {
            int cut = pair.indexOf('\u0000');
            rows.add(new Row(pair.substring(0, cut), pair.substring(cut + 1), c[0], c[1]));
        });
        rows.sort(Comparator.comparingInt(Row::sentences).reversed()
                .thenComparing(Comparator.comparingInt(Row::documents).reversed())
                .thenComparing(Row::a).thenComparing(Row::b));
        return rows;
    }
}
