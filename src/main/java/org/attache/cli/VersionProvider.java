package org.attache.cli;

/** The version from the jar manifest ("dev" when run from classes). */
public final class VersionProvider {

    private VersionProvider() {
    }

    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
