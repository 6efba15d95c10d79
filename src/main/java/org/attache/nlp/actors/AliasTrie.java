package org.attache.nlp.actors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Surface forms keyed token by token on their folded keys, for longest-match-first lookup in one
 * pass over a document, whatever the number of forms. Built once, then only read: safe to share.
 */
final class AliasTrie {

    /** A form that ends at a trie node, with its tokens as written (for the case rules). */
    record Candidate(ActorEntry entry, Alias alias, String[] tokens) {
    }

    /** The longest accepted form starting at token {@code first}, ending at token {@code last} (inclusive). */
    record Hit(int first, int last, Candidate candidate) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Candidate> candidates = new ArrayList<>();
    }

    /** Decides whether a candidate may be read at tokens {@code first..last} of the text. */
    interface CaseRule {
        boolean accepts(Candidate c, NameMatchTokens text, int first, int last);
    }

    private final Node root = new Node();

    AliasTrie(List<ActorEntry> entries, Predicate<Alias> include) {
        for (ActorEntry e : entries) {
            for (Alias a : e.aliases()) {
                if (include.test(a)) {
                    add(e, a);
                }
            }
        }
    }

    private void add(ActorEntry e, Alias a) {
        NameMatchTokens t = NameMatchTokens.of(a.text());
        String[] surface = new String[t.size()];
        Node node = root;
        for (int i = 0; i < t.size(); i++) {
            surface[i] = t.surface(i);
            node = node.next.computeIfAbsent(t.key(i), k -> new Node());
        }
        node.candidates.add(new Candidate(e, a, surface));
        // exact-case forms first: an acronym is stronger evidence than a name folded to the same key
        node.candidates.sort((x, y) -> Integer.compare(rank(x.alias()), rank(y.alias())));
    }

    private static int rank(Alias a) {
        return switch (a.kind()) {
            case ACRONYM -> 0;
            case NAME -> 1;
            case DEMONYM -> 2;
            case SHORT -> 3;
        };
    }

    /** The longest form starting at token {@code first} that the rule accepts, or null. */
    Hit longestAt(NameMatchTokens text, int first, CaseRule rule) {
        return longestAt(text, first, text.size() - 1, rule);
    }

    /** The longest form starting at token {@code first} and ending at or before {@code limit}, or null. */
    Hit longestAt(NameMatchTokens text, int first, int limit, CaseRule rule) {
        Node node = root;
        Hit best = null;
        for (int j = first; j <= limit; j++) {
            if (j > first && !text.joined(j - 1)) {
                break;
            }
            node = node.next.get(text.key(j));
            if (node == null) {
                break;
            }
            for (Candidate c : node.candidates) {
                if (rule.accepts(c, text, first, j)) {
                    best = new Hit(first, j, c);
                    break;
                }
            }
        }
        return best;
    }

    List<Candidate> candidatesFor(String form) {
        NameMatchTokens t = NameMatchTokens.of(form);
        Node node = root;
        for (int i = 0; i < t.size() && node != null; i++) {
            node = node.next.get(t.key(i));
        }
        return node == null ? List.of() : Collections.unmodifiableList(node.candidates);
    }
}
