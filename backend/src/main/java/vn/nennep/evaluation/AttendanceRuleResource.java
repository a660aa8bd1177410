package vn.nennep.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.Params;

/** {@code /meetings/{id}/attendance-rule}: the per-meeting attendance rule, for whoever may read the meeting. */
@Authenticated
@Path("/api/v1/meetings/{id}/attendance-rule")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceRuleResource {

    private final AttendanceRuleService rules;

    public AttendanceRuleResource(AttendanceRuleService rules) {
        this.rules = rules;
    }

    @GET
    public AttendanceRule get(@PathParam("id") String id) {
        return rules.get(Params.id("id", id));
    }
}
