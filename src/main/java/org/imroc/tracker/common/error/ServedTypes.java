package org.imroc.tracker.common.error;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The media types a path can be read in, from the resources' own annotations, so a 406 names what the client could
 * have asked for (the Trust report is HTML, a chart also SVG, a list also CSV) instead of guessing.
 */
@ApplicationScoped
public class ServedTypes {

    private record Route(Pattern path, List<String> types) {}

    private volatile List<Route> routes;

    /** The media types GET answers at {@code path} in, sorted; empty when no resource serves it. */
    public Set<String> at(String path) {
        Set<String> types = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                types.addAll(route.types());
            }
        }
        return types;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (InjectableBean<?> bean :
                    Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                            .map(b -> (InjectableBean<?>) b)
                            .toList()) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(known, type, root.value());
                }
            }
            routes = known;
        }
        return known;
    }

    private static void addRoutes(List<Route> routes, Class<?> type, String root) {
        Produces classTypes = type.getAnnotation(Produces.class);
        for (Method method : type.getMethods()) {
            if (!method.isAnnotationPresent(GET.class)) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            Produces produces =
                    method.getAnnotation(Produces.class) != null ? method.getAnnotation(Produces.class) : classTypes;
            List<String> types = produces == null
                    ? List.of(MediaType.APPLICATION_JSON)
                    : Arrays.stream(produces.value())
                            .map(t -> t.split(";")[0].trim())
                            .toList();
            routes.add(new Route(template(root + (sub == null ? "" : "/" + sub.value())), types));
        }
    }

    /** A JAX-RS path template as a pattern: each {parameter} matches one path segment. */
    static Pattern template(String template) {
        String normalised = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        String[] parts = normalised.split("\\{[^}]*}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
