package org.attache.model;

/** Kinds of named entity. {@link #LOCATION} is a place that is only a place: kept out of actor counts. */
public enum ActorType {
    COUNTRY, ORGANIZATION, PERSON, LOCATION;

    public boolean isActor() {
        return this != LOCATION;
    }
}
