package org.attache.pipeline;

import java.util.List;
import org.attache.model.Rejection;
import org.attache.report.CsvReport;

/**
 * What a run did.
 *
 * @param seen      inputs found (files, before any were rejected or skipped)
 * @param added     documents new to the index
 * @param updated   documents whose content changed since the last run
 * @param unchanged documents skipped because their content hash was unchanged
 * @param removed   documents dropped from the index because their files vanished or became unreadable
 * @param rejected  inputs that could not be analysed, with reasons
 * @param skipped   files that are not documents (hidden files, images, loops)
 * @param totals    what the reports cover
 * @param seconds   elapsed wall time
 */
public record RunOutcome(int seen, int added, int updated, int unchanged, int removed, List<Rejection> rejected,
                         List<Rejection> skipped, CsvReport.Totals totals, double seconds) {

    public RunOutcome {
        rejected = List.copyOf(rejected);
        skipped = List.copyOf(skipped);
    }
}
