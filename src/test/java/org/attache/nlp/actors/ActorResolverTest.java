package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;
import org.attache.model.TextSpan;
import org.attache.nlp.EntityTagger;
import org.attache.nlp.NamedEntity;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    /** Expected mention: offsets, covered text, actor, type. */
    private record M(int start, int end, String text, String actor, ActorType type) {
    }

    private static M m(int start, int end, String text, String actor, ActorType type) {
        return new M(start, end, text, actor, type);
    }

    private static List<Mention> find(String text, EntityTagger tagger) {
        List<Mention> found = new ActorResolver(GAZETTEER, Optional.ofNullable(tagger)).find(text, List.of());
        Invariants.check(text, found);
        return found;
    }

    private static void assertMentions(String text, M... expected) {
        assertMentions(text, null, expected);
    }

    private static void assertMentions(String text, EntityTagger tagger, M... expected) {
        List<M> got = new ArrayList<>();
        for (Mention x : find(text, tagger)) {
            got.add(new M(x.span().start(), x.span().end(), x.text(), x.actor(), x.type()));
        }
        assertEquals(List.of(expected), got, text);
    }

    /** A tagger that finds these entities in any text. */
    private static EntityTagger tags(NamedEntity... entities) {
        return (text, sentences) -> List.of(entities);
    }

    private static NamedEntity ne(int start, int end, String type, double probability) {
        return new NamedEntity(new TextSpan(start, end), type, probability);
    }

    private static final ActorType C = ActorType.COUNTRY;
    private static final ActorType O = ActorType.ORGANIZATION;
    private static final ActorType P = ActorType.PERSON;
    private static final ActorType L = ActorType.LOCATION;

    @Test
    void usOnlyInCapitals() {
        assertMentions("The US told us so.", m(4, 6, "US", "United States", C));
        assertMentions("Let us go.");
    }

    @Test
    void dottedAcronymAndFullName() {
        assertMentions("U.S. officials", m(0, 4, "U.S.", "United States", C));
        assertMentions("It fell to the United States.", m(15, 28, "United States", "United States", C));
        assertMentions("In the USA", m(7, 10, "USA", "United States", C));
    }

    @Test
    void possessivesStayOutOfTheSpan() {
        assertMentions("Russia's war", m(0, 6, "Russia", "Russia", C));
        assertMentions("Russia\u2019s war", m(0, 6, "Russia", "Russia", C));
        assertMentions("NATO's role", m(0, 4, "NATO", "NATO", O));
    }

    @Test
    void demonymsCountForTheCountry() {
        assertMentions("Russian aggression", m(0, 7, "Russian", "Russia", C));
        assertMentions("Many Russians fled.", m(5, 13, "Russians", "Russia", C));
    }

    @Test
    void nestedNamesCountForTheContainedActor() {
        assertMentions("at the NATO Summit", m(7, 11, "NATO", "NATO", O));
        assertMentions("NATO Cyber Rapid Reaction teams", m(0, 4, "NATO", "NATO", O));
        assertMentions("the Russian Defense Ministry said", m(4, 11, "Russian", "Russia", C));
    }

    @Test
    void aKnownOrganisationKeepsItsLongerName() {
        assertMentions("the North Atlantic Treaty Organization",
                m(4, 38, "North Atlantic Treaty Organization", "NATO", O));
        assertMentions("USA Today reported", m(0, 9, "USA Today", "USA Today", O));
    }

    @Test
    void aCountryBeforeItsOwnAgencyCountsToo() {
        assertMentions("the U.S. State Department",
                m(4, 25, "U.S. State Department", "State Department", O),
                m(4, 8, "U.S.", "United States", C));
    }

    @Test
    void theAllianceOnlyWithACapital() {
        assertMentions("The Alliance agreed.", m(4, 12, "Alliance", "NATO", O));
        assertMentions("We support the Alliance and our Alliance.",
                m(15, 23, "Alliance", "NATO", O), m(32, 40, "Alliance", "NATO", O));
        assertMentions("an alliance of the willing; the alliance held");
    }

    @Test
    void placesAreLocationsNotActors() {
        assertMentions("Leaders met in Brussels.", m(15, 23, "Brussels", "Brussels", L));
        assertMentions("Moscow said no.", m(0, 6, "Moscow", "Moscow", L));
    }

    @Test
    void surnameAfterTheFullName() {
        String text = "Jens Stoltenberg arrived. Stoltenberg said more.";
        assertMentions(text, m(0, 16, "Jens Stoltenberg", "Jens Stoltenberg", P),
                m(26, 37, "Stoltenberg", "Jens Stoltenberg", P));
        assertEquals(MentionSource.COREFERENCE, find(text, null).get(1).source());
    }

    @Test
    void titleAndSurnameAfterTheFullName() {
        String text = "Joe Biden spoke. Later President Biden and Mr. Biden left.";
        assertMentions(text, m(0, 9, "Joe Biden", "Joe Biden", P), m(33, 38, "Biden", "Joe Biden", P),
                m(47, 52, "Biden", "Joe Biden", P));
    }

    @Test
    void ambiguousSurnameNeedsTheFullName() {
        assertMentions("Bush said no.");
        assertMentions("George W. Bush said no. Bush left.", m(0, 14, "George W. Bush", "George W. Bush", P),
                m(24, 28, "Bush", "George W. Bush", P));
    }

    @Test
    void distinctiveSurnameWithoutTheFullName() {
        assertMentions("Putin said no.", m(0, 5, "Putin", "Vladimir Putin", P));
    }

    @Test
    void anotherFirstNameMakesAnotherPerson() {
        assertMentions("Joe Biden came. Hunter Biden stayed.", m(0, 9, "Joe Biden", "Joe Biden", P));
    }

    @Test
    void surnameThatIsACommonWordNeedsATitle() {
        assertMentions("Theresa May left in May. Mrs May returned.",
                m(0, 11, "Theresa May", "Theresa May", P), m(29, 32, "May", "Theresa May", P));
    }

    @Test
    void phrasesThatOnlyContainAName() {
        assertMentions("Native Americans and African Americans");
        assertMentions("the Indian Ocean", m(4, 16, "Indian Ocean", "Indian Ocean", L));
    }

    @Test
    void shoutedHeadlineDoesNotReadUsAsTheUnitedStates() {
        assertMentions("LET US BE CLEAR ABOUT THIS\n\nThe US agreed.", m(32, 34, "US", "United States", C));
    }

    @Test
    void modelNamesTheGazetteerDoesNotKnow() {
        String text = "U.S. Ambassador Gordon Sondland testified. Ambassador Sondland said Burisma paid.";
        EntityTagger tagger = tags(
                ne(0, 31, NamedEntity.PERSON, 0.9),
                ne(68, 75, NamedEntity.ORGANIZATION, 0.8));
        assertMentions(text, tagger, m(0, 4, "U.S.", "United States", C),
                m(16, 31, "Gordon Sondland", "Gordon Sondland", P),
                m(54, 62, "Sondland", "Gordon Sondland", P),
                m(68, 75, "Burisma", "Burisma", O));
        List<Mention> found = find(text, tagger);
        assertEquals(MentionSource.MODEL, found.get(1).source());
        assertEquals(MentionSource.COREFERENCE, found.get(2).source());
        assertEquals(0.72, found.get(3).confidence(), 1e-9);
    }

    @Test
    void aFirstNameAloneIsTheOnePersonOfTheDocumentWithThatFirstName() {
        String text = "Mark Rutte met Joe Biden. Mark has done good work.";
        EntityTagger tagger = tags(ne(26, 30, NamedEntity.PERSON, 0.9));
        assertMentions(text, tagger, m(0, 10, "Mark Rutte", "Mark Rutte", P),
                m(15, 24, "Joe Biden", "Joe Biden", P),
                m(26, 30, "Mark", "Mark Rutte", P));
        assertEquals(MentionSource.COREFERENCE, find(text, tagger).get(2).source());
        String two = "Mark Rutte met Mark Carney. Mark spoke.";
        EntityTagger other = tags(ne(28, 32, NamedEntity.PERSON, 0.9));
        assertEquals(2, find(two, other).size(), "two people named Mark: no guess, and a lone first name is no actor");
    }

    @Test
    void aSingleCapitalisedWordTheDocumentAlsoWritesInLowerCaseIsNoName() {
        String text = "Women in Defence met today. Many women serve.";
        EntityTagger tagger = tags(ne(0, 5, NamedEntity.ORGANIZATION, 0.9));
        assertMentions(text, tagger);
    }

    @Test
    void modelEntitiesThatAreNotNamesAreDropped() {
        String text = "The Allies met on Monday in the north of Kyiv.";
        EntityTagger tagger = tags(
                ne(4, 10, NamedEntity.ORGANIZATION, 0.9),
                ne(18, 24, NamedEntity.PERSON, 0.9),
                ne(32, 37, NamedEntity.LOCATION, 0.9),
                ne(41, 45, NamedEntity.LOCATION, 0.9));
        assertMentions(text, tagger, m(41, 45, "Kyiv", "Kyiv", L));
    }

    @Test
    void modelSpellingOfAKnownActorResolvesToItsCanonicalName() {
        String text = "Officials of the Nato alliance.";
        EntityTagger tagger = tags(ne(17, 21, NamedEntity.ORGANIZATION, 0.9));
        assertMentions(text, tagger, m(17, 21, "Nato", "NATO", O));
    }

    @Test
    void modelPlaceIsALocation() {
        String text = "The convoy reached Narathiwat on Sunday.";
        EntityTagger tagger = tags(ne(19, 29, NamedEntity.LOCATION, 0.7));
        assertMentions(text, tagger, m(19, 29, "Narathiwat", "Narathiwat", L));
    }

    @Test
    void modelPersonThatIsAKnownSurnameTakesTheFullName() {
        String text = "Biden spoke first.";
        EntityTagger tagger = tags(ne(0, 5, NamedEntity.PERSON, 0.9));
        assertMentions(text, tagger, m(0, 5, "Biden", "Joe Biden", P));
        assertMentions(text);
    }

    @Test
    void aKnownSurnameIsFirstTheDocumentsOwnPersonOfThatName() {
        // Scott Morrison is in the gazetteer; this document names another Morrison in full
        String text = "Ada Morrison spoke on Tuesday. Later, Morrison added a point.";
        EntityTagger tagger = tags(ne(0, 12, NamedEntity.PERSON, 0.8),
                ne(38, 46, NamedEntity.PERSON, 0.7));
        assertMentions(text, tagger, m(0, 12, "Ada Morrison", "Ada Morrison", P),
                m(38, 46, "Morrison", "Ada Morrison", P));
        String alone = "Later, Morrison added a point.";
        EntityTagger once = tags(ne(7, 15, NamedEntity.PERSON, 0.7));
        assertMentions(alone, once, m(7, 15, "Morrison", "Scott Morrison", P));
    }

    @Test
    void aFullNameWrittenAgainIsFoundWhereTheModelMissedIt() {
        String text = "Anna Kowalczyk arrived. Later Anna Kowalczyk's aide spoke.";
        EntityTagger tagger = tags(ne(0, 14, NamedEntity.PERSON, 0.8));
        assertMentions(text, tagger, m(0, 14, "Anna Kowalczyk", "Anna Kowalczyk", P),
                m(30, 44, "Anna Kowalczyk", "Anna Kowalczyk", P));
        assertEquals(MentionSource.COREFERENCE, find(text, tagger).get(1).source());
    }

    @Test
    void aPersonsNameGoesOnThroughAMiddleInitial() {
        String text = "Lena K. Osterholm, a fellow, spoke. Osterholm left.";
        for (int end : new int[] {6, 7}) { // the name finder stopped at the initial, with or without its dot
            EntityTagger tagger = tags(new NamedEntity(new TextSpan(0, end), NamedEntity.PERSON, 0.8));
            assertMentions(text, tagger, m(0, 17, "Lena K. Osterholm", "Lena K. Osterholm", P),
                    m(36, 45, "Osterholm", "Lena K. Osterholm", P));
        }
        String sentenceEnd = "The report was by Lena K. The next one is due.";
        EntityTagger tagger = tags(ne(18, 24, NamedEntity.PERSON, 0.8));
        assertEquals("Lena K", find(sentenceEnd, tagger).get(0).actor(), "\"The\" is no surname");
    }

    @Test
    void aNameGoesOnThroughAHyphenBeforeACapital() {
        String text = "Leaders of the Rivo-PL party met. A Rivo-based firm did not.";
        EntityTagger tagger = tags(ne(15, 19, NamedEntity.ORGANIZATION, 0.8),
                ne(36, 40, NamedEntity.ORGANIZATION, 0.8));
        assertMentions(text, tagger, m(15, 22, "Rivo-PL", "Rivo-PL", O), m(36, 40, "Rivo", "Rivo", O));
    }

    @Test
    void aHeadlinesVerbAfterANameIsNotPartOfIt() {
        String text = "Putin Says Allies Must Wait\n\nVladimir Putin spoke.";
        EntityTagger tagger = tags(ne(0, 10, NamedEntity.PERSON, 0.6));
        assertMentions(text, tagger, m(0, 5, "Putin", "Vladimir Putin", P),
                m(29, 43, "Vladimir Putin", "Vladimir Putin", P));
    }

    @Test
    void postsAndLabelsAreNotActors() {
        EntityTagger defense = tags(ne(0, 7, NamedEntity.ORGANIZATION, 0.6),
                ne(18, 31, NamedEntity.PERSON, 0.8));
        assertMentions("Defense Secretary Ashley Brandt spoke.", defense,
                m(18, 31, "Ashley Brandt", "Ashley Brandt", P));
        EntityTagger step = tags(ne(0, 4, NamedEntity.PERSON, 0.7));
        assertMentions("Step 1 - Back up your data", step);
        EntityTagger adviser = tags(ne(4, 26, NamedEntity.ORGANIZATION, 0.7));
        assertMentions("The National Cyber Adviser met them.", adviser);
        EntityTagger plan = tags(ne(4, 33, NamedEntity.ORGANIZATION, 0.7));
        assertMentions("The Coastal Readiness Action Plan was adopted.", plan);
    }

    @Test
    void twoPiecesOfOnePersonsNameAreJoined() {
        String text = "Florida Rep. Dana Wilcox Ferreira resigned.";
        EntityTagger tagger = tags(ne(8, 11, NamedEntity.LOCATION, 0.6),
                ne(13, 17, NamedEntity.PERSON, 0.8),
                ne(25, 33, NamedEntity.PERSON, 0.5));
        assertMentions(text, tagger, m(0, 7, "Florida", "Florida", L),
                m(13, 33, "Dana Wilcox Ferreira", "Dana Wilcox Ferreira", P));
        String list = "Dana met Ferreira, Wilcox and Ortiz.";
        EntityTagger apart = tags(ne(0, 4, NamedEntity.PERSON, 0.8),
                ne(9, 17, NamedEntity.PERSON, 0.8));
        assertTrue(find(list, apart).stream().noneMatch(m -> m.text().contains(" met ")), "a verb between them: two people");
        assertEquals("Ferreira", find(list, apart).get(find(list, apart).size() - 1).actor());
    }

    @Test
    void aKnownPersonsSurnameStandsForThemWhenTheDocumentNamesThemToo() {
        String both = "Joe Biden spoke. Ellen Biden was there. Biden said no.";
        EntityTagger tagger = tags(ne(17, 28, NamedEntity.PERSON, 0.8));
        assertMentions(both, tagger, m(0, 9, "Joe Biden", "Joe Biden", P), m(17, 28, "Ellen Biden", "Ellen Biden", P),
                m(40, 45, "Biden", "Joe Biden", P));
        String namesake = "Ellen Biden was there. Biden said no.";
        EntityTagger only = tags(ne(0, 11, NamedEntity.PERSON, 0.8));
        assertMentions(namesake, only, m(0, 11, "Ellen Biden", "Ellen Biden", P), m(23, 28, "Biden", "Ellen Biden", P));
    }

    @Test
    void anOrganisationKeepsTheActorItsNameStartsWithAndItsWholeName() {
        String text = "Russian Defense Ministry officials met.";
        EntityTagger tagger = tags(ne(0, 24, NamedEntity.ORGANIZATION, 0.8));
        assertMentions(text, tagger, m(0, 24, "Russian Defense Ministry", "Russian Defense Ministry", O),
                m(0, 7, "Russian", "Russia", C));
        String treaty = "The Russian Treaty was signed.";
        EntityTagger one = tags(ne(4, 18, NamedEntity.ORGANIZATION, 0.8));
        assertTrue(find(treaty, one).stream().noneMatch(x -> x.actor().equals("Russian Treaty")),
                "not an organisation's name: the rest is one word, not ending like one");
    }

    @Test
    void anAcronymOfAnOrganisationNamedInFullIsThatOrganisation() {
        String text = "The Kestrel Valley Defense Group (KVDG) said KVDG would act.";
        EntityTagger tagger = tags(ne(4, 32, NamedEntity.ORGANIZATION, 0.8),
                ne(34, 38, NamedEntity.ORGANIZATION, 0.7),
                ne(45, 49, NamedEntity.ORGANIZATION, 0.7));
        assertMentions(text, tagger, m(4, 32, "Kestrel Valley Defense Group", "Kestrel Valley Defense Group", O),
                m(34, 38, "KVDG", "Kestrel Valley Defense Group", O), m(45, 49, "KVDG", "Kestrel Valley Defense Group", O));
    }

    @Test
    void actorsInsideALongerKnownNameCountToo() {
        assertMentions("Fighters of al-Qaeda in Iraq claimed the attack.",
                m(12, 28, "al-Qaeda in Iraq", "al-Qaeda in Iraq", O), m(12, 20, "al-Qaeda", "al-Qaeda", O),
                m(24, 28, "Iraq", "Iraq", C));
    }

    @Test
    void aPersonsNameTaggedWithAKnownOrganisationIsStillAPerson() {
        String text = "The envoy to the European Union Anna Kowalczyk spoke. Kowalczyk left early.";
        EntityTagger tagger = tags(ne(17, 46, NamedEntity.ORGANIZATION, 0.6),
                ne(54, 63, NamedEntity.LOCATION, 0.5));
        assertMentions(text, tagger, m(17, 31, "European Union", "European Union", O),
                m(32, 46, "Anna Kowalczyk", "Anna Kowalczyk", P), m(54, 63, "Kowalczyk", "Anna Kowalczyk", P));
    }
}
