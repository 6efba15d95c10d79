package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.attache.model.BlockQuote;
import org.attache.model.SourceFormat;
import org.attache.model.TextSpan;
import org.junit.jupiter.api.Test;

/** The text-dump cleaner and the context rules of {@link MainTextSelector}, with exact offsets. */
class TextCleanerTest {

    private static final String BODY_1 = "NATO has issued a warning that a cyber-attack on any member could count as an armed attack.";
    private static final String BODY_2 = "The warning was issued in a joint communiqué at the end of last week’s summit in Brussels.";
    private static final String BODY_3 = "The statement did however go on to say that each attack would be taken case by case.";

    private static CleanedPage clean(String text) {
        CleanedPage page = new Cleaners().forFormat(SourceFormat.TEXT).clean(text, "site/page.txt");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    private static String ruleFor(CleanedPage page, String text) {
        return page.removals().stream().filter(r -> r.text().equals(text)).map(Removal::rule).findFirst().orElse("(kept)");
    }

    @Test
    void menusLogosAndFooterGoHeadlineStandfirstAndBodyStay() {
        String dump = String.join("\n", "Site logo in white", "Menu open icon", "tel: +44 (0) 121 393 4700", "",
                "Home", "", "What we do", "", "Contact", "",
                "NATO Warns Of Cyber Attacks", "", "Sun Jun 20 2021", "",
                "Allies are worried about increasingly aggressive cyber activity", "",
                BODY_1, "", BODY_2, "", "© Example Ltd 2021", "");
        CleanedPage page = clean(dump);
        assertEquals("NATO Warns Of Cyber Attacks\n\nAllies are worried about increasingly aggressive cyber activity\n\n"
                + BODY_1 + "\n\n" + BODY_2, page.text());
        assertEquals("NATO Warns Of Cyber Attacks", page.metadata().title());
        assertEquals("2021-06-20", page.metadata().date());
        assertEquals("Example", page.metadata().publisher());
        assertEquals("alt-text", ruleFor(page, "Menu open icon"));
        assertEquals("contact", ruleFor(page, "tel: +44 (0) 121 393 4700"));
        assertEquals("menu", ruleFor(page, "What we do"));
        assertEquals("dateline", ruleFor(page, "Sun Jun 20 2021"));
        assertEquals("copyright", ruleFor(page, "© Example Ltd 2021"));
        assertEquals(List.of(new TextSpan(0, 27), new TextSpan(29, 92), new TextSpan(94, 94 + BODY_1.length()),
                new TextSpan(96 + BODY_1.length(), 96 + BODY_1.length() + BODY_2.length())), page.paragraphs());
    }

    @Test
    void pullQuoteMarksBecomeABlockQuoteWithItsAttribution() {
        String quote = "China has become a new strategic consideration for NATO but we do not want a new Cold War.";
        String dump = String.join("\n", "Headline Of The Story", "", BODY_1, "", "open quote mark", "", quote, "",
                "Boris Johnson – Prime Minister, UK", "", "close quote mark", "", BODY_2, "");
        CleanedPage page = clean(dump);
        String expected = "Headline Of The Story\n\n" + BODY_1 + "\n\n" + quote + "\n\nBoris Johnson – Prime Minister, UK\n\n" + BODY_2;
        assertEquals(expected, page.text());
        int quoteStart = expected.indexOf(quote);
        int attributionStart = expected.indexOf("Boris Johnson");
        assertEquals(List.of(new BlockQuote(new TextSpan(quoteStart, quoteStart + quote.length()),
                Optional.of(new TextSpan(attributionStart, attributionStart + "Boris Johnson – Prime Minister, UK".length())))),
                page.blockQuotes());
        assertEquals("quote-mark", ruleFor(page, "open quote mark"));
        assertEquals("quote-mark", ruleFor(page, "close quote mark"));
    }

    @Test
    void cookieBannersAndAccordionHeadersWithoutBodyGo() {
        String dump = String.join("\n", "Cyber defence", "", "Last updated: 28 May. 2018 16:29", "", BODY_1 + " " + BODY_2, "",
                "This website uses cookies to ensure we can provide you with the best browsing experience.", "",
                "Highlights", "", "- " + BODY_3, "- " + BODY_1, "", "More background information", "",
                "✓ Principal activities", "", "✓ Governance", "");
        CleanedPage page = clean(dump);
        assertEquals("Cyber defence\n\n" + BODY_1 + " " + BODY_2 + "\n\nHighlights\n\n- " + BODY_3 + "\n\n- " + BODY_1, page.text());
        assertEquals("2018-05-28", page.metadata().date());
        assertEquals("cookie-consent", ruleFor(page, "This website uses cookies to ensure we can provide you with the best browsing experience."));
        assertEquals("accordion-toggle", ruleFor(page, "✓ Governance"));
        assertTrue(ruleFor(page, "More background information").matches("after-main-text|heading-without-body"));
    }

    @Test
    void hardWrappedTextBrowserDumpIsJoinedAndRelatedTeasersDropped() {
        String dump = String.join("\n",
                "   The Paper", "     * News", "     * Sport", "     * Business", "     * Money", "",
                "Baltic drills: Estonia and Latvia 'ready to host more troops',",
                "as ministers meet in Tallinn", "",
                "     * Our Defence Staff", "", "   3 March 2022 • 9:40am", "",
                "   Defence ministers from Estonia, Latvia and Lithuania said on Thursday",
                "   that their countries were ready to host more allied troops, and asked",
                "   for air defence systems to be moved to the region within weeks.", "",
                "   The ministers are meeting in Tallinn ahead of a summit at which leaders",
                "   are expected to agree a larger presence on the eastern flank.", "",
                "   A soldier stands beside a howitzer during an exercise near Tapa",
                "   A soldier stands beside an armoured vehicle near Tapa Credit: Reuters", "",
                "   Officials would not say how many troops each country could host, but",
                "   said barracks and training areas were being prepared for them.", "",
                "Related Topics", "", "     * Estonia", "     * Europe", "     * Defence", "",
                "   (BUTTON) Show comments", "");
        CleanedPage page = clean(dump);
        assertEquals("Baltic drills: Estonia and Latvia 'ready to host more troops', as ministers meet in Tallinn",
                page.metadata().title());
        assertEquals("2022-03-03", page.metadata().date());
        assertTrue(page.text().startsWith(page.metadata().title() + "\n\nDefence ministers from Estonia, Latvia and Lithuania said on Thursday that"));
        assertTrue(page.text().endsWith("being prepared for them."));
        assertFalse(page.text().contains("stands beside"), page.text());
        assertFalse(page.text().contains("Defence Staff"));
        assertEquals("byline", ruleFor(page, "Our Defence Staff"));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("caption") && r.text().contains("howitzer")));
        assertEquals(4, page.paragraphs().size());
    }

    @Test
    void aCleanArticleKeepsEveryLineAndReadsItsHeadline() {
        String text = "Senator calls for sanctions on Iran; \nMember of Senate committee says allies must keep Tehran out of shipping lanes.\n\n"
                + BODY_1 + "\n\n" + BODY_2 + "\n";
        CleanedPage page = clean(text);
        assertEquals("Senator calls for sanctions on Iran", page.metadata().title());
        assertEquals("Senator calls for sanctions on Iran;\n\nMember of Senate committee says allies must keep Tehran out of shipping lanes.\n\n"
                + BODY_1 + "\n\n" + BODY_2, page.text());
    }

    @Test
    void aOneLineStatementSurvivesEvenWithLongChromeAround() {
        String text = String.join("\n", "Home", "About", "Press", "Contact", "",
                "NATO condemns the attack.", "",
                "This website uses cookies to ensure we can provide you with the best browsing experience.", "",
                "© NATO 2024", "");
        assertEquals("NATO condemns the attack.", clean(text).text());
    }

    @Test
    void emptyAndBlankInputGiveEmptyPages() {
        assertEquals("", clean("").text());
        assertEquals("", clean("\n\n   \n").text());
        assertTrue(clean("").paragraphs().isEmpty());
    }

    @Test
    void aSentenceCaseFirstLineIsTheHeadlineAndAHeadlineKeepsItsDateline() {
        CleanedPage first = clean("Leaders weigh plans for closer military coordination.\n\n"
                + "After the vote, the bloc aims to rely less on outside support for its defence.\n\n"
                + "European leaders gathered on Friday to discuss the challenges facing their continent after the vote, "
                + "offering broad new defence efforts amid growing concerns about their dependence on allies.\n");
        assertEquals("Leaders weigh plans for closer military coordination", first.metadata().title().replaceAll("\\.$", ""));
        CleanedPage dated = clean("Home\n\nWorld\n\nPolitics\n\n"
                + "Ministers reject the proposal\n\nTallinn, 5 April 2023\n\nShare\n\n"
                + "Ministers reject the proposal\n\nA photo of the ministers at the table\n\n"
                + "Defence ministers on Wednesday rejected a proposal to move the headquarters, saying the current site "
                + "served the alliance well and that a move would cost too much.\n");
        assertEquals("Ministers reject the proposal", dated.metadata().title());
        assertEquals("2023-04-05", dated.metadata().date());
    }
}
