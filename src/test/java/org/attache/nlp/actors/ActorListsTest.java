package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.Mention;
import org.junit.jupiter.api.Test;

class ActorListsTest {

    private static final String HEADER = "canonical\ttype\taliases\tacronyms\tdemonyms\tshort\tmetonym_of\tnotes\n";
    private static final Gazetteer BASE = Gazetteer.parse("base.tsv", HEADER
            + "Arvenia\tCOUNTRY\tRepublic of Arvenia\tRA\tArvenian|Arvenians\n"
            + "Northern Pact\tORGANIZATION\tthe Pact\tNP\n"
            + "Lena Osterholm\tPERSON\t\t\t\tOsterholm\n"
            + "Arvenport\tLOCATION\t\t\t\t\tArvenia\n");

    private static ActorLists list(String rows) {
        return ActorLists.of(Map.of("mine.tsv", HEADER + rows));
    }

    private static List<String> actors(Gazetteer g, String text) {
        List<Mention> found = new ActorResolver(g, Optional.empty()).find(text, List.of());
        Invariants.check(text, found);
        return found.stream().map(m -> m.text() + "=" + m.actor()).toList();
    }

    @Test
    void addsAnActorAndItsAcronym() {
        Gazetteer g = list("Grey Hand Militia\tORGANIZATION\t\tGHM\n").applyTo(BASE);
        assertEquals(List.of("Grey Hand Militia=Grey Hand Militia", "GHM=Grey Hand Militia", "Arvenia=Arvenia"),
                actors(g, "The Grey Hand Militia (GHM) raided a village in Arvenia."));
    }

    @Test
    void renamesAnActorWithAllItsForms() {
        Gazetteer g = list("Arvenian Republic\tCOUNTRY\tArvenia\n").applyTo(BASE);
        assertEquals(List.of("Arvenians=Arvenian Republic", "RA=Arvenian Republic", "Arvenia=Arvenian Republic"),
                actors(g, "Arvenians voted; RA officials said Arvenia would comply."));
        assertEquals("Arvenian Republic", g.entry("Arvenport").orElseThrow().metonymOf().orElseThrow());
        assertTrue(g.entry("Arvenia").isEmpty());
    }

    @Test
    void addsFormsToAnActorOfTheSameName() {
        Gazetteer g = list("Northern Pact\tORGANIZATION\tthe Northern Alliance\n").applyTo(BASE);
        assertEquals(List.of("Northern Alliance=Northern Pact", "NP=Northern Pact"),
                actors(g, "the Northern Alliance and the NP agreed."));
    }

    @Test
    void ignoresANameAndTakesAFormFromAnotherActor() {
        Gazetteer g = list("Lena Osterholm\tIGNORE\nNP\tORGANIZATION\t\t\t\t\t\tthe party, not the pact\n").applyTo(BASE);
        assertEquals(List.of("NP=NP"), actors(g, "Lena Osterholm met the NP leader; Osterholm smiled."));
    }

    @Test
    void signatureChangesOnlyWhereARowCanMatch() {
        ActorLists one = list("Grey Hand Militia\tORGANIZATION\n");
        ActorLists two = list("Grey Hand Militia\tORGANIZATION\tGrey Hand\n");
        String other = "Arvenia signed the accord.";
        String named = "The Grey Hand Militia fired on the road.";
        assertEquals("", one.signature(one.applyTo(BASE), other));
        assertEquals("", two.signature(two.applyTo(BASE), other));
        assertNotEquals("", one.signature(one.applyTo(BASE), named));
        assertNotEquals(one.signature(one.applyTo(BASE), named), two.signature(two.applyTo(BASE), named));
        assertEquals("", ActorLists.NONE.signature(named));
    }

    @Test
    void aBadRowNamesFileAndLine() {
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> list("Good\tORGANIZATION\nBad\tPERSON\t\tBD\t\t+\n"));
        assertTrue(e.getMessage().startsWith("mine.tsv:3: "), e.getMessage());
        GazetteerException header = assertThrows(GazetteerException.class,
                () -> ActorLists.of(Map.of("h.tsv", "name\ttype\nX\tPERSON\n")));
        assertTrue(header.getMessage().startsWith("h.tsv:1: header"), header.getMessage());
        assertEquals("", list("").signature(BASE, "x")); // a header alone is an empty list
    }
}
