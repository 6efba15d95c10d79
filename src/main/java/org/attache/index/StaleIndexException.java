package org.attache.index;

import java.io.IOException;

/**
 * The index holds a record this build cannot read: it was written by another version of Attaché.
 * A run rebuilds such an index (its schema version differs); reading it without a run fails with this.
 */
public final class StaleIndexException extends IOException {

    public StaleIndexException(String detail) {
        super("the index was written by another version of Attaché (" + detail + "); run `attache run` again to rebuild it");
    }
}
