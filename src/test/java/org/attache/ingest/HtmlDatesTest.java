package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Publication dates chosen among the candidates of invented pages. */
class HtmlDatesTest {

    private static final String P1 = "Ministers met in the capital on Tuesday to agree the wording of a joint statement on air defence.";
    private static final String P2 = "Officials said the text would be published after every delegation had approved the final draft.";

    private static CleanedPage clean(String head, String body) {
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.HTML).clean(html, "site/page.html");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    @Test
    void theDateShownUnderTheHeadlineBeatsADifferentMetaDate() {
        CleanedPage page = clean("<title>Ministers agree statement</title><meta name=\"date\" content=\"2021-05-04\">",
                "<article><h1>Ministers agree statement</h1><div class=\"article-date\">29.04.2021, 12:01</div>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals("2021-04-29", page.metadata().date());
        assertTrue(page.candidates().stream().anyMatch(c -> c.source().startsWith("shown next to the headline")));
    }

    @Test
    void aStatedDateThatThePageAlsoShowsKeepsItsRank() {
        CleanedPage page = clean("<title>Ministers agree statement</title>"
                        + "<meta property=\"article:published_time\" content=\"2021-05-04T08:00:00+02:00\">",
                "<article><h1>Ministers agree statement</h1><div class=\"article-date\">5 May 2021</div>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p><time class=\"published\" datetime=\"2021-05-04\">4 May</time></article>");
        assertEquals("2021-05-04", page.metadata().date());
    }

    @Test
    void aKickerDateJustBeforeTheHeadlineIsReadWhenNoneFollows() {
        CleanedPage page = clean("<title>Ministers agree statement</title>",
                "<div class=\"kicker\"><p>24. April 2020 | Pressemitteilung</p></div>"
                        + "<main><h1>Ministers agree statement</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>");
        assertEquals("2020-04-24", page.metadata().date());
    }

    @Test
    void aDateInsideTheHeadlineIsAnEventNotThePageDate() {
        CleanedPage page = clean("<title>Results of the meeting of 19.5.2007</title>",
                "<main><h1>Results of the meeting of 19.5.2007</h1><p>" + P1 + "</p><p>Posted 20.05.2007</p><p>" + P2 + "</p></main>");
        assertEquals("2007-05-20", page.metadata().date());
    }

    @Test
    void theDateAfterThePublishedLabelIsTakenNotTheUpdateBeforeIt() {
        CleanedPage page = clean("<title>Ministers agree statement</title>",
                "<main><h1>Ministers agree statement</h1><p>" + P1 + "</p><p>" + P2 + "</p></main>"
                        + "<div class=\"page_footer\"><p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023<br>Aufrufe: 61</p></div>");
        assertEquals("2023-11-01", page.metadata().date());
    }

    @Test
    void anUpdateDateThatIsTheOnlyDateShownUnderTheHeadlineIsThePageDate() {
        CleanedPage page = clean("<title>Ministers agree statement</title>"
                        + "<script type=\"application/ld+json\">{\"datePublished\":\"2020-04-03T10:00:00Z\"}</script>",
                "<article><h1>Ministers agree statement</h1><div class=\"byline\"><span>Jane Invented</span> <span>Aktualisiert: 11.04.2020, 10:27</span></div>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals("2020-04-11", page.metadata().date());
    }

    @Test
    void anUpdateDateShownBesideTheStatedPublicationDateLeavesThePublicationDate() {
        CleanedPage page = clean("<title>Ministers agree statement</title>"
                        + "<script type=\"application/ld+json\">{\"datePublished\":\"2020-04-03T10:00:00Z\"}</script>",
                "<article><h1>Ministers agree statement</h1><div class=\"byline\"><span>Jane Invented</span> <span>Aktualisiert: 11.04.2020, 10:27</span></div>"
                        + "<time datetime=\"2020-04-03T10:00:00Z\">3. April 2020</time>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals("2020-04-03", page.metadata().date());
    }

    @Test
    void aPageWithNoDateNearItsHeadTakesTheDateStampedInItsFooter() {
        StringBuilder navigation = new StringBuilder("<nav><ul>");
        for (int i = 0; i < 200; i++) {
            navigation.append("<li>Service page number ").append(i).append(" of the district office</li>");
        }
        CleanedPage page = clean("<title>Opening hours of the district office</title>",
                "<main><h1>Opening hours of the district office</h1><p>" + P1 + "</p><p>" + P2
                        + "</p></main>" + navigation + "</ul></nav><div class=\"legal\"><p>Copyright © 17.03.2018 - 09:41 h by an invented office</p></div>");
        assertEquals("2018-03-17", page.metadata().date());
        assertTrue(page.candidates().stream().anyMatch(c -> c.source().startsWith("first date of the whole page")));
    }

    @Test
    void theDateInTheShortLineUnderTheHeadlineBeatsAStatedDate() {
        CleanedPage page = clean("<title>Ministers agree statement</title>"
                        + "<script type=\"application/ld+json\">{\"datePublished\":\"2019-03-08T10:00:00Z\"}</script>",
                "<article><h1>Ministers agree statement</h1><p>2. Mai 2021 , Jane Invented</p>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals("2021-05-02", page.metadata().date());
    }

    @Test
    void aDateInsideTheFirstSentenceUnderTheHeadlineDoesNotBeatAStatedDate() {
        CleanedPage page = clean("<title>Ministers agree statement</title>"
                        + "<script type=\"application/ld+json\">{\"datePublished\":\"2021-05-04T10:00:00Z\"}</script>",
                "<article><h1>Ministers agree statement</h1><p>On 2 May 2021 the ministers of defence met in the capital to agree"
                        + " the wording of a joint statement.</p><p>" + P2 + "</p></article>");
        assertEquals("2021-05-04", page.metadata().date());
    }

    @Test
    void aTimeMarkedAsThePublicationBeatsTheLineUnderTheHeadline() {
        CleanedPage page = clean("<title>Ministers agree statement</title>",
                "<article><h1>Ministers agree statement</h1><p>2 May 2021 , Jane Invented</p><p>" + P1 + "</p><p>" + P2 + "</p>"
                        + "<div class=\"info\"><time class=\"published\" datetime=\"2021-04-30\">30 April</time></div></article>");
        assertEquals("2021-04-30", page.metadata().date());
    }

    @Test
    void labelsIntroduceTheDateThatFollowsThem() {
        assertEquals("2023-11-01", HtmlDates.dateAfterLabel("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023",
                HtmlDates.PUBLISHED_LABEL, HtmlDates.UPDATED_LABEL).orElseThrow().iso());
        assertTrue(HtmlDates.dateAfterLabel("Published by the press office of the ministry of defence, on 3 March 2021",
                HtmlDates.PUBLISHED_LABEL, HtmlDates.UPDATED_LABEL).isEmpty());
    }
}
