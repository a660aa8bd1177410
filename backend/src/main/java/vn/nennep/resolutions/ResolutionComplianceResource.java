package vn.nennep.resolutions;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.Params;

/** {@code /resolutions/{id}/compliance}: how the subtree meets each target, for whoever may read the resolution. */
@Authenticated
@Path("/api/v1/resolutions/{id}/compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionComplianceResource {

    private final EvaluationService evaluations;

    public ResolutionComplianceResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    public EvaluationService.Compliance get(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("organizationId") String organizationId) {
        return evaluations.compliance(Params.id("id", id), from, to, organizationId);
    }
}
