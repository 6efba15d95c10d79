package org.attache.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes files by temporary name and rename, so readers never see half a file. Stateless; safe from any thread. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** The hidden temporary file beside {@code target} that is written first, its folder made if needed. */
    public static Path tempFor(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return dir.resolve("." + target.getFileName() + ".tmp");
    }

    /** Renames {@code temp} to {@code target} atomically where the file system can, else plainly. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        Path temp = tempFor(target);
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        moveIntoPlace(temp, target);
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path temp = tempFor(target);
        Files.write(temp, content);
        moveIntoPlace(temp, target);
    }
}
