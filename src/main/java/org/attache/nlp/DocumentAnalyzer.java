package org.attache.nlp;

import java.util.function.Supplier;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;

/**
 * Runs the analysis stages over one document, by its language: English (and texts too short to
 * tell) get every stage; French gets actors from the gazetteer with its French names, and quotations;
 * other languages are only counted, since English actor and quotation rules on them give junk.
 * The stages share one {@link AnnotatedText}: the sentences and tokens are made once, from the
 * paragraphs cleaning found, and each stage reads the layers before it and adds its own.
 * Not thread-safe: one per worker thread.
 */
public final class DocumentAnalyzer {

    private final Segmenter segmenter;
    private final LanguageIdentifier languages;
    private final ActorRecognizer actors;
    /** Made at the first French document: most corpora have none, and the French gazetteer takes a moment. */
    private final Supplier<ActorRecognizer> frenchActorsMaker;
    private ActorRecognizer frenchActors;
    private final QuoteFinder quotes;
    private final TranscriptReader transcripts;

    DocumentAnalyzer(Segmenter segmenter, LanguageIdentifier languages, ActorRecognizer actors,
                     Supplier<ActorRecognizer> frenchActors, QuoteFinder quotes, TranscriptReader transcripts) {
        this.segmenter = segmenter;
        this.languages = languages;
        this.actors = actors;
        this.frenchActorsMaker = frenchActors;
        this.quotes = quotes;
        this.transcripts = transcripts;
    }

    public Analysis analyse(CleanDocument document, StageTimer timer) {
        return annotate(document, timer).toAnalysis();
    }

    /** The document with every layer its language gets. */
    public AnnotatedText annotate(CleanDocument document, StageTimer timer) {
        AnnotatedText doc = AnnotatedText.of(document);
        doc.addLanguage(timer.time(Stage.LANGUAGE, () -> languages.identify(doc.text())));
        ActorRecognizer recognizer = switch (doc.language()) {
            case "en", Analysis.UNKNOWN_LANGUAGE -> actors;
            case "fr" -> frenchActors();
            default -> null;
        };
        if (recognizer == null) {
            return doc;
        }
        doc.addSentences(timer.time(Stage.SENTENCES, () -> segmenter.segment(doc.text(), doc.paragraphs())));
        doc.addMentions(timer.time(Stage.ENTITIES, () -> recognizer.find(doc)));
        doc.addQuotes(timer.time(Stage.QUOTES, () -> quotes.find(doc)));
        doc.addStatements(timer.time(Stage.QUOTES, () -> transcripts.read(doc)));
        return doc;
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
