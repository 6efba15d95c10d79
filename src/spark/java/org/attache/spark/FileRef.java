package org.attache.spark;

import java.io.Serializable;

/** A document of the corpus: its id (path below its input, '/' separators, as a local run names it) and URI. */
record FileRef(String id, String uri) implements Serializable, Comparable<FileRef> {

    @Override
    public int compareTo(FileRef o) {
        return id.compareTo(o.id);
    }
}
