package org.imroc.tracker.measure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.imroc.tracker.measure.spc.ImprovementDirection;

/**
 * The measure templates: ImROC's own outcomes (No Force First, the peer workforce, Recovery Colleges) and the NHS
 * measures that go with them. Reference data kept with the code: a template's code is stable, its wording may improve.
 */
@ApplicationScoped
public class MeasureTemplates {

    private static final BigDecimal PER_THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    static final List<MeasureTemplate> ALL = List.of(
            new MeasureTemplate(
                    "restraint-rate",
                    "Restraint episodes per 1,000 occupied bed days",
                    MeasureType.OUTCOME,
                    "Physical restraint episodes on the Trust's inpatient wards in the period (any position, any "
                            + "duration, from the incident reporting system), divided by occupied bed days in the "
                            + "same wards and period, times 1,000. Excludes mechanical restraint and rapid "
                            + "tranquillisation without restraint.",
                    "per 1,000 bed days",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    7,
                    PER_THOUSAND,
                    "Restraint episodes",
                    "Occupied bed days",
                    "No Force First"),
            new MeasureTemplate(
                    "prone-restraint",
                    "Prone restraint episodes",
                    MeasureType.OUTCOME,
                    "Restraint episodes in which the person was held face down at any point, on the Trust's "
                            + "inpatient wards in the period (national data splits restraint by position).",
                    "episodes",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    7,
                    null,
                    null,
                    null,
                    "No Force First"),
            new MeasureTemplate(
                    "seclusion-episodes",
                    "Seclusion episodes",
                    MeasureType.OUTCOME,
                    "Episodes of seclusion started in the period on the Trust's inpatient wards, as recorded under "
                            + "the Mental Health Act Code of Practice.",
                    "episodes",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    7,
                    null,
                    null,
                    null,
                    "No Force First"),
            new MeasureTemplate(
                    "seclusion-hours",
                    "Hours in seclusion",
                    MeasureType.OUTCOME,
                    "Total hours people spent in seclusion in the period, episodes ending in the period.",
                    "hours",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    7,
                    null,
                    null,
                    null,
                    "No Force First"),
            new MeasureTemplate(
                    "assaults-on-staff",
                    "Assaults on staff",
                    MeasureType.BALANCING,
                    "Physical assaults on staff reported on the same wards in the period: the balancing measure of "
                            + "reducing restrictive practice.",
                    "incidents",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    7,
                    null,
                    null,
                    null,
                    "No Force First"),
            new MeasureTemplate(
                    "occupied-bed-days",
                    "Occupied bed days",
                    MeasureType.PROCESS,
                    "Bed days occupied on the ward in the period (midnight bed census, leave beds excluded): the "
                            + "exposure restraint and seclusion rates are divided by, and a check that wards report.",
                    "bed days",
                    ImprovementDirection.NEUTRAL,
                    Frequency.MONTHLY,
                    7,
                    null,
                    null,
                    null,
                    "No Force First"),
            new MeasureTemplate(
                    "peer-workers-wte",
                    "Peer support workers in post (WTE)",
                    MeasureType.OUTCOME,
                    "Whole-time equivalent of paid peer support worker posts filled on the last day of the period "
                            + "(all bands; volunteers excluded).",
                    "WTE",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    6,
                    null,
                    null,
                    null,
                    "Peer workforce"),
            new MeasureTemplate(
                    "college-courses",
                    "Recovery College courses offered",
                    MeasureType.PROCESS,
                    "Distinct Recovery College courses with at least one session delivered in the period.",
                    "courses",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    3,
                    null,
                    null,
                    null,
                    "Recovery College"),
            new MeasureTemplate(
                    "college-students",
                    "Recovery College students enrolled",
                    MeasureType.PROCESS,
                    "People enrolled on at least one Recovery College course starting in the period (service users, "
                            + "carers and staff; each person once).",
                    "students",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    3,
                    null,
                    null,
                    null,
                    "Recovery College"),
            new MeasureTemplate(
                    "college-coproduced-share",
                    "Share of courses co-produced",
                    MeasureType.PROCESS,
                    "Courses offered in the period that were co-produced and are co-delivered by a peer trainer, "
                            + "as a share of all courses offered.",
                    "%",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    2,
                    PERCENT,
                    "Courses co-produced",
                    "Courses offered",
                    "Recovery College"),
            new MeasureTemplate(
                    "college-completion-rate",
                    "Course completion rate",
                    MeasureType.OUTCOME,
                    "Students who attended at least 70% of a course that ended in the period, as a share of students "
                            + "enrolled on those courses.",
                    "%",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    3,
                    PERCENT,
                    "Students completing",
                    "Students enrolled",
                    "Recovery College"),
            new MeasureTemplate(
                    "staff-sickness",
                    "Staff sickness absence",
                    MeasureType.BALANCING,
                    "Working days lost to sickness in the period as a share of working days available, for the "
                            + "staff of the services taking part.",
                    "%",
                    ImprovementDirection.DECREASE,
                    Frequency.MONTHLY,
                    9,
                    PERCENT,
                    "Days lost",
                    "Days available",
                    "Staff wellbeing"),
            new MeasureTemplate(
                    "teams-with-trip",
                    "Teams with a current TRIP",
                    MeasureType.PROCESS,
                    "Teams with a Team Recovery Implementation Plan reviewed in the last 12 months, as a share of all "
                            + "teams at the end of the period.",
                    "%",
                    ImprovementDirection.INCREASE,
                    Frequency.QUARTERLY,
                    4,
                    PERCENT,
                    "Teams with a current TRIP",
                    "Teams",
                    "Organisational commitment"));

    public List<MeasureTemplate> all() {
        return ALL;
    }

    public Optional<MeasureTemplate> find(String code) {
        return ALL.stream().filter(template -> template.code().equals(code)).findFirst();
    }
}
