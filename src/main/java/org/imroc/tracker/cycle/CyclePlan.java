package org.imroc.tracker.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The Plan of a PDSA cycle, apart from its questions: what the team wants to learn, who runs the test, where and
 * when, and how the data will be collected. An immutable value: a changed plan is a new one.
 */
@Embeddable
public class CyclePlan {

    static final CyclePlan NONE = new CyclePlan(null, null, null, null, null, null);

    @Column(name = "plan_objective", length = 2000)
    private String objective;

    @Column(name = "plan_who", length = 500)
    private String who;

    @Column(name = "plan_where", length = 500)
    private String place;

    @Column(name = "plan_start")
    private LocalDate plannedStart;

    @Column(name = "plan_end")
    private LocalDate plannedEnd;

    @Column(name = "plan_data_collection", length = 4000)
    private String dataCollectionPlan;

    protected CyclePlan() {}

    public CyclePlan(
            String objective,
            String who,
            String place,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String dataCollectionPlan) {
        this.objective = objective;
        this.who = who;
        this.place = place;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.dataCollectionPlan = dataCollectionPlan;
    }

    boolean hasObjective() {
        return objective != null && !objective.isBlank();
    }

    public String objective() {
        return objective;
    }

    public String who() {
        return who;
    }

    public String place() {
        return place;
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public String dataCollectionPlan() {
        return dataCollectionPlan;
    }
}
