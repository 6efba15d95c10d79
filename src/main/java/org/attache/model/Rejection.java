package org.attache.model;

/** An input that was not analysed, and why, in one line a user can act on. */
public record Rejection(String document, String reason) implements Comparable<Rejection>, java.io.Serializable {

    @Override
    public int compareTo(Rejection o) {
        return document.compareTo(o.document);
    }
}
