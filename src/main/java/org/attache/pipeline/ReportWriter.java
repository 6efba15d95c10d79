package org.attache.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.attache.index.ActorNames;
import org.attache.index.CommittedReader;
import org.attache.model.Rejection;
import org.attache.nlp.Stage;
import org.attache.nlp.StageTimer;
import org.attache.report.CsvFile;
import org.attache.report.CsvReport;
import org.attache.report.CsvStyle;
import org.attache.report.ReportFiles;
import org.attache.report.ReportFilter;
import org.attache.report.Reports;

/**
 * Writes a run's reports from its committed index: every CSV file, report.html and errors.csv (the
 * rejections and skipped files given, with the language notes the index holds). The reports are a
 * function of the indexed documents (ids and version keys), the errors, the CSV style and this build;
 * they are stamped with that, and a run that changed nothing and finds the same stamp keeps them.
 * A local run and the merge of shards both write through here.
 */
final class ReportWriter {

    private final OutputLayout out;
    private final CsvStyle style;
    private final boolean keepDuplicates;
    private final StageTimer timer;

    ReportWriter(OutputLayout out, CsvStyle style, boolean keepDuplicates, StageTimer timer) {
        this.out = out;
        this.style = style;
        this.keepDuplicates = keepDuplicates;
        this.timer = timer;
    }

    /**
     * Writes the reports (or keeps them when {@code mayKeep} and their stamp is unchanged);
     * {@code corpusFingerprint} covers exactly the indexed documents.
     */
    CsvReport.Totals write(String corpusFingerprint, List<Rejection> rejected, List<Rejection> skipped,
                           boolean mayKeep) throws IOException {
        long t0 = System.nanoTime();
        List<Rejection> all = new ArrayList<>(rejected);
        all.addAll(skipped);
        all.sort(null);
        ReportStamp stamp = ReportStamp.of(corpusFingerprint, all, style, keepDuplicates);
        if (mayKeep) {
            Optional<CsvReport.Totals> kept = stamp.keptTotals(out.root());
            if (kept.isPresent()) {
                timer.add(Stage.REPORT, System.nanoTime() - t0);
                return kept.get();
            }
        }
        ReportStamp.clear(out.root());
        CsvReport.Totals totals;
        List<Rejection> notes;
        // nothing to take while it opens: whoever writes this folder (the run or merge command) holds its lock
        try (CommittedReader committed = CommittedReader.open(out.index(), () -> null)) {
            DirectoryReader index = committed.reader();
            totals = Reports.write(index, ReportFilter.ALL, ActorNames.asTyped(), out.root(), style, keepDuplicates);
            notes = LanguageNotes.of(index);
        }
        try (CsvFile errors = new CsvFile(out.root().resolve(ReportFiles.ERRORS), style, "document", "reason")) {
            List<Rejection> rows = new ArrayList<>(all);
            rows.addAll(notes); // documents analysed in part: in documents.csv too, not rejected
            rows.sort(null);
            for (Rejection r : rows) {
                errors.row(r.document(), r.reason());
            }
            errors.commit();
        }
        stamp.save(out.root(), totals);
        timer.add(Stage.REPORT, System.nanoTime() - t0);
        return totals;
    }
}
