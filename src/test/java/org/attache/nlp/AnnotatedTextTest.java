package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Analysis;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Metadata;
import org.attache.model.Sentence;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

class AnnotatedTextTest {

    /** A headline on its own line, as cleaning may keep it: a paragraph without a blank line after it. */
    private static final String TEXT = "Allies Meet In Brussels\nRussia's SVR was blamed. China was named too.";
    private static final List<TextSpan> PARAGRAPHS = List.of(new TextSpan(0, 23), new TextSpan(24, 69));

    private static CleanDocument document(String text, List<TextSpan> paragraphs) {
        return new CleanDocument("news/allies.txt", SourceFormat.TEXT, new Metadata("Allies", "2024-06-03", ""), text,
                paragraphs, List.of(), "key");
    }

    @Test
    void sentencesAreMadeOnceFromTheParagraphsCleaningFound() {
        List<Object> seenByActors = new ArrayList<>();
        List<Object> seenByQuotes = new ArrayList<>();
        Mention svr = new Mention(new TextSpan(33, 36), "SVR", "SVR", ActorType.ORGANIZATION, MentionSource.GAZETTEER, 1.0);
        ActorRecognizer actors = (text, sentences) -> {
            seenByActors.add(sentences);
            return List.of(svr);
        };
        QuoteFinder quotes = (document, sentences, mentions) -> {
            seenByQuotes.add(sentences);
            seenByQuotes.add(mentions);
            return List.of();
        };
        DocumentAnalyzer analyzer = new AnalysisModels(() -> actors, () -> quotes, () -> (document, mentions) -> List.of(),
                List.of()).newAnalyzer();

        AnnotatedText doc = analyzer.annotate(document(TEXT, PARAGRAPHS), new StageTimer());

        // the headline stays apart, although only a line break (no blank line) follows it
        assertEquals(List.of(new TextSpan(0, 23), new TextSpan(24, 48), new TextSpan(49, 69)),
                doc.sentences().stream().map(Sentence::span).toList());
        Sentence second = doc.sentences().get(1);
        assertEquals(List.of(new TextSpan(24, 32), new TextSpan(33, 36), new TextSpan(37, 40), new TextSpan(41, 47),
                new TextSpan(47, 48)), second.tokens());
        assertEquals("Russia's", second.tokens().get(0).of(TEXT));
        // every stage reads the one list of sentences, and the quotations the actor stage's mentions
        assertSame(doc.sentences(), seenByActors.get(0));
        assertSame(doc.sentences(), seenByQuotes.get(0));
        assertSame(doc.mentions(), seenByQuotes.get(1));
        Analysis analysis = doc.toAnalysis();
        assertEquals(List.of(svr), analysis.mentions());
        assertEquals(13, analysis.words()); // "Russia's" is two words, as the evaluation counts them
        assertEquals(doc.language(), analysis.language());
    }

    @Test
    void aDocumentWithoutParagraphsGetsThoseOfItsText() {
        String text = "  First paragraph.\n\nSecond one.";
        assertEquals(List.of(new TextSpan(2, 18), new TextSpan(20, 31)),
                AnnotatedText.of(document(text, List.of())).paragraphs());
        assertEquals(PARAGRAPHS, AnnotatedText.of(document(TEXT, PARAGRAPHS)).paragraphs());
    }

    @Test
    void aLayerIsReadOnlyAfterAStageAddedItAndAddedOnce() {
        AnnotatedText doc = AnnotatedText.of(document(TEXT, PARAGRAPHS));
        IllegalStateException early = assertThrows(IllegalStateException.class, doc::sentences);
        assertTrue(early.getMessage().contains("sentences of news/allies.txt"), early.getMessage());
        doc.addSentences(List.of());
        assertThrows(IllegalStateException.class, () -> doc.addSentences(List.of()));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 3)), doc.date());
    }

    @Test
    void layersALanguageDoesNotGetAreEmptyInTheAnalysis() {
        AnnotatedText doc = AnnotatedText.of(document(TEXT, PARAGRAPHS));
        doc.addLanguage("de");
        Analysis analysis = doc.toAnalysis();
        assertEquals(List.of(), analysis.mentions());
        assertEquals(List.of(), analysis.quotes());
        assertEquals(List.of(), analysis.statements());
        assertEquals("de", analysis.language());
    }
}
