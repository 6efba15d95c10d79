package org.attache.nlp.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.ActorType;
import org.attache.model.Mention;
import org.attache.model.MentionSource;

/**
 * Step 4: an acronym the model found that spells the initials of an organisation the document names
 * in full ("KVDG" after "Kestrel Valley Defense Group") is that organisation.
 */
final class AcronymLinker {

    void apply(MentionSheet sheet) {
        List<Mention> mentions = sheet.mentions;
        Map<String, String> byInitials = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == ActorType.ORGANIZATION && m.actor().contains(" ")) {
                byInitials.putIfAbsent(initials(m.actor()), m.actor());
            }
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            String full = byInitials.get(m.actor());
            if (full != null && m.source() == MentionSource.MODEL && m.actor().length() >= 2
                    && m.actor().chars().allMatch(Character::isUpperCase)) {
                mentions.set(k, new Mention(m.span(), m.text(), full, ActorType.ORGANIZATION, m.source(),
                        m.confidence()));
            }
        }
    }

    /** "KVDG" for "Kestrel Valley Defense Group"; small words do not count. */
    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
