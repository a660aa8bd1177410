package vn.nennep.evaluation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.nennep.common.Messages;
import vn.nennep.common.Params;

/** {@code /meetings/{id}/evaluation}: the meeting against every target in force, for whoever may read the meeting. */
@Authenticated
@Path("/api/v1/meetings/{id}/evaluation")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingEvaluationResource {

    private final MeetingEvaluationService evaluations;

    public MeetingEvaluationResource(MeetingEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GET
    public List<MeetingEvaluationItem> get(@PathParam("id") String id,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return evaluations.meeting(Params.id("id", id), Messages.negotiate(acceptLanguage));
    }
}
