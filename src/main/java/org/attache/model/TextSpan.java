package org.attache.model;

/** A half-open character range {@code [start, end)} into a document's clean text. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; throws if the span does not fit the text. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") beyond text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
