package org.attache.nlp.quotes;

import java.util.List;
import java.util.Set;

/**
 * The subject of the sentence a quotation is set into, for quotations whose sentence has no verb of
 * saying next to them: news reports a stance with any verb and puts the speaker's words in marks
 * ("The Pentagon rejected the accusations as “…”", "Gingrich dismissed Estonia as being in the “…”",
 * "Yoon apologized, saying they “…”"). Reads the sentence start after introductory phrases ("On
 * Tuesday,", "In a statement issued Monday,", "But") and takes the noun phrase before its first verb.
 */
final class ClauseSubject {

    /** Words opening an introductory phrase that ends at the first comma. */
    private static final Set<String> OPENERS = Set.of("in", "on", "at", "during", "after", "before", "though",
            "although", "while", "when", "as", "since", "speaking", "asked", "earlier", "later", "last", "for",
            "with", "from", "under", "amid", "despite", "if", "because", "by", "following", "responding",
            "writing", "addressing", "over", "throughout", "unlike", "like", "instead", "once", "according");

    /** Linking words that may stand before a subject without a comma. */
    private static final Set<String> LINKS = Set.of("but", "and", "yet", "so", "still", "meanwhile", "however",
            "also", "now", "then", "instead", "indeed", "separately", "similarly", "likewise");

    private static final Set<String> AUXILIARY_LIKE = Set.of("had", "has", "have", "would", "will", "did",
            "also", "once", "never", "not", "just", "allegedly", "reportedly");

    private final SpeakerParser parser;

    ClauseSubject(SpeakerParser parser) {
        this.parser = parser;
    }

    /** How often the subject of the sentence is the quotation's speaker when no cue says so. */
    static final double CONFIDENCE = 0.6;

    /** The subject of the sentence running from {@code sentenceStart} to the quotation at {@code open}, or null. */
    Attribution find(String text, int sentenceStart, int open) {
        if (open <= sentenceStart) {
            return null;
        }
        List<QuoteToken> toks = QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, sentenceStart, open));
        Attribution aside = reportingAside(text, toks);
        if (aside != null) {
            return aside;
        }
        int i = 0;
        for (int round = 0; round < 3 && i < toks.size(); round++) {
            while (i < toks.size() && !toks.get(i).word() && "\u2014\u2013-\u2022*".contains(toks.get(i).text())) {
                i++;
            }
            if (i >= toks.size()) {
                return null;
            }
            String first = toks.get(i).lower();
            if (LINKS.contains(first)) {
                i++;
                if (i < toks.size() && toks.get(i).is(",")) {
                    i++;
                }
            } else if (OPENERS.contains(first)) {
                int comma = i + 1;
                while (comma < toks.size() && comma < i + 20 && !toks.get(comma).is(",")) {
                    comma++;
                }
                if (comma >= toks.size() || !toks.get(comma).is(",")) {
                    return null;
                }
                i = comma + 1;
            } else {
                break;
            }
        }
        if (i >= toks.size() || !toks.get(i).word()) {
            return null;
        }
        int[] verbAt = new int[1];
        SpeakerPhrase p = parser.subjectThenVerb(text, toks, i, toks.size(), verbAt);
        if (p == null || reportsAnother(toks, verbAt[0] + 1)) {
            return null;
        }
        return new Attribution(p, toks.get(verbAt[0]).lower(), CONFIDENCE);
    }

    /**
     * "Voters, he said, want “…” and “…”": a reporting clause set between commas inside the sentence reports
     * all of it, the quotations after an earlier one too.
     */
    private static final int ASIDE_WORDS = 4;

    private Attribution reportingAside(String text, List<QuoteToken> toks) {
        int[] cueAt = new int[1];
        for (int k = 0; k + 2 < toks.size(); k++) {
            if (!toks.get(k).is(",")) {
                continue;
            }
            SpeakerPhrase p = parser.subjectThenCue(text, toks, k + 1, toks.size(), cueAt);
            if (p == null || cueAt[0] - k > ASIDE_WORDS
                    || toks.subList(k + 1, cueAt[0]).stream().anyMatch(t -> !t.word())) {
                continue; // a short subject right before its verb ("she said"), not one read across appositives
            }
            int after = cueAt[0] + parser.cueAt(toks, cueAt[0]).words().size();
            if (after < toks.size() && toks.get(after).is(",")) {
                return new Attribution(p, toks.get(cueAt[0]).lower(), CONFIDENCE);
            }
        }
        return null;
    }

    /** "X laughed at the suggestion that you had called him a “…”": a pronoun nearer the quote says it. */
    private boolean reportsAnother(List<QuoteToken> toks, int from) {
        for (int k = from + 1; k < toks.size(); k++) {
            if (parser.cueKind(toks, k) == QuoteLexicon.CueKind.VERB) {
                int s = k - 1;
                while (s > from && toks.get(s).word() && AUXILIARY_LIKE.contains(toks.get(s).lower())) {
                    s--;
                }
                if (toks.get(s).word() && SpeakerParser.PRONOUNS.contains(toks.get(s).lower())
                        || toks.get(s).lower().equals("you")) {
                    return true;
                }
            }
        }
        return false;
    }
}
