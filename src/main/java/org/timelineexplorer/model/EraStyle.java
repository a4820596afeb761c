package org.timelineexplorer.model;

/** How a file names the two sides of year 1: "44 BC" and "AD 79", or "44 BCE" and "79 CE". */
public enum EraStyle {
    BC_AD("BC", "AD"),
    BCE_CE("BCE", "CE");

    private final String before;
    private final String after;

    EraStyle(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /** "BC" or "BCE". */
    public String before() {
        return before;
    }

    /** "AD" or "CE". */
    public String after() {
        return after;
    }

    /** The style a file names in its {@code eraStyle} field ("BC/AD" or "BCE/CE"), or {@code null}. */
    public static EraStyle named(String name) {
        for (EraStyle style : values()) {
            if (style.jsonName().equals(name)) {
                return style;
            }
        }
        return null;
    }

    /** How a file writes this style: {@code "BC/AD"} or {@code "BCE/CE"}. */
    public String jsonName() {
        return before + "/" + after;
    }
}
