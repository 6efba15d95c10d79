package org.attache.nlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.TextSpan;

/**
 * The speakers that are not people: organisations, groups and the texts they issue ("it said", "they
 * said", "the ministry said", "the report says"). The referring expression fixes the entity type it may
 * point to: "it" and a singular institution or document head an organisation or a document, "they" a
 * group or an institution, "the minister" a person (left to the person ranker). One instance per document.
 */
final class GroupCandidates {

    /** What a description's head word names. */
    enum Kind { PERSON, ORGANISATION, DOCUMENT }

    /** Media and bodies that speak as institutions ("the paper said", "the panel found"). */
    private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "paper", "tabloid", "magazine", "network",
            "channel", "broadcaster", "outlet", "daily", "weekly", "journal", "publication", "station", "website",
            "community", "panel", "coalition", "caucus", "delegation", "firm", "industry", "lobby", "team", "club");
    /** Texts that are quoted as speaking ("the report says", "the ad asks", "the statement said"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("report", "statement", "letter", "memo", "memorandum",
            "ad", "advert", "advertisement", "commercial", "spot", "editorial", "article", "story", "study", "survey",
            "poll", "release", "filing", "brief", "complaint", "lawsuit", "suit", "document", "documents", "book",
            "video", "post", "tweet", "email", "message", "analysis", "indictment", "ruling", "opinion", "order",
            "motion", "page", "blog", "column", "piece", "transcript", "bill", "proposal", "platform", "policy",
            "notice", "guidance", "review", "assessment", "audit", "manifesto", "petition", "resolution", "decree",
            "law", "rule", "rules", "bylaws", "charter", "agreement", "treaty", "plan", "caption", "headline");

    private final String text;
    private final List<Mention> mentions;
    private final SpeakerParser parser;
    private final IntPredicate insideQuote;
    /** The speaker a phrase found in the narration names, with where it starts. */
    private final BiFunction<SpeakerPhrase, Integer, Speaker> speakerOf;
    private final DocumentIssuer issuers;

    GroupCandidates(String text, List<Mention> mentions, SpeakerParser parser, IntPredicate insideQuote,
                    BiFunction<SpeakerPhrase, Integer, Speaker> speakerOf) {
        this.text = text;
        this.mentions = mentions;
        this.parser = parser;
        this.insideQuote = insideQuote;
        this.speakerOf = speakerOf;
        this.issuers = new DocumentIssuer(text, mentions, parser, insideQuote, speakerOf);
    }

    /** What {@code head} (a description's last word, lower case) names. */
    static Kind kindOf(String head) {
        if (SpeakerKinds.ORGANISATION_WORDS.contains(head) || MEDIA_WORDS.contains(head)) {
            return Kind.ORGANISATION;
        }
        return DOCUMENT_WORDS.contains(head) ? Kind.DOCUMENT : Kind.PERSON;
    }

    /**
     * "it" or "they": the nearest organisation, document or group named as the subject of a verb since the
     * last one that spoke, else that last one; or unknown.
     */
    Speaker pronoun(String pronoun, DiscourseState.Said lastGroup, int at, int window) {
        int from = Math.max(lastGroup == null ? 0 : lastGroup.at(), at - window);
        Speaker subject = recentSubject(from, at, pronoun.equals("they"));
        if (subject != null || lastGroup != null) {
            return subject != null ? subject : lastGroup.speaker();
        }
        Mention named = pronoun.equals("it") ? lastOrganisation(at - window, at) : null;
        return named == null ? Speaker.UNKNOWN : new Speaker(named.actor(), named.actor(), "", false, true);
    }

    /** Head words that stand for an organisation of any name ("the company" for Acme, where "the ministry" needs a ministry). */
    private static final Set<String> ANY_ORGANISATION = Set.of("company", "corporation", "firm", "group", "organization",
            "organisation", "agency", "network", "website", "outlet", "newspaper", "paper", "magazine", "publication");
    /** Of those, the media: news names many organisations it reports on, so only one it names as a subject is meant. */
    private static final Set<String> MEDIA_HEADS = Set.of("network", "website", "outlet", "newspaper", "paper", "magazine",
            "publication");

    /**
     * "the company said", "the group said" where no name holds the head: the organisation the narration named
     * last within {@code window} characters (for a medium, the last one named at the start of a clause), else
     * the named organisation that spoke last within it; or null.
     */
    Speaker anyOrganisation(String head, DiscourseState.Said lastGroup, int at, int window) {
        if (!ANY_ORGANISATION.contains(head)) {
            return null;
        }
        int from = Math.max(0, at - window);
        Mention named = lastOrganisation(from, at, MEDIA_HEADS.contains(head));
        if (named != null) {
            return new Speaker(named.actor(), named.actor(), "", false, true);
        }
        return lastGroup != null && lastGroup.at() >= from && !lastGroup.speaker().actor().isEmpty()
                ? lastGroup.speaker().withRole("") : null;
    }

    /** Whether the name at {@code start} opens a clause, over an article at most ("A Daily Star editorial said"). */
    private boolean opensClause(int start) {
        String before = ARTICLE_AT_END.matcher(text.substring(Math.max(0, start - 16), start)).replaceFirst("");
        String stripped = before.stripTrailing();
        return stripped.isEmpty() || before.substring(stripped.length()).indexOf('\n') >= 0
                || ".!?,;:\u201D\"".indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }
    private static final Pattern ARTICLE_AT_END = Pattern.compile("(?<![\\p{L}'\u2019])(?i:an?|the)\\s+$");

    /** The last organisation the narration names in {@code [from, at)}: what "it" most likely is when no subject is. */
    private Mention lastOrganisation(int from, int at) {
        return lastOrganisation(from, at, false);
    }

    /** {@link #lastOrganisation(int, int)}, only among names opening a clause when {@code opening}. */
    private Mention lastOrganisation(int from, int at, boolean opening) {
        Mention found = null;
        for (Mention m : mentions) {
            TextSpan s = m.span();
            if (m.type() == ActorType.ORGANIZATION && s.start() >= from && s.end() <= at && !insideQuote.test(s.start())
                    && (found == null || s.start() > found.span().start()) && (!opening || opensClause(s.start()))) {
                found = m;
            }
        }
        return found;
    }

    /**
     * A definite description with an institution or document head ("the ministry", "the IMF report"): the
     * organisation named inside it, else the institution named in full with that head before, else the
     * description itself; null for a person's head.
     */
    Speaker described(SpeakerPhrase p, int at) {
        String head = NameMemory.lastWord(p.text());
        Kind kind = kindOf(head);
        if (kind == Kind.PERSON) {
            return null;
        }
        Mention inside = organisationIn(p.span());
        if (inside != null) {
            return new Speaker(inside.actor(), inside.actor(), "", false, true); // "the IMF report" → IMF
        }
        if (kind == Kind.DOCUMENT) {
            return issuers.of(head, p.span()); // "the statement said" → who issued it, else kept as described
        }
        if (kind == Kind.ORGANISATION) {
            Mention named = lastOrganisationNamed(head, at);
            if (named != null) {
                return new Speaker(named.actor(), named.actor(), "", false, true); // "the ministry" → Defence Ministry
            }
            String organisation = lastNameWithHead(head, at);
            if (organisation != null) {
                return new Speaker(organisation, "", "", false, true); // "the commission" → Commission on Elections
            }
            String owned = lastOwnedBy(head, at);
            if (owned != null) {
                return new Speaker(owned, "", "", false, true); // "the campaign" → Ames campaign, "the office" → Ames's office
            }
        }
        return null; // kept as described
    }

    /** The last group ("they") or organisation or document ("it") named as the subject of a verb, outside quotations. */
    private Speaker recentSubject(int from, int to, boolean plural) {
        if (from >= to) {
            return null;
        }
        List<QuoteToken> toks = QuoteTokenizer.withoutAsides(QuoteTokenizer.of(text, from, to));
        Speaker found = null;
        for (int k = 0; k < toks.size(); k++) {
            boolean clauseStart = k == 0 || !toks.get(k - 1).word()
                    && ".!?,;:\u2014\u2013\"\u201D\u2019".contains(toks.get(k - 1).text());
            if (!clauseStart || insideQuote.test(toks.get(k).start()) || !toks.get(k).word()
                    || SpeakerParser.PRONOUNS.contains(toks.get(k).lower())) {
                continue;
            }
            SpeakerPhrase p = parser.subjectThenVerb(text, toks, k, toks.size(), new int[1]);
            if (p == null || p.kind() == SpeakerPhrase.Kind.PRONOUN) {
                continue;
            }
            String head = NameMemory.lastWord(p.text());
            boolean pluralHead = head.endsWith("s") && !head.endsWith("ss");
            Speaker s = speakerOf.apply(p, p.span().start());
            if (plural ? pluralHead && !s.person() || pluralHead && p.kind() == SpeakerPhrase.Kind.DESCRIPTION
                    : (s.group() || kindOf(head) == Kind.DOCUMENT) && !pluralHead) { // a statement speaks for its issuer
                found = s;
            }
        }
        return found;
    }

    /** The organisation or country named inside {@code span} ("the IMF report", "the Kremlin's statement"). */
    private Mention organisationIn(TextSpan span) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.type() != ActorType.PERSON && m.type().isActor() && span.start() <= m.span().start()
                    && m.span().end() <= span.end()) {
                found = m;
            }
        }
        return found;
    }

    /**
     * The last capitalised name before {@code at} built on {@code head} ("Electoral Commission", "Commission on
     * Elections", "Ministry of Defence"): an institution the text named in full before it wrote "the commission".
     */
    private String lastNameWithHead(String head, int at) {
        String word = "\\p{Lu}[\\p{L}'’-]+";
        String headWord = Pattern.quote(head.substring(0, 1).toUpperCase(Locale.ROOT) + head.substring(1));
        Matcher m = Pattern.compile("\\b((?:" + word + "\\s+){0,3})" + headWord + "\\b((?:\\s+(?:of|on|for)\\s+(?:the\\s+)?"
                + word + "(?:\\s+" + word + "){0,2})?)").matcher(text).region(0, Math.max(0, at));
        String found = null;
        while (m.find()) {
            boolean qualified = !m.group(1).replaceFirst("^The\\s+", "").isBlank() || !m.group(2).isEmpty();
            if (qualified && !insideQuote.test(m.start())) {
                found = m.group().strip().replaceFirst("^The\\s+", "");
            }
        }
        return found;
    }

    /**
     * The last "Ames campaign" or "Ames's campaign" before {@code at}, outside quotations, where Ames is a person
     * the actors stage found, as written; or null.
     */
    private String lastOwnedBy(String head, int at) {
        Matcher m = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+?)(?:['’]s?)?\\s+" + Pattern.quote(head) + "\\b")
                .matcher(text).region(0, Math.max(0, at));
        String found = null;
        while (m.find()) {
            int start = m.start(1);
            if (!insideQuote.test(start) && mentions.stream().anyMatch(n -> n.type() == ActorType.PERSON
                    && n.span().start() <= start && m.end(1) == n.span().end())) {
                found = m.group().strip(); // as the text writes it: "Ames campaign", "Ames's office"
            }
        }
        return found;
    }

    /** The last organisation named before {@code at} whose name holds {@code head} ("Defence Ministry" for "ministry"). */
    private Mention lastOrganisationNamed(String head, int at) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.span().start() < at && m.type() == ActorType.ORGANIZATION
                    && m.text().toLowerCase(Locale.ROOT).contains(head)
                    && (found == null || m.span().start() > found.span().start())) {
                found = m;
            }
        }
        return found;
    }
}
