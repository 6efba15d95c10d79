package org.attache.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another run holds the index's write lock. */
public final class IndexBusyException extends IOException {

    public IndexBusyException(Path dir) {
        super("the index in " + dir + " is in use by another attache run; wait for it to finish or use another --out folder");
    }
}
