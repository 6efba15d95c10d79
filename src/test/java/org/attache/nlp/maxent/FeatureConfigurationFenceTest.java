package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/**
 * A maxent name-finder model with a feature configuration other than ours, trained here on invented
 * sentences: the fast path must find exactly what OpenNLP's NameFinderME finds, spans and
 * probabilities to the last bit (its own search steps aside for such a model, the fast maxent
 * evaluation still under OpenNLP's beam search).
 */
class FeatureConfigurationFenceTest {

    /** Not our features.xml: a narrower window, character n-grams, no previous-map or bigrams. */
    private static final String OTHER_FEATURES = """
            <featureGenerators cache="true" name="nameFinder">
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">1</int>
                <int name="nextLength">1</int>
                <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
              </generator>
              <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
              <generator class="opennlp.tools.util.featuregen.CharacterNgramFeatureGeneratorFactory">
                <int name="min">2</int>
                <int name="max">3</int>
              </generator>
              <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
                <bool name="begin">true</bool>
                <bool name="end">true</bool>
              </generator>
            </featureGenerators>
            """;

    private static final String[] PEOPLE = {"Anna Berg", "Tomas Lind", "Maria Kovac", "Jon Eriksen", "Lea Novak"};
    private static final String[] GROUPS = {"Nordic Council", "Baltic Guard", "Harbour Authority", "Coast Agency"};
    private static final String[] PLACES = {"Oslo", "Tallinn", "Gdansk", "Riga"};

    @Test
    void anotherFeatureConfigurationGivesOpenNlpsSpansAndProbabilities() throws IOException {
        byte[] bytes = train(OTHER_FEATURES);
        TokenNameFinderModel plain = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
        FastNameFinderModel fast = new FastNameFinderModel(new ByteArrayInputStream(bytes));
        TokenNameFinder ours = fast.newFinder();
        assertFalse(ours instanceof NameSearch, "our own search is only for our feature configuration");
        NameFinderME theirs = new NameFinderME(plain);
        Random random = new Random(11);
        int names = 0;
        for (int doc = 0; doc < 20; doc++) {
            ours.clearAdaptiveData();
            theirs.clearAdaptiveData();
            for (int s = 0; s < 8; s++) {
                String[] tokens = random.nextInt(4) == 0 ? scrambled(random) : sentence(random, false).split(" ");
                Span[] want = theirs.find(tokens);
                Span[] got = ours.find(tokens);
                assertArrayEquals(want, got, String.join(" ", tokens));
                for (int i = 0; i < want.length; i++) {
                    assertEquals(Double.doubleToLongBits(want[i].getProb()), Double.doubleToLongBits(got[i].getProb()),
                            "probability of " + want[i]);
                }
                names += want.length;
            }
        }
        assertTrue(names > 0, "the model finds names, so there is something to compare");
    }

    private static byte[] train(String features) throws IOException {
        StringBuilder data = new StringBuilder();
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            data.append(sentence(random, true)).append('\n');
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 40);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null,
                features.getBytes(StandardCharsets.UTF_8), Map.of(), new BioCodec());
        try (ObjectStream<NameSample> samples = new NameSampleDataStream(new PlainTextByLineStream(
                () -> new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            TokenNameFinderModel model = NameFinderME.train("en", null, samples, params, factory);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model.serialize(out);
            return out.toByteArray();
        }
    }

    /** An invented sentence; with {@code marked}, in OpenNLP's training markup. */
    private static String sentence(Random r, boolean marked) {
        String person = mark(PEOPLE[r.nextInt(PEOPLE.length)], "person", marked);
        String group = mark(GROUPS[r.nextInt(GROUPS.length)], "organization", marked);
        String place = PLACES[r.nextInt(PLACES.length)];
        return switch (r.nextInt(4)) {
            case 0 -> person + " met officials of the " + group + " in " + place + " .";
            case 1 -> "The " + group + " said " + person + " would visit " + place + " on Monday .";
            case 2 -> "In " + place + " , " + person + " praised the " + group + " .";
            default -> person + " leads the " + group + " .";
        };
    }

    private static String mark(String name, String type, boolean marked) {
        return marked ? "<START:" + type + "> " + name + " <END>" : name;
    }

    /** Words of the sentences in another order, and unseen ones, for the paths rarely taken. */
    private static String[] scrambled(Random r) {
        List<String> words = new ArrayList<>(List.of(sentence(r, false).split(" ")));
        words.add(r.nextInt(words.size()), "Zorvath");
        Collections.shuffle(words, r);
        return words.toArray(String[]::new);
    }
}
