package org.attache.nlp.ner;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import org.attache.nlp.actors.ActorEntry;
import org.attache.nlp.actors.Alias;
import org.attache.nlp.actors.EntryType;
import org.attache.nlp.actors.Gazetteer;

/**
 * The actor gazetteer as an OpenNLP {@link Dictionary}, for the name finder's dictionary feature:
 * a token inside a known name ("Jens Stoltenberg", "Ministry of Defence") tells the model that names
 * of that shape exist, which helps it with the unknown ones around them. The dictionary is stored
 * inside the trained model, so the model needs nothing else at run time.
 */
final class GazetteerDictionary {

    /** The resource key of the dictionary, as named in {@code features.xml}. */
    static final String KEY = "gazetteer.dictionary";

    private GazetteerDictionary() {
    }

    static Dictionary of(Gazetteer gazetteer) {
        Dictionary dictionary = new Dictionary(true);
        for (ActorEntry e : gazetteer.entries()) {
            if (e.type() == EntryType.IGNORE) {
                continue;
            }
            add(dictionary, e.canonical());
            for (Alias a : e.aliases()) {
                add(dictionary, a.text());
            }
        }
        return dictionary;
    }

    private static void add(Dictionary dictionary, String name) {
        String[] tokens = name.strip().split("\\s+");
        if (tokens.length > 0 && !tokens[0].isEmpty()) {
            dictionary.put(new StringList(tokens));
        }
    }
}
