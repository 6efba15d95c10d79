package org.attache.nlp.maxent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * OpenNLP's name finder ({@code NameFinderME.find} with its {@code BeamSearch}) redone for speed
 * with the same result: the same beam, the same probabilities to the last bit, the same names.
 * The profile showed where OpenNLP's time goes: it builds all ~45 feature strings of a token for
 * every sequence in the beam, looks each up in a hash map, copies the whole sequence so far at
 * every step (quadratic in the sentence length), and works each word's shape out again and again.
 * Here the features that do not depend on earlier outcomes are hashed and summed once per token,
 * each beam sequence adds only its four previous-outcome features, and a sequence is a link to its
 * parent. Like NameFinderME, it remembers how each word was tagged earlier in the document (the
 * "previous decision" feature) until {@link #clearAdaptiveData}. Not thread-safe: one per thread.
 */
final class NameSearch implements TokenNameFinder {

    /** OpenNLP's floor for a sequence's log probability. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final NameSearchModel model;
    private final ParameterSums sums;
    private final Map<String, String> previous = new HashMap<>();
    private final WordFeatureCache words = new WordFeatureCache();
    private final BioCodec codec = new BioCodec();

    NameSearch(NameSearchModel model) {
        this.model = model;
        this.sums = new ParameterSums(new FeatureIds(model.table()));
    }

    /** Forgets how words were tagged earlier (the start of a new document). */
    @Override
    public void clearAdaptiveData() {
        previous.clear();
    }

    /** The names in one run of tokens, each with the mean probability of its tokens' outcomes. */
    @Override
    public Span[] find(String[] tokens) {
        Step best = bestSequence(new NameFeatures(tokens, words));
        if (best == null || tokens.length == 0) {
            return new Span[0];
        }
        String[] outcomes = new String[tokens.length];
        double[] probs = new double[tokens.length];
        for (Step s = best; s.length > 0; s = s.parent) {
            outcomes[s.length - 1] = model.outcome(s.outcome);
            probs[s.length - 1] = s.prob;
        }
        for (int i = 0; i < tokens.length; i++) {
            previous.put(tokens[i], outcomes[i]);
        }
        Span[] spans = codec.decode(Arrays.asList(outcomes));
        for (int k = 0; k < spans.length; k++) {
            double p = 0;
            for (int i = spans[k].getStart(); i < spans[k].getEnd(); i++) {
                p += probs[i];
            }
            spans[k] = new Span(spans[k], p / spans[k].length());
        }
        return spans;
    }

    /** OpenNLP's BeamSearch.bestSequences step for step (same queue, same order, same ties). */
    private Step bestSequence(NameFeatures features) {
        int size = model.beamSize();
        int n = model.outcomeCount();
        PriorityQueue<Step> prev = new PriorityQueue<>(size);
        PriorityQueue<Step> next = new PriorityQueue<>(size);
        prev.add(Step.START);
        double[] generated = new double[n];
        List<double[]> known = new ArrayList<>(size);
        double[] sorted = new double[n];
        for (int i = 0; i < features.size(); i++) {
            System.arraycopy(model.logPrior(), 0, generated, 0, n);
            features.generated(i, previous, sums.into(generated));
            known.clear();
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Step top = prev.remove();
                int before = i > 0 ? top.outcome : -1;
                double[] scores = probabilities(features, i, before, i > 1 ? top.parent.outcome : -1, generated, known);
                System.arraycopy(scores, 0, sorted, 0, n);
                Arrays.sort(sorted);
                double min = sorted[Math.max(0, n - size)];
                for (int o = 0; o < n; o++) {
                    if (scores[o] >= min && model.mayFollow(before, o)) {
                        advance(top, o, scores[o], next);
                    }
                }
                if (next.isEmpty()) { // nothing likely enough: advance every valid outcome
                    for (int o = 0; o < n; o++) {
                        if (model.mayFollow(before, o)) {
                            advance(top, o, scores[o], next);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Step> swap = prev;
            prev = next;
            next = swap;
        }
        return prev.poll();
    }

    private static void advance(Step top, int outcome, double prob, PriorityQueue<Step> next) {
        Step s = new Step(top, outcome, prob);
        if (s.score > MIN_SEQUENCE_SCORE) {
            next.add(s);
        }
    }

    /**
     * The outcome probabilities of token i after outcomes {@code before} and {@code beforeThat}
     * (-1: none): the generated sums plus the previous-outcome features, then GIS's normalisation.
     * Sequences in the beam that share both outcomes share the result.
     */
    private double[] probabilities(NameFeatures features, int i, int before, int beforeThat, double[] generated,
            List<double[]> known) {
        int n = model.outcomeCount();
        for (double[] k : known) {
            if (k[n] == before && k[n + 1] == beforeThat) {
                return k;
            }
        }
        double[] p = Arrays.copyOf(generated, n + 2);
        features.previousOutcomes(i, name(before), name(beforeThat), sums.into(p));
        GisProbabilities.normalise(p, n);
        p[n] = before;
        p[n + 1] = beforeThat;
        known.add(p);
        return p;
    }

    private String name(int outcome) {
        return outcome < 0 ? NameFinderME.OTHER : model.outcome(outcome);
    }

    /** One step of a sequence in the beam: its last outcome, that outcome's probability, a link to the rest. */
    private static final class Step implements Comparable<Step> {

        static final Step START = new Step();

        final Step parent;
        final int outcome;
        final double prob;
        final double score;
        final int length;

        private Step() {
            this.parent = null;
            this.outcome = -1;
            this.prob = 1;
            this.score = 0;
            this.length = 0;
        }

        Step(Step parent, int outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.prob = prob;
            this.score = parent.score + StrictMath.log(prob);
            this.length = parent.length + 1;
        }

        @Override
        public int compareTo(Step other) {
            return Double.compare(other.score, score); // best first, as OpenNLP's Sequence
        }
    }
}
