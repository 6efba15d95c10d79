package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The fast model must give OpenNLP's probabilities to the last bit, however contexts share features. */
class ReusingMaxentModelTest {

    private static final String[] OUTCOMES = {"actor-start", "actor-cont", "other"};

    /** A GIS model of {@code n} features "f0".."f(n-1)", each with parameters for a random subset of outcomes. */
    private static GISModel randomModel(Random random, int n) {
        Context[] params = new Context[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "f" + i;
            int[] outcomes = random.ints(0, OUTCOMES.length).distinct().limit(1 + random.nextInt(OUTCOMES.length)).toArray();
            double[] weights = random.doubles(outcomes.length, -3, 3).toArray();
            params[i] = new Context(outcomes, weights);
        }
        return new GISModel(params, names, OUTCOMES);
    }

    @SuppressWarnings("unchecked")
    private static PredicateTable tableOf(GISModel model) {
        return PredicateTable.of((Map<String, Context>) model.getDataStructures()[1]).orElseThrow();
    }

    @Test
    void findsEveryModelFeatureAndNoOther() {
        GISModel model = randomModel(new Random(7), 500);
        PredicateTable table = tableOf(model);
        for (int i = 0; i < 500; i++) {
            assertNotEquals(PredicateTable.UNKNOWN, table.idOf(new String("f" + i)), "f" + i);
        }
        assertEquals(PredicateTable.UNKNOWN, table.idOf("f500"));
        assertEquals(PredicateTable.UNKNOWN, table.idOf(""));
        assertEquals(PredicateTable.UNKNOWN, table.idOf("w=the"));
    }

    @Test
    void givesExactlyOpenNlpsProbabilitiesForBeamLikeContexts() {
        Random random = new Random(42);
        GISModel model = randomModel(random, 300);
        ReusingMaxentModel fast = new ReusingMaxentModel(model, tableOf(model));
        for (int token = 0; token < 400; token++) {
            // A token's fixed features (shared by reference across candidates), some unknown to the model.
            String[] fixed = random.ints(random.nextInt(12), 0, 360).mapToObj(i -> "f" + i).toArray(String[]::new);
            for (int candidate = 0; candidate < 3; candidate++) {
                String[] context = Arrays.copyOf(fixed, fixed.length + 2);
                context[fixed.length] = "f" + random.nextInt(8);
                context[fixed.length + 1] = "f" + (8 + random.nextInt(4));
                double[] expected = model.eval(context.clone(), new double[OUTCOMES.length]);
                assertArrayEquals(expected, fast.eval(context, new double[OUTCOMES.length]), 0.0,
                        () -> Arrays.toString(context));
            }
        }
    }
}
