package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.Sentence;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

class CooccurrenceTest {

    /** Mentions of the given surfaces at their first place in the text (surface=actor:TYPE). */
    private static List<Mention> mentions(String text, String... specs) {
        List<Mention> out = new ArrayList<>();
        int from = 0;
        for (String spec : specs) {
            String surface = spec.substring(0, spec.indexOf('='));
            String actor = spec.substring(spec.indexOf('=') + 1, spec.indexOf(':'));
            ActorType type = ActorType.valueOf(spec.substring(spec.indexOf(':') + 1));
            int at = text.indexOf(surface, from);
            out.add(new Mention(new TextSpan(at, at + surface.length()), surface, actor, type, MentionSource.GAZETTEER,
                    0.9));
            from = at + surface.length();
        }
        return out;
    }

    /** The sentences of an invented text: each run up to and including a full stop, without tokens. */
    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            while (text.charAt(start) == ' ') {
                start++;
            }
            out.add(new Sentence(new TextSpan(start, dot + 1), List.of()));
            start = dot + 1;
        }
        return out;
    }

    @Test
    void countsSentencesAndDocumentsPerPair() {
        String one = "NATO and Kestria met in Brussels. Kestria thanked NATO. Arvenia was not there.";
        //            0    5   9      16 19      27
        Map<String, Integer> first = Cooccurrence.pairsOf(sentences(one), mentions(one, "NATO=NATO:ORGANIZATION",
                "Kestria=Kestria:COUNTRY", "Brussels=Brussels:LOCATION", "Kestria=Kestria:COUNTRY",
                "NATO=NATO:ORGANIZATION", "Arvenia=Arvenia:COUNTRY"));
        assertEquals(Map.of("Arvenia\u0000Kestria", 0, "Arvenia\u0000NATO", 0, "Kestria\u0000NATO", 2), first);

        String two = "Arvenia asked NATO for help.";
        Cooccurrence tally = new Cooccurrence();
        tally.add(first);
        tally.add(Cooccurrence.pairsOf(sentences(two), mentions(two, "Arvenia=Arvenia:COUNTRY", "NATO=NATO:ORGANIZATION")));
        tally.add(Cooccurrence.pairsOf(sentences("Kestria alone."), mentions("Kestria alone.", "Kestria=Kestria:COUNTRY")));
        assertEquals(List.of(new Cooccurrence.Row("Kestria", "NATO", 2, 1), new Cooccurrence.Row("Arvenia", "NATO", 1, 2),
                new Cooccurrence.Row("Arvenia", "Kestria", 0, 1)), tally.sorted());
    }

    @Test
    void pairsInTheAnalysisSentencesOnly() {
        // the analysis's sentences decide, not full stops: "Mr." ends none, and text outside them pairs nothing
        String text = "Kestria Talks\n\nNATO met Mr. Vell of Kestria. Arvenia waited.";
        // the heading is 0-13; NATO at 15, Vell 28, Kestria 36, Arvenia 45
        List<Sentence> sentences = List.of(new Sentence(new TextSpan(15, 44), List.of()),
                new Sentence(new TextSpan(45, 60), List.of()));
        Map<String, Integer> pairs = Cooccurrence.pairsOf(sentences, mentions(text, "Kestria=Kestria:COUNTRY",
                "NATO=NATO:ORGANIZATION", "Vell=Vell:PERSON", "Kestria=Kestria:COUNTRY", "Arvenia=Arvenia:COUNTRY"));
        assertEquals(Map.of("Arvenia\u0000Kestria", 0, "Arvenia\u0000NATO", 0, "Arvenia\u0000Vell", 0,
                "Kestria\u0000NATO", 1, "Kestria\u0000Vell", 1, "NATO\u0000Vell", 1), pairs);
    }
}
