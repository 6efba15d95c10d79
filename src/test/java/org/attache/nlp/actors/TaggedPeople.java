package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;

/** The actor stage over a text whose name finder tags exactly the given names as persons: the tests' fixture. */
final class TaggedPeople {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    private TaggedPeople() {
    }

    /** "start-end text=actor" for every person mention, in order, the model tagging each given name as a person. */
    static List<String> people(String text, String... personNames) {
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
}
