package org.attache.nlp;

import java.util.Objects;
import org.attache.model.TextSpan;

/**
 * A raw entity span from the statistical name finder, before resolution to an actor.
 *
 * @param span        character span into the clean text
 * @param type        PERSON, ORGANIZATION or LOCATION (as {@link EntityTagger} types)
 * @param probability the model's probability for the span, 0..1
 */
public record NamedEntity(TextSpan span, String type, double probability) {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";

    public NamedEntity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
