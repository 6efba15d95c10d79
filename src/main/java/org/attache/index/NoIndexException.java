package org.attache.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no search index where one was expected: nothing has been run into that output folder yet. */
public final class NoIndexException extends IOException {

    private final Path dir;

    public NoIndexException(Path dir) {
        super("no search index in " + dir);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
