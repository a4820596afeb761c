package org.timelineexplorer.quiz;

/** The kinds of question a round may ask, in the order the quiz offers them. */
public enum QuestionKind {
    ORDER("Put them in order"),
    ERA("Which era?"),
    WHEN("When?"),
    FIGURES("Read the figures");

    private final String title;

    QuestionKind(String title) {
        this.title = title;
    }

    /** The kind's name for a reader, as the quiz's check boxes and review list write it. */
    public String title() {
        return title;
    }
}
