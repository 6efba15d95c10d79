package org.attache.model;

import java.util.List;

/** Everything the analysis stage found in one document. Lists are sorted by position. */
public record Analysis(Document document, int words, List<Mention> mentions, List<Quote> quotes,
                       List<Statement> statements) {

    public Analysis {
        mentions = mentions.stream().sorted().toList();
        quotes = quotes.stream().sorted().toList();
        statements = statements.stream().sorted().toList();
    }
}
