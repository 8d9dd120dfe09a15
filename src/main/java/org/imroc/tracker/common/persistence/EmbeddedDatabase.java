package org.imroc.tracker.common.persistence;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The service refuses to start on an H2 URL that would lose acknowledged commits ({@link H2Durability}). */
@ApplicationScoped
public class EmbeddedDatabase {

    private final String url;

    public EmbeddedDatabase(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        this.url = url;
    }

    void refuseUnsafeUrl(@Observes @Priority(1) StartupEvent event) {
        String problem = H2Durability.problemWith(url);
        if (problem != null) {
            throw new IllegalStateException(
                    "The database URL would lose acknowledged writes: " + problem + " (README, 'H2 or PostgreSQL?')");
        }
    }
}
