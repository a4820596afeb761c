package org.timelineexplorer.ui;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translated;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an event lacks in the language shown: the texts the open dataset does not translate into it, which the
 * views show in its main language instead. The detail pane says so under the title, and the event form beside the
 * fields a teacher may fill in.
 */
final class TranslationGaps {

    private static final Messages TEXTS = Messages.named("org.timelineexplorer.ui.data");

    private TranslationGaps() {
    }

    /** The texts of {@code event} (as shown) that lack a translation into the language shown. */
    static Set<Translated.EventField> of(AppState state, TimelineEvent event) {
        return state.untranslated(event);
    }

    /**
     * "Not translated into French: shown in English", or "Partly translated into French: correction shown in
     * English"; empty when nothing is missing.
     */
    static String line(AppState state, TimelineEvent event) {
        Set<Translated.EventField> missing = of(state, event);
        if (missing.isEmpty()) {
            return "";
        }
        Locale reader = Messages.locale();
        String shown = state.getLanguage().locale().getDisplayLanguage(reader);
        String main = Locale.forLanguageTag(state.mainLanguage()).getDisplayLanguage(reader);
        if (missing.contains(Translated.EventField.TITLE)) {
            return TEXTS.text("data.untranslated.all", shown, main);
        }
        String fields = missing.stream().map(f -> TEXTS.text("data.field." + f.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(TEXTS.text("data.field.separator")));
        return TEXTS.text("data.untranslated.some", shown, main, fields);
    }
}
