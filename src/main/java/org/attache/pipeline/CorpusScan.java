package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.Rejection;

/**
 * Finds the files of a corpus: folders are walked recursively (symlinks followed, loops detected),
 * single files taken as given. Hidden files and obvious non-documents are listed as skipped, never
 * silently dropped. The run's own output folder, and any other folder holding an Attaché output
 * ({@code run.json} beside {@code index/}), is never input: its clean texts and CSV files would be
 * read back as documents on the next run.
 */
public final class CorpusScan {

    /** What a scan found: files to read, in id order, and files skipped with a reason. */
    public record Result(List<SourceFile> files, List<Rejection> skipped) {
    }

    private static final Set<String> NOT_DOCUMENTS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp",
            "tif", "tiff", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "exe", "dll", "so", "class", "jar", "mp3",
            "mp4", "avi", "mov", "wav", "woff", "woff2", "ttf", "otf", "css", "js", "map");

    /** A corpus folder's own paperwork (its README, its sources and licence lists), not documents of it. */
    private static final Set<String> PAPERWORK = Set.of("readme", "sources", "license", "licence", "copying",
            "changelog", "notice");

    private CorpusScan() {
    }

    static final String OWN_OUTPUT = "skipped: this run's output folder (--out), never read as input";
    static final String OTHER_OUTPUT = "skipped: the output folder of an Attaché run (run.json and index/), "
            + "never read as input";

    public static Result scan(List<Path> inputs) throws IOException {
        return scan(inputs, null);
    }

    /** Scans {@code inputs}, skipping the output folder {@code out} (null: none) where it lies inside them. */
    public static Result scan(List<Path> inputs, Path out) throws IOException {
        return scan(inputs, out, false);
    }

    /**
     * As {@link #scan(List, Path)}; symbolic links whose target lies outside the input folders are
     * skipped with a reason unless {@code followLinks}.
     */
    public static Result scan(List<Path> inputs, Path out, boolean followLinks) throws IOException {
        List<Path> realRoots = followLinks ? null : realRoots(inputs);
        Path output = out != null && Files.isDirectory(out) ? out.toRealPath() : null;
        List<SourceFile> files = new ArrayList<>();
        List<Rejection> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(input)) {
                walk(input, output, realRoots, files, skipped, ids);
            } else if (output != null && input.toRealPath().startsWith(output)) {
                skipped.add(new Rejection(input.getFileName().toString(), OWN_OUTPUT));
            } else {
                add(input.getFileName().toString(), input, files, skipped, ids);
            }
        }
        files.sort(null);
        skipped.sort(null);
        return new Result(List.copyOf(files), List.copyOf(skipped));
    }

    /**
     * Walks one input folder. {@code realRoots}, when not null, are the real paths of the input
     * folders: a symbolic link whose target lies outside all of them is skipped with a reason (a
     * link to {@code /etc/passwd} must not end up in the index and the report).
     */
    private static void walk(Path root, Path output, List<Path> realRoots, List<SourceFile> files,
                             List<Rejection> skipped, Set<String> ids) throws IOException {
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String id = dir.equals(root) ? String.valueOf(root.getFileName()) : id(root, dir);
                        if (!dir.equals(root) && hidden(dir)) {
                            skipped.add(new Rejection(id + "/", "skipped: hidden folder"));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.equals(root) && leavesRoots(dir, realRoots)) {
                            skipped.add(new Rejection(id + "/", OUTSIDE));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        String why = outputFolder(dir, output);
                        if (why != null) {
                            skipped.add(new Rejection(id + "/", why));
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && leavesRoots(file, realRoots)) {
                            skipped.add(new Rejection(id(root, file), OUTSIDE));
                        } else if (attrs.isRegularFile()) {
                            add(id(root, file), file, files, skipped, ids);
                        } else if (attrs.isSymbolicLink()) {
                            // the walker hands over the link itself only when its target cannot be read
                            skipped.add(new Rejection(id(root, file), "skipped: broken symbolic link"));
                        } else {
                            skipped.add(new Rejection(id(root, file), "skipped: not a regular file (device, pipe or socket)"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) { // renamed or deleted while it was listed: say so, keep walking
                            skipped.add(new Rejection(id(root, dir) + "/", "unreadable folder (renamed or deleted "
                                    + "while the corpus was read?): " + e.getClass().getSimpleName()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String reason = e instanceof FileSystemLoopException
                                ? "skipped: symbolic link loop"
                                : "unreadable: " + e.getClass().getSimpleName();
                        skipped.add(new Rejection(id(root, file), reason));
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    static final String OUTSIDE = "skipped: symbolic link to a target outside the input folders "
            + "(--follow-links reads it)";

    /** The real paths of the input folders, to which links may lead. */
    private static List<Path> realRoots(List<Path> inputs) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                roots.add(input.toRealPath());
            }
        }
        return roots;
    }

    /** Whether {@code path} is a symbolic link whose target lies outside every input folder. */
    private static boolean leavesRoots(Path path, List<Path> realRoots) {
        if (realRoots == null || !Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            Path target = path.toRealPath();
            return realRoots.stream().noneMatch(target::startsWith);
        } catch (IOException e) {
            return true; // the walker read it a moment ago; a link that no longer resolves is not followed
        }
    }

    /** Why {@code dir} is an output folder and no input, or null when it is not one. */
    private static String outputFolder(Path dir, Path output) {
        try {
            if (output != null && dir.toRealPath().equals(output)) {
                return OWN_OUTPUT;
            }
        } catch (IOException e) {
            return null; // the walk reports what cannot be read
        }
        return Files.isRegularFile(dir.resolve("run.json")) && Files.isDirectory(dir.resolve("index"))
                ? OTHER_OUTPUT : null;
    }

    private static void add(String id, Path file, List<SourceFile> files, List<Rejection> skipped, Set<String> ids) {
        String why = skipReason(file.getFileName().toString());
        if (why != null) {
            skipped.add(new Rejection(id, why));
        } else if (!ids.add(id)) {
            skipped.add(new Rejection(id, "skipped: another input has the same document id"));
        } else {
            files.add(new SourceFile(id, file));
        }
    }

    /**
     * Why a file of this name is no document of the corpus (hidden, the corpus folder's own notes, an
     * image or archive), or null when it is read; for listings made elsewhere (a Hadoop file system).
     */
    public static String skipReason(String fileName) {
        if (fileName.startsWith(".")) {
            return "skipped: hidden file";
        } else if (PAPERWORK.contains(baseName(fileName))) {
            return "skipped: the corpus folder's own notes, not a document";
        } else if (NOT_DOCUMENTS.contains(extension(fileName))) {
            return "skipped: not a document (." + extension(fileName) + ")";
        }
        return null;
    }

    static String id(Path root, Path file) {
        Path rel = root.relativize(file);
        List<String> parts = new ArrayList<>();
        rel.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String baseName(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
