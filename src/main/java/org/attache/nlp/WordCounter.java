package org.attache.nlp;

/** Counts words as runs of letters or digits (the same notion as the evaluation's \w+). */
public final class WordCounter {

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordChar = Character.isLetterOrDigit(c) || c == '_';
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
