package org.attache.nlp.quotes;

import java.util.regex.Pattern;
import org.attache.model.TextSpan;

/**
 * A person the narration gives a verb of saying to without quoting them: "…, noted Acme's Jo Kent." or
 * "…, said Jo Kent, the county's treasurer." The name closes the clause of the inverted verb, in a sentence
 * that quotes nothing before it: "“We will win,” said Jo Kent" is a quotation's cue, whose speaker is
 * known already, and "…, said Kent erred" makes Kent the subject of the reported clause, not the speaker.
 */
final class ReportedSubject {

    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]");
    /** How far back the start of the name's sentence is looked for. */
    private static final int SENTENCE_REACH = 700;

    private ReportedSubject() {
    }

    /** Whether {@code name}, found right after an inverted verb of saying, is the subject of reported speech. */
    static boolean of(String text, TextSpan name) {
        int start = SentenceBounds.sentenceStart(text, Math.max(0, name.start() - SENTENCE_REACH), name.start());
        return closesClause(text, name.end()) && !QUOTE_MARK.matcher(text.substring(start, name.start())).find();
    }

    private static boolean closesClause(String text, int end) {
        int k = end;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k == text.length() || text.charAt(k) == '.' || text.charAt(k) == ',';
    }
}
