package vn.nennep.resolutions;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.Params;

/** {@code /resolutions/{id}/effect}: the meeting metrics before vs after the issue date. */
@Authenticated
@Path("/api/v1/resolutions/{id}/effect")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionEffectResource {

    private final EvaluationService evaluations;

    public ResolutionEffectResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    public EvaluationService.Effect get(@PathParam("id") String id, @QueryParam("months") String months) {
        return evaluations.effect(Params.id("id", id), months);
    }
}
