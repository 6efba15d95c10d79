package org.attache.nlp;

import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Everything the analysis stage needs, loaded once per run and shared read-only by all worker
 * threads; {@link #newAnalyzer()} makes the per-thread tools.
 */
public final class Analyzers {

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final Supplier<ActorRecognizer> actors;
    private final Supplier<QuoteFinder> quotes;
    private final Supplier<TranscriptReader> transcripts;
    private final List<ModelInfo> models;

    public Analyzers(Supplier<ActorRecognizer> actors, Supplier<QuoteFinder> quotes,
                     Supplier<TranscriptReader> transcripts, List<ModelInfo> extraModels) {
        this.sentenceModel = NlpModels.sentenceModel();
        this.tokenizerModel = NlpModels.tokenizerModel();
        this.actors = actors;
        this.quotes = quotes;
        this.transcripts = transcripts;
        List<ModelInfo> all = new java.util.ArrayList<>(NlpModels.infos());
        all.addAll(extraModels);
        this.models = List.copyOf(all);
    }

    /** A new analyzer for one worker thread. */
    public DocumentAnalyzer newAnalyzer() {
        return new DocumentAnalyzer(new Segmenter(sentenceModel, tokenizerModel), actors.get(), quotes.get(),
                transcripts.get());
    }

    /** The models behind this run, for run.json. */
    public List<ModelInfo> models() {
        return models;
    }
}
