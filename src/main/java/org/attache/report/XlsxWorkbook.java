package org.attache.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One {@code .xlsx} workbook with a sheet per CSV report of a folder, for spreadsheet users: no import
 * dialog, and no formula risk, since text is written as text cells, which a spreadsheet never evaluates
 * (so the CSV formula guard is undone). Counts, offsets and confidences are number cells, dates date
 * cells ({@code yyyy-mm-dd}); the header row is frozen and filtered. Written from the CSV files as
 * written, row by row (fastexcel streams each sheet), so the workbook always says what they say; the
 * same CSV files give the same bytes.
 */
public final class XlsxWorkbook {

    public static final String FILE = "attache.xlsx";

    /** The sheets, in this order, for the CSV files that exist. */
    static final List<String> SHEETS = List.of(ReportFiles.DOCUMENTS, ReportFiles.ACTORS, ReportFiles.ACTOR_MENTIONS,
            ReportFiles.MENTIONS, ReportFiles.QUOTES, ReportFiles.STATEMENTS, "cooccurrence.csv", ReportFiles.ERRORS);
    /** Columns holding numbers (counts, offsets, confidences) in any report. */
    static final Set<String> NUMBER_COLUMNS = Set.of("words", "actors", "mentions", "quotes", "statements",
            "documents", "sentences", "start", "end", "speaker_start", "speaker_end", "confidence");
    /** Columns holding ISO dates. */
    static final Set<String> DATE_COLUMNS = Set.of("date", "first_date", "last_date");
    /** Excel's last row. */
    static final int MAX_ROWS = 1_048_576;

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // one fixed time for every part of the file, and no creation date: the same reports give the same bytes
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Pattern CREATED = Pattern.compile("<dcterms:created[^>]*>[^<]*</dcterms:created>");
    private static final String CORE_PROPERTIES = "docProps/core.xml";

    private XlsxWorkbook() {
    }

    /** Writes {@code folder/attache.xlsx} from the CSV reports in {@code folder}; returns its path. */
    public static Path write(Path folder) throws IOException {
        Path target = folder.resolve(FILE);
        Path sheets = folder.resolve(FILE + ".sheets.tmp");
        Path temp = folder.resolve(FILE + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sheets))) {
                Workbook workbook = new Workbook(out, "Attache", "1.0");
                workbook.setCompressionLevel(Deflater.NO_COMPRESSION); // compressed once, by the copy below
                for (String name : SHEETS) {
                    Path csv = folder.resolve(name);
                    if (Files.isRegularFile(csv)) {
                        sheet(workbook, name.substring(0, name.length() - ".csv".length()), csv);
                    }
                }
                workbook.finish();
            }
            reproducibleCopy(sheets, temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(sheets);
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /**
     * fastexcel stamps each workbook with the time it was made; the copy drops that date and gives every
     * entry one fixed time (time-zone free), so the same reports always give the same bytes.
     */
    private static void reproducibleCopy(Path from, Path to) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(to)))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    if (entry.getName().equals(CORE_PROPERTIES)) {
                        String xml = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(CREATED.matcher(xml).replaceAll("").getBytes(StandardCharsets.UTF_8));
                    } else {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private static void sheet(Workbook workbook, String name, Path csv) throws IOException {
        Worksheet ws = workbook.newWorksheet(name);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(skipBom(reader)).setFormat(CSVFormat.RFC4180).get()) {
            List<String> header = new ArrayList<>();
            int row = 0;
            for (CSVRecord record : parser) {
                if (row == 0) {
                    record.forEach(header::add);
                    for (int c = 0; c < header.size(); c++) {
                        ws.inlineString(0, c, header.get(c));
                        ws.style(0, c).bold().set();
                    }
                } else if (row < MAX_ROWS - 1) {
                    for (int c = 0; c < record.size(); c++) {
                        cell(ws, row, c, c < header.size() ? header.get(c) : "", record.get(c));
                    }
                } else if (row == MAX_ROWS - 1) {
                    ws.inlineString(row, 0, "[more rows than a sheet holds: see " + csv.getFileName() + "]");
                }
                row++;
                if (row % 1_000 == 0) {
                    ws.flush(); // stream the rows out: memory stays flat whatever the report's size
                }
            }
            int last = Math.min(row, MAX_ROWS) - 1;
            if (!header.isEmpty()) {
                ws.freezePane(0, 1);
                ws.setAutoFilter(0, 0, Math.max(last, 0), header.size() - 1);
            }
        }
        ws.finish();
    }

    private static void cell(Worksheet ws, int row, int column, String header, String value) {
        if (value.isEmpty()) {
            return; // unknown: an empty cell, as in the CSV
        }
        if (NUMBER_COLUMNS.contains(header) && NUMBER.matcher(value).matches()) {
            ws.value(row, column, value.indexOf('.') >= 0 ? (Number) Double.valueOf(value) : (Number) Long.valueOf(value));
            if (value.indexOf('.') >= 0) {
                ws.style(row, column).format("0.000").set();
            }
            return;
        }
        if (DATE_COLUMNS.contains(header) && DATE.matcher(value).matches()) {
            try {
                ws.value(row, column, LocalDate.parse(value));
                ws.style(row, column).format("yyyy-mm-dd").set();
                return;
            } catch (DateTimeParseException e) {
                // not a real date: kept as text below
            }
        }
        ws.inlineString(row, column, CsvCells.unguard(value));
    }

    private static Reader skipBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
