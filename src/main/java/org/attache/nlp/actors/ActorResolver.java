package org.attache.nlp.actors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.model.Mention;
import org.attache.model.Sentence;
import org.attache.nlp.ActorRecognizer;
import org.attache.nlp.EntityTagger;

/**
 * Finds actor and place mentions under canonical names: the steps below, in this order, each
 * reading and extending one {@link MentionSheet} per document.
 * <ol>
 * <li>{@link GazetteerPass}: known names, acronyms and demonyms, and actors nested in them;</li>
 * <li>{@link ModelEntityFilter}: the name finder's entities the gazetteer does not know, kept when they look like names;</li>
 * <li>{@link SpeakerLabels}: transcript labels ("PRESIDENT BIDEN:") as mentions of the person speaking;</li>
 * <li>{@link PersonCoreference}: surnames, titles and repeated full names linked to the person;</li>
 * <li>{@link AcronymLinker}: acronyms linked to the organisation they abbreviate;</li>
 * <li>{@link BackReferenceLinker}: "the Commission", "the North" and shortened names linked to the actor named.</li>
 * </ol>
 * Not thread-safe (the tagger is not): one per worker thread, sharing one {@link Gazetteer}.
 */
public final class ActorResolver implements ActorRecognizer {

    private final Optional<EntityTagger> tagger;
    private final GazetteerPass gazetteerPass;
    private final ModelEntityFilter modelFilter;
    private final SpeakerLabels labels;
    private final PersonCoreference people;
    private final AcronymLinker acronyms = new AcronymLinker();
    private final BackReferenceLinker backReferences = new BackReferenceLinker();

    public ActorResolver(Gazetteer gazetteer, Optional<EntityTagger> tagger) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.gazetteerPass = new GazetteerPass(gazetteer);
        this.modelFilter = new ModelEntityFilter(gazetteer);
        this.labels = new SpeakerLabels(gazetteer);
        this.people = new PersonCoreference(gazetteer);
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sents = sentences == null ? List.of() : sentences;
        MentionSheet sheet = new MentionSheet(text);
        gazetteerPass.apply(sheet);
        if (tagger.isPresent()) {
            modelFilter.apply(sheet, tagger.get().tag(text, ModelEntityFilter.sentencesWithUnknownNames(sheet, sents)));
        }
        labels.apply(sheet);
        people.apply(sheet);
        acronyms.apply(sheet);
        backReferences.apply(sheet);
        return sheet.sorted();
    }
}
