package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * Who issued the document a later "the statement said" or "the letter reads" quotes: the text names the
 * document first with its author ("the museum said in a statement", "In a letter, the group wrote", "the
 * council's statement", "a report released by the agency"), and the quotation belongs to that author.
 * One instance per document.
 */
final class DocumentIssuer {

    /** How far back the text is searched for the first naming of the document. */
    private static final int WINDOW = 3000;
    /** How many earlier namings of the document are tried, nearest first. */
    private static final int TRIES = 3;
    private static final Pattern PASSIVE = Pattern.compile(
            "^\\s+(?:\\p{L}+\\s+)?(?:issued|released|published|signed|sent|posted|written|put\\s+out)\\s+by\\s+");
    private static final Pattern ACTIVE = Pattern.compile("\\s+(?:\\p{L}+\\s+)?(?:issued|released|provided|sent|put\\s+out|"
            + "published|posted|wrote|signed|delivered|distributed|e-?mailed)\\s+(?:a|an|the|its|his|her|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}");
    private static final Pattern FROM = Pattern.compile("(?:\\s+[\\p{L}\\p{N}'’-]+){0,5}?\\s+from\\s+");
    /** The documents an author issues; a report, a lawsuit or an ad is quoted as itself. */
    static final Set<String> ISSUED = Set.of("statement", "release", "letter", "communique", "communiqué",
            "announcement");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    private final String text;
    private final List<Mention> mentions;
    private final SpeakerParser parser;
    private final IntPredicate insideQuote;
    private final BiFunction<SpeakerPhrase, Integer, Speaker> speakerOf;

    DocumentIssuer(String text, List<Mention> mentions, SpeakerParser parser, IntPredicate insideQuote,
                   BiFunction<SpeakerPhrase, Integer, Speaker> speakerOf) {
        this.text = text;
        this.mentions = mentions;
        this.parser = parser;
        this.insideQuote = insideQuote;
        this.speakerOf = speakerOf;
    }

    /** The issuer of the document {@code head} names ("statement"), from its last naming before {@code self}; or null. */
    Speaker of(String head, TextSpan self) {
        if (!ISSUED.contains(head)) {
            return null;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(head) + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(text).region(Math.max(0, self.start() - WINDOW), self.start());
        List<TextSpan> namings = new ArrayList<>();
        while (m.find()) {
            if (!insideQuote.test(m.start())) {
                namings.add(new TextSpan(m.start(), m.end()));
            }
        }
        for (int k = namings.size() - 1; k >= 0 && k >= namings.size() - TRIES; k--) {
            Speaker issuer = issuerAt(namings.get(k));
            if (issuer != null) {
                return issuer.person() || issuer.group() ? issuer : null;
            }
        }
        return null;
    }

    private Speaker issuerAt(TextSpan naming) {
        Mention owner = mentionEndingAt(possessiveAt(naming.start()));
        if (owner != null) {
            return named(owner); // "the council's statement"
        }
        Mention author = authorBefore(naming.start());
        if (author != null) {
            return named(author); // "Ames provided a written statement"
        }
        Matcher passive = PASSIVE.matcher(text).region(naming.end(), Math.min(text.length(), naming.end() + 40));
        if (passive.find()) {
            Mention by = mentionStartingAt(passive.end());
            if (by != null) {
                return named(by); // "a report released by the agency"
            }
        }
        Matcher from = FROM.matcher(text).region(naming.end(), Math.min(text.length(), naming.end() + 60));
        Mention sender = from.lookingAt() ? mentionStartingAt(from.end()) : null;
        if (sender != null) {
            return named(sender); // "a statement from the agency", "a letter this month from Ames"
        }
        return sentenceSubject(naming);
    }

    /** Where the "'s" of a possessive right before the naming starts ("Kremlin's [new] statement"); or -1. */
    private int possessiveAt(int at) {
        Matcher m = POSSESSIVE.matcher(text).region(Math.max(0, at - 40), at);
        return m.find() ? m.start() : -1;
    }

    /** The subject of the sentence that names the document, not the document itself ("X said in a statement"). */
    private Speaker sentenceSubject(TextSpan naming) {
        int from = SentenceBounds.sentenceStart(text, Math.max(0, naming.start() - 400), naming.start());
        List<QuoteToken> toks = QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, from, Math.min(text.length(), naming.end() + 300)));
        int end = toks.size();
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).start() >= naming.end() && (toks.get(k).is(".") || toks.get(k).is("!") || toks.get(k).is("?"))) {
                end = k;
                break;
            }
        }
        for (int k = 0; k < end; k++) {
            boolean clauseStart = k == 0 || !toks.get(k - 1).word()
                    && ",;:\u2014\u2013\"\u201D".contains(toks.get(k - 1).text()); // "…,” Ames said in a statement"
            if (!clauseStart || !toks.get(k).word() || insideQuote.test(toks.get(k).start())) {
                continue;
            }
            SpeakerPhrase p = parser.subjectThenVerb(text, toks, k, end, new int[1]);
            if (p == null || p.span().overlaps(naming) || p.kind() == SpeakerPhrase.Kind.PRONOUN
                    || GroupCandidates.kindOf(NameMemory.lastWord(p.text())) == GroupCandidates.Kind.DOCUMENT) {
                continue;
            }
            return speakerOf.apply(p, p.span().start());
        }
        return null;
    }

    private Speaker named(Mention m) {
        SpeakerPhrase p = new SpeakerPhrase(SpeakerPhrase.Kind.NAME, m.text(), m.span(), m.text(), m.span(), "");
        return speakerOf.apply(p, m.span().start());
    }

    /** The actor named right before "issued a statement" ending at {@code at}; or null. */
    private Mention authorBefore(int at) {
        Mention found = null;
        for (Mention m : mentions) {
            int end = m.span().end();
            if (end < at && end >= at - 60 && m.type().isActor() && (found == null || end > found.span().end())
                    && ACTIVE.matcher(text).region(end, at).matches()) {
                found = m;
            }
        }
        return found;
    }

    private Mention mentionEndingAt(int end) {
        for (Mention m : mentions) {
            if (end >= 0 && m.span().end() == end && m.type().isActor()) {
                return m;
            }
        }
        return null;
    }

    private Mention mentionStartingAt(int start) {
        for (Mention m : mentions) {
            int s = m.span().start();
            boolean article = s > start && text.substring(start, s).toLowerCase(Locale.ROOT).matches("the\\s+");
            if ((s == start || article) && m.type().isActor()) {
                return m;
            }
        }
        return null;
    }
}
