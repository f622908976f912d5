package org.sendready.assessment.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.sendready.course.Course;
import org.sendready.course.Question;

/**
 * Draws an attempt's questions from the pool and shuffles each question's options. Deterministic for a seed, so an
 * attempt can be reproduced from what is stored, and the draw can be tested.
 */
final class QuestionDraw {

    private QuestionDraw() {
    }

    static List<DrawnQuestion> draw(Course course, long seed) {
        Random random = new Random(seed);
        List<Question> pool = new ArrayList<>(course.questions());
        Collections.shuffle(pool, random);
        int count = Math.min(course.questionsPerAttempt(), pool.size());
        List<DrawnQuestion> drawn = new ArrayList<>(count);
        for (int position = 0; position < count; position++) {
            Question question = pool.get(position);
            List<String> order = new ArrayList<>(question.options().stream().map(Question.Option::id).toList());
            if (question.type() != Question.Type.TRUE_FALSE) {
                Collections.shuffle(order, random); // True stays before False: shuffling them only confuses
            } else {
                order = new ArrayList<>(List.of("true", "false"));
            }
            drawn.add(new DrawnQuestion(position, question.id(), List.copyOf(order)));
        }
        return drawn;
    }

    /** A question as placed in an attempt: its position and the order its options are shown in. */
    record DrawnQuestion(int position, String questionId, List<String> optionOrder) {
    }
}
