package org.attache.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/** Where a task finds a document's bytes: a local file as it is, any other copied to the task's local folder. */
final class Inputs {

    private Inputs() {
    }

    /** The driver's Hadoop settings (spark.hadoop.*, core-site.xml) as a map a task can carry. */
    static java.util.HashMap<String, String> settings(Configuration conf) {
        java.util.HashMap<String, String> map = new java.util.HashMap<>();
        conf.forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    /** The Hadoop configuration of {@link #settings}, made again in a task. */
    static Configuration configuration(java.util.Map<String, String> settings) {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    static boolean isLocal(String uri) {
        String scheme = URI.create(uri).getScheme();
        return scheme == null || "file".equals(scheme);
    }

    /** The local path of {@code ref}: its own when local, else a copy in folder {@code slot} of {@code scratch}. */
    static Path local(FileRef ref, Path scratch, int slot, Configuration conf) throws IOException {
        if (isLocal(ref.uri())) {
            return Path.of(URI.create(ref.uri()));
        }
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(URI.create(ref.uri()));
        Path copy = scratch.resolve(Integer.toString(slot))
                .resolve(source.getName());
        Files.createDirectories(copy.getParent());
        try (InputStream in = FileSystem.get(source.toUri(), conf).open(source)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }
}
