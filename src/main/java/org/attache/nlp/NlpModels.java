package org.attache.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

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

    public static TokenizerModel tokenizerModel() {
        try (InputStream in = open(TOKENIZER_MODEL)) {
            return new TokenizerModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokenizer model " + TOKENIZER_MODEL, e);
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
