package org.attache.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Opens what reads the index a run committed in a folder (search, browsing): {@link NoIndexException}
 * when there is none, and the folder's {@link Directory} closed again if opening fails.
 */
final class CommittedIndex {

    /** Makes the reading object over an opened directory, which it then owns. */
    interface Opener<T> {
        T open(Directory directory) throws IOException;
    }

    private CommittedIndex() {
    }

    static <T> T open(Path indexDir, Opener<T> opener) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new NoIndexException(indexDir);
        }
        Directory directory = FSDirectory.open(indexDir);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw new NoIndexException(indexDir);
            }
            return opener.open(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }
}
