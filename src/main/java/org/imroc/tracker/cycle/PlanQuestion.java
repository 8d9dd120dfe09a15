package org.imroc.tracker.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A question the cycle sets out to answer, with the team's prediction of the answer (written before Do). */
@Embeddable
public class PlanQuestion {

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(length = 2000)
    private String prediction;

    protected PlanQuestion() {}

    public PlanQuestion(String question, String prediction) {
        this.question = question;
        this.prediction = prediction;
    }

    public String getQuestion() {
        return question;
    }

    public String getPrediction() {
        return prediction;
    }

    boolean hasPrediction() {
        return prediction != null && !prediction.isBlank();
    }
}
