package org.attache.nlp.ner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;

/**
 * The training set and the held-out evaluation splits built from a ner-data folder:
 * train on GMB (90%) + UNER train + wikigold + re3d train + CrossNER (all files); hold out
 * UNER test, re3d test and every 10th GMB sentence. UNER dev is not used. Fixed file order and a
 * fixed split make training deterministic.
 */
public final class NerCorpus {

    /** Every n-th GMB sentence (the last of each ten) is held out. */
    static final int GMB_HELD_OUT_EVERY = 10;
    /** The corpora have no document markers; adaptive data is cleared every so many sentences, like a short document. */
    static final int SENTENCES_PER_DOCUMENT = 20;

    private final List<NameSample> training;
    private final Map<String, List<NameSample>> heldOut;
    private final Map<String, NerDataReader.Stats> stats;

    private NerCorpus(List<NameSample> training, Map<String, List<NameSample>> heldOut,
            Map<String, NerDataReader.Stats> stats) {
        this.training = List.copyOf(training);
        Map<String, List<NameSample>> h = new LinkedHashMap<>();
        heldOut.forEach((k, v) -> h.put(k, List.copyOf(v)));
        this.heldOut = java.util.Collections.unmodifiableMap(h);
        this.stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
    }

    public List<NameSample> training() {
        return training;
    }

    /** Held-out splits by name ("gmb-heldout", "uner-test", "re3d-test"), in that order. */
    public Map<String, List<NameSample>> heldOut() {
        return heldOut;
    }

    /** Clean-up counts per file read ("gmb/all.tsv" ...). */
    public Map<String, NerDataReader.Stats> stats() {
        return stats;
    }

    /** Loads the known dataset folders found under {@code root}; at least one must be there. */
    public static NerCorpus load(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "not a folder");
        }
        List<NameSample> train = new ArrayList<>();
        Map<String, List<NameSample>> heldOut = new LinkedHashMap<>();
        Map<String, NerDataReader.Stats> stats = new LinkedHashMap<>();
        boolean any = false;
        for (NerDataset dataset : NerDataset.values()) {
            Path folder = root.resolve(dataset.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            any = true;
            NerDataReader reader = new NerDataReader(dataset);
            switch (dataset) {
                case GMB -> {
                    List<NameSample> all = read(reader, folder, "all.tsv", stats);
                    List<NameSample> rest = new ArrayList<>();
                    List<NameSample> held = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        (i % GMB_HELD_OUT_EVERY == GMB_HELD_OUT_EVERY - 1 ? held : rest).add(all.get(i));
                    }
                    train.addAll(withDocumentBreaks(rest));
                    heldOut.put("gmb-heldout", withDocumentBreaks(held));
                }
                case UNER_EN_EWT -> {
                    train.addAll(withDocumentBreaks(read(reader, folder, "train.tsv", stats)));
                    heldOut.put("uner-test", withDocumentBreaks(read(reader, folder, "test.tsv", stats)));
                }
                case RE3D -> {
                    train.addAll(withDocumentBreaks(read(reader, folder, "train.tsv", stats)));
                    heldOut.put("re3d-test", withDocumentBreaks(read(reader, folder, "test.tsv", stats)));
                }
                case WIKIGOLD -> train.addAll(withDocumentBreaks(read(reader, folder, "all.tsv", stats)));
                case CROSSNER_POLITICS -> {
                    for (String f : List.of("train.tsv", "dev.tsv", "test.tsv")) {
                        train.addAll(withDocumentBreaks(read(reader, folder, f, stats)));
                    }
                }
            }
        }
        if (!any) {
            throw new NoSuchFileException(root.toString(), null,
                    "holds none of the dataset folders " + NerDataset.knownFolders());
        }
        Map<String, List<NameSample>> ordered = new LinkedHashMap<>();
        for (String name : List.of("gmb-heldout", "uner-test", "re3d-test")) {
            if (heldOut.containsKey(name)) {
                ordered.put(name, heldOut.get(name));
            }
        }
        return new NerCorpus(train, ordered, stats);
    }

    private static List<NameSample> read(NerDataReader reader, Path folder, String file,
            Map<String, NerDataReader.Stats> stats) throws IOException {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "missing from the " + reader.dataset().folder()
                    + " folder");
        }
        NerDataReader.Result result = reader.read(path);
        stats.put(folder.getFileName() + "/" + file, result.stats());
        return result.samples();
    }

    /** The same sentences, with adaptive data cleared at the start of each pseudo-document. */
    static List<NameSample> withDocumentBreaks(List<NameSample> samples) {
        List<NameSample> out = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            NameSample s = samples.get(i);
            out.add(new NameSample(s.getSentence(), s.getNames(), i % SENTENCES_PER_DOCUMENT == 0));
        }
        return out;
    }
}
