package org.attache.nlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.attache.model.SpanAssertions.assertCovers;
import static org.attache.model.SpanAssertions.assertInside;

import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.BlockQuote;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Quote;
import org.attache.model.SourceFormat;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.attache.nlp.Paragraphs;

/** Test helpers: documents from inline text, and the span invariants every result must keep. */
final class QuoteCheck {

    static final Quotations QUOTATIONS = Quotations.load();

    private QuoteCheck() {
    }

    static CleanDocument doc(String text) {
        return doc(text, List.of());
    }

    static CleanDocument doc(String text, List<BlockQuote> blocks) {
        return new CleanDocument("test.txt", SourceFormat.TEXT, Metadata.EMPTY, text, Paragraphs.of(text), blocks, "0");
    }

    static BlockQuote block(int start, int end, int lineStart, int lineEnd) {
        return new BlockQuote(new TextSpan(start, end), Optional.of(new TextSpan(lineStart, lineEnd)));
    }

    static Mention mention(String text, int start, int end, String actor, ActorType type) {
        return new Mention(new TextSpan(start, end), text.substring(start, end), actor, type, MentionSource.GAZETTEER,
                1.0);
    }

    /** Finds quotations and checks that every span fits the text, covers its text and comes in order. */
    static List<Quote> find(CleanDocument d, List<Mention> mentions) {
        List<Quote> quotes = QUOTATIONS.newQuoteFinder().find(d, List.of(), mentions);
        int last = -1;
        for (Quote q : quotes) {
            assertCovers(q.span(), d.text(), q.text(), q);
            assertTrue(q.span().start() >= last, "quotes in text order");
            if (q.speakerSpan() != null) {
                assertInside(q.speakerSpan(), d.text(), q);
                assertTrue(q.speakerSpan().length() > 0, "speaker span not empty: " + q);
                assertTrue(!q.speaker().isEmpty(), "a speaker span only with a speaker: " + q);
            }
            last = q.span().start();
        }
        return quotes;
    }

    static List<Quote> find(String text) {
        return find(doc(text), List.of());
    }

    static List<Statement> turns(CleanDocument d, List<Mention> mentions) {
        List<Statement> turns = QUOTATIONS.newTranscriptReader().read(d, mentions);
        for (Statement s : turns) {
            assertCovers(s.span(), d.text(), s.text(), s);
        }
        return turns;
    }

    static void assertQuote(Quote q, int start, int end, String speaker) {
        assertEquals(new TextSpan(start, end), q.span(), "span of " + q);
        assertEquals(speaker, q.speaker(), "speaker of " + q.text());
    }
}
