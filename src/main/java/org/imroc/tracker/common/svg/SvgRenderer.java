package org.imroc.tracker.common.svg;

import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import org.imroc.tracker.common.templates.Templates;

/**
 * Writes an {@link SvgDocument} as SVG text through one Qute template, which escapes every text and attribute
 * (measure names and annotations come from users): the only place SVG markup is produced.
 */
@ApplicationScoped
public class SvgRenderer {

    public static final String MEDIA_TYPE = "image/svg+xml";

    private final Template document;

    public SvgRenderer(Templates templates) {
        this.document = templates.get("svg/document.svg");
    }

    public String render(SvgDocument svg) {
        return document.data("svg", svg).render();
    }
}
