package org.attache.nlp.maxent;

import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
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
    private final double logPrior;
    private final double[] sums = new double[2];

    private BinaryDecision(PredicateTable table, double logPrior) {
        this.table = table;
        this.logPrior = logPrior;
    }

    /**
     * The decision of a model, or empty when it is not a two-outcome GIS model (whose prior, read
     * from a model file, is always uniform) or its features do not fit a {@link PredicateTable}.
     */
    public static Optional<BinaryDecision> of(MaxentModel model, PredicateTable table) {
        if (!(model instanceof GISModel) || model.getNumOutcomes() != 2) {
            return Optional.empty();
        }
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

    /** The features of a model, if they fit a {@link PredicateTable}. */
    @SuppressWarnings("unchecked")
    public static Optional<PredicateTable> tableOf(MaxentModel model) {
        if (!(model instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        return PredicateTable.of((java.util.Map<String, Context>) data[1]);
    }

    /** Starts a new context. */
    public void clear() {
        sums[0] = logPrior;
        sums[1] = logPrior;
    }

    /** Adds a feature given by its {@link FeatureHash#finish finished} hash (unknown features add nothing). */
    public void add(long featureHash) {
        table.addParameters(table.idOfHash(featureHash), sums);
    }

    /** Adds a feature given by its id in the table. */
    public void addId(int id) {
        table.addParameters(id, sums);
    }

    /** The table of feature ids, for callers that look ids up once and add them many times. */
    public PredicateTable table() {
        return table;
    }

    /** The index of the best outcome, as OpenNLP's {@code ArrayMath.argmax} of the probabilities. */
    public int best() {
        double s0 = sums[0];
        double s1 = sums[1];
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
        double[] p = {StrictMath.exp(sums[0]), StrictMath.exp(sums[1])};
        double normal = 0.0;
        normal += p[0];
        normal += p[1];
        p[0] /= normal;
        p[1] /= normal;
        return p;
    }
}
