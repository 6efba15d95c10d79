package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.model.ActorType;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer SHIPPED = Gazetteer.load();

    /** The 193 member states of the United Nations, by the canonical names the gazetteer uses. */
    private static final List<String> UN_MEMBERS = List.of(
            "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
            "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
            "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana",
            "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada",
            "Cape Verde", "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros",
            "DR Congo", "Republic of the Congo", "Costa Rica", "Ivory Coast", "Croatia", "Cuba", "Cyprus",
            "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
            "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
            "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada",
            "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland",
            "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
            "Kazakhstan", "Kenya", "Kiribati", "North Korea", "South Korea", "Kuwait", "Kyrgyzstan", "Laos",
            "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg",
            "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania",
            "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
            "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua",
            "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
            "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania",
            "Russia", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines",
            "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
            "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
            "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
            "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago",
            "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
            "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam",
            "Yemen", "Zambia", "Zimbabwe"
    );

    private static final String HEADER = "canonical\ttype\taliases\tacronyms\tdemonyms\tshort\tmetonym_of\tnotes\n";

    @Test
    void everyUnMemberObserverTaiwanAndKosovoIsACountry() {
        assertEquals(193, UN_MEMBERS.size());
        assertEquals(193, new HashSet<>(UN_MEMBERS).size());
        List<String> all = new ArrayList<>(UN_MEMBERS);
        all.addAll(List.of("Holy See", "Palestine", "Taiwan", "Kosovo"));
        for (String country : all) {
            assertEquals(Optional.of(ActorType.COUNTRY), SHIPPED.typeOf(country), country);
        }
    }

    @Test
    void shippedFileLoadsWithEveryTypeAndSeveralHundredRows() {
        Map<EntryType, Integer> byType = new EnumMap<>(EntryType.class);
        for (ActorEntry e : SHIPPED.entries()) {
            byType.merge(e.type(), 1, Integer::sum);
        }
        assertTrue(SHIPPED.entries().size() > 800, "rows: " + SHIPPED.entries().size());
        assertTrue(byType.get(EntryType.ORGANIZATION) > 300);
        assertTrue(byType.get(EntryType.PERSON) > 200);
        assertTrue(byType.get(EntryType.LOCATION) > 150);
        assertEquals("actors.tsv", SHIPPED.name());
        assertEquals(64, SHIPPED.sha256().length());
    }

    @Test
    void noFormOfTheShippedFileLeadsToTwoActors() {
        // the loader refuses conflicts; check it again from outside, over the folded forms
        Map<String, String> owner = new HashMap<>();
        for (ActorEntry e : SHIPPED.entries()) {
            for (Alias a : e.aliases()) {
                if (a.kind() == AliasKind.SHORT && a.scope() != ShortScope.GLOBAL) {
                    continue;
                }
                String key = a.kind() == AliasKind.ACRONYM ? "=" + a.text() : GazetteerReader.keyOf(a.text());
                String before = owner.putIfAbsent(key, e.canonical());
                assertTrue(before == null || before.equals(e.canonical()),
                        a.text() + " of " + e.canonical() + " also of " + before);
            }
        }
    }

    @Test
    void canonicalLookupForSearchFilters() {
        assertEquals(Optional.of("United States"), SHIPPED.canonical("USA"));
        assertEquals(Optional.of("United States"), SHIPPED.canonical("usa"));
        assertEquals(Optional.of("United States"), SHIPPED.canonical("U.S."));
        assertEquals(Optional.of("United States"), SHIPPED.canonical("united states"));
        assertEquals(Optional.of("NATO"), SHIPPED.canonical("Nato"));
        assertEquals(Optional.of("Russia"), SHIPPED.canonical("Russian Federation"));
        assertEquals(Optional.of("Vladimir Putin"), SHIPPED.canonical("Putin"));
        assertEquals(Optional.of("Joe Biden"), SHIPPED.canonical("Biden"));
        assertEquals(Optional.of("Recep Tayyip Erdoğan"), SHIPPED.canonical("Erdogan"));
        assertEquals(Optional.empty(), SHIPPED.canonical("Bush"), "two presidents");
        assertEquals(Optional.empty(), SHIPPED.canonical("Native American"), "IGNORE phrase");
        assertEquals(Optional.empty(), SHIPPED.canonical("nonexistent thing"));
        assertEquals(Optional.of("Moscow"), SHIPPED.canonical("Moscow"));
        assertEquals(Optional.of(ActorType.LOCATION), SHIPPED.typeOf("Moscow"));
        assertEquals(Optional.of("Russia"), SHIPPED.entry("Moscow").flatMap(ActorEntry::metonymOf));
        assertEquals(Optional.of(ActorType.ORGANIZATION), SHIPPED.typeOf("svr"));
    }

    @Test
    void actorsFrontDoorExposesTheSameGazetteer() {
        Actors actors = Actors.of(SHIPPED, null);
        assertEquals(Optional.of("United Kingdom"), actors.canonical("UK"));
        assertEquals(Optional.of(ActorType.PERSON), actors.typeOf("Jens Stoltenberg"));
        assertEquals(SHIPPED.sha256(), actors.sha256());
        assertFalse(actors.newRecognizer().find("NATO", List.of()).isEmpty());
    }

    @Test
    void errorsNameTheFileAndTheLine() {
        GazetteerException e = assertThrows(GazetteerException.class,
                () -> Gazetteer.parse("test.tsv", HEADER + "NATO\tORGANIZATION\n# comment\nFoo\tTHING\n"));
        assertEquals("test.tsv:4: unknown type 'THING' (COUNTRY, ORGANIZATION, PERSON, LOCATION or IGNORE)", e.getMessage());
    }

    @Test
    void aFormOfTwoActorsIsRefused() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv",
                HEADER + "Georgia\tCOUNTRY\t\t\tGeorgian\nGeorgia State\tLOCATION\tgeorgia\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:3: 'georgia' of Georgia State is already a form of Georgia"),
                e.getMessage());
    }

    @Test
    void anAcronymSpeltLikeAnotherActorsNameIsRefused() {
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv",
                HEADER + "Us Group\tORGANIZATION\tUs\nUnited States\tCOUNTRY\t\tUS\n"));
        assertTrue(e.getMessage().startsWith("t.tsv:3: 'US' of United States"), e.getMessage());
    }

    @Test
    void otherFormatErrors() {
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", "name\ttype\n"), "bad header");
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tPERSON\tB||C\n"));
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tCOUNTRY\t\t\t\tSurname\n"));
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tLOCATION\t\t\t\t\tNowhere\n"));
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tCOUNTRY\nA\tPERSON\n"));
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tCOUNTRY\tB|B\n"));
        assertThrows(GazetteerException.class, () -> Gazetteer.parse("t.tsv", HEADER + "A\tCOUNTRY\t+B\n"));
        Set<String> ok = new HashSet<>();
        Gazetteer.parse("t.tsv", HEADER + "A\tCOUNTRY\n\n").entries().forEach(x -> ok.add(x.canonical()));
        assertEquals(Set.of("A"), ok);
    }
}
