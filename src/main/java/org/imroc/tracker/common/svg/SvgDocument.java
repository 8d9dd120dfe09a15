package org.imroc.tracker.common.svg;

import java.util.ArrayList;
import java.util.List;

/**
 * An SVG picture being drawn: its size, a title and description for screen readers, and its elements in paint
 * order (later ones on top). {@link SvgRenderer} writes it with the Qute template {@code svg/document.svg}.
 */
public final class SvgDocument {

    private final int width;
    private final int height;
    private final String title;
    private final String description;
    private final List<SvgElement> elements = new ArrayList<>();

    public SvgDocument(int width, int height, String title, String description) {
        this.width = width;
        this.height = height;
        this.title = title;
        this.description = description;
    }

    public SvgDocument add(SvgElement element) {
        elements.add(element);
        return this;
    }

    public SvgDocument addAll(List<SvgElement> more) {
        elements.addAll(more);
        return this;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<SvgElement> elements() {
        return List.copyOf(elements);
    }
}
