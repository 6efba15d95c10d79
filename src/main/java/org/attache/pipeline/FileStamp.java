package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size, modification time (nanoseconds) and file key (device and inode where the system
 * has them), as one string. A re-run takes a file whose stamp is the one recorded when it was
 * analysed as unchanged without reading it, as rsync and make do; any other file is read and its
 * content hash decides. Taken before the file is read, so a change made while it is read shows next time.
 */
final class FileStamp {

    private FileStamp() {
    }

    /** The stamp of a file, or "" when its attributes cannot be read (then the content decides). */
    static String of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "/" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "/" + a.fileKey();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }
}
