package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Analysis;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words said in a transcript turn are found by quotation searches, by their speaker. */
class TranscriptSearchTest {

    @Test
    void aTurnIsFoundAsWordsItsSpeakerSaid(@TempDir Path tmp) throws Exception {
        String text = "SECRETARY GENERAL STOLTENBERG: Our deterrence is strong and credible.\n\n"
                + "Q: What about the eastern flank?";
        Analysis plain = SampleAnalyses.analysis("nato/press-conference.txt", "Press conference", "2022-03-01",
                "NATO", text, List.of(), List.of());
        int start = text.indexOf("Our");
        int end = text.indexOf("credible.") + "credible.".length();
        Statement turn = new Statement(new TextSpan(start, end), text.substring(start, end), "Jens Stoltenberg",
                "Jens Stoltenberg", "Secretary General");
        Analysis withTurn = new Analysis(plain.document(), plain.words(), plain.mentions(), plain.quotes(),
                List.of(turn));
        SampleAnalyses.writeIndex(tmp.resolve("index"), List.of(withTurn));
        try (IndexSearch search = IndexSearch.open(tmp.resolve("index"), ActorNames.asTyped())) {
            var hits = search.quotes(SearchRequest.of("\"deterrence is strong\"").withSpeaker("Stoltenberg"));
            assertEquals(1, hits.total());
            assertEquals("Jens Stoltenberg", hits.hits().get(0).speaker());
            assertEquals(text.substring(start, end), hits.hits().get(0).quote());
            assertEquals(0, search.quotes(SearchRequest.of("\"deterrence is strong\"").withSpeaker("Biden")).total());
            assertEquals(0, search.stats().quotes(), "a turn is not counted as a quotation");
        }
    }
}
