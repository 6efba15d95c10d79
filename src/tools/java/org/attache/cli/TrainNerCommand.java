package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.apache.commons.codec.digest.DigestUtils;
import org.attache.nlp.ner.ModelFiles;
import org.attache.nlp.ner.NerCorpus;
import org.attache.nlp.ner.NerEvaluator;
import org.attache.nlp.ner.NerTrainer;
import org.attache.nlp.ner.NerTrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attache train-ner}: retrains the name-finder model and prints held-out scores. */
@Command(name = "train-ner", description = {
        "Trains the name-finder model (PERSON, ORGANIZATION, LOCATION) from a ner-data folder "
                + "(gmb, uner-en-ewt, wikigold, re3d, crossner-politics; BIO TSV files) and prints "
                + "precision/recall/F1 per type on the held-out splits: every 10th GMB sentence, UNER test, re3d test.",
        "Training is deterministic: the same data and options give the same model bytes.",
        "",
        "Exit codes: 0 model written, 1 internal error, 2 bad option, or the data folder is missing or unreadable."})
public final class TrainNerCommand extends BaseCommand {

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "The ner-data folder (holding gmb/, uner-en-ewt/, ...).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("models/ner-en-attache.bin");

    @Option(names = "--algorithm", paramLabel = "maxent|perceptron",
            description = "Learner (default: ${DEFAULT-VALUE}).")
    String algorithm = "maxent";

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = 100;

    @Option(names = "--cutoff", paramLabel = "N",
            description = "Ignore features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int cutoff = 3;

    @Option(names = "--gazetteer-feature",
            description = "Add a dictionary feature fed from the actor gazetteer (stored in the model; slower "
                    + "tagging).")
    boolean gazetteerFeature;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = out();
        NerTrainingOptions options;
        try {
            options = new NerTrainingOptions(algorithm, iterations, cutoff, gazetteerFeature);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
        NerCorpus corpus = loadCorpus(data);
        w.println("data " + data);
        corpus.stats().forEach((file, s) -> w.printf(Locale.ROOT,
                "  %-32s %6d sentences (%d discarded), %6d names (%d trimmed), %d spans dropped%n",
                file, s.sentences(), s.discardedSentences(), s.names(), s.trimmedSpans(), s.droppedSpans()));
        w.printf(Locale.ROOT, "training on %d sentences: %s%n", corpus.training().size(), options);
        w.flush();
        long t0 = System.nanoTime();
        TokenNameFinderModel model = new NerTrainer().train(corpus.training(), options);
        long trainSeconds = (System.nanoTime() - t0) / 1_000_000_000L;
        w.printf(Locale.ROOT, "trained in %d s%n%n", trainSeconds);
        for (Map.Entry<String, List<NameSample>> split : corpus.heldOut().entrySet()) {
            w.printf(Locale.ROOT, "%s (%d sentences)%n", split.getKey(), split.getValue().size());
            w.println(NerEvaluator.evaluate(model, split.getValue()).table("type"));
        }
        try {
            ModelFiles.write(model, out);
        } catch (IOException e) {
            throw new UserException("cannot write the model to " + out + ": " + e.getMessage()
                    + "; choose a writable --out FILE", ExitCodes.USAGE);
        }
        byte[] bytes = Files.readAllBytes(out);
        w.printf(Locale.ROOT, "wrote %s (%.1f MB, sha256 %s)%n", out, bytes.length / 1e6,
                DigestUtils.sha256Hex(bytes));
        w.flush();
        return ExitCodes.OK;
    }

    private static NerCorpus loadCorpus(Path data) {
        try {
            return NerCorpus.load(data);
        } catch (NoSuchFileException e) {
            throw new UserException("--data " + data + ": " + e.getFile() + " " + e.getReason()
                    + "; point --data at the ner-data folder (it holds gmb/, uner-en-ewt/, wikigold/, re3d/, "
                    + "crossner-politics/)", ExitCodes.USAGE);
        } catch (IOException e) {
            throw new UserException("--data " + data + ": cannot read the training data: " + e.getMessage()
                    + "; check the file named there (BIO TSV: token<TAB>tag, blank line between sentences)",
                    ExitCodes.USAGE);
        }
    }
}
