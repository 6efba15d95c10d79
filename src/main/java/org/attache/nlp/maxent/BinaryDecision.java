package org.attache.nlp.maxent;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * The best outcome of a two-outcome GIS model, exactly as {@code model.getBestOutcome(model.eval(context))}
 * but mostly without {@code StrictMath.exp}. The profile showed the tokenizer's model time nearly all in
 * {@code exp}; yet with two outcomes the larger probability belongs to the larger sum, because exp and the
 * shared normalisation keep the order. Only when the two sums are too close for rounding to be ruled out
 * is OpenNLP's own arithmetic replayed (exp, normalise, first maximum wins).
 * <p>
 * Usage: {@link #clear}, then {@link #add} each feature in context order, then {@link #best}.
 * Not thread-safe (it holds the running sums): one per tool; the table underneath is shared.
 */
public final class BinaryDecision {

    /** Sums further apart than this order their exps the same way, whatever exp's last-bit error. */
    private static final double SAFE_GAP = 1e-9;
    /** Beyond this, exp overflows or underflows and OpenNLP's arithmetic must be replayed. */
    private static final double SAFE_MAGNITUDE = 700;

    private final PredicateTable table;
    private final double[] weights; // feature id -> its parameters for outcomes 0 and 1, side by side
    private final double logPrior;
    private double sum0;
    private double sum1;

    private BinaryDecision(PredicateTable table, double logPrior) {
        this.table = table;
        this.logPrior = logPrior;
        // One cache line per feature instead of the table's three arrays. The two sums are separate
        // additions, so their order does not matter; an outcome a feature lacks adds 0.0, which
        // changes no sum (at most the sign of a zero one, and exp(-0.0) == exp(0.0)).
        this.weights = new double[2 * table.size()];
        double[] pair = new double[2];
        for (int id = 0; id < table.size(); id++) {
            pair[0] = 0.0;
            pair[1] = 0.0;
            table.addParameters(id, pair);
            weights[2 * id] = pair[0];
            weights[2 * id + 1] = pair[1];
        }
    }

    /**
     * The decision of a model, or empty (with {@link OpenNlpFence}'s notice naming {@code tool}) when it
     * is not a two-outcome GIS model (whose prior, read from a model file, is always uniform) of the
     * reproduced OpenNLP release with at most one parameter per feature and outcome, or its features do
     * not fit a {@link PredicateTable}.
     */
    public static Optional<BinaryDecision> of(MaxentModel model, String tool) {
        Optional<OpenNlpFence.GisLayout> layout = OpenNlpFence.layout(model, tool);
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        if (model.getNumOutcomes() != 2) {
            OpenNlpFence.notice(tool, model.getNumOutcomes() + " outcomes, not 2");
            return Optional.empty();
        }
        Map<String, Context> predicates = layout.get().predicates();
        for (Context c : predicates.values()) {
            int[] o = c.getOutcomes();
            if (o.length > 2 || o.length == 2 && o[0] == o[1]) {
                // two parameters for one outcome: their order of addition would matter
                OpenNlpFence.notice(tool, "a feature with two parameters for one outcome");
                return Optional.empty();
            }
        }
        Optional<BinaryDecision> decision = PredicateTable.of(predicates).flatMap(table -> of(model, table));
        if (decision.isEmpty()) {
            OpenNlpFence.notice(tool, "a feature table or prior the fast evaluation does not reproduce");
        }
        return decision;
    }

    /** Makes a fast tool from the decision of a split/no-split model and the index of its split outcome. */
    interface SplitTool<T> {
        T make(BinaryDecision decision, int split);
    }

    /**
     * A fast tool over a model that decides split or no split (the tokenizer's, the sentence detector's),
     * or empty with the fence's notice when the model's outcomes are not {@code split} and {@code noSplit}
     * or {@link #of(MaxentModel, String)} refuses it.
     */
    static <T> Optional<T> splitting(MaxentModel model, String split, String noSplit, String tool,
                                     SplitTool<T> maker) {
        int splitIndex = model.getIndex(split);
        if (splitIndex < 0 || model.getIndex(noSplit) < 0) {
            OpenNlpFence.notice(tool, "outcomes other than split and no-split");
            return Optional.empty();
        }
        return of(model, tool).map(decision -> maker.make(decision, splitIndex));
    }

    private static Optional<BinaryDecision> of(MaxentModel model, PredicateTable table) {
        String[] outcomes = {model.getOutcome(0), model.getOutcome(1)};
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, null);
        double[] logPrior = new double[2];
        prior.logPrior(logPrior, new Context[0], null);
        BinaryDecision decision = new BinaryDecision(table, logPrior[0]);
        // A prior that is not the uniform one shows in the probabilities of the empty context.
        decision.clear();
        double[] mine = decision.probabilities();
        double[] theirs = model.eval(new String[0]);
        boolean same = Double.compare(mine[0], theirs[0]) == 0 && Double.compare(mine[1], theirs[1]) == 0;
        return same ? Optional.of(decision) : Optional.empty();
    }

    /** Starts a new context. */
    public void clear() {
        sum0 = logPrior;
        sum1 = logPrior;
    }

    /** Adds a feature given by its {@link FeatureHash#finish finished} hash (unknown features add nothing). */
    public void add(long featureHash) {
        addId(table.idOfHash(featureHash));
    }

    /** Adds a feature given by its id in the table ({@link PredicateTable#UNKNOWN} adds nothing). */
    public void addId(int id) {
        if (id != PredicateTable.UNKNOWN) {
            sum0 += weights[2 * id];
            sum1 += weights[2 * id + 1];
        }
    }

    /** The table of feature ids, for callers that look ids up once and add them many times. */
    public PredicateTable table() {
        return table;
    }

    /** The index of the best outcome, as OpenNLP's {@code ArrayMath.argmax} of the probabilities. */
    public int best() {
        double s0 = sum0;
        double s1 = sum1;
        if (Math.abs(s0) < SAFE_MAGNITUDE && Math.abs(s1) < SAFE_MAGNITUDE) {
            if (s1 - s0 > SAFE_GAP) {
                return 1;
            }
            if (s0 - s1 > SAFE_GAP) {
                return 0;
            }
        }
        double[] p = probabilities();
        return p[0] < p[1] ? 1 : 0;
    }

    /** GISModel.eval's arithmetic on the current sums. */
    private double[] probabilities() {
        double[] p = {sum0, sum1};
        GisProbabilities.normalise(p, 2);
        return p;
    }
}
