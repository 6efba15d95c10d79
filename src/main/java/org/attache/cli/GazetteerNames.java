package org.attache.cli;

import java.util.Optional;
import org.attache.index.ActorNames;
import org.attache.nlp.Lazy;
import org.attache.nlp.actors.Actors;
import org.attache.pipeline.ShippedModels;

/**
 * Actor names as users type them, resolved through the shipped gazetteer, loaded on first use: a
 * search or report that names no actor never pays for loading it. Thread-safe.
 */
final class GazetteerNames implements ActorNames {

    private final Lazy<Actors> actors = new Lazy<>(ShippedModels::actorNames);

    @Override
    public Optional<String> canonical(String name) {
        return actors.get().canonical(name);
    }
}
