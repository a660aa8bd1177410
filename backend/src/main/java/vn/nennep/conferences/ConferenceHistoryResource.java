package vn.nennep.conferences;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.audit.HistoryDiff;
import vn.nennep.audit.HistoryEntry;
import vn.nennep.audit.HistoryService;
import vn.nennep.common.CsvExport;
import vn.nennep.common.CsvWriter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;

/**
 * A conference's audit trail, newest first: {@code /conferences/{id}/history}. Every edit and every status change
 * is a revision; the survey and the sites appear field by field ({@code survey.causes}, {@code sites[1].opinions}).
 */
@Path("/api/v1/conferences/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ConferenceHistoryResource {

    private final ConferenceService conferences;
    private final HistoryService history;

    public ConferenceHistoryResource(ConferenceService conferences, HistoryService history) {
        this.conferences = conferences;
        this.history = history;
    }

    /** A page as JSON, or with {@code Accept: text/csv} every revision as CSV. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.MEDIA_TYPE})
    public Response history(@PathParam("id") String id, @BeanParam ListParams paging,
            @Context HttpHeaders headers) {
        UUID conferenceId = Params.id("id", id);
        return CsvExport.pageOrCsv(headers, HistoryEntry.class, "lich-su-hoi-nghi", paging,
                page -> history.page(Conference.class, conferenceId, () -> conferences.get(conferenceId),
                (conference, revision) -> state(conference), page));
    }

    /** A conference's state as API fields; the survey and each site's values are fields of their own. */
    static Map<String, Object> state(Conference c) {
        List<Object> fields = new ArrayList<>(Arrays.asList("organizerId", c.organizerId, "kind", c.kind,
                "title", c.title, "problem", c.problem, "status", c.status, "scheduledOn", c.scheduledOn,
                "heldOn", c.heldOn, "survey.achievements", c.surveyAchievements,
                "survey.limitations", c.surveyLimitations, "survey.causes", c.surveyCauses));
        List<Conference.Site> sites = c.sites == null ? List.of() : c.sites;
        for (int i = 0; i < sites.size(); i++) {
            Conference.Site site = sites.get(i);
            fields.addAll(Arrays.asList("sites[" + i + "].name", site.name(), "sites[" + i + "].participants",
                    site.participants(), "sites[" + i + "].opinions", site.opinions()));
        }
        fields.add("externalId");
        fields.add(c.externalId);
        return HistoryDiff.state(fields.toArray());
    }
}
