package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private final Segmenter segmenter = new Segmenter(NlpModels.sentenceModel(), NlpModels.tokenizerModel());

    @Test
    void sentencesNeverCrossParagraphsAndTokensPointIntoTheText() {
        String text = "NATO Warns Of Cyber Attacks\n\nRussia's SVR was blamed. China was named too.";
        List<Sentence> sentences = segmenter.segment(text);
        assertEquals(List.of("NATO Warns Of Cyber Attacks", "Russia's SVR was blamed.", "China was named too."),
                sentences.stream().map(s -> s.span().of(text)).toList());
        Sentence second = sentences.get(1);
        assertEquals(new TextSpan(29, 37), second.tokens().get(0));
        assertEquals(List.of("Russia's", "SVR", "was", "blamed", "."),
                second.tokens().stream().map(t -> t.of(text)).toList());
    }

    @Test
    void paragraphsAreTrimmedRunsOfNonBlankLines() {
        String text = "  first line\nsecond line  \n \n\nthird";
        assertEquals(List.of(new TextSpan(2, 24), new TextSpan(30, 35)), Paragraphs.of(text));
    }
}
