package org.attache.nlp.actors;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.attache.model.ActorType;
import org.attache.nlp.ActorRecognizer;
import org.attache.nlp.EntityTagger;

/**
 * Front door to actor recognition: load once per run, then one recognizer per worker thread.
 *
 * <pre>{@code
 * Actors actors = Actors.load(() -> nameFinder.newTagger());   // or Actors.load() without a model
 * ActorRecognizer recognizer = actors.newRecognizer();          // per worker thread
 * List<Mention> mentions = recognizer.find(document.text(), sentences);
 * }</pre>
 * This object is immutable and may be shared between threads; the recognizers it makes may not.
 */
public final class Actors {

    private final Gazetteer gazetteer;
    private final Roles roles;
    private final Supplier<? extends EntityTagger> taggers;

    private Actors(Gazetteer gazetteer, Supplier<? extends EntityTagger> taggers) {
        this(gazetteer, Roles.load(), taggers);
    }

    private Actors(Gazetteer gazetteer, Roles roles, Supplier<? extends EntityTagger> taggers) {
        this.gazetteer = gazetteer;
        this.roles = roles;
        this.taggers = taggers;
    }

    /** The shipped gazetteer, without a statistical name finder. */
    public static Actors load() {
        return new Actors(Gazetteer.load(), null);
    }

    /**
     * The shipped gazetteer, with a name finder for names it does not know.
     *
     * @param taggers makes one {@link EntityTagger} per recognizer (taggers are not thread-safe); may return null
     */
    public static Actors load(Supplier<? extends EntityTagger> taggers) {
        return new Actors(Gazetteer.load(), Objects.requireNonNull(taggers, "taggers"));
    }

    /** The shipped gazetteer with researchers' lists laid over it, with a name finder (see above). */
    public static Actors load(Supplier<? extends EntityTagger> taggers, ActorLists lists) {
        Gazetteer g = lists.isEmpty() ? Gazetteer.load() : lists.gazetteer();
        return new Actors(g, Objects.requireNonNull(taggers, "taggers"));
    }

    /**
     * The shipped gazetteer with its French forms ({@link Gazetteer#loadFrench()}), without a name finder:
     * the English model reads French capitals ("Selon", "Publié") as names.
     */
    public static Actors loadFrench() {
        return new Actors(Gazetteer.loadFrench(), null);
    }

    /** A given gazetteer, with an optional name finder (null for none). */
    public static Actors of(Gazetteer gazetteer, Supplier<? extends EntityTagger> taggers) {
        return new Actors(Objects.requireNonNull(gazetteer, "gazetteer"), taggers);
    }

    /** A recognizer for one worker thread. */
    public ActorRecognizer newRecognizer() {
        Optional<EntityTagger> tagger = taggers == null ? Optional.empty() : Optional.ofNullable(taggers.get());
        return new ActorResolver(gazetteer, roles, tagger);
    }

    /** File name of the gazetteer, for run.json. */
    public String name() {
        return gazetteer.name();
    }

    /** SHA-256 (hex) of the gazetteer file, for run.json. */
    public String sha256() {
        return gazetteer.sha256();
    }

    /** The canonical actor for a name as a user types it ({@code USA}, {@code usa} -> United States). */
    public Optional<String> canonical(String alias) {
        return gazetteer.canonical(Objects.requireNonNull(alias, "alias"));
    }

    /** The type of a canonical actor the gazetteer knows. */
    public Optional<ActorType> typeOf(String canonical) {
        return gazetteer.typeOf(Objects.requireNonNull(canonical, "canonical"));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The dated offices ({@code models/roles.tsv}). */
    public Roles roles() {
        return roles;
    }
}
