package org.attache.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Everything the analysis stage needs, loaded once per run (on first use, so a run with nothing to
 * analyse loads nothing) and shared read-only by all worker threads; {@link #newAnalyzer()} makes
 * the per-thread tools. The suppliers given are called once per worker thread.
 */
public final class AnalysisModels {

    private final Lazy<SentenceModel> sentenceModel = new Lazy<>(NlpModels::sentenceModel);
    private final Lazy<TokenizerModel> tokenizerModel = new Lazy<>(NlpModels::tokenizerModel);
    private final Supplier<ActorRecognizer> actors;
    private final Supplier<ActorRecognizer> frenchActors;
    private final Supplier<QuoteFinder> quotes;
    private final Supplier<TranscriptReader> transcripts;
    private final CompletableFuture<List<ModelInfo>> models;

    public AnalysisModels(Supplier<ActorRecognizer> actors, Supplier<QuoteFinder> quotes,
                          Supplier<TranscriptReader> transcripts, List<ModelInfo> extraModels) {
        this(actors, quotes, transcripts, () -> extraModels);
    }

    /**
     * As above, with the extra models' names and hashes computed by {@code extraModels}. Hashing the
     * model files takes a noticeable part of a run that has nothing to analyse, so it is done in the
     * background while the corpus is checked.
     */
    public AnalysisModels(Supplier<ActorRecognizer> actors, Supplier<QuoteFinder> quotes,
                          Supplier<TranscriptReader> transcripts, Supplier<List<ModelInfo>> extraModels) {
        this(actors, actors, quotes, transcripts, extraModels);
    }

    /** As above, with the recognizer of actors in French documents ({@code frenchActors}) apart. */
    public AnalysisModels(Supplier<ActorRecognizer> actors, Supplier<ActorRecognizer> frenchActors,
                          Supplier<QuoteFinder> quotes, Supplier<TranscriptReader> transcripts,
                          Supplier<List<ModelInfo>> extraModels) {
        this.actors = actors;
        this.frenchActors = frenchActors;
        this.quotes = quotes;
        this.transcripts = transcripts;
        this.models = CompletableFuture.supplyAsync(() -> {
            List<ModelInfo> all = new ArrayList<>(NlpModels.infos());
            all.add(NlpModels.info(LanguageIdentifier.MODEL));
            all.addAll(extraModels.get());
            return List.copyOf(all);
        });
    }

    /** A new analyzer for one worker thread. */
    public DocumentAnalyzer newAnalyzer() {
        return new DocumentAnalyzer(new Segmenter(sentenceModel.get(), tokenizerModel.get()), new LanguageIdentifier(),
                actors.get(), frenchActors, quotes.get(), transcripts.get());
    }

    /** The models behind this run, for run.json. */
    public List<ModelInfo> models() {
        return models.join();
    }
}
