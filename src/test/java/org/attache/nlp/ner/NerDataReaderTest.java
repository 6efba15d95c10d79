package org.attache.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerDataReaderTest {

    /** Builds BIO text from "token/TAG" words; "|" separates sentences. */
    private static String bio(String sentences) {
        StringBuilder sb = new StringBuilder();
        for (String sentence : sentences.split("\\|")) {
            for (String word : sentence.trim().split(" ")) {
                int slash = word.lastIndexOf('/');
                sb.append(word, 0, slash).append('\t').append(word.substring(slash + 1)).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The names of a sample as "type:covered tokens". */
    private static List<String> names(NameSample s) {
        List<String> out = new ArrayList<>();
        for (Span span : s.getNames()) {
            out.add(span.getType() + ":" + String.join(" ",
                    List.of(s.getSentence()).subList(span.getStart(), span.getEnd())));
        }
        return out;
    }

    private static List<NameSample> read(NerDataset dataset, String sentences) {
        return new NerDataReader(dataset).read(bio(sentences)).samples();
    }

    @Test
    void gmbTypesAreMappedAndTitlesStripped() {
        List<NameSample> s = read(NerDataset.GMB,
                "President/B-per Hugo/I-per Chavez/I-per visited/O Iraqi/B-gpe troops/O in/O Baghdad/B-geo "
                        + "with/O NATO/B-org on/O Monday/B-tim ./O");
        assertEquals(1, s.size());
        assertEquals(List.of("PERSON:Hugo Chavez", "LOCATION:Baghdad", "ORGANIZATION:NATO"), names(s.get(0)));
        assertEquals(new Span(1, 3, "PERSON"), s.get(0).getNames()[0]);
    }

    @Test
    void gmbTitleTaggedAloneLendsPersonToTheNextSpan() {
        List<NameSample> s = read(NerDataset.GMB,
                "But/O Mr./B-per Yekhanurov/B-org says/O experts/O ./O"
                        + " | Prime/B-per Minister/O Silvio/B-per Berlusconi/I-per spoke/O ./O");
        assertEquals(List.of("PERSON:Yekhanurov"), names(s.get(0)));
        assertEquals(List.of("PERSON:Silvio Berlusconi"), names(s.get(1)));
    }

    @Test
    void gmbSentenceWithUntaggedNameAfterTitleIsDiscarded() {
        NerDataReader.Result r = new NerDataReader(NerDataset.GMB).read(bio(
                "former/O Prime/B-per Minister/O Hun/O Sen/O spoke/O ./O | Rain/O fell/O ./O"));
        assertEquals(1, r.samples().size());
        assertEquals(1, r.stats().discardedSentences());
        assertEquals(List.of("Rain", "fell", "."), List.of(r.samples().get(0).getSentence()));
    }

    @Test
    void re3dMentionsAreCutToNames() {
        List<NameSample> s = read(NerDataset.RE3D,
                "He/B-Person said/O the/B-Organisation Coalition/I-Organisation forces/I-Organisation struck/O "
                        + "the/B-Location city/I-Location near/O the/B-Location UK/I-Location base/O ./O"
                        + " | The/B-Person Foreign/I-Person Secretary/I-Person Boris/I-Person Johnson/I-Person "
                        + "met/O We/B-Organisation and/O the/B-Organisation Islamic/I-Organisation "
                        + "State/I-Organisation of/I-Organisation Iraq/I-Organisation ./O");
        assertEquals(List.of("LOCATION:UK"), names(s.get(0)));
        assertEquals(List.of("PERSON:Boris Johnson", "ORGANIZATION:Islamic State of Iraq"), names(s.get(1)));
    }

    @Test
    void re3dPersonWhoseNameCannotBeCutOutDiscardsTheSentence() {
        NerDataReader.Result r = new NerDataReader(NerDataset.RE3D).read(bio(
                "Minister/B-Person for/I-Person the/I-Person Middle/I-Person East/I-Person Tobias/I-Person "
                        + "Ellwood/I-Person said/O ./O"));
        assertEquals(0, r.samples().size());
        assertEquals(1, r.stats().discardedSentences());
    }

    @Test
    void crossnerPoliticalTypesMapToOurs() {
        List<NameSample> s = read(NerDataset.CROSSNER_POLITICS,
                "Angela/B-politician Merkel/I-politician led/O the/O CDU/B-politicalparty in/O "
                        + "Germany/B-country at/O the/O 2005/B-election election/I-election ./O");
        assertEquals(List.of("PERSON:Angela Merkel", "ORGANIZATION:CDU", "LOCATION:Germany"), names(s.get(0)));
    }

    @Test
    void bareNameCorporaKeepSpansAndDropMisc() {
        List<NameSample> s = read(NerDataset.WIKIGOLD,
                "The/B-ORG Hague/I-ORG hosted/O French/B-MISC delegates/O from/O Paris/B-LOC ./O");
        assertEquals(List.of("ORGANIZATION:The Hague", "LOCATION:Paris"), names(s.get(0)));
    }

    @Test
    void strayInsideTagStartsASpan() {
        assertEquals(List.of(new Span(1, 3, "LOC"), new Span(3, 4, "PER")),
                NerDataReader.decodeBio(List.of("O", "I-LOC", "I-LOC", "I-PER", "O")));
    }

    @Test
    void datasetIsFoundByFolderName() {
        assertEquals(Optional.of(NerDataset.RE3D), NerDataset.fromFolder("re3d"));
        assertEquals(Optional.of(NerDataset.UNER_EN_EWT), NerDataset.fromFolder("uner-en-ewt"));
        assertTrue(NerDataset.fromFolder("conll2003").isEmpty());
    }

    @Test
    void malformedLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "Paris\tB-LOC\nno-tab-here\n\n");
        IOException e = assertThrows(IOException.class, () -> new NerDataReader(NerDataset.WIKIGOLD).read(f));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    }

    @Test
    void corpusHoldsOutEveryTenthGmbSentenceAndTestSplits(@TempDir Path dir) throws IOException {
        Path gmb = Files.createDirectories(dir.resolve("gmb"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append("Word").append(i).append("\tO\n\n");
        }
        Files.writeString(gmb.resolve("all.tsv"), sb.toString());
        Path re3d = Files.createDirectories(dir.resolve("re3d"));
        Files.writeString(re3d.resolve("train.tsv"), bio("Iraq/B-Location ./O"));
        Files.writeString(re3d.resolve("test.tsv"), bio("Syria/B-Location ./O"));
        NerCorpus corpus = NerCorpus.load(dir);
        assertEquals(List.of("gmb-heldout", "re3d-test"), List.copyOf(corpus.heldOut().keySet()));
        List<NameSample> held = corpus.heldOut().get("gmb-heldout");
        assertEquals(List.of("Word9", "Word19", "Word29"),
                held.stream().map(n -> n.getSentence()[0]).toList());
        assertEquals(27 + 1, corpus.training().size());
        assertTrue(corpus.training().get(0).isClearAdaptiveDataSet());
    }
}
