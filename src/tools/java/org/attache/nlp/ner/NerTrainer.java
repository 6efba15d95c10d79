package org.attache.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.attache.nlp.maxent.NerFeatures;

/**
 * Trains an OpenNLP name finder from {@link NameSample}s with the feature generators of
 * {@code features.xml}. Deterministic: the same samples and options give the same model.
 */
public final class NerTrainer {

    static final String FEATURES_RESOURCE = NerFeatures.RESOURCE;
    /** The machine has 2 cores shared with others: GIS never uses more than this. */
    static final int MAX_THREADS = 2;

    private final byte[] featureDescriptor;

    public NerTrainer() {
        this.featureDescriptor = featureDescriptor();
    }

    public TokenNameFinderModel train(List<NameSample> samples, NerTrainingOptions options) throws IOException {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no training sentences");
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, options.openNlpAlgorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, MAX_THREADS);
        // OpenNLP's GIS prints progress to stdout unless told not to; the CLI prints its own summary.
        params.put("PrintMessages", false);
        TokenNameFinderFactory factory = options.gazetteerFeature()
                ? new TokenNameFinderFactory(GazetteerDictionary.withFeature(featureDescriptor),
                        Map.of(GazetteerDictionary.KEY, GazetteerDictionary.of(org.attache.nlp.actors.Gazetteer.load())),
                        new BioCodec())
                : new TokenNameFinderFactory(featureDescriptor, Map.of(), new BioCodec());
        return NameFinderME.train("en", null, new CollectionObjectStream<>(samples), params, factory);
    }

    static byte[] featureDescriptor() {
        try (InputStream in = NerTrainer.class.getResourceAsStream(FEATURES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FEATURES_RESOURCE + " is not on the classpath; rebuild the project");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FEATURES_RESOURCE, e);
        }
    }
}
