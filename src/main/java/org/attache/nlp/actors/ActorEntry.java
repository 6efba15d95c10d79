package org.attache.nlp.actors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the gazetteer.
 *
 * @param canonical the name mentions are counted under
 * @param type      its type
 * @param aliases   every surface form, canonical name first
 * @param metonymOf for a place that stands for an actor ("Moscow" for Russia), that actor; counted as the place
 * @param line      the line of the file it came from, for messages
 */
public record ActorEntry(String canonical, EntryType type, List<Alias> aliases, Optional<String> metonymOf, int line) {

    public ActorEntry {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(metonymOf, "metonymOf");
    }

    public List<Alias> shortForms() {
        return aliases.stream().filter(a -> a.kind() == AliasKind.SHORT).toList();
    }
}
