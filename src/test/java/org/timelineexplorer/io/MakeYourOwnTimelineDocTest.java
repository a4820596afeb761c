package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example a teacher copies from the README's guide must open, without even a warning, and pass the schema. */
class MakeYourOwnTimelineDocTest {

    static String example() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Make your own timeline");
        assertTrue(section >= 0, "the README has a section \"Make your own timeline\"");
        String guide = readme.substring(section);
        Matcher json = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(json.find(), "the guide has a JSON example");
        return json.group(1);
    }

    @Test
    void exampleOpensWithoutProblems() throws Exception {
        LoadResult result = new DatasetReader().read(example().getBytes(StandardCharsets.UTF_8), "example.json");
        assertEquals(java.util.List.of(), result.problems());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("The Space Race", dataset.title());
        assertEquals(2, dataset.events().size());
        assertEquals("October 1957", dataset.eras().get(0).start().format(java.util.Locale.ENGLISH));
    }

    @Test
    void examplePassesTheSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(mapper.readTree(Path.of("resources/timeline-dataset.schema.json").toFile()));
        Set<ValidationMessage> messages = schema.validate(mapper.readTree(example()));
        assertEquals(Set.of(), messages);
    }
}
