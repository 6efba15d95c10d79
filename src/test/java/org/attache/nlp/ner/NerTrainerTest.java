package org.attache.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny model from a fixture file (synthetic sentences, not the ner-data corpora). */
class NerTrainerTest {

    private static List<NameSample> samples;
    private static TokenNameFinderModel model;
    private static final NerTrainingOptions OPTIONS = new NerTrainingOptions("perceptron", 30, 0);

    @BeforeAll
    static void train() throws IOException, URISyntaxException {
        Path fixture = Path.of(NerTrainerTest.class.getResource("tiny-train.tsv").toURI());
        samples = NerCorpus.withDocumentBreaks(new NerDataReader(NerDataset.UNER_EN_EWT).read(fixture).samples());
        model = new NerTrainer().train(samples, OPTIONS);
    }

    @Test
    void tinyModelLearnsItsTrainingSentences() {
        NerScores scores = NerEvaluator.evaluate(model, samples);
        assertTrue(scores.overall().f1() > 0.95, scores.table("train"));
        assertEquals(List.of("LOCATION", "ORGANIZATION", "PERSON"), List.copyOf(scores.byType().keySet()));
    }

    @Test
    void taggerGivesCharacterSpansOfKnownNames() throws IOException {
        String text = "Anna Keller met Piet Jansen in Oslo.";
        Sentence sentence = new Sentence(new TextSpan(0, text.length()), List.of(
                new TextSpan(0, 4), new TextSpan(5, 11), new TextSpan(12, 15), new TextSpan(16, 20),
                new TextSpan(21, 27), new TextSpan(28, 30), new TextSpan(31, 35), new TextSpan(35, 36)));
        List<NamedEntity> found = NerModel.of(model, "tiny").newTagger().tag(text, List.of(sentence));
        assertEquals(List.of(
                        new TextSpan(0, 11), new TextSpan(16, 27), new TextSpan(31, 35)),
                found.stream().map(NamedEntity::span).toList());
        assertEquals(List.of("PERSON", "PERSON", "LOCATION"), found.stream().map(NamedEntity::type).toList());
        assertTrue(found.stream().allMatch(e -> e.probability() > 0 && e.probability() <= 1));
    }

    @Test
    void aModelWithTheGazetteerFeatureSavesAndLoadsBack(@TempDir Path tmp) throws IOException {
        TokenNameFinderModel model = new NerTrainer().train(samples, new NerTrainingOptions("perceptron", 30, 0, true));
        Path file = tmp.resolve("tiny.bin");
        Files.write(file, ModelFiles.reproducibleBytes(model));
        String text = "Anna Keller met Piet Jansen in Oslo.";
        Sentence sentence = new Sentence(new TextSpan(0, text.length()), List.of(
                new TextSpan(0, 4), new TextSpan(5, 11), new TextSpan(12, 15), new TextSpan(16, 20),
                new TextSpan(21, 27), new TextSpan(28, 30), new TextSpan(31, 35), new TextSpan(35, 36)));
        assertEquals(NerModel.of(model, "tiny").newTagger().tag(text, List.of(sentence)),
                NerModel.load(file).newTagger().tag(text, List.of(sentence)));
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        TokenNameFinderModel again = new NerTrainer().train(samples, OPTIONS);
        assertArrayEquals(ModelFiles.reproducibleBytes(model), ModelFiles.reproducibleBytes(again));
    }

    @Test
    void emptyTrainingSetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new NerTrainer().train(List.of(), OPTIONS));
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new NerTrainingOptions("svm", 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new NerTrainingOptions("maxent", 0, 1));
        assertEquals("maxent", new NerTrainingOptions("MAXENT", 1, 0).algorithm());
    }

    @Test
    void spansKeepTheirTypes() {
        assertEquals(new Span(0, 2, "PERSON"), samples.get(0).getNames()[0]);
    }
}
