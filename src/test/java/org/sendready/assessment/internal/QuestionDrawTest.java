package org.sendready.assessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sendready.course.Citation;
import org.sendready.course.Course;
import org.sendready.course.Question;

class QuestionDrawTest {

    private final Course course = course(24, 10);

    @Test
    void drawsTheConfiguredNumberOfDistinctQuestions() {
        List<QuestionDraw.DrawnQuestion> drawn = QuestionDraw.draw(course, 42L);
        assertThat(drawn).hasSize(10);
        assertThat(drawn.stream().map(QuestionDraw.DrawnQuestion::questionId).distinct()).hasSize(10);
        assertThat(drawn).extracting(QuestionDraw.DrawnQuestion::position).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void theSameSeedDrawsTheSameAttempt() {
        assertThat(QuestionDraw.draw(course, 7L)).isEqualTo(QuestionDraw.draw(course, 7L));
        assertThat(QuestionDraw.draw(course, 7L)).isNotEqualTo(QuestionDraw.draw(course, 8L));
    }

    @Test
    void everyQuestionAndEveryOptionPositionIsReachable() {
        Set<String> seen = new HashSet<>();
        Map<String, Set<Integer>> positionsOfFirstOption = new HashMap<>();
        for (long seed = 0; seed < 400; seed++) {
            for (QuestionDraw.DrawnQuestion q : QuestionDraw.draw(course, seed)) {
                seen.add(q.questionId());
                positionsOfFirstOption.computeIfAbsent(q.questionId(), k -> new HashSet<>())
                        .add(q.optionOrder().indexOf("a"));
            }
        }
        assertThat(seen).hasSize(24);
        positionsOfFirstOption.values().forEach(p -> assertThat(p).containsExactlyInAnyOrder(0, 1, 2, 3));
    }

    @Test
    void optionsAreAPermutationOfTheQuestionsOptions() {
        for (QuestionDraw.DrawnQuestion q : QuestionDraw.draw(course, 99L)) {
            assertThat(q.optionOrder()).containsExactlyInAnyOrder("a", "b", "c", "d");
        }
    }

    @Test
    void aSmallPoolIsDrawnWhole() {
        assertThat(QuestionDraw.draw(course(5, 10), 1L)).hasSize(5);
    }

    static Course course(int pool, int perAttempt) {
        Citation source = new Citation("CFA2014", "s.20", "CFA 2014", "Children and Families Act 2014",
                "https://www.legislation.gov.uk/ukpga/2014/6");
        List<Question> questions = new ArrayList<>();
        IntStream.rangeClosed(1, pool).forEach(i -> questions.add(new Question("q" + i, Question.Type.SINGLE,
                "Stem " + i, List.of(new Question.Option("a", "A"), new Question.Option("b", "B"),
                new Question.Option("c", "C"), new Question.Option("d", "D")), Set.of("a"), "Because.", source,
                "o1", false)));
        return new Course("c", "1.0.0", "M0", "Course", "Summary", List.of("all-staff"), 20, 30, 80, perAttempt,
                new Course.AttemptPolicy(0, 30), LocalDate.of(2026, 11, 1), List.of(source),
                List.of(new Course.Outcome("o1", "Outcome")), List.of(), questions);
    }
}
