package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Rejection;

/**
 * The re-check that ends a run: the inputs are listed again, and a file that is there now but was
 * not seen by the first scan (added, or renamed while the folder was being listed: a directory
 * listing may miss an entry renamed under it) gets a reason in {@code errors.csv}, so every path
 * of the corpus is accounted for. Files the scan saw that have since vanished were already
 * rejected when they could not be read.
 */
final class ScanRecheck {

    static final String APPEARED = "appeared during the run (added, or renamed while the corpus was read): "
            + "not analysed; run again to include it";

    private ScanRecheck() {
    }

    static List<Rejection> appeared(List<Path> inputs, Path out, boolean followLinks, CorpusScan.Result first) {
        CorpusScan.Result now;
        try {
            now = CorpusScan.scan(inputs, out, followLinks);
        } catch (IOException | RuntimeException e) {
            return List.of(); // an input folder itself vanished: nothing more can be listed
        }
        Set<String> seen = new HashSet<>();
        first.files().forEach(f -> seen.add(f.id()));
        first.skipped().forEach(r -> seen.add(r.document()));
        List<Rejection> late = new ArrayList<>();
        for (SourceFile f : now.files()) {
            if (!seen.contains(f.id())) {
                late.add(new Rejection(f.id(), APPEARED));
            }
        }
        return late;
    }
}
