package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.attache.model.SourceFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Chrome containers: structure first (what an element holds), class words second, as whole names. */
class HtmlChromeTest {

    private static final String S1 = "The ministry published its annual guidance for small suppliers on the handling of sensitive contracts today.";
    private static final String S2 = "Officials said the rules would apply to every supplier from the start of the next financial year onwards.";
    private static final String S3 = "Suppliers that already hold a certificate will not need to apply again, the guidance says in its annex.";

    private static CleanedPage clean(String body) {
        String html = "<!DOCTYPE html><html><head><title>New guidance for suppliers</title></head><body>" + body + "</body></html>";
        CleanedPage page = new Cleaners().forFormat(SourceFormat.HTML).clean(html, "gov/guidance.html");
        CleanedPageAssertions.assertValid(page);
        return page;
    }

    @Test
    void aUtilityClassNamingAPositionDoesNotRemoveTheArticle() {
        // The article sits in divs, not paragraphs, inside an element styled with a margin utility.
        String body = "<header><a href=/>Home</a></header>"
                + "<h1>New guidance for suppliers</h1><div class=\"govuk-!-margin-bottom-6\">"
                + "<div>" + S1 + "</div><div>" + S2 + "</div><div>" + S3 + "</div></div>"
                + "<footer><a href=/privacy>Privacy</a> <a href=/cookies>Cookies</a></footer>";
        CleanedPage page = clean(body);
        assertEquals("New guidance for suppliers\n\n" + S1 + "\n\n" + S2 + "\n\n" + S3, page.text());
        assertTrue(page.spared().isEmpty(), page.spared().toString());
    }

    @Test
    void theElementHoldingMostSentenceTextIsSparedAndExplainSaysWhichRuleNamedIt() {
        // Classed like a sidebar, but it holds the page's prose: where it is and what it holds win.
        String body = "<h1>New guidance for suppliers</h1><div class=\"sidebar-layout\">"
                + "<div>" + S1 + "</div><div>" + S2 + "</div><div>" + S3 + "</div></div>"
                + "<div class=\"related\"><a href=/a>Older guidance for suppliers</a></div>";
        CleanedPage page = clean(body);
        assertTrue(page.text().contains(S1) && page.text().contains(S3), page.text());
        assertEquals(List.of("html-class-sidebar"), page.spared().stream().map(Removal::rule).toList());
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-class-related")));
    }

    @Test
    void hiddenStaysAStrongerReasonThanHoldingTheText() {
        String body = "<div hidden><div>" + S1 + "</div><div>" + S2 + "</div></div><p>Short visible note.</p>";
        CleanedPage page = clean(body);
        assertFalse(page.text().contains(S1));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-hidden")));
    }

    @Test
    void aSmallChromeBlockBesideTheArticleStillGoesByItsClass() {
        String body = "<main><h1>New guidance for suppliers</h1><p>" + S1 + "</p><p>" + S2 + "</p>"
                + "<div class=\"c-share-bar\">Share this page by email</div><p>" + S3 + "</p></main>";
        CleanedPage page = clean(body);
        assertFalse(page.text().contains("Share this page"));
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("html-class-share")));
    }

    @Test
    void classWordsAreWholeWordsOfNamesThatSayWhatAnElementIs() {
        assertEquals("footer", ClassWords.chromeWord("site-footer"));
        assertEquals("share", ClassWords.chromeWord("shareBar"));
        assertEquals("cookie", ClassWords.chromeWord("js cookie_banner"));
        assertNull(ClassWords.chromeWord("govuk-!-margin-bottom-6"));
        assertNull(ClassWords.chromeWord("hidden-xs col-md-8"));
        assertNull(ClassWords.chromeWord("footnotes"), "a word inside a word is no word");
        assertNull(ClassWords.chromeWord("article-body sidebar"), "a content name outweighs a chrome word");
        assertNull(ClassWords.chromeWord("bottom"), "a position is not a role");
        assertEquals("sidebar", ClassWords.chromeWord("pb-sidebar"), "a site prefix is not a padding utility");
        assertTrue(ClassWords.isUtility("mb-4"));
        assertFalse(ClassWords.isUtility("pb-share-bar"));
    }

    @Test
    void theCensusCountsProseOutsideLinks() {
        Element body = Jsoup.parse("<body><div id=a><p>" + S1 + "</p><p>" + S2 + S3 + "</p></div><div id=b><a href=/x>" + S2 + "</a> Read</div></body>").body();
        HtmlCensus census = HtmlCensus.of(body, Set.of("script"));
        assertEquals(TextStats.words(S1 + " " + S2 + S3), census.sentenceWords(body.getElementById("a")));
        assertEquals(0, census.sentenceWords(body.getElementById("b")));
        assertTrue(census.holdsMainText(body.getElementById("a")));
    }
}
