package org.attache.index;

import org.apache.lucene.index.IndexFormatTooOldException;

/**
 * The index holds a record this build cannot read: it was written by another version of Attaché.
 * A run rebuilds such an index (its schema version differs); a command that only reads it fails
 * with this, which the commands report as they report an index of another Lucene version.
 */
public final class StaleIndexException extends IndexFormatTooOldException {

    public StaleIndexException(String detail) {
        super("Attaché analysis record", detail + "; run `attache run` again to rebuild the index");
    }
}
