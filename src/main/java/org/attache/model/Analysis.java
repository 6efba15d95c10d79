package org.attache.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis stage found in one document. Lists are sorted by position.
 *
 * @param language the document's language: ISO 639-1 ({@code en}, {@code fr}), another code the
 *                 detector gives, or {@code unknown}
 */
public record Analysis(Document document, int words, List<Mention> mentions, List<Quote> quotes,
                       List<Statement> statements, String language) {

    /** The language of a document too short or too mixed to tell. */
    public static final String UNKNOWN_LANGUAGE = "unknown";

    public Analysis {
        mentions = mentions.stream().sorted().toList();
        quotes = quotes.stream().sorted().toList();
        statements = statements.stream().sorted().toList();
        language = Objects.requireNonNullElse(language, UNKNOWN_LANGUAGE);
    }

    /** An analysis whose language was not detected. */
    public Analysis(Document document, int words, List<Mention> mentions, List<Quote> quotes,
                    List<Statement> statements) {
        this(document, words, mentions, quotes, statements, UNKNOWN_LANGUAGE);
    }
}
