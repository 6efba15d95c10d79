package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

/** One person written with and without a middle name or initial is one actor, with exact offsets. */
class PersonNameFormsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** "start-end text=actor" for every person mention, the model tagging each given name as a person. */
    private static List<String> people(String text, String... personNames) {
        List<NamedEntity> entities = new ArrayList<>();
        for (String name : personNames) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                entities.add(new NamedEntity(new TextSpan(at, at + name.length()), NamedEntity.PERSON, 0.8));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        EntityTagger tagger = (t, sentences) -> entities;
        List<Mention> mentions = new ActorResolver(GAZETTEER, Optional.of(tagger)).find(text, List.of());
        Invariants.check(text, mentions);
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON) {
                out.add(m.span().start() + "-" + m.span().end() + " " + m.text() + "=" + m.actor());
            }
        }
        return out;
    }

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
