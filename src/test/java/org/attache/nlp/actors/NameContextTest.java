package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

/** The model's names judged by the words around them (invented text; the tagger is a stub). */
class NameContextTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** "text=actor:TYPE" for each mention, when the model tags {@code name} (first occurrence) as {@code type}. */
    private static List<String> found(String text, String name, String type, double probability) {
        int at = text.indexOf(name);
        NamedEntity ne = new NamedEntity(new TextSpan(at, at + name.length()), type, probability);
        List<Mention> mentions = new ActorResolver(GAZETTEER, Optional.of((t, s) -> List.of(ne))).find(text, List.of());
        Invariants.check(text, mentions);
        List<String> out = new ArrayList<>();
        mentions.forEach(m -> out.add(m.text() + "=" + m.actor() + ":" + m.type()));
        return out;
    }

    @Test
    void theNameOfAnOfficeIsNoOrganisation() {
        assertEquals(List.of(), found("The Director of Coastal Intelligence spoke.", "Coastal Intelligence", "ORGANIZATION", 0.8));
        assertEquals(List.of(), found("The Federal Chief Information Officer wrote.", "Federal Chief Information", "ORGANIZATION", 0.8));
        assertEquals(List.of(), found("The Assistant to the Governor for Harbor Safety Affairs left.", "Harbor Safety Affairs",
                "ORGANIZATION", 0.8));
        assertEquals(List.of(), found("The National Manager for Harbor Systems decides.", "National Manager for Harbor Systems",
                "ORGANIZATION", 0.8));
        // a body stays a body, whatever office stands before it
        assertEquals(List.of("Coastal Shipping Administration=Coastal Shipping Administration:ORGANIZATION"),
                found("The Administrator of the Coastal Shipping Administration spoke.", "Coastal Shipping Administration",
                        "ORGANIZATION", 0.8));
        assertEquals(List.of("Office of the Director of Harbor Safety=Office of the Director of Harbor Safety:ORGANIZATION"),
                found("The Office of the Director of Harbor Safety wrote.", "Office of the Director of Harbor Safety",
                        "ORGANIZATION", 0.8));
    }

    @Test
    void aPhraseTheDocumentAlsoWritesInLowerCaseIsNoName() {
        String text = "Agencies shall secure Harbor Data Systems. Most harbor data systems are old.";
        assertEquals(List.of(), found(text, "Harbor Data Systems", "ORGANIZATION", 0.8));
        assertEquals(List.of("Harbor Data Systems=Harbor Data Systems:ORGANIZATION"),
                found("Agencies shall secure Harbor Data Systems.", "Harbor Data Systems", "ORGANIZATION", 0.8));
    }

    @Test
    void aLabelInCapitalsAloneOnItsLineIsNoName() {
        assertEquals(List.of(), found("SUMMARY.\n\nThe ministers met.", "SUMMARY", "ORGANIZATION", 0.8));
        assertEquals(List.of("OSKARA=OSKARA:ORGANIZATION"), found("The OSKARA group met.", "OSKARA", "ORGANIZATION", 0.8));
    }

    @Test
    void aNameTheModelDoubtsInATitleCaseHeadlineOnlyIsNoName() {
        String text = "Rival Says Harbor Soft Spot Matters\n\nThe story goes on here.";
        assertEquals(List.of(), found(text, "Soft Spot", "PERSON", 0.4));
        assertEquals(List.of("Soft Spot=Soft Spot:PERSON"), found(text, "Soft Spot", "PERSON", 0.8));
    }

    @Test
    void aPlaceNounAfterTheNameMakesItAPlace() {
        assertEquals(List.of("Qara Tepe=Qara Tepe:LOCATION"),
                found("Two soldiers died in Qara Tepe district on Monday.", "Qara Tepe", "PERSON", 0.5));
    }

    @Test
    void headlineWordsAroundAKnownNameAreTrimmed() {
        assertEquals(List.of("Putin=Vladimir Putin:PERSON"),
                found("Rival Calls Putin Remarks Troubling", "Putin Remarks", "PERSON", 0.6));
        String text = "Alleged bin Laden tape surfaces. The alleged tape was aired.";
        assertEquals(List.of("bin Laden=Osama bin Laden:PERSON"), found(text, "Alleged bin Laden", "PERSON", 0.7));
    }

    @Test
    void theRestOfALongerNameKeepsTheWholeName() {
        // a company named after a state is no mention of the state
        assertEquals(List.of("Malta Ferries=Malta Ferries:ORGANIZATION"),
                found("The Malta Ferries boat sank.", "Malta Ferries", "ORGANIZATION", 0.7));
        // a programme or body of an actor counts for it too
        assertEquals(List.of("NATO Harbor Shield Partnership=NATO Harbor Shield Partnership:ORGANIZATION", "NATO=NATO:ORGANIZATION"),
                found("It joined the NATO Harbor Shield Partnership.", "NATO Harbor Shield Partnership", "ORGANIZATION", 0.7));
        assertEquals(List.of("Swedish Coastal Troops=Swedish Coastal Troops:ORGANIZATION", "Swedish=Sweden:COUNTRY"),
                found("Swedish Coastal Troops landed.", "Swedish Coastal Troops", "ORGANIZATION", 0.7));
        // a word the document also writes on its own: the model's name is not taken whole
        assertEquals(List.of("Malta=Malta:COUNTRY", "Ferries=Ferries:ORGANIZATION"),
                found("Malta Ferries said so. Ferries denied it.", "Malta Ferries", "ORGANIZATION", 0.7));
    }

    @Test
    void aKnownWordRightBeforeTheModelsNameIsPartOfIt() {
        assertEquals(List.of("Swedish Harbor Office=Swedish Harbor Office:ORGANIZATION", "Swedish=Sweden:COUNTRY"),
                found("Swedish Harbor Office staff left.", "Harbor Office", "ORGANIZATION", 0.7));
    }

    @Test
    void aKnownPresidentsAdministrationCountsForThePresident() {
        assertEquals(List.of("Biden=Joe Biden:PERSON"),
                found("The Biden Administration acted.", "Biden Administration", "ORGANIZATION", 0.7));
    }
}
