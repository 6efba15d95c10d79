package org.attache.nlp.maxent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceValidator;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What {@link NameSearch} needs of a name-finder model, worked out once and shared by all threads:
 * the feature table, the outcomes, the prior, the beam size, and which outcome may follow which.
 * Only for models {@link NameFeatures} knows how to feed: a GIS model with BIO outcomes whose
 * feature descriptor is our {@code features.xml}; any other model is searched by OpenNLP itself.
 */
final class NameSearchModel {

    private static final String MAXENT_ENTRY = "nameFinder.model";
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";

    private final PredicateTable table;
    private final String[] outcomes;
    private final double[] logPrior;
    private final int beamSize;
    private final boolean[][] mayFollow; // [previous outcome + 1][outcome]; row 0: at the start

    private NameSearchModel(PredicateTable table, String[] outcomes, int beamSize) {
        this.table = table;
        this.outcomes = outcomes;
        this.beamSize = beamSize;
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, null);
        this.logPrior = new double[outcomes.length];
        prior.logPrior(logPrior, new Context[0], null);
        // OpenNLP's validator looks only at the last outcome, so ask it once for every pair.
        SequenceValidator<String> validator = new BioCodec().createSequenceValidator();
        this.mayFollow = new boolean[outcomes.length + 1][outcomes.length];
        for (int before = -1; before < outcomes.length; before++) {
            String[] history = before < 0 ? new String[0] : new String[] {outcomes[before]};
            for (int o = 0; o < outcomes.length; o++) {
                mayFollow[before + 1][o] = validator.validSequence(history.length, new String[history.length + 1],
                        history, outcomes[o]);
            }
        }
    }

    /** The search model of {@code model}, or empty if {@link NameFeatures} cannot reproduce its features. */
    static Optional<NameSearchModel> of(TokenNameFinderModel model, Optional<PredicateTable> table) {
        if (table.isEmpty() || !(model.getArtifact(MAXENT_ENTRY) instanceof GISModel gis)
                || !(model.getFactory().createSequenceCodec() instanceof BioCodec)
                || !(model.getArtifact(DESCRIPTOR_ENTRY) instanceof byte[] descriptor)
                || !sameDescriptor(descriptor)) {
            // NameFinderME searches, still over the fast maxent evaluation when the table was built
            OpenNlpFence.notice(FastNameFinderModel.TOOL + " search", "a feature configuration or codec other than"
                    + " Attaché's features.xml with BIO");
            return Optional.empty();
        }
        String[] outcomes = new String[gis.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = gis.getOutcome(o);
        }
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return of(table.get(), outcomes, beamSize);
    }

    /** The search model of a GIS model's table and outcomes (read straight from its file), if it has "other". */
    static Optional<NameSearchModel> of(PredicateTable table, String[] outcomes, int beamSize) {
        if (!Arrays.asList(outcomes).contains(NameFinderME.OTHER)) {
            OpenNlpFence.notice(FastNameFinderModel.TOOL + " search", "no \"" + NameFinderME.OTHER + "\" outcome");
            return Optional.empty();
        }
        return Optional.of(new NameSearchModel(table, outcomes, beamSize));
    }

    PredicateTable table() {
        return table;
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int o) {
        return outcomes[o];
    }

    double[] logPrior() {
        return logPrior;
    }

    int beamSize() {
        return beamSize;
    }

    /** Whether outcome {@code o} may follow {@code before} (-1: nothing before). */
    boolean mayFollow(int before, int o) {
        return mayFollow[before + 1][o];
    }

    /** Whether a descriptor is ours, comments and layout aside. */
    static boolean sameDescriptor(byte[] descriptor) {
        try (InputStream ours = NameSearchModel.class.getResourceAsStream(NerFeatures.RESOURCE)) {
            return ours != null && canonical(ours.readAllBytes()).equals(canonical(descriptor));
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return false; // a descriptor we cannot read is not ours: OpenNLP searches that model
        }
    }

    private static String canonical(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setIgnoringComments(true);
        StringBuilder out = new StringBuilder();
        canonical(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement(), out);
        return out.toString();
    }

    private static void canonical(Element e, StringBuilder out) {
        out.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes(); // sorted by name
        for (int a = 0; a < attributes.getLength(); a++) {
            out.append(' ').append(attributes.item(a).getNodeName()).append('=').append(attributes.item(a).getNodeValue());
        }
        out.append('>');
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                canonical(element, out);
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                out.append(child.getNodeValue().strip());
            }
        }
        out.append("</>");
    }
}
