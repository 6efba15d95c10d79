package org.attache.nlp.actors;

import static org.attache.nlp.actors.TaggedPeople.people;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One person written with and without a middle name or initial is one actor, with exact offsets. */
class PersonNameFormsTest {

    @Test
    void aOnceSeenMiddleNameJoinsTheFormTheDocumentUsesMost() {
        String text = "Tavi Rolf Ostrander filed. Tavi Ostrander spoke, and Tavi Ostrander left.";
        assertEquals(List.of("0-19 Tavi Rolf Ostrander=Tavi Ostrander", "27-41 Tavi Ostrander=Tavi Ostrander",
                "53-67 Tavi Ostrander=Tavi Ostrander"), people(text, "Tavi Rolf Ostrander", "Tavi Ostrander"));
    }

    @Test
    void theFormUsedMostMayBeTheFullerOne() {
        String text = "Tavi R. Ostrander filed. Tavi Ostrander spoke. Tavi R. Ostrander left.";
        assertEquals(List.of("0-17 Tavi R. Ostrander=Tavi R. Ostrander", "25-39 Tavi Ostrander=Tavi R. Ostrander",
                "47-64 Tavi R. Ostrander=Tavi R. Ostrander"), people(text, "Tavi R. Ostrander", "Tavi Ostrander"));
    }

    @Test
    void aKnownPersonKeepsTheGazetteersName() {
        String text = "Joe R. Biden spoke twice. Joe R. Biden left before Joe Biden arrived.";
        assertEquals(List.of("0-12 Joe R. Biden=Joe Biden", "26-38 Joe R. Biden=Joe Biden",
                "51-60 Joe Biden=Joe Biden"), people(text, "Joe R. Biden"));
    }
}
