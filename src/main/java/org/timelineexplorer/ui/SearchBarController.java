package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The search field and the category filter: both write the state's filter, and the views follow. */
public final class SearchBarController {

    private final AppState state;
    private boolean syncing;

    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private CheckComboBox<String> categoryFilter;

    public SearchBarController(AppState state) {
        this.state = state;
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
        state.datasetProperty().addListener((obs, old, dataset) -> showCategories(dataset));
        state.getHiddenCategories().addListener((javafx.collections.SetChangeListener<String>) change ->
                checkShownCategories());
        showCategories(state.getDataset());
    }

    /** The search field, for the window's Find shortcut. */
    public TextField searchField() {
        return searchField;
    }

    private void showCategories(Dataset dataset) {
        List<String> categories = dataset == null ? List.of() : dataset.categories();
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
        return checked == all ? "All categories" : checked + " of " + all + " categories";
    }
}
