package org.attache.model;

import java.util.Objects;

/** What the page states about itself. Unknown values are empty strings, never null; date is ISO yyyy-mm-dd. */
public record Metadata(String title, String date, String publisher) {

    public static final Metadata EMPTY = new Metadata("", "", "");

    public Metadata {
        title = Objects.requireNonNullElse(title, "").strip();
        date = Objects.requireNonNullElse(date, "").strip();
        publisher = Objects.requireNonNullElse(publisher, "").strip();
    }
}
