package org.attache.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Wildcard and fuzzy terms for the highlighter, expanded once per search. Left to itself the
 * highlighter matches them against the whole term dictionary again for every hit it marks, which
 * on a 10,000-document index costs more than the search.
 */
final class Highlighting {

    /** Terms taken from each wildcard or fuzzy term at most (the snippet marks these). */
    private static final int TERMS_PER_PATTERN = 64;
    private static final int MAX_TERMS = 512;

    private Highlighting() {
    }

    /** {@code query} plus, as plain terms, what its wildcards and fuzzy terms match (not under NOT). */
    static Query expandTerms(Query query, IndexReader reader) throws IOException {
        List<MultiTermQuery> patterns = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                if (q instanceof MultiTermQuery m) {
                    patterns.add(m);
                }
            }
        });
        if (patterns.isEmpty()) {
            return query;
        }
        Set<Term> terms = new LinkedHashSet<>();
        for (MultiTermQuery m : patterns) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms t = leaf.reader().terms(m.getField());
                if (t == null) {
                    continue;
                }
                TermsEnum e = m.getTermsEnum(t);
                int n = 0;
                for (BytesRef b = e.next(); b != null && n < TERMS_PER_PATTERN && terms.size() < MAX_TERMS;
                     b = e.next(), n++) {
                    terms.add(new Term(m.getField(), BytesRef.deepCopyOf(b)));
                }
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
        terms.forEach(term -> b.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
        return b.build();
    }
}
