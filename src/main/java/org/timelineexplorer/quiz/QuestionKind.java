package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;

import java.util.Locale;
/** The kinds of question a round may ask, in the order the quiz offers them. */
public enum QuestionKind {
    ORDER, ERA, WHEN, FIGURES;

    private static final Messages TEXTS = Messages.of(QuestionKind.class);

    /** The kind's name for a reader in the language in use, as the quiz's check boxes and review list write it. */
    public String title() {
        return TEXTS.text("kind." + name().toLowerCase(Locale.ROOT));
    }
}
