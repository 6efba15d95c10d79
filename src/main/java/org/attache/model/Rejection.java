package org.attache.model;

import java.io.Serializable;

/** An input that was not analysed, and why, in one line a user can act on. */
public record Rejection(String document, String reason) implements Comparable<Rejection>, Serializable {

    @Override
    public int compareTo(Rejection o) {
        return document.compareTo(o.document);
    }
}
