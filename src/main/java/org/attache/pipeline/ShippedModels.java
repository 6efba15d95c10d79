package org.attache.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.nlp.AnalysisModels;
import org.attache.nlp.Lazy;
import org.attache.nlp.ModelInfo;
import org.attache.nlp.NlpModels;
import org.attache.nlp.actors.ActorLists;
import org.attache.nlp.actors.Actors;
import org.attache.nlp.actors.Gazetteer;
import org.attache.nlp.ner.NerModel;
import org.attache.nlp.quotes.Quotations;

/**
 * The analysis models the project ships: the actor gazetteer with our name-finder model, and the
 * quotation lexicon. Each is loaded once per run, on first use.
 */
public final class ShippedModels {

    static final String GAZETTEER = "/models/actors.tsv";

    private ShippedModels() {
    }

    public static AnalysisModels load() {
        return load(ActorLists.NONE);
    }

    /** As {@link #load()}, with the researcher's actor lists laid over the shipped gazetteer. */
    public static AnalysisModels load(ActorLists lists) {
        Lazy<Optional<NerModel>> nameFinder = new Lazy<>(NerModel::loadDefault);
        Lazy<Actors> actors = new Lazy<>(() -> {
            // the name finder takes longest to load: it loads on its own thread while this one reads the gazetteer
            Thread finder = new Thread(() -> loadQuietly(nameFinder), "attache-name-finder");
            finder.setDaemon(true);
            finder.start();
            return Actors.load(() -> nameFinder.get().map(NerModel::newTagger).orElse(null), lists);
        });
        Lazy<Actors> frenchActors = new Lazy<>(Actors::loadFrench);
        Lazy<Quotations> quotations = new Lazy<>(Quotations::load);
        Supplier<List<ModelInfo>> models = () -> {
            List<ModelInfo> infos = new ArrayList<>();
            infos.add(NlpModels.info(GAZETTEER));
            infos.add(NlpModels.info(Gazetteer.FRENCH_RESOURCE));
            if (ShippedModels.class.getResource(NerModel.DEFAULT_RESOURCE) != null) {
                infos.add(NlpModels.info(NerModel.DEFAULT_RESOURCE));
            }
            return infos;
        };
        return new AnalysisModels(() -> actors.get().newRecognizer(), () -> frenchActors.get().newRecognizer(),
                () -> quotations.get().newQuoteFinder(),
                () -> quotations.get().newTranscriptReader(), models);
    }

    /** Loads ahead of use; a failure is left for the first real use, which meets it again and reports it. */
    private static void loadQuietly(Lazy<?> model) {
        try {
            model.get();
        } catch (RuntimeException | LinkageError e) {
            // see above
        }
    }

    /** The gazetteer alone, for commands that only resolve names (search filters). */
    public static Actors actorNames() {
        return Actors.load();
    }

}
