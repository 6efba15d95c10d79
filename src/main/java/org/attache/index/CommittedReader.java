package org.attache.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.util.IOUtils;

/**
 * A plain reader over the index a run committed (rebuilding reports), opened the one way
 * {@link CommittedIndex} opens it: {@link NoIndexException} when there is none. Closing it closes the
 * reader, its directory and what was held while it opened.
 */
public final class CommittedReader implements Closeable {

    private final Directory directory;
    private final Closeable held;
    private final DirectoryReader reader;

    private CommittedReader(Directory directory, Closeable held, DirectoryReader reader) {
        this.directory = directory;
        this.held = held;
        this.reader = reader;
    }

    /**
     * Opens the index committed in {@code indexDir}, taking {@code holdFirst} (such as the output folder's run
     * lock, which may be null) once the index is known to exist and before the reader opens, so that nothing
     * commits in between and nothing is created beside a folder that holds no index.
     */
    public static CommittedReader open(Path indexDir, IOSupplier<? extends Closeable> holdFirst) throws IOException {
        return CommittedIndex.open(indexDir, directory -> {
            Closeable held = holdFirst.get();
            try {
                return new CommittedReader(directory, held, DirectoryReader.open(directory));
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(held);
                throw e;
            }
        });
    }

    public DirectoryReader reader() {
        return reader;
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reader, held, directory);
    }
}
