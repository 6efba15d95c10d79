package org.attache.pipeline;

import java.util.Optional;

/**
 * What a document's analysis depends on, stored with it in the index: its own bytes, the site
 * templates its page was cleaned with, and the build of Attaché that analysed it. A re-run skips a
 * document only when all three are unchanged.
 *
 * @param content   SHA-256 (hex) of the raw bytes
 * @param templates fingerprint of the site templates ({@code Templates.fingerprint()})
 * @param build     the build id ({@link BuildInfo#id()})
 */
record VersionKey(String content, String templates, String build) {

    String encode() {
        return content + "/" + templates + "/" + build;
    }

    /** The key stored by a run, or empty for keys of another shape (an older index: analyse again). */
    static Optional<VersionKey> decode(String stored) {
        String[] parts = stored.split("/", -1);
        return parts.length == 3 ? Optional.of(new VersionKey(parts[0], parts[1], parts[2])) : Optional.empty();
    }
}
