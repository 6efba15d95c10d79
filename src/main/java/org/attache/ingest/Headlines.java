package org.attache.ingest;

/** Tidies a headline taken from a text line. */
final class Headlines {

    private Headlines() {
    }

    /** Drops trailing separators a dump leaves after a headline ("Senator calls for sanctions on Iran;"). */
    static String tidy(String headline) {
        return TextStats.collapse(headline).replaceAll("[\\s;:,|–—-]+$", "");
    }
}
