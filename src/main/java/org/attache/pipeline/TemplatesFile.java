package org.attache.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.ingest.Templates;
import org.attache.io.AtomicFiles;
import org.attache.nlp.StageTimer;

/**
 * The site templates of a whole corpus in a file ({@code attache templates CORPUS --out FILE}), learned
 * once by a first pass so that each shard ({@code run --shard I/N --templates FILE}) need not read the
 * whole corpus again to learn them. The file names the build, the size limit and the corpus (a hash of
 * every file id) it was learned for, and is refused for any other: a shard cleans with exactly the
 * templates a single run would learn. A file whose content changed under the same id is not noticed:
 * learn the templates again after changing the corpus.
 */
public final class TemplatesFile {

    private static final String MAGIC = "attache templates 1";

    /** A templates file that cannot be used for this run: not one, cut short, or learned for another corpus. */
    public static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private TemplatesFile() {
    }

    /** Learns the templates of the corpus {@code inputs} and writes them to {@code file}; how many sites have some. */
    public static int learn(List<Path> inputs, boolean followLinks, long maxBytes, int threads, Path file)
            throws IOException, InterruptedException {
        CorpusScan.Result scan = CorpusScan.scan(inputs, null, followLinks);
        Templates templates = TemplatePass.start(scan.files(), maxBytes, threads, new StageTimer()).templates();
        write(templates, context(scan, maxBytes), file);
        return templates.siteCount();
    }

    /** The templates in {@code file}, when they were learned by this build, with this size limit, for this corpus. */
    static Templates read(Path file, CorpusScan.Result scan, long maxBytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF())) {
                throw new Unusable(file + " is not a templates file (write one with 'attache templates')", null);
            }
            if (!context(scan, maxBytes).equals(in.readUTF())) {
                throw new Unusable(file + " was learned for another corpus, size limit or version of Attaché: "
                        + "learn it again with 'attache templates' over this corpus", null);
            }
            int sites = in.readInt();
            Map<String, Set<String>> lines = new HashMap<>();
            for (int i = 0; i < sites; i++) {
                String site = string(in);
                int count = in.readInt();
                Set<String> keys = new HashSet<>();
                for (int j = 0; j < count; j++) {
                    keys.add(string(in));
                }
                lines.put(site, keys);
            }
            return Templates.of(lines);
        } catch (EOFException | UTFDataFormatException | OutOfMemoryError e) {
            throw new Unusable(file + " is cut short or damaged: learn it again with 'attache templates'", e);
        }
    }

    private static void write(Templates templates, String context, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            out.writeUTF(MAGIC);
            out.writeUTF(context);
            var sites = templates.linesBySite();
            out.writeInt(sites.size());
            for (var site : sites.entrySet()) {
                string(out, site.getKey());
                out.writeInt(site.getValue().size());
                for (String line : site.getValue()) {
                    string(out, line);
                }
            }
        }
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** This build, the size limit and every file id of the corpus (the files templates are learned from), hashed. */
    private static String context(CorpusScan.Result scan, long maxBytes) {
        StringBuilder sb = new StringBuilder(BuildInfo.id()).append('\n').append(maxBytes).append('\n');
        scan.files().forEach(f -> sb.append(f.id()).append('\n'));
        return HexFormat.of().formatHex(CorpusFingerprint.sha256(sb.toString()));
    }

    // writeUTF stops at 64 KB: a line is written as its length and UTF-8 bytes
    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
