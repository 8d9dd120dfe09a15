package org.imroc.tracker.trust;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract of a Trust merge patch (RFC 7396): any subset of the fields; null clears an optional field. The
 * server applies it to {@link TrustRequest} and validates the result, so this record only documents the shape.
 */
@Schema(description = "JSON Merge Patch of a Trust: send only the fields to change; null clears region or joinedOn")
public record TrustPatch(
        @Size(max = 200) String name,
        @Pattern(regexp = TrustRequest.ODS_CODE) String odsCode,
        @Size(max = 100) String region,
        Set<ServiceArea> services,
        TrustStatus status,
        LocalDate joinedOn) {
}
