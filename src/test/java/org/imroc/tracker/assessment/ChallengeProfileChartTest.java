package org.imroc.tracker.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imroc.tracker.support.Api.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.image.BufferedImage;
import java.util.List;
import org.imroc.tracker.support.Assess;
import org.imroc.tracker.support.Svg;
import org.imroc.tracker.support.TestData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@QuarkusTest
class ChallengeProfileChartTest {

    @Test
    void theProfileIsDrawnWithBaselineRingsAndCurrentDots() {
        String trust = TestData.createTrust(TestData.uniqueName("Profile chart"));
        Assess.agreed(trust, "JOINT", "BASELINE", "2026-01-10", "ENGAGEMENT");
        Assess.agreed(trust, "CONSULTANT", "REVIEW", "2026-06-10", "TRANSFORMATION");
        String path = "/api/v1/trusts/" + trust + "/challenge-profile";
        var response = asAdmin().accept("image/svg+xml").get(path);
        response.then().statusCode(200);
        String svg = response.asString();
        Document doc = Svg.parse(svg);
        BufferedImage png = Svg.render(svg, "challenge-profile");

        List<Element> current = Svg.withAttribute(doc, "circle", "fill", "#005EB8");
        List<Element> baseline = Svg.withAttribute(doc, "circle", "stroke", "#6D6E71");
        assertThat(current).hasSize(10);
        assertThat(baseline).hasSize(10);
        // every challenge moved from Engagement to Transformation: the dot is right of the ring, with a green arrow
        assertThat(Double.parseDouble(current.get(0).getAttribute("cx")))
                .isGreaterThan(Double.parseDouble(baseline.get(0).getAttribute("cx")));
        assertThat(Svg.withAttribute(doc, "line", "stroke", "#009639")).hasSize(30);
        assertThat(Svg.colourAt(
                        png,
                        Double.parseDouble(current.get(0).getAttribute("cx")),
                        Double.parseDouble(current.get(0).getAttribute("cy"))))
                .isEqualTo("#005EB8");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Transformation", "P1", "P2", "P3");

        String tag = response.header("ETag");
        assertThat(tag)
                .isNotEqualTo(
                        asAdmin().get(path).then().statusCode(200).extract().header("ETag"));
        asAdmin()
                .accept("image/svg+xml")
                .header("If-None-Match", tag)
                .get(path)
                .then()
                .statusCode(304);
    }
}
