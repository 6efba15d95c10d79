package org.attache.cli;

import picocli.CommandLine.IVersionProvider;

/** The version of Attaché: from the jar manifest, "dev" when run from classes; what {@code --version} prints. */
final class Version implements IVersionProvider {

    static String current() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {Main.NAME + " " + current()};
    }
}
