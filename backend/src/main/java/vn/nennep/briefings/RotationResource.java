package vn.nennep.briefings;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import vn.nennep.common.Params;
import vn.nennep.common.Problems;
import vn.nennep.common.Time;

/** Who hosts a zone's briefings in a year: {@code /zones/{id}/rotation?year=}. */
@Authenticated
@Path("/api/v1/zones/{id}/rotation")
@Produces(MediaType.APPLICATION_JSON)
public class RotationResource {

    private final RotationService rotations;

    public RotationResource(RotationService rotations) {
        this.rotations = rotations;
    }

    @GET
    public RotationResponse rotation(@PathParam("id") String id, @QueryParam("year") String year,
            @Context HttpHeaders headers) {
        UUID zoneId = Params.id("id", id);
        int parsedYear = Params.integer("year", year, LocalDate.now(Time.LOCAL).getYear(), 1930, 9999);
        return rotations.rotation(zoneId, parsedYear, Problems.locale(headers));
    }
}
