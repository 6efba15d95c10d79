package org.attache.nlp.ner;

import static org.attache.nlp.NamedEntity.LOCATION;
import static org.attache.nlp.NamedEntity.ORGANIZATION;
import static org.attache.nlp.NamedEntity.PERSON;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The training corpora we know, recognised by folder name, and how each one's entity types map to
 * ours (PERSON / ORGANIZATION / LOCATION). This table is THE place for the type mapping; a type not
 * listed becomes {@code O} (not a name). See the ner-data README for the reasons:
 * <ul>
 *   <li>GMB {@code gpe} is mostly nationality adjectives ("Iraqi"), so it is dropped; countries are {@code geo}.</li>
 *   <li>CrossNER {@code country} is a place like any other for us; {@code politicalparty} is an organisation.</li>
 *   <li>re3d annotates mentions (pronouns, descriptions), so its spans are filtered to names
 *       ({@link #mentionStyle}).</li>
 * </ul>
 */
public enum NerDataset {
    GMB("gmb", Map.of(
            "per", PERSON,
            "org", ORGANIZATION,
            "geo", LOCATION), true, false),
    UNER_EN_EWT("uner-en-ewt", Map.of(
            "PER", PERSON,
            "ORG", ORGANIZATION,
            "LOC", LOCATION), false, false),
    WIKIGOLD("wikigold", Map.of(
            "PER", PERSON,
            "ORG", ORGANIZATION,
            "LOC", LOCATION), false, false),
    RE3D("re3d", Map.of(
            "Person", PERSON,
            "Organisation", ORGANIZATION,
            "Location", LOCATION), true, true),
    CROSSNER_POLITICS("crossner-politics", Map.of(
            "politician", PERSON,
            "person", PERSON,
            "organisation", ORGANIZATION,
            "politicalparty", ORGANIZATION,
            "location", LOCATION,
            "country", LOCATION), false, false);

    private final String folder;
    private final Map<String, String> types;
    private final boolean titlesInsideNames;
    private final boolean mentionStyle;

    NerDataset(String folder, Map<String, String> types, boolean titlesInsideNames, boolean mentionStyle) {
        this.folder = folder;
        this.types = types;
        this.titlesInsideNames = titlesInsideNames;
        this.mentionStyle = mentionStyle;
    }

    /** The folder name under the ner-data root. */
    public String folder() {
        return folder;
    }

    /** Our type for the dataset's type name, or empty when the type is not a name we keep. */
    public Optional<String> map(String datasetType) {
        return Optional.ofNullable(types.get(datasetType));
    }

    /** True when person spans carry titles ("President Bush") that we strip to the bare name. */
    public boolean titlesInsideNames() {
        return titlesInsideNames;
    }

    /** True when spans are mentions (pronouns, "the city", "Coalition forces") that must be filtered to names. */
    public boolean mentionStyle() {
        return mentionStyle;
    }

    /** The dataset a folder holds, by its name (the last path element). */
    public static Optional<NerDataset> fromFolder(String folderName) {
        return Arrays.stream(values()).filter(d -> d.folder.equals(folderName)).findFirst();
    }

    /** The known folder names, for error messages. */
    public static String knownFolders() {
        return Arrays.stream(values()).map(NerDataset::folder).collect(Collectors.joining(", "));
    }
}
