package org.attache.nlp.actors;

import java.time.LocalDate;
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
 * <li>{@link PersonCoreference}: surnames, titles and repeated full names linked to the person (a title before a
 *     surname several known people share, by the offices of {@link Roles} on the document's date);</li>
 * <li>{@link PersonNameForms}: a person written with and without a middle name made one actor;</li>
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
    private final PersonNameForms nameForms;
    private final AcronymLinker acronyms = new AcronymLinker();
    private final BackReferenceLinker backReferences = new BackReferenceLinker();

    public ActorResolver(Gazetteer gazetteer, Optional<EntityTagger> tagger) {
        this(gazetteer, Roles.NONE, tagger);
    }

    /** With dated offices, so that a title before a shared surname resolves by the document's date. */
    public ActorResolver(Gazetteer gazetteer, Roles roles, Optional<EntityTagger> tagger) {
        Objects.requireNonNull(gazetteer, "gazetteer");
        Objects.requireNonNull(roles, "roles");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.gazetteerPass = new GazetteerPass(gazetteer);
        this.modelFilter = new ModelEntityFilter(gazetteer, roles);
        this.labels = new SpeakerLabels(gazetteer);
        this.people = new PersonCoreference(gazetteer, roles);
        this.nameForms = new PersonNameForms(gazetteer);
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences) {
        return find(text, sentences, Optional.empty());
    }

    @Override
    public List<Mention> find(String text, List<Sentence> sentences, Optional<LocalDate> date) {
        Objects.requireNonNull(text, "text");
        List<Sentence> sents = sentences == null ? List.of() : sentences;
        MentionSheet sheet = new MentionSheet(text, Objects.requireNonNull(date, "date"));
        gazetteerPass.apply(sheet);
        if (tagger.isPresent()) {
            modelFilter.apply(sheet, tagger.get().tag(text, ModelEntityFilter.sentencesWithUnknownNames(sheet, sents)));
        }
        labels.apply(sheet);
        people.apply(sheet);
        nameForms.apply(sheet);
        acronyms.apply(sheet);
        backReferences.apply(sheet);
        return sheet.sorted();
    }
}
