package org.attache.index;

/** A query the parser refuses; the message is one line saying what is wrong and where. */
public final class QuerySyntaxException extends Exception {

    private final int column;

    public QuerySyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** 1-based column of the problem in the query, 0 when it cannot be pinned down. */
    public int column() {
        return column;
    }
}
