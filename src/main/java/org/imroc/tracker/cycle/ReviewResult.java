package org.imroc.tracker.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** For one plan question: what happened compared with the prediction, and what was learned. */
@Embeddable
public class ReviewResult {

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(length = 4000)
    private String outcome;

    @Column(length = 4000)
    private String learning;

    protected ReviewResult() {}

    public ReviewResult(String question, String outcome, String learning) {
        this.question = question;
        this.outcome = outcome;
        this.learning = learning;
    }

    public String getQuestion() {
        return question;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getLearning() {
        return learning;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewResult other
                && Objects.equals(question, other.question)
                && Objects.equals(outcome, other.outcome)
                && Objects.equals(learning, other.learning);
    }

    @Override
    public int hashCode() {
        return Objects.hash(question, outcome, learning);
    }
}
