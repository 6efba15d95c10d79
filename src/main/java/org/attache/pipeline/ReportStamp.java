package org.attache.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.codec.digest.MessageDigestAlgorithms;
import org.attache.index.IndexSchema;
import org.attache.model.Rejection;
import org.attache.io.AtomicFiles;
import org.attache.report.CsvReport;
import org.attache.report.CsvStyle;
import org.attache.report.ReportFiles;

/**
 * What the reports of an output folder were built from: the indexed documents' fingerprint, the
 * rejected and skipped files, the CSV style and this build of Attaché, with the totals they came to. Reports are
 * a pure function of these, so a run with the same stamp may keep them instead of rebuilding them.
 * It also records the file stamp (size, modification time, file key) and SHA-256 of each report it
 * covers, so a report edited, emptied or cut since (a row deleted from documents.csv) is rebuilt, not
 * kept: a report whose stamp is unchanged is not read, any other is read and its hash decides. Saved only after all reports were
 * written, and cleared before they are rewritten.
 */
final class ReportStamp {

    static final String FILE = ".report-stamp";
    private static final List<String> REPORTS = List.of(ReportFiles.DOCUMENTS, ReportFiles.ACTOR_MENTIONS,
            ReportFiles.ACTORS, ReportFiles.MENTIONS, ReportFiles.QUOTES, ReportFiles.STATEMENTS, ReportFiles.ERRORS,
            ReportFiles.REPORT_HTML);

    private final String key;

    private ReportStamp(String key) {
        this.key = key;
    }

    static ReportStamp of(String corpusFingerprint, List<Rejection> errors, CsvStyle style) {
        return of(corpusFingerprint, errors, style, false);
    }

    /** As above, for reports counting duplicates ({@code keepDuplicates}) or each story once. */
    static ReportStamp of(String corpusFingerprint, List<Rejection> errors, CsvStyle style, boolean keepDuplicates) {
        StringBuilder sb = new StringBuilder();
        sb.append(corpusFingerprint).append('\n').append(style).append(keepDuplicates ? " keep-duplicates" : "").append('\n').append(IndexSchema.VERSION).append('\n')
                .append(build()).append('\n');
        for (Rejection r : errors) {
            sb.append(r.document()).append('\t').append(r.reason()).append('\n');
        }
        return new ReportStamp(HexFormat.of().formatHex(CorpusFingerprint.sha256(sb.toString())));
    }

    /** The totals of the reports in {@code root}, when they are all there, as written, from the same stamp. */
    Optional<CsvReport.Totals> keptTotals(Path root) {
        try {
            List<String> lines = Files.readAllLines(root.resolve(FILE));
            if (lines.size() != 2 + REPORTS.size() || !lines.get(0).equals(key)) {
                return Optional.empty();
            }
            for (int i = 0; i < REPORTS.size(); i++) {
                String name = REPORTS.get(i);
                String[] written = lines.get(2 + i).split("\t");
                Path file = root.resolve(name);
                if (written.length != 3 || !written[0].equals(name) || !Files.isRegularFile(file)
                        || !written[1].equals(FileStamp.of(file)) && !written[2].equals(hash(file))) {
                    return Optional.empty();
                }
            }
            String[] n = lines.get(1).split(" ");
            return Optional.of(new CsvReport.Totals(Integer.parseInt(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]),
                    Integer.parseInt(n[3]), Long.parseLong(n[4]), Long.parseLong(n[5])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no stamp, or not one we wrote: rebuild
        }
    }

    void save(Path root, CsvReport.Totals t) throws IOException {
        StringBuilder sb = new StringBuilder(key).append('\n').append(t.documents()).append(' ').append(t.words())
                .append(' ').append(t.mentions()).append(' ').append(t.actors()).append(' ').append(t.quotes())
                .append(' ').append(t.statements()).append('\n');
        for (String name : REPORTS) {
            Path file = root.resolve(name);
            sb.append(name).append('\t').append(FileStamp.of(file)).append('\t').append(hash(file)).append('\n');
        }
        AtomicFiles.writeString(root.resolve(FILE), sb.toString());
    }

    private static String hash(Path file) throws IOException {
        return new DigestUtils(MessageDigestAlgorithms.SHA_256).digestAsHex(file); // buffered, streamed
    }

    static void clear(Path root) throws IOException {
        Files.deleteIfExists(root.resolve(FILE));
    }

    /** This build of Attaché ({@link BuildInfo}): another build rebuilds the reports. */
    private static String build() {
        return BuildInfo.id();
    }
}
