package org.timelineexplorer.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.util.Subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * What a window's views hold on to outside themselves: their listeners on the one {@link
 * org.timelineexplorer.model.AppState}, which outlives them, and on the stage they are shown in. A change of language
 * builds the views anew in the same stage; {@link #close()} then removes everything the old ones registered, so that
 * they neither go on working on every change of the state nor stay in memory.
 *
 * <p>Views register through the scope of the {@link ViewLoader} that made them (a controller asks for it in its
 * constructor). Bindings ({@code bind}, {@code bindBidirectional}, {@code Bindings.create…}) need no scope, as they
 * hold their views weakly; plain listeners do, as do fluent bindings ({@code map}) whose function refers to the view.
 */
public final class ViewScope {

    private final List<Subscription> held = new ArrayList<>();

    /** Keeps {@code subscription} (for example {@code state.datasetProperty().subscribe(this::show)}) until closed. */
    public void keep(Subscription subscription) {
        held.add(subscription);
    }

    /** Listens to the changes of {@code list} until closed. */
    public <E> void listen(ObservableList<E> list, ListChangeListener<E> listener) {
        list.addListener(listener);
        keep(() -> list.removeListener(listener));
    }

    /** Listens to the changes of {@code set} until closed. */
    public <E> void listen(ObservableSet<E> set, SetChangeListener<E> listener) {
        set.addListener(listener);
        keep(() -> set.removeListener(listener));
    }

    /** Removes every listener kept, newest first; the views stop following what they listened to. */
    public void close() {
        for (int i = held.size() - 1; i >= 0; i--) {
            held.get(i).unsubscribe();
        }
        held.clear();
    }
}
