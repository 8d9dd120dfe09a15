package org.imroc.tracker.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.imroc.tracker.challenge.Stage;

/** The stage a Trust has reached on one challenge, with the evidence, and its rank among the top three priorities. */
@Embeddable
public class Rating {

    @Column(name = "challenge_number", nullable = false)
    private int challengeNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Column(length = 4000)
    private String evidence;

    private Integer priority;

    protected Rating() {}

    public Rating(int challengeNumber, Stage stage, String evidence, Integer priority) {
        this.challengeNumber = challengeNumber;
        this.stage = stage;
        this.evidence = evidence;
        this.priority = priority;
    }

    public int getChallengeNumber() {
        return challengeNumber;
    }

    public Stage getStage() {
        return stage;
    }

    public String getEvidence() {
        return evidence;
    }

    public Integer getPriority() {
        return priority;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rating other
                && challengeNumber == other.challengeNumber
                && stage == other.stage
                && Objects.equals(evidence, other.evidence)
                && Objects.equals(priority, other.priority);
    }

    @Override
    public int hashCode() {
        return Objects.hash(challengeNumber, stage, evidence, priority);
    }
}
