package org.attache.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;

/**
 * Step 5: capitalised back-references and shortened names, resolved to the actor the document named:
 * <ul>
 * <li>"the Commission", "the Department", "the Council": the nearest organisation named before whose
 *     name has that word ("European Commission", "Department of Homeland Security");</li>
 * <li>"the North", "the South": the one country of the document named "North ..." or "South ...";</li>
 * <li>an organisation the model names by the end of a longer name of the document ("Intelligence
 *     Committee" after "House Intelligence Committee") is that organisation.</li>
 * </ul>
 */
final class BackReferenceLinker {

    private static final Set<String> COMPASS = Set.of("North", "South");
    /** Heads that, after "the", mostly mean something else than an organisation named before. */
    private static final Set<String> VAGUE_HEADS = Set.of("Administration", "Union", "Front", "Movement", "Unit",
            "Office", "Center", "Centre", "Federation");

    void apply(MentionSheet sheet) {
        shortenedNames(sheet);
        NameMatchTokens tokens = sheet.tokens;
        for (int t = 1; t < tokens.size(); t++) {
            String head = tokens.surface(t);
            String before = tokens.surface(t - 1);
            if (sheet.covered(t) || !(before.equals("the") || before.equals("The")) || !tokens.joined(t - 1)
                    || !(NameWords.ORGANISATION_HEADS.contains(head) || COMPASS.contains(head))
                    || VAGUE_HEADS.contains(head) || namesGoOn(tokens, t)) {
                continue;
            }
            Mention target = COMPASS.contains(head) ? compassCountry(sheet, head) : nearestWithWord(sheet, head,
                    tokens.start(t));
            if (target != null) {
                sheet.cover(t, t);
                sheet.add(t, t, target.actor(), target.type(), MentionSource.COREFERENCE, Confidences.COREFERENCE * 0.9);
            }
        }
    }

    /** Whether the word at {@code t} starts a longer name ("the Council of Europe", "the South China Sea"). */
    private static boolean namesGoOn(NameMatchTokens tokens, int t) {
        int next = t + 1;
        if (next >= tokens.size() || !tokens.joined(t)) {
            return false;
        }
        String w = tokens.surface(next);
        return tokens.isWord(next) && (tokens.isCapitalised(next) || w.equals("of") || w.equals("for"))
                || w.equals("-") && tokens.start(next) == tokens.end(t);
    }

    /** The one country of the document whose name starts with "North " (or "South "), else null. */
    private static Mention compassCountry(MentionSheet sheet, String head) {
        Mention found = null;
        for (Mention m : sheet.mentions) {
            if (m.type() == ActorType.COUNTRY && m.actor().startsWith(head + " ")) {
                if (found != null && !found.actor().equals(m.actor())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * Of the organisations named before {@code offset} whose name has the word {@code head}, the one
     * named most often so far (the document's main one: "the Council" of an EU release is the Council
     * of the EU, not the Foreign Affairs Council named once), the nearest on a tie.
     */
    private static Mention nearestWithWord(MentionSheet sheet, String head, int offset) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Mention> last = new HashMap<>();
        for (Mention m : sheet.mentions) {
            if (m.type() == ActorType.ORGANIZATION && m.span().start() < offset && hasWord(m.actor(), head)) {
                counts.merge(m.actor(), 1, Integer::sum);
                last.merge(m.actor(), m, (a, b) -> a.span().start() > b.span().start() ? a : b);
            }
        }
        Mention best = null;
        for (Mention m : last.values()) {
            if (best == null || counts.get(m.actor()) > counts.get(best.actor())
                    || counts.get(m.actor()).equals(counts.get(best.actor())) && m.span().start() > best.span().start()) {
                best = m;
            }
        }
        return best;
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.split("[\\s-]+")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** "Intelligence Committee" after "House Intelligence Committee": the model's shortened name is the full one. */
    private static void shortenedNames(MentionSheet sheet) {
        List<Mention> mentions = sheet.mentions;
        Set<String> organisations = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.ORGANIZATION) {
                organisations.add(m.actor());
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.type() != ActorType.ORGANIZATION || m.source() != MentionSource.MODEL || !m.actor().contains(" ")) {
                continue;
            }
            String longer = null;
            for (String o : organisations) {
                if (o.length() > m.actor().length() && o.toLowerCase(Locale.ROOT).endsWith(" " + m.actor().toLowerCase(Locale.ROOT))) {
                    if (longer != null) {
                        longer = null;
                        break;
                    }
                    longer = o;
                }
            }
            if (longer != null) {
                mentions.set(k, new Mention(m.span(), m.text(), longer, ActorType.ORGANIZATION, MentionSource.COREFERENCE,
                        Confidences.COREFERENCE));
            }
        }
    }
}
