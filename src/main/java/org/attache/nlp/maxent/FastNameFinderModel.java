package org.attache.nlp.maxent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A name-finder model whose name finders search with a {@link ReusingMaxentModel}: the same beam
 * search over the same probabilities as OpenNLP's, with far fewer feature lookups. Each
 * {@link NameFinderME} made from it gets its own search (and so its own reuse state).
 */
public final class FastNameFinderModel extends TokenNameFinderModel {

    private static final long serialVersionUID = 1L;
    private static final String MAXENT_ENTRY = "nameFinder.model";
    static final String TOOL = "name finder";

    /** Built once per model and shared by its name finders; empty if the model is not GIS or its table could not be built. */
    private final transient Optional<PredicateTable> table;
    /** Empty if the model's features are not the ones {@link NameFeatures} makes. */
    private final transient Optional<NameSearchModel> search;

    public FastNameFinderModel(InputStream in) throws IOException {
        super(in);
        this.table = OpenNlpFence.layout(getArtifact(MAXENT_ENTRY), TOOL).flatMap(l -> PredicateTable.of(l.predicates()));
        this.search = NameSearchModel.of(this, table);
    }

    /**
     * Name finders of the model file {@code bytes}, as {@link #finders()} makes them: read straight into
     * our search where the file allows ({@link NameFinderFile}), else through OpenNLP's model.
     */
    public static Supplier<TokenNameFinder> finders(byte[] bytes) throws IOException {
        Optional<NameSearchModel> direct = NameFinderFile.read(bytes);
        if (direct.isPresent()) {
            NameSearchModel ours = direct.get();
            return () -> new NameSearch(ours);
        }
        return new FastNameFinderModel(new ByteArrayInputStream(bytes)).finders();
    }

    /** The name finder for one thread: our own search where it reproduces OpenNLP's, else OpenNLP's. */
    public TokenNameFinder newFinder() {
        return search.<TokenNameFinder>map(NameSearch::new).orElseGet(() -> new NameFinderME(this));
    }

    /**
     * Makes name finders as {@link #newFinder()} does, holding only what they need: with our own search,
     * the search model and not this model, so that OpenNLP's feature map (380,000 strings and contexts,
     * the most objects of all the loaded models) can be dropped once loaded instead of being copied by
     * every JVM's first collections.
     */
    public Supplier<TokenNameFinder> finders() {
        if (search.isPresent()) {
            NameSearchModel ours = search.get();
            return () -> new NameSearch(ours);
        }
        return this::newFinder;
    }

    @Override
    public SequenceClassificationModel getNameFinderSequenceModel() {
        Object artifact = getArtifact(MAXENT_ENTRY);
        if (!(artifact instanceof GISModel gis) || table.isEmpty()) {
            return super.getNameFinderSequenceModel();
        }
        String beam = getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        int beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        return new BeamSearch(beamSize, new ReusingMaxentModel(gis, table.get()));
    }
}
