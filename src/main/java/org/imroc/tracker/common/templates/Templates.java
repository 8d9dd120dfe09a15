package org.imroc.tracker.common.templates;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Qute engine for the service's pictures and pages, reading templates from {@code templates/} on the class
 * path. Every value written into an {@code .svg} or {@code .html} template is escaped (user text stays text) unless
 * the template asks for {@code raw}, which only markup the service produced itself may use. Rendering is strict:
 * an expression that does not resolve is an error, not an empty string.
 */
@ApplicationScoped
public class Templates {

    private static final List<String> ESCAPED = List.of("text/html", "image/svg+xml");

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addValueResolver(ValueResolvers.rawResolver())
            .addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new HtmlEscaper(ESCAPED))
            .addLocator(Templates::locate)
            .removeStandaloneLines(true)
            .strictRendering(true)
            .build();

    /** The template at {@code templates/<path>}; a missing one is a programming error. */
    public Template get(String path) {
        Template template = engine.getTemplate(path);
        if (template == null) {
            throw new IllegalStateException("No template templates/" + path);
        }
        return template;
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String path) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream("templates/" + path);
        if (in == null) {
            return Optional.empty();
        }
        String content;
        try (in) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = path.endsWith(".svg") ? "image/svg+xml" : path.endsWith(".html") ? "text/html" : "text/plain";
        Variant variant = new Variant(Locale.ROOT, StandardCharsets.UTF_8, type);
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader(content);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(variant);
            }
        });
    }
}
