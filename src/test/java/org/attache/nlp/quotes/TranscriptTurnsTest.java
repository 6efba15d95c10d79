package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.attache.nlp.quotes.QuoteCheck.turns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

class TranscriptTurnsTest {

    private static final String TRANSCRIPT = "Remarks by President Biden and Secretary General Stoltenberg\n\n"
            + "PRESIDENT BIDEN: Mr. Secretary General, thank you. I said, \"We will never waver.\"\n\n"
            + "SECRETARY GENERAL STOLTENBERG: Thank you, Mr. President.\n\n"
            + "It is an honour to welcome you.\n\n"
            + "Q Mr. President, will Ukraine join NATO?\n\n"
            + "MR. SULLIVAN: Jake Sullivan here. Let me take that.\n\n"
            + "MS. JEAN-PIERRE: Thanks, everybody.\n\n"
            + "END 10:02 A.M. EDT";

    private static List<Mention> mentions() {
        return List.of(mention(TRANSCRIPT, 21, 26, "Joe Biden", ActorType.PERSON),
                mention(TRANSCRIPT, 49, 60, "Jens Stoltenberg", ActorType.PERSON));
    }

    @Test
    void oneStatementPerTurnWithNormalisedSpeakers() {
        List<Statement> turns = turns(doc(TRANSCRIPT), mentions());
        assertEquals(5, turns.size());
        assertTurn(turns.get(0), 79, 143, "Joe Biden", "Joe Biden", "President");
        assertTurn(turns.get(1), 176, 234, "Jens Stoltenberg", "Jens Stoltenberg", "Secretary General");
        assertTurn(turns.get(2), 238, 276, "Q", "", "reporter");
        assertTurn(turns.get(3), 292, 329, "Jake Sullivan", "", "");
        assertTurn(turns.get(4), 348, 366, "Ms. Jean-Pierre", "", "");
    }

    @Test
    void labelsWithoutMentionsKeepATitleCasedName() {
        List<Statement> turns = turns(doc(TRANSCRIPT), List.of());
        assertEquals("President Biden", turns.get(0).speaker());
        assertEquals("President", turns.get(0).speakerRole());
        assertEquals("Secretary General Stoltenberg", turns.get(1).speaker());
    }

    @Test
    void turnsAreNotQuotesButQuotationsInsideATurnAreWithTheTurnSpeaker() {
        List<Quote> quotes = find(doc(TRANSCRIPT), mentions());
        assertEquals(1, quotes.size());
        assertEquals(new TextSpan(122, 142), quotes.get(0).span());
        assertEquals("Joe Biden", quotes.get(0).speaker());
    }

    @Test
    void ordinaryProseIsNotATranscript() {
        String text = "NATO leaders met in Brussels.\n\nNote: the summit ended early.\n\nThe communiqué was published.";
        assertEquals(List.of(), turns(doc(text), List.of()));
    }

    @Test
    void whiteHouseRemarksFromTheCorpus() throws IOException {
        CleanDocument d = doc(markdownBody(Path.of("corpus", "wh-2025-03-13-remarks-trump-rutte-bilateral.md")));
        List<Statement> turns = turns(d, List.of());
        assertTrue(turns.size() > 100, "turns: " + turns.size());
        assertEquals("President Trump", turns.get(0).speaker());
        assertTrue(turns.get(0).text().startsWith("Hello, everybody."), turns.get(0).text());
        assertTrue(turns.stream().anyMatch(t -> t.speaker().equals("Mark Rutte")
                && t.speakerRole().equals("Secretary General")), "Rutte resolved from the text");
        assertTrue(turns.stream().noneMatch(t -> t.text().contains("P.M. EDT")), "the closing time is not a turn");
    }

    @Test
    void pressBriefingQuestionsAreReporters() throws IOException {
        CleanDocument d = doc(markdownBody(Path.of("corpus", "wh-2023-07-11-press-briefing-jean-pierre-sullivan-vilnius-summit.md")));
        List<Statement> turns = turns(d, List.of());
        assertTrue(turns.stream().filter(t -> t.speaker().equals("Q")).count() >= 20);
        assertTrue(turns.stream().anyMatch(t -> t.speaker().equals("Jake Sullivan")), "MR. SULLIVAN is Jake Sullivan");
    }

    /** The minimal cleaning of a Markdown scrape: front matter off, no-break spaces as spaces, one line per paragraph. */
    static String markdownBody(Path file) throws IOException {
        String raw = Files.readString(file).replaceFirst("(?s)^---.*?\n---\n", "").replace('\u00A0', ' ');
        List<String> paragraphs = new ArrayList<>();
        for (String p : raw.split("\\R\\s*\\R")) {
            String s = p.strip().replaceAll("\\s*\\R\\s*", " ");
            if (!s.isEmpty()) {
                paragraphs.add(s);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static void assertTurn(Statement s, int start, int end, String speaker, String actor, String role) {
        assertEquals(new TextSpan(start, end), s.span(), "span of " + s.text());
        assertEquals(speaker, s.speaker());
        assertEquals(actor, s.speakerActor());
        assertEquals(role, s.speakerRole());
    }
}
