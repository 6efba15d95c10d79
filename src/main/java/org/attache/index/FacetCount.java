package org.attache.index;

/** How many hits have one value of a facet: mention an actor, or are in a language. */
public record FacetCount(String label, int count) {
}
