package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The search field and the category filter: both write the state's filter, and the views follow. */
public final class SearchBarController {

    private static final Messages TEXTS = Messages.of(SearchBarController.class);

    private final AppState state;
    private final ViewScope scope;
    private boolean syncing;

    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private CheckComboBox<String> categoryFilter;

    public SearchBarController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        searchField.textProperty().bindBidirectional(state.searchTextProperty());

        categoryFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!syncing) {
                Set<String> hidden = new HashSet<>(categoryFilter.getItems());
                hidden.removeAll(categoryFilter.getCheckModel().getCheckedItems());
                state.getHiddenCategories().retainAll(hidden);
                state.getHiddenCategories().addAll(hidden);
            }
        });
        categoryFilter.titleProperty().bind(Bindings.createStringBinding(this::filterTitle,
                categoryFilter.getCheckModel().getCheckedItems(), categoryFilter.getItems()));
        scope.listen(state.getEvents(), change -> {
            if (categoriesMayDiffer(change)) {
                showCategories();
            }
        });
        scope.listen(state.getHiddenCategories(), (SetChangeListener<String>) change -> checkShownCategories());
        showCategories();
    }

    /** The search field, for the window's Find shortcut. */
    public TextField searchField() {
        return searchField;
    }

    /**
     * Whether a change of the events can have changed the list of categories: it brought one the list lacks, or
     * took events of a category it did not bring back. An edit of one event usually does neither, and then the
     * 100,000 others need not be looked at.
     */
    private boolean categoriesMayDiffer(ListChangeListener.Change<? extends TimelineEvent> change) {
        Set<String> added = new HashSet<>();
        Set<String> removed = new HashSet<>();
        while (change.next()) {
            change.getAddedSubList().forEach(event -> added.add(event.category()));
            change.getRemoved().forEach(event -> removed.add(event.category()));
        }
        removed.removeAll(added);
        removed.remove("");
        added.remove("");
        return !removed.isEmpty() || !categoryFilter.getItems().containsAll(added);
    }

    private void showCategories() {
        List<String> categories = Dataset.categoriesOf(state.getEvents());
        syncing = true;
        try {
            categoryFilter.getCheckModel().clearChecks();
            categoryFilter.getItems().setAll(categories);
        } finally {
            syncing = false;
        }
        checkShownCategories();
    }

    private void checkShownCategories() {
        syncing = true;
        try {
            for (String category : categoryFilter.getItems()) {
                boolean shown = !state.getHiddenCategories().contains(category);
                if (shown != categoryFilter.getCheckModel().isChecked(category)) {
                    if (shown) {
                        categoryFilter.getCheckModel().check(category);
                    } else {
                        categoryFilter.getCheckModel().clearCheck(category);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }

    private String filterTitle() {
        int all = categoryFilter.getItems().size();
        int checked = categoryFilter.getCheckModel().getCheckedItems().size();
        return checked == all ? TEXTS.text("search.categories.all") : TEXTS.text("search.categories.some", checked, all);
    }
}
