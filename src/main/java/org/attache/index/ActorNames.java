package org.attache.index;

import java.util.Optional;

/**
 * Resolves a name as a user types it ({@code USA}, {@code the Alliance}, {@code nato}) to the
 * canonical actor name the index counts mentions under ({@code United States}, {@code NATO}).
 * Search filters go through it, so {@code --actor USA} finds documents about the United States.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ActorNames {

    /** The canonical actor this name refers to, or empty when the name is unknown. */
    Optional<String> canonical(String name);

    /**
     * Names taken as they are: the index matches actor names case-insensitively, so this already
     * finds {@code nato} as {@code NATO}, but knows no aliases.
     */
    static ActorNames asTyped() {
        return name -> name == null || name.isBlank() ? Optional.empty() : Optional.of(name.strip());
    }

    /** The canonical name if known, else the name as typed (an unknown name then simply matches nothing). */
    default String resolve(String name) {
        return canonical(name).orElse(name.strip());
    }
}
