package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
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

    @Test
    void countsSentencesAndDocumentsPerPair() {
        String one = "NATO and Kestria met in Brussels. Kestria thanked NATO. Arvenia was not there.";
        //            0    5   9      16 19      27
        Map<String, Integer> first = Cooccurrence.pairsOf(one, mentions(one, "NATO=NATO:ORGANIZATION",
                "Kestria=Kestria:COUNTRY", "Brussels=Brussels:LOCATION", "Kestria=Kestria:COUNTRY",
                "NATO=NATO:ORGANIZATION", "Arvenia=Arvenia:COUNTRY"));
        assertEquals(Map.of("Arvenia\u0000Kestria", 0, "Arvenia\u0000NATO", 0, "Kestria\u0000NATO", 2), first);

        String two = "Arvenia asked NATO for help.";
        Cooccurrence tally = new Cooccurrence();
        tally.add(first);
        tally.add(Cooccurrence.pairsOf(two, mentions(two, "Arvenia=Arvenia:COUNTRY", "NATO=NATO:ORGANIZATION")));
        tally.add(Cooccurrence.pairsOf("Kestria alone.", mentions("Kestria alone.", "Kestria=Kestria:COUNTRY")));
        assertEquals(List.of(new Cooccurrence.Row("Kestria", "NATO", 2, 1), new Cooccurrence.Row("Arvenia", "NATO", 1, 2),
                new Cooccurrence.Row("Arvenia", "Kestria", 0, 1)), tally.sorted());
    }
}
