package org.attache.model;

import java.util.Objects;

/** One speaker turn of a transcript ("PRESIDENT BIDEN: ..."); {@code Q} turns are reporters' questions. */
public record Statement(TextSpan span, String text, String speaker, String speakerActor, String speakerRole)
        implements Comparable<Statement> {

    public Statement {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        speaker = Objects.requireNonNullElse(speaker, "");
        speakerActor = Objects.requireNonNullElse(speakerActor, "");
        speakerRole = Objects.requireNonNullElse(speakerRole, "");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("statement text does not fit span " + span);
        }
    }

    @Override
    public int compareTo(Statement o) {
        return span.compareTo(o.span);
    }
}
