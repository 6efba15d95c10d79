package org.attache.model;

import java.util.List;

/** A sentence and its tokens, all as spans into the clean text. */
public record Sentence(TextSpan span, List<TextSpan> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
