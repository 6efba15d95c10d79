package org.attache.spark;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.attache.model.Rejection;
import org.attache.pipeline.CorpusScan;
import org.attache.pipeline.SourceFile;

/**
 * The files of a corpus on any Hadoop-compatible file system (file://, hdfs://, s3a://...), named and
 * skipped as a local run does: a local input is scanned by the pipeline's own {@link CorpusScan} (links,
 * output folders and all); another is listed recursively with the same rules for names.
 */
record CorpusListing(List<FileRef> files, List<Rejection> skipped) implements Serializable {

    static CorpusListing of(List<String> inputs, Configuration conf) throws IOException {
        List<FileRef> files = new ArrayList<>();
        List<Rejection> skipped = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String input : inputs) {
            URI uri = URI.create(input);
            if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
                Path local = uri.getScheme() == null ? Path.of(input) : Path.of(uri);
                CorpusScan.Result scan = CorpusScan.scan(List.of(local));
                for (SourceFile f : scan.files()) {
                    add(f.id(), f.path().toAbsolutePath().toUri().toString(), files, skipped, ids);
                }
                skipped.addAll(scan.skipped());
            } else {
                org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(uri);
                FileSystem fs = root.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(root);
                if (status.isDirectory()) {
                    walk(fs, root, status, files, skipped, ids);
                } else {
                    classify(root.getName(), status, files, skipped, ids);
                }
            }
        }
        files.sort(null);
        skipped.sort(null);
        return new CorpusListing(List.copyOf(files), List.copyOf(skipped));
    }

    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path root, FileStatus dir,
                             List<FileRef> files, List<Rejection> skipped, Set<String> ids) throws IOException {
        for (FileStatus child : fs.listStatus(dir.getPath())) {
            String id = relative(fs, root, child.getPath());
            if (child.isDirectory()) {
                if (child.getPath().getName().startsWith(".")) {
                    skipped.add(new Rejection(id + "/", "skipped: hidden folder"));
                } else if (fs.exists(new org.apache.hadoop.fs.Path(child.getPath(), "run.json"))
                        && fs.exists(new org.apache.hadoop.fs.Path(child.getPath(), "index"))) {
                    skipped.add(new Rejection(id + "/", "skipped: the output folder of an Attaché run (run.json and "
                            + "index/), never read as input"));
                } else {
                    walk(fs, root, child, files, skipped, ids);
                }
            } else {
                classify(id, child, files, skipped, ids);
            }
        }
    }

    /** The path of {@code file} below {@code root}, '/' separated: the document id a local run gives it. */
    private static String relative(FileSystem fs, org.apache.hadoop.fs.Path root, org.apache.hadoop.fs.Path file) {
        String base = fs.makeQualified(root).toUri().getPath();
        String path = fs.makeQualified(file).toUri().getPath();
        String prefix = base.endsWith("/") ? base : base + "/";
        return path.startsWith(prefix) ? path.substring(prefix.length()) : file.getName();
    }

    private static void classify(String id, FileStatus file, List<FileRef> files, List<Rejection> skipped,
                                 Set<String> ids) {
        String why = CorpusScan.skipReason(file.getPath().getName());
        if (why != null) {
            skipped.add(new Rejection(id, why));
        } else {
            add(id, file.getPath().toUri().toString(), files, skipped, ids);
        }
    }

    private static void add(String id, String uri, List<FileRef> files, List<Rejection> skipped, Set<String> ids) {
        if (ids.add(id)) {
            files.add(new FileRef(id, uri));
        } else {
            skipped.add(new Rejection(id, "skipped: another input has the same document id"));
        }
    }

    /** Every document id, in order, for the corpus check. */
    List<String> ids() {
        return files.stream().map(FileRef::id).toList();
    }
}
