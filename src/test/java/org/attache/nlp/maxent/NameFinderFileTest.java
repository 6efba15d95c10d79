package org.attache.nlp.maxent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.attache.nlp.ner.NerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading the model file straight must give the search OpenNLP's loading gives, feature by feature. */
class NameFinderFileTest {

    private static byte[] shipped;
    private static TokenNameFinderModel openNlp;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameFinderFileTest.class.getResourceAsStream(NerModel.DEFAULT_RESOURCE)) {
            shipped = in.readAllBytes();
        }
        openNlp = new TokenNameFinderModel(new ByteArrayInputStream(shipped));
    }

    @Test
    void everyFeatureHasOpenNlpsParametersInOpenNlpsOrder() {
        NameSearchModel direct = NameFinderFile.read(shipped).orElseThrow();
        OpenNlpFence.GisLayout layout = OpenNlpFence.layout(openNlp.getArtifact("nameFinder.model"), "test")
                .orElseThrow();
        PredicateTable table = direct.table();
        assertEquals(layout.predicates().size(), table.size());
        int[] outcomes = new int[16];
        double[] params = new double[16];
        for (var e : layout.predicates().entrySet()) {
            int id = table.idOf(e.getKey());
            int n = table.parameterCount(id);
            assertEquals(e.getValue().getOutcomes().length, n, e.getKey());
            table.copyParameters(id, outcomes, params, 0);
            assertArrayEquals(e.getValue().getOutcomes(), Arrays.copyOf(outcomes, n), e.getKey());
            assertArrayEquals(e.getValue().getParameters(), Arrays.copyOf(params, n), e.getKey());
        }
        assertEquals(PredicateTable.UNKNOWN, table.idOf("w=a feature the model never saw"));
        assertArrayEquals(layout.outcomes(), IntStream.range(0, direct.outcomeCount())
                .mapToObj(direct::outcome).toArray(String[]::new));
        assertEquals(3, direct.beamSize());
    }

    @Test
    void findsWhatOpenNlpFinds() {
        NameFinderME reference = new NameFinderME(openNlp);
        NameSearch ours = new NameSearch(NameFinderFile.read(shipped).orElseThrow());
        String[][] windows = {
            {"Minister", "Idris", "Okonkwo", "told", "the", "Senate", "of", "Veldoria", "on", "Monday", "."},
            {"\"", "We", "will", "not", "yield", ",", "\"", "said", "Anneke", "Brouwer", "in", "Zürich", "."},
            {"The", "Northern", "Grain", "Council", "met", "in", "Port", "Aldane", "."},
        };
        for (String[] window : windows) {
            assertEquals(describe(reference.find(window)), describe(ours.find(window)), Arrays.toString(window));
        }
    }

    @Test
    void aFileOfAnyOtherShapeIsLeftToOpenNlp() throws IOException {
        assertTrue(NameFinderFile.read(new byte[] {1, 2, 3}).isEmpty());
        assertTrue(NameFinderFile.read(rewritten("manifest.properties",
                s -> s.replace("sequenceCodecImplName=opennlp.tools.namefind.BioCodec",
                        "sequenceCodecImplName=opennlp.tools.namefind.BilouCodec"))).isEmpty());
        assertTrue(NameFinderFile.read(rewritten("manifest.properties",
                s -> s.replace("OpenNLP-Version=" + OpenNlpFence.REPRODUCED_RELEASE, "OpenNLP-Version=2.0.0")))
                .isEmpty());
        assertTrue(NameFinderFile.read(rewritten("generator.featuregen",
                s -> s.replace("</featureGenerators>", "<generator class=\"opennlp.tools.util.featuregen"
                        + ".SentenceFeatureGeneratorFactory\"/></featureGenerators>"))).isEmpty());
        // the same file read through OpenNLP is searched by ours all the same
        assertTrue(NameFinderFile.read(rewritten("manifest.properties", s -> s)).isPresent());
    }

    /** The shipped model with one text entry changed by {@code edit}. */
    private static byte[] rewritten(String entry, UnaryOperator<String> edit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(shipped));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<String> describe(Span[] spans) {
        return Arrays.stream(spans)
                .map(s -> s.getStart() + "-" + s.getEnd() + " " + s.getType() + " " + Double.doubleToLongBits(s.getProb()))
                .toList();
    }
}
