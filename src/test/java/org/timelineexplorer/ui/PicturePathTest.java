package org.timelineexplorer.ui;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A picture chosen with Browse… is kept as the format wants: a path from the timeline's folder, with "/". */
class PicturePathTest {

    @Test
    void aChosenFileIsWrittenFromTheTimelinesFolder() {
        Path lessons = Path.of("/home/teacher/lessons");
        assertEquals("pictures/powell.jpg",
                EventForm.relativePath(lessons, Path.of("/home/teacher/lessons/pictures/powell.jpg")));
        assertEquals("../shared/map.png", EventForm.relativePath(lessons, Path.of("/home/teacher/shared/map.png")));
        assertEquals("statue.png", EventForm.relativePath(lessons.resolve("."), lessons.resolve("statue.png")));
    }
}
