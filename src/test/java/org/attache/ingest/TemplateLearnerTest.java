package org.attache.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.attache.model.SourceFormat;
import org.junit.jupiter.api.Test;

class TemplateLearnerTest {

    private static String dump(String story) {
        return "Example Site\n\nOur award-winning newsroom is funded by readers like you and always will be\n\n"
                + story + "\n\nSign up for the morning briefing and get the news that matters\n";
    }

    private static final String[] STORIES = {
            "Allies agreed on Monday that a cyber-attack could trigger the collective defence clause of the treaty.",
            "The communiqué names Russia and China, and officials said the language had been deliberately kept broad.",
            "Diplomats said the policy would be reviewed at the next summit in the spring, after consultations.",
            "Ministers met in Brussels to discuss support for Ukraine and the deployment of additional air defences.",
    };

    @Test
    void linesRepeatedAcrossASitesDocumentsAreRemovedAsTemplate() {
        TemplateLearner learner = new TemplateLearner();
        for (int i = 0; i < STORIES.length; i++) {
            learner.add("site/" + i + ".txt", dump(STORIES[i]));
        }
        Templates templates = learner.build();
        assertEquals(1, templates.siteCount());
        CleanedPage page = new Cleaners(templates).forFormat(SourceFormat.TEXT).clean(dump(STORIES[0]), "site/0.txt");
        assertEquals(STORIES[0], page.text());
        assertTrue(page.removals().stream().anyMatch(r -> r.rule().equals("site-template") && r.text().startsWith("Our award-winning")));
    }

    @Test
    void withoutTemplatesTheSameLineIsKeptAndOtherSitesAreUnaffected() {
        TemplateLearner learner = new TemplateLearner();
        for (int i = 0; i < STORIES.length; i++) {
            learner.add("site/" + i + ".txt", dump(STORIES[i]));
        }
        Templates templates = learner.build();
        String other = "Other Paper\n\nOur award-winning newsroom is funded by readers like you and always will be\n\n" + STORIES[1] + "\n";
        CleanedPage page = new Cleaners(templates).forFormat(SourceFormat.TEXT).clean(other, "elsewhere/1.txt");
        assertTrue(page.text().contains("award-winning newsroom"));
    }

    @Test
    void twoDocumentsAreTooFewToCallALineTemplate() {
        TemplateLearner learner = new TemplateLearner();
        learner.add("site/0.txt", dump(STORIES[0]));
        learner.add("site/1.txt", dump(STORIES[1]));
        assertEquals(0, learner.build().siteCount());
        assertFalse(Templates.NONE.forSites(List.of("x")).isTemplate("anything"));
    }

    @Test
    void copiesOfOneDocumentAreNotTemplatesOfEachOther() {
        TemplateLearner learner = new TemplateLearner();
        for (int i = 0; i < 4; i++) {
            learner.add("site/copy-" + i + ".txt", dump(STORIES[0]));
        }
        assertEquals(0, learner.build().siteCount());
    }

    @Test
    void partsLearnedApartAndMergedGiveTheTemplatesOfOnePass() throws Exception {
        TemplateLearner whole = new TemplateLearner();
        for (int i = 0; i < STORIES.length; i++) {
            whole.add("site/" + i + ".txt", dump(STORIES[i]));
        }
        // each template line seen once in each part: only the parts together make it a template
        TemplateLearner first = TemplateLearner.forMerging();
        TemplateLearner second = TemplateLearner.forMerging();
        for (int i = 0; i < STORIES.length; i++) {
            (i % 2 == 0 ? first : second).count(TemplateLearner.observe("site/" + i + ".txt", dump(STORIES[i])));
        }
        assertEquals(0, first.build().siteCount());
        TemplateLearner merged = TemplateLearner.forMerging().merge(roundTrip(first)).merge(roundTrip(second));
        assertEquals(whole.build().fingerprint(), merged.build().fingerprint());
        assertEquals(1, merged.build().siteCount());
    }

    @Test
    void anObservedCopyIsCountedOnce() {
        TemplateLearner learner = TemplateLearner.forMerging();
        for (int i = 0; i < 4; i++) {
            learner.count(TemplateLearner.observe("site/copy-" + i + ".txt", dump(STORIES[0])));
        }
        assertEquals(0, learner.build().siteCount());
    }

    /** As a Spark task sends a learner to the driver. */
    private static TemplateLearner roundTrip(TemplateLearner learner) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(learner);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TemplateLearner) in.readObject();
        }
    }
}
