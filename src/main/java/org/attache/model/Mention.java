package org.attache.model;

import java.util.Objects;

/**
 * One mention of a named entity.
 *
 * @param span       where it is in the clean text
 * @param text       the covered text, as written
 * @param actor      the canonical name it is counted under
 * @param type       the actor type
 * @param source     what found it
 * @param confidence 0..1
 */
public record Mention(TextSpan span, String text, String actor, ActorType type, MentionSource source,
                      double confidence) implements Comparable<Mention> {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit span " + span);
        }
    }

    @Override
    public int compareTo(Mention o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : actor.compareTo(o.actor);
    }
}
