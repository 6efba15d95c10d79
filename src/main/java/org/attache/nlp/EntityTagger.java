package org.attache.nlp;

import java.util.List;
import org.attache.model.Sentence;

/**
 * Finds raw named-entity spans in tokenised sentences. Implementations are not thread-safe:
 * make one per worker thread from shared immutable models.
 */
public interface EntityTagger {

    /** Entities of the given sentences of {@code text}, in text order. */
    List<NamedEntity> tag(String text, List<Sentence> sentences);
}
