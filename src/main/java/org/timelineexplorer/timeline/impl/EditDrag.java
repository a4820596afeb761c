package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.time.DateTimeException;

/**
 * An edit the pointer is making in edit mode: an event being moved, or one edge of an era. It snaps where the
 * pointer has gone to whole steps of the date's own precision (a month-precision event moves by months) and keeps
 * the result, which the frame draws while the drag lasts and the control hands over when it ends. Pure: no toolkit.
 */
final class EditDrag {

    /** What is being dragged. */
    enum Kind { EVENT, ERA_START, ERA_END }

    private final Kind kind;
    private final TimelineEvent event;
    private final Era era;
    private final double y;
    private TimelineEvent movedEvent;
    private Era movedEra;

    private EditDrag(Kind kind, TimelineEvent event, Era era, double y) {
        this.kind = kind;
        this.event = event;
        this.era = era;
        this.y = y;
        this.movedEvent = event;
        this.movedEra = era;
    }

    /** Moving {@code event}, drawn centred on {@code y}, where its preview is drawn too. */
    static EditDrag event(TimelineEvent event, double y) {
        return new EditDrag(Kind.EVENT, event, null, y);
    }

    /** Moving {@code era}'s start, or its end. */
    static EditDrag eraEdge(Era era, boolean start) {
        return new EditDrag(start ? Kind.ERA_START : Kind.ERA_END, null, era, 0);
    }

    /**
     * Follows the pointer, {@code days} from where it was pressed: the dragged date moves by the whole steps that
     * bring it nearest there. An era's edge stops where the era would end before it starts; a date that would leave
     * the range of dates stays where it last was.
     */
    void dragBy(double days) {
        try {
            switch (kind) {
                case EVENT -> movedEvent = event.movedBy(event.start().stepsToward(event.start().startDay() + days));
                case ERA_START -> movedEra = new Era(era.id(), era.title(), era.summary(), startBy(days), era.end(),
                        era.color());
                case ERA_END -> movedEra = new Era(era.id(), era.title(), era.summary(), era.start(), endBy(days),
                        era.color());
            }
        } catch (DateTimeException beyondTheRange) {
            // An event's end can leave the range when its start does not: the preview stays at its last place.
        }
    }

    private HistoricalDate startBy(double days) {
        HistoricalDate start = era.start();
        HistoricalDate end = era.end();
        HistoricalDate moved = start.movedBy(start.stepsToward(start.startDay() + days));
        if (end.startsBefore(moved)) {
            moved = start.movedBy(start.stepsToward(end.startDay()));
            while (end.startsBefore(moved)) {
                moved = moved.movedBy(-1);
            }
        }
        return moved;
    }

    private HistoricalDate endBy(double days) {
        HistoricalDate start = era.start();
        HistoricalDate end = era.end();
        HistoricalDate moved = end.movedBy(end.stepsToward(end.startDay() + days));
        if (moved.startsBefore(start)) {
            moved = end.movedBy(end.stepsToward(start.startDay()));
            while (moved.startsBefore(start)) {
                moved = moved.movedBy(1);
            }
        }
        return moved;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the drag has taken anything anywhere yet. */
    boolean changed() {
        return kind == Kind.EVENT ? !movedEvent.equals(event) : !movedEra.equals(era);
    }

    /** The event being dragged, as it was. */
    TimelineEvent event() {
        return event;
    }

    /** The event where the drag has taken it so far. */
    TimelineEvent movedEvent() {
        return movedEvent;
    }

    /** The era whose edge is being dragged, as it was. */
    Era era() {
        return era;
    }

    /** The era with its edge where the drag has taken it so far. */
    Era movedEra() {
        return movedEra;
    }

    /** The vertical centre on the canvas of the event being dragged. */
    double y() {
        return y;
    }

    /** The time the dragged thing would cover, dropped now. */
    TimeRange range() {
        return kind == Kind.EVENT ? movedEvent.range() : movedEra.range();
    }

    /** The date the drag moves: the event's start, or the era's start or end. */
    HistoricalDate movingDate() {
        return switch (kind) {
            case EVENT -> movedEvent.start();
            case ERA_START -> movedEra.start();
            case ERA_END -> movedEra.end();
        };
    }
}
