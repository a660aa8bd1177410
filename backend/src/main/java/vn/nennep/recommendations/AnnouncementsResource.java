package vn.nennep.recommendations;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.nennep.common.Params;

/** What a briefing announces: {@code /briefings/{id}/announcements} (published notices, results reported). */
@Authenticated
@Path("/api/v1/briefings/{id}/announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementsResource {

    private final PublicationService publications;

    public AnnouncementsResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    public AnnouncementsResponse announcements(@PathParam("id") String id) {
        return publications.announcements(Params.id("id", id));
    }
}
