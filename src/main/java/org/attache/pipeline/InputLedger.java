package org.attache.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Rejection;

/**
 * The last check of a run: every file the scan found must have an outcome (analysed, unchanged or
 * rejected). A file without one is listed as lost, and the run says so with its exit code: an input
 * must never vanish from the outputs while the run reports success.
 */
final class InputLedger {

    static final String LOST = "lost: the run recorded no outcome for it (please report this); run again";

    private InputLedger() {
    }

    /** The files among {@code files} that are neither in {@code done} nor in {@code rejected}, as rejections. */
    static List<Rejection> unaccounted(List<SourceFile> files, Set<String> done, List<Rejection> rejected) {
        Set<String> seen = new HashSet<>(done);
        for (Rejection r : rejected) {
            seen.add(r.document());
        }
        List<Rejection> lost = new ArrayList<>();
        for (SourceFile f : files) {
            if (!seen.contains(f.id())) {
                lost.add(new Rejection(f.id(), LOST));
            }
        }
        return lost;
    }
}
