package org.attache.nlp.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.attache.model.Mention;
import org.junit.jupiter.api.Test;

/** models/actors-fr.tsv added to the gazetteer: French names count under the canonical English ones. */
class FrenchGazetteerTest {

    private static final Gazetteer FRENCH = Gazetteer.loadFrench();

    @Test
    void frenchNamesAndDemonymsResolveToTheEnglishCanonicalNames() {
        assertEquals(Optional.of("Russia"), FRENCH.canonical("Russie"));
        assertEquals(Optional.of("Russia"), FRENCH.canonical("russe"));
        assertEquals(Optional.of("United States"), FRENCH.canonical("États-Unis"));
        assertEquals(Optional.of("European Union"), FRENCH.canonical("Union européenne"));
        assertEquals(Optional.of("NATO"), FRENCH.canonical("OTAN"));
        assertEquals(Optional.of("Russia"), FRENCH.canonical("Russia"), "the English forms stay");
        assertEquals(Optional.empty(), Gazetteer.load().canonical("Russie"), "English documents do not read French");
    }

    @Test
    void aFrenchTextIsCountedUnderCanonicalNames() {
        String text = "Selon l'OTAN, la Russie et la Chine menacent la sécurité européenne. La pression russe "
                + "inquiète les États-Unis et le Royaume-Uni.";
        List<Mention> found = Actors.of(FRENCH, null).newRecognizer().find(text, List.of());
        List<String> actors = found.stream().filter(m -> m.type().isActor()).map(Mention::actor).toList();
        assertEquals(List.of("NATO", "Russia", "China", "Russia", "United States", "United Kingdom"), actors);
        for (Mention m : found) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
        }
        assertTrue(found.stream().noneMatch(m -> m.text().equals("Selon")), "no French word becomes an actor");
    }

    @Test
    void aRowOfAnotherTypeThanTheSameActorIsAnError() {
        byte[] tsv = ("canonical\ttype\taliases\tacronyms\tdemonyms\tshort\tmetonym_of\tnotes\n"
                + "Russia\tORGANIZATION\tRussie\t\t\t\t\t\n").getBytes(StandardCharsets.UTF_8);
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load().withForms("x.tsv", tsv));
        assertTrue(e.getMessage().startsWith("x.tsv:2: Russia is COUNTRY"), e.getMessage());
    }

    @Test
    void aFormLeadingToTwoActorsIsAnError() {
        byte[] tsv = ("canonical\ttype\taliases\tacronyms\tdemonyms\tshort\tmetonym_of\tnotes\n"
                + "China\tCOUNTRY\tRussian Federation\t\t\t\t\t\n").getBytes(StandardCharsets.UTF_8);
        GazetteerException e = assertThrows(GazetteerException.class, () -> Gazetteer.load().withForms("x.tsv", tsv));
        assertTrue(e.getMessage().contains("'Russian Federation' of China is already a form of Russia")
                || e.getMessage().contains("'Russian Federation' of Russia is already a form of China"), e.getMessage());
    }
}
