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
 * of that shape exist. The dictionary is stored inside the trained model. Optional
 * ({@code train-ner --gazetteer-feature}): it gained 0.000-0.006 held-out F1 and no dev-set actor F1, and
 * made tagging about 60% slower, so the shipped model does without it (see models/README.md).
 */
final class GazetteerDictionary {

    /** The resource key of the dictionary, as named in {@code features.xml}. */
    static final String KEY = "gazetteer.dictionary";

    private GazetteerDictionary() {
    }

    /** The feature descriptor with the dictionary feature added to its generators. */
    static byte[] withFeature(byte[] descriptor) {
        String xml = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8);
        String generator = "  <generator class=\"opennlp.tools.util.featuregen.DictionaryFeatureGeneratorFactory\">\n"
                + "    <str name=\"dict\">" + KEY + "</str>\n  </generator>\n";
        int end = xml.lastIndexOf("</featureGenerators>");
        if (end < 0) {
            throw new IllegalArgumentException("not a feature-generator descriptor: no </featureGenerators>");
        }
        return (xml.substring(0, end) + generator + xml.substring(end)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
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
