package org.attache.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpellingVariantsTest {

    @Test
    void britishSpellingsBecomeAmerican() {
        String[][] pairs = {{"defence", "defense"}, {"defences", "defenses"}, {"organisation", "organization"},
                {"organisations", "organizations"}, {"organised", "organized"}, {"programme", "program"},
                {"armour", "armor"}, {"armoured", "armored"}, {"behaviour", "behavior"}, {"neighbourhood",
                "neighborhood"}, {"labourers", "laborers"}, {"centre", "center"}, {"centred", "centered"},
                {"theatres", "theaters"}, {"analyse", "analyze"}, {"paralysed", "paralyzed"},
                {"travelled", "traveled"}, {"modelling", "modeling"}, {"prioritising", "prioritizing"},
                {"manoeuvres", "maneuvers"}, {"licence", "license"}, {"favourite", "favorite"}};
        for (String[] p : pairs) {
            assertEquals(p[1], SpellingVariants.american(p[0]), p[0]);
            assertEquals(p[1], SpellingVariants.american(p[1]), "American stays: " + p[1]);
        }
    }

    @Test
    void wordsThatOnlyLookBritishStay() {
        for (String w : new String[] {"precise", "exercise", "rise", "four", "pour", "hour", "compelled", "dwelling",
                "expertise", "enterprise", "metre-long", "analysis", "tour", "your", "spelled", "wise"}) {
            assertEquals(w, SpellingVariants.american(w), w);
        }
    }

    @Test
    void theFilterReadsTheTermBufferLikeTheStringMethod() {
        for (String w : new String[] {"defence", "organisations", "psychoanalysed", "catalysers", "colours", "centres",
                "travellers", "precise", "analysis", "yse", "ysed", "a", ""}) {
            char[] buffer = (w + "xyz").toCharArray(); // a term buffer is longer than its term
            String american = SpellingVariants.americanOrNull(buffer, w.length());
            assertEquals(SpellingVariants.american(w), american == null ? w : american, w);
        }
        assertEquals("psychoanalyzed", SpellingVariants.american("psychoanalysed"));
    }
}
