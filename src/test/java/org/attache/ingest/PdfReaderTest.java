package org.attache.ingest;

import static org.attache.ingest.PdfFixtures.at;
import static org.attache.ingest.PdfFixtures.body;
import static org.attache.ingest.PdfFixtures.concat;
import static org.attache.ingest.PdfFixtures.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

public class PdfReaderTest {

    private static final String HEADER = "NATO Press Release (2024) 081";

    private static byte[] communique;

    /** A three-page communiqué: running header, "Page n of 3" footer, two columns on page 2. Built once. */
    public static synchronized byte[] communique() {
        if (communique == null) {
            communique = buildCommunique();
        }
        return communique.clone();
    }

    private static byte[] buildCommunique() {
        return pdf()
                .page(concat(
                        new PdfFixtures.Line[] {at(50, 40, 9, HEADER), at(50, 100, 20, "Allies Agree a New Defence Plan"),
                                at(50, 130, 11, "Brussels, 14 June 2024")},
                        body(50, 160,
                                "Defence ministers met in Brussels on Thursday and agreed a plan that",
                                "will strengthen the deterrence of the Alliance along its eastern bor-",
                                "der, the Secretary General said after the meeting."),
                        body(50, 212,
                                "The plan sets out a long-term path for air defence and for the \uFB01rst",
                                "time names the forces each Ally will hold ready. It was drafted over a long-",
                                "term process with national experts and ministers."),
                        new PdfFixtures.Line[] {at(270, 810, 9, "Page 1 of 3")}))
                .page(concat(
                        new PdfFixtures.Line[] {at(50, 40, 9, HEADER),
                                at(400, 40, 9, "Allies Agree a New Defence Plan \u2013 2")},
                        body(50, 120,
                                "Left column words about the eastern",
                                "flank come first in the reading",
                                "order of this page, as the reader",
                                "expects from a printed newsletter."),
                        body(310, 120,
                                "Right column words about the air",
                                "defence plan come after the left",
                                "column, even though they share the",
                                "same baselines on the page."),
                        new PdfFixtures.Line[] {at(270, 810, 9, "Page 2 of 3")}))
                .page(concat(
                        new PdfFixtures.Line[] {at(50, 40, 9, HEADER),
                                at(400, 40, 9, "Allies Agree a New Defence Plan \u2013 3")},
                        body(50, 120,
                                "The ministers will meet again in October to review the plan and its",
                                "costs, with the partners of the Alliance in the room."),
                        new PdfFixtures.Line[] {at(270, 810, 9, "Page 3 of 3")}))
                .created(2024, 6, 20)
                .bytes();
    }

    @Test
    void communiqueGivesItsBodyInReadingOrderWithoutRunningLines() throws InputRejectedException {
        CleanedPage page = PdfReader.read(communique());
        assertEquals("Allies Agree a New Defence Plan\n\n"
                + "Brussels, 14 June 2024\n\n"
                + "Defence ministers met in Brussels on Thursday and agreed a plan that will strengthen the "
                + "deterrence of the Alliance along its eastern border, the Secretary General said after the meeting.\n\n"
                + "The plan sets out a long-term path for air defence and for the first time names the forces each "
                + "Ally will hold ready. It was drafted over a long-term process with national experts and ministers.\n\n"
                + "Left column words about the eastern flank come first in the reading order of this page, as the "
                + "reader expects from a printed newsletter.\n\n"
                + "Right column words about the air defence plan come after the left column, even though they share "
                + "the same baselines on the page.\n\n"
                + "The ministers will meet again in October to review the plan and its costs, with the partners of "
                + "the Alliance in the room.", page.text());
        CleanedPageAssertions.assertValid(page);
    }

    @Test
    void titleFromTheFirstPageHeadingAndDateFromItsDateline() throws InputRejectedException {
        CleanedPage page = PdfReader.read(communique());
        assertEquals("Allies Agree a New Defence Plan", page.metadata().title());
        assertEquals("2024-06-14", page.metadata().date());
    }

    @Test
    void everyRunningLineIsARemovalWithItsRule() throws InputRejectedException {
        List<Removal> removals = PdfReader.read(communique()).removals();
        assertTrue(removals.contains(new Removal("Page 2 of 3", PdfRunningLines.PAGE_NUMBER_RULE)), removals.toString());
        assertTrue(removals.contains(new Removal(HEADER, PdfRunningLines.HEADER_RULE)), removals.toString());
        assertTrue(removals.contains(new Removal("Allies Agree a New Defence Plan \u2013 3", PdfRunningLines.HEADER_RULE)),
                removals.toString());
        assertEquals(8, removals.size(), removals.toString());
    }

    @Test
    void titleAndDateFromTheDocumentInformationWhenThePageHasNone() throws InputRejectedException {
        byte[] bytes = pdf().page(body(50, 100,
                        "The two governments agreed to share what their patrols see at sea and to",
                        "hold a joint exercise next spring, the ministers said in a statement."))
                .title("Joint Statement on Maritime Security").created(2023, 3, 2).bytes();
        CleanedPage page = PdfReader.read(bytes);
        assertEquals("Joint Statement on Maritime Security", page.metadata().title());
        assertEquals("2023-03-02", page.metadata().date());
    }

    @Test
    void aFileNameInTheDocumentInformationIsNoTitle() {
        assertTrue(!PdfMetadata.sensibleTitle("Microsoft Word - 210614 communique.docx"));
        assertTrue(!PdfMetadata.sensibleTitle("draft_v3.pdf"));
        assertTrue(PdfMetadata.sensibleTitle("Brussels Summit Communiqué"));
    }

    @Test
    void aShortListOnOnePageIsNotTwoColumns() throws InputRejectedException {
        byte[] bytes = pdf().page(concat(
                body(50, 100, "The ministers agreed on the following points after a long day of talks:"),
                body(50, 130, "- air defence", "- munitions", "- training", "- cyber defence"),
                body(50, 200, "Each point will be reviewed by the defence planners before the summit."))).bytes();
        assertEquals("The ministers agreed on the following points after a long day of talks:\n\n- air defence\n\n"
                + "- munitions\n\n- training\n\n- cyber defence\n\n"
                + "Each point will be reviewed by the defence planners before the summit.", PdfReader.read(bytes).text());
    }

    @Test
    void softHyphensAreDroppedAndAWordSplitAtOneIsWhole() throws InputRejectedException {
        byte[] bytes = pdf().page(body(50, 100,
                "The ministers discussed the de\u00ADfence budget and the reinforce\u00AD",
                "ment of the eastern flank, with well-known partners of the Alliance at the well-",
                "known table of the summit in the capital.")).bytes();
        assertEquals("The ministers discussed the defence budget and the reinforcement of the eastern flank, with "
                + "well-known partners of the Alliance at the well-known table of the summit in the capital.",
                PdfReader.read(bytes).text());
    }

    @Test
    void aFontThePdfDoesNotEmbedIsNotLookedForAmongTheSystemFonts() throws InputRejectedException {
        byte[] bytes = pdf().standardFont().page(body(50, 100,
                "Helvetica is named by the file but not embedded in it, as in most office PDFs.")).bytes();
        assertEquals("Helvetica is named by the file but not embedded in it, as in most office PDFs.",
                PdfReader.read(bytes).text());
        assertTrue(FontMappers.instance() instanceof PdfFonts, "the stand-in mapper is installed");
    }

    @Test
    void labelsAndValuesSetApartAreNotTwoColumns() throws InputRejectedException {
        byte[] bytes = pdf().page(concat(
                body(50, 100, "Meeting of the defence ministers of the Alliance, summary of the facts"),
                new PdfFixtures.Line[] {at(50, 130, 11, "Date:"), at(330, 130, 11, "14 June 2024"),
                        at(50, 144, 11, "Place:"), at(330, 144, 11, "Brussels"),
                        at(50, 158, 11, "Chair:"), at(330, 158, 11, "the Secretary General")})).bytes();
        String text = PdfReader.read(bytes).text();
        assertTrue(text.contains("Date: 14 June 2024"), text);
        assertTrue(text.contains("Place: Brussels"), text);
    }

    @Test
    void aDamagedPdfIsReadOrRejectedNeverAnythingElse() {
        byte[] good = communique();
        Random random = new Random(11);
        for (int i = 0; i < 20; i++) {
            byte[] bad = Arrays.copyOf(good, i % 2 == 0 ? 8 + random.nextInt(good.length - 8) : good.length);
            for (int j = 0; j < 20 && i % 2 == 1; j++) {
                bad[8 + random.nextInt(bad.length - 8)] = (byte) random.nextInt(256);
            }
            try {
                CleanedPageAssertions.assertValid(PdfReader.read(bad));
            } catch (InputRejectedException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
            }
        }
    }

    @Test
    void aScannedPdfIsRejectedAsHavingNoTextLayer() {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> PdfReader.read(pdf().scanned(2).bytes()));
        assertEquals("scanned PDF: no text layer, only images on its 2 pages (run OCR on it first)", e.getMessage());
    }

    @Test
    void aPasswordProtectedPdfIsRejected() {
        byte[] bytes = pdf().page(body(50, 100, "Secret minutes of the meeting of the defence ministers in Brussels."))
                .encryptedWithPassword().bytes();
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PdfReader.read(bytes));
        assertEquals("encrypted PDF: it needs a password to open", e.getMessage());
    }

    @Test
    void aBrokenPdfIsRejected() {
        byte[] bytes = "%PDF-1.7\nnot really a PDF, only its first line\n".getBytes(StandardCharsets.US_ASCII);
        InputRejectedException e = assertThrows(InputRejectedException.class, () -> PdfReader.read(bytes));
        assertTrue(e.getMessage().startsWith("broken PDF: "), e.getMessage());
    }

    @Test
    void documentReaderReadsPdfByContentWhateverTheName() throws InputRejectedException {
        DocumentReader reader = new DocumentReader(1 << 24, new Cleaners());
        DocumentReader.Cleaned cleaned = reader.clean("report.txt", communique());
        assertEquals(SourceFormat.PDF, cleaned.format());
        assertTrue(cleaned.page().text().startsWith("Allies Agree"), cleaned.page().text());
    }
}
