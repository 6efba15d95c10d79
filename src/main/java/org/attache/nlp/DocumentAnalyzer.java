package org.attache.nlp;

import java.util.List;
import org.attache.model.Analysis;
import org.attache.model.Document;
import org.attache.model.Mention;
import org.attache.model.Sentence;
import org.attache.model.Statement;

/** Runs the analysis stages over one document. Not thread-safe: one per worker thread. */
public final class DocumentAnalyzer {

    private final Segmenter segmenter;
    private final ActorRecognizer actors;
    private final QuoteFinder quotes;
    private final TranscriptReader transcripts;

    DocumentAnalyzer(Segmenter segmenter, ActorRecognizer actors, QuoteFinder quotes, TranscriptReader transcripts) {
        this.segmenter = segmenter;
        this.actors = actors;
        this.quotes = quotes;
        this.transcripts = transcripts;
    }

    public Analysis analyse(Document document, StageTimer timer) {
        String text = document.text();
        List<Sentence> sentences = timer.time(Stage.SENTENCES, () -> segmenter.segment(text));
        List<Mention> mentions = timer.time(Stage.ENTITIES, () -> actors.find(text, sentences));
        var found = timer.time(Stage.QUOTES, () -> quotes.find(document, sentences, mentions));
        List<Statement> turns = timer.time(Stage.QUOTES, () -> transcripts.read(document, mentions));
        return new Analysis(document, WordCounter.count(text), mentions, found, turns);
    }
}
