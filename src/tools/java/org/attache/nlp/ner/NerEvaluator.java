package org.attache.nlp.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Scores a model on gold sentences: a found name counts only with the exact span and type. */
public final class NerEvaluator {

    private NerEvaluator() {
    }

    public static NerScores evaluate(TokenNameFinderModel model, List<NameSample> gold) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, int[]> counts = new HashMap<>();
        for (NameSample sample : gold) {
            if (sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(sample.getSentence());
            Set<Span> expected = new HashSet<>(List.of(sample.getNames()));
            for (Span s : found) {
                int[] c = counts.computeIfAbsent(s.getType(), t -> new int[3]);
                c[expected.remove(s) ? 0 : 1]++;
            }
            for (Span s : expected) {
                counts.computeIfAbsent(s.getType(), t -> new int[3])[2]++;
            }
        }
        Map<String, NerScores.Counts> byType = new HashMap<>();
        counts.forEach((type, c) -> byType.put(type, new NerScores.Counts(c[0], c[1], c[2])));
        return new NerScores(byType);
    }
}
