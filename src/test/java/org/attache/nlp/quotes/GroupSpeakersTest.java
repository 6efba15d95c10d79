package org.attache.nlp.quotes;

import static org.attache.nlp.quotes.QuoteCheck.assertQuote;
import static org.attache.nlp.quotes.QuoteCheck.doc;
import static org.attache.nlp.quotes.QuoteCheck.find;
import static org.attache.nlp.quotes.QuoteCheck.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.Quote;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** Organisations, documents and offices as speakers: "it said", "the report says", "the IMF report", "the president". */
class GroupSpeakersTest {

    private static Mention named(String text, String name, String actor, ActorType type, boolean last) {
        int at = last ? text.lastIndexOf(name) : text.indexOf(name);
        return mention(text, at, at + name.length(), actor, type);
    }

    @Test
    void aDocumentSpeaksAndItPointsBackToIt() {
        String text = "The audit office published its findings on Monday. \u201CThe scheme was poorly run,\u201D the report "
                + "says. \u201CNobody checked the costs,\u201D it adds.";
        List<Quote> quotes = find(text);
        assertEquals(2, quotes.size());
        assertQuote(quotes.get(0), 52, 78, "report");
        assertEquals(new TextSpan(80, 90), quotes.get(0).speakerSpan());
        assertQuote(quotes.get(1), 98, 123, "report");
        assertNull(quotes.get(1).speakerSpan());
    }

    @Test
    void aDocumentOfAnOrganisationIsTheOrganisationsWords() {
        String text = "Growth will slow next year. \u201CThe outlook has darkened,\u201D the IMF report said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "IMF", "International Monetary Fund",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 29, 54, "International Monetary Fund");
        assertEquals("International Monetary Fund", quotes.get(0).speakerActor());
    }

    @Test
    void thePresidentIsNotTheVicePresident() {
        String text = "President Ana Ruiz met Vice President Tomas Berg on Friday. \u201CWe agree on the budget,\u201D Vice "
                + "President Tomas Berg said. \u201CThe talks went well,\u201D the president said.";
        List<Mention> people = List.of(named(text, "Ana Ruiz", "Ana Ruiz", ActorType.PERSON, false),
                named(text, "Tomas Berg", "Tomas Berg", ActorType.PERSON, false),
                named(text, "Tomas Berg", "Tomas Berg", ActorType.PERSON, true));
        List<Quote> quotes = find(doc(text), people);
        assertQuote(quotes.get(0), 61, 84, "Tomas Berg");
        assertQuote(quotes.get(1), 119, 139, "Ana Ruiz");
    }

    @Test
    void itWithoutAnOrganisationAsSubjectGoesToTheOrganisationNamed() {
        String text = "Passengers were stranded for hours after Norland Rail cancelled the last trains. \u201CWe are sorry "
                + "for the delays,\u201D it said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Norland Rail", "Norland Rail",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 82, 110, "Norland Rail");
        assertNull(quotes.get(0).speakerSpan());
    }

    @Test
    void aStatementIsTheWordsOfWhoeverIssuedIt() {
        String text = "The Harbour Trust said in a statement on Monday that the pier would close. \u201CSafety comes "
                + "first,\u201D the statement said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Harbour Trust", "Harbour Trust",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 76, 95, "the Harbour Trust"); // as the subject was written
    }

    @Test
    void aStatementNamedWithItsOwnerIsTheOwnersWords() {
        String text = "Valley Rowing Club\u2019s statement came late. \u201CWe regret the delay,\u201D the statement said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Valley Rowing Club", "Valley Rowing Club",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 43, 63, "Valley Rowing Club");
    }

    @Test
    void aStatementWithoutAnIssuerKeepsItsDescription() {
        String text = "The pier will close. \u201CSafety comes first,\u201D the statement said.";
        assertQuote(find(text).get(0), 22, 41, "statement");
    }

    @Test
    void aNameIsPrintedAsTheTextWritesItWhenFullerThanTheActor() {
        String text = "Mayor Ida de Winter spoke. De Winter called it a loss. \u201CWe mourn him,\u201D De Winter said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Winter", "Winter", ActorType.PERSON, true)));
        assertQuote(quotes.get(0), 56, 69, "De Winter");
    }

    @Test
    void aStatementSomeoneProvidedIsTheirs() {
        String text = "Ida Marsh provided a written statement on Friday. \u201CThe plan is sound,\u201D the statement said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Ida Marsh", "Ida Marsh", ActorType.PERSON, false)));
        assertQuote(quotes.get(0), 51, 69, "Ida Marsh");
    }

    @Test
    void aStatementNamedAfterAQuotationIsTheWordsOfThatCuesSubject() {
        String text = "\u201CWe never called him,\u201D the Harbour Board said in a statement. Talks ended. \u201CThe offer "
                + "is closed,\u201D the statement said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Harbour Board", "Harbour Board",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(1), 76, 96, "the Harbour Board");
    }

    @Test
    void describedKinds() {
        assertEquals(GroupCandidates.Kind.DOCUMENT, GroupCandidates.kindOf("report"));
        assertEquals(GroupCandidates.Kind.ORGANISATION, GroupCandidates.kindOf("ministry"));
        assertEquals(GroupCandidates.Kind.ORGANISATION, GroupCandidates.kindOf("newspaper"));
        assertEquals(GroupCandidates.Kind.ORGANISATION, GroupCandidates.kindOf("panel"));
        assertEquals(GroupCandidates.Kind.PERSON, GroupCandidates.kindOf("minister"));
    }

    @Test
    void theCompanyIsTheOrganisationJustNamed() {
        String text = "Velmar Foods recalled its soup on Monday. \u201CNo one has fallen ill,\u201D the company said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Velmar Foods", "Velmar Foods",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 43, 65, "Velmar Foods");
        assertEquals("Velmar Foods", quotes.get(0).speakerActor());
    }

    @Test
    void theNewspaperIsTheOneNamedAsASubjectNotAnOrganisationItWritesAbout() {
        String text = "A Harbour Gazette editorial urged the mayor to act.\n\nThe newspaper also criticised the Port "
                + "Authority. \u201CThe docks cannot wait,\u201D the newspaper wrote.";
        List<Mention> named = List.of(named(text, "Harbour Gazette", "Harbour Gazette", ActorType.ORGANIZATION, false),
                named(text, "Port Authority", "Port Authority", ActorType.ORGANIZATION, false));
        List<Quote> quotes = find(doc(text), named);
        assertQuote(quotes.get(0), 104, 126, "Harbour Gazette");
    }

    @Test
    void theNewspaperWithNoMediumNamedKeepsItsDescription() {
        String text = "The fund was run by Norvik Capital. \u201CThe losses were hidden,\u201D the newspaper wrote.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Norvik Capital", "Norvik Capital",
                ActorType.ORGANIZATION, false)));
        assertQuote(quotes.get(0), 37, 60, "newspaper");
    }

    @Test
    void aShortNameIsTheOrganisationNamedInFullBefore() {
        String text = "The Lakeside Herald broke the story. \u201CThe mayor knew,\u201D the Herald reported.";
        List<Mention> named = List.of(named(text, "The Lakeside Herald", "Lakeside Herald", ActorType.ORGANIZATION, false),
                named(text, "Herald", "Herald", ActorType.ORGANIZATION, true));
        List<Quote> quotes = find(doc(text), named);
        assertQuote(quotes.get(0), 38, 53, "Lakeside Herald");
        assertEquals("Lakeside Herald", quotes.get(0).speakerActor());
    }

    @Test
    void theCampaignIsTheCampaignOfThePersonItWasNamedFor() {
        String text = "Reporters asked the Ostrova campaign about the donors. \u201CAll gifts were legal,\u201D the campaign said.";
        List<Quote> quotes = find(doc(text), List.of(named(text, "Ostrova", "Lena Ostrova", ActorType.PERSON, false)));
        assertQuote(quotes.get(0), 56, 77, "Ostrova campaign");
    }
}
