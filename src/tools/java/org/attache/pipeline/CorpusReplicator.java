package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds a large corpus for benchmarks by copying a corpus K times under distinct ids (copy-001/...). */
public final class CorpusReplicator {

    private CorpusReplicator() {
    }

    /** Copies every file of {@code source} into {@code target/copy-NNN/} for NNN in 1..copies; returns the file count. */
    public static int replicate(Path source, Path target, int copies) throws IOException {
        List<SourceFile> files = CorpusScan.scan(List.of(source)).files();
        for (int k = 1; k <= copies; k++) {
            Path copy = target.resolve(String.format("copy-%03d", k));
            for (SourceFile f : files) {
                Path dest = copy.resolve(f.id());
                Files.createDirectories(dest.getParent());
                Files.copy(f.path(), dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return files.size() * copies;
    }
}
