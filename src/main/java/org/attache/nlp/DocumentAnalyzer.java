package org.attache.nlp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.attache.model.Analysis;
import org.attache.model.Document;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Sentence;
import org.attache.model.Statement;

/**
 * Runs the analysis stages over one document, by its language: English (and texts too short to
 * tell) get every stage; French gets actors from the gazetteer with its French names, and quotations;
 * other languages are only counted, since English actor and quotation rules on them give junk.
 * Not thread-safe: one per worker thread.
 */
public final class DocumentAnalyzer {

    private final Segmenter segmenter;
    private final LanguageIdentifier languages;
    private final ActorRecognizer actors;
    /** Made at the first French document: most corpora have none, and the French gazetteer takes a moment. */
    private final java.util.function.Supplier<ActorRecognizer> frenchActorsMaker;
    private ActorRecognizer frenchActors;
    private final QuoteFinder quotes;
    private final TranscriptReader transcripts;

    DocumentAnalyzer(Segmenter segmenter, LanguageIdentifier languages, ActorRecognizer actors,
                     java.util.function.Supplier<ActorRecognizer> frenchActors, QuoteFinder quotes,
                     TranscriptReader transcripts) {
        this.segmenter = segmenter;
        this.languages = languages;
        this.actors = actors;
        this.frenchActorsMaker = frenchActors;
        this.quotes = quotes;
        this.transcripts = transcripts;
    }

    public Analysis analyse(Document document, StageTimer timer) {
        String text = document.text();
        String language = timer.time(Stage.LANGUAGE, () -> languages.identify(text));
        ActorRecognizer recognizer = switch (language) {
            case "en", Analysis.UNKNOWN_LANGUAGE -> actors;
            case "fr" -> frenchActors();
            default -> null;
        };
        if (recognizer == null) {
            return new Analysis(document, WordCounter.count(text), List.of(), List.of(), List.of(), language);
        }
        List<Sentence> sentences = timer.time(Stage.SENTENCES, () -> segmenter.segment(text));
        List<Mention> mentions = timer.time(Stage.ENTITIES, () -> recognizer.find(text, sentences, dateOf(document)));
        List<Quote> found = timer.time(Stage.QUOTES, () -> quotes.find(document, sentences, mentions));
        List<Statement> turns = timer.time(Stage.QUOTES, () -> transcripts.read(document, mentions));
        return new Analysis(document, WordCounter.count(text), mentions, found, turns, language);
    }

    /** The document's date, when its metadata has a valid one. */
    private static Optional<LocalDate> dateOf(Document document) {
        try {
            String date = document.metadata().date();
            return date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private ActorRecognizer frenchActors() {
        if (frenchActors == null) {
            frenchActors = frenchActorsMaker.get();
        }
        return frenchActors;
    }

    /** Whether documents in {@code language} get actor and quotation analysis. */
    public static boolean isAnalysed(String language) {
        return language.equals("en") || language.equals("fr") || language.equals(Analysis.UNKNOWN_LANGUAGE);
    }
}
