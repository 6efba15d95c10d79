package org.attache.nlp.actors;

/** How sure each way of finding a mention is: the {@code confidence} column of mentions.csv. */
final class Confidences {

    private Confidences() {
    }

    static final double GAZETTEER_NAME = 0.95;
    static final double GAZETTEER_ACRONYM = 0.9;
    static final double GAZETTEER_DEMONYM = 0.85;
    static final double KNOWN_SURNAME = 0.8;
    static final double TITLED_SURNAME = 0.75;
    static final double COREFERENCE = 0.85;
    static final double MODEL_WEIGHT = 0.9;

    static double of(Alias alias) {
        return switch (alias.kind()) {
            case NAME -> GAZETTEER_NAME;
            case ACRONYM -> alias.notInCapitals() ? GAZETTEER_ACRONYM - 0.05 : GAZETTEER_ACRONYM;
            case DEMONYM -> GAZETTEER_DEMONYM;
            case SHORT -> KNOWN_SURNAME;
        };
    }
}
