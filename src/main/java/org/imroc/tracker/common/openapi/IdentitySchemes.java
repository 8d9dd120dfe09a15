package org.imroc.tracker.common.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares the second way in beside the tracker's own bearer token: an OpenID Connect token from a Trust's identity
 * provider (docs/security.md). Every operation that takes the bearer scheme takes this one too. The discovery URL
 * is Entra ID's multi-tenant one (most Trusts' provider), so Swagger UI can sign in with an NHS work account
 * (authorization code with PKCE) when it is given a client id (tracker.swagger.oidc-client-id); the token is then
 * accepted where the user's Trust has connected that tenant as its provider.
 */
final class IdentitySchemes {

    static final String NAME = "oidc";
    static final String DISCOVERY =
            "https://login.microsoftonline.com/organizations/v2.0/.well-known/openid-configuration";

    private IdentitySchemes() {}

    static void add(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() == null
                || !openAPI.getComponents().getSecuritySchemes().containsKey("bearer")) {
            return;
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        NAME,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.OPENIDCONNECT)
                                .openIdConnectUrl(DISCOVERY)
                                .description("An access token from a Trust's own identity provider (OpenID Connect: "
                                        + "Entra ID, Keycloak), for a provider an administrator connected with POST "
                                        + "/api/v1/trusts/{trustId}/identity-providers; the role comes from the "
                                        + "token's groups. Sent as 'Authorization: Bearer …' like the tracker's own."));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                List<SecurityRequirement> security = operation.getSecurity();
                if (security != null && security.stream().anyMatch(r -> r.hasScheme("bearer"))) {
                    operation.addSecurityRequirement(
                            OASFactory.createSecurityRequirement().addScheme(NAME));
                }
            }
        }
    }
}
