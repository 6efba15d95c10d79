package org.attache.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attache.model.ActorType;
import org.attache.model.Mention;

/**
 * Step 4: one person written with and without a middle name or initial ("Viktor F. Yanukovych" and
 * "Viktor Yanukovych", "Alan Mark Grayson" and "Alan Grayson") is one actor, under the form the gazetteer
 * knows, else the form the document uses most (the first used on a tie), so a once-seen legal name does
 * not split the person nor become the printed name. A known person's full name is never folded into a
 * shorter form the gazetteer does not know: "George Bush" beside "George W. Bush" may be his father.
 */
final class PersonNameForms {

    private final Gazetteer gazetteer;

    PersonNameForms(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void apply(MentionSheet sheet) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        for (Mention m : sheet.mentions) {
            if (m.type() == ActorType.PERSON) {
                counts.merge(m.actor(), 1, Integer::sum);
                firstAt.merge(m.actor(), m.span().start(), Math::min);
            }
        }
        Map<String, String> renamed = new HashMap<>();
        for (String fuller : new TreeSet<>(counts.keySet())) { // sorted: the same output every run
            String[] words = fuller.split(" ");
            if (words.length < 3) {
                continue;
            }
            String shorter = words[0] + " " + words[words.length - 1];
            if (!counts.containsKey(shorter) || known(fuller)) {
                continue;
            }
            int order = Integer.compare(counts.get(fuller), counts.get(shorter));
            boolean keepFuller = !known(shorter)
                    && (order > 0 || order == 0 && firstAt.get(fuller) < firstAt.get(shorter));
            renamed.putIfAbsent(keepFuller ? shorter : fuller, keepFuller ? fuller : shorter);
        }
        if (renamed.isEmpty()) {
            return;
        }
        List<Mention> mentions = sheet.mentions;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String to = m.type() == ActorType.PERSON ? renamed.get(m.actor()) : null;
            if (to != null) {
                mentions.set(k, new Mention(m.span(), m.text(), to, m.type(), m.source(), m.confidence()));
            }
        }
    }

    private boolean known(String name) {
        return gazetteer.typeOf(name).isPresent();
    }
}
