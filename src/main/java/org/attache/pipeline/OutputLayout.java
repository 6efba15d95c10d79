package org.attache.pipeline;

import java.nio.file.Path;

/** Where a run puts things inside its output folder. */
public record OutputLayout(Path root) {

    public Path index() {
        return root.resolve("index");
    }

    public Path cleanDir() {
        return root.resolve("clean");
    }

    public Path runJson() {
        return root.resolve("run.json");
    }

    public Path lockFile() {
        return root.resolve(".attache.lock");
    }

    /**
     * The clean-text file of a document: {@code clean/<id>.txt}. Ids are relative paths; any part that
     * could leave the folder ({@code ..}, absolute roots, empty) or that a file system refuses is made safe.
     */
    public Path cleanFile(String id) {
        Path dir = cleanDir();
        Path p = dir;
        String[] parts = id.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = safe(parts[i]);
            p = p.resolve(i == parts.length - 1 ? part + ".txt" : part);
        }
        if (!p.normalize().startsWith(dir.normalize())) {
            throw new IllegalArgumentException("document id escapes the output folder: " + id);
        }
        return p;
    }

    private static String safe(String part) {
        if (part.isEmpty() || part.equals(".") || part.equals("..")) {
            return "_";
        }
        return part.replaceAll("[\\\\:*?\"<>|\\x00-\\x1F]", "_");
    }
}
