package org.attache.nlp.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.ActorType;
import org.attache.model.Cancellation;
import org.attache.model.CleanDocument;
import org.attache.model.Mention;
import org.attache.model.Statement;
import org.attache.model.TextSpan;
import org.attache.nlp.TranscriptReader;

/**
 * Reads transcripts (remarks, press briefings) as speaker turns. A turn starts with a paragraph
 * that opens with an upper-case speaker label ("PRESIDENT BIDEN:", "MR. SULLIVAN:") or a
 * reporter's "Q", and runs until the next label or the closing time stamp / "END". A document with
 * fewer than two labelled turns is not a transcript and gives no statements. Stateless apart from
 * the shared lexicon: safe to share, but made per worker like the other stages.
 */
final class TranscriptTurns implements TranscriptReader {

    /** "PRESIDENT BIDEN:", "SECRETARY GENERAL STOLTENBERG:", "MS. JEAN-PIERRE:" at a paragraph start. */
    private static final Pattern LABEL = Pattern.compile(
            "\\A(\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{1,60}?)\\s*:[\\s\u00A0]+(?=[\\p{Lu}\\p{N}“\"‘'(\\[—–-])");
    /** A reporter's question: "Q", "Q:" or "Q." followed by the question. */
    private static final Pattern QUESTION = Pattern.compile("\\AQ(?:[:.])?[\\s\u00A0]+(?=\\S)");
    private static final Pattern END = Pattern.compile(
            "\\A(?:END\\b.*|\\d{1,2}:\\d{2}\\s*[AaPp]\\.?\\s*[Mm]\\.?.*)", Pattern.DOTALL);

    private final QuoteLexicon lexicon;

    TranscriptTurns(QuoteLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public List<Statement> read(CleanDocument document, List<Mention> mentions) {
        return read(document, mentions, () -> NameMemory.of(document.text(), mentions, lexicon));
    }

    /** As {@link #read(CleanDocument, List)}, with the document's names when the caller has them already. */
    List<Statement> read(CleanDocument document, List<Mention> mentions, Supplier<NameMemory> names) {
        String text = document.text();
        List<TextSpan> paragraphs = document.paragraphs();
        List<Turn> turns = new ArrayList<>();
        Turn open = null;
        for (TextSpan para : paragraphs) {
            Cancellation.check();
            int lead = para.start();
            while (lead < para.end() && (Character.isWhitespace(text.charAt(lead)) || text.charAt(lead) == '\u00A0')) {
                lead++; // scraped transcripts indent labels with no-break spaces
            }
            String p = text.substring(lead, para.end());
            Label label = label(p);
            if (label != null) {
                open = new Turn(label, lead + label.textOffset(), para.end());
                turns.add(open);
            } else if (END.matcher(p).matches()) {
                open = null;
            } else if (open != null) {
                open.end = para.end();
            }
        }
        if (turns.size() < 2) {
            return List.of();
        }
        NameMemory memory = names.get();
        String titleAndText = document.metadata().title() + "\n" + text;
        Map<String, Optional<String>> titled = new HashMap<>(); // the same role labels every turn of a speaker
        List<Statement> out = new ArrayList<>();
        for (Turn t : turns) {
            if (t.end <= t.start) {
                continue;
            }
            Speaker s = speaker(t.label, role -> titled.computeIfAbsent(role, r -> titled(titleAndText, r)),
                    mentions, memory);
            TextSpan span = new TextSpan(t.start, t.end);
            out.add(new Statement(span, span.of(text), s.name(), s.actor(), s.role()));
        }
        return out;
    }

    private static final class Turn {
        final Label label;
        final int start;
        int end;

        Turn(Label label, int start, int end) {
            this.label = label;
            this.start = start;
            this.end = end;
        }
    }

    /** A speaker label: the words before the colon, and where the turn's text starts in the paragraph. */
    private record Label(String words, int textOffset) {
        boolean question() {
            return words.equals("Q");
        }
    }

    private Label label(String paragraph) {
        Matcher q = QUESTION.matcher(paragraph);
        if (q.find()) {
            return new Label("Q", q.end());
        }
        Matcher m = LABEL.matcher(paragraph);
        if (m.find() && m.group(1).chars().anyMatch(Character::isLetter) && m.group(1).length() >= 2) {
            return new Label(m.group(1).strip(), m.end());
        }
        return null;
    }

    /** "PRESIDENT BIDEN" → Joe Biden (role President) when the text names him, else "President Biden". */
    private Speaker speaker(Label label, Function<String, Optional<String>> titled, List<Mention> mentions,
            NameMemory memory) {
        if (label.question()) {
            return new Speaker("Q", "", "reporter", true, false);
        }
        String[] words = label.words().split("\\s+");
        int n = 0;
        while (n < words.length && (lexicon.isRoleWord(words[n].toLowerCase(Locale.ROOT))
                || words[n].equalsIgnoreCase("the"))) {
            n++;
        }
        String role = titleCase(join(words, 0, n).replaceFirst("(?i)^the\\s*", ""));
        boolean courtesy = n > 0 && lexicon.isHonorific(words[0].toLowerCase(Locale.ROOT))
                && !words[0].toLowerCase(Locale.ROOT).matches("(gen|adm|col|lt|maj|capt|sgt|rep|sen|gov|amb)\\.?");
        if (courtesy) {
            role = "";
        }
        String surname = titleCase(join(words, n, words.length));
        if (surname.isEmpty()) {
            // "THE PRESIDENT": the person the text calls "President X"
            surname = titled.apply(role).orElse("");
        }
        if (!surname.isEmpty()) {
            Mention m = personBySurname(mentions, surname);
            if (m != null) {
                return new Speaker(m.actor(), m.actor(), role, true, false);
            }
            NameMemory.Named full = memory.fullName(surname, Integer.MAX_VALUE);
            if (full != null) {
                return new Speaker(full.name(), full.actor(), role, true, false);
            }
        }
        return new Speaker(titleCase(label.words()), "", role, true, false);
    }

    private static Mention personBySurname(List<Mention> mentions, String surname) {
        String key = NameMemory.lastWord(surname);
        for (Mention m : mentions) {
            if (m.type() == ActorType.PERSON && NameMemory.lastWord(m.actor()).equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** The capitalised word first written after {@code title} ("Remarks by President Biden"): the host is named first. */
    private static Optional<String> titled(String text, String title) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(title) + "\\s+(\\p{Lu}[\\p{L}'’-]+)").matcher(text);
        return m.find() ? Optional.of(m.group(1).replaceAll("['’]s$", "")) : Optional.empty();
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    /** "JEAN-PIERRE" → "Jean-Pierre", "SECRETARY GENERAL" → "Secretary General". */
    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
