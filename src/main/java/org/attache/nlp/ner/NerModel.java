package org.attache.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.apache.commons.codec.digest.DigestUtils;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NlpModels;
import org.attache.nlp.maxent.FastNameFinderModel;

/**
 * Attaché's trained name-finder model, loaded once. Immutable and safe to share across threads;
 * each worker thread makes its own tagger with {@link #newTagger()} (NameFinderME is not thread-safe).
 */
public final class NerModel {

    /** Where the shipped model lives on the classpath (the build copies {@code models/} there). */
    public static final String DEFAULT_RESOURCE = "/models/ner-en-attache.bin";

    /** One name finder per call; holds what they need of the model, not necessarily the model. */
    private final Supplier<TokenNameFinder> finders;
    private final String name;
    private final String sha256;

    private NerModel(Supplier<TokenNameFinder> finders, String name, String sha256) {
        this.finders = finders;
        this.name = name;
        this.sha256 = sha256;
    }

    /** The shipped model, or empty when the jar was built without it. */
    public static Optional<NerModel> loadDefault() {
        try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            // the shipped model's hash is listed: hashing 5 MB costs a tenth of a second at every start
            String sha256 = NlpModels.listedSha256(DEFAULT_RESOURCE, bytes.length)
                    .orElseGet(() -> DigestUtils.sha256Hex(bytes));
            return Optional.of(fromBytes(bytes, "ner-en-attache.bin", DEFAULT_RESOURCE, sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name-finder model " + DEFAULT_RESOURCE, e);
        }
    }

    /** A model file, e.g. one just trained with {@code train-ner}. */
    public static NerModel load(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return fromBytes(bytes, file.getFileName().toString(), file.toString(), DigestUtils.sha256Hex(bytes));
    }

    static NerModel of(TokenNameFinderModel model, String name) throws IOException {
        byte[] bytes = ModelFiles.reproducibleBytes(model);
        return new NerModel(() -> new NameFinderME(model), name, DigestUtils.sha256Hex(bytes));
    }

    private static NerModel fromBytes(byte[] bytes, String name, String where, String sha256) throws IOException {
        try {
            return new NerModel(FastNameFinderModel.finders(bytes), name, sha256);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot load name-finder model " + where + ": " + e.getMessage()
                    + " (retrain it with: attache train-ner --data DIR --out FILE)", e);
        }
    }

    /** A tagger for one thread. */
    public EntityTagger newTagger() {
        return new OpenNlpEntityTagger(finders.get());
    }

    /** The file name of the model, for run.json. */
    public String name() {
        return name;
    }

    /** SHA-256 of the model file's bytes (hex), for run.json. */
    public String sha256() {
        return sha256;
    }
}
