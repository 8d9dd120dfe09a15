package org.imroc.tracker.assessment;

import org.imroc.tracker.challenge.Stage;
import org.imroc.tracker.common.svg.SvgDocument;
import org.imroc.tracker.common.svg.SvgElement;

/**
 * The challenge profile as a picture a consultant can show at a site visit: one row per challenge, the four stages
 * across, the baseline stage as a ring, the current stage as a dot, and an arrow between them (green when the
 * Trust moved on, orange when it went back). Priorities are marked P1–P3.
 */
final class ChallengeProfileChart {

    static final int WIDTH = 960;
    private static final double ROW = 34;
    private static final double TOP = 96;
    private static final double AXIS_LEFT = 470;
    private static final double AXIS_RIGHT = 890;
    private static final String INK = "#231F20";
    private static final String MUTED = "#6D6E71";
    private static final String CURRENT = "#005EB8";
    private static final String BETTER = "#009639";
    private static final String WORSE = "#E46C0A";

    private ChallengeProfileChart() {}

    static SvgDocument draw(ChallengeProfileResponse profile, String trustName) {
        int height = (int) (TOP + profile.challenges().size() * ROW + 56);
        SvgDocument svg = new SvgDocument(
                WIDTH,
                height,
                "Challenge profile of " + trustName,
                "Baseline and current stage on each of ImROC's 10 key organisational challenges, from agreed "
                        + "assessments");
        svg.add(SvgElement.text(16, 26, "ImROC challenge profile · " + trustName, 16, "start", INK, true, 0));
        svg.add(SvgElement.text(
                16,
                46,
                "Ring: baseline stage · dot: current stage (agreed assessments) · P1–P3: " + "priorities",
                11,
                "start",
                MUTED,
                false,
                0));
        Stage[] stages = Stage.values();
        for (Stage stage : stages) {
            double x = x(stage);
            svg.add(SvgElement.line(x, TOP - 14, x, TOP + profile.challenges().size() * ROW - 10, "#E6E6E6", 1, null));
            svg.add(SvgElement.text(x, TOP - 22, stage.label(), 11, "middle", INK, true, 0));
        }
        double y = TOP;
        for (ChallengeProfileResponse.ChallengeProgress c : profile.challenges()) {
            svg.add(SvgElement.text(16, y + 4, c.challengeNumber() + ".", 11, "start", INK, true, 0));
            svg.add(SvgElement.text(
                    36, y + 4, SvgElement.fit(c.title(), AXIS_LEFT - 110, 11), 11, "start", INK, false, 0));
            if (c.priority() != null) {
                svg.add(SvgElement.rect(AXIS_LEFT - 62, y - 9, 26, 16, CURRENT, null));
                svg.add(SvgElement.text(AXIS_LEFT - 49, y + 3, "P" + c.priority(), 10, "middle", "#FFFFFF", true, 0));
            }
            svg.add(SvgElement.line(x(stages[0]), y, x(stages[stages.length - 1]), y, "#D9D9D9", 2, null));
            if (c.baselineStage() == null && c.currentStage() == null) {
                svg.add(SvgElement.text(x(stages[0]) + 8, y - 6, "not yet assessed", 10, "start", MUTED, false, 0));
            }
            if (c.baselineStage() != null && c.currentStage() != null && c.baselineStage() != c.currentStage()) {
                boolean better = c.currentStage().level() > c.baselineStage().level();
                double from = x(c.baselineStage());
                double to = x(c.currentStage()) + (better ? -10 : 10);
                svg.add(SvgElement.line(from, y, to, y, better ? BETTER : WORSE, 3, null));
                svg.add(SvgElement.line(to, y, to + (better ? -6 : 6), y - 5, better ? BETTER : WORSE, 3, null));
                svg.add(SvgElement.line(to, y, to + (better ? -6 : 6), y + 5, better ? BETTER : WORSE, 3, null));
            }
            if (c.baselineStage() != null) {
                svg.add(SvgElement.circle(
                        x(c.baselineStage()),
                        y,
                        8,
                        "#FFFFFF",
                        MUTED,
                        2.5,
                        "Baseline: " + c.baselineStage().label()));
            }
            if (c.currentStage() != null) {
                svg.add(SvgElement.circle(
                        x(c.currentStage()),
                        y,
                        6,
                        CURRENT,
                        null,
                        0,
                        "Current: " + c.currentStage().label()
                                + (c.currentStageOn() == null ? "" : " (" + c.currentStageOn() + ")")));
            }
            y += ROW;
        }
        svg.add(SvgElement.text(
                16,
                height - 20,
                "Stages: "
                        + String.join(
                                " → ",
                                java.util.Arrays.stream(stages)
                                        .map(Stage::label)
                                        .toList()) + ". Green arrow: moved on since "
                        + "baseline; orange: moved back.",
                10,
                "start",
                MUTED,
                false,
                0));
        return svg;
    }

    private static double x(Stage stage) {
        return AXIS_LEFT + (AXIS_RIGHT - AXIS_LEFT) * stage.level() / (Stage.values().length - 1.0);
    }
}
