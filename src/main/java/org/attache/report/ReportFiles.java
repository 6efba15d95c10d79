package org.attache.report;

/** The names and columns of the CSV files, as documented in the README and DESIGN.md. */
public final class ReportFiles {

    public static final String DOCUMENTS = "documents.csv";
    public static final String ACTOR_MENTIONS = "actor_mentions.csv";
    public static final String ACTORS = "actors.csv";
    public static final String MENTIONS = "mentions.csv";
    public static final String QUOTES = "quotes.csv";
    public static final String STATEMENTS = "statements.csv";
    public static final String ERRORS = "errors.csv";
    public static final String COOCCURRENCE = "cooccurrence.csv";
    public static final String REPORT_HTML = "report.html";

    static final String[] DOCUMENTS_COLUMNS = {"document", "title", "date", "publisher", "words", "format",
            "actors", "mentions", "quotes", "statements", "language", "duplicate_of"};
    static final String[] ACTOR_MENTIONS_COLUMNS = {"document", "actor", "actor_type", "mentions"};
    static final String[] ACTORS_COLUMNS = {"actor", "actor_type", "documents", "mentions", "first_date", "last_date"};
    static final String[] MENTIONS_COLUMNS = {"document", "start", "end", "text", "actor", "actor_type", "source",
            "confidence"};
    static final String[] QUOTES_COLUMNS = {"document", "quote", "speaker", "speaker_actor", "speaker_role", "cue",
            "kind", "start", "end", "confidence", "speaker_start", "speaker_end"};
    static final String[] STATEMENTS_COLUMNS = {"document", "speaker", "speaker_actor", "speaker_role", "text",
            "start", "end"};
    static final String[] COOCCURRENCE_COLUMNS = {"actor_a", "actor_b", "sentences", "documents"};
    static final String[] ERRORS_COLUMNS = {"document", "reason"};

    private ReportFiles() {
    }
}
