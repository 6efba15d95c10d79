package org.attache.model;

import java.util.Objects;

/**
 * A quotation and who said it.
 *
 * @param span         the words inside the marks, as a span of the clean text
 * @param text         those words
 * @param speaker      who said it, by name or as described ("senior administration official"); empty if unknown
 * @param speakerActor the canonical actor of the speaker, empty when the speaker is not an actor
 * @param speakerRole  the speaker's role as the text gives it ("Prime Minister, UK"), or empty
 * @param cue          the cue that attributes it ("said", "according to", ":"), or empty
 * @param kind         direct, partial or block
 * @param confidence   0..1
 * @param speakerSpan  the speaker mention the attribution rests on; null when the speaker is inferred from
 *                     context (a continued quotation, the discourse so far)
 */
public record Quote(TextSpan span, String text, String speaker, String speakerActor, String speakerRole,
                    String cue, QuoteKind kind, double confidence, TextSpan speakerSpan) implements Comparable<Quote> {

    /** A quotation whose speaker rests on no mention of its own. */
    public Quote(TextSpan span, String text, String speaker, String speakerActor, String speakerRole,
                 String cue, QuoteKind kind, double confidence) {
        this(span, text, speaker, speakerActor, speakerRole, cue, kind, confidence, null);
    }

    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        speaker = Objects.requireNonNullElse(speaker, "");
        speakerActor = Objects.requireNonNullElse(speakerActor, "");
        speakerRole = Objects.requireNonNullElse(speakerRole, "");
        cue = Objects.requireNonNullElse(cue, "");
        Objects.requireNonNull(kind, "kind");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("quote text does not fit span " + span);
        }
    }

    @Override
    public int compareTo(Quote o) {
        return span.compareTo(o.span);
    }
}
