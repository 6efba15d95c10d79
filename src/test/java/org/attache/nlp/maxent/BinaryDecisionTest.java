package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** {@link BinaryDecision} picks GISModel's best outcome, ties and near-ties included. */
class BinaryDecisionTest {

    @Test
    void tiesAndNearTiesGoWhereOpenNlpSendsThem() {
        // "a" and "b" give both outcomes the same weight (an exact tie: the first outcome wins);
        // "c" and "d" differ by one unit in the last place, too close to skip exp.
        double w = 0.7;
        GISModel model = new GISModel(new Context[] {
            new Context(new int[] {0, 1}, new double[] {w, w}),
            new Context(new int[] {1, 0}, new double[] {0.25, 0.25}),
            new Context(new int[] {0, 1}, new double[] {w, Math.nextUp(w)}),
            new Context(new int[] {0, 1}, new double[] {Math.nextUp(w), w}),
            new Context(new int[] {0}, new double[] {800}),
        }, new String[] {"a", "b", "c", "d", "huge"}, new String[] {"T", "F"});
        String[][] contexts = {{}, {"a"}, {"b"}, {"a", "b"}, {"c"}, {"d"}, {"c", "d"}, {"huge"}, {"huge", "c"},
            {"unknown"}, {"a", "unknown", "c"}};
        BinaryDecision decision = BinaryDecision.of(model, "test").orElseThrow();
        for (String[] context : contexts) {
            assertEquals(model.getBestOutcome(model.eval(context)), model.getOutcome(best(decision, context)),
                    String.join(",", context));
        }
    }

    @Test
    void randomWeightsDecideAsGisModel() {
        Random random = new Random(3L);
        int features = 40;
        Context[] params = new Context[features];
        String[] names = new String[features];
        for (int i = 0; i < features; i++) {
            names[i] = "f" + i;
            double x = random.nextGaussian();
            // every fourth feature nearly balanced, so sums often land close together
            double y = i % 4 == 0 ? x + random.nextInt(3) * Math.ulp(x) : random.nextGaussian();
            params[i] = new Context(new int[] {0, 1}, new double[] {x, y});
        }
        GISModel model = new GISModel(params, names, new String[] {"n", "s"});
        BinaryDecision decision = BinaryDecision.of(model, "test").orElseThrow();
        for (int n = 0; n < 5000; n++) {
            String[] context = new String[1 + random.nextInt(6)];
            for (int i = 0; i < context.length; i++) {
                context[i] = names[random.nextInt(4) == 0 ? random.nextInt(features) : 4 * random.nextInt(features / 4)];
            }
            assertEquals(model.getBestOutcome(model.eval(context)), model.getOutcome(best(decision, context)));
        }
    }

    @Test
    void modelsItCannotCopyExactlyAreRefused() {
        String[] names = {"a"};
        Context twice = new Context(new int[] {0, 0}, new double[] {0.1, 0.2});
        assertEquals(Optional.empty(),
                BinaryDecision.of(new GISModel(new Context[] {twice}, names, new String[] {"T", "F"}), "test"));
        Context three = new Context(new int[] {0, 1, 2}, new double[] {0.1, 0.2, 0.3});
        assertEquals(Optional.empty(),
                BinaryDecision.of(new GISModel(new Context[] {three}, names, new String[] {"x", "y", "z"}), "test"));
    }

    private static int best(BinaryDecision decision, String[] context) {
        decision.clear();
        for (String feature : context) {
            decision.add(FeatureHash.of(feature));
        }
        return decision.best();
    }
}
