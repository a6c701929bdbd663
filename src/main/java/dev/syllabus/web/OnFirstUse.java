package dev.syllabus.web;

import java.util.function.Supplier;

/**
 * A value computed the first time it is asked for and kept: a page nobody opens costs nothing, so the server is ready
 * without rendering (and laying out the graph of) every page first, and a page opened twice is rendered once.
 */
final class OnFirstUse<T> implements Supplier<T> {
    private final Supplier<T> recipe;
    private volatile T value;

    OnFirstUse(Supplier<T> recipe) {
        this.recipe = recipe;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = java.util.Objects.requireNonNull(recipe.get(), "a recipe of a page gave nothing");
                    value = v;
                }
            }
        }
        return v;
    }
}
