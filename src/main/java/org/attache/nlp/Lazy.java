package org.attache.nlp;

import java.util.function.Supplier;

/**
 * A value made on first use, once, then shared: a re-run over an unchanged corpus never needs the
 * models, so it should not pay for loading them. Thread-safe.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> make;
    private volatile T value;

    public Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
