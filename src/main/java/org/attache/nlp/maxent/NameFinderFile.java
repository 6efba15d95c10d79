package org.attache.nlp.maxent;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * Reads a name-finder model file straight into its {@link NameSearchModel}, without building OpenNLP's
 * model first: OpenNLP's reader makes a string and a context object for each of the model's 380,000
 * features and puts them in a map, which {@link PredicateTable} then walks to hash them; here each
 * feature's hash is taken from the file's bytes, and its parameters copied, as they are read ({@link GisFile}:
 * 0.6 s of CPU for every JVM that loads the model, against about a third of that).
 * <p>
 * Only for a file that OpenNLP's own loading would turn into the same search: the release the copies
 * reproduce, exactly the three entries {@code train-ner} writes, a GIS model, the BIO codec, our
 * feature descriptor and no two features sharing a hash. Anything else is empty, and the caller loads
 * the model through OpenNLP ({@link FastNameFinderModel}).
 */
final class NameFinderFile {

    private static final String MANIFEST = "manifest.properties";
    private static final String MAXENT = "nameFinder.model";
    private static final String DESCRIPTOR = "generator.featuregen";
    private static final Set<String> ENTRIES = Set.of(MANIFEST, MAXENT, DESCRIPTOR);

    private NameFinderFile() {
    }

    /** The search model of the model file {@code bytes}, when it can be read straight; else empty. */
    static Optional<NameSearchModel> read(byte[] bytes) {
        if (!OpenNlpFence.releaseMatches()) {
            return Optional.empty();
        }
        try {
            Map<String, byte[]> entries = GisFile.entries(bytes);
            if (!entries.keySet().equals(ENTRIES) || !NameSearchModel.sameDescriptor(entries.get(DESCRIPTOR))) {
                return Optional.empty();
            }
            Properties manifest = new Properties();
            manifest.load(new StringReader(new String(entries.get(MANIFEST), StandardCharsets.UTF_8)));
            if (!ours(manifest)) {
                return Optional.empty();
            }
            Optional<GisFile> gis = GisFile.read(entries.get(MAXENT));
            return gis.isEmpty() ? Optional.empty()
                    : NameSearchModel.of(gis.get().table(), gis.get().outcomes(), beamSize(manifest));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // OpenNLP loads it, and says what is wrong with it
        }
    }

    /** Whether the manifest is one OpenNLP would load as a name finder of this release with the BIO codec. */
    private static boolean ours(Properties manifest) {
        return "1.0".equals(manifest.getProperty("Manifest-Version"))
                && "NameFinderME".equals(manifest.getProperty("Component-Name"))
                && manifest.getProperty("Language") != null
                && OpenNlpFence.REPRODUCED_RELEASE.equals(manifest.getProperty("OpenNLP-Version"))
                && TokenNameFinderFactory.class.getName().equals(manifest.getProperty("factory"))
                && BioCodec.class.getName().equals(manifest.getProperty("sequenceCodecImplName"));
    }

    private static int beamSize(Properties manifest) {
        String beam = manifest.getProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        return beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
    }
}
