package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

/**
 * The rules that read a name in its context: speaker labels, given names running on to the
 * surname, hyphenated names, back-references, acronyms in brackets, and words that are no names.
 */
class ActorResolverContextTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** "covered text=actor:TYPE" for every mention, in order; spans checked by {@link Invariants}. */
    private static List<String> found(String text, EntityTagger tagger) {
        List<Mention> mentions = new ActorResolver(GAZETTEER, Optional.ofNullable(tagger)).find(text, List.of());
        Invariants.check(text, mentions);
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(m.text().replaceAll("\\s+", " ") + "=" + m.actor() + ":" + m.type());
        }
        return out;
    }

    /** The model's entity for the {@code nth} (0-based) occurrence of {@code surface}. */
    private static NamedEntity ne(String text, String surface, int nth, String type) {
        int at = -1;
        for (int k = 0; k <= nth; k++) {
            at = text.indexOf(surface, at + 1);
        }
        return new NamedEntity(new TextSpan(at, at + surface.length()), type, 0.8);
    }

    private static EntityTagger tags(NamedEntity... entities) {
        return (text, sentences) -> List.of(entities);
    }

    @Test
    void speakerLabelsCountForThePersonSpeaking() {
        String text = "PRESIDENT BIDEN: Welcome.\n\nPRIME MINISTER OSTERHOLM: Thank you, Lena Osterholm said.\n\nQ: And?";
        EntityTagger tagger = tags(ne(text, "Lena Osterholm", 0, NamedEntity.PERSON));
        assertEquals(List.of("BIDEN=Joe Biden:PERSON", "OSTERHOLM=Lena Osterholm:PERSON",
                "Lena Osterholm=Lena Osterholm:PERSON"), found(text, tagger));
    }

    @Test
    void aGivenNameRunsOnToTheSurnameEvenAcrossABrokenLine() {
        String text = "The envoy, Tomas\n\nKervinen, spoke. Kervinen left early.";
        EntityTagger tagger = tags(ne(text, "Tomas", 0, NamedEntity.PERSON));
        assertEquals(List.of("Tomas Kervinen=Tomas Kervinen:PERSON", "Kervinen=Tomas Kervinen:PERSON"),
                found(text, tagger));
    }

    @Test
    void hyphenatedGivenNamesAndSurnames() {
        String text = "Park Min-jun met Greta Ahl-Sorensen. Park said Ahl-Sorensen agreed.";
        EntityTagger tagger = tags(ne(text, "Park Min", 0, NamedEntity.PERSON),
                ne(text, "Greta Ahl-Sorensen", 0, NamedEntity.PERSON));
        assertEquals(List.of("Park Min-jun=Park Min-jun:PERSON", "Greta Ahl-Sorensen=Greta Ahl-Sorensen:PERSON",
                "Park=Park Min-jun:PERSON", "Ahl-Sorensen=Greta Ahl-Sorensen:PERSON"), found(text, tagger));
    }

    @Test
    void aLoneFirstNameNoFullNameExplainsIsNoActor() {
        String text = "PRESIDENT BIDEN: We have Dorin here. You know Dorin.";
        EntityTagger tagger = tags(ne(text, "Dorin", 0, NamedEntity.PERSON), ne(text, "Dorin", 1, NamedEntity.PERSON));
        assertEquals(List.of("BIDEN=Joe Biden:PERSON"), found(text, tagger));
    }

    @Test
    void backReferencesAndShortForms() {
        String text = "The European Commission proposed it and the Commission will decide. "
                + "N. Korea fired; the North denied it. The South Korean navy watched.";
        assertEquals(List.of("European Commission=European Commission:ORGANIZATION",
                "Commission=European Commission:ORGANIZATION", "N. Korea=North Korea:COUNTRY",
                "North=North Korea:COUNTRY", "South Korean=South Korea:COUNTRY"), found(text, null));
    }

    @Test
    void anAcronymDefinedInBracketsStandsForTheNameEverywhere() {
        String text = "The Grey Hand Militia (GhM) attacked. Later GhM withdrew.";
        EntityTagger tagger = tags(ne(text, "Grey Hand Militia", 0, NamedEntity.ORGANIZATION));
        assertEquals(List.of("Grey Hand Militia=Grey Hand Militia:ORGANIZATION", "GhM=Grey Hand Militia:ORGANIZATION",
                "GhM=Grey Hand Militia:ORGANIZATION"), found(text, tagger));
    }

    @Test
    void anotherCountrysCommandIsNotTheUsOne() {
        assertEquals(List.of("Estonian Cyber Command=Estonian Cyber Command:ORGANIZATION", "Estonian=Estonia:COUNTRY",
                "Cyber Command=US Cyber Command:ORGANIZATION"),
                found("The Estonian Cyber Command met Cyber Command staff.", null));
    }

    @Test
    void piecesAndThingsTheModelTagsAreNoActors() {
        String text = "Download a Zantex version. The Communist bloc fell. Nordal Stream pipes.";
        EntityTagger tagger = tags(ne(text, "Zantex", 0, NamedEntity.ORGANIZATION),
                ne(text, "Communist", 0, NamedEntity.ORGANIZATION), ne(text, "Nordal", 0, NamedEntity.ORGANIZATION));
        assertEquals(List.of(), found(text, tagger));
    }

    @Test
    void aPossessiveInsideAnOrganisationsNameSeparatesTwoOrganisations() {
        String text = "A study by Varden University’s Osric Policy Center found it.";
        EntityTagger tagger = tags(ne(text, "Varden University’s Osric Policy Center", 0, NamedEntity.ORGANIZATION));
        assertEquals(List.of("Varden University=Varden University:ORGANIZATION",
                "Osric Policy Center=Osric Policy Center:ORGANIZATION"), found(text, tagger));
    }
}
