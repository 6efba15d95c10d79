package org.attache.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.apache.lucene.index.SegmentInfos;
import org.attache.index.DocumentIndex.Stored;
import org.attache.io.AtomicFiles;

/**
 * A copy of the version table of the index's latest commit (each document's version key and file
 * stamp, as {@link DocumentIndex#storedVersions} reads them), saved in the index folder beside that
 * commit. A re-run checks an unchanged corpus against the copy without opening Lucene, whose
 * start-up was a third of such a run. The copy names its commit by the commit's segments file,
 * whose bytes hold an id Lucene draws at random for every commit; any other commit, schema or an
 * unreadable copy makes {@link #read} return nothing, and the index itself is asked.
 */
public final class SavedVersions {

    static final String FILE = "attache-versions.bin";
    private static final String MAGIC = "attache saved versions 1";

    private SavedVersions() {
    }

    /** The saved table, when it is the one of the latest commit in {@code indexDir}; else empty. */
    public static Optional<Map<String, Stored>> read(Path indexDir) {
        Path file = indexDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!in.readUTF().equals(MAGIC) || !in.readUTF().equals(IndexSchema.VERSION)
                    || !in.readUTF().equals(commitOf(indexDir))) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<String, Stored> versions = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                versions.put(in.readUTF(), new Stored(in.readUTF(), in.readUTF()));
            }
            return Optional.of(versions);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged or half-written by hand: the index answers instead
        }
    }

    /** Saves the table of the commit whose segments file is {@code segmentsFile}. */
    static void write(Path indexDir, String segmentsFile, Map<String, Stored> versions) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeUTF(MAGIC);
            out.writeUTF(IndexSchema.VERSION);
            out.writeUTF(commitId(indexDir, segmentsFile));
            out.writeInt(versions.size());
            for (Map.Entry<String, Stored> e : versions.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().key());
                out.writeUTF(e.getValue().fileStamp());
            }
        }
        AtomicFiles.write(indexDir.resolve(FILE), bytes.toByteArray());
    }

    /** The latest commit's segments file name and the CRC-32 of its bytes, or "" when there is none. */
    private static String commitOf(Path indexDir) throws IOException {
        String[] names;
        try (Stream<Path> files = Files.list(indexDir)) {
            names = files.map(p -> p.getFileName().toString()).toArray(String[]::new);
        }
        String latest = SegmentInfos.getLastCommitSegmentsFileName(names);
        return latest == null ? "" : commitId(indexDir, latest);
    }

    private static String commitId(Path indexDir, String segmentsFile) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(indexDir.resolve(segmentsFile))) {
            crc.update(in.readAllBytes());
        }
        return segmentsFile + " " + Long.toHexString(crc.getValue());
    }
}
