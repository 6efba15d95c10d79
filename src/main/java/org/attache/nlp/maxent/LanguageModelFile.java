package org.attache.nlp.maxent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Reads a language-detector model file straight into a {@link LanguageDetectorModel} whose maxent model
 * is a {@link TableMaxentModel}: OpenNLP's reader makes a string and a context for each of the shipped
 * model's 145,895 n-grams and reads its 1.27 million parameters one by one (0.4-0.55 s of CPU for every JVM
 * that loads it); {@link GisFile} takes about half of that. Only for a file of OpenNLP's plain language
 * detector (its factory, a GIS model, no other model inside) under the release the copies reproduce;
 * anything else is empty, and the caller loads the file through OpenNLP.
 */
public final class LanguageModelFile {

    private static final String MANIFEST = "manifest.properties";
    private static final String MAXENT = "langdetect.model";

    private LanguageModelFile() {
    }

    /** The model of the file {@code bytes}, when it can be read straight; else empty. */
    public static Optional<LanguageDetectorModel> read(byte[] bytes) {
        if (!OpenNlpFence.releaseMatches()) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> entries = GisFile.entries(bytes);
            if (!entries.containsKey(MANIFEST) || !entries.containsKey(MAXENT) || !entries.keySet().stream()
                    .allMatch(n -> n.equals(MANIFEST) || n.equals(MAXENT) || n.endsWith(".txt"))) {
                return Optional.empty(); // another model or resource inside: OpenNLP knows what to do with it
            }
            Properties manifest = new Properties();
            manifest.load(new StringReader(new String(entries.get(MANIFEST), StandardCharsets.UTF_8)));
            if (!"1.0".equals(manifest.getProperty("Manifest-Version"))
                    || !"LanguageDetectorME".equals(manifest.getProperty("Component-Name"))
                    || !LanguageDetectorFactory.class.getName().equals(manifest.getProperty("factory"))) {
                return Optional.empty();
            }
            return GisFile.read(entries.get(MAXENT)).map(gis -> new LanguageDetectorModel(new TableMaxentModel(gis),
                    Map.of(), new LanguageDetectorFactory()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // OpenNLP loads it, and says what is wrong with it
        }
    }
}
