package org.attache.report;

/** Escaping for text and attribute values in HTML and inline SVG. */
final class Html {

    private Html() {
    }

    /**
     * The text with {@code & < > " '} as character references, so document text can never open a tag or
     * end an attribute; control characters other than tab and newline (not allowed in HTML) become U+FFFD.
     */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\t', '\n' -> sb.append(c);
                case '\r' -> sb.append('\n');
                default -> sb.append(c < 0x20 || c == 0x7f || c == '\ufffe' || c == '\uffff' ? '\ufffd' : c);
            }
        }
        return sb.toString();
    }

    /** At most {@code max} characters (never splitting a surrogate pair), with an ellipsis when cut. */
    static String shorten(String s, int max) {
        String t = s == null ? "" : s.strip().replaceAll("\\s+", " ");
        if (t.length() <= max) {
            return t;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return t.substring(0, cut).stripTrailing() + "\u2026";
    }
}
