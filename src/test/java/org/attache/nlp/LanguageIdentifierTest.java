package org.attache.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Language detection on invented texts of communiqué shape; codes are ISO 639-1. */
class LanguageIdentifierTest {

    private static final LanguageIdentifier LANGUAGES = new LanguageIdentifier();

    @Test
    void englishFrenchAndGermanCommuniques() {
        assertEquals("en", LANGUAGES.identify("NATO allies agreed on Tuesday to strengthen their cyber defences after "
                + "a wave of attacks on hospitals, the Secretary General told reporters in Brussels."));
        assertEquals("fr", LANGUAGES.identify("Selon le secrétaire général de l'Alliance, la Russie représente la "
                + "menace la plus directe pour la sécurité des Alliés, a-t-il déclaré jeudi à Bruxelles."));
        assertEquals("de", LANGUAGES.identify("Der Minister sprach im Bundestag über die Zeitenwende. Die Bundeswehr "
                + "wird modernisiert und die Verteidigungsausgaben werden deutlich erhöht."));
    }

    @Test
    void shortOrEmptyTextsAreUnknown() {
        assertEquals("unknown", LANGUAGES.identify(""));
        assertEquals("unknown", LANGUAGES.identify("NATO summit, 14 June 2021"));
        assertEquals("unknown", LANGUAGES.identify("1234 5678 — … 2021-06-14 ///"));
    }

    @Test
    void plainEnglishIsRecognisedWithoutTheModelButOtherLanguagesAreNot() {
        String english = "The ministers said that the alliance will stand with Ukraine, and that the summit in Vilnius "
                + "was a signal to the world of the unity of the allies. ";
        assertEquals(true, LanguageIdentifier.plainlyEnglish(english.repeat(4)));
        assertEquals("en", LANGUAGES.identify(english.repeat(4)));
        assertEquals(false, LanguageIdentifier.plainlyEnglish(english), "too few words to decide without the model");
        String german = "Der Minister sprach im Bundestag über die Zeitenwende und die Bundeswehr. ";
        assertEquals(false, LanguageIdentifier.plainlyEnglish(german.repeat(8)));
        String mixed = "Die Nutzer haben die Möglichkeit, ein Video aufzunehmen. Users can record a video. ";
        assertEquals(false, LanguageIdentifier.plainlyEnglish(mixed.repeat(6)));
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String french = "La France et l'Allemagne ont réaffirmé leur soutien à l'Ukraine lors du sommet. ";
        assertEquals("fr", LANGUAGES.identify(french.repeat(40) + "English words at the very end. ".repeat(200)));
    }

    @Test
    void iso639Dash3CodesMapToTwoLetters() {
        assertEquals("en", LanguageIdentifier.iso1("eng"));
        assertEquals("fr", LanguageIdentifier.iso1("fra"));
        assertEquals("de", LanguageIdentifier.iso1("deu"));
        assertEquals("zh", LanguageIdentifier.iso1("cmn"));
        assertEquals("gsw", LanguageIdentifier.iso1("gsw"), "no two-letter code: the model's code stays");
    }
}
