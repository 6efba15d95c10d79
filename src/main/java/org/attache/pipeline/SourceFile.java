package org.attache.pipeline;

import java.nio.file.Path;

/** A file found under a corpus root, with its document id (relative path, '/' separators). */
public record SourceFile(String id, Path path) implements Comparable<SourceFile> {

    @Override
    public int compareTo(SourceFile o) {
        return id.compareTo(o.id);
    }
}
