package org.attache.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.ingest.DocumentReader;

/** Where a run puts things inside its output folder. */
public record OutputLayout(Path root) {

    /** File names are at most 255 bytes; this leaves room for ".txt", the writer's ".tmp" and a hash. */
    private static final int MAX_PART_BYTES = 200;
    private static final Pattern UNSAFE = Pattern.compile("[\\\\:*?\"<>|\\x00-\\x1F\\x7F]");

    public Path index() {
        return root.resolve("index");
    }

    public Path cleanDir() {
        return root.resolve("clean");
    }

    public Path runJson() {
        return root.resolve("run.json");
    }

    /** The files the last run rejected, with their stamps and reasons ({@link RejectionMemory}). */
    public Path rejectedFiles() {
        return root.resolve(".rejected-files");
    }

    public Path lockFile() {
        return root.resolve(".attache.lock");
    }

    /**
     * The clean-text file of a document: {@code clean/<id>.txt}. Ids are relative paths; a part that
     * could leave the folder ({@code ..}, absolute roots, empty), that holds characters some file
     * systems refuse, or that is too long for a file name once {@code .txt} is added, is made safe
     * and given a short hash of the original, so two ids never share a clean file; a folder part ending
 * in {@code .txt} is given one too, so that it never takes the name of a clean file. Ordinary names
     * (any script, spaces, quotes) are kept as they are.
     */
    public Path cleanFile(String id) {
        Path dir = cleanDir();
        Path p = dir;
        String[] parts = id.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = safe(parts[i]);
            boolean last = i == parts.length - 1;
            if (!last && part.toLowerCase(Locale.ROOT).endsWith(".txt")) {
                // a folder "a.txt/" beside a file "a" would want the clean file's name "a.txt": only
                // clean files end in .txt, so such a folder is renamed (and hashed, to stay unique)
                part = part + "~" + hash(parts[i]);
            }
            p = p.resolve(last ? part + ".txt" : part);
        }
        if (!p.normalize().startsWith(dir.normalize())) {
            throw new IllegalArgumentException("document id escapes the output folder: " + id);
        }
        return p;
    }

    private static String safe(String part) {
        boolean dots = part.isEmpty() || part.equals(".") || part.equals("..");
        boolean unsafe = UNSAFE.matcher(part).find();
        boolean tooLong = part.getBytes(StandardCharsets.UTF_8).length > MAX_PART_BYTES;
        if (!dots && !unsafe && !tooLong) {
            return part;
        }
        String kept = dots ? "_" : truncate(UNSAFE.matcher(part).replaceAll("_"));
        return kept + "~" + hash(part);
    }

    private static String hash(String part) {
        return DocumentReader.sha256(part.getBytes(StandardCharsets.UTF_8)).substring(0, 10);
    }

    /** The longest prefix of whole code points that fits in {@link #MAX_PART_BYTES} UTF-8 bytes. */
    private static String truncate(String s) {
        int bytes = 0;
        int end = 0;
        while (end < s.length()) {
            int cp = s.codePointAt(end);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > MAX_PART_BYTES) {
                break;
            }
            end += Character.charCount(cp);
        }
        return s.substring(0, end);
    }
}
