package org.attache.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Parses what analysts type, in Lucene's classic query syntax: {@code AND}/{@code OR}/{@code NOT},
 * {@code +}/{@code -}, {@code "phrases"}, {@code wild*cards}, {@code fuzzy~}, {@code (groups)} and
 * fields. Terms are all required unless joined with {@code OR}. Documents are searched in title
 * (boosted) and body by default, quotations in their text. On top of the classic syntax:
 * {@code actor:USA} resolves the alias like {@code --actor}; {@code date:2021},
 * {@code date:2021-06} and {@code date:[2021-01-01 TO 2021-06-30]} filter by date; a query of only
 * negated terms means "everything except"; an unknown field is an error rather than silently
 * matching nothing. Thread-safe: each parse uses a fresh parser.
 */
public final class QueryParsing {

    /** Fields a document query may name; {@code document} is the id. */
    public static final Set<String> DOCUMENT_FIELDS = Set.of(IndexSchema.TITLE, IndexSchema.BODY,
            IndexSchema.PUBLISHER, IndexSchema.ACTOR, IndexSchema.SPEAKER, IndexSchema.DATE, "document");
    /** Fields a quotation query may name. */
    public static final Set<String> QUOTE_FIELDS = Set.of(IndexSchema.QUOTE, IndexSchema.SPEAKER, IndexSchema.ACTOR,
            IndexSchema.TITLE, IndexSchema.DATE, "document");

    /**
     * Longest query accepted, in characters: far beyond any typed or pasted search, short of what makes a
     * phrase query cost seconds and hundreds of megabytes (a 100,000-character phrase took 15 s and 650 MB).
     */
    public static final int MAX_LENGTH = 4_000;
    /** Deepest nesting of parentheses accepted: the parser recurses per level, and thousands overflow its stack. */
    public static final int MAX_DEPTH = 64;

    private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer = IndexSchema.analyzer();
    private final ActorNames actorNames;

    public QueryParsing(ActorNames actorNames) {
        this.actorNames = actorNames;
    }

    /**
     * A query over documents (title and body by default; a body in another language is also searched
     * as analysed in that language, see {@link IndexSchema#bodyFieldOf}).
     */
    public Query documents(String text) throws QuerySyntaxException {
        List<String> fields = new ArrayList<>(List.of(IndexSchema.TITLE, IndexSchema.BODY));
        fields.addAll(IndexSchema.languageBodyFields());
        Map<String, Float> boosts = new HashMap<>();
        fields.forEach(f -> boosts.put(f, 1f));
        boosts.put(IndexSchema.TITLE, 2f);
        return parse(text, fields.toArray(String[]::new), boosts, DOCUMENT_FIELDS);
    }

    /** Documents (or quotations) in any of {@code languages}, codes as in documents.csv. */
    public static Query languages(List<String> languages) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String l : languages) {
            b.add(new TermQuery(new Term(IndexSchema.LANGUAGE, l.strip().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** A query over quotations (the quoted words by default). */
    public Query quotes(String text) throws QuerySyntaxException {
        return parse(text, new String[] {IndexSchema.QUOTE}, Map.of(), QUOTE_FIELDS);
    }

    private Query parse(String text, String[] defaults, Map<String, Float> boosts, Set<String> known)
            throws QuerySyntaxException {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.equals("*") || q.equals("*:*")) {
            return new MatchAllDocsQuery();
        }
        checkSize(q);
        Parser parser = new Parser(analyzer, actorNames, defaults, boosts, known, q);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw describe(e, q);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query expands to too many terms; make wildcards or fuzzy terms "
                    + "more specific", 0);
        }
    }

    /** Refuses a query longer or more deeply nested than the limits above, before the parser sees it. */
    static void checkSize(String q) throws QuerySyntaxException {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++; // an escaped character is a plain character
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(' && ++depth > MAX_DEPTH) {
                throw new QuerySyntaxException("the parentheses at column " + (i + 1) + " are nested more than "
                        + MAX_DEPTH + " deep; the limit is " + MAX_DEPTH + ": write the query flatter", i + 1);
            } else if (!quoted && c == ')' && depth > 0) {
                depth--;
            }
        }
        if (q.length() > MAX_LENGTH) {
            throw new QuerySyntaxException(String.format(Locale.ROOT, "the query is %,d characters long; the limit "
                    + "is %,d: search for fewer or shorter phrases", q.length(), MAX_LENGTH), MAX_LENGTH + 1);
        }
    }

    /** One line for the user: what is wrong, and at which column. */
    static QuerySyntaxException describe(ParseException wrapped, String query) {
        Throwable root = wrapped;
        while (root.getCause() != null && (root.getCause() instanceof ParseException
                || root.getCause() instanceof TokenMgrError || root.getCause() instanceof IndexSearcher.TooManyClauses)) {
            root = root.getCause();
        }
        if (root instanceof FieldProblem fp) {
            return new QuerySyntaxException(fp.getMessage(), fp.column);
        }
        if (root instanceof IndexSearcher.TooManyClauses) {
            return new QuerySyntaxException("the query expands to too many terms; make wildcards or fuzzy terms "
                    + "more specific", 0);
        }
        if (root instanceof TokenMgrError) {
            Matcher m = LEXICAL_COLUMN.matcher(root.getMessage());
            int column = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int quote = unclosedQuote(query);
            if (quote > 0) {
                return new QuerySyntaxException("the quotation mark at column " + quote + " is never closed", quote);
            }
            int slash = unclosedSlash(query);
            if (slash > 0) {
                return new QuerySyntaxException("the '/' at column " + slash + " starts a regular expression that is "
                        + "never closed; to search for a slash, quote the words or write \\/", slash);
            }
            if (query.endsWith("\\")) {
                return new QuerySyntaxException("the query ends with a lone backslash at column " + query.length()
                        + "; write \\\\ for a backslash", query.length());
            }
            return new QuerySyntaxException("unexpected character at column " + column, column);
        }
        if (root instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            List<String> expected = expected(pe);
            if (next.kind == QueryParserConstants.EOF) {
                int column = query.length();
                if (expected.contains("\")\"")) {
                    return new QuerySyntaxException("a '(' is never closed: add ')' (query ends at column " + column
                            + ")", column);
                }
                if (expected.contains("\"]\"") || expected.contains("\"}\"") || expected.contains("\"TO\"")) {
                    return new QuerySyntaxException("the range is not finished: write [FROM TO UNTIL] (query ends "
                            + "at column " + column + ")", column);
                }
                String last = pe.currentToken.image == null ? "" : pe.currentToken.image;
                return new QuerySyntaxException("the query ends too early after '" + last + "' at column " + column
                        + ": expected a word or phrase", column);
            }
            int column = next.beginColumn + 1; // the query lexer counts columns from 0
            return new QuerySyntaxException("unexpected '" + next.image + "' at column " + column
                    + (next.kind == QueryParserConstants.RPAREN ? ": no '(' to close" : "")
                    + (next.kind == QueryParserConstants.AND || next.kind == QueryParserConstants.OR
                    ? ": AND/OR need a word on each side" : ""), column);
        }
        String message = root.getMessage() == null ? "malformed query" : root.getMessage().lines().findFirst()
                .orElse("malformed query");
        return new QuerySyntaxException(message, 0);
    }

    private static List<String> expected(ParseException pe) {
        List<String> out = new ArrayList<>();
        if (pe.expectedTokenSequences != null && pe.tokenImage != null) {
            for (int[] seq : pe.expectedTokenSequences) {
                if (seq.length > 0) {
                    out.add(pe.tokenImage[seq[0]]);
                }
            }
        }
        return out;
    }

    /** 1-based column of a quotation mark that is never closed, or 0. */
    private static int unclosedQuote(String query) {
        int open = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                open = open == 0 ? i + 1 : 0;
            }
        }
        return open;
    }

    /** 1-based column of a regular-expression slash (outside quotes) that is never closed, or 0. */
    private static int unclosedSlash(String query) {
        int open = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '/' && !quoted) {
                open = open == 0 ? i + 1 : 0;
            }
        }
        return open;
    }

    /** A problem found while building a clause (unknown field, bad date), with its column. */
    private static final class FieldProblem extends ParseException {
        final int column;

        FieldProblem(String message, int column) {
            super(message);
            this.column = column;
        }
    }

    /** The classic parser with our fields: aliases for actors, dates as ranges, unknown fields refused. */
    private static final class Parser extends MultiFieldQueryParser {
        private final Set<String> known;
        private final String query;
        private final ActorNames actorNames;

        Parser(Analyzer analyzer, ActorNames actorNames, String[] defaults, Map<String, Float> boosts,
               Set<String> known, String query) {
            super(defaults, analyzer, boosts);
            this.actorNames = actorNames;
            this.known = known;
            this.query = query;
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(true);
            setSplitOnWhitespace(true);
        }

        private String check(String field) throws ParseException {
            if (field == null) {
                return null;
            }
            if (field.equals("document")) {
                return IndexSchema.ID;
            }
            if (!known.contains(field) && !(known.contains(IndexSchema.BODY) && field.startsWith(IndexSchema.BODY_IN))) {
                int at = query.indexOf(field + ":");
                throw new FieldProblem("'" + field + ":' at column " + (at + 1) + " is not a field; known fields: "
                        + String.join(", ", known.stream().sorted().toList())
                        + " (to search for a colon, quote the words or write \\:)", at + 1);
            }
            return field;
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            String f = check(field);
            if (IndexSchema.ACTOR.equals(f)) {
                return new TermQuery(new Term(IndexSchema.ACTOR, actorNames.resolve(text).toLowerCase(Locale.ROOT)));
            }
            if (IndexSchema.DATE.equals(f)) {
                PartialDate d = date(text);
                return dateRange(d.first().toEpochDay(), d.last().toEpochDay());
            }
            if (IndexSchema.ID.equals(f)) {
                return new TermQuery(new Term(IndexSchema.ID, text));
            }
            return super.getFieldQuery(f, text, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            String f = check(field);
            if (IndexSchema.ACTOR.equals(f) || IndexSchema.DATE.equals(f) || IndexSchema.ID.equals(f)) {
                return getFieldQuery(field, text, true);
            }
            return super.getFieldQuery(f, text, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            String f = check(field);
            if (IndexSchema.DATE.equals(f)) {
                long from = part1 == null ? Long.MIN_VALUE : date(part1).first().toEpochDay() + (startInclusive ? 0 : 1);
                long to = part2 == null ? Long.MAX_VALUE : date(part2).last().toEpochDay() - (endInclusive ? 0 : 1);
                return dateRange(from, to);
            }
            return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getWildcardQuery(String field, String text) throws ParseException {
            if ("*".equals(field) && "*".equals(text)) {
                return new MatchAllDocsQuery();
            }
            String f = check(field);
            return super.getWildcardQuery(f, keywordCase(f, text));
        }

        @Override
        protected Query getPrefixQuery(String field, String text) throws ParseException {
            String f = check(field);
            return super.getPrefixQuery(f, keywordCase(f, text));
        }

        /** {@code security~}: every near spelling, the word itself (as a stemmed word) ranked first. */
        @Override
        protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
            String f = check(field);
            Query fuzzy = super.getFuzzyQuery(f, keywordCase(f, text), similarity);
            Query exact = f == null || IndexSchema.ACTOR.equals(f) ? null : super.getFieldQuery(f, text, false);
            return exact == null ? fuzzy : new BooleanQuery.Builder().add(fuzzy, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(exact, 4f), BooleanClause.Occur.SHOULD).build();
        }

        @Override
        protected Query getRegexpQuery(String field, String text) throws ParseException {
            String f = check(field);
            return super.getRegexpQuery(f, keywordCase(f, text));
        }

        /** "-china" alone means everything but China, not nothing. */
        @Override
        protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
            Query q = super.getBooleanQuery(clauses);
            if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                    && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
                BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(),
                        BooleanClause.Occur.FILTER);
                bq.clauses().forEach(b::add);
                return b.build();
            }
            return q;
        }

        /** Actor terms are indexed lower-cased; the keyword analyzer does not normalise wildcard terms. */
        private String keywordCase(String field, String text) {
            return IndexSchema.ACTOR.equals(field) ? text.toLowerCase(Locale.ROOT) : text;
        }

        private PartialDate date(String text) throws ParseException {
            try {
                return PartialDate.parse(text);
            } catch (IllegalArgumentException e) {
                int at = query.indexOf(text);
                throw new FieldProblem("bad date at column " + (at + 1) + ": " + e.getMessage(), at + 1);
            }
        }
    }

    public static Query dateRange(long fromDay, long toDay) {
        return LongPoint.newRangeQuery(IndexSchema.DATE_DAY, fromDay, toDay);
    }
}
