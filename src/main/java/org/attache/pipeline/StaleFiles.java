package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Removes the temporary files a killed run may have left (files are written as ".name.tmp", then renamed). */
final class StaleFiles {

    private StaleFiles() {
    }

    static void removeTemporaries(OutputLayout out) throws IOException {
        for (Path dir : new Path[] {out.root(), out.cleanDir()}) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = dir.equals(out.root()) ? Files.list(dir) : Files.walk(dir)) {
                for (Path p : walk.filter(StaleFiles::isTemporary).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean isTemporary(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp") && Files.isRegularFile(p);
    }
}
