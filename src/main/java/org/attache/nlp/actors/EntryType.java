package org.attache.nlp.actors;

import java.util.Optional;
import org.attache.model.ActorType;

/**
 * The {@code type} column of the gazetteer: the four {@link ActorType}s, plus {@link #IGNORE} for
 * phrases that contain an actor's name but are not about it ("Native American"); those are matched
 * only so that the shorter name inside them is not, and are never reported.
 */
public enum EntryType {
    COUNTRY, ORGANIZATION, PERSON, LOCATION, IGNORE;

    /** The actor type to report, or empty for {@link #IGNORE}. */
    public Optional<ActorType> actorType() {
        return this == IGNORE ? Optional.empty() : Optional.of(ActorType.valueOf(name()));
    }
}
