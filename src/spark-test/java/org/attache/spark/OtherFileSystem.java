package org.attache.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code otherfs://}), so that the tests take the job's way through
 * Hadoop's file system API (listing, copying into a task, uploading the attempts' folders) as on HDFS or S3.
 */
public class OtherFileSystem extends RawLocalFileSystem {

    static final String SCHEME = "otherfs";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
