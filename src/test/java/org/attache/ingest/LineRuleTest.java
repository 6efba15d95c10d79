package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule: lines it must catch (with the rule that catches them first) and content it must leave alone. */
class LineRuleTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiterString = " => ", value = {
            "cloudThing logo in white => alt-text",
            "Menu open icon => alt-text",
            "Menu closed icon => alt-text",
            "open quote mark => quote-mark",
            "close quote mark => quote-mark",
            "Sun Jun 20 2021 => dateline",
            "Last updated: 28 May. 2018 16:29 => dateline",
            "16 November 2017 • 2:15pm => dateline",
            "First published on March 3, 2022 / 9:15 PM => dateline",
            "12:28 P.M. CEST => dateline",
            "END 1:20 P.M. EDT => dateline",
            "tel: +44 (0) 121 393 4700 => contact",
            "© cloudThing 2021 => copyright",
            "© 2020 Copyright cloudThing ltd. All rights reserved. Company registered in England & Wales no. 7510381 => copyright",
            "Company registered in England & Wales no. 7510381, VAT no. 152340739 => registration",
            "This website uses cookies to ensure we can provide you with the best browsing experience. => cookie-consent",
            "Accept all cookies => cookie-consent",
            "Please support us by turning off your adblocker => ad-blocker",
            "This site counts on advertising to fund its newsroom. => ad-blocker",
            "Skip to main content => skip-link",
            "Skip directly to: => skip-link",
            "(BUTTON) Close => form-residue",
            "IFRAME: http://widgethost.example.com/widget/9/ => form-residue",
            "Share and print this article => share-row",
            "Follow on Facebook => share-row",
            "E-mail to a friend => share-row",
            "Close share options => share-row",
            "(BUTTON) Show comments => form-residue",
            "Show comments => comments",
            "If you would like to post a comment, please register or log in => comments",
            "Please review our commenting policy => comments",
            "You must be logged in to reply to a comment. => comments",
            "Subscribe - 30 days free => account-prompt",
            "Related Topics => related-header",
            "More in Baltic Security => related-header",
            "Places in this Story => related-header",
            "Next Article in World » => related-header",
            "Follow Example News => related-header",
            "Was this article helpful? => feedback",
            "No the article was not helpful => feedback",
            "Sitemap | Subscribe | Privacy | Contact Us | Conditions => separated-menu",
            "Profile | Jane Example => separated-menu",
            "\\### => markdown-residue",
            "\\# \\# \\# => markdown-residue",
            "Visit the meeting page => markdown-residue",
            "Last review: 3 March 2021 => markdown-residue",
            "✓ Principal cyber defence activities => accordion-toggle",
            "By Jane Smith and John Doe => byline",
            "Soldiers board a transport aircraft on Monday Credit: Reuters => caption",
            "A minister speaks to reporters in Brussels. (Jane Doe/AFP/Getty Images) => caption",
            "Page 1 of 8 => pagination",
            "Jane Doe and John Roe contributed to this report. => contributors",
            "Loading the latest headlines => widget-notice",
    })
    void catchesChrome(String line, String rule) {
        assertEquals(Optional.of(rule), LineRule.firstMatch(line).map(LineRule::ruleName));
    }

    @Test
    void emptyListItemsAreResidue() {
        assertEquals(Optional.of(LineRule.EMPTY_ITEM), LineRule.firstMatch("•"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "NATO Warns They See Cyber Attacks As Serious As Armed Attacks",
            "NATO has issued a warning that any cyber-attacks from a hostile nation state could be seen as an armed attack.",
            "Boris Johnson – Prime Minister, UK",
            "NATO release",
            "Highlights",
            "The company said it would stop using tracking cookies on its website after the regulator’s ruling, in a case "
                    + "watched by privacy campaigners across Europe, who have argued for years that consent banners fail users.",
            "The senator told a radio show on Friday that the leak was meant to cause confusion, and she urged restraint.",
            "Step 1 - Backing up your data",
            "The committee counsel asked about the March 4 meeting and its minutes.",
            "Thank you very much, everybody.",
            "PRESIDENT BIDEN: It’s very good for America.",
            "In July 2016, Allies reaffirmed NATO's defensive mandate.",
            "He said the share of defence spending would rise to 2 percent of GDP by 2024, as agreed in Wales.",
    })
    void leavesContentAlone(String line) {
        assertEquals(Optional.empty(), LineRule.firstMatch(line).map(LineRule::ruleName), line);
    }

    @Test
    void ruleNamesAreKebabCase() {
        for (LineRule rule : LineRule.values()) {
            assertTrue(rule.ruleName().matches("[a-z]+(-[a-z]+)*"), rule.ruleName());
        }
    }

    @Test
    void datelineNeedsTheLineToBeOnlyADate() {
        assertTrue(LineRule.isDateline("Updated 4:12 p.m. EST, Mon March 7, 2022"));
        assertFalse(LineRule.isDateline("On March 7, 2022 the statement was read on state television."));
    }

    /** Lines written to hit every alternative of the patterns that have a prefilter. */
    private static final List<String> ALTERNATIVES = List.of("© 2020", "(c) 2021 Example", "Copyright 2019 Example",
            "2019 Example copyright", "All Rights Reserved", "Crown Copyright", "Registered in Scotland",
            "Company reg. no 123", "VAT number 12", "Registered office: London", "Disable your ad blocker",
            "adblock detected", "ad blocking software", "turn off your ad blocker", "disabling your ads",
            "advertising to fund us", "Whitelist our site", "Show all comments", "comment policy", "logged in to flag",
            "to leave a comment", "12 comments", "Comments (3)", "Discussion policy", "Join the conversation",
            "Photo: Reuters", "[image.jpg] A view", "(Photograph by Jane Doe)", "Image copyright AFP", "Getty Images",
            "(AFP/Getty)", "Jane contributed reporting", "Additional reporting by X", "Editing by Y", "(Writing by Z",
            "We use cookies", "your consent", "Manage your privacy settings on our site", "COOKIES", "ÇOPYRIGHT 2020");

    @Test
    void prefiltersNeverHideAMatch() throws IOException {
        List<String> lines = new ArrayList<>(ALTERNATIVES);
        try (var files = Files.list(Path.of("corpus"))) {
            for (var f : files.sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        int matched = 0;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (LineRule rule : LineRule.values()) {
                var prefiltered = rule.prefilteredPattern();
                if (prefiltered.isPresent() && prefiltered.get().getKey().matcher(line).find()) {
                    matched++;
                    assertTrue(LineRule.containsAny(lower, prefiltered.get().getValue()), rule + " on: " + line);
                }
            }
            if (LineRule.COOKIE_TOPIC.matcher(line).find()) {
                assertTrue(LineRule.containsAny(lower, LineRule.COOKIE_TOPIC_WORDS), "cookie topic on: " + line);
            }
        }
        assertTrue(matched >= ALTERNATIVES.size() - 4, "the alternatives match their patterns: " + matched);
    }
}
