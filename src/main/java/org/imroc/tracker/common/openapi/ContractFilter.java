package org.imroc.tracker.common.openapi;

import io.quarkus.logging.Log;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the generated contract with what the conventions make true of every operation, so resources do not
 * repeat it: merge-patch schemas derived from the validated forms, the conventional error responses, the bounds of
 * what the server produces, and the headers every answer carries. What many operations share (problem answers,
 * headers, parameters) is written once under {@code components} and referenced, so the contract stays readable.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        try {
            MergePatchSchemas.derive(openAPI);
            ProblemResponses.add(openAPI);
            ContractLimits.apply(openAPI);
            ResponseHeaders.add(openAPI);
            SharedParameters.share(openAPI);
            IdentitySchemes.add(openAPI);
            if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
                // relative: Swagger UI and clients call the service that served the contract (http://localhost:8080
                // in dev mode, your installation's https address in production)
                openAPI.addServer(OASFactory.createServer()
                        .url("/")
                        .description("local or production: the "
                                + "installation that serves this contract; pass your installation's address to a generated "
                                + "client")
                        .addExtension("x-internal", false));
            }
            openAPI.getComponents()
                    .setSchemas(new TreeMap<>(openAPI.getComponents().getSchemas()));
            if (openAPI.getComponents().getParameters() != null) {
                openAPI.getComponents()
                        .setParameters(new TreeMap<>(openAPI.getComponents().getParameters()));
            }
        } catch (RuntimeException e) {
            // SmallRye would drop the failure silently and publish the unfiltered contract; say why instead.
            Log.error("The contract filter failed; the generated openapi.yaml is incomplete", e);
            throw e;
        }
    }
}
