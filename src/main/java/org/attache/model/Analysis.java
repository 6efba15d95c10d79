package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis stage found in one document. Lists are sorted by position.
 *
 * @param sentences the sentences and their tokens, as the analysis made them (empty for a language
 *                  without actor and quotation analysis)
 * @param language  the document's language: ISO 639-1 ({@code en}, {@code fr}), another code the
 *                  detector gives, or {@code unknown}
 */
public record Analysis(CleanDocument document, int words, List<Sentence> sentences, List<Mention> mentions,
                       List<Quote> quotes, List<Statement> statements, String language) {

    /** The language of a document too short or too mixed to tell. */
    public static final String UNKNOWN_LANGUAGE = "unknown";

    public Analysis {
        sentences = List.copyOf(sentences);
        mentions = mentions.stream().sorted().toList();
        quotes = quotes.stream().sorted().toList();
        statements = statements.stream().sorted().toList();
        language = Objects.requireNonNullElse(language, UNKNOWN_LANGUAGE);
    }

    /** An analysis without its sentences. */
    public Analysis(CleanDocument document, int words, List<Mention> mentions, List<Quote> quotes,
                    List<Statement> statements, String language) {
        this(document, words, List.of(), mentions, quotes, statements, language);
    }

    /** An analysis without its sentences, whose language was not detected. */
    public Analysis(CleanDocument document, int words, List<Mention> mentions, List<Quote> quotes,
                    List<Statement> statements) {
        this(document, words, List.of(), mentions, quotes, statements, UNKNOWN_LANGUAGE);
    }
}
