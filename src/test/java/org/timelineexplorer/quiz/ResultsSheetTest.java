package org.timelineexplorer.quiz;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResultsSheetTest {

    @Test
    void theSheetListsEveryAnswerWithItsPointsQuotingWhereNeeded() {
        TimelineEvent second = QuizData.small().events().get(1);
        WhenQuestion when = new WhenQuestion(second);
        EraQuestion era = new EraQuestion(second, QuizData.EARLY, List.of(QuizData.EARLY, QuizData.LATE));
        List<Answer> answers = List.of(new Answer(when, "May 2003", 0.75), new Answer(era, "The late years", 0));

        String csv = ResultsSheet.csv("Small, \"quiz\" timeline", "ABCD-EFGH", answers, Locale.ENGLISH);

        assertEquals(String.join("\r\n",
                "Timeline,\"Small, \"\"quiz\"\" timeline\"",
                "Round code,ABCD-EFGH",
                "Score,0.7 of 2",
                "",
                "Question,Kind,Asked,Your answer,Right answer,Points",
                "1,When?,When did this happen? The second,May 2003,April 2003,0.7",
                "2,Which era?,Which era does this belong to? The second,The late years,The early years,0",
                ""), csv);
    }
}
