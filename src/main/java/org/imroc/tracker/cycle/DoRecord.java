package org.imroc.tracker.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The Do of a PDSA cycle: when the test ran, whether it went as planned, what was observed, and the problems and
 * unplanned events. An immutable value: a changed record is a new one.
 */
@Embeddable
public class DoRecord {

    static final DoRecord NONE = new DoRecord(null, null, null, null, null);

    @Column(name = "do_started_on")
    private LocalDate startedOn;

    @Column(name = "do_completed_on")
    private LocalDate completedOn;

    @Column(name = "do_as_planned")
    private Boolean carriedOutAsPlanned;

    @Column(name = "do_observations", length = 8000)
    private String observations;

    @Column(name = "do_problems", length = 4000)
    private String problems;

    protected DoRecord() {}

    public DoRecord(
            LocalDate startedOn,
            LocalDate completedOn,
            Boolean carriedOutAsPlanned,
            String observations,
            String problems) {
        this.startedOn = startedOn;
        this.completedOn = completedOn;
        this.carriedOutAsPlanned = carriedOutAsPlanned;
        this.observations = observations;
        this.problems = problems;
    }

    boolean hasObservations() {
        return observations != null && !observations.isBlank();
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public Boolean carriedOutAsPlanned() {
        return carriedOutAsPlanned;
    }

    public String observations() {
        return observations;
    }

    public String problems() {
        return problems;
    }
}
