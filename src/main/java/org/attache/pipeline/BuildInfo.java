package org.attache.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Identifies the build of Attaché (written by Maven into {@code build.properties}): documents
 * analysed by another build are analysed again, since cleaning and extraction may have changed.
 */
final class BuildInfo {

    private static final String RESOURCE = "/org/attache/build.properties";

    private BuildInfo() {
    }

    static String id() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "") + "+" + p.getProperty("built", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
