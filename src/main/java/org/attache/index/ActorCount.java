package org.attache.index;

/** How many hits mention an actor. */
public record ActorCount(String actor, int count) {
}
