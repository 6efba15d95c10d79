package org.attache.nlp.actors;

import java.util.List;
import java.util.Objects;

/**
 * One surface form of a gazetteer entry.
 *
 * @param text         the form as written in the gazetteer, markers removed
 * @param kind         the column it came from
 * @param notInCapitals an acronym that is also an English word ({@code ~US}, {@code ~IS}): skipped in all-capital lines
 * @param scope        for {@link AliasKind#SHORT} forms, when they may be resolved; {@link ShortScope#GLOBAL} otherwise
 */
public record Alias(String text, AliasKind kind, boolean notInCapitals, ShortScope scope) {

    public Alias {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
    }

    private static final List<String> CONTEXT_WORDS = List.of("the ", "our ", "this ", "their ", "your ");

    /**
     * True when the form begins with a lowercase determiner that is context, not part of the name
     * ("the Alliance", "our Alliance"): it must be there to match, but stays out of the mention's span.
     */
    public boolean leadingContext() {
        return CONTEXT_WORDS.stream().anyMatch(text::startsWith);
    }
}
