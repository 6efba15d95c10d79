package org.attache.nlp.maxent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * Reads a name-finder model file straight into its {@link NameSearchModel}, without building OpenNLP's
 * model first: OpenNLP's reader makes a string and a context object for each of the model's 380,000
 * features and puts them in a map, which {@link PredicateTable} then walks to hash them; here each
 * feature's hash is taken from the file's bytes, and its parameters copied, as they are read (0.6 s of
 * CPU for every JVM that loads the model, against about a third of that).
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
            Map<String, byte[]> entries = entries(bytes);
            if (!entries.keySet().equals(ENTRIES) || !NameSearchModel.sameDescriptor(entries.get(DESCRIPTOR))) {
                return Optional.empty();
            }
            Properties manifest = new Properties();
            manifest.load(new StringReader(new String(entries.get(MANIFEST), StandardCharsets.UTF_8)));
            if (!ours(manifest)) {
                return Optional.empty();
            }
            return gis(ByteBuffer.wrap(entries.get(MAXENT)), beamSize(manifest));
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

    private static Map<String, byte[]> entries(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (entries.put(e.getName(), zip.readAllBytes()) != null) {
                    return Map.of(); // an entry twice: not a file train-ner wrote
                }
            }
        }
        return entries;
    }

    /**
     * OpenNLP's binary GIS layout ({@code GISModelReader}): the type, the correction constant and
     * parameter, the outcomes, the outcome patterns (how many features share it, then its outcomes),
     * the features, then each feature's parameters, pattern by pattern.
     */
    private static Optional<NameSearchModel> gis(ByteBuffer in, int beamSize) {
        try {
            if (!"GIS".equals(utf(in))) {
                return Optional.empty();
            }
            in.getInt(); // the correction constant and parameter: not used in evaluation
            in.getDouble();
            String[] outcomes = new String[in.getInt()];
            for (int o = 0; o < outcomes.length; o++) {
                outcomes[o] = utf(in);
            }
            int[][] patterns = new int[in.getInt()][];
            for (int p = 0; p < patterns.length; p++) {
                String[] parts = utf(in).split(" ");
                patterns[p] = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    patterns[p][k] = Integer.parseInt(parts[k]);
                }
            }
            long[] hashes = new long[in.getInt()];
            for (int f = 0; f < hashes.length; f++) {
                hashes[f] = utfHash(in);
            }
            PredicateTable.Builder table = new PredicateTable.Builder(hashes.length);
            int feature = 0;
            for (int[] pattern : patterns) {
                int[] outcomeIds = Arrays.copyOfRange(pattern, 1, pattern.length);
                for (int j = 0; j < pattern[0]; j++) {
                    double[] params = new double[outcomeIds.length];
                    for (int k = 0; k < params.length; k++) {
                        params[k] = in.getDouble();
                    }
                    if (feature >= hashes.length || !table.add(hashes[feature], outcomeIds, params)) {
                        return Optional.empty(); // more parameters than features, or two features share a hash
                    }
                    feature++;
                }
            }
            if (feature != hashes.length || in.hasRemaining()) {
                return Optional.empty();
            }
            return NameSearchModel.of(table.build(), outcomes, beamSize);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A string as {@code DataInputStream.readUTF} reads it. */
    private static String utf(ByteBuffer in) {
        StringBuilder sb = new StringBuilder();
        decode(in, sb, 0);
        return sb.toString();
    }

    /** The {@link FeatureHash} of a string written by {@code DataOutputStream.writeUTF}, read without making it. */
    private static long utfHash(ByteBuffer in) {
        return FeatureHash.finish(decode(in, null, FeatureHash.start()));
    }

    /**
     * Decodes one modified-UTF-8 string (two bytes of length, then one to three bytes a character), each
     * character appended to {@code sb} (when given) and added to the hash state {@code h}; returns the state.
     */
    private static long decode(ByteBuffer in, StringBuilder sb, long h) {
        int length = Short.toUnsignedInt(in.getShort());
        int end = in.position() + length;
        if (end > in.limit()) {
            throw new BufferUnderflowException();
        }
        while (in.position() < end) {
            int a = in.get() & 0xFF;
            char c;
            if (a < 0x80) {
                c = (char) a;
            } else if ((a & 0xE0) == 0xC0) {
                c = (char) (((a & 0x1F) << 6) | continuation(in, end));
            } else if ((a & 0xF0) == 0xE0) {
                int b = continuation(in, end);
                c = (char) (((a & 0x0F) << 12) | (b << 6) | continuation(in, end));
            } else {
                throw new IllegalArgumentException("malformed modified UTF-8");
            }
            h = FeatureHash.add(h, c);
            if (sb != null) {
                sb.append(c);
            }
        }
        return h;
    }

    private static int continuation(ByteBuffer in, int end) {
        if (in.position() >= end) {
            throw new IllegalArgumentException("malformed modified UTF-8");
        }
        int b = in.get() & 0xFF;
        if ((b & 0xC0) != 0x80) {
            throw new IllegalArgumentException("malformed modified UTF-8");
        }
        return b & 0x3F;
    }
}
