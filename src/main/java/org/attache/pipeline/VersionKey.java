package org.attache.pipeline;

import java.util.Optional;

/**
 * What a document's analysis depends on, stored with it in the index: its own bytes, the site
 * templates its page was cleaned with, the build of Attaché that analysed it, and the rows of the
 * researcher's actor lists ({@code --actors}) that can match in it. A re-run skips a document only
 * when all four are unchanged.
 *
 * @param content   SHA-256 (hex) of the raw bytes
 * @param templates fingerprint of the site templates ({@code Templates.fingerprint()})
 * @param build     the build id ({@link BuildInfo#id()})
 * @param actors    digest of the actor-list rows whose forms occur in the clean text
 *                  ({@code ActorLists.signature}); empty when none does
 */
record VersionKey(String content, String templates, String build, String actors) {

    VersionKey(String content, String templates, String build) {
        this(content, templates, build, "");
    }

    /** Without actor lists the key keeps its three-part shape, so indexes made before stay valid. */
    String encode() {
        return content + "/" + templates + "/" + build + (actors.isEmpty() ? "" : "/" + actors);
    }

    VersionKey withActors(String signature) {
        return new VersionKey(content, templates, build, signature);
    }

    /** Whether the two keys agree on everything but the actor lists. */
    boolean sameSource(VersionKey other) {
        return content.equals(other.content) && templates.equals(other.templates) && build.equals(other.build);
    }

    /** The key stored by a run, or empty for keys of another shape (an older index: analyse again). */
    static Optional<VersionKey> decode(String stored) {
        String[] parts = stored.split("/", -1);
        if (parts.length == 3) {
            return Optional.of(new VersionKey(parts[0], parts[1], parts[2]));
        }
        return parts.length == 4 ? Optional.of(new VersionKey(parts[0], parts[1], parts[2], parts[3]))
                : Optional.empty();
    }
}
