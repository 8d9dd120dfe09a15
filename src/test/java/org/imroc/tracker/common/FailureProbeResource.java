package org.imroc.tracker.common;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoints that fail in ways real code should not, to prove how failures reach a client. */
@Path("/test-probes")
@PermitAll
public class FailureProbeResource {

    @GET
    @Path("/unexpected")
    @Operation(hidden = true)
    public String unexpected() {
        throw new IllegalStateException("SELECT password_hash FROM users WHERE id = 42");
    }

    @GET
    @Path("/optimistic-lock")
    @Operation(hidden = true)
    public String optimisticLock() {
        throw new RuntimeException(
                "commit failed", new OptimisticLockException("Row was updated by another transaction"));
    }
}
