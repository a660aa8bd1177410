package vn.nennep.evaluation;

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

    private final EffectService effects;

    public ResolutionEffectResource(EffectService effects) {
        this.effects = effects;
    }

    @GET
    public Effect get(@PathParam("id") String id, @QueryParam("months") String months) {
        return effects.effect(Params.id("id", id),
                Params.integer("months", months, EffectService.DEFAULT_MONTHS, 1, EffectService.MAX_MONTHS));
    }
}
