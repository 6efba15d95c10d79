package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

class RolesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Roles ROLES = Roles.load();
    private static final String HEADER = "office\ttitles\tholder\tfrom\tto\tnotes\n";

    private static List<String> people(String text, String date, EntityTagger tagger) {
        Optional<LocalDate> d = date == null ? Optional.empty() : Optional.of(LocalDate.parse(date));
        List<Mention> found = new ActorResolver(GAZETTEER, ROLES, Optional.ofNullable(tagger)).find(text, List.of(), d);
        Invariants.check(text, found);
        List<String> out = new ArrayList<>();
        for (Mention m : found) {
            if (m.type() == ActorType.PERSON) {
                out.add(m.text() + "=" + m.actor());
            }
        }
        return out;
    }

    private static List<String> people(String text, String date) {
        return people(text, date, null);
    }

    @Test
    void holdersByDate() {
        assertEquals(List.of("Jens Stoltenberg"), ROLES.holders("NATO Secretary General", LocalDate.parse("2021-06-14")));
        assertEquals(List.of("Mark Rutte"), ROLES.holders("nato secretary general", LocalDate.parse("2025-06-24")));
        // the day of the hand-over belongs to the new holder
        assertEquals(List.of("Mark Rutte"), ROLES.holders("NATO Secretary General", LocalDate.parse("2024-10-01")));
        assertEquals(List.of(), ROLES.holders("NATO Secretary General", LocalDate.parse("1990-01-01")));
    }

    @Test
    void sharedSurnameAfterATitleIsTheHolderOnTheDocumentsDate() {
        assertEquals(List.of("Bush=George W. Bush"), people("President Bush flew to Kabul.", "2006-03-01"));
        assertEquals(List.of("Bush=George H. W. Bush"), people("President Bush flew to Kuwait.", "1991-03-01"));
        assertEquals(List.of("Bush=George H. W. Bush"), people("Vice President Bush met them.", "1985-05-02"));
        assertEquals(List.of("Johnson=Boris Johnson"), people("Prime Minister Johnson spoke.", "2020-04-01"));
        assertEquals(List.of("Johnson=Mike Johnson"), people("Speaker Johnson spoke.", "2024-04-01"));
        assertEquals(List.of("Brown=Charles Q. Brown"), people("Gen. Brown briefed them.", "2024-02-01"));
        assertEquals(List.of("Brown=Gordon Brown"), people("Prime Minister Brown arrived.", "2008-02-01"));
    }

    @Test
    void withoutADateOnlyAnOfficeOneOfThemEverHeldDecides() {
        assertEquals(List.of("Clinton=Hillary Clinton"), people("Secretary Clinton spoke.", null));
        assertEquals(List.of("Clinton=Bill Clinton"), people("President Clinton spoke.", null));
        assertEquals(List.of("Rice=Susan Rice"), people("Ambassador Rice voted.", null));
        assertEquals(List.of(), people("President Bush spoke.", null)); // two presidents of that name
        // a date when neither was in office: the title still tells them apart
        assertEquals(List.of("Clinton=Bill Clinton"), people("Former President Clinton spoke.", "2015-01-05"));
    }

    @Test
    void aTitleAloneIsNoMentionOfThePerson() {
        // the guidelines count people by name: "the Secretary General" alone is not Jens Stoltenberg
        assertEquals(List.of(), people("The NATO Secretary General opened the meeting.", "2021-06-14"));
    }

    @Test
    void aFirstNameAndSurnameSeveralKnownPeopleShareIsTheOneInOffice() {
        String text = "George Bush spoke on Monday.";
        EntityTagger tagger = (t, s) -> List.of(new NamedEntity(new TextSpan(0, 11), NamedEntity.PERSON, 0.9));
        assertEquals(List.of("George Bush=George W. Bush"), people(text, "2008-04-01", tagger));
        assertEquals(List.of("George Bush=George Bush"), people(text, null, tagger));
    }

    @Test
    void badRowsNameFileAndLine() {
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> Roles.parse("r.tsv", HEADER + "Chief\tChief\tAnna Example\t2020-13-01\t\t\n"));
        assertTrue(e.getMessage().startsWith("r.tsv:2: 'from' must be a date"), e.getMessage());
        e = assertThrows(GazetteerException.class,
                () -> Roles.parse("r.tsv", HEADER + "# x\nChief\tChief\tAnna Example\t2020-01-01\t2019-01-01\t\n"));
        assertTrue(e.getMessage().startsWith("r.tsv:3: 'to'"), e.getMessage());
        e = assertThrows(GazetteerException.class, () -> Roles.parse("r.tsv", HEADER + "Chief\t\tAnna Example\t2020-01-01\t\t\n"));
        assertTrue(e.getMessage().startsWith("r.tsv:2:"), e.getMessage());
        e = assertThrows(GazetteerException.class, () -> Roles.parse("r.tsv", "office\tholder\n"));
        assertTrue(e.getMessage().startsWith("r.tsv:1: header"), e.getMessage());
    }

    @Test
    void shippedHoldersArePeopleOfTheGazetteerAndTermsOfOneOfficeDoNotOverlap() {
        Map<String, List<Roles.Term>> byOffice = new HashMap<>();
        for (Roles.Term t : ROLES.terms()) {
            assertEquals(Optional.of(ActorType.PERSON), GAZETTEER.typeOf(t.holder()), "line " + t.line() + ": " + t.holder());
            byOffice.computeIfAbsent(t.office(), k -> new ArrayList<>()).add(t);
        }
        for (List<Roles.Term> terms : byOffice.values()) {
            for (int k = 1; k < terms.size(); k++) {
                Roles.Term before = terms.get(k - 1);
                Roles.Term after = terms.get(k);
                assertTrue(before.to().isPresent() && !after.from().isBefore(before.to().get()),
                        "line " + after.line() + ": " + after.office() + " overlaps line " + before.line());
            }
        }
        assertTrue(ROLES.terms().size() > 250, "offices loaded: " + ROLES.terms().size());
    }
}
