package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookTest {

    @TempDir
    Path dir;

    /** The parts of a workbook, by name. */
    static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry e = zip.getEntry(name);
            return e == null ? null : new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void csv(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void numbersDatesAndTextAreTypedHeaderFrozenAndFilteredAndNothingEvaluates() throws IOException {
        // as CsvFile writes them: guarded formulas, a BOM and CRLF (the --excel style), an empty date
        csv("documents.csv", "\uFEFFdocument,title,date,publisher,words\r\n"
                + "'-x.txt,'=HYPERLINK(\"http://evil\"),2021-06-14,a;'=6*7;b,440\r\n"
                + "''-x.txt,\"Plain, with comma\",,Pub,12\r\n");
        csv("mentions.csv", "document,start,end,text,actor,actor_type,source,confidence\n"
                + "a.txt,0,4,NATO,NATO,ORGANIZATION,gazetteer,0.950\n");
        Path xlsx = XlsxWorkbook.write(dir);
        assertEquals(dir.resolve("attache.xlsx"), xlsx);
        String workbook = part(xlsx, "xl/workbook.xml");
        assertTrue(workbook.indexOf("name=\"documents\"") < workbook.indexOf("name=\"mentions\""), workbook);
        assertFalse(workbook.contains("name=\"quotes\""), "only the CSV files there are become sheets");

        String docs = part(xlsx, "xl/worksheets/sheet1.xml");
        assertFalse(docs.contains("<f>") || docs.contains("<f "), "no formula cell: " + docs);
        assertTrue(docs.contains("state=\"frozen\"") && docs.contains("ySplit=\"1\""), docs);
        assertTrue(docs.contains("<autoFilter ref=\"A1:E3\""), docs);
        // text cells hold the values themselves: the CSV guard is undone, since a text cell never runs
        assertEquals(List.of("document", "title", "date", "publisher", "words", "-x.txt", "=HYPERLINK(\"http://evil\")",
                "a;=6*7;b", "'-x.txt", "Plain, with comma", "Pub"), texts(docs));
        assertTrue(docs.contains("<c r=\"C2\" s=\"2\" t=\"n\"><v>44361.0</v></c>"), "a date cell: " + docs);
        assertTrue(docs.contains("<c r=\"E2\" t=\"n\"><v>440</v></c>"), "a number cell: " + docs);
        assertFalse(docs.contains("r=\"C3\""), "an unknown date stays an empty cell");
        String styles = part(xlsx, "xl/styles.xml");
        assertTrue(styles.contains("formatCode=\"yyyy-mm-dd\""), styles);

        String mentions = part(xlsx, "xl/worksheets/sheet2.xml");
        assertTrue(mentions.contains("t=\"n\"><v>0.95</v></c>"), mentions);
        assertFalse(part(xlsx, "docProps/core.xml").contains("created"), "no creation time: same reports, same bytes");
    }

    @Test
    void theSameReportsGiveTheSameBytes() throws IOException {
        csv("documents.csv", "document,title,date,publisher,words\na.txt,T,2021-06-14,P,3\n");
        byte[] first = Files.readAllBytes(XlsxWorkbook.write(dir));
        Files.setLastModifiedTime(dir.resolve("documents.csv"), FileTime.fromMillis(0));
        byte[] second = Files.readAllBytes(XlsxWorkbook.write(dir));
        assertArrayEquals(first, second);
        try (var names = Files.list(dir)) {
            assertEquals(List.of("attache.xlsx", "documents.csv"), names.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left behind");
        }
        try (ZipFile zip = new ZipFile(dir.resolve("attache.xlsx").toFile())) {
            zip.stream().forEach(e -> assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName()));
        }
    }

    private static List<String> texts(String sheetXml) {
        List<String> texts = new ArrayList<>();
        var m = Pattern.compile("<is><t[^>]*>([^<]*)</t></is>").matcher(sheetXml);
        while (m.find()) {
            texts.add(m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
                    .replace("&lt;", "<").replace("&gt;", ">"));
        }
        return texts;
    }
}
