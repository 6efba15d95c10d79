package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language model read straight must rank every language with OpenNLP's probabilities, to the last bit. */
class LanguageModelFileTest {

    private static byte[] shipped;
    private static LanguageDetectorModel openNlp;
    private static LanguageDetectorModel direct;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LanguageModelFileTest.class.getResourceAsStream("/langdetect-183.bin")) {
            shipped = in.readAllBytes();
        }
        openNlp = new LanguageDetectorModel(new ByteArrayInputStream(shipped));
        direct = LanguageModelFile.read(shipped).orElseThrow();
    }

    @Test
    void theShippedModelIsReadStraight() {
        assertTrue(direct.getMaxentModel() instanceof TableMaxentModel);
        assertEquals(openNlp.getMaxentModel().getNumOutcomes(), direct.getMaxentModel().getNumOutcomes());
    }

    @Test
    void ranksLanguagesAsOpenNlpDoes() {
        List<String> texts = List.of(
                "The harbour council of Veldmark met on Tuesday and agreed to repair the northern pier.",
                "Le conseil du port de Veldmark s'est réuni mardi et a décidé de réparer la jetée nord.",
                "Der Hafenrat von Veldmark traf sich am Dienstag und beschloss, den Nordpier zu reparieren.",
                "El consejo del puerto de Veldmark se reunió el martes y acordó reparar el muelle norte.",
                "Rada portu w Veldmarku zebrała się we wtorek i postanowiła naprawić północne molo.",
                "Совет порта Вельдмарка собрался во вторник и решил отремонтировать северный пирс.",
                "港湾評議会は火曜日に会合し、北側の桟橋を修理することに合意した。",
                "12 34 ?? -- ok", "");
        LanguageDetectorME reference = new LanguageDetectorME(openNlp);
        LanguageDetectorME ours = new LanguageDetectorME(direct);
        for (String text : texts) {
            assertEquals(describe(reference.predictLanguages(text)), describe(ours.predictLanguages(text)), text);
        }
        Random random = new Random(5);
        String alphabet = "abcdefghijklmnopqrstuvwxyz éèàüößñçłąęšžйцукенгшзхъфывапролджэ日本語の漢字 .,'-";
        for (int k = 0; k < 60; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(describe(reference.predictLanguages(text)), describe(ours.predictLanguages(text)), text);
        }
    }

    @Test
    void evaluatesWithoutValuesAsOpenNlpDoes() {
        String[] context = {"the", "harb", "ou", "zzzz-not-a-feature", "the"};
        assertEquals(bits(openNlp.getMaxentModel().eval(context)), bits(direct.getMaxentModel().eval(context)));
        double[] probs = direct.getMaxentModel().eval(context);
        assertEquals(openNlp.getMaxentModel().getBestOutcome(probs), direct.getMaxentModel().getBestOutcome(probs));
        assertEquals(openNlp.getMaxentModel().getIndex("fra"), direct.getMaxentModel().getIndex("fra"));
    }

    @Test
    void aFileOfAnotherShapeIsLeftToOpenNlp() {
        assertTrue(LanguageModelFile.read(new byte[] {1, 2, 3}).isEmpty());
    }

    private static List<String> describe(Language[] ranked) {
        return Arrays.stream(ranked).map(l -> l.getLang() + " " + Double.doubleToLongBits(l.getConfidence())).toList();
    }

    private static List<Long> bits(double[] probs) {
        return Arrays.stream(probs).mapToObj(Double::doubleToLongBits).toList();
    }
}
