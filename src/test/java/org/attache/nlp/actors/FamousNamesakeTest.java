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

/**
 * A known person's surname in a document that names both them and a namesake the gazetteer does not know: the
 * known person, unless the text has made the namesake its subject. Invented people, exact offsets.
 */
class FamousNamesakeTest {

    private static final Gazetteer KNOWN = Gazetteer.parse("known.tsv",
            "canonical\ttype\taliases\tacronyms\tdemonyms\tshort\n" + "Viktor Orlav\tPERSON\t\t\t\t+Orlav\n");
    private static final Roles OFFICES = Roles.parse("offices.tsv",
            "office\ttitles\tholder\tfrom\tto\tnotes\n" + "Governor\tGovernor\tViktor Orlav\t2001-01-01\t2009-01-01\t\n");

    /** "start-end text=actor" for every person, the name finder tagging exactly {@code names}. */
    private static List<String> people(String text, String... names) {
        List<NamedEntity> entities = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                entities.add(new NamedEntity(new TextSpan(at, at + name.length()), NamedEntity.PERSON, 0.8));
            }
        }
        entities.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        EntityTagger tagger = (t, sentences) -> entities;
        List<Mention> found = new ActorResolver(KNOWN, OFFICES, Optional.of(tagger)).find(text, List.of());
        Invariants.check(text, found);
        List<String> out = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == ActorType.PERSON) {
                out.add(m.span().start() + "-" + m.span().end() + " " + m.text() + "=" + m.actor());
            }
        }
        return out;
    }

    @Test
    void theNamesakeNamedMoreOftenAndMoreRecentlyIsTheSubject() {
        String text = "Viktor Orlav paid for the roof. Lena Orlav runs the shelter. Lena Orlav opened it in May."
                + " Orlav said the gift came late.";
        assertEquals(List.of("0-12 Viktor Orlav=Viktor Orlav", "32-42 Lena Orlav=Lena Orlav",
                "61-71 Lena Orlav=Lena Orlav", "90-95 Orlav=Lena Orlav"), people(text, "Lena Orlav"));
    }

    @Test
    void theKnownPersonNamedMoreRecentlyKeepsTheSurname() {
        String text = "Lena Orlav runs the shelter. Lena Orlav opened it in May. Her father, Viktor Orlav, paid for"
                + " the roof. Orlav said he was proud.";
        assertEquals(List.of("0-10 Lena Orlav=Lena Orlav", "29-39 Lena Orlav=Lena Orlav",
                "70-82 Viktor Orlav=Viktor Orlav", "103-108 Orlav=Viktor Orlav"), people(text, "Lena Orlav"));
    }

    @Test
    void theKnownPersonNamedAsOftenKeepsTheSurname() {
        String text = "Viktor Orlav paid for the roof. Lena Orlav runs the shelter. Orlav said the gift came late.";
        assertEquals(List.of("0-12 Viktor Orlav=Viktor Orlav", "32-42 Lena Orlav=Lena Orlav",
                "61-66 Orlav=Viktor Orlav"), people(text, "Lena Orlav"));
    }

    @Test
    void theTitleOfAnOfficeTheKnownPersonHeldIsThemEvenWhereTheNamesakeIsTheSubject() {
        String text = "Viktor Orlav paid for the roof. Lena Orlav runs the shelter. Lena Orlav opened it in May."
                + " Governor Orlav sent a letter.";
        assertEquals(List.of("0-12 Viktor Orlav=Viktor Orlav", "32-42 Lena Orlav=Lena Orlav",
                "61-71 Lena Orlav=Lena Orlav", "99-104 Orlav=Viktor Orlav"), people(text, "Lena Orlav"));
    }
}
