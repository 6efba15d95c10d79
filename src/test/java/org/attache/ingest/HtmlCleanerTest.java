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

class HtmlCleanerTest {

    private static final String P1 = "NATO leaders agreed on Monday that a cyber-attack could trigger the collective defence clause.";
    private static final String P2 = "The communiqué names Russia and China, and officials said the language was deliberately broad.";
    private static final String P3 = "Allies will review the policy at the next summit, according to two diplomats present at the talks.";

    private static CleanedPage clean(String html) {
        CleanedPage page = new Cleaners().forFormat(SourceFormat.HTML).clean(html, "news/page.html");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void keepsHeadlineAndArticleDropsNavigationCookieBannerShareRowAndFooter() {
        String html = page("<title>NATO widens Article 5 | The Example Times</title>"
                        + "<meta property=\"og:site_name\" content=\"The Example Times\">"
                        + "<meta property=\"article:published_time\" content=\"2021-06-14T10:00:00Z\">",
                "<a href=#main>Skip to main content</a>"
                        + "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li></ul></nav>"
                        + "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on our site.</p><button>Accept</button></div>"
                        + "<article><h1>NATO widens Article 5</h1>"
                        + "<div class=\"share-tools\"><a>Facebook</a> <a>Twitter</a></div>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>"
                        + "<aside class=\"related\"><h3>Related</h3><ul><li><a href=/x>Another story about cyber defence</a></li></ul></aside>"
                        + "<footer><p>© 2021 The Example Times. All rights reserved.</p></footer>");
        CleanedPage page = clean(html);
        assertEquals("NATO widens Article 5\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3, page.text());
        assertEquals("NATO widens Article 5", page.metadata().title());
        assertEquals("2021-06-14", page.metadata().date());
        assertEquals("The Example Times", page.metadata().publisher());
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-class-cookie")));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-nav")));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-footer")));
    }

    @Test
    void aShortQuoteClosingTheArticleStaysButAShortLineAfterItGoes() {
        String html = page("<title>Summit ends</title>",
                "<main><h1>Summit ends</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
                        + "<p>\"That is right,\" the envoy said.</p><p>Share this story.</p>"
                        + "<p>\"Standalone words in quotes.\"</p></main>");
        assertEquals("Summit ends\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n\"That is right,\" the envoy said.",
                clean(html).text());
        String pullQuote = page("<title>Summit ends</title>", "<main><h1>Summit ends</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><p>\"Standalone words in quotes.\"</p></main>");
        assertFalse(clean(pullQuote).text().contains("Standalone"), "a quotation alone after the body is no closing paragraph");
    }

    @Test
    void blockquoteWithCiteBecomesABlockQuoteWithAttribution() {
        String html = page("<title>Summit ends</title>",
                "<main><h1>Summit ends</h1><p>" + P1 + "</p>"
                        + "<blockquote><p>We will defend every inch of Allied territory.</p><footer>— Jens Stoltenberg</footer></blockquote>"
                        + "<p>" + P2 + "</p></main>");
        CleanedPage page = clean(html);
        String quote = "We will defend every inch of Allied territory.";
        String expected = "Summit ends\n\n" + P1 + "\n\n" + quote + "\n\n— Jens Stoltenberg\n\n" + P2;
        assertEquals(expected, page.text());
        int q = expected.indexOf(quote);
        int a = expected.indexOf("— Jens");
        assertEquals(List.of(new BlockQuote(new TextSpan(q, q + quote.length()), Optional.of(new TextSpan(a, a + "— Jens Stoltenberg".length())))),
                page.blockQuotes());
    }

    @Test
    void titleSuffixIsDroppedAndDateComesFromJsonLd() {
        String html = page("<title>Three patrol boats seized in strait: navy - Breaking News - World</title>"
                        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2008-01-14T19:44:00+07:00\","
                        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Times\"}}</script>",
                "<div id=content><p>" + P1 + "</p><p>" + P2 + "</p></div>");
        CleanedPage page = clean(html);
        assertEquals("Three patrol boats seized in strait: navy", page.metadata().title());
        assertEquals("2008-01-14", page.metadata().date());
        assertEquals("Example Times", page.metadata().publisher());
        assertTrue(page.text().startsWith("Three patrol boats seized in strait: navy\n\n" + P1));
    }

    @Test
    void dateFromTimeElementOrUrlWhenNoMetaTag() {
        CleanedPage withTime = clean(page("<title>T</title>", "<article><time datetime=\"2018-11-15T12:00:00Z\">15 November 2018</time><p>" + P1 + "</p></article>"));
        assertEquals("2018-11-15", withTime.metadata().date());
        CleanedPage withUrl = clean(page("<title>T</title><link rel=canonical href=\"https://news.example.com/world/2015/03/18/story.html\">",
                "<p>" + P1 + "</p>"));
        assertEquals("2015-03-18", withUrl.metadata().date());
        assertEquals("news.example.com", withUrl.metadata().publisher());
    }

    @Test
    void hiddenElementsScriptsAndInlineShareLinksGo() {
        String html = page("<title>T</title><style>p{}</style>",
                "<div style=\"display:none\">Hidden promo text that should never appear.</div>"
                        + "<script>var s = 'Sit tight';</script>"
                        + "<p>" + P1 + " <a href=#>E-mail to a friend</a></p><p>" + P2 + "</p>");
        CleanedPage page = clean(html);
        assertFalse(page.text().contains("Hidden promo"));
        assertFalse(page.text().contains("E-mail"));
        assertFalse(page.text().contains("Sit tight"));
        assertTrue(page.text().contains(P1));
    }

    @Test
    void softHyphensAndEntitiesAreResolved() {
        CleanedPage page = clean(page("<title>T</title>", "<p>President Vladi&shy;mir Putin said &ldquo;no&rdquo; to the proposal on Tuesday evening, officials said.</p>"));
        assertTrue(page.text().contains("President Vladimir Putin said “no” to the proposal"), page.text());
    }

    @Test
    void aContainerClassedLikeChromeButHoldingTheArticleIsKept() {
        String body = "<div class=\"layout has-sidebar\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>";
        assertTrue(clean(page("<title>T</title>", body)).text().contains(P3));
    }

    @Test
    void dateIsReadFromTheBylineBeforeItIsRemovedAndAgreementBeatsALoneUrl() {
        String html = page("<title>Allies weigh plans | Defence Daily</title>"
                        + "<link rel=canonical href=\"https://example.org/2021/06/13/allies-weigh-plans/\">"
                        + "<script type=\"application/ld+json\">{\"datePublished\":\"2021-06-14T09:00:00Z\"}</script>",
                "<article><h1>Allies weigh plans</h1><div class=\"byline\">By Ann Example, 14. Juni 2021</div>"
                        + "<time datetime=\"2021-06-14\">14 June</time>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        CleanedPage page = clean(html);
        assertEquals("2021-06-14", page.metadata().date());
        assertEquals("Defence Daily", page.metadata().publisher());
        assertTrue(page.candidates().stream().anyMatch(c -> c.source().startsWith("element") && c.value().equals("2021-06-14")));
        assertTrue(page.candidates().stream().anyMatch(c -> c.source().startsWith("url") && c.value().equals("2021-06-13")));
    }

    @Test
    void anUpdateStampLosesToAnEarlierDateThePageShows() {
        String html = page("<meta property=\"article:modified_time\" content=\"2022-03-01\">",
                "<article><h1>Allies weigh plans</h1><p class=\"meta\">Veröffentlicht am 3. Februar 2022</p>"
                        + "<p>" + P1 + "</p><p>" + P2 + "</p></article>");
        assertEquals("2022-02-03", clean(html).metadata().date());
    }

    @Test
    void aLoneH1IsTheTitleRatherThanAByline() {
        String html = page("", "<div id=content><h1>Leader says criticism may end the mission</h1>"
                + "<p>By: Ann Example, THE EXAMPLE PRESS</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div>");
        assertEquals("Leader says criticism may end the mission", clean(html).metadata().title());
    }
}
