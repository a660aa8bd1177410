package vn.nennep.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.Params;

/**
 * {@code /resolutions/{id}/compliance}: how the subtree meets each target, for whoever may read the resolution; with
 * {@code Accept: text/csv} the targets' rows as CSV.
 */
@Authenticated
@Path("/api/v1/resolutions/{id}/compliance")
@Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
public class ResolutionComplianceResource {

    private final ComplianceService compliances;

    public ResolutionComplianceResource(ComplianceService compliances) {
        this.compliances = compliances;
    }

    @GET
    public Response get(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("organizationId") String organizationId, @Context HttpHeaders headers) {
        UUID resolutionId = Params.id("id", id);
        UUID within = Params.uuid("organizationId", organizationId);
        Compliance compliance = compliances.compliance(resolutionId, Params.date("from", from),
                Params.date("to", to), within);
        if (CsvExport.wanted(headers)) {
            return Response.ok(new CsvExport<>(ComplianceItem.class, compliance.items(),
                    "thuc-hien-chi-tieu-nghi-quyet"), CsvWriter.MEDIA_TYPE).build();
        }
        return Response.ok(compliance, MediaType.APPLICATION_JSON).build();
    }
}
